/**
 * A vendor's documentation pages and the files they make in specs/. A
 * vendor with one page keeps that page's document byte for byte as its spec,
 * specs/<api>.<yaml|json>, exactly as before. A vendor with several pages
 * keeps each page's fragment byte for byte under specs/<api>/<page>.<ext>,
 * and its spec specs/<api>.yaml is their deterministic assembly.
 * specs/provenance.json records every page. Pure: no I/O.
 */
import { fragmentOperations, MergeError, mergeFragments, renderAssembled } from './assemble.js'
import type { ExtractedSpec } from './extract.js'
import { sha256 } from './sha256.js'
import type { Json } from './spec-refs.js'

export interface PageRecord {
  /** The page's name, unique within its vendor: "cancel-subscription". */
  page: string
  /** The vendor's page, fetched by specs:update. */
  url?: string
  /** The local copy of the page, relative to the repo root: read when there is no url, refreshed when its fragment changes. */
  copy?: string
  /** When the page's current fragment was first retrieved. */
  retrievedAt: string
  /** sha256 of the fragment, byte for byte as on the page. */
  sha256: string
  /** Line of the page where the fragment starts. */
  pageLine: number
  /** The vendor document the page says the fragment comes from (Mintlify's fence header), e.g. /swagger/openapi.json. */
  document?: string
  /** Where the fragment is kept, relative to the repo root. */
  fragment: string
  /** The operations the fragment holds, "METHOD /path". */
  operations: string[]
}

export interface VendorRecord {
  /** The spec redocly.yaml points at: the single page's fragment, or the assembly of all of them. */
  spec: string
  pages: PageRecord[]
}

export type Provenance = Record<string, VendorRecord>

/** One page's fragment, in memory. */
export interface PageFragment {
  page: string
  url?: string
  copy?: string
  /** The vendor document the page names as the fragment's source, if it names one. */
  vendorDocument?: string
  extracted: ExtractedSpec
  document: Json
}

export interface VendorPlan {
  record: VendorRecord
  /** Every file the vendor's spec consists of: repo-relative path → text. */
  files: Record<string, string>
  /** Files of the previous layout that no longer belong. */
  remove: string[]
}

const PAGE_NAME = /^[a-z0-9][a-z0-9._-]*$/

/** A page's name from its URL or file name: the last path segment without its extension and without a leading "<api>-". */
export function pageName(api: string, urlOrPath: string): string {
  const last =
    urlOrPath
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split(/[/\\]/)
      .pop() ?? ''
  const bare = last.replace(/\.(md|mdx|html?|ya?ml|json|txt)$/i, '').toLowerCase()
  return bare.startsWith(`${api}-`) ? bare.slice(api.length + 1) : bare
}

export function assembledHeader(api: string): string {
  return [
    `Assembled by \`npm run specs:extract\` from the page fragments in specs/${api}/, in page-name order;`,
    'each page and its source are listed in specs/provenance.json. Do not edit: extract the pages again.',
  ].join('\n')
}

function checkPages(fragments: readonly PageFragment[]): void {
  const seen = new Set<string>()
  for (const f of fragments) {
    if (!PAGE_NAME.test(f.page)) throw new MergeError(`page name "${f.page}" must be lowercase letters, digits, dots and dashes`)
    if (seen.has(f.page)) throw new MergeError(`two pages are named "${f.page}"`)
    seen.add(f.page)
  }
  const documents = new Map(fragments.flatMap((f) => (f.vendorDocument ? [[f.vendorDocument, f.page] as const] : [])))
  if (documents.size > 1) {
    const list = [...documents].map(([doc, page]) => `"${page}" from ${doc}`).join(', ')
    throw new MergeError(`the pages come from different vendor documents (${list})`)
  }
}

/** The files and provenance record for a vendor with exactly these pages. Throws MergeError naming any conflict. */
export function planVendor(api: string, previous: VendorRecord | undefined, fragments: readonly PageFragment[], now: string): VendorPlan {
  if (fragments.length === 0) throw new MergeError(`${api} has no pages`)
  checkPages(fragments)
  const sorted = [...fragments].sort((a, b) => (a.page < b.page ? -1 : 1))
  const single = sorted.length === 1 ? sorted[0] : undefined
  const merged = mergeFragments(sorted.map((f) => ({ page: f.page, document: f.document })))
  const format = single?.extracted.format ?? (sorted.every((f) => f.extracted.format === 'json') ? 'json' : 'yaml')
  const spec = `specs/${api}.${format}`
  const files: Record<string, string> = {}
  const pages = sorted.map((f): PageRecord => {
    const fragment = single ? spec : `specs/${api}/${f.page}.${f.extracted.format}`
    files[fragment] = f.extracted.text
    const hash = sha256(f.extracted.text)
    const before =
      previous?.pages.find((p) => p.page === f.page) ??
      previous?.pages.find((p) => (f.url !== undefined && p.url === f.url) || (f.copy !== undefined && p.copy === f.copy))
    return {
      page: f.page,
      ...(f.url === undefined ? {} : { url: f.url }),
      ...(f.copy === undefined ? {} : { copy: f.copy }),
      retrievedAt: before?.sha256 === hash ? before.retrievedAt : now,
      sha256: hash,
      pageLine: f.extracted.line,
      ...(f.vendorDocument ? { document: f.vendorDocument } : {}),
      fragment,
      operations: fragmentOperations(f.document),
    }
  })
  if (!single) files[spec] = renderAssembled(merged, format, assembledHeader(api))
  const kept = new Set(Object.keys(files))
  const old = previous === undefined ? [] : [previous.spec, ...previous.pages.map((p) => p.fragment)]
  return { record: { spec, pages }, files, remove: [...new Set(old)].filter((p) => !kept.has(p)) }
}
