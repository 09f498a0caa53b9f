// The docs portal in a real browser: Debian's Chromium, headless, driven by playwright-core,
// against the portal built from the specs and served on 127.0.0.1 (and once from file://).
// Screenshots go to .screenshots/ (git-ignored). Run with `pnpm test:browser`, which
// installs Chromium first where it is missing.
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { buildVendorPage, writePortalIndex } from '../../scripts/docs.mjs'
import { listOperations, readSpec, resolveReference } from '@parley/testing/spec-examples'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { startPortalServer } from '../../scripts/portal/server.mjs'
import { chromiumPath } from './ensure-chromium.mjs'

/** The flags that work on this machine (../shared/TOOLCHAIN.md): no sandbox as root, and
 *  none of Chromium's own background connections, which this network refuses. */
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]
const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const screenshotDir = join(repositoryRoot, '.screenshots')
const waitLimit = { timeout: 20_000 }

const menuItem = '[data-component-name="Menu/MenuItem"]'
const menuGroup = `${menuItem}.menu-item-type-group`
const menuOperation = `${menuItem}.menu-item-type-operation`
const menuLabel = '[data-testid="menu-item-label"]'

/** What each vendor page must show: every operation's and every webhook's summary. */
function expectedVendor(vendor) {
  const spec = readSpec(vendor.specPath)
  const operations = listOperations(spec).map(({ operationId, operation }) => ({ operationId, summary: operation.summary ?? operationId }))
  const webhooks = Object.entries(spec.webhooks ?? {}).map(([event, pathItem]) => {
    const resolved = resolveReference(spec, pathItem)
    const operation = resolved[httpMethods.find((method) => resolved[method])]
    return { operationId: operation.operationId ?? event, summary: operation.summary ?? operation.operationId ?? event }
  })
  const { version } = JSON.parse(readFileSync(join(vendor.packageDir, 'package.json'), 'utf8'))
  return { ...vendor, version, operations, webhooks }
}

const vendors = listVendors().map(expectedVendor)
let docsDir
let portal
let browser
let context
/** Every request a page made that was not to the portal, a file, data: or blob:. */
const externalRequests = []
const pageErrors = []
const failedResponses = []

function isLocal(url, portalOrigin) {
  return url.startsWith(`${portalOrigin}/`) || /^(file|data|blob):/.test(url) || url.startsWith(`blob:${portalOrigin}/`)
}

async function newPage() {
  const page = await context.newPage()
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`)
  })
  return page
}

function assertNothingLeftTheMachine() {
  assert.deepEqual(externalRequests, [], 'a page asked for something outside 127.0.0.1 / file: / data: / blob:')
  assert.deepEqual(pageErrors, [], 'uncaught errors in the page')
  assert.deepEqual(failedResponses, [], 'requests the portal answered with an error')
}

/** Waits until a heading containing `text` is on screen (Redoc scrolls to it). */
function waitForHeadingOnScreen(page, text) {
  return page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('h1, h2')].some((heading) => {
        if (!heading.textContent?.includes(wanted)) return false
        const box = heading.getBoundingClientRect()
        return box.height > 0 && box.top >= 0 && box.top < window.innerHeight
      }),
    text,
    waitLimit,
  )
}

async function openVendorPage(page, url) {
  await page.goto(url, { waitUntil: 'load' })
  // Hydrated: the side menu's groups respond to clicks once React has taken over.
  await page.locator(menuGroup).first().waitFor(waitLimit)
  await page.waitForFunction(() => document.querySelector('#redoc [data-component-name="Menu/Menu"]') !== null, undefined, waitLimit)
}

/** Expands one side-menu group and returns its operations: `{ href, label }`. */
async function expandGroup(page, groupIndex) {
  const group = page.locator(menuGroup).nth(groupIndex)
  await group.locator(menuLabel).first().click()
  await group.locator(menuOperation).first().waitFor(waitLimit)
  return group.locator(menuOperation).evaluateAll((items) =>
    // `data-text` holds the label alone, without the method badge.
    items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', label: (item.querySelector('[data-text]')?.getAttribute('data-text') ?? item.textContent ?? '').trim() })),
  )
}

/** The spec entry a menu label stands for (the label is the summary). */
const entryFor = (entries, label) => entries.find(({ summary }) => summary === label)

before(async () => {
  mkdirSync(screenshotDir, { recursive: true })
  docsDir = mkdtempSync(join(tmpdir(), 'parley-portal-'))
  await Promise.all(vendors.map((vendor) => buildVendorPage(vendor, docsDir)))
  rmSync(join(docsDir, '.specs'), { recursive: true, force: true })
  await writePortalIndex(docsDir)
  portal = await startPortalServer({ directory: docsDir, port: 0 })
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const portalOrigin = portal.url.replace(/\/$/, '')
  context.on('request', (request) => {
    if (!isLocal(request.url(), portalOrigin)) externalRequests.push(`${request.method()} ${request.url()}`)
  })
  // Belt and braces: anything non-local is also refused before it reaches the network.
  await context.route(/^https?:\/\//, (route) => (isLocal(route.request().url(), portalOrigin) ? route.continue() : route.abort('blockedbyclient')))
})

after(async () => {
  await context?.close()
  await browser?.close()
  await portal?.close()
  if (docsDir) rmSync(docsDir, { recursive: true, force: true })
})

describe('docs portal', () => {
  test('the built pages name no asset host (CDN, fonts, telemetry) and load no remote script or stylesheet', () => {
    for (const file of ['index.html', ...vendors.map((vendor) => `${vendor.id}.html`)]) {
      const html = readFileSync(join(docsDir, file), 'utf8')
      for (const host of ['cdn.redoc.ly', 'cdn.redocly.com', 'fonts.googleapis.com', 'fonts.gstatic.com', 'otel.cloud.redocly.com', 'unpkg.com', 'jsdelivr.net']) {
        assert.ok(!html.includes(host), `${file} names ${host}`)
      }
      assert.doesNotMatch(html, /<(script|link|img)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i, `${file} loads a remote script, stylesheet or image`)
    }
  })

  test('the index lists every vendor of redocly.yaml with package, install line, version, counts, mock URL and docs link', async () => {
    const page = await newPage()
    await page.goto(portal.url, { waitUntil: 'load' })
    assert.equal(await page.title(), 'Parley API reference')
    assert.equal(await page.locator('li.vendor').count(), vendors.length)
    for (const vendor of vendors) {
      const card = page.locator(`li.vendor[data-vendor="${vendor.id}"]`)
      await card.waitFor(waitLimit)
      const text = await card.innerText()
      assert.ok(text.includes(vendor.packageName), `${vendor.id}: package name`)
      assert.ok(text.includes(`npm install ${vendor.packageName}`), `${vendor.id}: install line`)
      assert.ok(text.includes(`v${vendor.version}`), `${vendor.id}: version ${vendor.version}`)
      assert.equal(await card.locator('.operation-count').innerText(), String(vendor.operations.length), `${vendor.id}: operation count`)
      assert.equal(await card.locator('.webhook-count').innerText(), String(vendor.webhooks.length), `${vendor.id}: webhook count`)
      assert.ok(text.includes(`http://127.0.0.1:${vendor.mockPort}`), `${vendor.id}: mock server URL`)
      assert.equal(await card.locator('a.docs-link').getAttribute('href'), `${vendor.id}.html`)
    }
    const capabilitiesPath = join(repositoryRoot, 'packages', 'messaging', 'capabilities.json')
    let capabilities
    try {
      capabilities = JSON.parse(readFileSync(capabilitiesPath, 'utf8'))
    } catch {
      // The facade's matrix appears once @parley/messaging writes it.
    }
    if (capabilities) {
      const table = page.locator('#capabilities table')
      await table.waitFor(waitLimit)
      assert.equal(await table.locator('tbody tr').count(), capabilities.operations.length)
      const columns = await table.locator('thead th[scope="col"]').allInnerTexts()
      assert.deepEqual(columns, Object.keys(capabilities.vendors))
    }
    await page.screenshot({ path: join(screenshotDir, 'portal-index.png') })
    await page.screenshot({ path: join(screenshotDir, 'portal-index-full.png'), fullPage: true })
    // `PARLEY_README_SCREENSHOT=1 pnpm test:browser` refreshes the README's picture.
    if (process.env.PARLEY_README_SCREENSHOT === '1') copyFileSync(join(screenshotDir, 'portal-index-full.png'), join(repositoryRoot, 'docs', 'portal.png'))
    await page.close()
    assertNothingLeftTheMachine()
  })

  for (const vendor of vendors) {
    test(`${vendor.id}: the page renders every operation and webhook (${vendor.operations.length} + ${vendor.webhooks.length}) in the menu and on screen`, async () => {
      const page = await newPage()
      await openVendorPage(page, `${portal.url}${vendor.id}.html`)
      assert.match(await page.title(), new RegExp(`^${vendor.packageName.replace(/[/@-]/g, '\\$&')} `))
      await page.screenshot({ path: join(screenshotDir, `${vendor.id}.png`) })
      const seen = []
      const groupCount = await page.locator(menuGroup).count()
      assert.ok(groupCount > 0, 'the side menu has groups (tags)')
      for (let groupIndex = 0; groupIndex < groupCount; groupIndex++) {
        const entries = await expandGroup(page, groupIndex)
        for (const entry of entries) {
          const expected = entryFor([...vendor.operations, ...vendor.webhooks], entry.label)
          assert.ok(expected, `menu entry "${entry.label}" matches an operation or webhook of the spec`)
          // Each entry takes you to the operation: its heading comes on screen, its link in the URL.
          await page.locator(`${menuOperation} a[href="${entry.href}"]`).first().click()
          await page.waitForURL((url) => url.hash === entry.href, waitLimit)
          await waitForHeadingOnScreen(page, expected.summary)
          seen.push(expected.summary)
        }
      }
      for (const { summary, operationId } of [...vendor.operations, ...vendor.webhooks]) {
        assert.ok(seen.includes(summary), `${operationId}: "${summary}" is in the side menu and renders`)
      }
      await page.close()
      assertNothingLeftTheMachine()
    })
  }

  test('from the index to a vendor page and to an operation, with its SDK sample', async () => {
    for (const vendor of vendors) {
      const page = await newPage()
      await page.goto(portal.url, { waitUntil: 'load' })
      await page.locator(`li.vendor[data-vendor="${vendor.id}"] a.docs-link`).click()
      await page.waitForURL(`${portal.url}${vendor.id}.html`, waitLimit)
      await openVendorPage(page, page.url())
      const [first] = await expandGroup(page, 0)
      const operation = entryFor(vendor.operations, first.label)
      assert.ok(operation, `${vendor.id}: the first menu entry is an operation`)
      await page.locator(`${menuOperation} a[href="${first.href}"]`).first().click()
      await page.waitForURL((url) => url.hash === first.href, waitLimit)
      assert.ok(first.href.toLowerCase().endsWith(`/${operation.operationId.toLowerCase()}`), `${first.href} names ${operation.operationId}`)
      await waitForHeadingOnScreen(page, operation.summary)
      // The right panel opens on the SDK sample (x-codeSamples, TypeScript first), not curl.
      const call = page.getByText(`create${vendor.pascalName}Client(`).first()
      await call.waitFor({ state: 'visible', ...waitLimit })
      await page.getByText(`client.${operation.operationId}(`).first().waitFor({ state: 'visible', ...waitLimit })
      await page.screenshot({ path: join(screenshotDir, `${vendor.id}-${operation.operationId}.png`) })
      await page.close()
    }
    assertNothingLeftTheMachine()
  })

  test('the static export works from file:// (index, link, a vendor page and an operation)', async () => {
    const page = await newPage()
    await page.goto(pathToFileURL(join(docsDir, 'index.html')).href, { waitUntil: 'load' })
    const vendor = vendors[0]
    await page.locator(`li.vendor[data-vendor="${vendor.id}"] a.docs-link`).click()
    await page.waitForURL(pathToFileURL(join(docsDir, `${vendor.id}.html`)).href, waitLimit)
    await openVendorPage(page, page.url())
    const [first] = await expandGroup(page, 0)
    await page.locator(`${menuOperation} a[href="${first.href}"]`).first().click()
    await page.waitForURL((url) => url.protocol === 'file:' && url.hash === first.href, waitLimit)
    const operation = entryFor(vendor.operations, first.label)
    await waitForHeadingOnScreen(page, operation.summary)
    await page.screenshot({ path: join(screenshotDir, `file-${vendor.id}.png`) })
    await page.close()
    assertNothingLeftTheMachine()
  })
})
