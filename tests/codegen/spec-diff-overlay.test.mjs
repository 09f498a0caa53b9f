// `pnpm spec:diff` compares what users got: for a published vendor, its file with its
// overlay as each was at the release, against both as they are now (a scratch git repo).
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { createScratchWorkspace } from '../../scripts/lib/scratch-workspace.mjs'

const roots = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

const spec = {
  openapi: '3.0.3',
  info: { title: 'Relay', version: '1' },
  paths: {
    '/messages': {
      get: { operationId: 'listMessages', responses: { 200: { description: 'ok' } } },
      post: { operationId: 'sendMessage', responses: { 201: { description: 'sent' } } },
    },
  },
}
const overlay = (actions) => stringify({ overlay: '1.0.0', info: { title: 'Fixes', version: '1' }, actions })

it('an overlay change alone decides the bump: an operation removed by it asks for a major', () => {
  const root = createScratchWorkspace('parley-spec-diff-test-', [{ id: 'relay', specText: JSON.stringify(spec) }])
  roots.push(root)
  writeFileSync(join(root, 'specs/relay/overlay.yaml'), overlay([]))
  mkdirSync(join(root, '.changeset'))
  const git = (...args) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.invalid',
      },
    })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'release')
  git('tag', '@parley/relay@1.0.0')
  // The vendor's file is untouched; only the overlay changes.
  writeFileSync(
    join(root, 'specs/relay/overlay.yaml'),
    overlay([{ target: "$.paths['/messages'].post", remove: true }]),
  )
  let output
  try {
    output = execFileSync(process.execPath, ['scripts/release/spec-diff.mjs'], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    })
  } catch (error) {
    output = `${error.stdout}${error.stderr}`
  }
  expect(output).toContain('FAIL @parley/relay (since @parley/relay@1.0.0): spec asks for major, changesets give none')
  expect(output).toContain('breaking: remove paths./messages.post')
}, 60_000)
