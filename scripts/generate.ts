/**
 * npm run generate
 *
 * For every API in redocly.yaml: writes generated/<api>.ts with
 * openapi-typescript, and rewrites the contract lock specs/contract.lock.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runCli } from './lib/cli.js'
import { ROOT } from './lib/lint-config.js'
import { buildLock, LOCK_PATH, readSpecs, renderAll, serialiseLock } from './lib/pipeline.js'

function writeIfChanged(relative: string, text: string): boolean {
  const path = resolve(ROOT, relative)
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false
  writeFileSync(path, text)
  return true
}

async function main(): Promise<void> {
  const specs = readSpecs()
  mkdirSync(resolve(ROOT, 'generated'), { recursive: true })
  for (const spec of specs) {
    for (const file of await renderAll(spec)) {
      const changed = writeIfChanged(file.path, file.text)
      process.stdout.write(`${spec.api}: ${file.path} ${changed ? 'written' : 'unchanged'} (from ${spec.specPath})\n`)
    }
  }
  const changed = writeIfChanged(LOCK_PATH, serialiseLock(buildLock(specs)))
  process.stdout.write(`${LOCK_PATH} ${changed ? 'written' : 'unchanged'}\n`)
}

await runCli('generate', main)
