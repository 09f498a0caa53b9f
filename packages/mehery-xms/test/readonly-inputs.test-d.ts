// Request values written `as const` are accepted, wrong literals inside them are still
// refused, and what calls resolve stays mutable. Checked by `vitest --typecheck`.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type MeheryXmsClient,
  type OutBoundMsg,
  type PbContactDoc,
  type ReadonlyInput,
  createMeheryXmsHttpClient,
  lookupContact,
  sendMessage,
} from '../src/index.js'

declare const mehery: MeheryXmsClient

const menu = {
  channelId: 'c',
  to: { contactId: '1234567' },
  type: 'text',
  text: { body: 'What would you like?' },
  options: {
    buttonDisplayScheme: 'buttons',
    buttons: [
      { type: 'QUICK_REPLY', label: 'Pizza', code: 'pizza' },
      { type: 'QUICK_REPLY', label: 'Salad', code: 'salad' },
    ],
  },
} as const

describe('request values written as const', () => {
  it('a quick-reply menu with as-const buttons goes through sendMessage, bound and flat', () => {
    void mehery.sendMessage({ body: menu })
    void mehery.pushMessage({ body: menu, signal: AbortSignal.timeout(1000) })
    const http = createMeheryXmsHttpClient({ tenant: 'acme', apiKey: 'k', apiId: 'i' })
    void sendMessage({ client: http, body: menu })
    void mehery.sendMessage({ body: menu }).withResponse()
  })

  it('a query object written as const', () => {
    const query = { key: 'phone', value: '919876543210' } as const
    void mehery.lookupContact({ query })
    void lookupContact({ query })
  })

  it('mutable values are still accepted', () => {
    expectTypeOf<OutBoundMsg>().toMatchTypeOf<ReadonlyInput<OutBoundMsg>>()
  })

  it('a wrong literal inside an as-const value is still an error', () => {
    const misspelt = { ...menu, options: { buttons: [{ type: 'QUICK-REPLY', label: 'Pizza' }] } } as const
    // @ts-expect-error 'QUICK-REPLY' is not a button type
    void mehery.sendMessage({ body: misspelt })
    const noText = { channelId: 'c', to: { contactId: '1' }, type: 'text' } as const
    // @ts-expect-error a text message needs its text
    void sendMessage({ body: noText })
    // @ts-expect-error the query needs a value
    void mehery.lookupContact({ query: { key: 'phone' } as const })
  })
})

describe('responses stay mutable', () => {
  it('the looked-up contacts are a PbContactDoc[]', async () => {
    const { results } = await mehery.lookupContact({ query: { value: '919876543210' } })
    const contacts: PbContactDoc[] = results
    contacts.push({})
    expectTypeOf(results).toEqualTypeOf<PbContactDoc[]>()
  })
})
