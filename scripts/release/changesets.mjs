// Reading pending changesets and release tags, shared by the release checks.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repositoryRoot } from '../lib/vendors.mjs'

/** @typedef {'none' | 'patch' | 'minor' | 'major'} Bump */

/** @type {Record<Bump, number>} */
export const bumpRank = { none: 0, patch: 1, minor: 2, major: 3 }

/**
 * `{ packageName: highest bump }` asked for by the changesets in `.changeset/`.
 * @param {string} [changesetDir]
 * @returns {Record<string, Bump>}
 */
export function pendingBumps(changesetDir = join(repositoryRoot, '.changeset')) {
  /** @type {Record<string, Bump>} */
  const bumps = {}
  for (const file of readdirSync(changesetDir).filter((name) => name.endsWith('.md') && name !== 'README.md')) {
    const text = readFileSync(join(changesetDir, file), 'utf8')
    const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? ''
    for (const line of frontMatter.split('\n')) {
      const match = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line)
      if (!match) continue
      const [, name = '', matched] = match
      const bump = /** @type {Bump} */ (matched)
      if (bumpRank[bump] > bumpRank[bumps[name] ?? 'none']) bumps[name] = bump
    }
  }
  return bumps
}

const git = (/** @type {string[]} */ ...args) =>
  execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()

/**
 * The newest release tag of a package (`@parley/avaamo@1.2.0`), as `changeset publish` writes them.
 * @param {string} packageName
 * @returns {string | undefined}
 */
export function latestReleaseTag(packageName) {
  try {
    return git('tag', '--list', `${packageName}@*`, '--sort=-v:refname').split('\n').find(Boolean)
  } catch {
    return undefined
  }
}

/**
 * A file's content at a git ref, or undefined when it did not exist there.
 * @param {string} ref
 * @param {string} path
 * @returns {string | undefined}
 */
export function fileAtRef(ref, path) {
  try {
    return git('show', `${ref}:${path}`)
  } catch {
    return undefined
  }
}

/**
 * Whether anything under the paths changed since a ref (committed or not).
 * @param {string} ref
 * @param {string[]} paths
 */
export function changedSince(ref, paths) {
  try {
    execFileSync('git', ['diff', '--quiet', ref, '--', ...paths], { cwd: repositoryRoot, stdio: 'ignore' })
    return false
  } catch {
    return true
  }
}
