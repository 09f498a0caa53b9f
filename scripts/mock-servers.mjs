#!/usr/bin/env node
// `pnpm mock [vendor...]`: a Prism mock per vendor on 127.0.0.1 (ports from redocly.yaml
// order, 4101 upwards), until interrupted.
import { startPrismMock } from '@parley/testing/prism-launcher'
import { listVendors } from './lib/vendors.mjs'

const requested = process.argv.slice(2)
const vendors = listVendors().filter((vendor) => requested.length === 0 || requested.includes(vendor.id))
const mocks = await Promise.all(
  vendors.map(async (vendor) => ({ vendor, mock: await startPrismMock(vendor.specPath, { port: vendor.mockPort }) })),
)
for (const { vendor, mock } of mocks) console.log(`${vendor.id.padEnd(22)} ${mock.baseUrl}`)
const stop = async () => {
  await Promise.allSettled(mocks.map(({ mock }) => mock.close()))
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
