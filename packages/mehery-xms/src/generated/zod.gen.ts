// This file is generated from the vendor spec by `pnpm generate`. Do not edit it:
// change specs/<vendor>/openapi.yaml or packages/codegen/ and regenerate.

import * as z from 'zod';

/**
 * A map of string keys to any JSON values (the document's `Map«string,object»`).
 */
export const zMapStringObject = z.record(z.string(), z.unknown());

/**
 * A map of string keys to string values (the document's `Map«string,string»`).
 */
export const zMapStringString = z.record(z.string(), z.string());

/**
 * A field error or warning in an envelope's `errors` / `warnings`.
 */
export const zApiFieldError = z.object({
    field: z.string().nullish(),
    obzect: z.string().nullish(),
    code: z.string().nullish(),
    codeKey: z.string().nullish(),
    codes: z.array(z.string()).nullish(),
    description: z.string().nullish(),
    descriptionKey: z.string().nullish(),
    body: z.unknown().optional(),
    possibleValues: z.array(z.unknown()).nullish(),
    traceId: z.string().nullish()
});

/**
 * The server's generic map type: a JSON object of your own keys (the body of `updateProfile`). Springfox rendered it as a bean with a `first` property (and, in 2026, its Java getters `empty`, `list`, `map`, which are not on the wire).
 */
export const zMapModel = z.object({
    first: z.record(z.string(), z.unknown()).nullish()
});

/**
 * A configured messaging channel.
 */
export const zMsgChannel = z.object({
    channelId: z.string(),
    contactType: z.enum([
        'SMS',
        'OA',
        'EMAIL',
        'WHATSAPP',
        'PUSH',
        'FACEBOOK',
        'TELEGRAM',
        'WEBSITE',
        'TWITTER',
        'INSTAGRAM',
        'DUMMY',
        'EMPTY'
    ]).nullish(),
    lane: z.string().nullish(),
    name: z.string().nullish()
});

/**
 * A global (company) variable.
 */
export const zCompanyVarsConfigDoc = z.object({
    id: z.string().nullish(),
    key: z.string().nullish(),
    value: z.unknown().optional(),
    type: z.string().nullish(),
    group: z.string().nullish(),
    description: z.string().nullish(),
    disabled: z.boolean().nullish(),
    shared: z.boolean().nullish(),
    domain: z.string().nullish(),
    server: z.string().nullish(),
    primary: z.boolean().nullish()
});

/**
 * Approval state of a template on one channel.
 */
export const zApprovedChannels = z.object({
    channelId: z.string().nullish(),
    status: z.string().nullish(),
    templateId: z.string().nullish()
});

/**
 * A media attachment of a template or chat message.
 */
export const zAttachment = z.object({
    mediaId: z.string().nullish(),
    mediaCode: z.string().nullish(),
    mediaName: z.string().nullish(),
    mediaCaption: z.string().nullish(),
    mediaMimeType: z.string().nullish(),
    mediaType: z.enum([
        'IMAGE',
        'DOCUMENT',
        'TEXT',
        'PDF',
        'VIDEO',
        'URL',
        'AUDIO'
    ]).nullish(),
    mediaSubType: z.string().nullish(),
    mediaURL: z.string().nullish(),
    mediaSrc: z.string().nullish(),
    attachmentId: z.string().nullish(),
    drive: z.string().nullish(),
    mediaIdExt: z.string().nullish(),
    mediaIdInline: z.string().nullish(),
    mediaTemplate: z.string().nullish(),
    mediaTemplateStyle: z.string().nullish()
});

/**
 * The client app (API credentials) whose webhook was set. The server answers with the public view of the app, so fields may be missing.
 */
export const zClientApp = z.object({
    id: z.string().nullish(),
    appType: z.string().nullish(),
    appMode: z.string().nullish(),
    webhook: z.string().nullish(),
    forward: z.string().nullish(),
    appHook: z.string().nullish(),
    appHookFrwrd: z.string().nullish(),
    queue: z.string().nullish(),
    agentApp: z.boolean().nullish(),
    readOnly: z.boolean().nullish(),
    shared: z.boolean().nullish(),
    key: z.string().nullish(),
    keyName: z.string().nullish(),
    keyVersion: z.string().nullish(),
    config: z.record(z.string(), z.unknown()).nullish(),
    props: z.record(z.string(), z.unknown()).nullish(),
    secret: z.record(z.string(), z.unknown()).nullish(),
    customApp: z.boolean().nullish(),
    disabled: z.boolean().nullish(),
    feedbackApp: z.boolean().nullish(),
    preDefinedBot: z.boolean().nullish(),
    timeOutPossible: z.boolean().nullish(),
    type: z.string().nullish(),
    version: z.int().nullish(),
    webhookApp: z.boolean().nullish()
});

/**
 * Body of `config/webhook`.
 */
export const zWebhookUrlRequest = z.object({
    url: z.url()
});

/**
 * Body of `contact/prefs/lang`.
 */
export const zContactPrefsUpdate = z.object({
    contactId: z.string(),
    lang: z.string()
});

/**
 * A contact as referenced by events and messages.
 */
export const zContactable = z.object({
    contactId: z.string().nullish(),
    contactType: z.string().nullish(),
    channelType: z.string().nullish(),
    csid: z.string().nullish(),
    lane: z.string().nullish(),
    name: z.string().nullish(),
    email: z.string().nullish(),
    phone: z.string().nullish()
});

/**
 * A recipient of an outbox message.
 */
export const zContactMeta = z.object({
    contactId: z.string().nullish(),
    contactType: z.string().nullish(),
    channelType: z.string().nullish(),
    csid: z.string().nullish(),
    lane: z.string().nullish(),
    name: z.string().nullish(),
    email: z.string().nullish(),
    phone: z.string().nullish(),
    prefix: z.string().nullish(),
    country: z.string().nullish(),
    lang: z.enum([
        'AB',
        'AE',
        'AF',
        'AK',
        'AM',
        'AN',
        'AR',
        'AS',
        'AV',
        'AY',
        'AZ',
        'BA',
        'BE',
        'BG',
        'BH',
        'BI',
        'BM',
        'BN',
        'BO',
        'BR',
        'BS',
        'CA',
        'CE',
        'CH',
        'CO',
        'CR',
        'CS',
        'CU',
        'CV',
        'CY',
        'DA',
        'DE',
        'DV',
        'DZ',
        'EE',
        'EL',
        'EN',
        'EO',
        'ES',
        'ET',
        'EU',
        'FA',
        'FF',
        'FI',
        'FJ',
        'FO',
        'FR',
        'FY',
        'GA',
        'GD',
        'GL',
        'GN',
        'GU',
        'GV',
        'HA',
        'HI',
        'HO',
        'HR',
        'HT',
        'HU',
        'HY',
        'HZ',
        'IA',
        'IN',
        'IE',
        'IG',
        'II',
        'IK',
        'IO',
        'IS',
        'IT',
        'IU',
        'IW',
        'JA',
        'JI',
        'JV',
        'KA',
        'KG',
        'KI',
        'KJ',
        'KK',
        'KL',
        'KM',
        'KN',
        'KO',
        'KR',
        'KS',
        'KU',
        'KV',
        'KW',
        'KY',
        'LA',
        'LB',
        'LG',
        'LI',
        'LN',
        'LO',
        'LT',
        'LU',
        'LV',
        'MG',
        'MH',
        'MI',
        'MK',
        'ML',
        'MN',
        'MO',
        'MR',
        'MS',
        'MT',
        'MY',
        'NA',
        'NB',
        'ND',
        'NE',
        'NG',
        'NL',
        'NN',
        'NO',
        'NR',
        'NV',
        'NY',
        'OC',
        'OJ',
        'OM',
        'OR',
        'OS',
        'PA',
        'PI',
        'PL',
        'PS',
        'PT',
        'QU',
        'RM',
        'RN',
        'RO',
        'RU',
        'RW',
        'SA',
        'SC',
        'SD',
        'SE',
        'SG',
        'SI',
        'SK',
        'SL',
        'SM',
        'SN',
        'SO',
        'SQ',
        'SR',
        'SS',
        'ST',
        'SU',
        'SV',
        'SW',
        'TA',
        'TE',
        'TG',
        'TH',
        'TI',
        'TK',
        'TL',
        'PH',
        'TN',
        'TO',
        'TR',
        'TS',
        'TT',
        'TW',
        'TY',
        'UG',
        'UK',
        'UR',
        'UZ',
        'VE',
        'VI',
        'VO',
        'WA',
        'WO',
        'XH',
        'YO',
        'ZA',
        'ZH',
        'ZU'
    ]).nullish(),
    tenant: z.string().nullish(),
    userid: z.string().nullish(),
    filter: z.array(zMapStringObject).nullish(),
    keymap: z.array(zMapStringString).nullish(),
    filters: z.array(zMapStringObject).nullish()
});

/**
 * What your business application told Mehery about the contact (see `contact/info`).
 */
export const zContactBusinessProfile = z.object({
    profileId: z.string().nullish(),
    name: z.string().nullish(),
    email: z.string().nullish(),
    phone: z.string().nullish()
});

/**
 * What the channel told Mehery about the contact.
 */
export const zInBoundContactProfile = z.object({
    name: z.string().nullish(),
    email: z.string().nullish(),
    phone: z.string().nullish()
});

/**
 * A contact Mehery received a message from.
 */
export const zInBoundContact = z.object({
    contactId: z.string(),
    contactType: z.enum([
        'SMS',
        'OA',
        'EMAIL',
        'WHATSAPP',
        'PUSH',
        'FACEBOOK',
        'TELEGRAM',
        'WEBSITE',
        'TWITTER',
        'INSTAGRAM',
        'DUMMY',
        'EMPTY'
    ]).nullish(),
    channelId: z.string().nullish(),
    csid: z.string().nullish(),
    lane: z.string().nullish(),
    profile: zInBoundContactProfile.nullish(),
    businessProfile: zContactBusinessProfile.nullish()
});

/**
 * A label to attach to the contact.
 */
export const zCustomerLabel = z.object({
    key: z.string(),
    name: z.string().optional(),
    type: z.enum([
        'TEXT',
        'DATE',
        'NUMBER',
        'LIST'
    ]).optional(),
    format: z.string().optional(),
    value: z.unknown()
});

/**
 * What your `contact/info` webhook answers: the contact details to record.
 */
export const zContactInfoUpdate = z.object({
    profileId: z.string().optional(),
    name: z.string().optional(),
    email: z.string().optional(),
    mobile: z.string().optional(),
    labels: z.array(zCustomerLabel).optional()
});

/**
 * A link from a customer record or event to another object.
 */
export const zDigitalObjectLink = z.object({
    linkName: z.string().nullish(),
    linkType: z.string().nullish(),
    linkValue: z.string().nullish()
});

/**
 * Body of `data/push`: a customer record.
 */
export const zDigitalObjectDto = z.object({
    id: z.string(),
    type: z.string(),
    data: z.record(z.string(), z.unknown()).nullish(),
    links: z.array(zDigitalObjectLink).nullish()
});

/**
 * Body of `event/push`: a customer event.
 */
export const zDigitalEventDto = z.object({
    id: z.string(),
    eventName: z.string(),
    links: z.array(zDigitalObjectLink).nullish()
});

/**
 * Body of `session/close`, `session/resolve` and `session/messages`.
 */
export const zSessionStatusClose = z.object({
    sessionId: z.string()
});

/**
 * Body of `session/routing`.
 */
export const zSessionQueueAssignment = z.object({
    sessionId: z.string(),
    queue: z.string(),
    agent: z.string().optional(),
    team: z.string().optional(),
    skills: z.array(z.string()).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
    note: z.string().optional()
});

/**
 * Routing of a message or event.
 */
export const zMessageRouter = z.object({
    routerId: z.string().nullish(),
    queueCode: z.string().nullish(),
    sendMode: z.string().nullish(),
    senderApp: z.string().nullish(),
    senderCode: z.string().nullish(),
    senderType: z.string().nullish()
});

/**
 * Session state attached to an event or message.
 */
export const zMessageSession = z.object({
    routingId: z.string().nullish(),
    queue: z.string().nullish(),
    agent: z.string().nullish(),
    bot: z.string().nullish(),
    dept: z.string().nullish(),
    mode: z.string().nullish(),
    firstMessage: z.boolean().nullish(),
    initMessage: z.boolean().nullish(),
    resolved: z.boolean().nullish(),
    sessionStamp: z.int().nullish(),
    ticketHash: z.string().nullish()
});

/**
 * Assignment change of a session.
 */
export const zSessionAssigned = z.object({
    oldAgent: z.string().nullish(),
    oldBot: z.string().nullish(),
    oldDept: z.string().nullish(),
    newAgent: z.string().nullish(),
    newBot: z.string().nullish(),
    newDept: z.string().nullish()
});

/**
 * Routing change of a session.
 */
export const zSessionRouted = z.object({
    routingId: z.string().nullish(),
    sourceQueue: z.string().nullish(),
    targetQueue: z.string().nullish(),
    sessionStart: z.boolean().nullish(),
    params: z.record(z.string(), z.unknown()).nullish()
});

/**
 * Tags extracted from a message.
 */
export const zTagDocument = z.object({
    categories: z.array(z.string()).nullish(),
    cities: z.array(z.string()).nullish(),
    countries: z.array(z.string()).nullish(),
    langs: z.array(z.string()).nullish(),
    locations: z.array(z.string()).nullish(),
    organizations: z.array(z.string()).nullish(),
    persons: z.array(z.string()).nullish(),
    sentimentScore: z.int().min(-2147483648, { error: 'Invalid value: Expected int32 to be >= -2147483648' }).max(2147483647, { error: 'Invalid value: Expected int32 to be <= 2147483647' }).nullish(),
    sentiments: z.array(z.string()).nullish()
});

/**
 * vCard address.
 */
export const zPbAddress = z.object({
    type: z.string().nullish(),
    street: z.string().nullish(),
    city: z.string().nullish(),
    state: z.string().nullish(),
    zip: z.string().nullish(),
    country: z.string().nullish(),
    countryCode: z.string().nullish(),
    uuid: z.string().nullish()
});

/**
 * vCard date.
 */
export const zPbDate = z.object({
    type: z.string().nullish(),
    label: z.string().nullish(),
    date: z.string().nullish(),
    stamp: z.int().nullish(),
    stampLocal: z.int().nullish(),
    timeZone: z.string().nullish(),
    uuid: z.string().nullish()
});

/**
 * vCard email.
 */
export const zPbEmail = z.object({
    type: z.string().nullish(),
    label: z.string().nullish(),
    email: z.string().nullish(),
    uuid: z.string().nullish(),
    verified: z.boolean().nullish()
});

/**
 * vCard location.
 */
export const zPbLocation = z.object({
    name: z.string().nullish(),
    address: z.string().nullish(),
    latitude: z.string().nullish(),
    longitude: z.string().nullish(),
    url: z.string().nullish()
});

/**
 * vCard name.
 */
export const zPbName = z.object({
    formattedName: z.string().nullish(),
    firstName: z.string().nullish(),
    middleName: z.string().nullish(),
    lastName: z.string().nullish()
});

/**
 * vCard phone.
 */
export const zPbPhone = z.object({
    type: z.string().nullish(),
    label: z.string().nullish(),
    phone: z.string().nullish(),
    country: z.string().nullish(),
    countryCallingCode: z.string().nullish(),
    nationalNumber: z.string().nullish(),
    ext: z.string().nullish(),
    whatsAppId: z.string().nullish(),
    uuid: z.string().nullish(),
    verified: z.boolean().nullish()
});

/**
 * vCard social profile.
 */
export const zPbSocial = z.object({
    service: z.string().nullish(),
    userid: z.string().nullish()
});

/**
 * vCard website.
 */
export const zPbWebsite = z.object({
    type: z.string().nullish(),
    label: z.string().nullish(),
    url: z.string().nullish(),
    uuid: z.string().nullish()
});

/**
 * vCard work.
 */
export const zPbWork = z.object({
    company: z.string().nullish(),
    department: z.string().nullish(),
    title: z.string().nullish(),
    label: z.string().nullish()
});

/**
 * A contact card (vCard) in a chat or outbox message.
 */
export const zPbvCard = z.object({
    name: zPbName.nullish(),
    addresses: z.array(zPbAddress).nullish(),
    dates: z.array(zPbDate).nullish(),
    emails: z.array(zPbEmail).nullish(),
    ims: z.array(zPbSocial).nullish(),
    locations: z.array(zPbLocation).nullish(),
    phones: z.array(zPbPhone).nullish(),
    urls: z.array(zPbWebsite).nullish(),
    work: z.array(zPbWork).nullish()
});

/**
 * Prompt of an outbox message.
 */
export const zMessagePrompt = z.object({
    messageId: z.string().nullish(),
    pageIndex: z.int().min(-2147483648, { error: 'Invalid value: Expected int32 to be >= -2147483648' }).max(2147483647, { error: 'Invalid value: Expected int32 to be <= 2147483647' }).nullish(),
    type: z.string().nullish()
});

/**
 * External template of an outbox message.
 */
export const zBasicExternalTemplate = z.object({
    code: z.string().nullish(),
    template: z.record(z.string(), z.unknown()).nullish(),
    varMap: z.record(z.string(), z.unknown()).nullish()
});

/**
 * Template to send: give `id` or `code`, and `data` for its placeholders.
 */
export const zCommonTemplateMeta = z.object({
    id: z.string().nullish(),
    code: z.string().nullish(),
    lang: z.string().nullish(),
    data: z.record(z.string(), z.unknown()).nullish(),
    linked: z.string().nullish()
});

/**
 * A file of an outbox message.
 */
export const zPostManFile = z.object({
    name: z.string().nullish(),
    title: z.string().nullish(),
    url: z.string().nullish(),
    path: z.string().nullish(),
    thumb: z.string().nullish(),
    extension: z.string().nullish(),
    contentType: z.string().nullish(),
    contentLength: z.int().nullish(),
    content: z.string().nullish(),
    body: z.string().nullish(),
    converter: z.enum([
        'AMXFS',
        'FS',
        'FOP',
        'ITEXT5',
        'ITEXT7',
        'JASPER'
    ]).nullish(),
    fileFormat: z.enum([
        'PDF',
        'CSV',
        'PNG',
        'JPEG',
        'JPG',
        'BMP',
        'GIF',
        'TIFF',
        'TIF',
        'WEBP',
        'MP3',
        'aac',
        'AMR',
        'OGG',
        'OGG_PLUS',
        'AUDIO_MP4',
        'AUDIO_MPEG',
        'AUDIO_WEBM',
        'AUDIO_OPUS',
        'AUDIO_WEBM_OPUS',
        'MP4',
        'VIDEO_3GPP',
        'JSON',
        'HTML',
        'TEXT',
        'UNKNOWN'
    ]).nullish(),
    fileType: z.enum([
        'IMAGE',
        'VIDEO',
        'AUDIO',
        'TEXT',
        'DOCUMENT',
        'FILE',
        'URL'
    ]).nullish(),
    headers: z.record(z.string(), z.string()).nullish(),
    password: z.string().nullish(),
    template: zCommonTemplateMeta.nullish(),
    meta: z.record(z.string(), z.unknown()).nullish(),
    model: z.record(z.string(), z.unknown()).nullish(),
    options: z.record(z.string(), z.unknown()).nullish()
});

/**
 * Recipient. Give what identifies the contact on the channel: `contactId`, or `phone` (SMS, WhatsApp), or `email`.
 */
export const zOutBoundContact = z.object({
    contactId: z.string().optional(),
    phone: z.string().optional(),
    email: z.string().optional(),
    name: z.string().optional(),
    filter: z.record(z.string(), z.unknown()).optional()
});

/**
 * Text of a `text` message.
 */
export const zOutBoundMsgText = z.object({
    body: z.string(),
    subject: z.string().optional()
});

/**
 * Media of an `image`, `video`, `audio` or `document` message.
 */
export const zOutBoundMsgMedia = z.object({
    link: z.string().optional(),
    caption: z.string().optional(),
    filename: z.string().optional()
});

/**
 * Address of a contact card.
 */
export const zOutBoundMsgContactAddress = z.object({
    type: z.string().optional(),
    street: z.string().optional(),
    city: z.string().optional(),
    state: z.string().optional(),
    zip: z.string().optional(),
    country: z.string().optional(),
    country_code: z.string().optional()
});

/**
 * Email of a contact card.
 */
export const zOutBoundMsgContactEmail = z.object({
    type: z.string().optional(),
    email: z.string().optional()
});

/**
 * Name of a contact card.
 */
export const zOutBoundMsgContactName = z.object({
    formatted_name: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional()
});

/**
 * Organization of a contact card.
 */
export const zOutBoundMsgContactOrg = z.object({
    company: z.string().optional(),
    department: z.string().optional(),
    title: z.string().optional()
});

/**
 * Phone of a contact card.
 */
export const zOutBoundMsgContactPhone = z.object({
    type: z.string().optional(),
    phone: z.string().optional(),
    wa_id: z.string().optional()
});

/**
 * Social profile of a contact card.
 */
export const zOutBoundMsgContactSocial = z.object({
    service: z.string().optional(),
    userid: z.string().optional()
});

/**
 * Website of a contact card.
 */
export const zOutBoundMsgContactUrl = z.object({
    type: z.string().optional(),
    url: z.string().optional()
});

/**
 * A contact card of a `contacts` message.
 */
export const zCommonMsgContactCard = z.object({
    name: zOutBoundMsgContactName.optional(),
    birthday: z.string().optional(),
    addresses: z.array(zOutBoundMsgContactAddress).optional(),
    emails: z.array(zOutBoundMsgContactEmail).optional(),
    ims: z.array(zOutBoundMsgContactSocial).optional(),
    org: zOutBoundMsgContactOrg.optional(),
    phones: z.array(zOutBoundMsgContactPhone).optional(),
    urls: z.array(zOutBoundMsgContactUrl).optional()
});

/**
 * A location (sent or received).
 */
export const zCommonMsgLocation = z.object({
    latitude: z.string(),
    longitude: z.string(),
    name: z.string().nullish(),
    address: z.string().nullish(),
    url: z.string().nullish()
});

/**
 * Receipt of a sent message. Spelled `Reciept` in the document (sic).
 */
export const zOutBoundReciept = z.object({
    id: z.string(),
    campaignId: z.string().nullish(),
    templateCode: z.string().nullish(),
    templateId: z.string().nullish(),
    type: z.string().nullish()
});

/**
 * Where a webhook call comes from.
 */
export const zInBoundMeta = z.object({
    appId: z.string().nullish(),
    domain: z.string().nullish(),
    server: z.string().nullish(),
    debug: z.boolean().nullish(),
    appCode: z.string().nullish(),
    appMode: z.enum([
        'AGENT',
        'BOT',
        'SCRIPTUS',
        'PUSH',
        'WEBHOOK',
        'NONE'
    ]).nullish(),
    appType: z.enum([
        'FEEDBACK_V2',
        'BOTFLOW',
        'APP_SCRIPT',
        'BOT',
        'FAQ',
        'DEFAULT'
    ]).nullish()
});

/**
 * Media of an inbound message.
 */
export const zInBoundMsgMedia = z.object({
    id: z.string().nullish(),
    type: z.string().nullish(),
    link: z.string().nullish(),
    linkSecure: z.string().nullish(),
    mime_type: z.string().nullish(),
    sha256: z.string().nullish(),
    caption: z.string().nullish(),
    filename: z.string().nullish()
});

/**
 * Text of an inbound message.
 */
export const zInBoundMsgText = z.object({
    body: z.string(),
    type: z.string().nullish()
});

/**
 * Session of an inbound message.
 */
export const zMsgSession = z.object({
    sessionId: z.string().nullish(),
    routingId: z.string().nullish(),
    assignedToAgent: z.string().nullish(),
    assignedToDept: z.string().nullish()
});

/**
 * Why a message failed.
 */
export const zMessageReportError = z.object({
    code: z.string(),
    title: z.string().nullish(),
    details: z.string().nullish(),
    href: z.string().nullish()
});

/**
 * A status update of a message you sent.
 */
export const zInBoundMsgStatus = z.object({
    id: z.string(),
    messageIdExt: z.string().nullish(),
    contactId: z.string().nullish(),
    status: z.enum([
        'READ',
        'DLVRD',
        'SENT',
        'FAILD',
        'DELTD'
    ]),
    timestamp: z.int().nullish(),
    errors: z.array(zMessageReportError).nullish(),
    contact: zInBoundContact.nullish(),
    session: zMsgSession.nullish()
});

/**
 * An action to perform.
 */
export const zInBoundAction = z.object({
    actionCode: z.string()
});

/**
 * Paging of a list answer (page number and size, total, links to the neighbouring pages).
 */
export const zApiPagination = z.object({
    lastPage: z.int().nullish(),
    nextPageUrl: z.string().nullish(),
    pageNo: z.int().nullish(),
    pageSize: z.int().nullish(),
    prevPageUrl: z.string().nullish(),
    sortBy: z.string().nullish(),
    sortDir: z.string().nullish(),
    total: z.int().nullish()
});

/**
 * Envelope shared by every Mehery answer: the fields of the document's `ApiResultsMetaCompactResponse«T,object»` family without the payload. The vendor's server returns the same object for both envelope families (its `ApiResponse` implements `ApiResultsMetaCompactResponse`); this is the compact view. Every property is optional and may be `null`: Springfox marks them required, but an error answer carries only some of them.
 */
export const zApiResultsMetaCompactResponse = z.object({
    status: z.string().nullish(),
    statusKey: z.string().nullish(),
    message: z.string().nullish(),
    messageKey: z.string().nullish(),
    meta: z.unknown().optional(),
    timestamp: z.int().nullish(),
    traceid: z.string().nullish(),
    pagination: zApiPagination.nullish()
});

/**
 * The full envelope (the document's `ApiResponse«T,object»` family without the payload): the
 * compact envelope plus error and diagnostic fields. Also the body of error answers (401,
 * 403), where `status`, `statusKey`, `error`, `message` and `errors` tell what went wrong.
 *
 * `$defs` holds the document's schemas that no documented operation returns
 * (`ApiResponse«Attachment,object»`, `ApiResponse«OutboxMessage,object»`, `MapModel`), so they
 * stay in the spec under their names (a `$defs` entry does not change validation).
 */
export const zApiResponse = zApiResultsMetaCompactResponse.and(z.object({
    error: z.string().nullish(),
    exception: z.string().nullish(),
    errors: z.array(zApiFieldError).nullish(),
    warnings: z.array(zApiFieldError).nullish(),
    warningKey: z.string().nullish(),
    details: z.array(z.unknown()).nullish(),
    logs: z.array(z.string()).nullish(),
    extra: z.record(z.string(), z.unknown()).nullish(),
    params: z.record(z.string(), z.unknown()).nullish(),
    path: z.string().nullish(),
    query: z.unknown().optional(),
    redirectUrl: z.string().nullish(),
    pagination: zApiPagination.nullish(),
    serverVersion: z.string().nullish(),
    traces: z.array(z.record(z.string(), z.unknown())).nullish()
}));

/**
 * `ApiResponse` carrying `Attachment` results (the document's `ApiResponse«Attachment,object»`). No documented operation returns it (the vendor's media upload API is not part of this document).
 */
export const zApiResponseAttachment = zApiResponse.and(z.object({
    data: zAttachment.nullish(),
    results: z.array(zAttachment)
}));

/**
 * `ApiResponse` carrying `ClientApp` results (the document's `ApiResponse«ClientApp,object»`).
 */
export const zApiResponseClientApp = zApiResponse.and(z.object({
    data: zClientApp.nullish(),
    results: z.array(zClientApp)
}));

/**
 * `ApiResponse` carrying `CompanyVarsConfigDoc` results (the document's `ApiResponse«CompanyVarsConfigDoc,object»`).
 */
export const zApiResponseCompanyVarsConfigDoc = zApiResponse.and(z.object({
    data: zCompanyVarsConfigDoc.nullish(),
    results: z.array(zCompanyVarsConfigDoc)
}));

/**
 * `ApiResponse` carrying `DigitalEventDto` results (the document's `ApiResponse«DigitalEventDto,object»`).
 */
export const zApiResponseDigitalEventDto = zApiResponse.and(z.object({
    data: zDigitalEventDto.nullish(),
    results: z.array(zDigitalEventDto)
}));

/**
 * `ApiResponse` carrying `DigitalObjectDto` results (the document's `ApiResponse«DigitalObjectDto,object»`).
 */
export const zApiResponseDigitalObjectDto = zApiResponse.and(z.object({
    data: zDigitalObjectDto.nullish(),
    results: z.array(zDigitalObjectDto)
}));

/**
 * `ApiResponse` carrying `OutBoundReciept` results (the document's `ApiResponse«OutBoundReciept,object»`).
 */
export const zApiResponseOutBoundReciept = zApiResponse.and(z.object({
    data: zOutBoundReciept.nullish(),
    results: z.array(zOutBoundReciept)
}));

/**
 * Compact envelope carrying `MsgChannel` results (the document's `ApiResultsMetaCompactResponse«MsgChannel,object»`).
 */
export const zApiResultsMetaCompactResponseMsgChannel = zApiResultsMetaCompactResponse.and(z.object({
    results: z.array(zMsgChannel)
}));

/**
 * `ApiResponse` carrying `MapModel` results (the vendor file's `ApiResponse«MapModel,object»`).
 */
export const zApiResponseMapModel = zApiResponse.and(z.object({
    data: zMapModel.nullish(),
    results: z.array(zMapModel)
}));

/**
 * A campaign: a template sent to a group of contacts on a channel.
 */
export const zCampaignDto = z.object({
    campaignId: z.string().optional(),
    campaignMode: z.string().optional(),
    campaignTitle: z.string(),
    channelId: z.string().optional(),
    contactType: z.string(),
    templateCode: z.string()
});

/**
 * `ApiResponse` carrying `CampaignDto` results (the vendor file's `ApiResponse«CampaignDto,object»`).
 */
export const zApiResponseCampaignDto = zApiResponse.and(z.object({
    data: zCampaignDto.nullish(),
    results: z.array(zCampaignDto)
}));

/**
 * The customer profile linked to a contact.
 */
export const zChatProfileDto = z.object({
    code: z.string().nullish(),
    contactId: z.string().nullish(),
    email: z.string().nullish(),
    id: z.string().nullish(),
    labels: z.array(zCustomerLabel).nullish(),
    mobile: z.string().nullish(),
    name: z.string().nullish(),
    profileId: z.string().nullish(),
    userId: z.string().nullish()
});

/**
 * When a scheduled outbox message is sent (start, end, repeat).
 */
export const zChronoScheduler = z.object({
    data: z.record(z.string(), z.unknown()).nullish(),
    endAt: z.string().nullish(),
    interval: z.string().nullish(),
    repeat: z.boolean().nullish(),
    repeatCount: z.int().nullish(),
    startAt: z.string().nullish(),
    taskId: z.string().nullish(),
    topic: z.string().nullish()
});

/**
 * A Java enum as Springfox rendered it (no properties): the campaign mode, sent as a string.
 */
export const zEnum = z.record(z.string(), z.unknown());

/**
 * The answer of a customer to a form (WhatsApp Flows).
 */
export const zFormReply = z.object({
    reply_desc: z.string().nullish(),
    reply_id: z.string().nullish(),
    reply_json: z.record(z.string(), z.unknown()).nullish(),
    reply_title: z.string().nullish()
});

/**
 * A voice call attached to a message.
 */
export const zMessageCall = z.object({
    agentId: z.string().nullish(),
    direction: z.string().nullish(),
    duration: z.int().nullish(),
    endStamp: z.int().nullish(),
    event: z.string().nullish(),
    id: z.string().nullish(),
    sdpType: z.string().nullish(),
    status: z.string().nullish(),
    timestamp: z.int().nullish()
});

/**
 * The ad or post a customer came from (click-to-chat referral).
 */
export const zMessageReferral = z.object({
    body: z.string().nullish(),
    bulkId: z.string().nullish(),
    imageUrl: z.string().nullish(),
    info: z.record(z.string(), z.unknown()).nullish(),
    mediaCaption: z.string().nullish(),
    mediaName: z.string().nullish(),
    mediaType: z.string().nullish(),
    mediaUrl: z.string().nullish(),
    messageId: z.string().nullish(),
    messageIdExt: z.string().nullish(),
    sourceCategory: z.enum([
        'message',
        'social',
        'ads',
        'campaign'
    ]).nullish(),
    sourceId: z.string().nullish(),
    sourceType: z.enum([
        'inbound',
        'outbound',
        'feedback',
        'story',
        'post'
    ]).nullish(),
    sourceUrl: z.string().nullish(),
    thumbUrl: z.string().nullish(),
    title: z.string().nullish()
});

/**
 * A message a contact sent.
 */
export const zInBoundMsg = z.object({
    id: z.string(),
    messageIdExt: z.string().nullish(),
    type: z.enum([
        'audio',
        'document',
        'image',
        'location',
        'system',
        'text',
        'video',
        'voice'
    ]),
    timestamp: z.int().nullish(),
    contactId: z.string().nullish(),
    from: z.string().nullish(),
    session: zMsgSession.nullish(),
    text: zInBoundMsgText.nullish(),
    image: zInBoundMsgMedia.nullish(),
    video: zInBoundMsgMedia.nullish(),
    audio: zInBoundMsgMedia.nullish(),
    voice: zInBoundMsgMedia.nullish(),
    document: zInBoundMsgMedia.nullish(),
    location: zCommonMsgLocation.nullish(),
    attachments: z.array(zInBoundMsgMedia).nullish(),
    tags: zTagDocument.nullish(),
    originalMessage: z.record(z.string(), z.unknown()).nullish(),
    form: zFormReply.nullish(),
    referral: zMessageReferral.nullish()
});

/**
 * Timeouts for delivery, read and reply, in milliseconds.
 */
export const zMessageTimeout = z.object({
    delivery: z.int().nullish(),
    read: z.int().nullish(),
    reply: z.int().nullish()
});

/**
 * A session or contact event.
 */
export const zInBoundEvent = z.object({
    eventId: z.string().nullish(),
    eventCode: z.string(),
    checksum: z.string().nullish(),
    contactId: z.string().nullish(),
    contact: zContactable.nullish(),
    sessionId: z.string().nullish(),
    session: zMessageSession.nullish(),
    sessionAssigned: zSessionAssigned.nullish(),
    sessionRouted: zSessionRouted.nullish(),
    route: zMessageRouter.nullish(),
    trace: z.array(z.unknown()).nullish(),
    messageId: z.string().nullish(),
    messageTimestamp: z.int().nullish(),
    sessionBulkId: z.string().nullish(),
    sessionIds: z.array(z.string()).nullish(),
    timeout: zMessageTimeout.nullish(),
    timestamp: z.int().nullish(),
    triggerType: z.enum([
        'MESSAGE',
        'ACTION',
        'STATUS',
        'SYSTEM',
        'TIMEOUT'
    ]).nullish(),
    type: z.enum([
        'SESSION_ROUTED',
        'SESSION_INIT',
        'SESSION_CLOSED',
        'SESSION_STATUS',
        'SESSION_ASSIGNED',
        'CONTACT_UPDATE',
        'MESSAGE_INBOUND',
        'MESSAGE_OUTBOUND',
        'REPLY_TIMEOUT',
        'INBOUND_TIMEOUT',
        'OUTBOUND_TIMEOUT',
        'SEND_TIMEOUT'
    ]).nullish()
});

/**
 * Compact envelope carrying `InBoundEvent` results (the document's `ApiResultsMetaCompactResponse«InBoundEvent,object»`).
 */
export const zApiResultsMetaCompactResponseInBoundEvent = zApiResultsMetaCompactResponse.and(z.object({
    results: z.array(zInBoundEvent)
}));

/**
 * Messages received from contacts. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export const zInBoundMessagesWrapper = z.object({
    type: z.literal('messages'),
    messages: z.array(zInBoundMsg),
    meta: zInBoundMeta.nullish(),
    contacts: z.array(zInBoundContact).nullish(),
    actions: z.array(zInBoundAction).nullish(),
    events: z.array(zInBoundEvent).nullish(),
    statuses: z.array(zInBoundMsgStatus).nullish()
});

/**
 * Actions triggered by an agent or the service. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export const zInBoundActionsWrapper = z.object({
    type: z.literal('actions'),
    actions: z.array(zInBoundAction),
    meta: zInBoundMeta.nullish(),
    contacts: z.array(zInBoundContact).nullish(),
    messages: z.array(zInBoundMsg).nullish(),
    events: z.array(zInBoundEvent).nullish(),
    statuses: z.array(zInBoundMsgStatus).nullish()
});

/**
 * Session and contact events. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export const zInBoundEventsWrapper = z.object({
    type: z.literal('events'),
    events: z.array(zInBoundEvent),
    meta: zInBoundMeta.nullish(),
    contacts: z.array(zInBoundContact).nullish(),
    messages: z.array(zInBoundMsg).nullish(),
    actions: z.array(zInBoundAction).nullish(),
    statuses: z.array(zInBoundMsgStatus).nullish()
});

/**
 * Status updates of messages you sent. The other kinds' lists may come along (the document's example fills them all); they are listed as optional.
 */
export const zInBoundStatusesWrapper = z.object({
    type: z.literal('statuses'),
    statuses: z.array(zInBoundMsgStatus),
    meta: zInBoundMeta.nullish(),
    contacts: z.array(zInBoundContact).nullish(),
    messages: z.array(zInBoundMsg).nullish(),
    actions: z.array(zInBoundAction).nullish(),
    events: z.array(zInBoundEvent).nullish()
});

/**
 * Body of the `message/receive` webhook: `type` says which list carries the notification (`messages`, `actions`, `events` or `statuses`); `contacts` and `meta` come with every kind.
 */
export const zInBoundWrapper = z.discriminatedUnion('type', [
    zInBoundMessagesWrapper,
    zInBoundActionsWrapper,
    zInBoundEventsWrapper,
    zInBoundStatusesWrapper
]);

/**
 * A Nexuz customer profile (name, code, emails, phones).
 */
export const zNexuzCustomerUpdate = z.object({
    additionalInfo: z.record(z.string(), z.unknown()).nullish(),
    code: z.string().nullish(),
    emails: z.array(zPbEmail).nullish(),
    name: z.string().nullish(),
    phones: z.array(zPbPhone).nullish()
});

/**
 * `ApiResponse` carrying `NexuzCustomerUpdate` results (the vendor file's `ApiResponse«NexuzCustomerUpdate,object»`).
 */
export const zApiResponseNexuzCustomerUpdate = zApiResponse.and(z.object({
    data: zNexuzCustomerUpdate.nullish(),
    results: z.array(zNexuzCustomerUpdate)
}));

/**
 * The activity (a marketing journey step) a sent message belongs to.
 */
export const zOutBoundMsgActivity = z.object({
    activityId: z.string().optional()
});

/**
 * A contact found by `lookupContact`.
 */
export const zPbContactDoc = z.object({
    contactId: z.string().nullish(),
    csid: z.string().nullish(),
    email: zPbEmail.nullish(),
    name: zPbName.nullish(),
    phone: zPbPhone.nullish(),
    type: z.enum([
        'SMS',
        'OA',
        'EMAIL',
        'WHATSAPP',
        'PUSH',
        'FACEBOOK',
        'TELEGRAM',
        'WEBSITE',
        'TWITTER',
        'INSTAGRAM',
        'DUMMY',
        'EMPTY'
    ]).nullish()
});

/**
 * `ApiResultsMetaCompactResponse` carrying `PBContactDoc` results (the vendor file's `ApiResultsMetaCompactResponse«PBContactDoc,object»`).
 */
export const zApiResultsMetaCompactResponsePbContactDoc = zApiResultsMetaCompactResponse.and(z.object({
    results: z.array(zPbContactDoc)
}));

/**
 * A proxied request or response: status and body.
 */
export const zRestObjectRequestMapModel = z.object({
    body: zMapModel.nullish(),
    status: z.string().nullish()
});

/**
 * A proxied REST call: its request, response and metadata.
 */
export const zRestMapModel = z.object({
    meta: z.record(z.string(), z.unknown()).nullish(),
    request: zRestObjectRequestMapModel.nullish(),
    response: zRestObjectRequestMapModel.nullish()
});

/**
 * The server's internal outbox message. No documented operation returns it.
 */
export const zOutboxMessage = z.object({
    id: z.string().nullish(),
    messageId: z.string().nullish(),
    messageIdExt: z.string().nullish(),
    messageIdRef: z.string().nullish(),
    replyId: z.string().nullish(),
    replyIdExt: z.string().nullish(),
    referenceKey: z.string().nullish(),
    collapseId: z.string().nullish(),
    sessionId: z.string().nullish(),
    session: zMessageSession.nullish(),
    type: z.string().nullish(),
    action: z.string().nullish(),
    status: z.enum([
        'SCHLD',
        'CRTD',
        'INIT',
        'SENT',
        'SENT_ERR',
        'SENT_EXC',
        'SENTX',
        'SENTX_ERR',
        'DLVRD',
        'READ',
        'NSENT',
        'BLCKD',
        'LIMIT',
        'FAILD',
        'DELTD',
        'CCWIN',
        'RECEIVD',
        'FORWARDED',
        'FORWARD_ERR',
        'STATUS_FORWARD_ERR',
        'DRFTD',
        'CLKD',
        'RPLD',
        'BNCD',
        'CONSUMED',
        'STOPPED',
        'RESUMED'
    ]).nullish(),
    attempt: z.int().min(-2147483648, { error: 'Invalid value: Expected int32 to be >= -2147483648' }).max(2147483647, { error: 'Invalid value: Expected int32 to be <= 2147483647' }).nullish(),
    priority: z.int().min(-2147483648, { error: 'Invalid value: Expected int32 to be >= -2147483648' }).max(2147483647, { error: 'Invalid value: Expected int32 to be <= 2147483647' }).nullish(),
    queue: z.number().nullish(),
    from: z.string().nullish(),
    fromName: z.string().nullish(),
    to: z.array(z.string()).nullish(),
    csid: z.string().nullish(),
    contact: zContactable.nullish(),
    contacts: z.array(zContactMeta).nullish(),
    subject: z.string().nullish(),
    message: z.string().nullish(),
    lines: z.array(z.string()).nullish(),
    footer: z.string().nullish(),
    formatType: z.string().nullish(),
    formatSubType: z.string().nullish(),
    hsm: zCommonTemplateMeta.nullish(),
    templateExt: zBasicExternalTemplate.nullish(),
    attachments: z.array(zAttachment).nullish(),
    files: z.array(zPostManFile).nullish(),
    vccards: z.array(zPbvCard).nullish(),
    prompt: zMessagePrompt.nullish(),
    route: zMessageRouter.nullish(),
    rawMessageFormat: z.record(z.string(), z.unknown()).nullish(),
    meta: z.record(z.string(), z.unknown()).nullish(),
    model: z.record(z.string(), z.unknown()).nullish(),
    options: z.record(z.string(), z.unknown()).nullish(),
    logs: z.array(z.unknown()).nullish(),
    trace: z.array(z.unknown()).nullish(),
    stamps: z.record(z.string(), z.int()).nullish(),
    timestamp: z.int().nullish(),
    bulkSessionId: z.string().nullish(),
    campaignTitle: z.string().nullish(),
    cancelExisting: z.boolean().nullish(),
    dump: zRestMapModel.nullish(),
    filters: z.array(z.string()).nullish(),
    groupId: z.string().nullish(),
    groupName: z.string().nullish(),
    groups: z.array(z.string()).nullish(),
    messageIdResend: z.string().nullish(),
    messageTimestamp: z.int().nullish(),
    profileid: z.string().nullish(),
    referral: zMessageReferral.nullish(),
    replyTo: z.record(z.string(), z.unknown()).nullish(),
    scheduler: zChronoScheduler.nullish(),
    sessionBulkId: z.string().nullish(),
    timeout: zMessageTimeout.nullish()
});

/**
 * `ApiResponse` carrying `OutboxMessage` results (the document's `ApiResponse«OutboxMessage,object»`). No documented operation returns it.
 */
export const zApiResponseOutboxMessage = zApiResponse.and(z.object({
    data: zOutboxMessage.nullish(),
    results: z.array(zOutboxMessage)
}));

/**
 * Parameters of a template element (the country code of a phone button).
 */
export const zTmplElementParams = z.object({
    countryCode: z.string().optional()
});

/**
 * A button.
 */
export const zTmplElement = z.object({
    type: z.enum([
        'QUICK_REPLY',
        'URL',
        'PHONE_NUMBER',
        'LOCATION_REQUEST'
    ]).optional(),
    name: z.string().optional(),
    code: z.string().optional(),
    label: z.string().optional(),
    desc: z.string().optional(),
    url: z.string().optional(),
    phone: z.string().optional(),
    action: z.string().optional(),
    params: zTmplElementParams.optional(),
    shorturl: z.string().optional(),
    uid: z.string().optional(),
    variable: z.string().optional()
});

/**
 * Message options (buttons).
 */
export const zCommonMsgOptions = z.object({
    buttons: z.array(zTmplElement).optional(),
    buttonDisplayScheme: z.enum([
        'auto',
        'list',
        'buttons'
    ]).optional(),
    style: z.string().optional()
});

/**
 * A text message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundTextMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('text'),
    text: zOutBoundMsgText,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * An image message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundImageMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('image'),
    image: zOutBoundMsgMedia,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A video message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundVideoMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('video'),
    video: zOutBoundMsgMedia,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * An audio message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundAudioMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('audio'),
    audio: zOutBoundMsgMedia,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A voice message. The document has no `voice` payload field for outbound messages; presumably the file goes in `audio` (not verified), so no field is required. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundVoiceMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('voice'),
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A document message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundDocumentMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('document'),
    document: zOutBoundMsgMedia,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A location message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundLocationMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('location'),
    location: zCommonMsgLocation,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A contacts message (one or more contact cards). The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundContactsMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('contacts'),
    contacts: z.array(zCommonMsgContactCard).min(1),
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A template (HSM) message. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundTemplateMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('template'),
    template: zCommonTemplateMeta,
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * A system message. The document describes no payload for it. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundSystemMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('system'),
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * Opt the contact in (e.g. WhatsApp opt-in). No payload. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundOptinMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('optin'),
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * Opt the contact out. No payload. The other kinds' payload fields are accepted and ignored (the document's example fills them all), so they are listed as optional.
 */
export const zOutBoundOptoutMsg = z.object({
    channelId: z.string(),
    to: zOutBoundContact,
    type: z.literal('optout'),
    options: zCommonMsgOptions.optional(),
    mask: z.boolean().optional(),
    text: zOutBoundMsgText.optional(),
    image: zOutBoundMsgMedia.optional(),
    video: zOutBoundMsgMedia.optional(),
    audio: zOutBoundMsgMedia.optional(),
    document: zOutBoundMsgMedia.optional(),
    location: zCommonMsgLocation.optional(),
    contacts: z.array(zCommonMsgContactCard).optional(),
    template: zCommonTemplateMeta.optional(),
    activity: zOutBoundMsgActivity.optional(),
    attachments: z.array(zAttachment).optional(),
    campaignId: z.string().optional(),
    messageIdResend: z.string().optional(),
    push: z.record(z.string(), z.unknown()).optional(),
    style: z.record(z.string(), z.unknown()).optional(),
    timeout: zMessageTimeout.optional()
});

/**
 * Body of `message/send`: one message, its kind named by `type`. Every kind takes `channelId` and `to`; the payload field named like the kind (`text`, `image`, `template`, ...) carries the content.
 */
export const zOutBoundMsg = z.discriminatedUnion('type', [
    zOutBoundTextMsg,
    zOutBoundImageMsg,
    zOutBoundVideoMsg,
    zOutBoundAudioMsg,
    zOutBoundVoiceMsg,
    zOutBoundDocumentMsg,
    zOutBoundLocationMsg,
    zOutBoundContactsMsg,
    zOutBoundTemplateMsg,
    zOutBoundSystemMsg,
    zOutBoundOptinMsg,
    zOutBoundOptoutMsg
]);

/**
 * Channel details of a template (DLT content id for Indian SMS).
 */
export const zTptInfo = z.object({
    channelId: z.string().nullish(),
    channelType: z.string().nullish(),
    dltContentId: z.string().nullish()
});

/**
 * A message template (WhatsApp HSM and others).
 */
export const zHsmTemplateDoc = z.object({
    id: z.string().nullish(),
    code: z.string().nullish(),
    name: z.string().nullish(),
    title: z.string().nullish(),
    desc: z.string().nullish(),
    lang: z.string().nullish(),
    category: z.string().nullish(),
    categoryType: z.string().nullish(),
    contactType: z.string().nullish(),
    formatType: z.string().nullish(),
    header: z.string().nullish(),
    body: z.string().nullish(),
    footer: z.string().nullish(),
    template: z.string().nullish(),
    attachments: z.array(zAttachment).nullish(),
    approved: z.array(zApprovedChannels).nullish(),
    options: z.record(z.string(), z.unknown()).nullish(),
    meta: z.record(z.string(), z.unknown()).nullish(),
    model: z.record(z.string(), z.unknown()).nullish(),
    createdBy: z.string().nullish(),
    createdStamp: z.int().nullish(),
    categorySubType: z.string().nullish(),
    profileVarMap: z.record(z.string(), z.unknown()).nullish(),
    readonly: z.boolean().nullish(),
    tptinfo: z.array(zTptInfo).nullish()
});

/**
 * `ApiResponse` carrying `HSMTemplateDoc` results (the document's `ApiResponse«HSMTemplateDoc,object»`).
 */
export const zApiResponseHsmTemplateDoc = zApiResponse.and(z.object({
    data: zHsmTemplateDoc.nullish(),
    results: z.array(zHsmTemplateDoc)
}));

/**
 * The contact's permission for video calls.
 */
export const zVCallMeta = z.object({
    grantedAt: z.int().nullish(),
    permission: z.boolean().nullish()
});

/**
 * A contact as the session messages carry it (2026 file; replaces `Contactable` there).
 */
export const zContactDto = z.object({
    channelType: z.string().nullish(),
    contactId: z.string().nullish(),
    contactType: z.string().nullish(),
    country: z.string().nullish(),
    createdBy: z.string().nullish(),
    createdStamp: z.int().nullish(),
    csid: z.string().nullish(),
    email: z.string().nullish(),
    emailVerified: z.boolean().nullish(),
    filters: z.array(zMapStringObject).nullish(),
    firstInBoundStamp: z.int().nullish(),
    firstOutBoundStamp: z.int().nullish(),
    keymap: z.array(zMapStringString).nullish(),
    labelId: z.array(z.string()).nullish(),
    lane: z.string().nullish(),
    lastInBoundStamp: z.int().nullish(),
    lastOptInStamp: z.int().nullish(),
    lastOutBoundStamp: z.int().nullish(),
    lastPushStamp: z.int().nullish(),
    lastReplyStamp: z.int().nullish(),
    name: z.string().nullish(),
    phone: z.string().nullish(),
    phoneVerified: z.boolean().nullish(),
    prefix: z.string().nullish(),
    profile: zChatProfileDto.nullish(),
    profilePic: z.string().nullish(),
    sessionId: z.string().nullish(),
    tenant: z.string().nullish(),
    userid: z.string().nullish(),
    vcallMeta: zVCallMeta.nullish()
});

/**
 * A message of a session (`session/messages`).
 */
export const zChatMessageDto = z.object({
    messageId: z.string().nullish(),
    messageIdExt: z.string().nullish(),
    messageIdRef: z.string().nullish(),
    replyId: z.string().nullish(),
    replyIdExt: z.string().nullish(),
    replyTo: z.record(z.string(), z.unknown()).nullish(),
    sessionId: z.string().nullish(),
    bulkSessionId: z.string().nullish(),
    type: z.string().nullish(),
    action: z.string().nullish(),
    status: z.string().nullish(),
    sender: z.string().nullish(),
    name: z.string().nullish(),
    contact: z.union([
        zContactDto,
        zContactable
    ]).nullish(),
    route: zMessageRouter.nullish(),
    text: z.string().nullish(),
    template: z.string().nullish(),
    templateId: z.string().nullish(),
    attachments: z.array(zAttachment).nullish(),
    vccards: z.array(zPbvCard).nullish(),
    tags: zTagDocument.nullish(),
    options: z.record(z.string(), z.unknown()).nullish(),
    meta: z.record(z.string(), z.unknown()).nullish(),
    logs: z.array(z.unknown()).nullish(),
    stamps: z.record(z.string(), z.int()).nullish(),
    timestamp: z.int().nullish(),
    call: zMessageCall.nullish(),
    form: z.record(z.string(), z.unknown()).nullish(),
    messageIdResend: z.string().nullish(),
    messageTimestamp: z.int().nullish(),
    messageTrail: z.string().nullish(),
    referral: zMessageReferral.nullish(),
    timeout: zMessageTimeout.nullish()
});

/**
 * Compact envelope carrying `ChatMessageDTO` results (the document's `ApiResultsMetaCompactResponse«ChatMessageDTO,object»`).
 */
export const zApiResultsMetaCompactResponseChatMessageDto = zApiResultsMetaCompactResponse.and(z.object({
    results: z.array(zChatMessageDto)
}));

/**
 * Title of the campaign.
 */
export const zCampaignTitle = z.string();

/**
 * Only campaigns with this title.
 */
export const zCampaignTitleFilter = z.string();

/**
 * How the campaign is sent (the vendor's campaign mode, e.g. `BROADCAST`).
 */
export const zCampaignMode = z.string();

/**
 * The channels.
 */
export const zListChannelsResponse = zApiResultsMetaCompactResponseMsgChannel;

/**
 * The variables.
 */
export const zListGlobalVariablesResponse = zApiResponseCompanyVarsConfigDoc;

/**
 * The templates.
 */
export const zListHsmTemplatesResponse = zApiResponseHsmTemplateDoc;

/**
 * The client app with its new webhook URL.
 */
export const zSetWebhookResponse = zApiResponseClientApp;

/**
 * The resulting contact event.
 */
export const zSetContactLanguageResponse = zApiResultsMetaCompactResponseInBoundEvent;

/**
 * The stored record.
 */
export const zPushCustomerDataResponse = zApiResponseDigitalObjectDto;

/**
 * The stored event.
 */
export const zPushCustomerEventResponse = zApiResponseDigitalEventDto;

/**
 * The message was queued; `results[0].id` identifies it in status updates.
 */
export const zSendMessageResponse = zApiResponseOutBoundReciept;

/**
 * The session event (empty `results` if there was nothing to close).
 */
export const zCloseSessionResponse = zApiResultsMetaCompactResponseInBoundEvent;

/**
 * The messages of the session.
 */
export const zListSessionMessagesResponse = zApiResultsMetaCompactResponseChatMessageDto;

/**
 * The session event (empty `results` if there was nothing to resolve).
 */
export const zResolveSessionResponse = zApiResultsMetaCompactResponseInBoundEvent;

/**
 * The routing event.
 */
export const zRouteSessionResponse = zApiResultsMetaCompactResponseInBoundEvent;

/**
 * The message was queued; `results[0].id` identifies it in status updates.
 */
export const zPushMessageResponse = zApiResponseOutBoundReciept;

/**
 * The matching contacts (an empty `results` when none matches).
 */
export const zLookupContactResponse = zApiResultsMetaCompactResponsePbContactDoc;

/**
 * The campaign created.
 */
export const zCreateCampaignResponse = zApiResponseCampaignDto;

/**
 * The matching campaigns.
 */
export const zViewCampaignResponse = zApiResponseCampaignDto;

/**
 * The profile was updated.
 */
export const zUpdateProfileResponse = zApiResponseMapModel;

export const zOnContactInfoWebhookRequest = z.object({
    body: zInBoundContact,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-verify-token': z.string()
    })
});

export const zOnMessageReceiveWebhookRequest = z.object({
    body: zInBoundWrapper,
    path: z.never().optional(),
    query: z.never().optional(),
    headers: z.object({
        'x-verify-token': z.string()
    })
});
