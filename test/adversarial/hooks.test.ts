/**
 * Found by an adversarial review, and fixed (each case failed before the fix): injected functions whose failures are misreported.
 *
 * README ("Errors"): `hook_failed` is "an injected now, random, sleep, fetch,
 * idempotency-key factory or signer threw or returned the wrong type".
 * - A fetch that throws synchronously is reported as `network` and re-run
 *   maxRetries times (attempt.ts send() turns the throw into a rejection).
 * - A signer that rejects, or returns a header value Headers refuses, is
 *   `network` (attempt.ts signHeaders() only guards the synchronous call).
 * - attempt.ts proxyAuthRequired() turns any TypeError whose cause is an Error
 *   with an empty message into a fabricated 407 Response: an injected fetch
 *   that rejects so (no response at all) gives `unexpected_status` 407.
 * - hooks.ts readClock() accepts a Date from another realm (isValidDate), but
 *   signing.ts formatOneKeyDate() checks `instanceof Date`: a valid clock from
 *   a vm context (an edge runtime's) is `hook_failed` "cannot carry".
 * - A spec's TRACE operation (forbidden by fetch) is `network`, attempts 3,
 *   though no request ever went out.
 */
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { createOneKeyClient } from '../../src/index.js'
import { ENTRY_POINTS, entry, okFor } from '../guarantees/entry-points.js'
import { json, useTestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

const server = useTestServer(okFor)

const instant = async (): Promise<void> => undefined

describe.each(ENTRY_POINTS)('%s', (name) => {
  it('a fetch that throws synchronously → hook_failed naming fetch, not retried', async () => {
    let calls = 0
    const fetch = (): Promise<Response> => {
      calls += 1
      throw new Error('fetch wrapper bug')
    }
    const r = await entry(name, server.url, { fetch, sleep: instant }).call()
    expect(r.error).toMatchObject({ kind: 'hook_failed', hook: 'fetch' })
    expect(calls).toBe(1)
  })

  it('a fetch that rejects with TypeError(cause: Error("")) is a network error, not a made-up 407', async () => {
    const fetch = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: new Error('') })
    }
    const r = await entry(name, server.url, { fetch, sleep: instant, maxRetries: 0 }).call()
    expect(r.error?.kind).toBe('network')
  })
})

describe('createApiClient signer', () => {
  const doc = spec({ '/x': { post: { responses: { 200: jsonResponse({}) } } } })

  it('a signer that rejects → hook_failed naming sign, not network retried', async () => {
    server.handle(() => json(200, {}))
    let calls = 0
    const sign = async (): Promise<Record<string, string>> => {
      calls += 1
      throw new Error('KMS unavailable')
    }
    const { call } = clientOf(doc, server.url, {}, { sign, signedHeaders: ['X-Sig'] })
    const r = await call('POST', '/x')
    expect(r.error).toMatchObject({ kind: 'hook_failed', hook: 'sign' })
    expect(calls).toBe(1)
  })

  it.each(['Host', 'Transfer-Encoding', 'Upgrade'])(
    'a signer that returns %s, a header fetch sets itself or refuses → hook_failed naming sign, nothing sent; api rejects',
    async (name) => {
      const auth = { sign: () => ({ [name]: 'x' }), signedHeaders: ['X-Sig'] }
      const { call, api } = clientOf(doc, server.url, {}, auth)
      const r = await call('POST', '/x')
      expect(r).toMatchObject({ error: { kind: 'hook_failed', hook: 'sign' }, attempts: 0 })
      await expect((api as unknown as { POST: (p: string, i: object) => Promise<unknown> }).POST('/x', {})).rejects.toThrow(/signer/)
      expect(server.requests).toHaveLength(0)
    },
  )

  it('a signer that returns a header value with CR LF → hook_failed naming sign', async () => {
    const { call } = clientOf(doc, server.url, {}, { sign: () => ({ 'X-Sig': 'a\r\nInjected: 1' }), signedHeaders: ['X-Sig'] })
    const r = await call('POST', '/x')
    expect(r.error).toMatchObject({ kind: 'hook_failed', hook: 'sign' })
  })
})

describe('a TRACE operation', () => {
  it('cannot be sent by fetch: it is refused before sending (invalid_request), not network with attempts 3', async () => {
    const doc = spec({ '/t': { trace: { responses: { 200: jsonResponse({}) } } } })
    const { call } = clientOf(doc, server.url)
    const r = await call('TRACE', '/t')
    expect(server.requests).toHaveLength(0)
    expect(r).toMatchObject({ error: { kind: 'invalid_request' }, attempts: 0 })
  })
})

describe('OneKey clock from another realm', () => {
  it('a valid Date made in a vm context signs the request', async () => {
    server.handle(() => json(200, {}))
    const onekey = createOneKeyClient({
      login: 'ReviewLogin',
      secretKey: 'review-secret',
      baseUrl: server.url,
      now: () => vm.runInNewContext('new Date()') as Date,
    })
    const r = await onekey.cancelSubscription(1001)
    expect(r.error).toBeUndefined()
    expect(server.requests).toHaveLength(1)
  })
})
