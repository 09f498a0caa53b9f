// The docs portal in a real browser: Debian's Chromium, headless, driven by playwright-core,
// against the portal built from the specs and served on 127.0.0.1 (and once from file://).
// Screenshots go to .screenshots/ (git-ignored). Run with `pnpm test:browser`, which
// installs Chromium first where it is missing (globalSetup: ./ensure-chromium.mjs).
//
// Every wait polls until one overall deadline per test (`waitLimit()`), never a short
// fixed timeout: on a busy 2-core machine a page can take long to hydrate.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { buildVendorPage, writePortalIndex } from '../../scripts/docs.mjs'
import { appendixTagName } from '../../scripts/lib/reader-spec.mjs'
import { listOperations, resolveReference } from '@parley/testing/spec-examples'
import { loadVendorDocument } from '@parley/codegen/spec-source'
import { listVendors, repositoryRoot } from '../../scripts/lib/vendors.mjs'
import { beforePublishingHeading, facadeSampleHeading, readmeBlock } from '../../scripts/portal/index-page.mjs'
import { startPortalServer } from '../../scripts/portal/server.mjs'
import { chromiumPath } from './ensure-chromium.mjs'

/** Every vendor's spec as the pipeline reads it (Swagger 2.0 converted, overlay applied). */
const vendorDocuments = new Map(
  await Promise.all(
    listVendors().map(async (vendor) => [vendor.id, (await loadVendorDocument(vendor, { onNote: () => {} })).document]),
  ),
)

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

/** Each test may take this long in all; every wait inside it gets what is left. */
const testDeadlineMs = 10 * 60_000
let deadline = Date.now() + testDeadlineMs
const waitLimit = () => ({ timeout: Math.max(1_000, deadline - Date.now()) })

const menuItem = '[data-component-name="Menu/MenuItem"]'
const menuGroup = `${menuItem}.menu-item-type-group`
const menuOperation = `${menuItem}.menu-item-type-operation`
const menuLabel = '[data-testid="menu-item-label"]'

/** Prose about the vendor's documents, which belongs in the appendix only. */
const provenanceTexts = [
  'Widdershins',
  'Springfox',
  'Changed from the document',
  'seed document',
  'Decisions about the vendor documents',
  'x-parley-decision',
]

/** The server has no fixed host when its host part is a template (`{messagingUrl}`, `{tenant}.host`). */
const hasTemplatedHost = (spec) => /^(\{[^}]+\}|[a-z]+:\/\/[^/]*\{[^}]+\})/i.test(spec.servers?.[0]?.url ?? '')

/** What each vendor page must show: every operation's and every webhook's summary. */
function expectedVendor(vendor) {
  const spec = vendorDocuments.get(vendor.id)
  const operations = listOperations(spec).map(({ operationId, operation }) => ({
    operationId,
    summary: operation.summary ?? operationId,
  }))
  const webhooks = Object.entries(spec.webhooks ?? {}).map(([event, pathItem]) => {
    const resolved = resolveReference(spec, pathItem)
    const operation = resolved[httpMethods.find((method) => resolved[method])]
    return { operationId: operation.operationId ?? event, summary: operation.summary ?? operation.operationId ?? event }
  })
  const { version } = JSON.parse(readFileSync(join(vendor.packageDir, 'package.json'), 'utf8'))
  return { ...vendor, version, operations, webhooks, needsBaseUrl: hasTemplatedHost(spec) }
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
  page.setDefaultTimeout(waitLimit().timeout)
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  page.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`)
  })
  return page
}

function expectNothingLeftTheMachine() {
  expect(externalRequests, 'a page asked for something outside 127.0.0.1 / file: / data: / blob:').toEqual([])
  expect(pageErrors, 'uncaught errors in the page').toEqual([])
  expect(failedResponses, 'requests the portal answered with an error').toEqual([])
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
    waitLimit(),
  )
}

async function openVendorPage(page, url) {
  await page.goto(url, { waitUntil: 'load', ...waitLimit() })
  // Hydrated: the side menu's groups respond to clicks once React has taken over.
  await page.locator(menuGroup).first().waitFor(waitLimit())
  await page.waitForFunction(
    () => document.querySelector('#redoc [data-component-name="Menu/Menu"]') !== null,
    undefined,
    waitLimit(),
  )
}

/** The labels of the side menu's groups (tags), in order. */
const groupLabels = (page) =>
  page
    .locator(menuGroup)
    .evaluateAll((groups) =>
      groups.map((group) => group.querySelector('[data-testid="menu-item-label"]')?.textContent?.trim() ?? ''),
    )

/** Expands one side-menu group and returns its operations: `{ href, label }`. */
async function expandGroup(page, groupIndex) {
  const group = page.locator(menuGroup).nth(groupIndex)
  await group.locator(menuLabel).first().click()
  await group.locator(menuOperation).first().waitFor(waitLimit())
  return group.locator(menuOperation).evaluateAll((items) =>
    // `data-text` holds the label alone, without the method badge.
    items.map((item) => ({
      href: item.querySelector('a')?.getAttribute('href') ?? '',
      label: (item.querySelector('[data-text]')?.getAttribute('data-text') ?? item.textContent ?? '').trim(),
    })),
  )
}

/** The spec entry a menu label stands for (the label is the summary). */
const entryFor = (entries, label) => entries.find(({ summary }) => summary === label)

/** The page's text as shown (Redoc renders one section at a time) holds no note about the documents. */
async function expectNoProvenance(page, where) {
  const text = await page.locator('body').innerText()
  for (const marker of provenanceTexts)
    expect(text.includes(marker), `${where} shows "${marker}" outside the appendix`).toBe(false)
}

beforeAll(async () => {
  deadline = Date.now() + testDeadlineMs
  mkdirSync(screenshotDir, { recursive: true })
  docsDir = mkdtempSync(join(tmpdir(), 'parley-portal-'))
  await Promise.all(vendors.map((vendor) => buildVendorPage(vendor, docsDir)))
  rmSync(join(docsDir, '.specs'), { recursive: true, force: true })
  await writePortalIndex(docsDir)
  portal = await startPortalServer({ directory: docsDir, port: 0 })
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, ...waitLimit() })
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const portalOrigin = portal.url.replace(/\/$/, '')
  context.on('request', (request) => {
    if (!isLocal(request.url(), portalOrigin)) externalRequests.push(`${request.method()} ${request.url()}`)
  })
  // Belt and braces: anything non-local is also refused before it reaches the network.
  await context.route(/^https?:\/\//, (route) =>
    isLocal(route.request().url(), portalOrigin) ? route.continue() : route.abort('blockedbyclient'),
  )
})

beforeEach(() => {
  deadline = Date.now() + testDeadlineMs
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await portal?.close()
  if (docsDir) rmSync(docsDir, { recursive: true, force: true })
})

describe('docs portal', () => {
  test('the built pages name no asset host (CDN, fonts, telemetry) and load no remote script or stylesheet', () => {
    for (const file of ['index.html', ...vendors.map((vendor) => `${vendor.id}.html`)]) {
      const html = readFileSync(join(docsDir, file), 'utf8')
      for (const host of [
        'cdn.redoc.ly',
        'cdn.redocly.com',
        'fonts.googleapis.com',
        'fonts.gstatic.com',
        'otel.cloud.redocly.com',
        'unpkg.com',
        'jsdelivr.net',
      ]) {
        expect(html.includes(host), `${file} names ${host}`).toBe(false)
      }
      expect(html, `${file} loads a remote script, stylesheet or image`).not.toMatch(
        /<(script|link|img)\b[^>]*\b(src|href)=["']?(https?:)?\/\//i,
      )
    }
  })

  test('the index lists every vendor with package, install line, package.json version, what it offers (each count once), mock URL and docs link; the facade has its own card; how to use the packages before they are published', async () => {
    const page = await newPage()
    await page.goto(portal.url, { waitUntil: 'load', ...waitLimit() })
    expect(await page.title()).toBe('Parley API reference')
    expect(await page.locator('li.vendor').count()).toBe(vendors.length)
    for (const vendor of vendors) {
      const card = page.locator(`li.vendor[data-vendor="${vendor.id}"]`)
      await card.waitFor(waitLimit())
      const text = await card.innerText()
      expect(text, `${vendor.id}: package name`).toContain(vendor.packageName)
      expect(text, `${vendor.id}: install line`).toContain(`npm install ${vendor.packageName}`)
      expect(await card.locator('.version').innerText(), `${vendor.id}: the version of its package.json`).toBe(
        `v${vendor.version}`,
      )
      // Each figure once: the operation count is in what the package offers, and nowhere else.
      expect(
        text.match(new RegExp(`\\b${vendor.operations.length}\\b`, 'g')),
        `${vendor.id}: operation count once`,
      ).toHaveLength(1)
      expect(text, `${vendor.id}: no second list of counts`).not.toMatch(/^(Operations|Webhooks)$/m)
      expect(text, `${vendor.id}: mock server URL`).toContain(`http://127.0.0.1:${vendor.mockPort}`)
      expect(await card.locator('a.docs-link').getAttribute('href')).toBe(`${vendor.id}.html`)
      // What the package offers: each function the card names is exported by the built package.
      const offers = await card.locator('ul.offers li').allInnerTexts()
      expect(offers[0], `${vendor.id}: the client and its operation count`).toBe(
        `Typed client: ${vendor.operations.length} operations`,
      )
      const built = await import(pathToFileURL(join(vendor.packageDir, 'dist', 'index.js')).href)
      for (const name of offers.join(' ').match(/\b(create\w+WebhookHandler|iterate\w+)\b/g) ?? []) {
        expect(typeof built[name], `${vendor.id}: the card names ${name}`).toBe('function')
      }
      const handler = `create${vendor.pascalName}WebhookHandler`
      if (typeof built[handler] === 'function') {
        expect(offers, `${vendor.id}: the card names its webhook handler and event count`).toContain(
          `Webhook handler for ${vendor.webhooks.length} events (${handler})`,
        )
      }
    }
    // The facade's card: its package, and the README's sample (which the readmes test runs).
    const facade = page.locator('section.facade')
    await facade.waitFor(waitLimit())
    expect(await facade.locator('.package').innerText()).toContain('@parley/messaging')
    expect(await facade.locator('pre.sample').innerText()).toBe(readmeBlock(facadeSampleHeading, 'ts'))
    // Before publishing: the README's commands, which test:packages runs.
    const unpublished = page.locator('#before-publishing pre')
    expect(await unpublished.innerText()).toBe(readmeBlock(beforePublishingHeading, 'sh'))
    expect(await unpublished.innerText()).toContain('pnpm pack:packages')
    const capabilitiesPath = join(repositoryRoot, 'packages', 'messaging', 'capabilities.json')
    let capabilities
    try {
      capabilities = JSON.parse(readFileSync(capabilitiesPath, 'utf8'))
    } catch {
      // The facade's matrix appears once @parley/messaging writes it.
    }
    if (capabilities) {
      const table = page.locator('#capabilities table')
      await table.waitFor(waitLimit())
      expect(await table.locator('tbody tr').count()).toBe(capabilities.operations.length)
      expect(await table.locator('thead th[scope="col"]').allInnerTexts()).toEqual(Object.keys(capabilities.vendors))
      // The content-kind table, generated from the adapters like the matrix.
      const contentTable = page.locator('#content-kinds table')
      await contentTable.waitFor(waitLimit())
      expect(await contentTable.locator('tbody tr').count()).toBe(capabilities.contentKinds.length)
      expect(await contentTable.locator('tbody tr', { hasText: 'carousel' }).locator('td').first().innerText()).toBe(
        capabilities.contentTable.carousel[Object.keys(capabilities.content)[0]].replaceAll('`', ''),
      )
    }
    await page.screenshot({ path: join(screenshotDir, 'portal-index.png') })
    await page.screenshot({ path: join(screenshotDir, 'portal-index-full.png'), fullPage: true })
    // `PARLEY_README_SCREENSHOT=1 pnpm test:browser` refreshes the README's picture.
    if (process.env.PARLEY_README_SCREENSHOT === '1')
      copyFileSync(join(screenshotDir, 'portal-index-full.png'), join(repositoryRoot, 'docs', 'portal.png'))
    await page.close()
    expectNothingLeftTheMachine()
  })

  for (const vendor of vendors) {
    test(`${vendor.id}: the first screen is about the API; the server box shows no Markdown; the decisions are the last menu entry`, async () => {
      const page = await newPage()
      await openVendorPage(page, `${portal.url}${vendor.id}.html`)
      await page.screenshot({ path: join(screenshotDir, `${vendor.id}-first-screen.png`) })
      await expectNoProvenance(page, `${vendor.id}: the first screen`)
      const servers = page
        .locator('[data-component-name="Panel/Panel"]')
        .filter({ has: page.getByText('Servers', { exact: true }) })
      await servers.first().waitFor(waitLimit())
      expect(await servers.first().innerText(), `${vendor.id}: the server box`).not.toMatch(/[`*]/)
      const groups = await groupLabels(page)
      expect(groups.at(-1), `${vendor.id}: the appendix is the last menu entry`).toBe(appendixTagName)
      expect(
        groups.slice(0, -1).some((label) => /decision|vendor document/i.test(label)),
        `${vendor.id}: no other menu entry is about the documents`,
      ).toBe(false)
      // The appendix holds the decisions (the spec keeps them; the pages show them last).
      await page.locator(menuGroup).last().locator(menuLabel).first().click()
      await waitForHeadingOnScreen(page, appendixTagName)
      const appendixText = await page.locator('body').innerText()
      expect(appendixText, `${vendor.id}: the appendix lists the decisions`).toMatch(
        /Decision: |Decisions about the vendor documents/,
      )
      await page.screenshot({ path: join(screenshotDir, `${vendor.id}-appendix.png`) })
      await page.close()
      expectNothingLeftTheMachine()
    })

    test(`${vendor.id}: the page renders every operation and webhook (${vendor.operations.length} + ${vendor.webhooks.length}) in the menu and on screen, none with notes about the documents`, async () => {
      const page = await newPage()
      await openVendorPage(page, `${portal.url}${vendor.id}.html`)
      expect(await page.title()).toMatch(new RegExp(`^${vendor.packageName.replace(/[/@-]/g, '\\$&')} `))
      await page.screenshot({ path: join(screenshotDir, `${vendor.id}.png`) })
      const seen = []
      const groups = await groupLabels(page)
      expect(groups.length, 'the side menu has groups (tags)').toBeGreaterThan(0)
      for (let groupIndex = 0; groupIndex < groups.length; groupIndex++) {
        if (groups[groupIndex] === appendixTagName) continue
        const entries = await expandGroup(page, groupIndex)
        for (const entry of entries) {
          const expected = entryFor([...vendor.operations, ...vendor.webhooks], entry.label)
          expect(expected, `menu entry "${entry.label}" matches an operation or webhook of the spec`).toBeDefined()
          // Each entry takes you to the operation: its heading comes on screen, its link in the URL.
          await page.locator(`${menuOperation} a[href="${entry.href}"]`).first().click()
          await page.waitForURL((url) => url.hash === entry.href, waitLimit())
          await waitForHeadingOnScreen(page, expected.summary)
          await expectNoProvenance(page, `${vendor.id} ${expected.operationId}`)
          seen.push(expected.summary)
        }
      }
      for (const { summary, operationId } of [...vendor.operations, ...vendor.webhooks]) {
        expect(seen, `${operationId}: "${summary}" is in the side menu and renders`).toContain(summary)
      }
      await page.close()
      expectNothingLeftTheMachine()
    })
  }

  test("from the index to a vendor page and to an operation, with its SDK sample: baseUrl where the host is the user's, the copy button clear of the code", async () => {
    for (const vendor of vendors) {
      const page = await newPage()
      await page.goto(portal.url, { waitUntil: 'load', ...waitLimit() })
      await page.locator(`li.vendor[data-vendor="${vendor.id}"] a.docs-link`).click()
      await page.waitForURL(`${portal.url}${vendor.id}.html`, waitLimit())
      await openVendorPage(page, page.url())
      const [first] = await expandGroup(page, 0)
      const operation = entryFor(vendor.operations, first.label)
      expect(operation, `${vendor.id}: the first menu entry is an operation`).toBeDefined()
      await page.locator(`${menuOperation} a[href="${first.href}"]`).first().click()
      await page.waitForURL((url) => url.hash === first.href, waitLimit())
      expect(
        first.href.toLowerCase().endsWith(`/${operation.operationId.toLowerCase()}`),
        `${first.href} names ${operation.operationId}`,
      ).toBe(true)
      await waitForHeadingOnScreen(page, operation.summary)
      // The right panel opens on the SDK sample (x-codeSamples, TypeScript first), not curl.
      const sample = page
        .locator('[data-component-name="CodeBlock/CodeBlock"]')
        .filter({ hasText: `create${vendor.pascalName}Client(` })
        .first()
      await sample.waitFor({ state: 'visible', ...waitLimit() })
      const code = await sample.locator('pre').innerText()
      expect(code).toContain(`client.${operation.operationId}(`)
      if (vendor.needsBaseUrl)
        expect(code, `${vendor.id}: the server has no fixed host, so the sample sets baseUrl`).toMatch(/^\s+baseUrl: /m)
      else expect(code, `${vendor.id}: a fixed host needs no baseUrl`).not.toContain('baseUrl')
      // The copy button sits on its own row: it covers no character of the code.
      const overlap = await sample.evaluate((block) => {
        const button = block.querySelector('[data-testid="copy-button"]')?.getBoundingClientRect()
        const range = document.createRange()
        range.selectNodeContents(block.querySelector('pre'))
        const covered = [...range.getClientRects()].filter(
          (box) =>
            box.width > 0 &&
            button &&
            box.left < button.right &&
            box.right > button.left &&
            box.top < button.bottom &&
            box.bottom > button.top,
        )
        return { hasButton: Boolean(button), covered: covered.length }
      })
      expect(overlap, `${vendor.id}: the copy button and the code`).toEqual({ hasButton: true, covered: 0 })
      await page.screenshot({ path: join(screenshotDir, `${vendor.id}-${operation.operationId}.png`) })
      await page.close()
    }
    expectNothingLeftTheMachine()
  })

  test('the SDK sample panel shows every character of its code at 1280 to 1920 px; a union reads as its type, its members listed', async () => {
    const widths = [1280, 1366, 1440, 1600, 1920]
    for (const vendor of vendors) {
      const page = await newPage()
      await openVendorPage(page, `${portal.url}${vendor.id}.html`)
      const [first] = await expandGroup(page, 0)
      await page.locator(`${menuOperation} a[href="${first.href}"]`).first().click()
      await page.waitForURL((url) => url.hash === first.href, waitLimit())
      const sample = page
        .locator('[data-component-name="CodeBlock/CodeBlock"]')
        .filter({ hasText: `create${vendor.pascalName}Client(` })
        .first()
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 })
        await sample.waitFor({ state: 'visible', ...waitLimit() })
        // No line runs past the block (it would be hidden: Redoc hides the scrollbar), and the block is on screen.
        const fit = await sample.evaluate((block) => {
          const pre = block.querySelector('pre')
          const box = block.getBoundingClientRect()
          return {
            overflow: pre.scrollWidth - pre.clientWidth,
            right: Math.ceil(box.right),
            viewport: window.innerWidth,
          }
        })
        expect(fit.overflow, `${vendor.id} at ${width} px: code wider than its block`).toBeLessThanOrEqual(0)
        expect(fit.right, `${vendor.id} at ${width} px: the sample panel ends on screen`).toBeLessThanOrEqual(
          fit.viewport,
        )
        await sample.screenshot({ path: join(screenshotDir, `${vendor.id}-sample-${width}.png`) })
      }
      await page.close()
    }
    // Botpress Messaging's message payload is a union of ten kinds: typed, with its members.
    const page = await newPage()
    await openVendorPage(page, `${portal.url}botpress-messaging.html#tag/Messages/operation/createMessage`)
    const payload = page.locator('.schema-property-item[id$="path=payload"]').first()
    await payload.waitFor(waitLimit())
    // Its members render after the row itself: wait for the last kind.
    await page.waitForFunction(
      () => document.querySelector('.schema-property-item[id$="path=payload"]')?.innerText.includes('"single-choice"'),
      undefined,
      waitLimit(),
    )
    const payloadText = await payload.innerText()
    expect(payloadText).toMatch(/^payload\s*object/)
    expect(payloadText).not.toMatch(/^payload\s*any/)
    for (const kind of ['text', 'image', 'carousel', 'single-choice']) expect(payloadText).toContain(`"${kind}"`)
    await page.close()
    expectNothingLeftTheMachine()
  })

  test('the static export works from file:// (index, link, a vendor page and an operation)', async () => {
    const page = await newPage()
    await page.goto(pathToFileURL(join(docsDir, 'index.html')).href, { waitUntil: 'load', ...waitLimit() })
    const vendor = vendors[0]
    await page.locator(`li.vendor[data-vendor="${vendor.id}"] a.docs-link`).click()
    await page.waitForURL(pathToFileURL(join(docsDir, `${vendor.id}.html`)).href, waitLimit())
    await openVendorPage(page, page.url())
    const [first] = await expandGroup(page, 0)
    await page.locator(`${menuOperation} a[href="${first.href}"]`).first().click()
    await page.waitForURL((url) => url.protocol === 'file:' && url.hash === first.href, waitLimit())
    const operation = entryFor(vendor.operations, first.label)
    await waitForHeadingOnScreen(page, operation.summary)
    await page.screenshot({ path: join(screenshotDir, `file-${vendor.id}.png`) })
    await page.close()
    expectNothingLeftTheMachine()
  })
})
