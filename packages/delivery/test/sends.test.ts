// Sends through the facade to one conversation go out in the order they were made, one at
// a time, in this process and across two deliveries sharing a real Redis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDelivery, sendsInOrder } from '../src/index.js'
import { redisStore } from '../src/redis/index.js'
import { type RedisServer, startRedisServer } from './support/redis-server.js'

/** A stand-in for the facade: each send takes a random time, and records start and end. */
function recordingChat(log: string[], random: () => number) {
  return {
    vendor: 'test',
    async send(input: { conversationId: string; content: { text: string } }) {
      log.push(`start ${input.conversationId} ${input.content.text}`)
      await new Promise((resolve) => setTimeout(resolve, random() * 5))
      log.push(`end ${input.conversationId} ${input.content.text}`)
      return { id: input.content.text }
    },
    async sendText(input: { conversationId: string; text: string }) {
      return this.send({ conversationId: input.conversationId, content: { text: input.text } })
    },
  }
}

let seed = 1
const random = () => {
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
}

describe('sendsInOrder', () => {
  it('sends to one conversation in call order, one at a time; other conversations at once', async () => {
    const log: string[] = []
    const chat = sendsInOrder(recordingChat(log, random), createDelivery())
    const sent = await Promise.all([
      chat.sendText({ conversationId: 'c1', text: '1' }),
      chat.send({ conversationId: 'c1', content: { text: '2' } }),
      chat.sendText({ conversationId: 'c2', text: 'a' }),
      chat.sendText({ conversationId: 'c1', text: '3' }),
    ])
    expect(sent.map((message) => message.id)).toEqual(['1', '2', 'a', '3'])
    expect(log.filter((line) => line.includes(' c1 '))).toEqual([
      'start c1 1',
      'end c1 1',
      'start c1 2',
      'end c1 2',
      'start c1 3',
      'end c1 3',
    ])
    expect(log.indexOf('start c2 a')).toBeLessThan(log.indexOf('end c1 1'))
    expect(chat.vendor).toBe('test')
  })

  it('a failed send does not stop the ones after it', async () => {
    const delivery = createDelivery()
    const order: string[] = []
    await expect(delivery.inOrder('c1', () => Promise.reject(new Error('429 budget spent')))).rejects.toThrow('429')
    await delivery.inOrder('c1', async () => order.push('after'))
    expect(order).toEqual(['after'])
  })

  describe('across instances sharing Redis', () => {
    let redis: RedisServer
    beforeAll(async () => {
      redis = await startRedisServer()
    })
    afterAll(() => redis?.dispose())

    it('never sends two messages to one conversation at once from two instances', async () => {
      const log: string[] = []
      const instances = [0, 1].map(() => {
        const delivery = createDelivery({ store: redisStore({ url: redis.url }) })
        return { delivery, chat: sendsInOrder(recordingChat(log, random), delivery) }
      })
      await Promise.all(
        Array.from({ length: 20 }, (_unused, index) =>
          instances[index % 2]?.chat.sendText({ conversationId: 'c1', text: String(index) }),
        ),
      )
      for (let index = 0; index < log.length; index += 2) {
        const [start, end] = [log[index], log[index + 1]]
        expect(start?.startsWith('start')).toBe(true)
        expect(end).toBe(start?.replace('start', 'end'))
      }
      // Each instance's own sends keep their call order.
      for (const parity of [0, 1]) {
        const mine = log
          .filter((line) => line.startsWith('start'))
          .map((line) => Number(line.split(' ')[2]))
          .filter((index) => index % 2 === parity)
        expect(mine).toEqual([...mine].sort((left, right) => left - right))
      }
      await Promise.all(instances.map(({ delivery }) => delivery.close()))
    })
  })
})
