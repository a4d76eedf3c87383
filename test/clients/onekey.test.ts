/**
 * The OneKey client against nock: what the server receives (headers, body,
 * signature checked with node:crypto), and how every answer is classified.
 */
import nock from 'nock'
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest'
import { createOneKeyClient, ONEKEY_STAGING_URL, type OneKeyClientOptions } from '../../src/index.js'
import { oneKeyAuthorization } from '../helpers/onekey-signer.js'
import { closedPort, defined, FIXED_DATE, fixedNow, ONEKEY_PATH } from './support.js'

const LOGIN = 'MerchantXLogin42'
const SECRET = 'Sk3y-API-Signature-0123456789abcdefXYZ'
const BASE = 'https://api-stg.onekeypayments.com'

function client(overrides: Partial<OneKeyClientOptions> = {}) {
  return createOneKeyClient({
    login: LOGIN,
    secretKey: SECRET,
    now: fixedNow,
    idempotencyKey: () => 'idem-fixed-1',
    maxRetries: 0,
    ...overrides,
  })
}

interface Seen {
  path?: string
  headers?: Record<string, string | string[] | undefined>
  body?: string
}

/** One DELETE interceptor that records the request and answers `status`, `body`, `headers`. */
function expectDelete(
  path: string,
  status: number,
  body?: string | Record<string, unknown> | unknown[],
  headers?: Record<string, string>,
  base = BASE,
) {
  const seen: Seen = {}
  const scope = nock(base)
    .delete(path)
    .reply(function () {
      seen.path = this.req.path
      seen.headers = { ...this.req.headers }
      return [status, body, headers]
    })
  scope.on('request', (_req: unknown, _interceptor: unknown, requestBody: string) => {
    seen.body = requestBody
  })
  return { scope, seen }
}

const JSON_HEADERS = { 'Content-Type': 'application/json' }

beforeAll(() => {
  nock.disableNetConnect()
  nock.enableNetConnect('127.0.0.1')
})

afterEach(() => {
  nock.cleanAll()
})

afterAll(() => {
  nock.enableNetConnect()
  nock.restore()
})

describe('OneKey: what the server receives', () => {
  it('sends DELETE /v3/subscriptions/{id} with exactly the signed headers and the body {}', async () => {
    const { scope, seen } = expectDelete('/v3/subscriptions/123456', 200, {}, JSON_HEADERS)
    const result = await client().cancelSubscription(123456)
    expect(result.error).toBeUndefined()
    expect(scope.isDone()).toBe(true)
    expect(seen.path).toBe('/v3/subscriptions/123456')
    expect(seen.body).toBe('{}')
    const expectedAuth = oneKeyAuthorization(SECRET, FIXED_DATE, LOGIN, '{}')
    expect(expectedAuth).toMatch(/^OKP [0-9a-f]{64}$/)
    expect(seen.headers).toEqual({
      host: 'api-stg.onekeypayments.com',
      authorization: expectedAuth,
      'content-length': '2',
      'content-type': 'application/json',
      'x-date': '2020-06-21T12:33:20Z',
      'x-idempotency-key': 'idem-fixed-1',
      'x-login': LOGIN,
    })
    expect(nock.isDone()).toBe(true)
  })

  it('uses the default staging base URL', async () => {
    expect(ONEKEY_STAGING_URL).toBe(BASE)
    const { scope } = expectDelete('/v3/subscriptions/1', 200, {}, JSON_HEADERS)
    expect((await client().cancelSubscription(1)).data).toEqual({})
    expect(scope.isDone()).toBe(true)
  })

  it('sends to a custom baseUrl, with or without a trailing slash', async () => {
    const a = expectDelete('/prefix/v3/subscriptions/5', 200, {}, JSON_HEADERS, 'https://onekey.example')
    expect((await client({ baseUrl: 'https://onekey.example/prefix/' }).cancelSubscription(5)).data).toEqual({})
    expect(a.scope.isDone()).toBe(true)
  })

  it('signs with X-Date from `now`, to the second (milliseconds truncated)', async () => {
    const { seen } = expectDelete('/v3/subscriptions/9', 200, {}, JSON_HEADERS)
    await client({ now: () => new Date('2031-01-02T03:04:05.987Z') }).cancelSubscription(9)
    const headers = defined(seen.headers, 'headers')
    expect(headers['x-date']).toBe('2031-01-02T03:04:05Z')
    expect(headers.authorization).toBe(oneKeyAuthorization(SECRET, '2031-01-02T03:04:05Z', LOGIN, '{}'))
    expect(nock.isDone()).toBe(true)
  })

  it('signs with a non-ASCII secret key as its UTF-8 bytes', async () => {
    const secret = 'clé-secrète-😀'
    const { seen } = expectDelete('/v3/subscriptions/9', 200, {}, JSON_HEADERS)
    await client({ secretKey: secret }).cancelSubscription(9)
    expect(defined(seen.headers).authorization).toBe(oneKeyAuthorization(secret, FIXED_DATE, LOGIN, '{}'))
    expect(nock.isDone()).toBe(true)
  })

  it("scheme 'D24' changes only the Authorization prefix", async () => {
    const { seen } = expectDelete('/v3/subscriptions/77', 200, {}, JSON_HEADERS)
    await client({ scheme: 'D24' }).cancelSubscription(77)
    const okp = oneKeyAuthorization(SECRET, FIXED_DATE, LOGIN, '{}')
    expect(defined(seen.headers).authorization).toBe(`D24 ${okp.slice('OKP '.length)}`)
    expect(nock.isDone()).toBe(true)
  })

  it('takes a per-call idempotencyKey over the factory, and calls the factory once per call otherwise', async () => {
    const factory = vi.fn(() => `auto-${factory.mock.calls.length}`)
    const c = client({ idempotencyKey: factory })
    const first = expectDelete('/v3/subscriptions/1', 200, {}, JSON_HEADERS)
    await c.cancelSubscription(1, { idempotencyKey: 'caller-key-Z' })
    expect(defined(first.seen.headers)['x-idempotency-key']).toBe('caller-key-Z')
    expect(factory).not.toHaveBeenCalled()
    const second = expectDelete('/v3/subscriptions/2', 200, {}, JSON_HEADERS)
    await c.cancelSubscription(2)
    expect(defined(second.seen.headers)['x-idempotency-key']).toBe('auto-1')
    expect(factory).toHaveBeenCalledTimes(1)
    expect(nock.isDone()).toBe(true)
  })

  it('defaults the idempotency key to a random UUID, a new one per call', async () => {
    const a = expectDelete('/v3/subscriptions/1', 200, {}, JSON_HEADERS)
    const b = expectDelete('/v3/subscriptions/1', 200, {}, JSON_HEADERS)
    const c = createOneKeyClient({ login: LOGIN, secretKey: SECRET, now: fixedNow, maxRetries: 0 })
    await c.cancelSubscription(1)
    await c.cancelSubscription(1)
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    const k1 = defined(a.seen.headers)['x-idempotency-key']
    const k2 = defined(b.seen.headers)['x-idempotency-key']
    expect(k1).toMatch(uuid)
    expect(k2).toMatch(uuid)
    expect(k1).not.toBe(k2)
    expect(nock.isDone()).toBe(true)
  })

  it.each([
    ['bigint beyond 2^53', 9007199254740993n, '9007199254740993'],
    ['bigint', 7n, '7'],
    ['int64 max as bigint', 9223372036854775807n, '9223372036854775807'],
    ['decimal string', '42', '42'],
    ['decimal string beyond 2^53', '9007199254740993', '9007199254740993'],
    ['2^53 as a string', '9007199254740992', '9007199254740992'],
    ['int64 max as a string', '9223372036854775807', '9223372036854775807'],
    ['MAX_SAFE_INTEGER as a number', Number.MAX_SAFE_INTEGER, '9007199254740991'],
  ] as const)('puts a %s id in the path exactly', async (_label, id, expected) => {
    const { scope, seen } = expectDelete(`/v3/subscriptions/${expected}`, 200, {}, JSON_HEADERS)
    const result = await client().cancelSubscription(id)
    expect(result.error).toBeUndefined()
    expect(scope.isDone()).toBe(true)
    expect(seen.path).toBe(`/v3/subscriptions/${expected}`)
    expect(defined(seen.headers).authorization).toBe(oneKeyAuthorization(SECRET, FIXED_DATE, LOGIN, '{}'))
  })

  it('call("DELETE", …) with path params and a body sends and signs the same request', async () => {
    const { scope, seen } = expectDelete(
      '/v3/subscriptions/314',
      421,
      { code: 421, description: 'Subscription already cancelled', type: 'CANCELLED' },
      JSON_HEADERS,
    )
    const result = await client().call('DELETE', ONEKEY_PATH, {
      params: { path: { subscription_id: 314 } },
      body: {},
      idempotencyKey: 'call-key-1',
    })
    expect(scope.isDone()).toBe(true)
    expect(seen.body).toBe('{}')
    expect(seen.headers).toMatchObject({
      authorization: oneKeyAuthorization(SECRET, FIXED_DATE, LOGIN, '{}'),
      'content-type': 'application/json',
      'x-date': FIXED_DATE,
      'x-login': LOGIN,
      'x-idempotency-key': 'call-key-1',
    })
    expect(result.error).toEqual({
      kind: 'already_cancelled',
      status: 421,
      body: { code: 421, description: 'Subscription already cancelled', type: 'CANCELLED' },
      message: 'Subscription already cancelled',
    })
  })

  it('call("DELETE", …) refuses an X-Idempotency-Key header parameter: the idempotencyKey option sets it', async () => {
    const { seen } = expectDelete('/v3/subscriptions/15', 200, {}, JSON_HEADERS)
    const refused = await client().call('DELETE', ONEKEY_PATH, {
      // @ts-expect-error the client sets X-Idempotency-Key
      params: { path: { subscription_id: 15 }, header: { 'X-Idempotency-Key': 'header-param-key' } },
      body: {},
    })
    expect(refused).toMatchObject({
      error: { kind: 'invalid_request', message: expect.stringContaining('set by the client') },
      attempts: 0,
    })
    await client().call('DELETE', ONEKEY_PATH, { params: { path: { subscription_id: 15 } }, body: {}, idempotencyKey: 'option-key' })
    expect(defined(seen.headers)['x-idempotency-key']).toBe('option-key')
    expect(nock.isDone()).toBe(true)
  })

  it('call("DELETE", …) with no body signs X-Date + X-Login over an empty payload', async () => {
    const { seen } = expectDelete('/v3/subscriptions/16', 200, {}, JSON_HEADERS)
    const result = await client().call('DELETE', ONEKEY_PATH, { params: { path: { subscription_id: 16 } } })
    expect(result.data).toEqual({})
    expect(seen.body).toBe('')
    expect(defined(seen.headers).authorization).toBe(oneKeyAuthorization(SECRET, FIXED_DATE, LOGIN, ''))
    expect(defined(seen.headers)['content-type']).toBe('application/json')
    expect(nock.isDone()).toBe(true)
  })

  it('api.DELETE (openapi-fetch, used directly) is signed and carries an idempotency key too', async () => {
    const { scope, seen } = expectDelete('/v3/subscriptions/808', 200, {}, JSON_HEADERS)
    const { data, error, response } = await client().api.DELETE(ONEKEY_PATH, { params: { path: { subscription_id: 808 } }, body: {} })
    expect(scope.isDone()).toBe(true)
    expect(error).toBeUndefined()
    expect(data).toEqual({})
    expect(response.status).toBe(200)
    expect(seen.body).toBe('{}')
    expect(seen.headers).toMatchObject({
      authorization: oneKeyAuthorization(SECRET, FIXED_DATE, LOGIN, '{}'),
      'content-type': 'application/json',
      'x-date': FIXED_DATE,
      'x-login': LOGIN,
      'x-idempotency-key': 'idem-fixed-1',
    })
  })

  it('re-signs every attempt of a retried call with the same idempotency key', async () => {
    let tick = 0
    const dates = ['2020-06-21T12:33:20Z', '2020-06-21T12:33:21Z']
    const first = expectDelete('/v3/subscriptions/3', 502, '<html>bad gateway</html>', { 'Content-Type': 'text/html' })
    const second = expectDelete('/v3/subscriptions/3', 200, {}, JSON_HEADERS)
    const sleep = vi.fn(async () => {})
    const result = await client({
      maxRetries: 2,
      sleep,
      random: () => 0,
      now: () => new Date(dates[Math.min(tick++, 1)] ?? FIXED_DATE),
    }).cancelSubscription(3)
    expect(result.data).toEqual({})
    expect(result.attempts).toBe(2)
    expect(sleep).toHaveBeenCalledTimes(1)
    const h1 = defined(first.seen.headers)
    const h2 = defined(second.seen.headers)
    expect(h1['x-idempotency-key']).toBe('idem-fixed-1')
    expect(h2['x-idempotency-key']).toBe('idem-fixed-1')
    expect(h1['x-date']).toBe(dates[0])
    expect(h2['x-date']).toBe(dates[1])
    expect(h1.authorization).toBe(oneKeyAuthorization(SECRET, defined(dates[0]), LOGIN, '{}'))
    expect(h2.authorization).toBe(oneKeyAuthorization(SECRET, defined(dates[1]), LOGIN, '{}'))
    expect(nock.isDone()).toBe(true)
  })

  it('does not retry a declared 5xx (501 generic_error) even with retries left', async () => {
    expectDelete('/v3/subscriptions/3', 501, { code: 501, description: 'Generic error', type: 'GENERIC' }, JSON_HEADERS)
    const sleep = vi.fn(async () => {})
    const result = await client({ maxRetries: 3, sleep }).cancelSubscription(3)
    expect(result.error?.kind).toBe('generic_error')
    expect(result.attempts).toBe(1)
    expect(sleep).not.toHaveBeenCalled()
    expect(nock.isDone()).toBe(true)
  })
})

describe('OneKey: each declared status becomes its typed variant', () => {
  it('200 → data, with the response and one attempt', async () => {
    expectDelete('/v3/subscriptions/1', 200, {}, JSON_HEADERS)
    const result = await client().cancelSubscription(1)
    expect(result.error).toBeUndefined()
    expect(result.data).toEqual({})
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(200)
    expect(nock.isDone()).toBe(true)
  })

  it('200 with fields beyond the empty declared object is still data', async () => {
    expectDelete('/v3/subscriptions/1', 200, { status: 'CANCELLED' }, { 'Content-Type': 'application/json; charset=utf-8' })
    const result = await client().cancelSubscription(1)
    expect(result.data).toEqual({ status: 'CANCELLED' })
    expect(nock.isDone()).toBe(true)
  })

  it.each([
    [420, 'subscription_not_found', { code: 420, description: 'Subscription does not exist', type: 'SUBSCRIPTION_NOT_FOUND' }],
    [421, 'already_cancelled', { code: 421, description: 'Subscription was already cancelled', type: 'ALREADY_CANCELLED' }],
    [426, 'subscription_terminated', { code: 426, description: 'Subscription is terminated and cannot be cancelled', type: 'TERMINATED' }],
    [501, 'generic_error', { code: 501, description: 'Generic Error', type: 'GENERIC_ERROR' }],
  ] as const)('%i → %s with the body, the status and the description as message', async (status, kind, body) => {
    expectDelete('/v3/subscriptions/1', status, { ...body }, JSON_HEADERS)
    const result = await client().cancelSubscription(1)
    expect(result.data).toBeUndefined()
    expect(result.error).toEqual({ kind, status, body, message: body.description })
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(status)
    expect(nock.isDone()).toBe(true)
  })

  it('types each declared variant: literal status, typed body', async () => {
    expectDelete('/v3/subscriptions/1', 426, { code: 426 }, JSON_HEADERS)
    const result = await client().cancelSubscription(1)
    const error = defined(result.error)
    if (error.kind !== 'subscription_terminated') throw new Error(`unexpected ${error.kind}`)
    expectTypeOf(error.status).toEqualTypeOf<426>()
    expectTypeOf(error.body).toEqualTypeOf<{ code?: number; description?: string; type?: string }>()
    expect(error.body.code).toBe(426)
    expect(error.message).toBe('the server answered HTTP 426 (subscription_terminated)')
    expect(nock.isDone()).toBe(true)
  })

  it('a declared error whose body has the wrong shape → invalid_body naming the field', async () => {
    expectDelete('/v3/subscriptions/1', 420, { code: '420' }, JSON_HEADERS)
    const result = await client().cancelSubscription(1)
    expect(result.error).toEqual({
      kind: 'invalid_body',
      status: 420,
      contentType: 'application/json',
      text: '{"code":"420"}',
      truncated: false,
      reason: 'body.code is string, expected integer',
      message: 'HTTP 420 with an invalid body: body.code is string, expected integer',
    })
    expect(nock.isDone()).toBe(true)
  })
})

describe('OneKey: undeclared statuses and bad bodies', () => {
  it('an undeclared 429 → unexpected_status with the text', async () => {
    expectDelete('/v3/subscriptions/1', 429, '{"message":"slow down"}', { 'Content-Type': 'application/json', 'Retry-After': '0' })
    const result = await client().cancelSubscription(1)
    expect(result.error).toEqual({
      kind: 'unexpected_status',
      status: 429,
      contentType: 'application/json',
      text: '{"message":"slow down"}',
      truncated: false,
      message: expect.stringContaining('HTTP 429'),
    })
    expect(result.attempts).toBe(1)
    expect(nock.isDone()).toBe(true)
  })

  it('an HTML 502 from a proxy → unexpected_status with the HTML text', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>'
    expectDelete('/v3/subscriptions/1', 502, html, { 'Content-Type': 'text/html; charset=utf-8' })
    const result = await client().cancelSubscription(1)
    expect(result.error).toEqual({
      kind: 'unexpected_status',
      status: 502,
      contentType: 'text/html; charset=utf-8',
      text: html,
      truncated: false,
      message: expect.stringContaining('HTTP 502'),
    })
    expect(defined(result.response).status).toBe(502)
    expect(nock.isDone()).toBe(true)
  })

  it('keeps at most 64 KiB of an undeclared body, and says it truncated', async () => {
    expectDelete('/v3/subscriptions/1', 503, 'x'.repeat(100_000), { 'Content-Type': 'text/plain' })
    const result = await client().cancelSubscription(1)
    const error = defined(result.error)
    if (error.kind !== 'unexpected_status') throw new Error(`unexpected ${error.kind}`)
    expect(error.truncated).toBe(true)
    expect(error.text).toBe('x'.repeat(64 * 1024))
    expect(nock.isDone()).toBe(true)
  })

  it('invalid JSON on 421 → invalid_body with the raw text', async () => {
    expectDelete('/v3/subscriptions/1', 421, '{"code": 421, "description": ', JSON_HEADERS)
    const result = await client().cancelSubscription(1)
    const error = defined(result.error)
    if (error.kind !== 'invalid_body') throw new Error(`unexpected ${error.kind}`)
    expect(error).toMatchObject({ status: 421, contentType: 'application/json', text: '{"code": 421, "description": ', truncated: false })
    expect(error.reason).toMatch(/^the body is not valid JSON \(/)
    expect(error.message).toBe(`HTTP 421 with an invalid body: ${error.reason}`)
    expect(nock.isDone()).toBe(true)
  })

  it('an empty 200 body → invalid_body saying it is empty', async () => {
    expectDelete('/v3/subscriptions/1', 200, '')
    const result = await client().cancelSubscription(1)
    expect(result.data).toBeUndefined()
    const error = defined(result.error)
    if (error.kind !== 'invalid_body') throw new Error(`unexpected ${error.kind}`)
    expect(error.status).toBe(200)
    expect(error.text).toBe('')
    expect(error.reason).toMatch(/empty/)
    expect(nock.isDone()).toBe(true)
  })

  it('a 200 with Content-Type text/plain → invalid_body, even if the text is JSON', async () => {
    expectDelete('/v3/subscriptions/1', 200, '{}', { 'Content-Type': 'text/plain' })
    const result = await client().cancelSubscription(1)
    expect(result.error).toEqual({
      kind: 'invalid_body',
      status: 200,
      contentType: 'text/plain',
      text: '{}',
      truncated: false,
      reason: 'expected application/json, got text/plain',
      message: 'HTTP 200 with an invalid body: expected application/json, got text/plain',
    })
    expect(nock.isDone()).toBe(true)
  })

  it('a 200 whose JSON is an array → invalid_body', async () => {
    expectDelete('/v3/subscriptions/1', 200, '[]', JSON_HEADERS)
    const result = await client().cancelSubscription(1)
    expect(result.error).toMatchObject({ kind: 'invalid_body', status: 200, reason: 'body is array, expected object' })
    expect(nock.isDone()).toBe(true)
  })

  it('a 200 larger than maxBodyBytes → invalid_body, truncated', async () => {
    expectDelete('/v3/subscriptions/1', 200, JSON.stringify({ padding: 'y'.repeat(200) }), JSON_HEADERS)
    const result = await client({ maxBodyBytes: 64 }).cancelSubscription(1)
    const error = defined(result.error)
    if (error.kind !== 'invalid_body') throw new Error(`unexpected ${error.kind}`)
    expect(error.truncated).toBe(true)
    expect(error.text).toHaveLength(64)
    expect(error.reason).toBe('the body is larger than the 64-byte limit')
    expect(nock.isDone()).toBe(true)
  })
})

describe('OneKey: transport failures', () => {
  it('a connection reset → network, with the cause', async () => {
    nock(BASE).delete('/v3/subscriptions/1').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
    const result = await client().cancelSubscription(1)
    const error = defined(result.error)
    expect(error.kind).toBe('network')
    if (error.kind !== 'network') return
    expect(error.cause).toMatchObject({ code: 'ECONNRESET' })
    expect(error.message).toMatch(/^the request failed before a complete response/)
    expect(result.response).toBeUndefined()
    expect(result.attempts).toBe(1)
    expect(nock.isDone()).toBe(true)
  })

  it('a closed port on 127.0.0.1 → network (ECONNREFUSED), after every retry', async () => {
    const port = await closedPort()
    const sleep = vi.fn(async () => {})
    const result = await client({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 2, sleep }).cancelSubscription(1)
    const error = defined(result.error)
    if (error.kind !== 'network') throw new Error(`unexpected ${error.kind}`)
    expect(error.message).toContain('ECONNREFUSED')
    expect(error.cause).toBeInstanceOf(Error)
    expect(result.attempts).toBe(3)
    expect(sleep).toHaveBeenCalledTimes(2)
  })
})

describe('OneKey: bad input is refused before anything is sent', () => {
  const badIds: Array<[string, unknown]> = [
    ['1.5', 1.5],
    ['0', 0],
    ['-1', -1],
    ["'12a'", '12a'],
    ["'../x'", '../x'],
    ["''", ''],
    ['NaN', Number.NaN],
    ['2**53', 2 ** 53],
    ['null', null],
    ['undefined', undefined],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['0n', 0n],
    ['-5n', -5n],
    ['2n**63n', 2n ** 63n],
    ["'007'", '007'],
    ["' 7'", ' 7'],
    ["'+7'", '+7'],
    ["'1e3'", '1e3'],
    ["'9223372036854775808'", '9223372036854775808'],
    ['an object', { id: 1 }],
  ]

  it.each(badIds)('id %s → invalid_request, no request made', async (_label, id) => {
    const scope = nock(BASE).delete(/.*/).reply(200, {})
    const fetchSpy = vi.fn(async (request: Request) => globalThis.fetch(request))
    const result = await client({ fetch: fetchSpy }).cancelSubscription(id as number)
    expect(result.data).toBeUndefined()
    expect(result.response).toBeUndefined()
    expect(result.attempts).toBe(0)
    const error = defined(result.error)
    expect(error.kind).toBe('invalid_request')
    expect(error.message).toMatch(/^OneKey subscription_id must be a positive integer/)
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(scope.isDone()).toBe(false)
  })

  it.each([
    ['idempotencyKey with a space', { idempotencyKey: 'has space' }],
    ['empty idempotencyKey', { idempotencyKey: '' }],
    ['idempotencyKey over 255 characters', { idempotencyKey: 'k'.repeat(256) }],
    ['non-ASCII idempotencyKey', { idempotencyKey: 'clé' }],
    ['timeoutMs 0', { timeoutMs: 0 }],
    ['negative deadlineMs', { deadlineMs: -1 }],
    ['fractional maxRetries', { maxRetries: 1.5 }],
    ['a signal that is not an AbortSignal', { signal: {} as AbortSignal }],
  ])('call option: %s → invalid_request, no request made', async (_label, options) => {
    const scope = nock(BASE).delete(/.*/).reply(200, {})
    const fetchSpy = vi.fn(async (request: Request) => globalThis.fetch(request))
    const result = await client({ fetch: fetchSpy }).cancelSubscription(1, options)
    expect(result.error?.kind).toBe('invalid_request')
    expect(result.attempts).toBe(0)
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(scope.isDone()).toBe(false)
  })

  it('an invalid `now` → hook_failed naming now, nothing sent', async () => {
    const fetchSpy = vi.fn(async (request: Request) => globalThis.fetch(request))
    const result = await client({ fetch: fetchSpy, now: () => new Date(Number.NaN) }).cancelSubscription(1)
    expect(result).toMatchObject({ error: { kind: 'hook_failed', hook: 'now' }, attempts: 0 })
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('OneKey: credentials and options are checked at creation', () => {
  const cases: Array<[string, unknown]> = [
    ['no options', undefined],
    ['no login', { secretKey: SECRET }],
    ['empty login', { login: '', secretKey: SECRET }],
    ['padded login', { login: ` ${LOGIN}`, secretKey: SECRET }],
    ['login with a space', { login: 'Merchant Login', secretKey: SECRET }],
    ['login not a string', { login: 42, secretKey: SECRET }],
    ['no secretKey', { login: LOGIN }],
    ['empty secretKey', { login: LOGIN, secretKey: '' }],
    ['secretKey with a trailing newline', { login: LOGIN, secretKey: `${SECRET}\n` }],
    ['secretKey not a string', { login: LOGIN, secretKey: 123 }],
    ['scheme with a space', { login: LOGIN, secretKey: SECRET, scheme: 'O KP' }],
    ['empty scheme', { login: LOGIN, secretKey: SECRET, scheme: '' }],
    ['baseUrl not absolute', { login: LOGIN, secretKey: SECRET, baseUrl: 'api.onekey' }],
    ['baseUrl not http(s)', { login: LOGIN, secretKey: SECRET, baseUrl: 'ftp://api.onekey' }],
    ['timeoutMs 0', { login: LOGIN, secretKey: SECRET, timeoutMs: 0 }],
    ['negative maxRetries', { login: LOGIN, secretKey: SECRET, maxRetries: -1 }],
    ['maxBodyBytes NaN', { login: LOGIN, secretKey: SECRET, maxBodyBytes: Number.NaN }],
  ]

  it.each(cases)('%s → TypeError', (_label, options) => {
    expect(() => createOneKeyClient(options as OneKeyClientOptions)).toThrow(TypeError)
  })

  it('names the option that is wrong', () => {
    expect(() => createOneKeyClient({ login: '', secretKey: SECRET })).toThrow(/login/)
    expect(() => createOneKeyClient({ login: LOGIN, secretKey: '' })).toThrow(/secretKey/)
  })
})
