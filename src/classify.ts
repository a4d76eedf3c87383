/**
 * Turns what one attempt read (status, content type, body bytes) into
 * `{ data }` or a typed `{ error }`, using the statuses and body shapes the
 * spec declares for the operation.
 */
import type { ClientError } from './result.js'
import { type Shape, shapeProblem } from './shape.js'

/** What generated/<api>-operations.ts says about one declared status. */
export interface DeclaredResponse {
  readonly json: boolean
  readonly schema?: Shape
}

export type DeclaredResponses = { readonly [status: string]: DeclaredResponse }

export interface ReadBody {
  status: number
  contentType: string | null
  bytes: Uint8Array
  truncated: boolean
  limit: number
}

const decoder = new TextDecoder()
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string }

function parseJson(body: ReadBody, text: string): Parsed {
  if (body.truncated) return { ok: false, reason: `the body is larger than the ${body.limit}-byte limit` }
  if (body.contentType !== null && !JSON_TYPE.test(body.contentType)) {
    return { ok: false, reason: `expected application/json, got ${body.contentType}` }
  }
  if (text.trim() === '') return { ok: false, reason: 'the body is empty' }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    return { ok: false, reason: `the body is not valid JSON (${(e as Error).message})` }
  }
}

function messageOf(body: unknown, status: number, kind: string): string {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
  const text = [record.description, record.message, record.error].find((v) => typeof v === 'string')
  return typeof text === 'string' ? text : `the server answered HTTP ${status} (${kind})`
}

export function classify(
  body: ReadBody,
  declared: DeclaredResponses,
  kinds: { readonly [status: number]: string },
): { data: unknown } | { error: ClientError } {
  const { status, contentType, truncated } = body
  const text = decoder.decode(body.bytes)
  const contract = declared[String(status)]
  if (contract === undefined) {
    const snippet = text.replace(/\s+/g, ' ').trim().slice(0, 160)
    const message = `HTTP ${status} is not a status this operation declares${snippet ? `: ${snippet}` : ''}`
    return { error: { kind: 'unexpected_status', status, contentType, text, truncated, message } }
  }
  const parsed: Parsed = contract.json ? parseJson(body, text) : { ok: true, value: text }
  const problem = parsed.ok ? contract.schema && shapeProblem(parsed.value, contract.schema) : parsed.reason
  if (!parsed.ok || problem !== undefined) {
    const reason = problem ?? 'invalid body'
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
  if (status >= 200 && status < 300) return { data: parsed.value }
  const kind = kinds[status] ?? `http_${status}`
  return { error: { kind, status, body: parsed.value, message: messageOf(parsed.value, status, kind) } }
}
