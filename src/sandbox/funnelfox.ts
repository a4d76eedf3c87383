/**
 * FunnelFox `POST /public/v1/subscriptions/{id}/cancel`, as specs/funnelfox.yaml declares it.
 * Order of checks: Fox-Secret (401), body (400), id (404), state (400), then cancel (200).
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { jsonReply, type SandboxReply, type SandboxRequest } from './reply.js'
import type { SandboxState } from './types.js'

export const DEFAULT_CANCELLATION_REASON = 'User requested cancellation'

export interface FunnelFoxContext {
  state: SandboxState
  secret: string
  now: () => Date
}

export function handleFunnelFoxCancel(ctx: FunnelFoxContext, req: SandboxRequest, id: string): SandboxReply {
  const auth = checkFoxSecret(req.headersDistinct['fox-secret'], ctx.secret)
  if (auth === 'missing_header') {
    return jsonReply(401, { message: 'Missing Fox-Secret header: send your project secret key' }, 'auth=missing_header')
  }
  if (auth === 'mismatch') return jsonReply(401, { message: 'Invalid Fox-Secret' }, 'auth=mismatch')
  const body = parseCancelBody(req.body)
  if ('error' in body) return jsonReply(400, { message: body.error }, 'auth=ok')
  const sub = ctx.state.funnelfox.get(id)
  if (sub === undefined) return jsonReply(404, { message: 'Subscription not found' }, 'auth=ok')
  if (sub.status === 'cancelled') return jsonReply(400, { message: 'Subscription is already cancelled' }, 'auth=ok')
  if (sub.status === 'expired') {
    return jsonReply(400, { message: 'Subscription has expired and cannot be cancelled' }, 'auth=ok')
  }
  const at = ctx.now().toISOString()
  sub.status = 'cancelled'
  sub.cancelled_at = at
  sub.cancellation_reason = body.reason
  sub.renews = false
  sub.updated_at = at
  ctx.state.cancellations.push({ api: 'funnelfox', id, at })
  return jsonReply(200, sub, 'auth=ok')
}

function checkFoxSecret(values: string[] | undefined, secret: string): 'ok' | 'missing_header' | 'mismatch' {
  const sent = values ?? []
  if (sent.length === 0 || sent.every((v) => v.trim() === '')) return 'missing_header'
  if (sent.length > 1) return 'mismatch'
  return sameSecret(sent[0] ?? '', secret) ? 'ok' : 'mismatch'
}

/** Constant-time comparison of two strings of any length (compares their SHA-256 digests). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest()
  return timingSafeEqual(digest(a), digest(b))
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** The optional body `{ reason?: string }`; an empty body means the default reason. */
export function parseCancelBody(raw: Buffer): { reason: string } | { error: string } {
  let text: string
  try {
    text = utf8.decode(raw)
  } catch {
    return { error: 'Malformed JSON body: not valid UTF-8' }
  }
  if (text.trim() === '') return { reason: DEFAULT_CANCELLATION_REASON }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { error: `Malformed JSON body: ${(error as Error).message}` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { error: 'Request body must be a JSON object such as {"reason":"..."}' }
  }
  const { reason } = parsed as { reason?: unknown }
  if (reason === undefined) return { reason: DEFAULT_CANCELLATION_REASON }
  if (typeof reason !== 'string') return { error: '"reason" must be a string' }
  return { reason }
}
