/**
 * A response → `{ data }` or a typed `{ error }`. The declared response is
 * found the same way here, in the retry policy and in the types: the exact
 * status, then its range (`4XX`), then `default` — which never covers a
 * 1xx or 3xx, and covers a 2xx only when the operation declares no 2xx at all. The body is read as the matched
 * media type declares it (JSON, text or bytes) and checked against its schema.
 */
import type { ReadResponse } from './attempt.js'
import type { ClientError } from './result.js'
import { schemaProblem } from './schema.js'
import { type Content, matchMedia, mediaKind, type Operation, type Table } from './table.js'

export interface Match {
  /** "200", "4XX" or "default". */
  readonly key: string
  readonly exact: boolean
  readonly content: Content | null
}

const isSuccess = (status: number): boolean => status >= 200 && status <= 299

/** The response the operation declares for `status`, or undefined. Statuses outside 100–599 match nothing. */
export function matchResponse(operation: Operation, status: number): Match | undefined {
  if (!Number.isInteger(status) || status < 100 || status > 599) return undefined
  const { responses } = operation
  const exact = String(status)
  if (exact in responses) return { key: exact, exact: true, content: responses[exact] ?? null }
  const range = `${exact[0]}XX`
  if (range in responses) return { key: range, exact: false, content: responses[range] ?? null }
  // `default` never covers a 1xx or 3xx (a redirect is never followed: the spec must name it), nor a 2xx the operation declares others of.
  if (!('default' in responses) || status < 200 || (status >= 300 && status <= 399)) return undefined
  if (isSuccess(status) && Object.keys(responses).some((k) => k.startsWith('2'))) return undefined
  return { key: 'default', exact: false, content: responses.default ?? null }
}

/** Statuses whose body is never read: no content by definition, or declared with none (no `content`, or `content: {}`). */
export function hasNoContent(method: string, status: number, match: Match | undefined): boolean {
  if (method === 'HEAD' || status === 204 || status === 205 || status === 304) return true
  return match !== undefined && (match.content === null || Object.keys(match.content).length === 0)
}

const decoder = new TextDecoder()

function textOf(read: ReadResponse): string {
  return decoder.decode(read.bytes)
}

function charsetText(read: ReadResponse): string {
  const charset = /;\s*charset="?([\w-]+)"?/i.exec(read.contentType ?? '')?.[1]
  if (charset === undefined) return textOf(read)
  try {
    return new TextDecoder(charset).decode(read.bytes)
  } catch {
    return textOf(read)
  }
}

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string }

function parseBody(read: ReadResponse, content: Content, table: Table): Parsed {
  const declared = Object.keys(content)
  const media = matchMedia(declared, read.contentType)
  if (media === undefined) return { ok: false, reason: `expected ${declared.join(' or ')}, got ${read.contentType ?? 'no Content-Type'}` }
  if (read.truncated) return { ok: false, reason: `the body is larger than the ${read.limit}-byte limit` }
  const declaredKind = mediaKind(media)
  // `*/*` takes whatever came: read it as its own Content-Type says.
  const kind = declaredKind === 'any' ? mediaKind(read.contentType ?? 'application/octet-stream') : declaredKind
  if (kind === 'text') return { ok: true, value: charsetText(read) }
  if (kind !== 'json') return { ok: true, value: read.bytes }
  const text = textOf(read)
  if (text.trim() === '') return { ok: false, reason: 'the body is empty' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { ok: false, reason: `the body is not valid JSON (${(e as Error).message})` }
  }
  const schema = content[media]
  const problem =
    schema === undefined || schema === null ? undefined : schemaProblem(value, schema, { schemas: table.schemas, direction: 'response' })
  return problem === undefined ? { ok: true, value } : { ok: false, reason: problem }
}

function messageOf(body: unknown, status: number, kind: string): string {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const text = [record.description, record.message, record.detail, record.title, record.error].find((v) => typeof v === 'string')
  return typeof text === 'string' ? text : `the server answered HTTP ${status} (${kind})`
}

function kindOf(match: Match, status: number, kinds: { readonly [status: number]: string }): string {
  if (match.key === 'default') return 'http_default'
  if (!match.exact) return `http_${match.key}`
  return kinds[status] ?? `http_${status}`
}

/** Classifies what one attempt read. */
export function classify(
  read: ReadResponse,
  method: string,
  match: Match | undefined,
  table: Table,
  kinds: { readonly [status: number]: string },
): { data: unknown } | { error: ClientError } {
  const { status, contentType, truncated } = read
  if (match === undefined) {
    const text = textOf(read)
    const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 160)
    const message = `HTTP ${status} is not a status this operation declares${snippet ? `: ${snippet}` : ''}`
    return { error: { kind: 'unexpected_status', status, contentType, text, truncated, message } }
  }
  const parsed: Parsed = hasNoContent(method, status, match) ? { ok: true, value: undefined } : parseBody(read, match.content ?? {}, table)
  if (!parsed.ok) {
    const { reason } = parsed
    const text = textOf(read)
    return {
      error: {
        kind: 'invalid_body',
        status,
        contentType,
        text,
        truncated,
        reason,
        message: `HTTP ${status} with an invalid body: ${reason}`,
      },
    }
  }
  if (isSuccess(status)) return { data: parsed.value }
  const kind = kindOf(match, status, kinds)
  return { error: { kind, status, body: parsed.value, message: messageOf(parsed.value, status, kind) } }
}
