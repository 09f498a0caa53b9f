// The repository-level tests (everything outside packages/), one vitest project each:
//   pnpm test:browser | test:docs | test:readmes | test:size | test:packages | test:registry
// (see package.json)
// Kept under tests/ so that a package's own `vitest run` (which looks for a config from
// its folder upwards) never picks it up. The deadlines are generous on purpose: these
// tests build pages, start servers or run tsc, and share a 2-core machine with builds;
// inside a test, readiness is awaited by polling, not by short fixed waits.
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const minutes = (/** @type {number} */ count) => count * 60_000
/**
 * One project of the repository-level tests.
 * @param {string} name
 * @param {string[]} include
 * @param {number} deadline per test and per hook, ms
 * @param {import('vitest/config').TestProjectInlineConfiguration['test']} [extra]
 * @returns {import('vitest/config').TestProjectInlineConfiguration}
 */
const project = (name, include, deadline, extra = {}) => ({
  extends: true,
  test: { name, include, testTimeout: deadline, hookTimeout: deadline, ...extra },
})

export default defineConfig({
  test: {
    root: dirname(dirname(fileURLToPath(import.meta.url))),
    projects: [
      // One browser, driven test after test: no file parallelism to share the CPU with.
      project('browser', ['tests/browser/**/*.test.mjs'], minutes(30), {
        globalSetup: ['tests/browser/global-setup.mjs'],
      }),
      project('docs', ['tests/docs/code-samples.test.mjs', 'tests/docs/reader-spec.test.mjs'], minutes(15)),
      project('readmes', ['tests/docs/readme-code.test.mjs'], minutes(15)),
      project('size', ['tests/size/**/*.test.mjs'], minutes(10)),
      // One file each: packing, npm installs and tsc runs would fight for the two cores.
      project('packages', ['tests/packages/tarballs.test.mjs'], minutes(20)),
      project('registry', ['tests/packages/registry.test.mjs'], minutes(20)),
    ],
  },
})
