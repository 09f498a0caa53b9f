// The message-type union of message/send and the contact/info return type.
import { describe, expectTypeOf, it } from 'vitest'
import { type ContactInfoUpdate, type MeheryXmsClient, type OutBoundMsg, type OutBoundReciept, createMeheryXmsClient, createMeheryXmsWebhookHandler } from '../src/index.js'

declare const mehery: MeheryXmsClient
const to = { contactId: '1234567' }

describe('message/send is a union on `type`', () => {
  it('each kind has its own required fields', () => {
    const text: OutBoundMsg = { channelId: 'c', to, type: 'text', text: { body: 'Hello' } }
    const image: OutBoundMsg = { channelId: 'c', to, type: 'image', image: { link: 'https://cdn.test/a.png', caption: 'A' } }
    void [text, image]
    // @ts-expect-error a text message needs its text
    const textWithoutText: OutBoundMsg = { channelId: 'c', to, type: 'text' }
    // @ts-expect-error an image message needs its image
    const imageWithoutImage: OutBoundMsg = { channelId: 'c', to, type: 'image', text: { body: 'x' } }
    // @ts-expect-error not a message type
    const sticker: OutBoundMsg = { channelId: 'c', to, type: 'sticker' }
    void [textWithoutText, imageWithoutImage, sticker]
  })

  it('sendMessage takes the union and resolves the receipt envelope', () => {
    expectTypeOf(mehery.sendMessage).parameter(0).toHaveProperty('body').toEqualTypeOf<OutBoundMsg>()
    expectTypeOf(mehery.sendMessage({ body: { channelId: 'c', to, type: 'text', text: { body: 'Hi' } } })).resolves.toHaveProperty('results').toEqualTypeOf<OutBoundReciept[]>()
  })
})

describe('factory and webhook types', () => {
  it('tenant or baseUrl, not both', () => {
    createMeheryXmsClient({ tenant: 'acme', apiKey: 'k', apiId: 'i' })
    createMeheryXmsClient({ baseUrl: 'https://proxy.test/xms', apiKey: 'k', apiId: 'i' })
    // @ts-expect-error one or the other
    createMeheryXmsClient({ tenant: 'acme', baseUrl: 'https://proxy.test/xms' })
  })

  it('the contact/info handler must return a ContactInfoUpdate', () => {
    createMeheryXmsWebhookHandler({ verifyToken: 't', on: { contactInfo: () => ({ name: 'John Doe' }) } })
    createMeheryXmsWebhookHandler({ verifyToken: 't', on: { contactInfo: async (contact) => ({ profileId: contact.contactId }) } })
    // @ts-expect-error returning nothing is not an answer
    createMeheryXmsWebhookHandler({ verifyToken: 't', on: { contactInfo: () => {} } })
    // @ts-expect-error labels is a list
    createMeheryXmsWebhookHandler({ verifyToken: 't', on: { contactInfo: () => ({ labels: 'vip' }) } })
    expectTypeOf<ContactInfoUpdate>().toHaveProperty('mobile')
  })

  it('notification handlers get their own wrapper type', () => {
    createMeheryXmsWebhookHandler({
      verifyToken: 't',
      on: {
        messages: (notification) => {
          expectTypeOf(notification.messages[0]!.id).toBeString()
        },
        statuses: (notification) => {
          expectTypeOf(notification.statuses[0]!.status).toEqualTypeOf<'READ' | 'DLVRD' | 'SENT' | 'FAILD' | 'DELTD'>()
        },
      },
    })
  })
})
