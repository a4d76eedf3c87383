/**
 * Finds the OpenAPI document inside a vendor documentation page and returns
 * its text byte-for-byte, exactly as the vendor wrote it. Pure: no I/O.
 */
import { parseDocument } from 'yaml'
import { METHODS } from './spec-refs.js'

export type SpecFormat = 'json' | 'yaml'

export interface ExtractedSpec {
  /** The document's text, unchanged from the page. */
  text: string
  format: SpecFormat
  /** 1-based line of the page where the document starts. */
  line: number
  /** The `openapi` version string the document declares. */
  openapi: string
  /** The operation the page's fence names, as Mintlify writes it: ````yaml /swagger/openapi.json post /subscriptions/{id}/cancel */
  declares?: DeclaredOperation
}

export interface DeclaredOperation {
  /** The vendor document the fragment was cut from, e.g. /swagger/openapi.json */
  document: string
  /** "POST /subscriptions/{id}/cancel" */
  operation: string
}

/** A problem with the page, worded for a one-line CLI message. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError'
}

interface Block {
  lang: string
  /** The whole info string after the opening fence, trimmed. */
  info: string
  text: string
  line: number
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})([^\n]*)$/
const LOOKS_LIKE_OPENAPI = /^\s*["']?(openapi|swagger)["']?\s*:|"(openapi|swagger)"\s*:/m

/** CommonMark fenced code blocks: the opening fence's info string and the raw text between the fences. */
export function fencedBlocks(page: string): Block[] {
  const lines = page.split(/(?<=\n)/)
  const blocks: Block[] = []
  let i = 0
  while (i < lines.length) {
    const open = FENCE_OPEN.exec(stripEol(lines[i] ?? ''))
    const fence = open?.[1]
    if (open === null || fence === undefined || (fence.startsWith('`') && (open[2] ?? '').includes('`'))) {
      i += 1
      continue
    }
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`)
    let j = i + 1
    while (j < lines.length && !close.test(stripEol(lines[j] ?? ''))) j += 1
    const info = (open[2] ?? '').trim()
    blocks.push({
      lang: info.split(/\s+/)[0]?.toLowerCase() ?? '',
      info,
      text: lines.slice(i + 1, j).join(''),
      line: i + 2,
    })
    i = j + 1
  }
  return blocks
}

function stripEol(line: string): string {
  return line.replace(/\r?\n$/, '')
}

const SPEC_LANGS = new Set(['', 'yaml', 'yml', 'json', 'openapi'])

/** Extracts the single OpenAPI 3.x document from a page (fenced block, or the whole page if it is a raw document). */
export function extractSpec(input: string): ExtractedSpec {
  // A byte order mark (kept by readFileSync; fetch's text() drops it) is not part of the page's first line.
  const page = input.startsWith('\uFEFF') ? input.slice(1) : input
  const candidates = fencedBlocks(page).filter((b) => SPEC_LANGS.has(b.lang) && LOOKS_LIKE_OPENAPI.test(b.text))
  if (candidates.length > 1) {
    const where = candidates.map((b) => `line ${b.line}`).join(', ')
    throw new ExtractError(`the page has ${candidates.length} candidate OpenAPI blocks (${where}); expected exactly one`)
  }
  const block = candidates[0] ?? rawDocument(page)
  if (block === undefined) {
    throw new ExtractError(
      'no OpenAPI document found: no ```yaml or ```json fenced block with an "openapi" key, and the page is not a raw YAML/JSON document',
    )
  }
  return parseCandidate(block)
}

function rawDocument(page: string): Block | undefined {
  return LOOKS_LIKE_OPENAPI.test(page) || /^\s*\{/.test(page) ? { lang: '', info: '', text: page, line: 1 } : undefined
}

function parseCandidate(block: Block): ExtractedSpec {
  const format: SpecFormat = block.lang === 'json' || /^\s*\{/.test(block.text) ? 'json' : 'yaml'
  const doc = format === 'json' ? parseJson(block) : parseYaml(block)
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new ExtractError(`the block at line ${block.line} is not an object, so not an OpenAPI document`)
  }
  const version = (doc as Record<string, unknown>).openapi
  if (typeof version !== 'string' || !/^3\.\d+(\.\d+)?$/.test(version)) {
    const swagger = (doc as Record<string, unknown>).swagger
    const found =
      typeof version === 'string' ? `openapi: ${version}` : swagger !== undefined ? `swagger: ${String(swagger)}` : 'no "openapi" field'
    throw new ExtractError(`the document at line ${block.line} is not OpenAPI 3.x (${found})`)
  }
  const declares = declaredOperation(block.info)
  if (declares !== undefined) checkDeclared(block, doc as Record<string, unknown>, declares)
  return { text: block.text, format, line: block.line, openapi: version, ...(declares === undefined ? {} : { declares }) }
}

const METHOD_NAMES = new Set<string>(METHODS)

/** Mintlify's fence header: `yaml <document> <method> <path>`. */
function declaredOperation(info: string): DeclaredOperation | undefined {
  const [, document, method, path, ...rest] = info.split(/\s+/)
  if (document === undefined || method === undefined || path === undefined || rest.length > 0) return undefined
  if (!METHOD_NAMES.has(method.toLowerCase()) || !path.startsWith('/')) return undefined
  return { document, operation: `${method.toUpperCase()} ${path}` }
}

function checkDeclared(block: Block, doc: Record<string, unknown>, declares: DeclaredOperation): void {
  const [method = '', path = ''] = declares.operation.split(' ')
  const paths = doc.paths
  const item = typeof paths === 'object' && paths !== null ? (paths as Record<string, unknown>)[path] : undefined
  const op = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[method.toLowerCase()] : undefined
  if (typeof op !== 'object' || op === null) {
    throw new ExtractError(`the block at line ${block.line} is headed ${declares.operation} but its document has no such operation`)
  }
}

function parseJson(block: Block): unknown {
  try {
    return JSON.parse(block.text)
  } catch (e) {
    throw new ExtractError(`unparsable JSON in the block at line ${block.line}: ${(e as Error).message}`)
  }
}

function parseYaml(block: Block): unknown {
  const doc = parseDocument(block.text, { prettyErrors: false })
  const first = doc.errors[0]
  if (first !== undefined) {
    const at = first.linePos?.[0]
    const where = at === undefined ? '' : ` (page line ${block.line + at.line - 1})`
    throw new ExtractError(`unparsable YAML in the block at line ${block.line}${where}: ${first.message.split('\n')[0]}`)
  }
  return doc.toJS()
}
