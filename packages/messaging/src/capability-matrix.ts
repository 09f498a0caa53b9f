/**
 * The capability matrix across every adapter (for the docs portal and the tests).
 * Not exported from the package index, so it never pulls all vendors into a bundle.
 */
import type { Capability } from './specification.js'

export async function describeCapabilities(): Promise<Record<string, ReadonlyArray<Capability>>> {
  const [botpress, khoros, mehery, avaamo] = await Promise.all([
    import('./adapters/botpress-messaging.js'),
    import('./adapters/khoros-flow.js'),
    import('./adapters/mehery-xms.js'),
    import('./adapters/avaamo.js'),
  ])
  // Credentials are not checked until a call is made, so placeholders describe each adapter.
  const adapters = [
    botpress.botpressMessaging({}),
    khoros.khorosFlow({}),
    mehery.meheryXms({ channelId: 'placeholder' }),
    avaamo.avaamo({ botId: 0 }),
  ]
  return Object.fromEntries(adapters.map((adapter) => [adapter.vendor, [...adapter.capabilities]]))
}
