/**
 * unwrap: data out, or a SubscriptionClientError carrying the typed error.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient, SubscriptionClientError, unwrap } from '../../src/index.js'
import { defined, fixedNow } from './support.js'

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

function oneKey(respond: (request: Request) => Promise<Response>) {
  return createOneKeyClient({ login: 'UnwrapLogin', secretKey: 'unwrap-secret', now: fixedNow, maxRetries: 0, fetch: respond })
}

function catchError(run: () => unknown): SubscriptionClientError {
  try {
    run()
  } catch (e) {
    if (e instanceof SubscriptionClientError) return e
    throw new Error(`expected a SubscriptionClientError, got ${String(e)}`)
  }
  throw new Error('expected unwrap to throw')
}

describe('unwrap', () => {
  it('returns data on success, typed', async () => {
    const result = await oneKey(async () => json(200, { ok: true })).cancelSubscription(1)
    const data = unwrap(result)
    expect(data).toEqual({ ok: true })
    expect(data).toBe(result.data)
    expectTypeOf(data).toEqualTypeOf<Record<string, never>>()
  })

  it('returns FunnelFox data typed as the Subscription', async () => {
    const subscription = JSON.parse(
      readFileSync(new URL('../fixtures/clients/funnelfox-subscription.json', import.meta.url), 'utf8'),
    ) as unknown
    const result = await createFunnelFoxClient({
      secret: 's',
      fetch: async () => json(200, subscription),
      maxRetries: 0,
    }).cancelSubscription('sub_1')
    const data = unwrap(result)
    expect(data).toEqual(subscription)
    expectTypeOf(data.status).toEqualTypeOf<'created' | 'trialing' | 'active' | 'paused' | 'cancelled' | 'expired' | 'unpaid'>()
    expectTypeOf(data.price).toEqualTypeOf<number>()
  })

  it('throws a SubscriptionClientError for a declared error: literal name, same error object, kind and status', async () => {
    const result = await oneKey(async () =>
      json(421, { code: 421, description: 'Subscription was already cancelled', type: 'X' }),
    ).cancelSubscription(1)
    const error = defined(result.error)
    const e = catchError(() => unwrap(result))
    expect(e).toBeInstanceOf(Error)
    expect(e).toBeInstanceOf(SubscriptionClientError)
    expect(e.name).toBe('SubscriptionClientError')
    expectTypeOf(e.name).toEqualTypeOf<'SubscriptionClientError'>()
    expect(e.error).toBe(error)
    expect(e.kind).toBe('already_cancelled')
    expect(e.status).toBe(421)
    expect(e.message).toContain('already_cancelled')
    expect(e.message).toContain('421')
    expect(e.message).toContain('Subscription was already cancelled')
    expect(String(e)).toBe(`SubscriptionClientError: ${e.message}`)
    expect(e.cause).toBeUndefined()
    expect(e.toJSON()).toEqual({ name: 'SubscriptionClientError', message: e.message, kind: 'already_cancelled', status: 421 })
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'SubscriptionClientError',
      message: e.message,
      kind: 'already_cancelled',
      status: 421,
    })
    expect(e.stack).toContain('SubscriptionClientError')
  })

  it.each([
    [420, 'subscription_not_found'],
    [426, 'subscription_terminated'],
    [501, 'generic_error'],
  ] as const)('HTTP %i → message names %s and the status', async (status, kind) => {
    const result = await oneKey(async () => json(status, {})).cancelSubscription(1)
    const e = catchError(() => unwrap(result))
    expect(e.kind).toBe(kind)
    expect(e.status).toBe(status)
    expect(e.message).toContain(kind)
    expect(e.message).toContain(String(status))
  })

  it('unexpected_status and invalid_body carry their status', async () => {
    const r1 = await oneKey(
      async () => new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    ).cancelSubscription(1)
    const e1 = catchError(() => unwrap(r1))
    expect([e1.kind, e1.status]).toEqual(['unexpected_status', 502])
    expect(e1.message).toMatch(/unexpected_status.*502/)
    const r2 = await oneKey(async () => new Response('', { status: 200 })).cancelSubscription(1)
    const e2 = catchError(() => unwrap(r2))
    expect([e2.kind, e2.status]).toEqual(['invalid_body', 200])
    expect(e2.message).toMatch(/invalid_body.*200/)
  })

  it('sets cause for a network error: the same cause the error carries', async () => {
    const rootCause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' })
    const failure = new TypeError('fetch failed', { cause: rootCause })
    const result = await oneKey(async () => {
      throw failure
    }).cancelSubscription(1)
    const error = defined(result.error)
    if (error.kind !== 'network') throw new Error(`unexpected ${error.kind}`)
    expect(error.cause).toBe(failure)
    expect(error.message).toContain('ECONNREFUSED')
    const e = catchError(() => unwrap(result))
    expect(e.kind).toBe('network')
    expect(e.status).toBeUndefined()
    expect(e.cause).toBe(failure)
    expect(e.message).toMatch(/^network: /)
    expect(e.message).not.toContain('HTTP')
    expect(e.toJSON()).toEqual({ name: 'SubscriptionClientError', message: e.message, kind: 'network', status: undefined })
  })

  it('sets cause for a timeout and for an abort', async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true })
      })
    const timedOut = await oneKey(hang).cancelSubscription(1, { timeoutMs: 20 })
    const t = catchError(() => unwrap(timedOut))
    expect(t.kind).toBe('timeout')
    expect(t.cause).toBeDefined()
    expect(t.cause).toBe(timedOut.error && 'cause' in timedOut.error ? timedOut.error.cause : 'missing')

    const reason = new Error('user left')
    const controller = new AbortController()
    setTimeout(() => controller.abort(reason), 10)
    const aborted = await oneKey(hang).cancelSubscription(1, { signal: controller.signal })
    const a = catchError(() => unwrap(aborted))
    expect(a.kind).toBe('aborted')
    expect(a.cause).toBe(reason)
  })

  it('invalid_request: no status, no cause', async () => {
    const result = await oneKey(async () => json(200, {})).cancelSubscription(-1)
    const e = catchError(() => unwrap(result))
    expect(e.kind).toBe('invalid_request')
    expect(e.status).toBeUndefined()
    expect('cause' in e).toBe(false)
    expect(e.message).toMatch(/^invalid_request: OneKey subscription_id/)
  })

  it('is catchable as a plain Error and narrows on kind', async () => {
    const result = await createFunnelFoxClient({
      secret: 's',
      fetch: async () => json(404, { message: 'Subscription not found' }),
      maxRetries: 0,
    }).cancelSubscription('sub_x')
    let caught: unknown
    try {
      unwrap(result)
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(Error)
    if (!(caught instanceof SubscriptionClientError)) throw new Error('not a SubscriptionClientError')
    expect(caught.error).toEqual({
      kind: 'not_found',
      status: 404,
      body: { message: 'Subscription not found' },
      message: 'Subscription not found',
    })
    expect(caught.message).toBe('not_found (HTTP 404): Subscription not found')
  })
})
