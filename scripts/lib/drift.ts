/**
 * Drift between the specs and what is committed: stale generated files and
 * contract changes, every one of them, in plain words.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { diffContracts } from '../contract.js'
import { ROOT } from './lint-config.js'
import { ACCEPT_COMMAND, buildLock, type ContractLock, LOCK_PATH, readSpecs, renderAll, serialiseLock } from './pipeline.js'

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

/** Every change between the committed contract lock and the specs as they are now. */
export function contractChanges(root = ROOT): string[] {
  const specs = readSpecs(root)
  const fresh = buildLock(specs)
  const text = readText(root, LOCK_PATH)
  if (text === undefined) return [`${LOCK_PATH} is missing`]
  const locked = JSON.parse(text) as ContractLock
  const lines: string[] = []
  for (const api of Object.keys(locked)) if (fresh[api] === undefined) lines.push(`${api}: API removed`)
  for (const [api, now] of Object.entries(fresh)) {
    const was = locked[api]
    if (was === undefined) {
      lines.push(`${api}: API added (${now.spec})`)
      continue
    }
    const changes = diffContracts(api, was.operations, now.operations)
    lines.push(...changes)
    if (changes.length === 0 && was.sha256 !== now.sha256)
      lines.push(`${api}: ${now.spec} changed (sha256 ${was.sha256.slice(0, 12)}… → ${now.sha256.slice(0, 12)}…) with no contract change`)
  }
  if (lines.length === 0 && serialiseLock(locked) !== serialiseLock(fresh))
    lines.push(`${LOCK_PATH} is out of date (ordering or formatting only)`)
  return lines
}

/** The failure message: each change on its own line, then the command that accepts them. */
export function driftReport(title: string, lines: readonly string[]): string {
  return [
    `${title}:`,
    ...lines.map((l) => `  - ${l}`),
    `If these changes are intended, accept them with \`${ACCEPT_COMMAND}\` and commit specs/, generated/ and ${LOCK_PATH} together.`,
  ].join('\n')
}
