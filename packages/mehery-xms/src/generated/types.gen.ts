// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

export type ClientOptions = {
    baseUrl: 'https://{tenant}.mehery.{tld}/xms' | (string & {});
};

export type Webhooks = OnContactInfoWebhookRequest | OnMessageReceiveWebhookRequest;

/**
 * Envelope shared by every Mehery answer: the fields of the document's `ApiResultsMetaCompactResponse«T,object»` family without the payload. The vendor's server returns the same object for both envelope families (its `ApiResponse` implements `ApiResultsMetaCompactResponse`); this is the compact view. Every property is optional and may be `null`: Springfox marks them required, but an error answer carries only some of them.
 */
export type ApiResultsMetaCompactResponse = {
    /**
     * HTTP status code of the call, as a string (`"200"`, `"401"`).
     */
    status?: string | null;
    /**
     * Status key, `SUCCESS` on success (e.g. `CLIENT_ERROR` for a 4xx).
     */
    statusKey?: string | null;
    /**
     * Human-readable message.
     */
    message?: string | null;
    /**
     * Message key (e.g. `MESSAGE_SUCCESS:MOBILE:12`).
     */
    messageKey?: string | null;
    /**
     * Call-specific metadata (the envelope's second type parameter, `object` in every documented operation).
     */
    meta?: unknown;
    /**
     * Server time of the answer, epoch milliseconds.
     */
    timestamp?: number | null;
    /**
     * Trace id of the call; quote it when asking the vendor for support.
     */
    traceid?: string | null;
    /**
     * Pagination.
     */
    pagination?: ApiPagination | null;
};

/**
 * The full envelope (the document's `ApiResponse«T,object»` family without the payload): the
 * compact envelope plus error and diagnostic fields. Also the body of error answers (401,
 * 403), where `status`, `statusKey`, `error`, `message` and `errors` tell what went wrong.
 *
 * `$defs` holds the document's schemas that no documented operation returns
 * (`ApiResponse«Attachment,object»`, `ApiResponse«OutboxMessage,object»`, `MapModel`), so they
 * stay in the spec under their names (a `$defs` entry does not change validation).
 */
export type ApiResponse = ApiResultsMetaCompactResponse & {
    /**
     * Error type, e.g. the HTTP reason phrase (`Unauthorized`).
     */
    error?: string | null;
    /**
     * Exception class name of an error (Spring convention).
     */
    exception?: string | null;
    /**
     * Field errors of a rejected request.
     */
    errors?: Array<ApiFieldError> | null;
    /**
     * Warnings.
     */
    warnings?: Array<ApiFieldError> | null;
    /**
     * Code key of the first warning.
     */
    warningKey?: string | null;
    /**
     * Details (list of the meta type).
     */
    details?: Array<unknown> | null;
    /**
     * Server log lines, when debugging is on.
     */
    logs?: Array<string> | null;
    /**
     * Extra values.
     */
    extra?: {
        [key: string]: unknown;
    } | null;
    /**
     * Parameters of the call.
     */
    params?: {
        [key: string]: unknown;
    } | null;
    /**
     * API path of the call (e.g. `/postman/email/send`).
     */
    path?: string | null;
    /**
     * Query the call ran, if any.
     */
    query?: unknown;
    /**
     * URL to redirect to, if any (e.g. `/go/to/some/other/url.html`).
     */
    redirectUrl?: string | null;
    /**
     * Pagination.
     */
    pagination?: ApiPagination | null;
    /**
     * Server version.
     */
    serverVersion?: string | null;
    /**
     * Traces.
     */
    traces?: Array<{
        [key: string]: unknown;
    }> | null;
};

/**
 * `ApiResponse` carrying `Attachment` results (the document's `ApiResponse«Attachment,object»`). No documented operation returns it (the vendor's media upload API is not part of this document).
 */
export type ApiResponseAttachment = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: Attachment | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<Attachment>;
};

/**
 * `ApiResponse` carrying `ClientApp` results (the document's `ApiResponse«ClientApp,object»`).
 */
export type ApiResponseClientApp = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: ClientApp | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<ClientApp>;
};

/**
 * `ApiResponse` carrying `CompanyVarsConfigDoc` results (the document's `ApiResponse«CompanyVarsConfigDoc,object»`).
 */
export type ApiResponseCompanyVarsConfigDoc = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: CompanyVarsConfigDoc | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<CompanyVarsConfigDoc>;
};

/**
 * `ApiResponse` carrying `DigitalEventDto` results (the document's `ApiResponse«DigitalEventDto,object»`).
 */
export type ApiResponseDigitalEventDto = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: DigitalEventDto | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<DigitalEventDto>;
};

/**
 * `ApiResponse` carrying `DigitalObjectDto` results (the document's `ApiResponse«DigitalObjectDto,object»`).
 */
export type ApiResponseDigitalObjectDto = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: DigitalObjectDto | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<DigitalObjectDto>;
};

/**
 * `ApiResponse` carrying `HSMTemplateDoc` results (the document's `ApiResponse«HSMTemplateDoc,object»`).
 */
export type ApiResponseHsmTemplateDoc = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: HsmTemplateDoc | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<HsmTemplateDoc>;
};

/**
 * `ApiResponse` carrying `OutBoundReciept` results (the document's `ApiResponse«OutBoundReciept,object»`).
 */
export type ApiResponseOutBoundReciept = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: OutBoundReciept | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<OutBoundReciept>;
};

/**
 * `ApiResponse` carrying `OutboxMessage` results (the document's `ApiResponse«OutboxMessage,object»`). No documented operation returns it.
 */
export type ApiResponseOutboxMessage = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: OutboxMessage | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<OutboxMessage>;
};

/**
 * Compact envelope carrying `ChatMessageDTO` results (the document's `ApiResultsMetaCompactResponse«ChatMessageDTO,object»`).
 */
export type ApiResultsMetaCompactResponseChatMessageDto = ApiResultsMetaCompactResponse & {
    /**
     * The results.
     */
    results: Array<ChatMessageDto>;
};

/**
 * Compact envelope carrying `InBoundEvent` results (the document's `ApiResultsMetaCompactResponse«InBoundEvent,object»`).
 */
export type ApiResultsMetaCompactResponseInBoundEvent = ApiResultsMetaCompactResponse & {
    /**
     * The results.
     */
    results: Array<InBoundEvent>;
};

/**
 * Compact envelope carrying `MsgChannel` results (the document's `ApiResultsMetaCompactResponse«MsgChannel,object»`).
 */
export type ApiResultsMetaCompactResponseMsgChannel = ApiResultsMetaCompactResponse & {
    /**
     * The results.
     */
    results: Array<MsgChannel>;
};

/**
 * A map of string keys to any JSON values (the document's `Map«string,object»`).
 */
export type MapStringObject = {
    [key: string]: unknown;
};

/**
 * A map of string keys to string values (the document's `Map«string,string»`).
 */
export type MapStringString = {
    [key: string]: string;
};

/**
 * A field error or warning in an envelope's `errors` / `warnings`.
 */
export type ApiFieldError = {
    /**
     * Field the error is about (e.g. `to`).
     */
    field?: string | null;
    /**
     * Object (request type) the error is about, e.g. `OutBoundMsg`. Spelled `obzect` on the wire (sic).
     */
    obzect?: string | null;
    /**
     * Error code.
     */
    code?: string | null;
    /**
     * Error code key, e.g. `INSUFFICIENT_CONTACT_DETAILS`.
     */
    codeKey?: string | null;
    /**
     * Error codes.
     */
    codes?: Array<string> | null;
    /**
     * What went wrong.
     */
    description?: string | null;
    /**
     * Description key.
     */
    descriptionKey?: string | null;
    /**
     * Offending value.
     */
    body?: unknown;
    /**
     * Accepted values, when the field takes a closed set.
     */
    possibleValues?: Array<unknown> | null;
    /**
     * Trace id.
     */
    traceId?: string | null;
};

/**
 * The server's generic map type: a JSON object of your own keys (the body of `updateProfile`). Springfox rendered it as a bean with a `first` property (and, in 2026, its Java getters `empty`, `list`, `map`, which are not on the wire).
 */
export type MapModel = {
    /**
     * First entry of the map.
     */
    first?: {
        [key: string]: unknown;
    } | null;
    [key: string]: unknown;
};

/**
 * A configured messaging channel.
 */
export type MsgChannel = {
    /**
     * Channel id, used as `channelId` when sending (e.g. `wa360:918828218374`).
     */
    channelId: string;
    /**
     * Contact type of the channel.
     */
    contactType?: 'SMS' | 'OA' | 'EMAIL' | 'WHATSAPP' | 'PUSH' | 'FACEBOOK' | 'TELEGRAM' | 'WEBSITE' | 'TWITTER' | 'INSTAGRAM' | 'DUMMY' | 'EMPTY' | null;
    /**
     * Your business number or address on the channel (e.g. `919999998888`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    lane?: string | null;
    /**
     * Channel name set in the configuration.
     */
    name?: string | null;
};

/**
 * A global (company) variable.
 */
export type CompanyVarsConfigDoc = {
    /**
     * Variable id.
     */
    id?: string | null;
    /**
     * Variable key.
     */
    key?: string | null;
    /**
     * Variable value (any JSON value).
     */
    value?: unknown;
    /**
     * Variable type.
     */
    type?: string | null;
    /**
     * Variable group.
     */
    group?: string | null;
    /**
     * What the variable is for.
     */
    description?: string | null;
    /**
     * Whether the variable is disabled.
     */
    disabled?: boolean | null;
    /**
     * Whether the variable is shared.
     */
    shared?: boolean | null;
    /**
     * Tenant domain.
     */
    domain?: string | null;
    /**
     * Server.
     */
    server?: string | null;
    /**
     * Primary.
     */
    primary?: boolean | null;
};

/**
 * Approval state of a template on one channel.
 */
export type ApprovedChannels = {
    /**
     * Channel the template is submitted on.
     */
    channelId?: string | null;
    /**
     * Approval status on that channel.
     */
    status?: string | null;
    /**
     * Template id on that channel.
     */
    templateId?: string | null;
};

/**
 * A media attachment of a template or chat message.
 */
export type Attachment = {
    /**
     * Media id generated by the service (e.g. `12`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    mediaId?: string | null;
    /**
     * Quick media code (e.g. `ABC_PROMO`).
     */
    mediaCode?: string | null;
    /**
     * File name.
     */
    mediaName?: string | null;
    /**
     * Media caption.
     */
    mediaCaption?: string | null;
    /**
     * MIME type (e.g. `image/png`).
     */
    mediaMimeType?: string | null;
    /**
     * Media type.
     */
    mediaType?: 'IMAGE' | 'DOCUMENT' | 'TEXT' | 'PDF' | 'VIDEO' | 'URL' | 'AUDIO' | null;
    /**
     * Media sub-type, e.g. `STORY_MENTION`, `SHARE`, `IMAGE`.
     */
    mediaSubType?: string | null;
    /**
     * Media URL generated by the service.
     */
    mediaURL?: string | null;
    /**
     * Media URL generated by the channel.
     */
    mediaSrc?: string | null;
    /**
     * Unique Attachment Id.
     */
    attachmentId?: string | null;
    /**
     * Drive Code.
     */
    drive?: string | null;
    /**
     * Media ID generated by Channel.
     */
    mediaIdExt?: string | null;
    /**
     * Media ID used by Message for inline/part of body content.
     */
    mediaIdInline?: string | null;
    /**
     * Media Template.
     */
    mediaTemplate?: string | null;
    /**
     * Media Template Wrapper.
     */
    mediaTemplateStyle?: string | null;
};

/**
 * A message template (WhatsApp HSM and others).
 */
export type HsmTemplateDoc = {
    /**
     * Template id (use it as `template.id` when sending).
     */
    id?: string | null;
    /**
     * Template code (use it as `template.code` when sending).
     */
    code?: string | null;
    /**
     * Template name.
     */
    name?: string | null;
    /**
     * Title.
     */
    title?: string | null;
    /**
     * Description.
     */
    desc?: string | null;
    /**
     * Language (e.g. `en_US`).
     */
    lang?: string | null;
    /**
     * Category.
     */
    category?: string | null;
    /**
     * Category type.
     */
    categoryType?: string | null;
    /**
     * Contact type the template is for.
     */
    contactType?: string | null;
    /**
     * Format type.
     */
    formatType?: string | null;
    /**
     * Header text.
     */
    header?: string | null;
    /**
     * Body text, with placeholders.
     */
    body?: string | null;
    /**
     * Footer text.
     */
    footer?: string | null;
    /**
     * Template source.
     */
    template?: string | null;
    /**
     * Media attachments.
     */
    attachments?: Array<Attachment> | null;
    /**
     * Approval state per channel.
     */
    approved?: Array<ApprovedChannels> | null;
    /**
     * Template options (buttons, ...).
     */
    options?: {
        [key: string]: unknown;
    } | null;
    /**
     * Metadata.
     */
    meta?: {
        [key: string]: unknown;
    } | null;
    /**
     * Sample data model.
     */
    model?: {
        [key: string]: unknown;
    } | null;
    /**
     * Author.
     */
    createdBy?: string | null;
    /**
     * Creation time. Epoch milliseconds (`integer(int64)` in the document).
     */
    createdStamp?: number | null;
    /**
     * Category sub type.
     */
    categorySubType?: string | null;
    /**
     * Profile var map.
     */
    profileVarMap?: {
        [key: string]: unknown;
    } | null;
    /**
     * Readonly.
     */
    readonly?: boolean | null;
    /**
     * Tptinfo.
     */
    tptinfo?: Array<TptInfo> | null;
};

/**
 * The client app (API credentials) whose webhook was set. The server answers with the public view of the app, so fields may be missing.
 */
export type ClientApp = {
    /**
     * App id.
     */
    id?: string | null;
    /**
     * App type (a webhook app for this API).
     */
    appType?: string | null;
    /**
     * App mode.
     */
    appMode?: string | null;
    /**
     * Webhook URL Mehery calls (`message/receive`, `contact/info`).
     */
    webhook?: string | null;
    /**
     * Forward URL.
     */
    forward?: string | null;
    /**
     * App hook.
     */
    appHook?: string | null;
    /**
     * App hook forward.
     */
    appHookFrwrd?: string | null;
    /**
     * Queue the app serves.
     */
    queue?: string | null;
    /**
     * Whether the app is an agent app.
     */
    agentApp?: boolean | null;
    /**
     * Whether the app is read-only.
     */
    readOnly?: boolean | null;
    /**
     * Whether the app is shared.
     */
    shared?: boolean | null;
    /**
     * Key.
     */
    key?: string | null;
    /**
     * Key name.
     */
    keyName?: string | null;
    /**
     * Key version.
     */
    keyVersion?: string | null;
    /**
     * App configuration.
     */
    config?: {
        [key: string]: unknown;
    } | null;
    /**
     * App properties.
     */
    props?: {
        [key: string]: unknown;
    } | null;
    /**
     * App secret.
     */
    secret?: {
        [key: string]: unknown;
    } | null;
    /**
     * Custom app.
     */
    customApp?: boolean | null;
    /**
     * Disabled.
     */
    disabled?: boolean | null;
    /**
     * Feedback app.
     */
    feedbackApp?: boolean | null;
    /**
     * Pre defined bot.
     */
    preDefinedBot?: boolean | null;
    /**
     * Time out possible.
     */
    timeOutPossible?: boolean | null;
    /**
     * Type.
     */
    type?: string | null;
    /**
     * Version.
     */
    version?: number | null;
    /**
     * Webhook app.
     */
    webhookApp?: boolean | null;
};

/**
 * Body of `config/webhook`.
 */
export type WebhookUrlRequest = {
    /**
     * The webhook URL: your own application's, or your partner's. HTTPS with a valid certificate.
     */
    url: string;
};

/**
 * Body of `contact/prefs/lang`.
 */
export type ContactPrefsUpdate = {
    /**
     * Contact to update (e.g. `fb:12121212121`).
     */
    contactId: string;
    /**
     * Language to set (e.g. `en_US`).
     */
    lang: string;
};

/**
 * A contact as referenced by events and messages.
 */
export type Contactable = {
    /**
     * Contact id.
     */
    contactId?: string | null;
    /**
     * Contact type.
     */
    contactType?: string | null;
    /**
     * Channel type.
     */
    channelType?: string | null;
    /**
     * Channel-specific id.
     */
    csid?: string | null;
    /**
     * Your business number or address the contact used.
     */
    lane?: string | null;
    /**
     * Name.
     */
    name?: string | null;
    /**
     * Email address.
     */
    email?: string | null;
    /**
     * Phone number.
     */
    phone?: string | null;
};

/**
 * A recipient of an outbox message.
 */
export type ContactMeta = {
    /**
     * Contact id.
     */
    contactId?: string | null;
    /**
     * Contact type.
     */
    contactType?: string | null;
    /**
     * Channel type.
     */
    channelType?: string | null;
    /**
     * Channel-specific id.
     */
    csid?: string | null;
    /**
     * Your business number or address.
     */
    lane?: string | null;
    /**
     * Name.
     */
    name?: string | null;
    /**
     * Email address.
     */
    email?: string | null;
    /**
     * Phone number.
     */
    phone?: string | null;
    /**
     * Phone prefix.
     */
    prefix?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * Language (two-letter code, upper case).
     */
    lang?: 'AB' | 'AE' | 'AF' | 'AK' | 'AM' | 'AN' | 'AR' | 'AS' | 'AV' | 'AY' | 'AZ' | 'BA' | 'BE' | 'BG' | 'BH' | 'BI' | 'BM' | 'BN' | 'BO' | 'BR' | 'BS' | 'CA' | 'CE' | 'CH' | 'CO' | 'CR' | 'CS' | 'CU' | 'CV' | 'CY' | 'DA' | 'DE' | 'DV' | 'DZ' | 'EE' | 'EL' | 'EN' | 'EO' | 'ES' | 'ET' | 'EU' | 'FA' | 'FF' | 'FI' | 'FJ' | 'FO' | 'FR' | 'FY' | 'GA' | 'GD' | 'GL' | 'GN' | 'GU' | 'GV' | 'HA' | 'HI' | 'HO' | 'HR' | 'HT' | 'HU' | 'HY' | 'HZ' | 'IA' | 'IN' | 'IE' | 'IG' | 'II' | 'IK' | 'IO' | 'IS' | 'IT' | 'IU' | 'IW' | 'JA' | 'JI' | 'JV' | 'KA' | 'KG' | 'KI' | 'KJ' | 'KK' | 'KL' | 'KM' | 'KN' | 'KO' | 'KR' | 'KS' | 'KU' | 'KV' | 'KW' | 'KY' | 'LA' | 'LB' | 'LG' | 'LI' | 'LN' | 'LO' | 'LT' | 'LU' | 'LV' | 'MG' | 'MH' | 'MI' | 'MK' | 'ML' | 'MN' | 'MO' | 'MR' | 'MS' | 'MT' | 'MY' | 'NA' | 'NB' | 'ND' | 'NE' | 'NG' | 'NL' | 'NN' | 'NO' | 'NR' | 'NV' | 'NY' | 'OC' | 'OJ' | 'OM' | 'OR' | 'OS' | 'PA' | 'PI' | 'PL' | 'PS' | 'PT' | 'QU' | 'RM' | 'RN' | 'RO' | 'RU' | 'RW' | 'SA' | 'SC' | 'SD' | 'SE' | 'SG' | 'SI' | 'SK' | 'SL' | 'SM' | 'SN' | 'SO' | 'SQ' | 'SR' | 'SS' | 'ST' | 'SU' | 'SV' | 'SW' | 'TA' | 'TE' | 'TG' | 'TH' | 'TI' | 'TK' | 'TL' | 'PH' | 'TN' | 'TO' | 'TR' | 'TS' | 'TT' | 'TW' | 'TY' | 'UG' | 'UK' | 'UR' | 'UZ' | 'VE' | 'VI' | 'VO' | 'WA' | 'WO' | 'XH' | 'YO' | 'ZA' | 'ZH' | 'ZU' | null;
    /**
     * Tenant.
     */
    tenant?: string | null;
    /**
     * User id.
     */
    userid?: string | null;
    /**
     * Filters.
     */
    filter?: Array<MapStringObject> | null;
    /**
     * Key maps.
     */
    keymap?: Array<MapStringString> | null;
    /**
     * Filters.
     */
    filters?: Array<MapStringObject> | null;
};

/**
 * What your business application told Mehery about the contact (see `contact/info`).
 */
export type ContactBusinessProfile = {
    /**
     * Unique id assigned to the contact by your core business application.
     */
    profileId?: string | null;
    /**
     * Name collected by your business.
     */
    name?: string | null;
    /**
     * Email collected by your business.
     */
    email?: string | null;
    /**
     * Mobile number collected by your business (e.g. `919988776655`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    phone?: string | null;
};

/**
 * What the channel told Mehery about the contact.
 */
export type InBoundContactProfile = {
    /**
     * Name collected from the channel.
     */
    name?: string | null;
    /**
     * Email collected from the channel.
     */
    email?: string | null;
    /**
     * Mobile number collected from the channel (e.g. `919988776655`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    phone?: string | null;
};

/**
 * A contact Mehery received a message from.
 */
export type InBoundContact = {
    /**
     * Unique id assigned to the user by the service (e.g. `1234567`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    contactId: string;
    /**
     * Contact type.
     */
    contactType?: 'SMS' | 'OA' | 'EMAIL' | 'WHATSAPP' | 'PUSH' | 'FACEBOOK' | 'TELEGRAM' | 'WEBSITE' | 'TWITTER' | 'INSTAGRAM' | 'DUMMY' | 'EMPTY' | null;
    /**
     * Channel of the message (e.g. `wa360:919988776655`).
     */
    channelId?: string | null;
    /**
     * Channel-specific id.
     */
    csid?: string | null;
    /**
     * Your business number or address the user wrote to (e.g. `919999998888`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    lane?: string | null;
    /**
     * Profile collected from the channel.
     */
    profile?: InBoundContactProfile | null;
    /**
     * Profile collected from your business.
     */
    businessProfile?: ContactBusinessProfile | null;
};

/**
 * A label to attach to the contact.
 */
export type CustomerLabel = {
    /**
     * Unique label type (e.g. `CUSTOMER_TYPE`).
     */
    key: string;
    /**
     * Display name; labels with the same name are grouped. Defaults to `key`.
     */
    name?: string;
    /**
     * Type of the label.
     */
    type?: 'TEXT' | 'DATE' | 'NUMBER' | 'LIST';
    /**
     * Data format, e.g. `MM/DD/YY` for a date.
     */
    format?: string;
    /**
     * Value of the label (e.g. `"Platinum"`).
     */
    value: unknown;
};

/**
 * What your `contact/info` webhook answers: the contact details to record.
 */
export type ContactInfoUpdate = {
    /**
     * Unique id assigned to the contact by your core business application.
     */
    profileId?: string;
    /**
     * Name, if it is to be changed.
     */
    name?: string;
    /**
     * Email, if it is to be changed.
     */
    email?: string;
    /**
     * Mobile number, if it is to be changed (e.g. `919988776655`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    mobile?: string;
    /**
     * Additional labels.
     */
    labels?: Array<CustomerLabel>;
};

/**
 * A link from a customer record or event to another object.
 */
export type DigitalObjectLink = {
    /**
     * Link name.
     */
    linkName?: string | null;
    /**
     * Link type.
     */
    linkType?: string | null;
    /**
     * Link value.
     */
    linkValue?: string | null;
};

/**
 * Body of `data/push`: a customer record.
 */
export type DigitalObjectDto = {
    /**
     * Id of the customer record in your system.
     */
    id: string;
    /**
     * Record type.
     */
    type: string;
    /**
     * Customer details.
     */
    data?: {
        [key: string]: unknown;
    } | null;
    /**
     * Links to other objects.
     */
    links?: Array<DigitalObjectLink> | null;
};

/**
 * Body of `event/push`: a customer event.
 */
export type DigitalEventDto = {
    /**
     * Unique id of the event (e.g. `1234567`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    id: string;
    /**
     * Event name and action (e.g. `CUSTOMER_CREATED`).
     */
    eventName: string;
    /**
     * Links to other objects.
     */
    links?: Array<DigitalObjectLink> | null;
};

/**
 * Body of `session/close`, `session/resolve` and `session/messages`.
 */
export type SessionStatusClose = {
    /**
     * Session id (from the inbound message's `session.sessionId`).
     */
    sessionId: string;
};

/**
 * Body of `session/routing`.
 */
export type SessionQueueAssignment = {
    /**
     * Session to route.
     */
    sessionId: string;
    /**
     * Queue the session is routed to.
     */
    queue: string;
    /**
     * Agent code; only when the queue is an agent queue.
     */
    agent?: string;
    /**
     * Team code; only when the queue is an agent queue.
     */
    team?: string;
    /**
     * Agent skills; only when the queue is an agent queue.
     */
    skills?: Array<string>;
    /**
     * Parameters passed to the target queue.
     */
    params?: {
        [key: string]: unknown;
    };
    /**
     * Note attached to the routing.
     */
    note?: string;
};

/**
 * Routing of a message or event.
 */
export type MessageRouter = {
    /**
     * Router id.
     */
    routerId?: string | null;
    /**
     * Queue code.
     */
    queueCode?: string | null;
    /**
     * Send mode.
     */
    sendMode?: string | null;
    /**
     * Sender app.
     */
    senderApp?: string | null;
    /**
     * Sender code.
     */
    senderCode?: string | null;
    /**
     * Sender type.
     */
    senderType?: string | null;
};

/**
 * Session state attached to an event or message.
 */
export type MessageSession = {
    /**
     * Routing id.
     */
    routingId?: string | null;
    /**
     * Queue.
     */
    queue?: string | null;
    /**
     * Agent.
     */
    agent?: string | null;
    /**
     * Bot.
     */
    bot?: string | null;
    /**
     * Department.
     */
    dept?: string | null;
    /**
     * Mode.
     */
    mode?: string | null;
    /**
     * Whether this is the first message of the session.
     */
    firstMessage?: boolean | null;
    /**
     * Whether this message started the session.
     */
    initMessage?: boolean | null;
    /**
     * Whether the session is resolved.
     */
    resolved?: boolean | null;
    /**
     * Session start. Epoch milliseconds (`integer(int64)` in the document).
     */
    sessionStamp?: number | null;
    /**
     * Ticket hash.
     */
    ticketHash?: string | null;
};

/**
 * Assignment change of a session.
 */
export type SessionAssigned = {
    /**
     * Previous agent.
     */
    oldAgent?: string | null;
    /**
     * Previous bot.
     */
    oldBot?: string | null;
    /**
     * Previous department.
     */
    oldDept?: string | null;
    /**
     * New agent.
     */
    newAgent?: string | null;
    /**
     * New bot.
     */
    newBot?: string | null;
    /**
     * New department.
     */
    newDept?: string | null;
};

/**
 * Routing change of a session.
 */
export type SessionRouted = {
    /**
     * Routing id.
     */
    routingId?: string | null;
    /**
     * Queue the session left.
     */
    sourceQueue?: string | null;
    /**
     * Queue the session entered.
     */
    targetQueue?: string | null;
    /**
     * Whether the routing started the session.
     */
    sessionStart?: boolean | null;
    /**
     * Additional parameters sent by the router.
     */
    params?: {
        [key: string]: unknown;
    } | null;
};

/**
 * A session or contact event.
 */
export type InBoundEvent = {
    /**
     * Event id.
     */
    eventId?: string | null;
    /**
     * Event triggered by the app or service (e.g. `SESSION_ROUTED`).
     */
    eventCode: string;
    /**
     * Checksum.
     */
    checksum?: string | null;
    /**
     * Contact id.
     */
    contactId?: string | null;
    /**
     * Contact.
     */
    contact?: Contactable | null;
    /**
     * Session id.
     */
    sessionId?: string | null;
    /**
     * Session state.
     */
    session?: MessageSession | null;
    /**
     * Assignment change, for assignment events.
     */
    sessionAssigned?: SessionAssigned | null;
    /**
     * Routing change, for routing events.
     */
    sessionRouted?: SessionRouted | null;
    /**
     * Routing.
     */
    route?: MessageRouter | null;
    /**
     * Trace.
     */
    trace?: Array<unknown> | null;
    /**
     * Message id.
     */
    messageId?: string | null;
    /**
     * Message timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    messageTimestamp?: number | null;
    /**
     * Session bulk id.
     */
    sessionBulkId?: string | null;
    /**
     * Session ids.
     */
    sessionIds?: Array<string> | null;
    /**
     * Timeout.
     */
    timeout?: MessageTimeout | null;
    /**
     * Timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    timestamp?: number | null;
    /**
     * Bound Type of Event Triggered by App/Service.
     */
    triggerType?: 'MESSAGE' | 'ACTION' | 'STATUS' | 'SYSTEM' | 'TIMEOUT' | null;
    /**
     * Event Triggered by App/Service.
     */
    type?: 'SESSION_ROUTED' | 'SESSION_INIT' | 'SESSION_CLOSED' | 'SESSION_STATUS' | 'SESSION_ASSIGNED' | 'CONTACT_UPDATE' | 'MESSAGE_INBOUND' | 'MESSAGE_OUTBOUND' | 'REPLY_TIMEOUT' | 'INBOUND_TIMEOUT' | 'OUTBOUND_TIMEOUT' | 'SEND_TIMEOUT' | null;
};

/**
 * Tags extracted from a message.
 */
export type TagDocument = {
    /**
     * Categories.
     */
    categories?: Array<string> | null;
    /**
     * Cities.
     */
    cities?: Array<string> | null;
    /**
     * Countries.
     */
    countries?: Array<string> | null;
    /**
     * Languages.
     */
    langs?: Array<string> | null;
    /**
     * Locations.
     */
    locations?: Array<string> | null;
    /**
     * Organizations.
     */
    organizations?: Array<string> | null;
    /**
     * Persons.
     */
    persons?: Array<string> | null;
    /**
     * Sentiment score.
     */
    sentimentScore?: number | null;
    /**
     * Sentiments.
     */
    sentiments?: Array<string> | null;
};

/**
 * vCard address.
 */
export type PbAddress = {
    type?: string | null;
    street?: string | null;
    city?: string | null;
    state?: string | null;
    zip?: string | null;
    country?: string | null;
    countryCode?: string | null;
    uuid?: string | null;
};

/**
 * vCard date.
 */
export type PbDate = {
    type?: string | null;
    label?: string | null;
    date?: string | null;
    /**
     * Stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    stamp?: number | null;
    /**
     * Stamp local. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    stampLocal?: number | null;
    /**
     * Time zone.
     */
    timeZone?: string | null;
    /**
     * Uuid.
     */
    uuid?: string | null;
};

/**
 * vCard email.
 */
export type PbEmail = {
    type?: string | null;
    label?: string | null;
    email?: string | null;
    uuid?: string | null;
    /**
     * Verified.
     */
    verified?: boolean | null;
};

/**
 * vCard location.
 */
export type PbLocation = {
    name?: string | null;
    address?: string | null;
    latitude?: string | null;
    longitude?: string | null;
    url?: string | null;
};

/**
 * vCard name.
 */
export type PbName = {
    formattedName?: string | null;
    firstName?: string | null;
    middleName?: string | null;
    lastName?: string | null;
};

/**
 * vCard phone.
 */
export type PbPhone = {
    type?: string | null;
    label?: string | null;
    phone?: string | null;
    country?: string | null;
    countryCallingCode?: string | null;
    nationalNumber?: string | null;
    ext?: string | null;
    whatsAppId?: string | null;
    uuid?: string | null;
    /**
     * Verified.
     */
    verified?: boolean | null;
};

/**
 * vCard social profile.
 */
export type PbSocial = {
    service?: string | null;
    userid?: string | null;
};

/**
 * vCard website.
 */
export type PbWebsite = {
    type?: string | null;
    label?: string | null;
    url?: string | null;
    uuid?: string | null;
};

/**
 * vCard work.
 */
export type PbWork = {
    company?: string | null;
    department?: string | null;
    title?: string | null;
    /**
     * Label.
     */
    label?: string | null;
};

/**
 * A contact card (vCard) in a chat or outbox message.
 */
export type PbvCard = {
    /**
     * Name.
     */
    name?: PbName | null;
    /**
     * Addresses.
     */
    addresses?: Array<PbAddress> | null;
    /**
     * Dates.
     */
    dates?: Array<PbDate> | null;
    /**
     * Emails.
     */
    emails?: Array<PbEmail> | null;
    /**
     * Social profiles.
     */
    ims?: Array<PbSocial> | null;
    /**
     * Locations.
     */
    locations?: Array<PbLocation> | null;
    /**
     * Phones.
     */
    phones?: Array<PbPhone> | null;
    /**
     * Websites.
     */
    urls?: Array<PbWebsite> | null;
    /**
     * Work.
     */
    work?: Array<PbWork> | null;
};

/**
 * A message of a session (`session/messages`).
 */
export type ChatMessageDto = {
    /**
     * Message id.
     */
    messageId?: string | null;
    /**
     * Message id on the channel.
     */
    messageIdExt?: string | null;
    /**
     * Referenced message id.
     */
    messageIdRef?: string | null;
    /**
     * Id of the message replied to.
     */
    replyId?: string | null;
    /**
     * Channel id of the message replied to.
     */
    replyIdExt?: string | null;
    /**
     * Message replied to.
     */
    replyTo?: {
        [key: string]: unknown;
    } | null;
    /**
     * Session id.
     */
    sessionId?: string | null;
    /**
     * Bulk session id.
     */
    bulkSessionId?: string | null;
    /**
     * Message type.
     */
    type?: string | null;
    /**
     * Action.
     */
    action?: string | null;
    /**
     * Delivery status.
     */
    status?: string | null;
    /**
     * Sender.
     */
    sender?: string | null;
    /**
     * Sender name.
     */
    name?: string | null;
    /**
     * The contact (`ContactDTO` in the 2026 file; `Contactable` in 2023, which older servers still send).
     */
    contact?: ContactDto | Contactable | null;
    /**
     * Routing.
     */
    route?: MessageRouter | null;
    /**
     * Text.
     */
    text?: string | null;
    /**
     * Template.
     */
    template?: string | null;
    /**
     * Template id.
     */
    templateId?: string | null;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment> | null;
    /**
     * Contact cards.
     */
    vccards?: Array<PbvCard> | null;
    /**
     * Extracted tags.
     */
    tags?: TagDocument | null;
    /**
     * Options (buttons, ...).
     */
    options?: {
        [key: string]: unknown;
    } | null;
    /**
     * Metadata.
     */
    meta?: {
        [key: string]: unknown;
    } | null;
    /**
     * Logs.
     */
    logs?: Array<unknown> | null;
    /**
     * Times of the message's states, epoch milliseconds by state.
     */
    stamps?: {
        [key: string]: number;
    } | null;
    /**
     * Message time. Epoch milliseconds (`integer(int64)` in the document).
     */
    timestamp?: number | null;
    /**
     * Call.
     */
    call?: MessageCall | null;
    /**
     * Form.
     */
    form?: {
        [key: string]: unknown;
    } | null;
    /**
     * Message id resend.
     */
    messageIdResend?: string | null;
    /**
     * Message timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    messageTimestamp?: number | null;
    /**
     * Message trail.
     */
    messageTrail?: string | null;
    /**
     * Referral.
     */
    referral?: MessageReferral | null;
    /**
     * Timeout.
     */
    timeout?: MessageTimeout | null;
};

/**
 * Prompt of an outbox message.
 */
export type MessagePrompt = {
    /**
     * Message id.
     */
    messageId?: string | null;
    /**
     * Page index.
     */
    pageIndex?: number | null;
    /**
     * Prompt type.
     */
    type?: string | null;
};

/**
 * External template of an outbox message.
 */
export type BasicExternalTemplate = {
    /**
     * Template code.
     */
    code?: string | null;
    /**
     * Template.
     */
    template?: {
        [key: string]: unknown;
    } | null;
    /**
     * Variables.
     */
    varMap?: {
        [key: string]: unknown;
    } | null;
};

/**
 * Template to send: give `id` or `code`, and `data` for its placeholders.
 */
export type CommonTemplateMeta = {
    /**
     * Unique template id (e.g. `60d236c6142e53561cb7716c`).
     */
    id?: string | null;
    /**
     * Template code (e.g. `FEEDBACK`).
     */
    code?: string | null;
    /**
     * Language of the template to pick (e.g. `en_US`).
     */
    lang?: string | null;
    /**
     * Values for the template's placeholders; a missing value is sent blank. The message may be rejected if it does not match the approved format.
     */
    data?: {
        [key: string]: unknown;
    } | null;
    /**
     * Linked template.
     */
    linked?: string | null;
};

/**
 * A file of an outbox message.
 */
export type PostManFile = {
    /**
     * File name.
     */
    name?: string | null;
    /**
     * Title.
     */
    title?: string | null;
    /**
     * URL.
     */
    url?: string | null;
    /**
     * Path.
     */
    path?: string | null;
    /**
     * Thumbnail.
     */
    thumb?: string | null;
    /**
     * Extension.
     */
    extension?: string | null;
    /**
     * Content type.
     */
    contentType?: string | null;
    /**
     * Content length in bytes.
     */
    contentLength?: number | null;
    /**
     * Content.
     */
    content?: string | null;
    /**
     * File bytes, base64.
     */
    body?: string | null;
    /**
     * Converter.
     */
    converter?: 'AMXFS' | 'FS' | 'FOP' | 'ITEXT5' | 'ITEXT7' | 'JASPER' | null;
    /**
     * File format.
     */
    fileFormat?: 'PDF' | 'CSV' | 'PNG' | 'JPEG' | 'JPG' | 'BMP' | 'GIF' | 'TIFF' | 'TIF' | 'WEBP' | 'MP3' | 'aac' | 'AMR' | 'OGG' | 'OGG_PLUS' | 'AUDIO_MP4' | 'AUDIO_MPEG' | 'AUDIO_WEBM' | 'AUDIO_OPUS' | 'AUDIO_WEBM_OPUS' | 'MP4' | 'VIDEO_3GPP' | 'JSON' | 'HTML' | 'TEXT' | 'UNKNOWN' | null;
    /**
     * File type.
     */
    fileType?: 'IMAGE' | 'VIDEO' | 'AUDIO' | 'TEXT' | 'DOCUMENT' | 'FILE' | 'URL' | null;
    /**
     * Headers.
     */
    headers?: {
        [key: string]: string;
    } | null;
    /**
     * Password.
     */
    password?: string | null;
    /**
     * Template.
     */
    template?: CommonTemplateMeta | null;
    /**
     * Metadata.
     */
    meta?: {
        [key: string]: unknown;
    } | null;
    /**
     * Model.
     */
    model?: {
        [key: string]: unknown;
    } | null;
    /**
     * Options.
     */
    options?: {
        [key: string]: unknown;
    } | null;
};

/**
 * The server's internal outbox message. No documented operation returns it.
 */
export type OutboxMessage = {
    /**
     * Id.
     */
    id?: string | null;
    /**
     * Message id.
     */
    messageId?: string | null;
    /**
     * Message id on the channel.
     */
    messageIdExt?: string | null;
    /**
     * Referenced message id.
     */
    messageIdRef?: string | null;
    /**
     * Id of the message replied to.
     */
    replyId?: string | null;
    /**
     * Channel id of the message replied to.
     */
    replyIdExt?: string | null;
    /**
     * Reference key.
     */
    referenceKey?: string | null;
    /**
     * Collapse id.
     */
    collapseId?: string | null;
    /**
     * Session id.
     */
    sessionId?: string | null;
    /**
     * Session.
     */
    session?: MessageSession | null;
    /**
     * Type.
     */
    type?: string | null;
    /**
     * Action.
     */
    action?: string | null;
    /**
     * Status.
     */
    status?: 'SCHLD' | 'CRTD' | 'INIT' | 'SENT' | 'SENT_ERR' | 'SENT_EXC' | 'SENTX' | 'SENTX_ERR' | 'DLVRD' | 'READ' | 'NSENT' | 'BLCKD' | 'LIMIT' | 'FAILD' | 'DELTD' | 'CCWIN' | 'RECEIVD' | 'FORWARDED' | 'FORWARD_ERR' | 'STATUS_FORWARD_ERR' | 'DRFTD' | 'CLKD' | 'RPLD' | 'BNCD' | 'CONSUMED' | 'STOPPED' | 'RESUMED' | null;
    /**
     * Attempt.
     */
    attempt?: number | null;
    /**
     * Priority.
     */
    priority?: number | null;
    /**
     * Queue.
     */
    queue?: number | null;
    /**
     * From.
     */
    from?: string | null;
    /**
     * Sender name.
     */
    fromName?: string | null;
    /**
     * Recipients.
     */
    to?: Array<string> | null;
    /**
     * Channel-specific id.
     */
    csid?: string | null;
    /**
     * Contact.
     */
    contact?: Contactable | null;
    /**
     * Recipients.
     */
    contacts?: Array<ContactMeta> | null;
    /**
     * Subject.
     */
    subject?: string | null;
    /**
     * Message.
     */
    message?: string | null;
    /**
     * Lines.
     */
    lines?: Array<string> | null;
    /**
     * Footer.
     */
    footer?: string | null;
    /**
     * Format type.
     */
    formatType?: string | null;
    /**
     * Format sub-type.
     */
    formatSubType?: string | null;
    /**
     * Template.
     */
    hsm?: CommonTemplateMeta | null;
    /**
     * External template.
     */
    templateExt?: BasicExternalTemplate | null;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment> | null;
    /**
     * Files.
     */
    files?: Array<PostManFile> | null;
    /**
     * Contact cards.
     */
    vccards?: Array<PbvCard> | null;
    /**
     * Prompt.
     */
    prompt?: MessagePrompt | null;
    /**
     * Routing.
     */
    route?: MessageRouter | null;
    /**
     * Raw message.
     */
    rawMessageFormat?: {
        [key: string]: unknown;
    } | null;
    /**
     * Metadata.
     */
    meta?: {
        [key: string]: unknown;
    } | null;
    /**
     * Model.
     */
    model?: {
        [key: string]: unknown;
    } | null;
    /**
     * Options.
     */
    options?: {
        [key: string]: unknown;
    } | null;
    /**
     * Logs.
     */
    logs?: Array<unknown> | null;
    /**
     * Trace.
     */
    trace?: Array<unknown> | null;
    /**
     * Times of the message's states, epoch milliseconds by state.
     */
    stamps?: {
        [key: string]: number;
    } | null;
    /**
     * Time. Epoch milliseconds (`integer(int64)` in the document).
     */
    timestamp?: number | null;
    /**
     * Bulk session id.
     */
    bulkSessionId?: string | null;
    /**
     * Campaign title.
     */
    campaignTitle?: string | null;
    /**
     * Cancel existing.
     */
    cancelExisting?: boolean | null;
    /**
     * Dump.
     */
    dump?: RestMapModel | null;
    /**
     * Filters.
     */
    filters?: Array<string> | null;
    /**
     * Group id.
     */
    groupId?: string | null;
    /**
     * Group name.
     */
    groupName?: string | null;
    /**
     * Groups.
     */
    groups?: Array<string> | null;
    /**
     * Message id resend.
     */
    messageIdResend?: string | null;
    /**
     * Message timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    messageTimestamp?: number | null;
    /**
     * Profileid.
     */
    profileid?: string | null;
    /**
     * Referral.
     */
    referral?: MessageReferral | null;
    /**
     * Reply to.
     */
    replyTo?: {
        [key: string]: unknown;
    } | null;
    /**
     * Scheduler.
     */
    scheduler?: ChronoScheduler | null;
    /**
     * Session bulk id.
     */
    sessionBulkId?: string | null;
    /**
     * Timeout.
     */
    timeout?: MessageTimeout | null;
};

/**
 * Recipient. Give what identifies the contact on the channel: `contactId`, or `phone` (SMS, WhatsApp), or `email`.
 */
export type OutBoundContact = {
    /**
     * Unique id of the contact, as received in inbound messages (`contacts[].contactId`).
     */
    contactId?: string;
    /**
     * Phone number, for SMS and WhatsApp.
     */
    phone?: string;
    /**
     * Email address, for email.
     */
    email?: string;
    /**
     * Name to use; overrides the name in the message.
     */
    name?: string;
    /**
     * Filter on contact profile/user/device.
     */
    filter?: {
        [key: string]: unknown;
    };
};

/**
 * Text of a `text` message.
 */
export type OutBoundMsgText = {
    /**
     * Message text.
     */
    body: string;
    /**
     * Subject line for email messages.
     */
    subject?: string;
};

/**
 * Media of an `image`, `video`, `audio` or `document` message.
 */
export type OutBoundMsgMedia = {
    /**
     * Public URL of the media file.
     */
    link?: string;
    /**
     * Caption.
     */
    caption?: string;
    /**
     * File name (documents).
     */
    filename?: string;
};

/**
 * Address of a contact card.
 */
export type OutBoundMsgContactAddress = {
    /**
     * Address type (e.g. `HOME`).
     */
    type?: string;
    /**
     * Street.
     */
    street?: string;
    /**
     * City.
     */
    city?: string;
    /**
     * State.
     */
    state?: string;
    /**
     * Postal code (e.g. `94025`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    zip?: string;
    /**
     * Country.
     */
    country?: string;
    /**
     * Country code (e.g. `us`).
     */
    country_code?: string;
};

/**
 * Email of a contact card.
 */
export type OutBoundMsgContactEmail = {
    /**
     * Email type (e.g. `WORK`).
     */
    type?: string;
    /**
     * Email address.
     */
    email?: string;
};

/**
 * Name of a contact card.
 */
export type OutBoundMsgContactName = {
    /**
     * Full name.
     */
    formatted_name?: string;
    /**
     * First name.
     */
    first_name?: string;
    /**
     * Last name.
     */
    last_name?: string;
};

/**
 * Organization of a contact card.
 */
export type OutBoundMsgContactOrg = {
    /**
     * Company.
     */
    company?: string;
    /**
     * Department.
     */
    department?: string;
    /**
     * Title.
     */
    title?: string;
};

/**
 * Phone of a contact card.
 */
export type OutBoundMsgContactPhone = {
    /**
     * Phone type (e.g. `HOME`).
     */
    type?: string;
    /**
     * Phone number.
     */
    phone?: string;
    /**
     * WhatsApp id (e.g. `16505551234`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    wa_id?: string;
};

/**
 * Social profile of a contact card.
 */
export type OutBoundMsgContactSocial = {
    /**
     * Service (e.g. `FACEBOOK`).
     */
    service?: string;
    /**
     * User id or profile URL.
     */
    userid?: string;
};

/**
 * Website of a contact card.
 */
export type OutBoundMsgContactUrl = {
    /**
     * URL type (e.g. `WORK`).
     */
    type?: string;
    /**
     * URL.
     */
    url?: string;
};

/**
 * A contact card of a `contacts` message.
 */
export type CommonMsgContactCard = {
    /**
     * Name.
     */
    name?: OutBoundMsgContactName;
    /**
     * Birthday.
     */
    birthday?: string;
    /**
     * Addresses.
     */
    addresses?: Array<OutBoundMsgContactAddress>;
    /**
     * Emails.
     */
    emails?: Array<OutBoundMsgContactEmail>;
    /**
     * Social profiles.
     */
    ims?: Array<OutBoundMsgContactSocial>;
    /**
     * Organization.
     */
    org?: OutBoundMsgContactOrg;
    /**
     * Phones.
     */
    phones?: Array<OutBoundMsgContactPhone>;
    /**
     * Websites.
     */
    urls?: Array<OutBoundMsgContactUrl>;
};

/**
 * A location (sent or received).
 */
export type CommonMsgLocation = {
    /**
     * Latitude (e.g. `12.90909`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    latitude: string;
    /**
     * Longitude (e.g. `6.90808`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    longitude: string;
    /**
     * Location name.
     */
    name?: string | null;
    /**
     * Address text.
     */
    address?: string | null;
    /**
     * Location URL.
     */
    url?: string | null;
};

/**
 * A button.
 */
export type TmplElement = {
    /**
     * Button type.
     */
    type?: 'QUICK_REPLY' | 'URL' | 'PHONE_NUMBER' | 'LOCATION_REQUEST';
    /**
     * Name.
     */
    name?: string;
    /**
     * Key to be used programmatically (e.g. `occupation`).
     */
    code?: string;
    /**
     * Display text.
     */
    label?: string;
    /**
     * Description of the element.
     */
    desc?: string;
    /**
     * URL, when `type` is `URL`.
     */
    url?: string;
    /**
     * Phone number, when `type` is `PHONE_NUMBER`.
     */
    phone?: string;
    /**
     * Required in case of WA Flows.
     */
    action?: string;
    /**
     * Params.
     */
    params?: TmplElementParams;
    /**
     * If type is set to URL.
     */
    shorturl?: string;
    /**
     * Any UniqeId to be used.
     */
    uid?: string;
    /**
     * dynamic variable.
     */
    variable?: string;
};

/**
 * Message options (buttons).
 */
export type CommonMsgOptions = {
    /**
     * Buttons.
     */
    buttons?: Array<TmplElement>;
    /**
     * Button Display Scheme.
     */
    buttonDisplayScheme?: 'auto' | 'list' | 'buttons';
    /**
     * Style.
     */
    style?: string;
};

/**
 * A text message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundTextMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'text';
    /**
     * Text, for `type: text`.
     */
    text: OutBoundMsgText;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * An image message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundImageMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'image';
    /**
     * Image, for `type: image`.
     */
    image: OutBoundMsgMedia;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A video message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundVideoMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'video';
    /**
     * Video, for `type: video`.
     */
    video: OutBoundMsgMedia;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * An audio message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundAudioMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'audio';
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio: OutBoundMsgMedia;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A voice message. The document has no `voice` payload field for outbound messages; presumably the file goes in `audio` (not verified), so no field is required. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundVoiceMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'voice';
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A document message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundDocumentMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'document';
    /**
     * Document, for `type: document`.
     */
    document: OutBoundMsgMedia;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A location message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundLocationMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'location';
    /**
     * Location, for `type: location`.
     */
    location: CommonMsgLocation;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A contacts message (one or more contact cards). The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundContactsMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'contacts';
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts: Array<CommonMsgContactCard>;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A template (HSM) message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundTemplateMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'template';
    /**
     * Template, for `type: template`.
     */
    template: CommonTemplateMeta;
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * A system message. The document describes no payload for it. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundSystemMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'system';
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * Opt the contact in (e.g. WhatsApp opt-in). No payload. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundOptinMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'optin';
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * Opt the contact out. No payload. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export type OutBoundOptoutMsg = {
    /**
     * Id of the channel to send on (see `listChannels`), e.g. `91SERVICENUMBER`.
     */
    channelId: string;
    /**
     * Recipient.
     */
    to: OutBoundContact;
    /**
     * Message type.
     */
    type: 'optout';
    /**
     * Buttons, for the message kinds that take them.
     */
    options?: CommonMsgOptions;
    /**
     * Mask the outgoing message data (in logs and archives). Default `false`.
     */
    mask?: boolean;
    /**
     * Text, for `type: text`.
     */
    text?: OutBoundMsgText;
    /**
     * Image, for `type: image`.
     */
    image?: OutBoundMsgMedia;
    /**
     * Video, for `type: video`.
     */
    video?: OutBoundMsgMedia;
    /**
     * Audio, for `type: audio` (and `voice`).
     */
    audio?: OutBoundMsgMedia;
    /**
     * Document, for `type: document`.
     */
    document?: OutBoundMsgMedia;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation;
    /**
     * Contact cards, for `type: contacts`.
     */
    contacts?: Array<CommonMsgContactCard>;
    /**
     * Template, for `type: template`.
     */
    template?: CommonTemplateMeta;
    /**
     * Activity.
     */
    activity?: OutBoundMsgActivity;
    /**
     * Attachments.
     */
    attachments?: Array<Attachment>;
    /**
     * campaign.
     */
    campaignId?: string;
    /**
     * Messsage to be resent.
     */
    messageIdResend?: string;
    /**
     * Push.
     */
    push?: {
        [key: string]: unknown;
    };
    /**
     * Style.
     */
    style?: {
        [key: string]: unknown;
    };
    /**
     * Timeout.
     */
    timeout?: MessageTimeout;
};

/**
 * Body of `message/send`: one message, its kind named by `type`. Every kind takes `channelId` and `to`; the payload field named like the kind (`text`, `image`, `template`, ...) carries the content.
 */
export type OutBoundMsg = ({
    type: 'text';
} & OutBoundTextMsg) | ({
    type: 'image';
} & OutBoundImageMsg) | ({
    type: 'video';
} & OutBoundVideoMsg) | ({
    type: 'audio';
} & OutBoundAudioMsg) | ({
    type: 'voice';
} & OutBoundVoiceMsg) | ({
    type: 'document';
} & OutBoundDocumentMsg) | ({
    type: 'location';
} & OutBoundLocationMsg) | ({
    type: 'contacts';
} & OutBoundContactsMsg) | ({
    type: 'template';
} & OutBoundTemplateMsg) | ({
    type: 'system';
} & OutBoundSystemMsg) | ({
    type: 'optin';
} & OutBoundOptinMsg) | ({
    type: 'optout';
} & OutBoundOptoutMsg);

/**
 * Receipt of a sent message. Spelled `Reciept` in the document (sic).
 */
export type OutBoundReciept = {
    /**
     * Id of the queued message (e.g. `gBEGkYiEB1VXAglK1ZEqA1YKPrU`); statuses in `message/receive` carry it as `statuses[].id`.
     */
    id: string;
    /**
     * Campaign id.
     */
    campaignId?: string | null;
    /**
     * Template code.
     */
    templateCode?: string | null;
    /**
     * Template id.
     */
    templateId?: string | null;
    /**
     * Type.
     */
    type?: string | null;
};

/**
 * Where a webhook call comes from.
 */
export type InBoundMeta = {
    /**
     * Client app id, if the webhook is set for an app.
     */
    appId?: string | null;
    /**
     * Your domain name (tenant).
     */
    domain?: string | null;
    /**
     * Server, per environment.
     */
    server?: string | null;
    /**
     * Whether the tenant is in debug mode.
     */
    debug?: boolean | null;
    /**
     * Client App Queue Code if webhook is set for an App.
     */
    appCode?: string | null;
    /**
     * Client App mode.
     */
    appMode?: 'AGENT' | 'BOT' | 'SCRIPTUS' | 'PUSH' | 'WEBHOOK' | 'NONE' | null;
    /**
     * Client App Type.
     */
    appType?: 'FEEDBACK_V2' | 'BOTFLOW' | 'APP_SCRIPT' | 'BOT' | 'FAQ' | 'DEFAULT' | null;
};

/**
 * Media of an inbound message.
 */
export type InBoundMsgMedia = {
    /**
     * Media id (e.g. `2121212`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    id?: string | null;
    /**
     * Media type.
     */
    type?: string | null;
    /**
     * Link to the file.
     */
    link?: string | null;
    /**
     * Secure link to the file.
     */
    linkSecure?: string | null;
    /**
     * MIME type of the media.
     */
    mime_type?: string | null;
    /**
     * Checksum.
     */
    sha256?: string | null;
    /**
     * Caption given with the media.
     */
    caption?: string | null;
    /**
     * File name on the sender's device.
     */
    filename?: string | null;
};

/**
 * Text of an inbound message.
 */
export type InBoundMsgText = {
    /**
     * Message text.
     */
    body: string;
    /**
     * Message type.
     */
    type?: string | null;
};

/**
 * Session of an inbound message.
 */
export type MsgSession = {
    /**
     * Session id; pass it to the session operations.
     */
    sessionId?: string | null;
    /**
     * Routing id.
     */
    routingId?: string | null;
    /**
     * Agent the message is assigned to, if any.
     */
    assignedToAgent?: string | null;
    /**
     * Department the message is assigned to, if any.
     */
    assignedToDept?: string | null;
};

/**
 * A message a contact sent.
 */
export type InBoundMsg = {
    /**
     * Unique message id assigned by the service (e.g. `1234567`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    id: string;
    /**
     * Message id assigned by the channel, if any. A string, though the document's example shows a number (a Springfox rendering slip).
     */
    messageIdExt?: string | null;
    /**
     * Message type; says which payload field is set.
     */
    type: 'audio' | 'document' | 'image' | 'location' | 'system' | 'text' | 'video' | 'voice';
    /**
     * Message time. Epoch milliseconds (`integer(int64)` in the document).
     */
    timestamp?: number | null;
    /**
     * Unique contact id of the user.
     */
    contactId?: string | null;
    /**
     * Contact of the user (e.g. a phone number). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    from?: string | null;
    /**
     * Session of the message.
     */
    session?: MsgSession | null;
    /**
     * Text, for `type: text`.
     */
    text?: InBoundMsgText | null;
    /**
     * Image, for `type: image`.
     */
    image?: InBoundMsgMedia | null;
    /**
     * Video, for `type: video`.
     */
    video?: InBoundMsgMedia | null;
    /**
     * Audio, for `type: audio`.
     */
    audio?: InBoundMsgMedia | null;
    /**
     * Voice note, for `type: voice`.
     */
    voice?: InBoundMsgMedia | null;
    /**
     * Document, for `type: document`.
     */
    document?: InBoundMsgMedia | null;
    /**
     * Location, for `type: location`.
     */
    location?: CommonMsgLocation | null;
    /**
     * Attachments.
     */
    attachments?: Array<InBoundMsgMedia> | null;
    /**
     * Extracted tags.
     */
    tags?: TagDocument | null;
    /**
     * Original message sent by the channel; only if the service modified it or failed on it.
     */
    originalMessage?: {
        [key: string]: unknown;
    } | null;
    /**
     * Form (Button/List/Flows) selections by user.
     */
    form?: FormReply | null;
    /**
     * Reference source of Inbound Message.
     */
    referral?: MessageReferral | null;
};

/**
 * Why a message failed.
 */
export type MessageReportError = {
    /**
     * Error code (e.g. `470`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    code: string;
    /**
     * Error title.
     */
    title?: string | null;
    /**
     * Error details, if available.
     */
    details?: string | null;
    /**
     * Where the error is described.
     */
    href?: string | null;
};

/**
 * A status update of a message you sent.
 */
export type InBoundMsgStatus = {
    /**
     * Message id assigned by the service (`OutBoundReciept.id`). A string, though the document's example shows a number (a Springfox rendering slip).
     */
    id: string;
    /**
     * Message id assigned by the channel, if any. A string, though the document's example shows a number (a Springfox rendering slip).
     */
    messageIdExt?: string | null;
    /**
     * Unique contact id of the user.
     */
    contactId?: string | null;
    /**
     * Latest status of the message.
     */
    status: 'READ' | 'DLVRD' | 'SENT' | 'FAILD' | 'DELTD';
    /**
     * Status time. Epoch milliseconds (`integer(int64)` in the document).
     */
    timestamp?: number | null;
    /**
     * Errors, for a failed message.
     */
    errors?: Array<MessageReportError> | null;
    /**
     * Contact.
     */
    contact?: InBoundContact | null;
    /**
     * Session information for the message.
     */
    session?: MsgSession | null;
};

/**
 * An action to perform.
 */
export type InBoundAction = {
    /**
     * Action triggered by an agent or the service (e.g. `SEND_INVOICE`).
     */
    actionCode: string;
};

/**
 * Messages received from contacts. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export type InBoundMessagesWrapper = {
    /**
     * Kind of notification.
     */
    type: 'messages';
    /**
     * Messages received.
     */
    messages: Array<InBoundMsg>;
    /**
     * Where the call comes from.
     */
    meta?: InBoundMeta | null;
    /**
     * Contacts the notification concerns.
     */
    contacts?: Array<InBoundContact> | null;
    /**
     * Actions triggered.
     */
    actions?: Array<InBoundAction> | null;
    /**
     * Events.
     */
    events?: Array<InBoundEvent> | null;
    /**
     * Status updates.
     */
    statuses?: Array<InBoundMsgStatus> | null;
};

/**
 * Actions triggered by an agent or the service. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export type InBoundActionsWrapper = {
    /**
     * Kind of notification.
     */
    type: 'actions';
    /**
     * Actions triggered.
     */
    actions: Array<InBoundAction>;
    /**
     * Where the call comes from.
     */
    meta?: InBoundMeta | null;
    /**
     * Contacts the notification concerns.
     */
    contacts?: Array<InBoundContact> | null;
    /**
     * Messages received.
     */
    messages?: Array<InBoundMsg> | null;
    /**
     * Events.
     */
    events?: Array<InBoundEvent> | null;
    /**
     * Status updates.
     */
    statuses?: Array<InBoundMsgStatus> | null;
};

/**
 * Session and contact events. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export type InBoundEventsWrapper = {
    /**
     * Kind of notification.
     */
    type: 'events';
    /**
     * Events.
     */
    events: Array<InBoundEvent>;
    /**
     * Where the call comes from.
     */
    meta?: InBoundMeta | null;
    /**
     * Contacts the notification concerns.
     */
    contacts?: Array<InBoundContact> | null;
    /**
     * Messages received.
     */
    messages?: Array<InBoundMsg> | null;
    /**
     * Actions triggered.
     */
    actions?: Array<InBoundAction> | null;
    /**
     * Status updates.
     */
    statuses?: Array<InBoundMsgStatus> | null;
};

/**
 * Status updates of messages you sent. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export type InBoundStatusesWrapper = {
    /**
     * Kind of notification.
     */
    type: 'statuses';
    /**
     * Status updates.
     */
    statuses: Array<InBoundMsgStatus>;
    /**
     * Where the call comes from.
     */
    meta?: InBoundMeta | null;
    /**
     * Contacts the notification concerns.
     */
    contacts?: Array<InBoundContact> | null;
    /**
     * Messages received.
     */
    messages?: Array<InBoundMsg> | null;
    /**
     * Actions triggered.
     */
    actions?: Array<InBoundAction> | null;
    /**
     * Events.
     */
    events?: Array<InBoundEvent> | null;
};

/**
 * Body of the `message/receive` webhook: `type` says which list carries the notification (`messages`, `actions`, `events` or `statuses`); `contacts` and `meta` come with every kind.
 */
export type InBoundWrapper = ({
    type: 'messages';
} & InBoundMessagesWrapper) | ({
    type: 'actions';
} & InBoundActionsWrapper) | ({
    type: 'events';
} & InBoundEventsWrapper) | ({
    type: 'statuses';
} & InBoundStatusesWrapper);

/**
 * Paging of a list answer (page number and size, total, links to the neighbouring pages).
 */
export type ApiPagination = {
    /**
     * Last page.
     */
    lastPage?: number | null;
    /**
     * Next page url.
     */
    nextPageUrl?: string | null;
    /**
     * Page no.
     */
    pageNo?: number | null;
    /**
     * Page size.
     */
    pageSize?: number | null;
    /**
     * Prev page url.
     */
    prevPageUrl?: string | null;
    /**
     * Sort by.
     */
    sortBy?: string | null;
    /**
     * Sort dir.
     */
    sortDir?: string | null;
    /**
     * Total.
     */
    total?: number | null;
};

/**
 * `ApiResponse` carrying `CampaignDto` results (the vendor file's `ApiResponse«CampaignDto,object»`).
 */
export type ApiResponseCampaignDto = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: CampaignDto | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<CampaignDto>;
};

/**
 * `ApiResponse` carrying `MapModel` results (the vendor file's `ApiResponse«MapModel,object»`).
 */
export type ApiResponseMapModel = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: MapModel | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<MapModel>;
};

/**
 * `ApiResponse` carrying `NexuzCustomerUpdate` results (the vendor file's `ApiResponse«NexuzCustomerUpdate,object»`).
 */
export type ApiResponseNexuzCustomerUpdate = ApiResponse & {
    /**
     * The first result, when the server fills it (older servers); read `results` instead.
     */
    data?: NexuzCustomerUpdate | null;
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<NexuzCustomerUpdate>;
};

/**
 * `ApiResultsMetaCompactResponse` carrying `PBContactDoc` results (the vendor file's `ApiResultsMetaCompactResponse«PBContactDoc,object»`).
 */
export type ApiResultsMetaCompactResponsePbContactDoc = ApiResultsMetaCompactResponse & {
    /**
     * The results (a single-element list for calls that return one item).
     */
    results: Array<PbContactDoc>;
};

/**
 * A campaign: a template sent to a group of contacts on a channel.
 */
export type CampaignDto = {
    /**
     * Campaign id.
     */
    campaignId?: string;
    /**
     * How the campaign is sent, e.g. `BROADCAST`. A Java enum, which the vendor file renders as the property-less schema `Enum`; on the wire it is its name, a string.
     */
    campaignMode?: string;
    /**
     * Campaign title.
     */
    campaignTitle: string;
    /**
     * Channel id.
     */
    channelId?: string;
    /**
     * Contact type.
     */
    contactType: string;
    /**
     * Template code.
     */
    templateCode: string;
};

/**
 * The customer profile linked to a contact.
 */
export type ChatProfileDto = {
    /**
     * Code.
     */
    code?: string | null;
    /**
     * Contact id.
     */
    contactId?: string | null;
    /**
     * Email.
     */
    email?: string | null;
    /**
     * Id.
     */
    id?: string | null;
    /**
     * Labels.
     */
    labels?: Array<CustomerLabel> | null;
    /**
     * Mobile.
     */
    mobile?: string | null;
    /**
     * Name.
     */
    name?: string | null;
    /**
     * Profile id.
     */
    profileId?: string | null;
    /**
     * User id.
     */
    userId?: string | null;
};

/**
 * When a scheduled outbox message is sent (start, end, repeat).
 */
export type ChronoScheduler = {
    /**
     * Data.
     */
    data?: {
        [key: string]: unknown;
    } | null;
    /**
     * End at.
     */
    endAt?: string | null;
    /**
     * Interval.
     */
    interval?: string | null;
    /**
     * Repeat.
     */
    repeat?: boolean | null;
    /**
     * Repeat count.
     */
    repeatCount?: number | null;
    /**
     * Start at.
     */
    startAt?: string | null;
    /**
     * Task id.
     */
    taskId?: string | null;
    /**
     * Topic.
     */
    topic?: string | null;
};

/**
 * A contact as the session messages carry it (2026 file; replaces `Contactable` there).
 */
export type ContactDto = {
    /**
     * Channel type.
     */
    channelType?: string | null;
    /**
     * Contact id.
     */
    contactId?: string | null;
    /**
     * Contact type.
     */
    contactType?: string | null;
    /**
     * Country.
     */
    country?: string | null;
    /**
     * Created by.
     */
    createdBy?: string | null;
    /**
     * Created stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    createdStamp?: number | null;
    /**
     * Csid.
     */
    csid?: string | null;
    /**
     * Email.
     */
    email?: string | null;
    /**
     * Email verified.
     */
    emailVerified?: boolean | null;
    /**
     * Filters.
     */
    filters?: Array<MapStringObject> | null;
    /**
     * First in bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    firstInBoundStamp?: number | null;
    /**
     * First out bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    firstOutBoundStamp?: number | null;
    /**
     * Keymap.
     */
    keymap?: Array<MapStringString> | null;
    /**
     * Label id.
     */
    labelId?: Array<string> | null;
    /**
     * Lane.
     */
    lane?: string | null;
    /**
     * Last in bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    lastInBoundStamp?: number | null;
    /**
     * Last opt in stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    lastOptInStamp?: number | null;
    /**
     * Last out bound stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    lastOutBoundStamp?: number | null;
    /**
     * Last push stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    lastPushStamp?: number | null;
    /**
     * Last reply stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    lastReplyStamp?: number | null;
    /**
     * Name.
     */
    name?: string | null;
    /**
     * Phone.
     */
    phone?: string | null;
    /**
     * Phone verified.
     */
    phoneVerified?: boolean | null;
    /**
     * Prefix.
     */
    prefix?: string | null;
    /**
     * Profile.
     */
    profile?: ChatProfileDto | null;
    /**
     * Profile pic.
     */
    profilePic?: string | null;
    /**
     * Session id.
     */
    sessionId?: string | null;
    /**
     * Tenant.
     */
    tenant?: string | null;
    /**
     * Userid.
     */
    userid?: string | null;
    /**
     * Vcall meta.
     */
    vcallMeta?: VCallMeta | null;
};

/**
 * A Java enum as Springfox rendered it (no properties): the campaign mode, sent as a string.
 */
export type Enum = {
    [key: string]: unknown;
};

/**
 * The answer of a customer to a form (WhatsApp Flows).
 */
export type FormReply = {
    /**
     * Button Description.
     */
    reply_desc?: string | null;
    /**
     * Button Code.
     */
    reply_id?: string | null;
    /**
     * JSON Collection of all input selections by customer in form.
     */
    reply_json?: {
        [key: string]: unknown;
    } | null;
    /**
     * Button Title.
     */
    reply_title?: string | null;
};

/**
 * A voice call attached to a message.
 */
export type MessageCall = {
    /**
     * Agent id.
     */
    agentId?: string | null;
    /**
     * Direction.
     */
    direction?: string | null;
    /**
     * Duration.
     */
    duration?: number | null;
    /**
     * End stamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    endStamp?: number | null;
    /**
     * Event.
     */
    event?: string | null;
    /**
     * Id.
     */
    id?: string | null;
    /**
     * Sdp type.
     */
    sdpType?: string | null;
    /**
     * Status.
     */
    status?: string | null;
    /**
     * Timestamp. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    timestamp?: number | null;
};

/**
 * The ad or post a customer came from (click-to-chat referral).
 */
export type MessageReferral = {
    /**
     * Body.
     */
    body?: string | null;
    /**
     * Bulk id.
     */
    bulkId?: string | null;
    /**
     * Image url.
     */
    imageUrl?: string | null;
    /**
     * Info.
     */
    info?: {
        [key: string]: unknown;
    } | null;
    /**
     * Media caption.
     */
    mediaCaption?: string | null;
    /**
     * Media name.
     */
    mediaName?: string | null;
    /**
     * Media type.
     */
    mediaType?: string | null;
    /**
     * Media url.
     */
    mediaUrl?: string | null;
    /**
     * Message id.
     */
    messageId?: string | null;
    /**
     * Message id ext.
     */
    messageIdExt?: string | null;
    /**
     * Category of Referral Source.
     */
    sourceCategory?: 'message' | 'social' | 'ads' | 'campaign' | null;
    /**
     * Source id.
     */
    sourceId?: string | null;
    /**
     * Type of Referral Source.
     */
    sourceType?: 'inbound' | 'outbound' | 'feedback' | 'story' | 'post' | null;
    /**
     * Source url.
     */
    sourceUrl?: string | null;
    /**
     * Thumb url.
     */
    thumbUrl?: string | null;
    /**
     * Title.
     */
    title?: string | null;
};

/**
 * Timeouts for delivery, read and reply, in milliseconds.
 */
export type MessageTimeout = {
    /**
     * Delivery.
     */
    delivery?: number | null;
    /**
     * Read.
     */
    read?: number | null;
    /**
     * Reply.
     */
    reply?: number | null;
};

/**
 * A Nexuz customer profile (name, code, emails, phones).
 */
export type NexuzCustomerUpdate = {
    /**
     * Additional info.
     */
    additionalInfo?: {
        [key: string]: unknown;
    } | null;
    /**
     * Code.
     */
    code?: string | null;
    /**
     * Emails.
     */
    emails?: Array<PbEmail> | null;
    /**
     * Name.
     */
    name?: string | null;
    /**
     * Phones.
     */
    phones?: Array<PbPhone> | null;
};

/**
 * The activity (a marketing journey step) a sent message belongs to.
 */
export type OutBoundMsgActivity = {
    /**
     * Activity id.
     */
    activityId?: string;
};

/**
 * A contact found by `lookupContact`.
 */
export type PbContactDoc = {
    /**
     * Contact id.
     */
    contactId?: string | null;
    /**
     * Csid.
     */
    csid?: string | null;
    /**
     * Email.
     */
    email?: PbEmail | null;
    /**
     * Name.
     */
    name?: PbName | null;
    /**
     * Phone.
     */
    phone?: PbPhone | null;
    /**
     * Type.
     */
    type?: 'SMS' | 'OA' | 'EMAIL' | 'WHATSAPP' | 'PUSH' | 'FACEBOOK' | 'TELEGRAM' | 'WEBSITE' | 'TWITTER' | 'INSTAGRAM' | 'DUMMY' | 'EMPTY' | null;
};

/**
 * A proxied REST call: its request, response and metadata.
 */
export type RestMapModel = {
    /**
     * Meta.
     */
    meta?: {
        [key: string]: unknown;
    } | null;
    /**
     * Request.
     */
    request?: RestObjectRequestMapModel | null;
    /**
     * Response.
     */
    response?: RestObjectRequestMapModel | null;
};

/**
 * A proxied request or response: status and body.
 */
export type RestObjectRequestMapModel = {
    /**
     * Body.
     */
    body?: MapModel | null;
    /**
     * Status.
     */
    status?: string | null;
};

/**
 * Parameters of a template element (the country code of a phone button).
 */
export type TmplElementParams = {
    /**
     * Country code.
     */
    countryCode?: string;
};

/**
 * Channel details of a template (DLT content id for Indian SMS).
 */
export type TptInfo = {
    /**
     * Channel id.
     */
    channelId?: string | null;
    /**
     * Channel type.
     */
    channelType?: string | null;
    /**
     * Dlt content id.
     */
    dltContentId?: string | null;
};

/**
 * The contact's permission for video calls.
 */
export type VCallMeta = {
    /**
     * Granted at. Epoch milliseconds or a count (`integer(int64)` in the vendor file).
     */
    grantedAt?: number | null;
    /**
     * Permission.
     */
    permission?: boolean | null;
};

/**
 * Title of the campaign.
 */
export type CampaignTitle = string;

/**
 * Only campaigns with this title.
 */
export type CampaignTitleFilter = string;

/**
 * How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
 */
export type CampaignMode = string;

export type ListChannelsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Sandbox: `true` includes sandbox channels in the list. The wire name is spelled `sabdnox` (sic): the document describes it as "sandbox", and the vendor's server reads a parameter named `sabdnox`, so that spelling is what must be sent.
         */
        sabdnox?: boolean;
    };
    url: '/api/v1/config/channels';
};

export type ListChannelsErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type ListChannelsError = ListChannelsErrors[keyof ListChannelsErrors];

export type ListChannelsResponses = {
    /**
     * The channels.
     */
    200: ApiResultsMetaCompactResponseMsgChannel;
};

export type ListChannelsResponse = ListChannelsResponses[keyof ListChannelsResponses];

export type ListGlobalVariablesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only the variables of this channel.
         */
        channelId?: string;
    };
    url: '/api/v1/config/global/vars';
};

export type ListGlobalVariablesErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type ListGlobalVariablesError = ListGlobalVariablesErrors[keyof ListGlobalVariablesErrors];

export type ListGlobalVariablesResponses = {
    /**
     * The variables.
     */
    200: ApiResponseCompanyVarsConfigDoc;
};

export type ListGlobalVariablesResponse = ListGlobalVariablesResponses[keyof ListGlobalVariablesResponses];

export type ListHsmTemplatesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only the templates approved for this channel.
         */
        channelId?: string;
        /**
         * Only the templates with this approval status on the channel.
         */
        channelStatus?: string;
    };
    url: '/api/v1/config/tmpl/hsm';
};

export type ListHsmTemplatesErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type ListHsmTemplatesError = ListHsmTemplatesErrors[keyof ListHsmTemplatesErrors];

export type ListHsmTemplatesResponses = {
    /**
     * The templates.
     */
    200: ApiResponseHsmTemplateDoc;
};

export type ListHsmTemplatesResponse = ListHsmTemplatesResponses[keyof ListHsmTemplatesResponses];

export type SetWebhookData = {
    body: WebhookUrlRequest;
    path?: never;
    query?: never;
    url: '/api/v1/config/webhook';
};

export type SetWebhookErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type SetWebhookError = SetWebhookErrors[keyof SetWebhookErrors];

export type SetWebhookResponses = {
    /**
     * The client app with its new webhook URL.
     */
    200: ApiResponseClientApp;
};

export type SetWebhookResponse = SetWebhookResponses[keyof SetWebhookResponses];

export type SetContactLanguageData = {
    body: ContactPrefsUpdate;
    path?: never;
    query?: never;
    url: '/api/v1/contact/prefs/lang';
};

export type SetContactLanguageErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type SetContactLanguageError = SetContactLanguageErrors[keyof SetContactLanguageErrors];

export type SetContactLanguageResponses = {
    /**
     * The resulting contact event.
     */
    200: ApiResultsMetaCompactResponseInBoundEvent;
};

export type SetContactLanguageResponse = SetContactLanguageResponses[keyof SetContactLanguageResponses];

export type PushCustomerDataData = {
    body: DigitalObjectDto;
    path?: never;
    query?: never;
    url: '/api/v1/data/push';
};

export type PushCustomerDataErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type PushCustomerDataError = PushCustomerDataErrors[keyof PushCustomerDataErrors];

export type PushCustomerDataResponses = {
    /**
     * The stored record.
     */
    200: ApiResponseDigitalObjectDto;
};

export type PushCustomerDataResponse = PushCustomerDataResponses[keyof PushCustomerDataResponses];

export type PushCustomerEventData = {
    body: DigitalEventDto;
    path?: never;
    query?: never;
    url: '/api/v1/event/push';
};

export type PushCustomerEventErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type PushCustomerEventError = PushCustomerEventErrors[keyof PushCustomerEventErrors];

export type PushCustomerEventResponses = {
    /**
     * The stored event.
     */
    200: ApiResponseDigitalEventDto;
};

export type PushCustomerEventResponse = PushCustomerEventResponses[keyof PushCustomerEventResponses];

export type SendMessageData = {
    body: OutBoundMsg;
    path?: never;
    query?: never;
    url: '/api/v1/message/send';
};

export type SendMessageErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type SendMessageError = SendMessageErrors[keyof SendMessageErrors];

export type SendMessageResponses = {
    /**
     * The message was queued; `results[0].id` identifies it in status updates.
     */
    200: ApiResponseOutBoundReciept;
};

export type SendMessageResponse = SendMessageResponses[keyof SendMessageResponses];

export type CloseSessionData = {
    body: SessionStatusClose;
    path?: never;
    query?: never;
    url: '/api/v1/session/close';
};

export type CloseSessionErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type CloseSessionError = CloseSessionErrors[keyof CloseSessionErrors];

export type CloseSessionResponses = {
    /**
     * The session event (empty `results` if there was nothing to close).
     */
    200: ApiResultsMetaCompactResponseInBoundEvent;
};

export type CloseSessionResponse = CloseSessionResponses[keyof CloseSessionResponses];

export type ListSessionMessagesData = {
    body: SessionStatusClose;
    path?: never;
    query?: never;
    url: '/api/v1/session/messages';
};

export type ListSessionMessagesErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type ListSessionMessagesError = ListSessionMessagesErrors[keyof ListSessionMessagesErrors];

export type ListSessionMessagesResponses = {
    /**
     * The messages of the session.
     */
    200: ApiResultsMetaCompactResponseChatMessageDto;
};

export type ListSessionMessagesResponse = ListSessionMessagesResponses[keyof ListSessionMessagesResponses];

export type ResolveSessionData = {
    body: SessionStatusClose;
    path?: never;
    query?: never;
    url: '/api/v1/session/resolve';
};

export type ResolveSessionErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type ResolveSessionError = ResolveSessionErrors[keyof ResolveSessionErrors];

export type ResolveSessionResponses = {
    /**
     * The session event (empty `results` if there was nothing to resolve).
     */
    200: ApiResultsMetaCompactResponseInBoundEvent;
};

export type ResolveSessionResponse = ResolveSessionResponses[keyof ResolveSessionResponses];

export type RouteSessionData = {
    body: SessionQueueAssignment;
    path?: never;
    query?: never;
    url: '/api/v1/session/routing';
};

export type RouteSessionErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type RouteSessionError = RouteSessionErrors[keyof RouteSessionErrors];

export type RouteSessionResponses = {
    /**
     * The routing event.
     */
    200: ApiResultsMetaCompactResponseInBoundEvent;
};

export type RouteSessionResponse = RouteSessionResponses[keyof RouteSessionResponses];

export type PushMessageData = {
    body: OutBoundMsg;
    path?: never;
    query?: never;
    url: '/api/v1/message/push';
};

export type PushMessageErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type PushMessageError = PushMessageErrors[keyof PushMessageErrors];

export type PushMessageResponses = {
    /**
     * The message was queued; `results[0].id` identifies it in status updates.
     */
    200: ApiResponseOutBoundReciept;
};

export type PushMessageResponse = PushMessageResponses[keyof PushMessageResponses];

export type LookupContactData = {
    body?: never;
    path?: never;
    query: {
        /**
         * The contact field to match (`phone`, `email`, `contactId`, ...).
         */
        key?: string;
        /**
         * The value to look for.
         */
        value: string;
    };
    url: '/api/v1/contact/looup';
};

export type LookupContactErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type LookupContactError = LookupContactErrors[keyof LookupContactErrors];

export type LookupContactResponses = {
    /**
     * The matching contacts (an empty `results` when none matches).
     */
    200: ApiResultsMetaCompactResponsePbContactDoc;
};

export type LookupContactResponse = LookupContactResponses[keyof LookupContactResponses];

export type CreateCampaignData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Title of the campaign.
         */
        campaignTitle: string;
        /**
         * Code of the approved template the campaign sends.
         */
        templateCode: string;
        /**
         * How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
         */
        campaignMode?: string;
        /**
         * Which contacts the campaign targets (their channel type, e.g. `WHATSAPP`).
         */
        contactType: string;
        /**
         * Channel to send on (see `listChannels`).
         */
        channelId?: string;
    };
    url: '/api/v1/create/campaign';
};

export type CreateCampaignErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type CreateCampaignError = CreateCampaignErrors[keyof CreateCampaignErrors];

export type CreateCampaignResponses = {
    /**
     * The campaign created.
     */
    200: ApiResponseCampaignDto;
};

export type CreateCampaignResponse = CreateCampaignResponses[keyof CreateCampaignResponses];

export type ViewCampaignData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only campaigns with this title.
         */
        campaignTitle?: string;
        /**
         * Only campaigns of this template.
         */
        templateCode?: string;
        /**
         * How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
         */
        campaignMode?: string;
    };
    url: '/api/v1/view/campaign';
};

export type ViewCampaignErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type ViewCampaignError = ViewCampaignErrors[keyof ViewCampaignErrors];

export type ViewCampaignResponses = {
    /**
     * The matching campaigns.
     */
    200: ApiResponseCampaignDto;
};

export type ViewCampaignResponse = ViewCampaignResponses[keyof ViewCampaignResponses];

export type UpdateProfileData = {
    body: MapModel;
    path?: never;
    query?: never;
    url: '/data/api/v1/profile/update';
};

export type UpdateProfileErrors = {
    /**
     * The `x-api-key` / `x-api-id` headers are missing or wrong. The body is the `ApiResponse` envelope; the example is our assumption (the document shows no error body).
     */
    401: ApiResponse;
    /**
     * The credentials are valid but may not call this operation. The body is the `ApiResponse` envelope; the example is our assumption.
     */
    403: ApiResponse;
};

export type UpdateProfileError = UpdateProfileErrors[keyof UpdateProfileErrors];

export type UpdateProfileResponses = {
    /**
     * The profile was updated.
     */
    200: ApiResponseMapModel;
};

export type UpdateProfileResponse = UpdateProfileResponses[keyof UpdateProfileResponses];

export type OnContactInfoWebhookPayload = InBoundContact;

export type OnContactInfoWebhookRequest = {
    body: OnContactInfoWebhookPayload;
    key: 'contact/info';
    path?: never;
    query?: never;
};

export type OnMessageReceiveWebhookPayload = InBoundWrapper;

export type OnMessageReceiveWebhookRequest = {
    body: OnMessageReceiveWebhookPayload;
    key: 'message/receive';
    path?: never;
    query?: never;
};
