// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export interface paths {
    "/api/v1/config/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List channels
         * @description Lists the configured channels. Pass `sabdnox=true` to include sandbox channels too. A channel's `channelId` is what `sendMessage` takes.
         */
        get: operations["listChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config/global/vars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List global variables
         * @description Lists the global (company) variables.
         */
        get: operations["listGlobalVariables"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config/tmpl/hsm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List HSM templates
         * @description Lists the configured message templates (WhatsApp HSM and others). Pass `channelId` to get only the templates approved for that channel.
         */
        get: operations["listHsmTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/config/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the webhook URL
         * @description Sets the callback URL Mehery calls to deliver inbound messages, statuses, actions and events
         *     (`message/receive`) and to ask for contact details (`contact/info`). The URL must be
         *     reachable on the public internet over HTTPS with a valid certificate. The API key must
         *     belong to a webhook-type client app.
         *
         *     Safe to repeat: setting the same URL again changes nothing.
         */
        post: operations["setWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact/prefs/lang": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a contact's language
         * @description Sets the preferred language of a contact (used, for example, to pick template languages).
         *
         *     Safe to repeat: it sets a value.
         */
        post: operations["setContactLanguage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push customer data
         * @description Uploads customer details (a customer record and its links).
         *
         *     Not marked safe to repeat: the document does not say whether a repeated push is merged or
         *     recorded twice.
         */
        post: operations["pushCustomerData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a customer event
         * @description Uploads a customer event.
         *
         *     Not safe to repeat: a retried push may record the event twice.
         */
        post: operations["pushCustomerEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Sends a text, media, document, location, contacts or template message to a contact. The body
         *     differs by message `type`: the payload field named like the type carries the content.
         *
         *     Not safe to repeat: a retried request sends the message again.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a session
         * @description Closes the active session. Answers with the session event, or with empty `results` when
         *     there was no active session to close.
         *
         *     Safe to repeat: closing a closed session changes nothing.
         */
        post: operations["closeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List a session's messages
         * @description Fetches all messages of a session. The session id comes with inbound messages
         *     (`messages[].session.sessionId`).
         *
         *     A read done by POST: safe to repeat.
         */
        post: operations["listSessionMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a session
         * @description Resolves the active session, leaving it to the end user to close it. Answers with the
         *     session event, or with empty `results` when there was nothing to resolve.
         *
         *     Safe to repeat: resolving a resolved session changes nothing.
         */
        post: operations["resolveSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/session/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Route a session
         * @description Assigns the session to another queue (and, for agent queues, to an agent, team or skills);
         *     all future inbound messages of the session go to that queue.
         *
         *     Not marked safe to repeat: each call routes the session again and emits a new routing event.
         */
        post: operations["routeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a message
         * @description Sends a message like `sendMessage`, through the vendor's push route (the 2026 file's
         *     "Send Message" under `message/push`): same body, same receipt.
         *
         *     Not safe to repeat: a retried request sends the message again.
         */
        post: operations["pushMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contact/looup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up a contact
         * @description Finds the contacts whose `key` (a contact field such as `phone` or `email`) equals `value`.
         *     The path is spelled `looup` by the vendor; that is the URL the server answers.
         */
        get: operations["lookupContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/create/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a campaign
         * @description Creates a campaign that sends the template `templateCode` to the contacts of `contactType`.
         *     The parameters are query parameters; the call has no body.
         *
         *     Not safe to repeat: each call creates a campaign.
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/view/campaign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View campaigns
         * @description Reads the campaigns matching the given title, template or mode.
         */
        get: operations["viewCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/data/api/v1/profile/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push profile updates
         * @description Uploads profile details of a customer: a JSON object of your own fields, stored on the
         *     customer's profile. Note the path: `/xms/data/api/v1/...`, not `/xms/api/v1/...`.
         *
         *     Not safe to repeat blindly: each call is recorded as an update.
         */
        post: operations["updateProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "contact/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Contact information requested
         * @description Mehery calls your server when a message comes from a contact, so you can answer with what
         *     you know about them. Answer 200 with a `ContactInfoUpdate`; its fields are recorded on the
         *     contact.
         *
         *     The document lists this call as `POST /api/v1/contact/info` under "Inbound Requests"; it
         *     does not say whether Mehery posts to the webhook URL as set or appends that path.
         */
        post: operations["onContactInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Messages, statuses, actions or events received
         * @description Mehery calls your webhook URL (see `setWebhook`) with inbound messages, status updates of
         *     messages you sent, actions and session events. `type` says which list carries the
         *     notification.
         *
         *     The document lists this call as `POST /api/v1/message/receive` under "Inbound Requests".
         */
        post: operations["onMessageReceive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Envelope shared by every Mehery answer: the fields of the document's `ApiResultsMetaCompactResponse«T,object»` family without the payload. The vendor's server returns the same object for both envelope families (its `ApiResponse` implements `ApiResultsMetaCompactResponse`); this is the compact view. Every property is optional and may be `null`: Springfox marks them required, but an error answer carries only some of them. */
        ApiResultsMetaCompactResponse: {
            /** @description HTTP status code of the call, as a string (`"200"`, `"401"`). */
            status?: string | null;
            /** @description Status key, `SUCCESS` on success (e.g. `CLIENT_ERROR` for a 4xx). */
            statusKey?: string | null;
            /** @description Human-readable message. */
            message?: string | null;
            /** @description Message key (e.g. `MESSAGE_SUCCESS:MOBILE:12`). */
            messageKey?: string | null;
            /** @description Call-specific metadata (the envelope's second type parameter, `object` in every documented operation). */
            meta?: unknown;
            /** @description Server time of the answer, epoch milliseconds. */
            timestamp?: number | null;
            /** @description Trace id of the call; quote it when asking the vendor for support. */
            traceid?: string | null;
            /** @description Pagination. */
            pagination?: components["schemas"]["ApiPagination"] | null;
        };
        /**
         * @description The full envelope (the document's `ApiResponse«T,object»` family without the payload): the
         *     compact envelope plus error and diagnostic fields. Also the body of error answers (401,
         *     403), where `status`, `statusKey`, `error`, `message` and `errors` tell what went wrong.
         *
         *     `$defs` holds the document's schemas that no documented operation returns
         *     (`ApiResponse«Attachment,object»`, `ApiResponse«OutboxMessage,object»`, `MapModel`), so they
         *     stay in the spec under their names (a `$defs` entry does not change validation).
         */
        ApiResponse: {
            $defs: {
                ApiResponseNexuzCustomerUpdate: components["schemas"]["ApiResponseNexuzCustomerUpdate"];
                RestMapModel: components["schemas"]["RestMapModel"];
                Enum: components["schemas"]["Enum"];
                ApiResponseAttachment: components["schemas"]["ApiResponseAttachment"];
                ApiResponseOutboxMessage: components["schemas"]["ApiResponseOutboxMessage"];
                MapModel: components["schemas"]["MapModel"];
            };
        } & (components["schemas"]["ApiResultsMetaCompactResponse"] & {
            /** @description Error type, e.g. the HTTP reason phrase (`Unauthorized`). */
            error?: string | null;
            /** @description Exception class name of an error (Spring convention). */
            exception?: string | null;
            /** @description Field errors of a rejected request. */
            errors?: components["schemas"]["ApiFieldError"][] | null;
            /** @description Warnings. */
            warnings?: components["schemas"]["ApiFieldError"][] | null;
            /** @description Code key of the first warning. */
            warningKey?: string | null;
            /** @description Details (list of the meta type). */
            details?: unknown[] | null;
            /** @description Server log lines, when debugging is on. */
            logs?: string[] | null;
            /** @description Extra values. */
            extra?: Record<string, never> | null;
            /** @description Parameters of the call. */
            params?: Record<string, never> | null;
            /** @description API path of the call (e.g. `/postman/email/send`). */
            path?: string | null;
            /** @description Query the call ran, if any. */
            query?: unknown;
            /** @description URL to redirect to, if any (e.g. `/go/to/some/other/url.html`). */
            redirectUrl?: string | null;
            /** @description Pagination. */
            pagination?: components["schemas"]["ApiPagination"] | null;
            /** @description Server version. */
            serverVersion?: string | null;
            /** @description Traces. */
            traces?: Record<string, never>[] | null;
        });
        /** @description `ApiResponse` carrying `Attachment` results (the document's `ApiResponse«Attachment,object»`). No documented operation returns it (the vendor's media upload API is not part of this document). */
        ApiResponseAttachment: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["Attachment"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["Attachment"][];
        };
        /** @description `ApiResponse` carrying `ClientApp` results (the document's `ApiResponse«ClientApp,object»`). */
        ApiResponseClientApp: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["ClientApp"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["ClientApp"][];
        };
        /** @description `ApiResponse` carrying `CompanyVarsConfigDoc` results (the document's `ApiResponse«CompanyVarsConfigDoc,object»`). */
        ApiResponseCompanyVarsConfigDoc: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["CompanyVarsConfigDoc"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["CompanyVarsConfigDoc"][];
        };
        /** @description `ApiResponse` carrying `DigitalEventDto` results (the document's `ApiResponse«DigitalEventDto,object»`). */
        ApiResponseDigitalEventDto: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["DigitalEventDto"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["DigitalEventDto"][];
        };
        /** @description `ApiResponse` carrying `DigitalObjectDto` results (the document's `ApiResponse«DigitalObjectDto,object»`). */
        ApiResponseDigitalObjectDto: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["DigitalObjectDto"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["DigitalObjectDto"][];
        };
        /** @description `ApiResponse` carrying `HSMTemplateDoc` results (the document's `ApiResponse«HSMTemplateDoc,object»`). */
        ApiResponseHSMTemplateDoc: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["HSMTemplateDoc"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["HSMTemplateDoc"][];
        };
        /** @description `ApiResponse` carrying `OutBoundReciept` results (the document's `ApiResponse«OutBoundReciept,object»`). */
        ApiResponseOutBoundReciept: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["OutBoundReciept"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["OutBoundReciept"][];
        };
        /** @description `ApiResponse` carrying `OutboxMessage` results (the document's `ApiResponse«OutboxMessage,object»`). No documented operation returns it. */
        ApiResponseOutboxMessage: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["OutboxMessage"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["OutboxMessage"][];
        };
        /** @description Compact envelope carrying `ChatMessageDTO` results (the document's `ApiResultsMetaCompactResponse«ChatMessageDTO,object»`). */
        ApiResultsMetaCompactResponseChatMessageDTO: components["schemas"]["ApiResultsMetaCompactResponse"] & {
            /** @description The results. */
            results: components["schemas"]["ChatMessageDTO"][];
        };
        /** @description Compact envelope carrying `InBoundEvent` results (the document's `ApiResultsMetaCompactResponse«InBoundEvent,object»`). */
        ApiResultsMetaCompactResponseInBoundEvent: components["schemas"]["ApiResultsMetaCompactResponse"] & {
            /** @description The results. */
            results: components["schemas"]["InBoundEvent"][];
        };
        /** @description Compact envelope carrying `MsgChannel` results (the document's `ApiResultsMetaCompactResponse«MsgChannel,object»`). */
        ApiResultsMetaCompactResponseMsgChannel: components["schemas"]["ApiResultsMetaCompactResponse"] & {
            /** @description The results. */
            results: components["schemas"]["MsgChannel"][];
        };
        /** @description A map of string keys to any JSON values (the document's `Map«string,object»`). */
        MapStringObject: {
            [key: string]: unknown;
        };
        /** @description A map of string keys to string values (the document's `Map«string,string»`). */
        MapStringString: {
            [key: string]: string;
        };
        /** @description A field error or warning in an envelope's `errors` / `warnings`. */
        ApiFieldError: {
            /** @description Field the error is about (e.g. `to`). */
            field?: string | null;
            /** @description Object (request type) the error is about, e.g. `OutBoundMsg`. Spelled `obzect` on the wire (sic). */
            obzect?: string | null;
            /** @description Error code. */
            code?: string | null;
            /** @description Error code key, e.g. `INSUFFICIENT_CONTACT_DETAILS`. */
            codeKey?: string | null;
            /** @description Error codes. */
            codes?: string[] | null;
            /** @description What went wrong. */
            description?: string | null;
            /** @description Description key. */
            descriptionKey?: string | null;
            /** @description Offending value. */
            body?: unknown;
            /** @description Accepted values, when the field takes a closed set. */
            possibleValues?: unknown[] | null;
            /** @description Trace id. */
            traceId?: string | null;
        };
        /** @description The server's generic map type: a JSON object of your own keys (the body of `updateProfile`). Springfox rendered it as a bean with a `first` property (and, in 2026, its Java getters `empty`, `list`, `map`, which are not on the wire). */
        MapModel: {
            /** @description First entry of the map. */
            first?: Record<string, never> | null;
        } & {
            [key: string]: unknown;
        };
        /** @description A configured messaging channel. */
        MsgChannel: {
            /** @description Channel id, used as `channelId` when sending (e.g. `wa360:918828218374`). */
            channelId: string;
            /**
             * @description Contact type of the channel.
             * @enum {string|null}
             */
            contactType?: "SMS" | "OA" | "EMAIL" | "WHATSAPP" | "PUSH" | "FACEBOOK" | "TELEGRAM" | "WEBSITE" | "TWITTER" | "INSTAGRAM" | "DUMMY" | "EMPTY" | null;
            /** @description Your business number or address on the channel (e.g. `919999998888`). A string, though the document's example shows a number (a Springfox rendering slip). */
            lane?: string | null;
            /** @description Channel name set in the configuration. */
            name?: string | null;
        };
        /** @description A global (company) variable. */
        CompanyVarsConfigDoc: {
            /** @description Variable id. */
            id?: string | null;
            /** @description Variable key. */
            key?: string | null;
            /** @description Variable value (any JSON value). */
            value?: unknown;
            /** @description Variable type. */
            type?: string | null;
            /** @description Variable group. */
            group?: string | null;
            /** @description What the variable is for. */
            description?: string | null;
            /** @description Whether the variable is disabled. */
            disabled?: boolean | null;
            /** @description Whether the variable is shared. */
            shared?: boolean | null;
            /** @description Tenant domain. */
            domain?: string | null;
            /** @description Server. */
            server?: string | null;
            /** @description Primary. */
            primary?: boolean | null;
        };
        /** @description Approval state of a template on one channel. */
        ApprovedChannels: {
            /** @description Channel the template is submitted on. */
            channelId?: string | null;
            /** @description Approval status on that channel. */
            status?: string | null;
            /** @description Template id on that channel. */
            templateId?: string | null;
        };
        /** @description A media attachment of a template or chat message. */
        Attachment: {
            /** @description Media id generated by the service (e.g. `12`). A string, though the document's example shows a number (a Springfox rendering slip). */
            mediaId?: string | null;
            /** @description Quick media code (e.g. `ABC_PROMO`). */
            mediaCode?: string | null;
            /** @description File name. */
            mediaName?: string | null;
            /** @description Media caption. */
            mediaCaption?: string | null;
            /** @description MIME type (e.g. `image/png`). */
            mediaMimeType?: string | null;
            /**
             * @description Media type.
             * @enum {string|null}
             */
            mediaType?: "IMAGE" | "DOCUMENT" | "TEXT" | "PDF" | "VIDEO" | "URL" | "AUDIO" | null;
            /** @description Media sub-type, e.g. `STORY_MENTION`, `SHARE`, `IMAGE`. */
            mediaSubType?: string | null;
            /** @description Media URL generated by the service. */
            mediaURL?: string | null;
            /** @description Media URL generated by the channel. */
            mediaSrc?: string | null;
            /** @description Unique Attachment Id. */
            attachmentId?: string | null;
            /** @description Drive Code. */
            drive?: string | null;
            /** @description Media ID generated by Channel. */
            mediaIdExt?: string | null;
            /** @description Media ID used by Message for inline/part of body content. */
            mediaIdInline?: string | null;
            /** @description Media Template. */
            mediaTemplate?: string | null;
            /** @description Media Template Wrapper. */
            mediaTemplateStyle?: string | null;
        };
        /** @description A message template (WhatsApp HSM and others). */
        HSMTemplateDoc: {
            /** @description Template id (use it as `template.id` when sending). */
            id?: string | null;
            /** @description Template code (use it as `template.code` when sending). */
            code?: string | null;
            /** @description Template name. */
            name?: string | null;
            /** @description Title. */
            title?: string | null;
            /** @description Description. */
            desc?: string | null;
            /** @description Language (e.g. `en_US`). */
            lang?: string | null;
            /** @description Category. */
            category?: string | null;
            /** @description Category type. */
            categoryType?: string | null;
            /** @description Contact type the template is for. */
            contactType?: string | null;
            /** @description Format type. */
            formatType?: string | null;
            /** @description Header text. */
            header?: string | null;
            /** @description Body text, with placeholders. */
            body?: string | null;
            /** @description Footer text. */
            footer?: string | null;
            /** @description Template source. */
            template?: string | null;
            /** @description Media attachments. */
            attachments?: components["schemas"]["Attachment"][] | null;
            /** @description Approval state per channel. */
            approved?: components["schemas"]["ApprovedChannels"][] | null;
            /** @description Template options (buttons, ...). */
            options?: Record<string, never> | null;
            /** @description Metadata. */
            meta?: Record<string, never> | null;
            /** @description Sample data model. */
            model?: Record<string, never> | null;
            /** @description Author. */
            createdBy?: string | null;
            /** @description Creation time. Epoch milliseconds (`integer(int64)` in the document). */
            createdStamp?: number | null;
            /** @description Category sub type. */
            categorySubType?: string | null;
            /** @description Profile var map. */
            profileVarMap?: Record<string, never> | null;
            /** @description Readonly. */
            readonly?: boolean | null;
            /** @description Tptinfo. */
            tptinfo?: components["schemas"]["TptInfo"][] | null;
        };
        /** @description The client app (API credentials) whose webhook was set. The server answers with the public view of the app, so fields may be missing. */
        ClientApp: {
            /** @description App id. */
            id?: string | null;
            /** @description App type (a webhook app for this API). */
            appType?: string | null;
            /** @description App mode. */
            appMode?: string | null;
            /** @description Webhook URL Mehery calls (`message/receive`, `contact/info`). */
            webhook?: string | null;
            /** @description Forward URL. */
            forward?: string | null;
            /** @description App hook. */
            appHook?: string | null;
            /** @description App hook forward. */
            appHookFrwrd?: string | null;
            /** @description Queue the app serves. */
            queue?: string | null;
            /** @description Whether the app is an agent app. */
            agentApp?: boolean | null;
            /** @description Whether the app is read-only. */
            readOnly?: boolean | null;
            /** @description Whether the app is shared. */
            shared?: boolean | null;
            /** @description Key. */
            key?: string | null;
            /** @description Key name. */
            keyName?: string | null;
            /** @description Key version. */
            keyVersion?: string | null;
            /** @description App configuration. */
            config?: Record<string, never> | null;
            /** @description App properties. */
            props?: Record<string, never> | null;
            /** @description App secret. */
            secret?: Record<string, never> | null;
            /** @description Custom app. */
            customApp?: boolean | null;
            /** @description Disabled. */
            disabled?: boolean | null;
            /** @description Feedback app. */
            feedbackApp?: boolean | null;
            /** @description Pre defined bot. */
            preDefinedBot?: boolean | null;
            /** @description Time out possible. */
            timeOutPossible?: boolean | null;
            /** @description Type. */
            type?: string | null;
            /** @description Version. */
            version?: number | null;
            /** @description Webhook app. */
            webhookApp?: boolean | null;
        };
        /** @description Body of `config/webhook`. */
        WebhookUrlRequest: {
            /**
             * Format: uri
             * @description The webhook URL: your own application's, or your partner's. HTTPS with a valid certificate.
             */
            url: string;
        };
        /** @description Body of `contact/prefs/lang`. */
        ContactPrefsUpdate: {
            /** @description Contact to update (e.g. `fb:12121212121`). */
            contactId: string;
            /** @description Language to set (e.g. `en_US`). */
            lang: string;
        };
        /** @description A contact as referenced by events and messages. */
        Contactable: {
            /** @description Contact id. */
            contactId?: string | null;
            /** @description Contact type. */
            contactType?: string | null;
            /** @description Channel type. */
            channelType?: string | null;
            /** @description Channel-specific id. */
            csid?: string | null;
            /** @description Your business number or address the contact used. */
            lane?: string | null;
            /** @description Name. */
            name?: string | null;
            /** @description Email address. */
            email?: string | null;
            /** @description Phone number. */
            phone?: string | null;
        };
        /** @description A recipient of an outbox message. */
        ContactMeta: {
            /** @description Contact id. */
            contactId?: string | null;
            /** @description Contact type. */
            contactType?: string | null;
            /** @description Channel type. */
            channelType?: string | null;
            /** @description Channel-specific id. */
            csid?: string | null;
            /** @description Your business number or address. */
            lane?: string | null;
            /** @description Name. */
            name?: string | null;
            /** @description Email address. */
            email?: string | null;
            /** @description Phone number. */
            phone?: string | null;
            /** @description Phone prefix. */
            prefix?: string | null;
            /** @description Country. */
            country?: string | null;
            /**
             * @description Language (two-letter code, upper case).
             * @enum {string|null}
             */
            lang?: "AB" | "AE" | "AF" | "AK" | "AM" | "AN" | "AR" | "AS" | "AV" | "AY" | "AZ" | "BA" | "BE" | "BG" | "BH" | "BI" | "BM" | "BN" | "BO" | "BR" | "BS" | "CA" | "CE" | "CH" | "CO" | "CR" | "CS" | "CU" | "CV" | "CY" | "DA" | "DE" | "DV" | "DZ" | "EE" | "EL" | "EN" | "EO" | "ES" | "ET" | "EU" | "FA" | "FF" | "FI" | "FJ" | "FO" | "FR" | "FY" | "GA" | "GD" | "GL" | "GN" | "GU" | "GV" | "HA" | "HI" | "HO" | "HR" | "HT" | "HU" | "HY" | "HZ" | "IA" | "IN" | "IE" | "IG" | "II" | "IK" | "IO" | "IS" | "IT" | "IU" | "IW" | "JA" | "JI" | "JV" | "KA" | "KG" | "KI" | "KJ" | "KK" | "KL" | "KM" | "KN" | "KO" | "KR" | "KS" | "KU" | "KV" | "KW" | "KY" | "LA" | "LB" | "LG" | "LI" | "LN" | "LO" | "LT" | "LU" | "LV" | "MG" | "MH" | "MI" | "MK" | "ML" | "MN" | "MO" | "MR" | "MS" | "MT" | "MY" | "NA" | "NB" | "ND" | "NE" | "NG" | "NL" | "NN" | "NO" | "NR" | "NV" | "NY" | "OC" | "OJ" | "OM" | "OR" | "OS" | "PA" | "PI" | "PL" | "PS" | "PT" | "QU" | "RM" | "RN" | "RO" | "RU" | "RW" | "SA" | "SC" | "SD" | "SE" | "SG" | "SI" | "SK" | "SL" | "SM" | "SN" | "SO" | "SQ" | "SR" | "SS" | "ST" | "SU" | "SV" | "SW" | "TA" | "TE" | "TG" | "TH" | "TI" | "TK" | "TL" | "PH" | "TN" | "TO" | "TR" | "TS" | "TT" | "TW" | "TY" | "UG" | "UK" | "UR" | "UZ" | "VE" | "VI" | "VO" | "WA" | "WO" | "XH" | "YO" | "ZA" | "ZH" | "ZU" | null;
            /** @description Tenant. */
            tenant?: string | null;
            /** @description User id. */
            userid?: string | null;
            /** @description Filters. */
            filter?: components["schemas"]["MapStringObject"][] | null;
            /** @description Key maps. */
            keymap?: components["schemas"]["MapStringString"][] | null;
            /** @description Filters. */
            filters?: components["schemas"]["MapStringObject"][] | null;
        };
        /** @description What your business application told Mehery about the contact (see `contact/info`). */
        ContactBusinessProfile: {
            /** @description Unique id assigned to the contact by your core business application. */
            profileId?: string | null;
            /** @description Name collected by your business. */
            name?: string | null;
            /** @description Email collected by your business. */
            email?: string | null;
            /** @description Mobile number collected by your business (e.g. `919988776655`). A string, though the document's example shows a number (a Springfox rendering slip). */
            phone?: string | null;
        };
        /** @description What the channel told Mehery about the contact. */
        InBoundContactProfile: {
            /** @description Name collected from the channel. */
            name?: string | null;
            /** @description Email collected from the channel. */
            email?: string | null;
            /** @description Mobile number collected from the channel (e.g. `919988776655`). A string, though the document's example shows a number (a Springfox rendering slip). */
            phone?: string | null;
        };
        /** @description A contact Mehery received a message from. */
        InBoundContact: {
            /** @description Unique id assigned to the user by the service (e.g. `1234567`). A string, though the document's example shows a number (a Springfox rendering slip). */
            contactId: string;
            /**
             * @description Contact type.
             * @enum {string|null}
             */
            contactType?: "SMS" | "OA" | "EMAIL" | "WHATSAPP" | "PUSH" | "FACEBOOK" | "TELEGRAM" | "WEBSITE" | "TWITTER" | "INSTAGRAM" | "DUMMY" | "EMPTY" | null;
            /** @description Channel of the message (e.g. `wa360:919988776655`). */
            channelId?: string | null;
            /** @description Channel-specific id. */
            csid?: string | null;
            /** @description Your business number or address the user wrote to (e.g. `919999998888`). A string, though the document's example shows a number (a Springfox rendering slip). */
            lane?: string | null;
            /** @description Profile collected from the channel. */
            profile?: components["schemas"]["InBoundContactProfile"] | null;
            /** @description Profile collected from your business. */
            businessProfile?: components["schemas"]["ContactBusinessProfile"] | null;
        };
        /** @description A label to attach to the contact. */
        CustomerLabel: {
            /** @description Unique label type (e.g. `CUSTOMER_TYPE`). */
            key: string;
            /** @description Display name; labels with the same name are grouped. Defaults to `key`. */
            name?: string;
            /**
             * @description Type of the label.
             * @enum {string}
             */
            type?: "TEXT" | "DATE" | "NUMBER" | "LIST";
            /** @description Data format, e.g. `MM/DD/YY` for a date. */
            format?: string;
            /** @description Value of the label (e.g. `"Platinum"`). */
            value: unknown;
        };
        /** @description What your `contact/info` webhook answers: the contact details to record. */
        ContactInfoUpdate: {
            /** @description Unique id assigned to the contact by your core business application. */
            profileId?: string;
            /** @description Name, if it is to be changed. */
            name?: string;
            /** @description Email, if it is to be changed. */
            email?: string;
            /** @description Mobile number, if it is to be changed (e.g. `919988776655`). A string, though the document's example shows a number (a Springfox rendering slip). */
            mobile?: string;
            /** @description Additional labels. */
            labels?: components["schemas"]["CustomerLabel"][];
        };
        /** @description A link from a customer record or event to another object. */
        DigitalObjectLink: {
            /** @description Link name. */
            linkName?: string | null;
            /** @description Link type. */
            linkType?: string | null;
            /** @description Link value. */
            linkValue?: string | null;
        };
        /** @description Body of `data/push`: a customer record. */
        DigitalObjectDto: {
            /** @description Id of the customer record in your system. */
            id: string;
            /** @description Record type. */
            type: string;
            /** @description Customer details. */
            data?: Record<string, never> | null;
            /** @description Links to other objects. */
            links?: components["schemas"]["DigitalObjectLink"][] | null;
        };
        /** @description Body of `event/push`: a customer event. */
        DigitalEventDto: {
            /** @description Unique id of the event (e.g. `1234567`). A string, though the document's example shows a number (a Springfox rendering slip). */
            id: string;
            /** @description Event name and action (e.g. `CUSTOMER_CREATED`). */
            eventName: string;
            /** @description Links to other objects. */
            links?: components["schemas"]["DigitalObjectLink"][] | null;
        };
        /** @description Body of `session/close`, `session/resolve` and `session/messages`. */
        SessionStatusClose: {
            /** @description Session id (from the inbound message's `session.sessionId`). */
            sessionId: string;
        };
        /** @description Body of `session/routing`. */
        SessionQueueAssignment: {
            /** @description Session to route. */
            sessionId: string;
            /** @description Queue the session is routed to. */
            queue: string;
            /** @description Agent code; only when the queue is an agent queue. */
            agent?: string;
            /** @description Team code; only when the queue is an agent queue. */
            team?: string;
            /** @description Agent skills; only when the queue is an agent queue. */
            skills?: string[];
            /** @description Parameters passed to the target queue. */
            params?: Record<string, never>;
            /** @description Note attached to the routing. */
            note?: string;
        };
        /** @description Routing of a message or event. */
        MessageRouter: {
            /** @description Router id. */
            routerId?: string | null;
            /** @description Queue code. */
            queueCode?: string | null;
            /** @description Send mode. */
            sendMode?: string | null;
            /** @description Sender app. */
            senderApp?: string | null;
            /** @description Sender code. */
            senderCode?: string | null;
            /** @description Sender type. */
            senderType?: string | null;
        };
        /** @description Session state attached to an event or message. */
        MessageSession: {
            /** @description Routing id. */
            routingId?: string | null;
            /** @description Queue. */
            queue?: string | null;
            /** @description Agent. */
            agent?: string | null;
            /** @description Bot. */
            bot?: string | null;
            /** @description Department. */
            dept?: string | null;
            /** @description Mode. */
            mode?: string | null;
            /** @description Whether this is the first message of the session. */
            firstMessage?: boolean | null;
            /** @description Whether this message started the session. */
            initMessage?: boolean | null;
            /** @description Whether the session is resolved. */
            resolved?: boolean | null;
            /** @description Session start. Epoch milliseconds (`integer(int64)` in the document). */
            sessionStamp?: number | null;
            /** @description Ticket hash. */
            ticketHash?: string | null;
        };
        /** @description Assignment change of a session. */
        SessionAssigned: {
            /** @description Previous agent. */
            oldAgent?: string | null;
            /** @description Previous bot. */
            oldBot?: string | null;
            /** @description Previous department. */
            oldDept?: string | null;
            /** @description New agent. */
            newAgent?: string | null;
            /** @description New bot. */
            newBot?: string | null;
            /** @description New department. */
            newDept?: string | null;
        };
        /** @description Routing change of a session. */
        SessionRouted: {
            /** @description Routing id. */
            routingId?: string | null;
            /** @description Queue the session left. */
            sourceQueue?: string | null;
            /** @description Queue the session entered. */
            targetQueue?: string | null;
            /** @description Whether the routing started the session. */
            sessionStart?: boolean | null;
            /** @description Additional parameters sent by the router. */
            params?: Record<string, never> | null;
        };
        /** @description A session or contact event. */
        InBoundEvent: {
            /** @description Event id. */
            eventId?: string | null;
            /** @description Event triggered by the app or service (e.g. `SESSION_ROUTED`). */
            eventCode: string;
            /** @description Checksum. */
            checksum?: string | null;
            /** @description Contact id. */
            contactId?: string | null;
            /** @description Contact. */
            contact?: components["schemas"]["Contactable"] | null;
            /** @description Session id. */
            sessionId?: string | null;
            /** @description Session state. */
            session?: components["schemas"]["MessageSession"] | null;
            /** @description Assignment change, for assignment events. */
            sessionAssigned?: components["schemas"]["SessionAssigned"] | null;
            /** @description Routing change, for routing events. */
            sessionRouted?: components["schemas"]["SessionRouted"] | null;
            /** @description Routing. */
            route?: components["schemas"]["MessageRouter"] | null;
            /** @description Trace. */
            trace?: unknown[] | null;
            /** @description Message id. */
            messageId?: string | null;
            /** @description Message timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            messageTimestamp?: number | null;
            /** @description Session bulk id. */
            sessionBulkId?: string | null;
            /** @description Session ids. */
            sessionIds?: string[] | null;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"] | null;
            /** @description Timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            timestamp?: number | null;
            /**
             * @description Bound Type of Event Triggered by App/Service.
             * @enum {string|null}
             */
            triggerType?: "MESSAGE" | "ACTION" | "STATUS" | "SYSTEM" | "TIMEOUT" | null;
            /**
             * @description Event Triggered by App/Service.
             * @enum {string|null}
             */
            type?: "SESSION_ROUTED" | "SESSION_INIT" | "SESSION_CLOSED" | "SESSION_STATUS" | "SESSION_ASSIGNED" | "CONTACT_UPDATE" | "MESSAGE_INBOUND" | "MESSAGE_OUTBOUND" | "REPLY_TIMEOUT" | "INBOUND_TIMEOUT" | "OUTBOUND_TIMEOUT" | "SEND_TIMEOUT" | null;
        };
        /** @description Tags extracted from a message. */
        TagDocument: {
            /** @description Categories. */
            categories?: string[] | null;
            /** @description Cities. */
            cities?: string[] | null;
            /** @description Countries. */
            countries?: string[] | null;
            /** @description Languages. */
            langs?: string[] | null;
            /** @description Locations. */
            locations?: string[] | null;
            /** @description Organizations. */
            organizations?: string[] | null;
            /** @description Persons. */
            persons?: string[] | null;
            /**
             * Format: int32
             * @description Sentiment score.
             */
            sentimentScore?: number | null;
            /** @description Sentiments. */
            sentiments?: string[] | null;
        };
        /** @description vCard address. */
        PBAddress: {
            type?: string | null;
            street?: string | null;
            city?: string | null;
            state?: string | null;
            zip?: string | null;
            country?: string | null;
            countryCode?: string | null;
            uuid?: string | null;
        };
        /** @description vCard date. */
        PBDate: {
            type?: string | null;
            label?: string | null;
            date?: string | null;
            /** @description Stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            stamp?: number | null;
            /** @description Stamp local. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            stampLocal?: number | null;
            /** @description Time zone. */
            timeZone?: string | null;
            /** @description Uuid. */
            uuid?: string | null;
        };
        /** @description vCard email. */
        PBEmail: {
            type?: string | null;
            label?: string | null;
            email?: string | null;
            uuid?: string | null;
            /** @description Verified. */
            verified?: boolean | null;
        };
        /** @description vCard location. */
        PBLocation: {
            name?: string | null;
            address?: string | null;
            latitude?: string | null;
            longitude?: string | null;
            url?: string | null;
        };
        /** @description vCard name. */
        PBName: {
            formattedName?: string | null;
            firstName?: string | null;
            middleName?: string | null;
            lastName?: string | null;
        };
        /** @description vCard phone. */
        PBPhone: {
            type?: string | null;
            label?: string | null;
            phone?: string | null;
            country?: string | null;
            countryCallingCode?: string | null;
            nationalNumber?: string | null;
            ext?: string | null;
            whatsAppId?: string | null;
            uuid?: string | null;
            /** @description Verified. */
            verified?: boolean | null;
        };
        /** @description vCard social profile. */
        PBSocial: {
            service?: string | null;
            userid?: string | null;
        };
        /** @description vCard website. */
        PBWebsite: {
            type?: string | null;
            label?: string | null;
            url?: string | null;
            uuid?: string | null;
        };
        /** @description vCard work. */
        PBWork: {
            company?: string | null;
            department?: string | null;
            title?: string | null;
            /** @description Label. */
            label?: string | null;
        };
        /** @description A contact card (vCard) in a chat or outbox message. */
        PBVCard: {
            /** @description Name. */
            name?: components["schemas"]["PBName"] | null;
            /** @description Addresses. */
            addresses?: components["schemas"]["PBAddress"][] | null;
            /** @description Dates. */
            dates?: components["schemas"]["PBDate"][] | null;
            /** @description Emails. */
            emails?: components["schemas"]["PBEmail"][] | null;
            /** @description Social profiles. */
            ims?: components["schemas"]["PBSocial"][] | null;
            /** @description Locations. */
            locations?: components["schemas"]["PBLocation"][] | null;
            /** @description Phones. */
            phones?: components["schemas"]["PBPhone"][] | null;
            /** @description Websites. */
            urls?: components["schemas"]["PBWebsite"][] | null;
            /** @description Work. */
            work?: components["schemas"]["PBWork"][] | null;
        };
        /** @description A message of a session (`session/messages`). */
        ChatMessageDTO: {
            /** @description Message id. */
            messageId?: string | null;
            /** @description Message id on the channel. */
            messageIdExt?: string | null;
            /** @description Referenced message id. */
            messageIdRef?: string | null;
            /** @description Id of the message replied to. */
            replyId?: string | null;
            /** @description Channel id of the message replied to. */
            replyIdExt?: string | null;
            /** @description Message replied to. */
            replyTo?: Record<string, never> | null;
            /** @description Session id. */
            sessionId?: string | null;
            /** @description Bulk session id. */
            bulkSessionId?: string | null;
            /** @description Message type. */
            type?: string | null;
            /** @description Action. */
            action?: string | null;
            /** @description Delivery status. */
            status?: string | null;
            /** @description Sender. */
            sender?: string | null;
            /** @description Sender name. */
            name?: string | null;
            /** @description The contact (`ContactDTO` in the 2026 file; `Contactable` in 2023, which older servers still send). */
            contact?: components["schemas"]["ContactDTO"] | components["schemas"]["Contactable"] | null;
            /** @description Routing. */
            route?: components["schemas"]["MessageRouter"] | null;
            /** @description Text. */
            text?: string | null;
            /** @description Template. */
            template?: string | null;
            /** @description Template id. */
            templateId?: string | null;
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][] | null;
            /** @description Contact cards. */
            vccards?: components["schemas"]["PBVCard"][] | null;
            /** @description Extracted tags. */
            tags?: components["schemas"]["TagDocument"] | null;
            /** @description Options (buttons, ...). */
            options?: Record<string, never> | null;
            /** @description Metadata. */
            meta?: Record<string, never> | null;
            /** @description Logs. */
            logs?: unknown[] | null;
            /** @description Times of the message's states, epoch milliseconds by state. */
            stamps?: {
                [key: string]: number;
            } | null;
            /** @description Message time. Epoch milliseconds (`integer(int64)` in the document). */
            timestamp?: number | null;
            /** @description Call. */
            call?: components["schemas"]["MessageCall"] | null;
            /** @description Form. */
            form?: Record<string, never> | null;
            /** @description Message id resend. */
            messageIdResend?: string | null;
            /** @description Message timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            messageTimestamp?: number | null;
            /** @description Message trail. */
            messageTrail?: string | null;
            /** @description Referral. */
            referral?: components["schemas"]["MessageReferral"] | null;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"] | null;
        };
        /** @description Prompt of an outbox message. */
        MessagePrompt: {
            /** @description Message id. */
            messageId?: string | null;
            /**
             * Format: int32
             * @description Page index.
             */
            pageIndex?: number | null;
            /** @description Prompt type. */
            type?: string | null;
        };
        /** @description External template of an outbox message. */
        BasicExternalTemplate: {
            /** @description Template code. */
            code?: string | null;
            /** @description Template. */
            template?: Record<string, never> | null;
            /** @description Variables. */
            varMap?: Record<string, never> | null;
        };
        /** @description Template to send: give `id` or `code`, and `data` for its placeholders. */
        CommonTemplateMeta: {
            /** @description Unique template id (e.g. `60d236c6142e53561cb7716c`). */
            id?: string | null;
            /** @description Template code (e.g. `FEEDBACK`). */
            code?: string | null;
            /** @description Language of the template to pick (e.g. `en_US`). */
            lang?: string | null;
            /** @description Values for the template's placeholders; a missing value is sent blank. The message may be rejected if it does not match the approved format. */
            data?: Record<string, never> | null;
            /** @description Linked template. */
            linked?: string | null;
        };
        /** @description A file of an outbox message. */
        PostManFile: {
            /** @description File name. */
            name?: string | null;
            /** @description Title. */
            title?: string | null;
            /** @description URL. */
            url?: string | null;
            /** @description Path. */
            path?: string | null;
            /** @description Thumbnail. */
            thumb?: string | null;
            /** @description Extension. */
            extension?: string | null;
            /** @description Content type. */
            contentType?: string | null;
            /** @description Content length in bytes. */
            contentLength?: number | null;
            /** @description Content. */
            content?: string | null;
            /** @description File bytes, base64. */
            body?: string | null;
            /**
             * @description Converter.
             * @enum {string|null}
             */
            converter?: "AMXFS" | "FS" | "FOP" | "ITEXT5" | "ITEXT7" | "JASPER" | null;
            /**
             * @description File format.
             * @enum {string|null}
             */
            fileFormat?: "PDF" | "CSV" | "PNG" | "JPEG" | "JPG" | "BMP" | "GIF" | "TIFF" | "TIF" | "WEBP" | "MP3" | "aac" | "AMR" | "OGG" | "OGG_PLUS" | "AUDIO_MP4" | "AUDIO_MPEG" | "AUDIO_WEBM" | "AUDIO_OPUS" | "AUDIO_WEBM_OPUS" | "MP4" | "VIDEO_3GPP" | "JSON" | "HTML" | "TEXT" | "UNKNOWN" | null;
            /**
             * @description File type.
             * @enum {string|null}
             */
            fileType?: "IMAGE" | "VIDEO" | "AUDIO" | "TEXT" | "DOCUMENT" | "FILE" | "URL" | null;
            /** @description Headers. */
            headers?: {
                [key: string]: string;
            } | null;
            /** @description Password. */
            password?: string | null;
            /** @description Template. */
            template?: components["schemas"]["CommonTemplateMeta"] | null;
            /** @description Metadata. */
            meta?: Record<string, never> | null;
            /** @description Model. */
            model?: Record<string, never> | null;
            /** @description Options. */
            options?: Record<string, never> | null;
        };
        /** @description The server's internal outbox message. No documented operation returns it. */
        OutboxMessage: {
            /** @description Id. */
            id?: string | null;
            /** @description Message id. */
            messageId?: string | null;
            /** @description Message id on the channel. */
            messageIdExt?: string | null;
            /** @description Referenced message id. */
            messageIdRef?: string | null;
            /** @description Id of the message replied to. */
            replyId?: string | null;
            /** @description Channel id of the message replied to. */
            replyIdExt?: string | null;
            /** @description Reference key. */
            referenceKey?: string | null;
            /** @description Collapse id. */
            collapseId?: string | null;
            /** @description Session id. */
            sessionId?: string | null;
            /** @description Session. */
            session?: components["schemas"]["MessageSession"] | null;
            /** @description Type. */
            type?: string | null;
            /** @description Action. */
            action?: string | null;
            /**
             * @description Status.
             * @enum {string|null}
             */
            status?: "SCHLD" | "CRTD" | "INIT" | "SENT" | "SENT_ERR" | "SENT_EXC" | "SENTX" | "SENTX_ERR" | "DLVRD" | "READ" | "NSENT" | "BLCKD" | "LIMIT" | "FAILD" | "DELTD" | "CCWIN" | "RECEIVD" | "FORWARDED" | "FORWARD_ERR" | "STATUS_FORWARD_ERR" | "DRFTD" | "CLKD" | "RPLD" | "BNCD" | "CONSUMED" | "STOPPED" | "RESUMED" | null;
            /**
             * Format: int32
             * @description Attempt.
             */
            attempt?: number | null;
            /**
             * Format: int32
             * @description Priority.
             */
            priority?: number | null;
            /** @description Queue. */
            queue?: number | null;
            /** @description From. */
            from?: string | null;
            /** @description Sender name. */
            fromName?: string | null;
            /** @description Recipients. */
            to?: string[] | null;
            /** @description Channel-specific id. */
            csid?: string | null;
            /** @description Contact. */
            contact?: components["schemas"]["Contactable"] | null;
            /** @description Recipients. */
            contacts?: components["schemas"]["ContactMeta"][] | null;
            /** @description Subject. */
            subject?: string | null;
            /** @description Message. */
            message?: string | null;
            /** @description Lines. */
            lines?: string[] | null;
            /** @description Footer. */
            footer?: string | null;
            /** @description Format type. */
            formatType?: string | null;
            /** @description Format sub-type. */
            formatSubType?: string | null;
            /** @description Template. */
            hsm?: components["schemas"]["CommonTemplateMeta"] | null;
            /** @description External template. */
            templateExt?: components["schemas"]["BasicExternalTemplate"] | null;
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][] | null;
            /** @description Files. */
            files?: components["schemas"]["PostManFile"][] | null;
            /** @description Contact cards. */
            vccards?: components["schemas"]["PBVCard"][] | null;
            /** @description Prompt. */
            prompt?: components["schemas"]["MessagePrompt"] | null;
            /** @description Routing. */
            route?: components["schemas"]["MessageRouter"] | null;
            /** @description Raw message. */
            rawMessageFormat?: Record<string, never> | null;
            /** @description Metadata. */
            meta?: Record<string, never> | null;
            /** @description Model. */
            model?: Record<string, never> | null;
            /** @description Options. */
            options?: Record<string, never> | null;
            /** @description Logs. */
            logs?: unknown[] | null;
            /** @description Trace. */
            trace?: unknown[] | null;
            /** @description Times of the message's states, epoch milliseconds by state. */
            stamps?: {
                [key: string]: number;
            } | null;
            /** @description Time. Epoch milliseconds (`integer(int64)` in the document). */
            timestamp?: number | null;
            /** @description Bulk session id. */
            bulkSessionId?: string | null;
            /** @description Campaign title. */
            campaignTitle?: string | null;
            /** @description Cancel existing. */
            cancelExisting?: boolean | null;
            /** @description Dump. */
            dump?: components["schemas"]["RestMapModel"] | null;
            /** @description Filters. */
            filters?: string[] | null;
            /** @description Group id. */
            groupId?: string | null;
            /** @description Group name. */
            groupName?: string | null;
            /** @description Groups. */
            groups?: string[] | null;
            /** @description Message id resend. */
            messageIdResend?: string | null;
            /** @description Message timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            messageTimestamp?: number | null;
            /** @description Profileid. */
            profileid?: string | null;
            /** @description Referral. */
            referral?: components["schemas"]["MessageReferral"] | null;
            /** @description Reply to. */
            replyTo?: Record<string, never> | null;
            /** @description Scheduler. */
            scheduler?: components["schemas"]["ChronoScheduler"] | null;
            /** @description Session bulk id. */
            sessionBulkId?: string | null;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"] | null;
        };
        /** @description Recipient. Give what identifies the contact on the channel: `contactId`, or `phone` (SMS, WhatsApp), or `email`. */
        OutBoundContact: {
            /** @description Unique id of the contact, as received in inbound messages (`contacts[].contactId`). */
            contactId?: string;
            /** @description Phone number, for SMS and WhatsApp. */
            phone?: string;
            /** @description Email address, for email. */
            email?: string;
            /** @description Name to use; overrides the name in the message. */
            name?: string;
            /** @description Filter on contact profile/user/device. */
            filter?: Record<string, never>;
        };
        /** @description Text of a `text` message. */
        OutBoundMsgText: {
            /** @description Message text. */
            body: string;
            /** @description Subject line for email messages. */
            subject?: string;
        };
        /** @description Media of an `image`, `video`, `audio` or `document` message. */
        OutBoundMsgMedia: {
            /** @description Public URL of the media file. */
            link?: string;
            /** @description Caption. */
            caption?: string;
            /** @description File name (documents). */
            filename?: string;
        };
        /** @description Address of a contact card. */
        OutBoundMsgContactAddress: {
            /** @description Address type (e.g. `HOME`). */
            type?: string;
            /** @description Street. */
            street?: string;
            /** @description City. */
            city?: string;
            /** @description State. */
            state?: string;
            /** @description Postal code (e.g. `94025`). A string, though the document's example shows a number (a Springfox rendering slip). */
            zip?: string;
            /** @description Country. */
            country?: string;
            /** @description Country code (e.g. `us`). */
            country_code?: string;
        };
        /** @description Email of a contact card. */
        OutBoundMsgContactEmail: {
            /** @description Email type (e.g. `WORK`). */
            type?: string;
            /** @description Email address. */
            email?: string;
        };
        /** @description Name of a contact card. */
        OutBoundMsgContactName: {
            /** @description Full name. */
            formatted_name?: string;
            /** @description First name. */
            first_name?: string;
            /** @description Last name. */
            last_name?: string;
        };
        /** @description Organization of a contact card. */
        OutBoundMsgContactOrg: {
            /** @description Company. */
            company?: string;
            /** @description Department. */
            department?: string;
            /** @description Title. */
            title?: string;
        };
        /** @description Phone of a contact card. */
        OutBoundMsgContactPhone: {
            /** @description Phone type (e.g. `HOME`). */
            type?: string;
            /** @description Phone number. */
            phone?: string;
            /** @description WhatsApp id (e.g. `16505551234`). A string, though the document's example shows a number (a Springfox rendering slip). */
            wa_id?: string;
        };
        /** @description Social profile of a contact card. */
        OutBoundMsgContactSocial: {
            /** @description Service (e.g. `FACEBOOK`). */
            service?: string;
            /** @description User id or profile URL. */
            userid?: string;
        };
        /** @description Website of a contact card. */
        OutBoundMsgContactUrl: {
            /** @description URL type (e.g. `WORK`). */
            type?: string;
            /** @description URL. */
            url?: string;
        };
        /** @description A contact card of a `contacts` message. */
        CommonMsgContactCard: {
            /** @description Name. */
            name?: components["schemas"]["OutBoundMsgContactName"];
            /** @description Birthday. */
            birthday?: string;
            /** @description Addresses. */
            addresses?: components["schemas"]["OutBoundMsgContactAddress"][];
            /** @description Emails. */
            emails?: components["schemas"]["OutBoundMsgContactEmail"][];
            /** @description Social profiles. */
            ims?: components["schemas"]["OutBoundMsgContactSocial"][];
            /** @description Organization. */
            org?: components["schemas"]["OutBoundMsgContactOrg"];
            /** @description Phones. */
            phones?: components["schemas"]["OutBoundMsgContactPhone"][];
            /** @description Websites. */
            urls?: components["schemas"]["OutBoundMsgContactUrl"][];
        };
        /** @description A location (sent or received). */
        CommonMsgLocation: {
            /** @description Latitude (e.g. `12.90909`). A string, though the document's example shows a number (a Springfox rendering slip). */
            latitude: string;
            /** @description Longitude (e.g. `6.90808`). A string, though the document's example shows a number (a Springfox rendering slip). */
            longitude: string;
            /** @description Location name. */
            name?: string | null;
            /** @description Address text. */
            address?: string | null;
            /** @description Location URL. */
            url?: string | null;
        };
        /** @description A button. */
        TmplElement: {
            /**
             * @description Button type.
             * @enum {string}
             */
            type?: "QUICK_REPLY" | "URL" | "PHONE_NUMBER" | "LOCATION_REQUEST";
            /** @description Name. */
            name?: string;
            /** @description Key to be used programmatically (e.g. `occupation`). */
            code?: string;
            /** @description Display text. */
            label?: string;
            /** @description Description of the element. */
            desc?: string;
            /** @description URL, when `type` is `URL`. */
            url?: string;
            /** @description Phone number, when `type` is `PHONE_NUMBER`. */
            phone?: string;
            /** @description Required in case of WA Flows. */
            action?: string;
            /** @description Params. */
            params?: components["schemas"]["TmplElementParams"];
            /** @description If type is set to URL. */
            shorturl?: string;
            /** @description Any UniqeId to be used. */
            uid?: string;
            /** @description dynamic variable. */
            variable?: string;
        };
        /** @description Message options (buttons). */
        CommonMsgOptions: {
            /** @description Buttons. */
            buttons?: components["schemas"]["TmplElement"][];
            /**
             * @description Button Display Scheme.
             * @enum {string}
             */
            buttonDisplayScheme?: "auto" | "list" | "buttons";
            /** @description Style. */
            style?: string;
        };
        /** @description A text message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundTextMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "text";
            /** @description Text, for `type: text`. */
            text: components["schemas"]["OutBoundMsgText"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description An image message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundImageMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "image";
            /** @description Image, for `type: image`. */
            image: components["schemas"]["OutBoundMsgMedia"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A video message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundVideoMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "video";
            /** @description Video, for `type: video`. */
            video: components["schemas"]["OutBoundMsgMedia"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description An audio message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundAudioMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "audio";
            /** @description Audio, for `type: audio` (and `voice`). */
            audio: components["schemas"]["OutBoundMsgMedia"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A voice message. The document has no `voice` payload field for outbound messages; presumably the file goes in `audio` (not verified), so no field is required. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundVoiceMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "voice";
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A document message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundDocumentMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "document";
            /** @description Document, for `type: document`. */
            document: components["schemas"]["OutBoundMsgMedia"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A location message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundLocationMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "location";
            /** @description Location, for `type: location`. */
            location: components["schemas"]["CommonMsgLocation"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A contacts message (one or more contact cards). The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundContactsMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "contacts";
            /** @description Contact cards, for `type: contacts`. */
            contacts: components["schemas"]["CommonMsgContactCard"][];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A template (HSM) message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundTemplateMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "template";
            /** @description Template, for `type: template`. */
            template: components["schemas"]["CommonTemplateMeta"];
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description A system message. The document describes no payload for it. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundSystemMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "system";
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description Opt the contact in (e.g. WhatsApp opt-in). No payload. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundOptinMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "optin";
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description Opt the contact out. No payload. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional. */
        OutBoundOptoutMsg: {
            /** @description Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`. */
            channelId: string;
            /** @description Recipient. */
            to: components["schemas"]["OutBoundContact"];
            /**
             * @description Message type. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "optout";
            /** @description Buttons, for the message kinds that take them. */
            options?: components["schemas"]["CommonMsgOptions"];
            /** @description Mask the outgoing message data (in logs and archives). Default `false`. */
            mask?: boolean;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["OutBoundMsgText"];
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Audio, for `type: audio` (and `voice`). */
            audio?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["OutBoundMsgMedia"];
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"];
            /** @description Contact cards, for `type: contacts`. */
            contacts?: components["schemas"]["CommonMsgContactCard"][];
            /** @description Template, for `type: template`. */
            template?: components["schemas"]["CommonTemplateMeta"];
            /** @description Activity. */
            activity?: components["schemas"]["OutBoundMsgActivity"];
            /** @description Attachments. */
            attachments?: components["schemas"]["Attachment"][];
            /** @description campaign. */
            campaignId?: string;
            /** @description Messsage to be resent. */
            messageIdResend?: string;
            /** @description Push. */
            push?: Record<string, never>;
            /** @description Style. */
            style?: Record<string, never>;
            /** @description Timeout. */
            timeout?: components["schemas"]["MessageTimeout"];
        };
        /** @description Body of `message/send`: one message, its kind named by `type`. Every kind takes `channelId` and `to`; the payload field named like the kind (`text`, `image`, `template`, ...) carries the content. */
        OutBoundMsg: components["schemas"]["OutBoundTextMsg"] | components["schemas"]["OutBoundImageMsg"] | components["schemas"]["OutBoundVideoMsg"] | components["schemas"]["OutBoundAudioMsg"] | components["schemas"]["OutBoundVoiceMsg"] | components["schemas"]["OutBoundDocumentMsg"] | components["schemas"]["OutBoundLocationMsg"] | components["schemas"]["OutBoundContactsMsg"] | components["schemas"]["OutBoundTemplateMsg"] | components["schemas"]["OutBoundSystemMsg"] | components["schemas"]["OutBoundOptinMsg"] | components["schemas"]["OutBoundOptoutMsg"];
        /** @description Receipt of a sent message. Spelled `Reciept` in the document (sic). */
        OutBoundReciept: {
            /** @description Id of the queued message (e.g. `gBEGkYiEB1VXAglK1ZEqA1YKPrU`); statuses in `message/receive` carry it as `statuses[].id`. */
            id: string;
            /** @description Campaign id. */
            campaignId?: string | null;
            /** @description Template code. */
            templateCode?: string | null;
            /** @description Template id. */
            templateId?: string | null;
            /** @description Type. */
            type?: string | null;
        };
        /** @description Where a webhook call comes from. */
        InBoundMeta: {
            /** @description Client app id, if the webhook is set for an app. */
            appId?: string | null;
            /** @description Your domain name (tenant). */
            domain?: string | null;
            /** @description Server, per environment. */
            server?: string | null;
            /** @description Whether the tenant is in debug mode. */
            debug?: boolean | null;
            /** @description Client App Queue Code if webhook is set for an App. */
            appCode?: string | null;
            /**
             * @description Client App mode.
             * @enum {string|null}
             */
            appMode?: "AGENT" | "BOT" | "SCRIPTUS" | "PUSH" | "WEBHOOK" | "NONE" | null;
            /**
             * @description Client App Type.
             * @enum {string|null}
             */
            appType?: "FEEDBACK_V2" | "BOTFLOW" | "APP_SCRIPT" | "BOT" | "FAQ" | "DEFAULT" | null;
        };
        /** @description Media of an inbound message. */
        InBoundMsgMedia: {
            /** @description Media id (e.g. `2121212`). A string, though the document's example shows a number (a Springfox rendering slip). */
            id?: string | null;
            /** @description Media type. */
            type?: string | null;
            /** @description Link to the file. */
            link?: string | null;
            /** @description Secure link to the file. */
            linkSecure?: string | null;
            /** @description MIME type of the media. */
            mime_type?: string | null;
            /** @description Checksum. */
            sha256?: string | null;
            /** @description Caption given with the media. */
            caption?: string | null;
            /** @description File name on the sender's device. */
            filename?: string | null;
        };
        /** @description Text of an inbound message. */
        InBoundMsgText: {
            /** @description Message text. */
            body: string;
            /** @description Message type. */
            type?: string | null;
        };
        /** @description Session of an inbound message. */
        MsgSession: {
            /** @description Session id; pass it to the session operations. */
            sessionId?: string | null;
            /** @description Routing id. */
            routingId?: string | null;
            /** @description Agent the message is assigned to, if any. */
            assignedToAgent?: string | null;
            /** @description Department the message is assigned to, if any. */
            assignedToDept?: string | null;
        };
        /** @description A message a contact sent. */
        InBoundMsg: {
            /** @description Unique message id assigned by the service (e.g. `1234567`). A string, though the document's example shows a number (a Springfox rendering slip). */
            id: string;
            /** @description Message id assigned by the channel, if any. A string, though the document's example shows a number (a Springfox rendering slip). */
            messageIdExt?: string | null;
            /**
             * @description Message type; says which payload field is set.
             * @enum {string}
             */
            type: "audio" | "document" | "image" | "location" | "system" | "text" | "video" | "voice";
            /** @description Message time. Epoch milliseconds (`integer(int64)` in the document). */
            timestamp?: number | null;
            /** @description Unique contact id of the user. */
            contactId?: string | null;
            /** @description Contact of the user (e.g. a phone number). A string, though the document's example shows a number (a Springfox rendering slip). */
            from?: string | null;
            /** @description Session of the message. */
            session?: components["schemas"]["MsgSession"] | null;
            /** @description Text, for `type: text`. */
            text?: components["schemas"]["InBoundMsgText"] | null;
            /** @description Image, for `type: image`. */
            image?: components["schemas"]["InBoundMsgMedia"] | null;
            /** @description Video, for `type: video`. */
            video?: components["schemas"]["InBoundMsgMedia"] | null;
            /** @description Audio, for `type: audio`. */
            audio?: components["schemas"]["InBoundMsgMedia"] | null;
            /** @description Voice note, for `type: voice`. */
            voice?: components["schemas"]["InBoundMsgMedia"] | null;
            /** @description Document, for `type: document`. */
            document?: components["schemas"]["InBoundMsgMedia"] | null;
            /** @description Location, for `type: location`. */
            location?: components["schemas"]["CommonMsgLocation"] | null;
            /** @description Attachments. */
            attachments?: components["schemas"]["InBoundMsgMedia"][] | null;
            /** @description Extracted tags. */
            tags?: components["schemas"]["TagDocument"] | null;
            /** @description Original message sent by the channel; only if the service modified it or failed on it. */
            originalMessage?: Record<string, never> | null;
            /** @description Form (Button/List/Flows) selections by user. */
            form?: components["schemas"]["FormReply"] | null;
            /** @description Reference source of Inbound Message. */
            referral?: components["schemas"]["MessageReferral"] | null;
        };
        /** @description Why a message failed. */
        MessageReportError: {
            /** @description Error code (e.g. `470`). A string, though the document's example shows a number (a Springfox rendering slip). */
            code: string;
            /** @description Error title. */
            title?: string | null;
            /** @description Error details, if available. */
            details?: string | null;
            /** @description Where the error is described. */
            href?: string | null;
        };
        /** @description A status update of a message you sent. */
        InBoundMsgStatus: {
            /** @description Message id assigned by the service (`OutBoundReciept.id`). A string, though the document's example shows a number (a Springfox rendering slip). */
            id: string;
            /** @description Message id assigned by the channel, if any. A string, though the document's example shows a number (a Springfox rendering slip). */
            messageIdExt?: string | null;
            /** @description Unique contact id of the user. */
            contactId?: string | null;
            /**
             * @description Latest status of the message.
             * @enum {string}
             */
            status: "READ" | "DLVRD" | "SENT" | "FAILD" | "DELTD";
            /** @description Status time. Epoch milliseconds (`integer(int64)` in the document). */
            timestamp?: number | null;
            /** @description Errors, for a failed message. */
            errors?: components["schemas"]["MessageReportError"][] | null;
            /** @description Contact. */
            contact?: components["schemas"]["InBoundContact"] | null;
            /** @description Session information for the message. */
            session?: components["schemas"]["MsgSession"] | null;
        };
        /** @description An action to perform. */
        InBoundAction: {
            /** @description Action triggered by an agent or the service (e.g. `SEND_INVOICE`). */
            actionCode: string;
        };
        /** @description Messages received from contacts. The other kinds' lists may come along (the document's example fills them all); they are listed as optional. */
        InBoundMessagesWrapper: {
            /**
             * @description Kind of notification. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "messages";
            /** @description Messages received. */
            messages: components["schemas"]["InBoundMsg"][];
            /** @description Where the call comes from. */
            meta?: components["schemas"]["InBoundMeta"] | null;
            /** @description Contacts the notification concerns. */
            contacts?: components["schemas"]["InBoundContact"][] | null;
            /** @description Actions triggered. */
            actions?: components["schemas"]["InBoundAction"][] | null;
            /** @description Events. */
            events?: components["schemas"]["InBoundEvent"][] | null;
            /** @description Status updates. */
            statuses?: components["schemas"]["InBoundMsgStatus"][] | null;
        };
        /** @description Actions triggered by an agent or the service. The other kinds' lists may come along (the document's example fills them all); they are listed as optional. */
        InBoundActionsWrapper: {
            /**
             * @description Kind of notification. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "actions";
            /** @description Actions triggered. */
            actions: components["schemas"]["InBoundAction"][];
            /** @description Where the call comes from. */
            meta?: components["schemas"]["InBoundMeta"] | null;
            /** @description Contacts the notification concerns. */
            contacts?: components["schemas"]["InBoundContact"][] | null;
            /** @description Messages received. */
            messages?: components["schemas"]["InBoundMsg"][] | null;
            /** @description Events. */
            events?: components["schemas"]["InBoundEvent"][] | null;
            /** @description Status updates. */
            statuses?: components["schemas"]["InBoundMsgStatus"][] | null;
        };
        /** @description Session and contact events. The other kinds' lists may come along (the document's example fills them all); they are listed as optional. */
        InBoundEventsWrapper: {
            /**
             * @description Kind of notification. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "events";
            /** @description Events. */
            events: components["schemas"]["InBoundEvent"][];
            /** @description Where the call comes from. */
            meta?: components["schemas"]["InBoundMeta"] | null;
            /** @description Contacts the notification concerns. */
            contacts?: components["schemas"]["InBoundContact"][] | null;
            /** @description Messages received. */
            messages?: components["schemas"]["InBoundMsg"][] | null;
            /** @description Actions triggered. */
            actions?: components["schemas"]["InBoundAction"][] | null;
            /** @description Status updates. */
            statuses?: components["schemas"]["InBoundMsgStatus"][] | null;
        };
        /** @description Status updates of messages you sent. The other kinds' lists may come along (the document's example fills them all); they are listed as optional. */
        InBoundStatusesWrapper: {
            /**
             * @description Kind of notification. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "statuses";
            /** @description Status updates. */
            statuses: components["schemas"]["InBoundMsgStatus"][];
            /** @description Where the call comes from. */
            meta?: components["schemas"]["InBoundMeta"] | null;
            /** @description Contacts the notification concerns. */
            contacts?: components["schemas"]["InBoundContact"][] | null;
            /** @description Messages received. */
            messages?: components["schemas"]["InBoundMsg"][] | null;
            /** @description Actions triggered. */
            actions?: components["schemas"]["InBoundAction"][] | null;
            /** @description Events. */
            events?: components["schemas"]["InBoundEvent"][] | null;
        };
        /** @description Body of the `message/receive` webhook: `type` says which list carries the notification (`messages`, `actions`, `events` or `statuses`); `contacts` and `meta` come with every kind. */
        InBoundWrapper: components["schemas"]["InBoundMessagesWrapper"] | components["schemas"]["InBoundActionsWrapper"] | components["schemas"]["InBoundEventsWrapper"] | components["schemas"]["InBoundStatusesWrapper"];
        /** @description Paging of a list answer (page number and size, total, links to the neighbouring pages). */
        ApiPagination: {
            /** @description Last page. */
            lastPage?: number | null;
            /** @description Next page url. */
            nextPageUrl?: string | null;
            /** @description Page no. */
            pageNo?: number | null;
            /** @description Page size. */
            pageSize?: number | null;
            /** @description Prev page url. */
            prevPageUrl?: string | null;
            /** @description Sort by. */
            sortBy?: string | null;
            /** @description Sort dir. */
            sortDir?: string | null;
            /** @description Total. */
            total?: number | null;
        };
        /** @description `ApiResponse` carrying `CampaignDto` results (the vendor file's `ApiResponse«CampaignDto,object»`). */
        ApiResponseCampaignDto: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["CampaignDto"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["CampaignDto"][];
        };
        /** @description `ApiResponse` carrying `MapModel` results (the vendor file's `ApiResponse«MapModel,object»`). */
        ApiResponseMapModel: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["MapModel"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["MapModel"][];
        };
        /** @description `ApiResponse` carrying `NexuzCustomerUpdate` results (the vendor file's `ApiResponse«NexuzCustomerUpdate,object»`). */
        ApiResponseNexuzCustomerUpdate: components["schemas"]["ApiResponse"] & {
            /** @description The first result, when the server fills it (older servers); read `results` instead. */
            data?: components["schemas"]["NexuzCustomerUpdate"] | null;
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["NexuzCustomerUpdate"][];
        };
        /** @description `ApiResultsMetaCompactResponse` carrying `PBContactDoc` results (the vendor file's `ApiResultsMetaCompactResponse«PBContactDoc,object»`). */
        ApiResultsMetaCompactResponsePBContactDoc: components["schemas"]["ApiResultsMetaCompactResponse"] & {
            /** @description The results (a single-element list for calls that return one item). */
            results: components["schemas"]["PBContactDoc"][];
        };
        /** @description A campaign: a template sent to a group of contacts on a channel. */
        CampaignDto: {
            /** @description Campaign id. */
            campaignId?: string;
            /** @description How the campaign is sent, e.g. `BROADCAST`. A Java enum, which the vendor file renders as the property-less schema `Enum`; on the wire it is its name, a string. */
            campaignMode?: string;
            /** @description Campaign title. */
            campaignTitle: string;
            /** @description Channel id. */
            channelId?: string;
            /** @description Contact type. */
            contactType: string;
            /** @description Template code. */
            templateCode: string;
        };
        /** @description The customer profile linked to a contact. */
        ChatProfileDTO: {
            /** @description Code. */
            code?: string | null;
            /** @description Contact id. */
            contactId?: string | null;
            /** @description Email. */
            email?: string | null;
            /** @description Id. */
            id?: string | null;
            /** @description Labels. */
            labels?: components["schemas"]["CustomerLabel"][] | null;
            /** @description Mobile. */
            mobile?: string | null;
            /** @description Name. */
            name?: string | null;
            /** @description Profile id. */
            profileId?: string | null;
            /** @description User id. */
            userId?: string | null;
        };
        /** @description When a scheduled outbox message is sent (start, end, repeat). */
        ChronoScheduler: {
            /** @description Data. */
            data?: Record<string, never> | null;
            /** @description End at. */
            endAt?: string | null;
            /** @description Interval. */
            interval?: string | null;
            /** @description Repeat. */
            repeat?: boolean | null;
            /** @description Repeat count. */
            repeatCount?: number | null;
            /** @description Start at. */
            startAt?: string | null;
            /** @description Task id. */
            taskId?: string | null;
            /** @description Topic. */
            topic?: string | null;
        };
        /** @description A contact as the session messages carry it (2026 file; replaces `Contactable` there). */
        ContactDTO: {
            /** @description Channel type. */
            channelType?: string | null;
            /** @description Contact id. */
            contactId?: string | null;
            /** @description Contact type. */
            contactType?: string | null;
            /** @description Country. */
            country?: string | null;
            /** @description Created by. */
            createdBy?: string | null;
            /** @description Created stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            createdStamp?: number | null;
            /** @description Csid. */
            csid?: string | null;
            /** @description Email. */
            email?: string | null;
            /** @description Email verified. */
            emailVerified?: boolean | null;
            /** @description Filters. */
            filters?: components["schemas"]["MapStringObject"][] | null;
            /** @description First in bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            firstInBoundStamp?: number | null;
            /** @description First out bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            firstOutBoundStamp?: number | null;
            /** @description Keymap. */
            keymap?: components["schemas"]["MapStringString"][] | null;
            /** @description Label id. */
            labelId?: string[] | null;
            /** @description Lane. */
            lane?: string | null;
            /** @description Last in bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            lastInBoundStamp?: number | null;
            /** @description Last opt in stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            lastOptInStamp?: number | null;
            /** @description Last out bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            lastOutBoundStamp?: number | null;
            /** @description Last push stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            lastPushStamp?: number | null;
            /** @description Last reply stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            lastReplyStamp?: number | null;
            /** @description Name. */
            name?: string | null;
            /** @description Phone. */
            phone?: string | null;
            /** @description Phone verified. */
            phoneVerified?: boolean | null;
            /** @description Prefix. */
            prefix?: string | null;
            /** @description Profile. */
            profile?: components["schemas"]["ChatProfileDTO"] | null;
            /** @description Profile pic. */
            profilePic?: string | null;
            /** @description Session id. */
            sessionId?: string | null;
            /** @description Tenant. */
            tenant?: string | null;
            /** @description Userid. */
            userid?: string | null;
            /** @description Vcall meta. */
            vcallMeta?: components["schemas"]["VCallMeta"] | null;
        };
        /** @description A Java enum as Springfox rendered it (no properties): the campaign mode, sent as a string. */
        Enum: {
            [key: string]: unknown;
        };
        /** @description The answer of a customer to a form (WhatsApp Flows). */
        FormReply: {
            /** @description Button Description. */
            reply_desc?: string | null;
            /** @description Button Code. */
            reply_id?: string | null;
            /** @description JSON Collection of all input selections by customer in form. */
            reply_json?: Record<string, never> | null;
            /** @description Button Title. */
            reply_title?: string | null;
        };
        /** @description A voice call attached to a message. */
        MessageCall: {
            /** @description Agent id. */
            agentId?: string | null;
            /** @description Direction. */
            direction?: string | null;
            /** @description Duration. */
            duration?: number | null;
            /** @description End stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            endStamp?: number | null;
            /** @description Event. */
            event?: string | null;
            /** @description Id. */
            id?: string | null;
            /** @description Sdp type. */
            sdpType?: string | null;
            /** @description Status. */
            status?: string | null;
            /** @description Timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            timestamp?: number | null;
        };
        /** @description The ad or post a customer came from (click-to-chat referral). */
        MessageReferral: {
            /** @description Body. */
            body?: string | null;
            /** @description Bulk id. */
            bulkId?: string | null;
            /** @description Image url. */
            imageUrl?: string | null;
            /** @description Info. */
            info?: Record<string, never> | null;
            /** @description Media caption. */
            mediaCaption?: string | null;
            /** @description Media name. */
            mediaName?: string | null;
            /** @description Media type. */
            mediaType?: string | null;
            /** @description Media url. */
            mediaUrl?: string | null;
            /** @description Message id. */
            messageId?: string | null;
            /** @description Message id ext. */
            messageIdExt?: string | null;
            /**
             * @description Category of Referral Source.
             * @enum {string|null}
             */
            sourceCategory?: "message" | "social" | "ads" | "campaign" | null;
            /** @description Source id. */
            sourceId?: string | null;
            /**
             * @description Type of Referral Source.
             * @enum {string|null}
             */
            sourceType?: "inbound" | "outbound" | "feedback" | "story" | "post" | null;
            /** @description Source url. */
            sourceUrl?: string | null;
            /** @description Thumb url. */
            thumbUrl?: string | null;
            /** @description Title. */
            title?: string | null;
        };
        /** @description Timeouts for delivery, read and reply, in milliseconds. */
        MessageTimeout: {
            /** @description Delivery. */
            delivery?: number | null;
            /** @description Read. */
            read?: number | null;
            /** @description Reply. */
            reply?: number | null;
        };
        /** @description A Nexuz customer profile (name, code, emails, phones). */
        NexuzCustomerUpdate: {
            /** @description Additional info. */
            additionalInfo?: Record<string, never> | null;
            /** @description Code. */
            code?: string | null;
            /** @description Emails. */
            emails?: components["schemas"]["PBEmail"][] | null;
            /** @description Name. */
            name?: string | null;
            /** @description Phones. */
            phones?: components["schemas"]["PBPhone"][] | null;
        };
        /** @description The activity (a marketing journey step) a sent message belongs to. */
        OutBoundMsgActivity: {
            /** @description Activity id. */
            activityId?: string;
        };
        /** @description A contact found by `lookupContact`. */
        PBContactDoc: {
            /** @description Contact id. */
            contactId?: string | null;
            /** @description Csid. */
            csid?: string | null;
            /** @description Email. */
            email?: components["schemas"]["PBEmail"] | null;
            /** @description Name. */
            name?: components["schemas"]["PBName"] | null;
            /** @description Phone. */
            phone?: components["schemas"]["PBPhone"] | null;
            /**
             * @description Type.
             * @enum {string|null}
             */
            type?: "SMS" | "OA" | "EMAIL" | "WHATSAPP" | "PUSH" | "FACEBOOK" | "TELEGRAM" | "WEBSITE" | "TWITTER" | "INSTAGRAM" | "DUMMY" | "EMPTY" | null;
        };
        /** @description A proxied REST call: its request, response and metadata. */
        RestMapModel: {
            /** @description Meta. */
            meta?: Record<string, never> | null;
            /** @description Request. */
            request?: components["schemas"]["RestObjectRequestMapModel"] | null;
            /** @description Response. */
            response?: components["schemas"]["RestObjectRequestMapModel"] | null;
        };
        /** @description A proxied request or response: status and body. */
        RestObjectRequestMapModel: {
            /** @description Body. */
            body?: components["schemas"]["MapModel"] | null;
            /** @description Status. */
            status?: string | null;
        };
        /** @description Parameters of a template element (the country code of a phone button). */
        TmplElementParams: {
            /** @description Country code. */
            countryCode?: string;
        };
        /** @description Channel details of a template (DLT content id for Indian SMS). */
        TptInfo: {
            /** @description Channel id. */
            channelId?: string | null;
            /** @description Channel type. */
            channelType?: string | null;
            /** @description Dlt content id. */
            dltContentId?: string | null;
        };
        /** @description The contact's permission for video calls. */
        VCallMeta: {
            /** @description Granted at. Epoch milliseconds or a count (`integer(int64)` in the vendor file). */
            grantedAt?: number | null;
            /** @description Permission. */
            permission?: boolean | null;
        };
    };
    responses: {
        /** @description The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiResponse"];
            };
        };
        /** @description The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description Title of the campaign.
         * @example Diwali offer 2026
         */
        CampaignTitle: string;
        /**
         * @description Only campaigns with this title.
         * @example Diwali offer 2026
         */
        CampaignTitleFilter: string;
        /**
         * @description How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
         * @example BROADCAST
         */
        CampaignMode: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listChannels: {
        parameters: {
            query?: {
                /**
                 * @description Sandbox: `true` includes sandbox channels in the list. The wire name is spelled `sabdnox` (sic): the document describes it as "sandbox", and the vendor's server reads a parameter named `sabdnox`, so that spelling is what must be sent.
                 * @example true
                 */
                sabdnox?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponseMsgChannel"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listGlobalVariables: {
        parameters: {
            query?: {
                /**
                 * @description Only the variables of this channel.
                 * @example wa360:918828218374
                 */
                channelId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The variables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseCompanyVarsConfigDoc"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listHsmTemplates: {
        parameters: {
            query?: {
                /**
                 * @description Only the templates approved for this channel.
                 * @example wa360:918828218374
                 */
                channelId?: string;
                /** @description Only the templates with this approval status on the channel. */
                channelStatus?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseHSMTemplateDoc"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    setWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUrlRequest"];
            };
        };
        responses: {
            /** @description The client app with its new webhook URL. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseClientApp"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    setContactLanguage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactPrefsUpdate"];
            };
        };
        responses: {
            /** @description The resulting contact event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponseInBoundEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    pushCustomerData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalObjectDto"];
            };
        };
        responses: {
            /** @description The stored record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseDigitalObjectDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    pushCustomerEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalEventDto"];
            };
        };
        responses: {
            /** @description The stored event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseDigitalEventDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutBoundMsg"];
            };
        };
        responses: {
            /** @description The message was queued; `results[0].id` identifies it in status updates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseOutBoundReciept"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    closeSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStatusClose"];
            };
        };
        responses: {
            /** @description The session event (empty `results` if there was nothing to close). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponseInBoundEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listSessionMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStatusClose"];
            };
        };
        responses: {
            /** @description The messages of the session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponseChatMessageDTO"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    resolveSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionStatusClose"];
            };
        };
        responses: {
            /** @description The session event (empty `results` if there was nothing to resolve). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponseInBoundEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    routeSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionQueueAssignment"];
            };
        };
        responses: {
            /** @description The routing event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponseInBoundEvent"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    pushMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OutBoundMsg"];
            };
        };
        responses: {
            /** @description The message was queued; `results[0].id` identifies it in status updates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseOutBoundReciept"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    lookupContact: {
        parameters: {
            query: {
                /**
                 * @description The contact field to match (`phone`, `email`, `contactId`, ...).
                 * @example phone
                 */
                key?: string;
                /**
                 * @description The value to look for.
                 * @example 919876543210
                 */
                value: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching contacts (an empty `results` when none matches). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResultsMetaCompactResponsePBContactDoc"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createCampaign: {
        parameters: {
            query: {
                /**
                 * @description Title of the campaign.
                 * @example Diwali offer 2026
                 */
                campaignTitle: components["parameters"]["CampaignTitle"];
                /**
                 * @description Code of the approved template the campaign sends.
                 * @example DIWALI_OFFER
                 */
                templateCode: string;
                /**
                 * @description How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
                 * @example BROADCAST
                 */
                campaignMode?: components["parameters"]["CampaignMode"];
                /**
                 * @description Which contacts the campaign targets (their channel type, e.g. `WHATSAPP`).
                 * @example WHATSAPP
                 */
                contactType: string;
                /**
                 * @description Channel to send on (see `listChannels`).
                 * @example 91SERVICENUMBER
                 */
                channelId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseCampaignDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    viewCampaign: {
        parameters: {
            query?: {
                /**
                 * @description Only campaigns with this title.
                 * @example Diwali offer 2026
                 */
                campaignTitle?: components["parameters"]["CampaignTitleFilter"];
                /**
                 * @description Only campaigns of this template.
                 * @example DIWALI_OFFER
                 */
                templateCode?: string;
                /**
                 * @description How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
                 * @example BROADCAST
                 */
                campaignMode?: components["parameters"]["CampaignMode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching campaigns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseCampaignDto"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MapModel"];
            };
        };
        responses: {
            /** @description The profile was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiResponseMapModel"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    onContactInfo: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The callback verification token you configured in Mehery, sent as is on every call (no HMAC). Compare it with your token (in constant time) and reject the call if it differs.
                 * @example my-verify-token
                 */
                "x-verify-token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InBoundContact"];
            };
        };
        responses: {
            /** @description The contact details to record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactInfoUpdate"];
                };
            };
            /** @description Reject the call: the `x-verify-token` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject the call: the token is valid but not accepted for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMessageReceive: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The callback verification token you configured in Mehery, sent as is on every call (no HMAC). Compare it with your token (in constant time) and reject the call if it differs.
                 * @example my-verify-token
                 */
                "x-verify-token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InBoundWrapper"];
            };
        };
        responses: {
            /** @description Received. Mehery does not read the answer body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject the call: the `x-verify-token` header is missing or wrong. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Reject the call: the token is valid but not accepted for this tenant. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
