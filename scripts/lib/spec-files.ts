/**
 * specs/ on disk: specs/provenance.json, the page fragments it lists, and
 * the specs assembled from them. Reading, checking and writing; the decisions
 * are in vendor-pages.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parse } from 'yaml'
import { extractSpec } from './extract.js'
import { ROOT, readLintConfig } from './lint-config.js'
import { sha256 } from './sha256.js'
import type { Json } from './spec-refs.js'
import { type PageFragment, type Provenance, planVendor, type VendorPlan, type VendorRecord } from './vendor-pages.js'

export const PROVENANCE_PATH = 'specs/provenance.json'

function fail(message: string): never {
  throw new Error(message)
}

export function readProvenance(root = ROOT): Provenance {
  const path = resolve(root, PROVENANCE_PATH)
  if (!existsSync(path)) return {}
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    fail(`${PROVENANCE_PATH} is not JSON: ${(e as Error).message}`)
  }
  if (typeof data !== 'object' || data === null) fail(`${PROVENANCE_PATH} must be an object of vendors`)
  for (const [api, v] of Object.entries(data as Record<string, unknown>)) {
    const record = v as Partial<VendorRecord>
    if (typeof record.spec !== 'string' || !Array.isArray(record.pages) || record.pages.length === 0) {
      fail(`${PROVENANCE_PATH}: "${api}" needs a "spec" path and a non-empty "pages" list`)
    }
    for (const p of record.pages) {
      if (typeof p?.fragment !== 'string' || typeof p.sha256 !== 'string' || (p.url === undefined && p.copy === undefined)) {
        fail(`${PROVENANCE_PATH}: a page of "${api}" lacks its fragment, sha256, or both url and copy`)
      }
    }
  }
  return data as Provenance
}

export function serialiseProvenance(p: Provenance): string {
  const sorted = Object.fromEntries(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k]]),
  )
  return `${JSON.stringify(sorted, null, 2)}\n`
}

/** A fragment kept in specs/, re-read: its format from its file name, its text parsed as it is (it is not a page). */
function fragmentFromFile(page: Omit<PageFragment, 'extracted' | 'document'>, path: string, text: string, pageLine: number): PageFragment {
  const format = path.endsWith('.json') ? 'json' : 'yaml'
  let document: Json
  try {
    document = (format === 'json' ? JSON.parse(text) : parse(text)) as Json
  } catch (e) {
    fail(`${path} does not parse: ${(e as Error).message.split('\n')[0]}`)
  }
  return { ...page, extracted: { text, format, line: pageLine, openapi: String(document.openapi) }, document }
}

/** A page's fragment straight from the page's text. */
export function fragmentFromPage(page: Omit<PageFragment, 'extracted' | 'document' | 'vendorDocument'>, pageText: string): PageFragment {
  const extracted = extractSpec(pageText)
  const document = (extracted.format === 'json' ? JSON.parse(extracted.text) : parse(extracted.text)) as Json
  return { ...page, extracted, document, ...(extracted.declares ? { vendorDocument: extracted.declares.document } : {}) }
}

/** The fragments a vendor's record lists, read from specs/. */
export function loadFragments(record: VendorRecord, root = ROOT): PageFragment[] {
  return record.pages.map((p) => {
    const path = resolve(root, p.fragment)
    if (!existsSync(path)) fail(`${p.fragment} is missing (page "${p.page}" in ${PROVENANCE_PATH})`)
    const known = { page: p.page, ...(p.url ? { url: p.url } : {}), ...(p.copy ? { copy: p.copy } : {}) }
    const page = { ...known, ...(p.document ? { vendorDocument: p.document } : {}) }
    return fragmentFromFile(page, p.fragment, readFileSync(path, 'utf8'), p.pageLine)
  })
}

/** Every file write and removal of a set of vendor plans, with the provenance that records them. */
export function planWrites(provenance: Provenance, plans: Record<string, VendorPlan>): { files: Record<string, string>; remove: string[] } {
  const next: Provenance = { ...provenance }
  const files: Record<string, string> = {}
  const remove: string[] = []
  for (const [api, plan] of Object.entries(plans)) {
    next[api] = plan.record
    Object.assign(files, plan.files)
    remove.push(...plan.remove)
  }
  files[PROVENANCE_PATH] = serialiseProvenance(next)
  return { files, remove: remove.filter((r) => files[r] === undefined) }
}

/** Writes files (only those whose text changes) and removes the rest. Returns the paths it touched. */
export function applyWrites(writes: { files: Record<string, string>; remove: string[] }, root = ROOT): string[] {
  const touched: string[] = []
  for (const [relative, text] of Object.entries(writes.files)) {
    const path = resolve(root, relative)
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
    touched.push(relative)
  }
  for (const relative of writes.remove) {
    if (!existsSync(resolve(root, relative))) continue
    rmSync(resolve(root, relative))
    touched.push(relative)
  }
  return touched
}

/** Every way specs/ disagrees with provenance: a fragment edited by hand, an assembly out of date, a copy that no longer extracts to its fragment. */
export function specsAgainstPages(root = ROOT): string[] {
  const provenance = readProvenance(root)
  const problems: string[] = []
  for (const { name, root: specPath } of readLintConfig(resolve(root, 'redocly.yaml')).apis) {
    const record = provenance[name]
    if (record === undefined) problems.push(`${name}: no pages in ${PROVENANCE_PATH}`)
    else if (record.spec !== specPath) problems.push(`${name}: redocly.yaml lints ${specPath}, but its pages make ${record.spec}`)
  }
  for (const [api, record] of Object.entries(provenance)) {
    try {
      const plan = planVendor(api, record, loadFragments(record, root), '')
      for (const [relative, text] of Object.entries(plan.files)) {
        const path = resolve(root, relative)
        if (!existsSync(path) || readFileSync(path, 'utf8') !== text) problems.push(`${relative} is not what the pages of ${api} make`)
      }
      for (const p of record.pages) problems.push(...pageProblems(root, p, plan.files[p.fragment] ?? ''))
    } catch (e) {
      problems.push(`${api}: ${(e as Error).message}`)
    }
  }
  return problems
}

function pageProblems(root: string, p: VendorRecord['pages'][number], fragment: string): string[] {
  const out: string[] = []
  if (sha256(fragment) !== p.sha256) out.push(`${p.fragment} does not have the sha256 ${PROVENANCE_PATH} records for page "${p.page}"`)
  if (p.copy !== undefined) {
    const copy = resolve(root, p.copy)
    if (!existsSync(copy)) out.push(`${p.copy} (copy of page "${p.page}") is missing`)
    else if (extractSpec(readFileSync(copy, 'utf8')).text !== fragment) out.push(`${p.copy} no longer extracts to ${p.fragment}`)
  }
  return out
}
