// Importing one adapter pulls in only that vendor's code: bundle the facade with each
// adapter for the browser and look for the other vendors' fingerprints (their API paths).
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')

/** A string only that vendor's generated code contains (one of its API paths). */
const fingerprints = {
  'botpress-messaging': '/api/v1/messages/collect',
  'khoros-flow': '/broadcast/instant',
  'mehery-xms': '/api/v1/session/routing',
  avaamo: '/bots_api/v1/messages.json',
} as const

const adapterExports = {
  'botpress-messaging': 'botpressMessaging',
  'khoros-flow': 'khorosFlow',
  'mehery-xms': 'meheryXms',
  avaamo: 'avaamo',
} as const

async function bundleWith(vendor: keyof typeof adapterExports): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { createMessaging } from './src/index.ts'\nimport { ${adapterExports[vendor]} } from './src/adapters/${vendor}.ts'\nexport const chat = (options) => createMessaging(${adapterExports[vendor]}(options))\n`,
      resolveDir: packageDir,
      loader: 'ts',
    },
    bundle: true,
    // Code splitting as an application bundler does: the lazily imported zod validators
    // (`validateResponses`) land in their own chunk, loaded only when used.
    splitting: true,
    outdir: join(packageDir, '.bundle-test'),
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
    conditions: ['import', 'default'],
  })
  const entry = result.outputFiles.find((file) => file.path.endsWith('stdin.js'))
  return entry?.text ?? ''
}

describe.each(Object.keys(adapterExports) as Array<keyof typeof adapterExports>)(
  'a bundle of the facade with the %s adapter',
  (vendor) => {
    it('holds that vendor and no other', async () => {
      const code = await bundleWith(vendor)
      // Booleans, not toContain: a failure should not print a whole minified bundle.
      const vendorsFound = Object.entries(fingerprints)
        .filter(([, fingerprint]) => code.includes(fingerprint))
        .map(([found]) => found)
      expect(vendorsFound).toEqual([vendor])
      expect(code.includes('$ZodType'), 'zod stays in its lazy chunk').toBe(false)
      // Recorded by the benchmarks (bench/README.md); here only a loose guard against a regression.
      expect(gzipSync(code).length).toBeLessThan(20_000)
    })
  },
)
