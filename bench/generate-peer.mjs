// Generates hey-api 0.99's default output (its bundled fetch client, flat SDK) for the
// Botpress Messaging spec, as a peer to measure against, then compiles it to JavaScript.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@hey-api/openapi-ts'

const benchDir = dirname(fileURLToPath(import.meta.url))
const repositoryRoot = join(benchDir, '..')
const output = process.argv[2] ?? join(benchDir, '.peers', 'hey-api-default')
await createClient({
  input: join(repositoryRoot, 'specs', 'botpress-messaging', 'openapi.yaml'),
  output: { path: output, importFileExtension: '.js' },
  logs: { level: 'silent' },
  plugins: ['@hey-api/typescript', '@hey-api/sdk', '@hey-api/client-fetch'],
})
writeFileSync(
  join(output, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023', 'DOM'],
      types: [],
      skipLibCheck: true,
      declaration: true,
      outDir: '.',
    },
    include: ['**/*.ts'],
    exclude: ['**/*.d.ts'],
  }),
)
execFileSync(
  process.execPath,
  [join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(output, 'tsconfig.json')],
  { stdio: 'inherit' },
)
console.log(`hey-api default peer generated in ${output}`)
