// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

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
export type BotpressMessagingWebhookEvents = { [Event in keyof webhooks]: WebhookBody<webhooks[Event]> };

export type BotpressMessagingWebhookEventType = keyof BotpressMessagingWebhookEvents;

export interface BotpressMessagingWebhookHandlerOptions extends SpecWebhookHandlerOptions<BotpressMessagingWebhookEvents> {
}

/**
 * A Fetch API handler, `(request: Request) => Promise<Response>`, for the calls the
 * vendor makes to your webhook URL. Each call goes to the handler of its body's `type`; an event nobody handles is answered 200.
 * Bodies over `maxBodyBytes` get 413, bodies that do not arrive within `bodyTimeoutMs` 408.
 * It is refused when made without verification (`verify`) unless
 * `insecureSkipVerification: true` says so.
 */
export const createBotpressMessagingWebhookHandler = (options: BotpressMessagingWebhookHandlerOptions): ((request: Request) => Promise<Response>) =>
    createSpecWebhookHandler<BotpressMessagingWebhookEvents>({ factory: "createBotpressMessagingWebhookHandler", eventProperty: "type" }, options);
