// A throw-away workspace for running the generator on other specs than the repository's:
// the repository's scripts copied, its node_modules linked (the same installed generators,
// and so the same caches), and a redocly.yaml that lists the given specs. Used by the
// regeneration bench (the 4-to-40-vendor curve) and by tests/codegen.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repositoryRoot } from './vendors.mjs'

/**
 * @param {string} prefix name prefix of the temporary folder
 * @param {Array<{ id: string, copyFrom?: string, specText?: string }>} specs each vendor's id,
 *   with the folder to copy as `specs/<id>/` or the text of its `openapi.yaml`
 * @param {{ repositoryRules?: boolean }} [options] `repositoryRules`: the redocly.yaml keeps the
 *   repository's lint rules (for running `new-vendor` and `lint:specs` there)
 * @returns {string} the workspace's root (the caller removes it)
 */
export function createScratchWorkspace(prefix, specs, { repositoryRules = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), prefix))
  cpSync(join(repositoryRoot, 'scripts'), join(root, 'scripts'), { recursive: true })
  // The repository's formatting, which `new-vendor` formats the files it writes with.
  cpSync(join(repositoryRoot, 'biome.jsonc'), join(root, 'biome.jsonc'))
  symlinkSync(join(repositoryRoot, 'node_modules'), join(root, 'node_modules'))
  for (const { id, copyFrom, specText } of specs) {
    const specDir = join(root, 'specs', id)
    if (copyFrom) cpSync(copyFrom, specDir, { recursive: true })
    else if (specText === undefined) throw new Error(`${id}: give copyFrom or specText`)
    else {
      mkdirSync(specDir, { recursive: true })
      writeFileSync(join(specDir, 'openapi.yaml'), specText)
    }
  }
  const apis = `apis:\n${specs.map(({ id }) => `  ${id}:\n    root: specs/${id}/openapi.yaml`).join('\n')}\n`
  const rules = repositoryRules
    ? readFileSync(join(repositoryRoot, 'redocly.yaml'), 'utf8').replace(/^apis:[\s\S]*$/m, '')
    : ''
  writeFileSync(join(root, 'redocly.yaml'), `${rules}${apis}`)
  return root
}

/**
 * A workspace that can scaffold, build and test generated vendor packages without
 * installing anything: the repository's scripts and rules, `@parley/runtime` linked,
 * `@parley/testing` copied (it finds specs through the workspace's own scripts).
 * Used by `bench:corpus` and the published-spec end-to-end test.
 * @param {string} prefix
 * @returns {string} the workspace's root (the caller removes it)
 */
export function createPackageWorkspace(prefix) {
  const root = createScratchWorkspace(prefix, [], { repositoryRules: true })
  for (const file of ['package.json', 'tsconfig.base.json', 'pnpm-workspace.yaml'])
    cpSync(join(repositoryRoot, file), join(root, file))
  mkdirSync(join(root, 'packages'), { recursive: true })
  mkdirSync(join(root, '.changeset'), { recursive: true })
  symlinkSync(join(repositoryRoot, 'packages', 'runtime'), join(root, 'packages', 'runtime'))
  cpSync(join(repositoryRoot, 'packages', 'testing'), join(root, 'packages', 'testing'), {
    recursive: true,
    filter: (source) => !source.includes(`${'testing'}/node_modules`),
  })
  symlinkSync(
    join(repositoryRoot, 'packages', 'testing', 'node_modules'),
    join(root, 'packages', 'testing', 'node_modules'),
  )
  return root
}

/** A vendor package's installed dependencies, linked from an installed vendor (no install per package). */
export const templatePackageModules = join(repositoryRoot, 'packages', 'khoros-flow', 'node_modules')

/**
 * Links what a scaffolded package in `createPackageWorkspace(root)` needs to build and test.
 * @param {string} packageDir
 * @param {string} root
 */
export function linkPackageModules(packageDir, root) {
  const modules = join(packageDir, 'node_modules')
  mkdirSync(join(modules, '@parley'), { recursive: true })
  for (const name of ['zod', 'typescript', 'vitest', '@types', 'msw'])
    if (!existsSync(join(modules, name))) symlinkSync(join(templatePackageModules, name), join(modules, name))
  symlinkSync(join(root, 'packages', 'runtime'), join(modules, '@parley', 'runtime'))
  symlinkSync(join(root, 'packages', 'testing'), join(modules, '@parley', 'testing'))
}

/**
 * The repository as a fresh clone has it (tracked and new files, nothing ignored) in a
 * scratch folder, itself a git repository with one commit, so a run can return to it
 * (`git checkout -- . && git clean -fd`). Used by `bench:corpus`.
 * @param {string} prefix name prefix of the temporary folder
 * @returns {string} the copy's root (the caller removes it)
 */
export function copyRepositoryAsCloned(prefix) {
  const target = mkdtempSync(join(tmpdir(), prefix))
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(repositoryRoot, file))) continue
    mkdirSync(dirname(join(target, file)), { recursive: true })
    cpSync(join(repositoryRoot, file), join(target, file))
  }
  const git = (/** @type {string[]} */ ...args) => spawnSync('git', args, { cwd: target, encoding: 'utf8' })
  git('init', '-q')
  git('add', '-A')
  git('-c', 'user.name=corpus', '-c', 'user.email=corpus@localhost', 'commit', '-qm', 'as cloned')
  return target
}
