import { ParleyError } from '@parley/runtime'
import {
  type Capability,
  type MessagingAdapter,
  type MessagingOperations,
  SPECIFICATION_VERSION,
} from './specification.js'

/** The facade over one adapter: exactly the operations the vendor supports. */
export type Messaging<TVendor extends string, TCapability extends Capability> = {
  readonly vendor: TVendor
  readonly specificationVersion: typeof SPECIFICATION_VERSION
  /** What this vendor supports, as literal types: `if (chat.capabilities.handover) ...`. */
  readonly capabilities: { readonly [Name in TCapability]: true }
} & Pick<MessagingOperations<TVendor>, TCapability>

export class UnsupportedAdapterError extends ParleyError {
  static override readonly kind: string = 'UnsupportedAdapterError'
}

/**
 * Wraps a vendor adapter (`khorosFlow({...})`, `avaamo({...})`, ...) in the common
 * interface. A method the vendor lacks is absent from the type and from the object.
 */
export function createMessaging<TVendor extends string, TCapability extends Capability>(
  adapter: MessagingAdapter<TVendor, TCapability>,
): Messaging<TVendor, TCapability> {
  const version = (adapter as { specificationVersion?: unknown } | undefined)?.specificationVersion
  if (version !== SPECIFICATION_VERSION) {
    throw new UnsupportedAdapterError(
      `createMessaging: adapter ${JSON.stringify((adapter as { vendor?: unknown })?.vendor ?? 'unknown')} implements specification ` +
        `${JSON.stringify(version)}, but this @parley/messaging supports "${SPECIFICATION_VERSION}". Install matching versions of @parley/messaging and the adapter.`,
    )
  }
  const capabilities: Record<string, true> = {}
  const messaging: Record<string, unknown> = {
    vendor: adapter.vendor,
    specificationVersion: SPECIFICATION_VERSION,
    capabilities,
  }
  for (const capability of adapter.capabilities) {
    const operation = (adapter.operations as Record<string, unknown>)[capability]
    if (typeof operation !== 'function')
      throw new UnsupportedAdapterError(
        `createMessaging: adapter "${adapter.vendor}" lists "${capability}" but does not implement it`,
      )
    capabilities[capability] = true
    messaging[capability] = operation
  }
  Object.freeze(capabilities)
  return Object.freeze(messaging) as Messaging<TVendor, TCapability>
}

/** Narrows a messaging object of unknown vendor to one that has `capability`. */
export function hasCapability<TMessaging extends { readonly capabilities: object }, TWanted extends Capability>(
  messaging: TMessaging,
  capability: TWanted,
): messaging is TMessaging &
  Pick<MessagingOperations, TWanted> & { readonly capabilities: { readonly [Name in TWanted]: true } } {
  return (messaging.capabilities as Record<string, boolean | undefined>)[capability] === true
}
