import type { Delivery } from './delivery.js'

/** The methods that send to a conversation named by their first argument's `conversationId`. */
const isSend = (name: string | symbol): boolean =>
  typeof name === 'string' && (name.startsWith('send') || name === 'reply')

/**
 * The facade (or any object whose `send*` and `reply` methods take `{ conversationId }`
 * first) with its sends to one conversation going out in the order they were made, one at
 * a time: on this instance in call order, across instances when the delivery has a shared
 * store. Everything else passes through unchanged; the types are the facade's own.
 */
export function sendsInOrder<TChat extends object>(chat: TChat, delivery: Pick<Delivery, 'inOrder'>): TChat {
  return new Proxy(chat, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver)
      if (typeof value !== 'function' || !isSend(name)) return value
      return (...args: unknown[]) => {
        const first = args[0] as { conversationId?: unknown } | undefined
        const conversationId = typeof first?.conversationId === 'string' ? first.conversationId : undefined
        const send = () => Promise.resolve(value.apply(target, args))
        return conversationId === undefined ? send() : delivery.inOrder(conversationId, send)
      }
    },
  })
}
