// webhooks.gen.ts: the webhook handler of a spec with `webhooks`, written beside
// paths.gen.ts (whose `webhooks` interface types each event's body). The handler itself is
// the runtime's createSpecWebhookHandler; this file says what the generator knows of the
// spec: the wire event names, the body property that carries them, and a header-token
// scheme declared with `x-parley-webhook-verification`.
import { resolveReference } from './json-pointer.mjs'
import { operationMethods } from './spec-source.mjs'
import { pascalName } from './workspace.mjs'

/** @typedef {import('./json-pointer.mjs').SpecNode} SpecNode */

/**
 * The string a schema property is fixed to (`const`, or a one-value `enum`), if any.
 * @param {SpecNode} spec
 * @param {unknown} schemaOrReference
 * @returns {string | undefined}
 */
function fixedString(spec, schemaOrReference) {
  const schema = resolveReference(spec, schemaOrReference)
  if (typeof schema?.const === 'string') return schema.const
  if (Array.isArray(schema?.enum) && schema.enum.length === 1 && typeof schema.enum[0] === 'string')
    return schema.enum[0]
  return undefined
}

/**
 * The body schema of a webhook's Path Item (its first method with a request body).
 * @param {SpecNode} spec
 * @param {unknown} pathItemOrReference
 */
function webhookBodySchema(spec, pathItemOrReference) {
  const pathItem = resolveReference(spec, pathItemOrReference) ?? {}
  for (const method of operationMethods) {
    const body = resolveReference(spec, pathItem[method]?.requestBody)
    const media = body?.content && Object.values(body.content)[0]
    if (media?.schema) return resolveReference(spec, media.schema)
  }
  return undefined
}

/**
 * The body property whose value is the event's wire name in every webhook (`type:
 * message.created` under the key `message.created`), or the one the spec names with
 * `x-parley-webhook-event-property`.
 *
 * @param {SpecNode} spec
 * @returns {string | undefined}
 */
export function webhookEventProperty(spec) {
  const declared = spec['x-parley-webhook-event-property']
  if (typeof declared === 'string' && declared !== '') return declared
  const events = Object.entries(spec.webhooks ?? {})
  if (events.length === 0) return undefined
  const candidates = events.map(([name, item]) => {
    const schema = webhookBodySchema(spec, item)
    return new Set(
      Object.entries(schema?.properties ?? {})
        .filter(([, property]) => fixedString(spec, property) === name)
        .map(([property]) => property),
    )
  })
  const [first = new Set()] = candidates
  return [...first].find((property) => candidates.every((found) => found.has(property)))
}

/**
 * The spec's `x-parley-webhook-verification` (`type: header-token`), checked.
 * @param {SpecNode} spec
 * @returns {{ header: string, option: string, description?: string } | undefined}
 */
export function webhookHeaderToken(spec) {
  const declared = spec['x-parley-webhook-verification']
  if (declared === undefined) return undefined
  if (declared?.type !== 'header-token' || typeof declared.header !== 'string' || declared.header === '')
    throw new Error(
      'x-parley-webhook-verification: only `type: header-token` with a `header` (and an optional `option`, default `webhookToken`) is understood',
    )
  return {
    header: declared.header.toLowerCase(),
    option: declared.option ?? 'webhookToken',
    description: declared.description,
  }
}

const quote = (/** @type {unknown} */ text) => JSON.stringify(text)
const comment = (/** @type {string} */ text) => text.replaceAll('*/', '*\\/')

/**
 * webhooks.gen.ts for `vendorId`'s spec, or undefined when the spec has no `webhooks`.
 * @param {SpecNode} spec
 * @param {string} vendorId
 * @param {ReadonlyArray<string>} header the generated files' do-not-edit lines
 * @returns {string | undefined}
 */
export function webhooksSource(spec, vendorId, header) {
  const events = Object.keys(spec.webhooks ?? {})
  if (events.length === 0) return undefined
  const name = pascalName(vendorId)
  const factory = `create${name}WebhookHandler`
  const eventProperty = webhookEventProperty(spec)
  const token = webhookHeaderToken(spec)
  const setup = [
    `factory: ${quote(factory)}`,
    ...(eventProperty ? [`eventProperty: ${quote(eventProperty)}`] : []),
    ...(!eventProperty && events.length === 1 ? [`onlyEvent: ${quote(events[0])}`] : []),
    ...(token ? [`headerToken: { header: ${quote(token.header)}, option: ${quote(token.option)} }`] : []),
  ]
  const routing = eventProperty
    ? `Each call goes to the handler of its body's \`${eventProperty}\``
    : events.length === 1
      ? `Every call is the spec's one event, \`${events[0]}\``
      : 'The spec gives no body property naming the event (`x-parley-webhook-event-property` would): every call goes to `unknown`'
  const tokenOption = token
    ? `
  /** ${comment(token.description ?? `The token the vendor sends in \`${token.header}\``)} Several during a rotation; compared in constant time (missing 401, wrong 403). */
  ${token.option}?: string | ReadonlyArray<string>`
    : ''
  return `${header.join('\n')}

import { type SpecWebhookHandlerOptions, createSpecWebhookHandler } from '@parley/runtime/internal';
import type { webhooks } from './paths.gen.js';

type RequestMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The body a webhook's Path Item receives, whichever method it uses. */
type WebhookBody<Item> = {
    [Method in Extract<keyof Item, RequestMethod>]: Item[Method] extends { requestBody?: infer Body }
        ? NonNullable<Body> extends { content: infer Content } ? Content[keyof Content] : never
        : never;
}[Extract<keyof Item, RequestMethod>];

/** The spec's webhook events by wire name, each with the body the vendor sends. */
export type ${name}WebhookEvents = { [Event in keyof webhooks]: WebhookBody<webhooks[Event]> };

export type ${name}WebhookEventType = keyof ${name}WebhookEvents;

export interface ${name}WebhookHandlerOptions extends SpecWebhookHandlerOptions<${name}WebhookEvents> {${tokenOption}
}

/**
 * A Fetch API handler, \`(request: Request) => Promise<Response>\`, for the calls the
 * vendor makes to your webhook URL. ${routing}; an event nobody handles is answered 200.
 * Bodies over \`maxBodyBytes\` get 413, bodies that do not arrive within \`bodyTimeoutMs\` 408.
 * It is refused when made without verification (${token ? `\`${token.option}\` or ` : ''}\`verify\`) unless
 * \`insecureSkipVerification: true\` says so.
 */
export const ${factory} = (options: ${name}WebhookHandlerOptions): ((request: Request) => Promise<Response>) =>
    createSpecWebhookHandler<${name}WebhookEvents>({ ${setup.join(', ')} }, options);
`
}
