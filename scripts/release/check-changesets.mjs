#!/usr/bin/env node
// `pnpm check:changesets`: every public package changed since its last release carries a
// pending changeset. "Last release" is the package's newest `@parley/<name>@x.y.z` tag
// (written by `changeset publish`); a package with no tag has never been released and
// needs a changeset that introduces it.
import { relative } from 'node:path'
import { repositoryRoot } from '../lib/vendors.mjs'
import { changedSince, latestReleaseTag, pendingBumps } from './changesets.mjs'
import { listPublicPackages } from './packages.mjs'

const bumps = pendingBumps()
/** @type {string[]} */
const missing = []
for (const entry of listPublicPackages()) {
  const tag = latestReleaseTag(entry.name)
  const packagePath = relative(repositoryRoot, entry.directory)
  // A vendor package also changes when its spec does.
  const specPath = `specs/${packagePath.split('/').pop()}`
  const changed = tag ? changedSince(tag, [packagePath, specPath]) : true
  const pending = bumps[entry.name]
  const status = !changed ? 'unchanged' : pending ? `${pending} pending` : 'NO CHANGESET'
  console.log(
    `${status === 'NO CHANGESET' ? 'FAIL' : 'ok  '} ${entry.name} (${tag ? `since ${tag}` : 'never released'}): ${status}`,
  )
  if (changed && !pending) missing.push(entry.name)
}
if (missing.length > 0) {
  console.error(
    `\nChanged without a changeset: ${missing.join(', ')}. Run \`pnpm changeset\` and describe the change for users.`,
  )
  process.exitCode = 1
}
