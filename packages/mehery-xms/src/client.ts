import { type Client, ConfigurationError } from '@parley/runtime'
import { type BoundSdk, type CommonClientOptions, bindSdk, createVendorHttpClient } from '@parley/runtime/internal'
import {
  type CredentialOptions,
  credentialOptions,
  defaultBaseUrl,
  defaultSecurity,
  requestIdHeader,
  securitySchemes,
  serverTemplate,
} from './generated/operations.gen.js'
import * as sdk from './generated/sdk.gen.js'

/** Where your Mehery tenant lives: its host name, or a whole base URL (not both). */
type MeheryXmsHost =
  | {
      /** Your tenant's host name: `acme` for `https://acme.mehery.xyz/xms` (default `api`, the shared host). */
      tenant?: string
      /** Top-level domain of the tenant's host (default `xyz`). */
      tld?: 'io' | 'xyz' | 'com'
      baseUrl?: never
    }
  | {
      /** The whole base URL, path `/xms` included (a proxy, a mock). */
      baseUrl: string
      tenant?: never
      tld?: never
    }

/** The options of every Parley client, the spec's credentials `apiKey` and `apiId` (generated), and where the tenant lives. */
export type MeheryXmsClientOptions = Omit<CommonClientOptions, 'baseUrl'> & CredentialOptions & MeheryXmsHost

/** Every operation of the Mehery XMS Messaging API, bound to one set of credentials. */
export type MeheryXmsClient = BoundSdk<typeof sdk>

/**
 * Creates a client for the Mehery XMS Messaging API: one method per operation of the spec.
 *
 * @example
 * const mehery = createMeheryXmsClient({ tenant: 'acme', apiKey, apiId })
 */
export function createMeheryXmsClient(options: MeheryXmsClientOptions = {}): MeheryXmsClient {
  return bindSdk(sdk, createMeheryXmsHttpClient(options))
}

const tenantPattern = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i
/** The top-level domains Mehery serves tenants from: anything else would send the keys to another host. */
const knownTlds: ReadonlyArray<string> = ['io', 'xyz', 'com']

/** The base URL for a tenant, from the spec's server template. */
export function meheryXmsTenantUrl(
  tenant: string = serverTemplate.variables.tenant,
  tld: string = serverTemplate.variables.tld,
): string {
  if (typeof tenant !== 'string' || tenant.length > 63 || !tenantPattern.test(tenant)) {
    throw new ConfigurationError({
      option: 'tenant',
      message: 'createMeheryXmsClient: `tenant` must be one host name label such as "acme"',
    })
  }
  if (!knownTlds.includes(tld))
    throw new ConfigurationError({
      option: 'tld',
      message: `createMeheryXmsClient: \`tld\` must be one of ${knownTlds.join(', ')}`,
    })
  return serverTemplate.url.replace('{tenant}', tenant).replace('{tld}', tld)
}

/** The HTTP client alone, for the flat functions (`operation({ client, ... })`). */
export function createMeheryXmsHttpClient(options: MeheryXmsClientOptions = {}): Client {
  const { tenant, tld, baseUrl, ...rest } = options as { tenant?: string; tld?: string; baseUrl?: string }
  if (baseUrl !== undefined && (tenant !== undefined || tld !== undefined)) {
    throw new ConfigurationError({
      option: 'baseUrl',
      message: 'createMeheryXmsClient: give either `tenant` (and `tld`) or `baseUrl`, not both',
    })
  }
  const resolvedBaseUrl =
    baseUrl ?? (tenant !== undefined || tld !== undefined ? meheryXmsTenantUrl(tenant, tld) : defaultBaseUrl)
  return createVendorHttpClient(
    { defaultBaseUrl: resolvedBaseUrl, defaultSecurity, securitySchemes, credentialOptions, requestIdHeader },
    rest,
  )
}
