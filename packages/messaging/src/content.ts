/**
 * One content model for every vendor and both directions: what `chat.send` takes, what
 * an inbound message event carries and what history yields. A union on `kind`; every
 * field is readonly and every list a `ReadonlyArray`, so a menu written `as const` is
 * accepted as it is.
 */

export type MediaKind = 'image' | 'video' | 'audio' | 'file'

/** Plain text; `markdown: true` where the vendor renders Markdown. */
export interface TextContent {
  readonly kind: 'text'
  readonly text: string
  readonly markdown?: boolean
}

/** A file by URL: an image, a video, an audio clip or any other file. */
export interface MediaContent {
  readonly kind: 'media'
  readonly mediaKind: MediaKind
  readonly url: string
  /** Caption or title shown with the media. */
  readonly caption?: string
  readonly mimeType?: string
  readonly fileName?: string
}

export interface LocationContent {
  readonly kind: 'location'
  readonly latitude: number
  readonly longitude: number
  readonly title?: string
  readonly address?: string
}

/** One quick reply: the label shown and the value posted back when it is picked. */
export interface Choice {
  readonly title: string
  readonly value: string
}

/** A question with quick replies. Picking one arrives as `postback` content (or the value as text, see the README). */
export interface ChoiceContent {
  readonly kind: 'choice'
  readonly text: string
  readonly choices: ReadonlyArray<Choice>
}

/** A button that posts a value back to the bot. */
export interface PostbackAction {
  readonly kind: 'postback'
  readonly title: string
  readonly value: string
}

/** A button that opens a URL. */
export interface UrlAction {
  readonly kind: 'url'
  readonly title: string
  readonly url: string
}

/** A button that makes the user say `text`, as if typed. */
export interface SayAction {
  readonly kind: 'say'
  readonly title: string
  readonly text: string
}

export type CardAction = PostbackAction | UrlAction | SayAction

/** A card's fields, as a carousel lists them. */
export interface Card {
  readonly title: string
  readonly subtitle?: string
  readonly imageUrl?: string
  readonly actions: ReadonlyArray<CardAction>
}

export interface CardContent extends Card {
  readonly kind: 'card'
}

/** Cards shown side by side. */
export interface CarouselContent {
  readonly kind: 'carousel'
  readonly cards: ReadonlyArray<Card>
}

export interface ListItem {
  readonly title: string
  readonly subtitle?: string
  readonly imageUrl?: string
  readonly actions?: ReadonlyArray<CardAction>
}

/** A vertical list of items (a vendor's list view). */
export interface ListContent {
  readonly kind: 'list'
  readonly items: ReadonlyArray<ListItem>
}

/** A message template the vendor (or the channel behind it, WhatsApp) has approved. */
export interface TemplateContent {
  readonly kind: 'template'
  /** The template's name or code. */
  readonly name: string
  /** Language of the template to pick (`en_US`, `fr`). */
  readonly language?: string
  /** Values of the template's placeholders, by name. */
  readonly parameters?: Readonly<Record<string, string>>
}

/** A named event with optional data (Khoros Flow event triggers, bot events). */
export interface EventContent {
  readonly kind: 'event'
  readonly name: string
  readonly data?: Readonly<Record<string, unknown>>
}

/** Inbound only: a button or quick reply the user picked. */
export interface PostbackContent {
  readonly kind: 'postback'
  readonly value: string
  /** The label of what was picked, where the vendor sends it. */
  readonly title?: string
}

/** The vendor's own payload, for what the other kinds do not cover. Typed per adapter. */
export interface VendorContent<TPayload = unknown> {
  readonly kind: 'vendor'
  readonly payload: TPayload
}

export type Content<TVendorPayload = unknown> =
  | TextContent
  | MediaContent
  | LocationContent
  | ChoiceContent
  | CardContent
  | CarouselContent
  | ListContent
  | TemplateContent
  | EventContent
  | PostbackContent
  | VendorContent<TVendorPayload>

export type ContentKind = Content['kind']

/** Kinds that can be sent (a `postback` is what a user does, not what a bot sends). */
export type SendableKind = Exclude<ContentKind, 'postback'>

/** The content of the given kinds, with the adapter's vendor payload type for `vendor`. */
export type ContentOfKind<TKind extends ContentKind, TVendorPayload = unknown> = Extract<
  Content<TVendorPayload>,
  { readonly kind: TKind }
>

/** Every kind, in the order the docs list them. */
export const CONTENT_KINDS = [
  'text',
  'media',
  'location',
  'choice',
  'card',
  'carousel',
  'list',
  'template',
  'event',
  'postback',
  'vendor',
] as const satisfies ReadonlyArray<ContentKind>

/**
 * A plain-text rendering of any content: the text of a text, the question and its
 * choices of a choice, a card's title and buttons... For logs, search, and channels that
 * show text only (a bot can send it where a kind is not carried).
 */
export function plainTextOf(content: Content): string {
  switch (content.kind) {
    case 'text':
      return content.text
    case 'media':
      return content.caption ? `${content.caption} (${content.url})` : content.url
    case 'location':
      return [content.title, content.address, `${content.latitude},${content.longitude}`].filter(Boolean).join(', ')
    case 'choice':
      return [content.text, ...content.choices.map((choice, index) => `${index + 1}. ${choice.title}`)].join('\n')
    case 'card':
      return cardText(content)
    case 'carousel':
      return content.cards.map(cardText).join('\n\n')
    case 'list':
      return content.items.map((item) => [item.title, item.subtitle].filter(Boolean).join(': ')).join('\n')
    case 'template':
      return content.name
    case 'event':
      return content.name
    case 'postback':
      return content.title ?? content.value
    case 'vendor':
      return ''
  }
}

function cardText(card: Card): string {
  const actions = card.actions.map((action) =>
    action.kind === 'url' ? `${action.title}: ${action.url}` : action.title,
  )
  return [card.title, card.subtitle, ...actions].filter(Boolean).join('\n')
}

/**
 * The value a user picked: a postback's value, or a text equal to one of `choices`'
 * values or titles (vendors that render quick replies as typed text deliver them so).
 */
export function pickedValue(content: Content, choices?: ReadonlyArray<Choice>): string | undefined {
  if (content.kind === 'postback') return content.value
  if (content.kind !== 'text' || !choices) return undefined
  const typed = content.text.trim().toLowerCase()
  return choices.find((choice) => choice.value.toLowerCase() === typed || choice.title.toLowerCase() === typed)?.value
}
