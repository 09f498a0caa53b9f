// Settings that cannot work are refused when given, naming the option and never a value.
import { describe, expect, it } from 'vitest'
import { ConfigurationError, createClient } from '../src/index.js'
import { canary, scriptedFetch, json } from './support.js'

const refused = (config: Parameters<typeof createClient>[0]) => {
  try {
    createClient(config)
  } catch (error) {
    return error as ConfigurationError
  }
  throw new Error('accepted')
}

describe('client settings', () => {
  it.each([
    [{ baseUrl: 'api.vendor.test/v1' }, 'baseUrl'],
    [{ baseUrl: 'ftp://api.vendor.test' }, 'baseUrl'],
    [{ baseUrl: 'https://api.vendor.test/v1 ' }, 'baseUrl'],
    [{ credentials: { apiKey: '' } }, 'credentials.apiKey'],
    [{ baseUrl: 'https://api.vendor.test/v1?x=1' }, 'baseUrl'],
    [{ baseUrl: 'https://api.vendor.test/v1#f' }, 'baseUrl'],
    [{ baseUrl: `https://user:${canary}@api.vendor.test` }, 'baseUrl'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs'],
    [{ timeoutMs: '100' as unknown as number }, 'timeoutMs'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ maxRetries: Number.POSITIVE_INFINITY }, 'maxRetries'],
    [{ maxRetries: 11 }, 'maxRetries'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ retry: { initialDelayMs: -1 } }, 'retry.initialDelayMs'],
    [{ headers: { 'x-trace': `a\r\nb: ${canary}` } }, 'headers.x-trace'],
    [{ headers: { 'bad header': '1' } }, 'headers'],
    [{ credentials: { apiKey: `${canary}\n` } }, 'credentials.apiKey'],
  ])('refuses %j naming %s', (config, option) => {
    const error = refused(config)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error.option).toBe(option)
    expect(String(error) + JSON.stringify(error)).not.toContain(canary)
  })

  it('accepts Infinity as no timeout, 0 retries, and checks setConfig and per-call options too', async () => {
    const { fetch } = scriptedFetch(json(200, {}))
    const client = createClient({
      baseUrl: 'https://api.vendor.test',
      timeoutMs: Number.POSITIVE_INFINITY,
      maxRetries: 0,
      fetch,
    })
    expect(() => client.setConfig({ baseUrl: 'nope' })).toThrow(ConfigurationError)
    await expect(client.get({ url: '/x', timeoutMs: -5 })).rejects.toThrow(ConfigurationError)
    await expect(client.get({ url: '/x', responseStyle: 'data' })).resolves.toEqual({})
  })
})
