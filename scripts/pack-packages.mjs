#!/usr/bin/env node
// `pnpm pack:packages [folder]`: the packages before they are published. Packs every public
// package as a release would (into packed/, or the folder given) and prints the
// `npm install` line that installs them into another project.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { repositoryRoot } from './lib/vendors.mjs'
import { listPublicPackages, packPackage } from './release/packages.mjs'

const destination = resolve(process.argv[2] ?? join(repositoryRoot, 'packed'))
const packages = listPublicPackages()
const unbuilt = packages.filter(({ directory }) => !existsSync(join(directory, 'dist')))
if (unbuilt.length > 0) {
  console.error(
    `Not built: ${unbuilt.map(({ name }) => name).join(', ')}. Run \`pnpm build\` (or \`npm start\`) first.`,
  )
  process.exit(1)
}

rmSync(destination, { recursive: true, force: true })
mkdirSync(destination, { recursive: true })
const tarballs = packages.map(({ directory, name }) => ({ name, tarball: packPackage(directory, destination) }))

console.log(`Packed ${tarballs.length} packages into ${destination}:`)
for (const { name, tarball } of tarballs) console.log(`  ${name.padEnd(28)} ${tarball}`)
console.log('\nIn your project (keep the runtime, the vendors you use, and the facade if you use it):\n')
console.log(`npm install ${tarballs.map(({ tarball }) => tarball).join(' ')}`)
