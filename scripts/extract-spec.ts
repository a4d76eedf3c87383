/**
 * npm run specs:extract -- <page path or http(s) URL> <api>
 *
 * Writes the page's OpenAPI document to specs/<api>.yaml|json byte-for-byte,
 * and records where it came from in specs/provenance.json.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CliError, runCli } from './lib/cli.js'
import { extractSpec } from './lib/extract.js'
import { sha256 } from './lib/sha256.js'

const SPECS_DIR = resolve(import.meta.dirname, '../specs')
const PROVENANCE = resolve(SPECS_DIR, 'provenance.json')
const USAGE = 'usage: npm run specs:extract -- <page path or http(s) URL> <api>'

export interface ProvenanceEntry {
  source: string
  retrievedAt: string
  file: string
  sha256: string
  pageLine: number
}

async function readPage(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response
    try {
      response = await fetch(source, { signal: AbortSignal.timeout(30_000), redirect: 'follow' })
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause
      throw new CliError(`cannot reach ${source}: ${cause?.code ?? cause?.message ?? (e as Error).message}`)
    }
    if (!response.ok) throw new CliError(`cannot fetch ${source}: HTTP ${response.status}`)
    return response.text()
  }
  if (!existsSync(source)) throw new CliError(`no such page: ${source}`)
  return readFileSync(source, 'utf8')
}

function readProvenance(): Record<string, ProvenanceEntry> {
  return existsSync(PROVENANCE) ? (JSON.parse(readFileSync(PROVENANCE, 'utf8')) as Record<string, ProvenanceEntry>) : {}
}

async function main(): Promise<void> {
  const [source, api, ...rest] = process.argv.slice(2)
  if (source === undefined || api === undefined || rest.length > 0) throw new CliError(USAGE)
  if (!/^[a-z][a-z0-9-]*$/.test(api)) throw new CliError(`api name "${api}" must be lowercase letters, digits and dashes`)

  const spec = extractSpec(await readPage(source))
  const file = `specs/${api}.${spec.format}`
  const hash = sha256(spec.text)
  for (const other of ['json', 'yaml']) {
    if (other !== spec.format) rmSync(resolve(SPECS_DIR, `${api}.${other}`), { force: true })
  }
  writeFileSync(resolve(SPECS_DIR, `${api}.${spec.format}`), spec.text)

  const provenance = readProvenance()
  const previous = provenance[api]
  const unchanged = previous?.sha256 === hash && previous.source === source && previous.file === file
  if (!unchanged) {
    provenance[api] = { source, retrievedAt: new Date().toISOString(), file, sha256: hash, pageLine: spec.line }
    const sorted = Object.fromEntries(Object.entries(provenance).sort(([a], [b]) => a.localeCompare(b)))
    writeFileSync(PROVENANCE, `${JSON.stringify(sorted, null, 2)}\n`)
  }
  const note = unchanged ? 'unchanged since the last extraction' : 'provenance recorded'
  process.stdout.write(
    `${api}: wrote ${file} (OpenAPI ${spec.openapi}, ${spec.text.length} chars, sha256 ${hash.slice(0, 12)}…); ${note}\n`,
  )
  process.stdout.write(`next: npm run lint:specs && npm run generate, then read the drift report with npm test\n`)
}

await runCli('specs:extract', main)
