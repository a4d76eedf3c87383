/**
 * specs:update, without the side effects: fetch every page provenance lists,
 * extract each fragment, and plan the files that would make specs/ follow.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { readLintConfig } from './lint-config.js'
import { type LintOutcome, lintAll } from './redocly.js'
import type { PageNote } from './report.js'
import { sha256 } from './sha256.js'
import { fragmentFromPage, PROVENANCE_PATH, planWrites, readProvenance } from './spec-files.js'
import { type PageFragment, planVendor, type VendorPlan } from './vendor-pages.js'

export interface UpdatePlan {
  writes: { files: Record<string, string>; remove: string[] }
  pages: PageNote[]
  /** Each vendor's spec path as the pages now make it (a page that moved from JSON to YAML moves it). */
  specs: Record<string, string>
}

/**
 * The vendors whose spec the pages would move to another path than the one
 * redocly.yaml lints (a page that switched from a JSON block to a YAML one):
 * the report would read the stale file, and --write would delete the linted one.
 */
export function movedSpecs(root: string, plan: UpdatePlan): string[] {
  const linted = new Map(readLintConfig(resolve(root, 'redocly.yaml')).apis.map((a) => [a.name, a.root]))
  return Object.entries(plan.specs)
    .filter(([api, spec]) => linted.has(api) && linted.get(api) !== spec)
    .map(([api, spec]) => `${api}: the pages now make ${spec}, but redocly.yaml lints ${linted.get(api)}`)
}

export type PageReader = (source: string) => Promise<string>

/** Every page of every vendor, fetched and extracted; the files specs/ would need. Throws on any page it cannot use. */
export async function planUpdate(root: string, read: PageReader, now: string): Promise<UpdatePlan> {
  const provenance = readProvenance(root)
  if (Object.keys(provenance).length === 0) throw new Error(`${PROVENANCE_PATH} lists no pages; extract them with npm run specs:extract`)
  const plans: Record<string, VendorPlan> = {}
  const pages: PageNote[] = []
  const copies: Record<string, string> = {}
  for (const [api, record] of Object.entries(provenance).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const fragments: PageFragment[] = []
    for (const p of record.pages) {
      const from = p.url ?? p.copy ?? ''
      let fragment: PageFragment
      try {
        const text = await read(p.url ?? resolve(root, from))
        fragment = fragmentFromPage({ page: p.page, ...(p.url ? { url: p.url } : {}), ...(p.copy ? { copy: p.copy } : {}) }, text)
        if (p.url !== undefined && p.copy !== undefined && sha256(fragment.extracted.text) !== p.sha256) copies[p.copy] = text
      } catch (e) {
        throw new Error(`${api}/${p.page}: ${(e as Error).message}`)
      }
      fragments.push(fragment)
      const after = sha256(fragment.extracted.text)
      pages.push({ api, page: p.page, from, state: after === p.sha256 ? 'unchanged' : 'changed', before: p.sha256, after })
    }
    plans[api] = planVendor(api, record, fragments, now)
  }
  const writes = planWrites(provenance, plans)
  Object.assign(writes.files, copies)
  return { writes, pages, specs: Object.fromEntries(Object.entries(plans).map(([api, plan]) => [api, plan.record.spec])) }
}

/** Lints the specs as they would be after `writes`, in a scratch copy: the tree is not touched. */
export function lintPlanned(root: string, files: Readonly<Record<string, string>>): LintOutcome {
  const scratch = mkdtempSync(join(tmpdir(), 'specs-update-'))
  try {
    writeFileSync(join(scratch, 'redocly.yaml'), readFileSync(resolve(root, 'redocly.yaml')))
    for (const { root: specPath } of readLintConfig(resolve(root, 'redocly.yaml')).apis) {
      const target = join(scratch, specPath)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, files[specPath] ?? readFileSync(resolve(root, specPath)))
    }
    return lintAll(scratch)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
