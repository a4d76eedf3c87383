/**
 * Drift between the specs and what is committed: stale generated files, and
 * the contract report of the specs against the committed lock.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ROOT } from './lint-config.js'
import { ACCEPT_COMMAND, buildLock, type ContractLock, LOCK_PATH, type LockEntry, readSpecs, renderAll, serialiseLock } from './pipeline.js'
import { compareLocks, type PageNote, type Report, renderText } from './report.js'

function readText(root: string, relative: string): string | undefined {
  const path = resolve(root, relative)
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

/** Every generated file that differs from a fresh generation of its spec. */
export async function staleGenerated(root = ROOT): Promise<string[]> {
  const lines: string[] = []
  for (const spec of readSpecs(root)) {
    for (const file of await renderAll(spec)) {
      const committed = readText(root, file.path)
      if (committed === undefined) lines.push(`${file.path} is missing (spec ${spec.specPath})`)
      else if (committed !== file.text) lines.push(`${file.path} is stale: it no longer matches ${spec.specPath}`)
    }
  }
  return lines
}

/** The committed contract lock; a clear error when it is missing or unreadable. */
export function readLock(root = ROOT): ContractLock {
  const text = readText(root, LOCK_PATH)
  if (text === undefined) throw new Error(`${LOCK_PATH} is missing; run \`${ACCEPT_COMMAND}\``)
  let lock: unknown
  try {
    lock = JSON.parse(text)
  } catch (e) {
    throw new Error(`${LOCK_PATH} is not JSON: ${(e as Error).message}`)
  }
  for (const [api, entry] of Object.entries(lock as Record<string, Partial<LockEntry>>)) {
    if (typeof entry?.schemas !== 'object' || !Array.isArray(entry.servers) || typeof entry.operations !== 'object') {
      throw new Error(`${LOCK_PATH}: the entry for ${api} is in an older format; run \`${ACCEPT_COMMAND}\` to rewrite it`)
    }
  }
  return lock as ContractLock
}

/** The contract report of the specs in `root` against its committed lock. */
export function contractReport(root = ROOT, pages: PageNote[] = []): Report {
  return compareLocks(readLock(root), buildLock(readSpecs(root)), pages)
}

/** True when the lock file's text differs from what `generate` would write, although the report is empty (ordering, format). */
export function lockOutOfDate(root = ROOT): boolean {
  return readText(root, LOCK_PATH) !== serialiseLock(buildLock(readSpecs(root)))
}

const ACCEPT = `If these changes are intended, accept them with \`${ACCEPT_COMMAND}\` and commit specs/, generated/ and ${LOCK_PATH} together.`

/** What to do when specs/ disagrees with the pages provenance records. */
export const REEXTRACT =
  'specs/ is written by specs:extract and specs:update only: extract the pages again (npm run specs:extract -- <page> <api>, or npm run specs:update -- --write) instead of editing specs/ by hand.'

/** A failure message: each problem on its own line, then what to do (by default, the command that accepts the change). */
export function driftReport(title: string, lines: readonly string[], fix = ACCEPT): string {
  return [`${title}:`, ...lines.map((l) => `  - ${l}`), fix].join('\n')
}

/** The failure message for a contract change: the contract report, then the command that accepts it. */
export function contractDriftMessage(report: Report): string {
  return `${renderText(report, `The vendor contract changed (specs/ against ${LOCK_PATH})`)}${ACCEPT}`
}
