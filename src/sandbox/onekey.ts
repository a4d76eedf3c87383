/**
 * OneKey `DELETE /v3/subscriptions/{subscription_id}`, as specs/onekey.json declares it.
 * Order: signature (401, via the package's own verifyOneKeyRequest), idempotency (replay / 422),
 * then the subscription's state (420 / 421 / 426 / 501 / 200).
 */
import { verifyOneKeyRequest } from '../onekey/signing.js'
import type { IdempotencyCache } from './idempotency.js'
import { jsonReply, type SandboxReply, type SandboxRequest } from './reply.js'
import type { SandboxState } from './types.js'

export interface OneKeyContext {
  state: SandboxState
  key: CryptoKey
  login: string
  now: () => Date
  idempotency: IdempotencyCache
}

function oneKeyError(code: number, description: string, type: string): SandboxReply {
  return jsonReply(code, { code, description, type }, 'auth=ok')
}

export async function handleOneKeyCancel(ctx: OneKeyContext, req: SandboxRequest, rawId: string): Promise<SandboxReply> {
  const verdict = await verifyOneKeyRequest({
    key: ctx.key,
    headers: req.headersDistinct,
    body: req.body,
    now: ctx.now(),
    login: ctx.login,
  })
  if (!verdict.ok) {
    const payload = { code: 401, description: verdict.message, type: 'INVALID_SIGNATURE', reason: verdict.reason }
    return jsonReply(401, payload, `auth=${verdict.reason}`)
  }
  // From here on everything is synchronous: no other request can interleave with the idempotency slot.
  const key = idempotencyKey(req)
  if (key === undefined) return cancel(ctx, rawId)
  const found = ctx.idempotency.lookup({ key, method: req.method, path: req.path, login: verdict.login, body: req.body })
  if (found.kind === 'replay') {
    return { ...found.reply, headers: { ...found.reply.headers, 'Idempotent-Replayed': 'true' }, verdict: 'replayed' }
  }
  if (found.kind === 'conflict') {
    return oneKeyError(
      422,
      'X-Idempotency-Key was already used for a different request (method, path or body); use a new key',
      'IDEMPOTENCY_KEY_REUSED',
    )
  }
  const reply = cancel(ctx, rawId)
  if (reply.status < 500) found.remember(reply)
  return reply
}

function idempotencyKey(req: SandboxRequest): string | undefined {
  const values = req.headersDistinct['x-idempotency-key'] ?? []
  const key = values.join(', ').trim()
  return key === '' ? undefined : key
}

function cancel(ctx: OneKeyContext, rawId: string): SandboxReply {
  if (!/^[0-9]{1,19}$/.test(rawId)) {
    return oneKeyError(420, 'Subscription does not exist: subscription_id must be a numeric id.', 'SUBSCRIPTION_NOT_FOUND')
  }
  const id = Number(rawId)
  const sub = Number.isSafeInteger(id) ? ctx.state.onekey.get(id) : undefined
  switch (sub?.status) {
    case undefined:
      return oneKeyError(420, 'Subscription does not exist.', 'SUBSCRIPTION_NOT_FOUND')
    case 'cancelled':
      return oneKeyError(421, 'Subscription was already cancelled.', 'SUBSCRIPTION_ALREADY_CANCELLED')
    case 'terminated':
      return oneKeyError(426, 'Subscription is terminated and cannot be cancelled.', 'SUBSCRIPTION_TERMINATED')
    case 'broken':
      return oneKeyError(501, 'Generic Error.', 'GENERIC_ERROR')
    case 'active':
      sub.status = 'cancelled'
      ctx.state.cancellations.push({ api: 'onekey', id, at: ctx.now().toISOString() })
      return jsonReply(200, {}, 'auth=ok')
  }
}
