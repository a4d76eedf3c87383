/**
 * End to end: the real clients against the real sandbox, over real sockets
 * (no nock). Every response body a client hands back is validated against
 * its spec's response schema with ajv.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type ClientError, createFunnelFoxClient, createOneKeyClient, type Result } from '../../src/index.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { type SpecApi, validateResponse } from '../helpers/spec-validator.js'

const ONEKEY_PATH = '/v3/subscriptions/{subscription_id}'
const FOX_PATH = '/subscriptions/{id}/cancel'

let sandbox: Sandbox
beforeEach(async () => {
  sandbox = await startSandbox({ port: 0 })
})
afterEach(async () => {
  await sandbox.close()
})

/** The body the client returned (data, or a declared error's body), checked against the spec. */
function expectValidBody(api: SpecApi, method: string, path: string, r: Result<unknown, ClientError>): void {
  const status = r.response?.status
  expect(status, JSON.stringify(r.error)).toBeDefined()
  const body = r.error === undefined ? r.data : 'body' in r.error ? r.error.body : undefined
  expect(body, `${api} ${status}: the client returned no parsed body (${r.error?.kind})`).toBeDefined()
  const verdict = validateResponse(api, method, path, status as number, body)
  expect(verdict.errors).toBe('')
  expect(verdict.valid).toBe(true)
}

describe('OneKey client ↔ sandbox', () => {
  const client = () => createOneKeyClient({ ...sandbox.credentials.onekey, baseUrl: sandbox.onekeyBaseUrl })

  it('cancels, then gets the typed outcome of every declared status; each body matches the spec', async () => {
    const onekey = client()
    const cases: [number, string | undefined][] = [
      [1001, undefined],
      [1001, 'already_cancelled'],
      [999999, 'subscription_not_found'],
      [3001, 'subscription_terminated'],
      [5001, 'generic_error'],
    ]
    for (const [id, kind] of cases) {
      const before = sandbox.state.requestCount
      const r = await onekey.cancelSubscription(id)
      expect(r.error?.kind, `id ${id}`).toBe(kind)
      expect(r.attempts).toBe(1)
      expect(sandbox.state.requestCount - before, `requests for id ${id}`).toBe(1)
      expectValidBody('onekey', 'delete', ONEKEY_PATH, r)
    }
    expect(sandbox.state.requests.every((q) => q.verdict === 'auth=ok')).toBe(true)
    expect(sandbox.state.onekey.get(1001)?.status).toBe('cancelled')
  })

  it('the same idempotency key twice cancels once and replays the first answer', async () => {
    const onekey = client()
    const first = await onekey.cancelSubscription(1002, { idempotencyKey: 'e2e-order-42' })
    const second = await onekey.cancelSubscription(1002, { idempotencyKey: 'e2e-order-42' })
    expect(first.data).toEqual({})
    expect(second.data).toEqual({})
    expect(second.response?.headers.get('idempotent-replayed')).toBe('true')
    expect(sandbox.state.cancellations.filter((c) => c.api === 'onekey' && c.id === 1002)).toHaveLength(1)
    expectValidBody('onekey', 'delete', ONEKEY_PATH, second)
  })

  it('a wrong secret key is refused by the signature check: unexpected_status 401, not retried', async () => {
    const onekey = createOneKeyClient({
      login: sandbox.credentials.onekey.login,
      secretKey: 'wrong-signature',
      baseUrl: sandbox.onekeyBaseUrl,
    })
    const r = await onekey.cancelSubscription(1003)
    expect(r.error).toMatchObject({ kind: 'unexpected_status', status: 401 })
    expect(r.error?.kind === 'unexpected_status' && JSON.parse(r.error.text)).toMatchObject({
      type: 'INVALID_SIGNATURE',
      reason: 'mismatch',
    })
    expect(r.attempts).toBe(1)
    expect(sandbox.state.onekey.get(1003)?.status).toBe('active')
  })

  it('the generic call and the raw api reach the same operation, signed', async () => {
    const onekey = client()
    const viaCall = await onekey.call('DELETE', ONEKEY_PATH, { params: { path: { subscription_id: 1001 } }, body: {} })
    expect(viaCall.data).toEqual({})
    expectValidBody('onekey', 'delete', ONEKEY_PATH, viaCall)
    const viaApi = await onekey.api.DELETE(ONEKEY_PATH, { params: { path: { subscription_id: 1001 } } })
    expect(viaApi.response.status).toBe(421)
    expect(validateResponse('onekey', 'delete', ONEKEY_PATH, 421, viaApi.error).valid).toBe(true)
  })
})

describe('FunnelFox client ↔ sandbox', () => {
  const client = (secret = sandbox.credentials.funnelfox.secret) => createFunnelFoxClient({ secret, baseUrl: sandbox.funnelfoxBaseUrl })

  it('cancels with a reason, then gets already-cancelled, not-found and unauthorized; each body matches the spec', async () => {
    const funnelfox = client()
    const ok = await funnelfox.cancelSubscription('sub_active_1', { reason: 'Trop cher 😀' })
    expect(ok.data).toMatchObject({ id: 'sub_active_1', status: 'cancelled', cancellation_reason: 'Trop cher 😀' })
    expectValidBody('funnelfox', 'post', FOX_PATH, ok)

    const again = await funnelfox.cancelSubscription('sub_active_1')
    expect(again.error?.kind).toBe('bad_request')
    expectValidBody('funnelfox', 'post', FOX_PATH, again)

    const missing = await funnelfox.cancelSubscription('sub_missing')
    expect(missing.error?.kind).toBe('not_found')
    expectValidBody('funnelfox', 'post', FOX_PATH, missing)

    const wrong = await client('fox_wrong').cancelSubscription('sub_active_2')
    expect(wrong.error?.kind).toBe('unauthorized')
    expectValidBody('funnelfox', 'post', FOX_PATH, wrong)
    expect(sandbox.state.funnelfox.get('sub_active_2')?.status).toBe('active')
  })

  it('without a reason, the sandbox records the default one', async () => {
    const r = await client().cancelSubscription('sub_active_3')
    expect(r.data?.cancellation_reason).toBe('User requested cancellation')
    expectValidBody('funnelfox', 'post', FOX_PATH, r)
  })
})
