// The message-type union of message/send and the contact/info return type.
import { describe, expectTypeOf, it } from 'vitest'
import {
  type Attachment,
  type CampaignDto,
  type ContactInfoUpdate,
  type OutboxMessage,
  type PbContactDoc,
  type MeheryXmsClient, type OutBoundMsg, type OutBoundReciept, type ReadonlyInput, createMeheryXmsClient, createMeheryXmsWebhookHandler } from '../src/index.js'

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
    // The union as the caller may write it (readonly arrays and objects accepted too).
    expectTypeOf(mehery.sendMessage).parameter(0).toHaveProperty('body').toEqualTypeOf<ReadonlyInput<OutBoundMsg>>()
    expectTypeOf<OutBoundMsg>().toMatchTypeOf<ReadonlyInput<OutBoundMsg>>()
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

describe('the 2026 operations and fields', () => {
  it('pushMessage takes the send union; the send body has the 2026 fields', () => {
    expectTypeOf(mehery.pushMessage).parameter(0).toHaveProperty('body').toEqualTypeOf<ReadonlyInput<OutBoundMsg>>()
    const timed: OutBoundMsg = { channelId: 'c', to: { phone: '919876543210' }, type: 'text', text: { body: 'Your OTP is 4821', subject: 'OTP' }, timeout: { delivery: 60000, read: 0, reply: 0 }, campaignId: 'cmp_7Q2m9XkL' }
    void timed
    // @ts-expect-error `sticker` is still not a message type
    const sticker: OutBoundMsg = { channelId: 'c', to, type: 'sticker', timeout: { delivery: 1 } }
    void sticker
  })

  it('lookupContact resolves contacts; campaigns take their query', () => {
    expectTypeOf(mehery.lookupContact({ query: { value: '919876543210' } })).resolves.toHaveProperty('results').toEqualTypeOf<PbContactDoc[]>()
    // @ts-expect-error the looked-up value is required
    void mehery.lookupContact({ query: { key: 'phone' } })
    // @ts-expect-error a campaign needs its title, template and contact type
    void mehery.createCampaign({ query: { campaignTitle: 'Diwali offer 2026' } })
    expectTypeOf(mehery.viewCampaign()).resolves.toHaveProperty('results').toEqualTypeOf<CampaignDto[]>()
  })

  it('answers accept the 2026 enum values', () => {
    expectTypeOf<'AUDIO'>().toMatchTypeOf<NonNullable<Attachment['mediaType']>>()
    expectTypeOf<'CONSUMED'>().toMatchTypeOf<NonNullable<OutboxMessage['status']>>()
  })
})
