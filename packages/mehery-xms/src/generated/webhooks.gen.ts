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
export type MeheryXmsWebhookEvents = { [Event in keyof webhooks]: WebhookBody<webhooks[Event]> };

export type MeheryXmsWebhookEventType = keyof MeheryXmsWebhookEvents;

export interface MeheryXmsWebhookHandlerOptions extends SpecWebhookHandlerOptions<MeheryXmsWebhookEvents> {
}

/**
 * A Fetch API handler, `(request: Request) => Promise<Response>`, for the calls the
 * vendor makes to your webhook URL. The spec gives no body property naming the event (`x-parley-webhook-event-property` would): every call goes to `unknown`; an event nobody handles is answered 200.
 * Bodies over `maxBodyBytes` get 413, bodies that do not arrive within `bodyTimeoutMs` 408.
 * It is refused when made without verification (`verify`) unless
 * `insecureSkipVerification: true` says so.
 */
export const createMeheryXmsWebhookHandler = (options: MeheryXmsWebhookHandlerOptions): ((request: Request) => Promise<Response>) =>
    createSpecWebhookHandler<MeheryXmsWebhookEvents>({ factory: "createMeheryXmsWebhookHandler" }, options);
