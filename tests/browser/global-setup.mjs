// vitest globalSetup of the browser project: Chromium is there (installed with apt-get
// where it is missing) before any test file loads playwright.
import { chromiumPath, ensureChromium } from './ensure-chromium.mjs'

export default function setup() {
  console.log(`browser: ${ensureChromium()} at ${chromiumPath}`)
}
