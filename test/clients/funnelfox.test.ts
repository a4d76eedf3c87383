/**
 * The FunnelFox client against nock: what the server receives (Fox-Secret,
 * the exact body bytes), and how every answer is classified.
 */
import { readFileSync } from 'node:fs'
import nock from 'nock'
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it, vi } from 'vitest'
import {
  createFunnelFoxClient,
  FUNNELFOX_BASE_URL,
  type FunnelFoxClientOptions,
  type FunnelFoxPaths,
  type OperationAt,
  type SuccessData,
} from '../../src/index.js'
import { validateResponse } from '../helpers/spec-validator.js'
import { closedPort, defined, FOX_PATH } from './support.js'

type Subscription = SuccessData<OperationAt<FunnelFoxPaths, typeof FOX_PATH, 'post'>>

const SECRET = 'secret_ff_test_5f2c9a71e4'
const ORIGIN = 'https://api.funnelfox.io'
const PREFIX = '/public/v1'

const SUBSCRIPTION = JSON.parse(
  readFileSync(new URL('../fixtures/clients/funnelfox-subscription.json', import.meta.url), 'utf8'),
) as Subscription

const REQUIRED = [
  'id',
  'psp_id',
  'status',
  'profile',
  'funnel',
  'funnel_version',
  'billing_interval',
  'billing_interval_count',
  'price',
  'currency',
  'price_usd',
  'payment_provider',
  'created_at',
  'updated_at',
  'period_starts_at',
  'renews',
  'sandbox',
  'session',
] as const

function client(overrides: Partial<FunnelFoxClientOptions> = {}) {
  return createFunnelFoxClient({ secret: SECRET, maxRetries: 0, ...overrides })
}

interface Seen {
  path?: string
  headers?: Record<string, string | string[] | undefined>
  body?: string
}

/** One POST interceptor on `/public/v1{path}` that records the request and answers. */
function expectPost(
  path: string,
  status: number,
  body?: string | object,
  headers?: Record<string, string>,
  origin = ORIGIN,
  prefix = PREFIX,
) {
  const seen: Seen = {}
  const scope = nock(origin)
    .post(`${prefix}${path}`)
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

/** The fixture with some fields removed or replaced. */
function subscriptionWith(changes: Record<string, unknown>, drop: readonly string[] = []): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...structuredClone(SUBSCRIPTION), ...changes }
  for (const name of drop) delete copy[name]
  return copy
}

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

describe('the Subscription fixture', () => {
  it('is valid against the vendor spec (ajv, independent of the client)', () => {
    const validation = validateResponse('funnelfox', 'POST', FOX_PATH, 200, SUBSCRIPTION)
    expect(validation.errors).toBe('')
    expect(validation.valid).toBe(true)
  })

  it('sets every property the spec declares', () => {
    const spec = readFileSync(new URL('../../generated/funnelfox-operations.ts', import.meta.url), 'utf8')
    expect(spec).toContain('"custom_entitlement"')
    for (const name of REQUIRED) expect(SUBSCRIPTION).toHaveProperty(name)
    for (const optional of [
      'funnel_locale',
      'experiment',
      'product_id',
      'product',
      'trial_offer',
      'trial_transaction_id',
      'period_ends_at',
      'paused_at',
      'cancelled_at',
      'cancellation_reason',
      'renewed_at',
      'upgrades_to',
      'custom_entitlement',
    ]) {
      expect(SUBSCRIPTION).toHaveProperty(optional)
    }
  })
})

describe('FunnelFox: what the server receives', () => {
  it('sends POST /subscriptions/{id}/cancel with Fox-Secret and the body {} when no reason is given', async () => {
    const { scope, seen } = expectPost('/subscriptions/sub_123/cancel', 200, SUBSCRIPTION, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_123')
    expect(result.error).toBeUndefined()
    expect(scope.isDone()).toBe(true)
    expect(seen.path).toBe('/public/v1/subscriptions/sub_123/cancel')
    expect(seen.body).toBe('{}')
    expect(seen.headers).toEqual({
      host: 'api.funnelfox.io',
      'content-length': '2',
      'content-type': 'application/json',
      'fox-secret': SECRET,
    })
    expect(nock.isDone()).toBe(true)
  })

  it('uses the spec server as the default base URL', () => {
    expect(FUNNELFOX_BASE_URL).toBe(`${ORIGIN}${PREFIX}`)
  })

  it('sends a unicode and emoji reason as exact UTF-8 JSON', async () => {
    const reason = 'Trop cher — 😀 ü "quoted" \\ back\nslash 日本語'
    const expected = JSON.stringify({ reason })
    const { seen } = expectPost('/subscriptions/sub_123/cancel', 200, SUBSCRIPTION, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_123', { reason })
    expect(result.error).toBeUndefined()
    expect(seen.body).toBe(expected)
    expect(defined(seen.headers)['content-length']).toBe(String(Buffer.byteLength(expected, 'utf8')))
    expect(JSON.parse(defined(seen.body))).toEqual({ reason })
    expect(nock.isDone()).toBe(true)
  })

  it('sends to a custom baseUrl (trailing slash dropped)', async () => {
    const { scope } = expectPost('/subscriptions/s1/cancel', 200, SUBSCRIPTION, JSON_HEADERS, 'https://fox.example', '/api')
    const result = await client({ baseUrl: 'https://fox.example/api/' }).cancelSubscription('s1')
    expect(result.data).toEqual(SUBSCRIPTION)
    expect(scope.isDone()).toBe(true)
  })

  it('percent-encodes ids with non-ASCII and reserved characters', async () => {
    const { scope, seen } = expectPost('/subscriptions/sub_%C3%A9%3B%26%3D%2B/cancel', 200, SUBSCRIPTION, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_é;&=+')
    expect(result.error).toBeUndefined()
    expect(scope.isDone()).toBe(true)
    expect(seen.path).toBe('/public/v1/subscriptions/sub_%C3%A9%3B%26%3D%2B/cancel')
  })

  it('call("POST", …) sends the same request', async () => {
    const { seen } = expectPost('/subscriptions/sub_9/cancel', 200, SUBSCRIPTION, JSON_HEADERS)
    const result = await client().call('POST', FOX_PATH, { params: { path: { id: 'sub_9' } }, body: { reason: 'too expensive' } })
    expect(result.data).toEqual(SUBSCRIPTION)
    expect(seen.body).toBe('{"reason":"too expensive"}')
    expect(defined(seen.headers)['fox-secret']).toBe(SECRET)
    expect(nock.isDone()).toBe(true)
  })

  it('api.POST (openapi-fetch, used directly) carries Fox-Secret too', async () => {
    const { seen } = expectPost('/subscriptions/sub_9/cancel', 404, { message: 'Subscription not found' }, JSON_HEADERS)
    const { data, error, response } = await client().api.POST(FOX_PATH, { params: { path: { id: 'sub_9' } }, body: {} })
    expect(data).toBeUndefined()
    expect(error).toEqual({ message: 'Subscription not found' })
    expect(response.status).toBe(404)
    expect(seen.body).toBe('{}')
    expect(defined(seen.headers)['fox-secret']).toBe(SECRET)
    expect(nock.isDone()).toBe(true)
  })
})

describe('FunnelFox: each declared status becomes its typed variant', () => {
  it('200 with a full Subscription → data, typed', async () => {
    expectPost('/subscriptions/sub_1/cancel', 200, SUBSCRIPTION, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toBeUndefined()
    expect(result.data).toEqual(SUBSCRIPTION)
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(200)
    expectTypeOf(result.data).toEqualTypeOf<Subscription | undefined>()
    expect(defined(result.data).status).toBe('cancelled')
    expect(nock.isDone()).toBe(true)
  })

  it('200 with only the required fields → data', async () => {
    const minimal = subscriptionWith({}, [
      'funnel_locale',
      'experiment',
      'product_id',
      'product',
      'trial_offer',
      'trial_transaction_id',
      'period_ends_at',
      'paused_at',
      'cancelled_at',
      'cancellation_reason',
      'renewed_at',
      'upgrades_to',
      'custom_entitlement',
    ])
    expect(validateResponse('funnelfox', 'POST', FOX_PATH, 200, minimal).valid).toBe(true)
    expectPost('/subscriptions/sub_1/cancel', 200, minimal, { 'Content-Type': 'application/json; charset=utf-8' })
    const result = await client().cancelSubscription('sub_1')
    expect(result.data).toEqual(minimal)
    expect(nock.isDone()).toBe(true)
  })

  it.each([
    [400, 'bad_request', 'Subscription is already cancelled'],
    [401, 'unauthorized', 'Invalid Fox-Secret'],
    [404, 'not_found', 'Subscription not found'],
  ] as const)('%i → %s with the body, the status and the message', async (status, kind, message) => {
    expectPost('/subscriptions/sub_1/cancel', status, { message }, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    expect(result.data).toBeUndefined()
    expect(result.error).toEqual({ kind, status, body: { message }, message })
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(status)
    expect(nock.isDone()).toBe(true)
  })

  it('types each declared variant: literal status, typed body', async () => {
    expectPost('/subscriptions/sub_1/cancel', 401, { message: 'nope' }, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    const error = defined(result.error)
    if (error.kind !== 'unauthorized') throw new Error(`unexpected ${error.kind}`)
    expectTypeOf(error.status).toEqualTypeOf<401>()
    expectTypeOf(error.body).toEqualTypeOf<{ message: string }>()
    expect(error.body.message).toBe('nope')
    expect(nock.isDone()).toBe(true)
  })

  it('a 404 without its required message → invalid_body naming the field', async () => {
    expectPost('/subscriptions/sub_1/cancel', 404, { error: 'not found' }, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toEqual({
      kind: 'invalid_body',
      status: 404,
      contentType: 'application/json',
      text: '{"error":"not found"}',
      truncated: false,
      reason: 'body is missing required field "message"',
      message: 'HTTP 404 with an invalid body: body is missing required field "message"',
    })
    expect(nock.isDone()).toBe(true)
  })
})

describe('FunnelFox: a 200 that is not a Subscription → invalid_body', () => {
  it.each(REQUIRED)('missing required field %s', async (field) => {
    const body = subscriptionWith({}, [field])
    expectPost('/subscriptions/sub_1/cancel', 200, body, JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    expect(result.data).toBeUndefined()
    const error = defined(result.error)
    if (error.kind !== 'invalid_body') throw new Error(`unexpected ${error.kind}`)
    expect(error.status).toBe(200)
    expect(error.reason).toBe(`body is missing required field "${field}"`)
    expect(error.message).toContain(`"${field}"`)
    expect(error.text).toBe(JSON.stringify(body))
    expect(nock.isDone()).toBe(true)
  })

  it.each([
    [
      'status',
      { status: 'grace' },
      /^body\.status is "grace", not one of \["created","trialing","active","paused","cancelled","expired","unpaid"\]$/,
    ],
    ['billing_interval', { billing_interval: 'fortnight' }, /^body\.billing_interval is "fortnight", not one of /],
    ['payment_provider', { payment_provider: 'adyen' }, /^body\.payment_provider is "adyen", not one of /],
    ['trial_offer', { trial_offer: 'none' }, /^body\.trial_offer is "none", not one of /],
    ['funnel.type', { funnel: { ...SUBSCRIPTION.funnel, type: 'upsell' } }, /^body\.funnel\.type is "upsell", not one of /],
    ['product.status', { product: { id: 'p', name: 'n', status: 'deleted' } }, /^body\.product\.status is "deleted", not one of /],
    ['status of the wrong case', { status: 'Cancelled' }, /^body\.status is "Cancelled", not one of /],
  ])('bad enum value in %s', async (_label, changes, reason) => {
    expectPost('/subscriptions/sub_1/cancel', 200, subscriptionWith(changes), JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    const error = defined(result.error)
    if (error.kind !== 'invalid_body') throw new Error(`unexpected ${error.kind}`)
    expect(error.reason).toMatch(reason)
    expect(nock.isDone()).toBe(true)
  })

  it.each([
    ['price as a string', { price: '19.99' }, 'body.price is string, expected integer'],
    ['price as a fraction', { price: 19.99 }, 'body.price is number, expected integer'],
    ['renews as a string', { renews: 'false' }, 'body.renews is string, expected boolean'],
    ['id as null', { id: null }, 'body.id is null, expected string'],
    ['profile without created_at', { profile: { id: 'pro_1' } }, 'body.profile is missing required field "created_at"'],
    ['session as an array', { session: [] }, 'body.session is array, expected object'],
  ])('%s', async (_label, changes, reason) => {
    expectPost('/subscriptions/sub_1/cancel', 200, subscriptionWith(changes), JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toMatchObject({ kind: 'invalid_body', status: 200, reason })
    expect(nock.isDone()).toBe(true)
  })

  it('a 200 that is JSON null → invalid_body', async () => {
    expectPost('/subscriptions/sub_1/cancel', 200, 'null', JSON_HEADERS)
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toMatchObject({ kind: 'invalid_body', reason: 'body is null, expected object' })
    expect(nock.isDone()).toBe(true)
  })

  it('a 200 with an HTML content type → invalid_body', async () => {
    expectPost('/subscriptions/sub_1/cancel', 200, '<html>ok</html>', { 'Content-Type': 'text/html' })
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toMatchObject({
      kind: 'invalid_body',
      status: 200,
      contentType: 'text/html',
      text: '<html>ok</html>',
      reason: 'expected application/json, got text/html',
    })
    expect(nock.isDone()).toBe(true)
  })

  it('an empty 200 → invalid_body saying it is empty', async () => {
    expectPost('/subscriptions/sub_1/cancel', 200, '')
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toMatchObject({ kind: 'invalid_body', status: 200, text: '' })
    if (result.error?.kind === 'invalid_body') expect(result.error.reason).toMatch(/empty/)
    expect(nock.isDone()).toBe(true)
  })
})

describe('FunnelFox: undeclared statuses and transport failures', () => {
  it.each([
    [403, 'application/json', '{"message":"forbidden"}'],
    [409, 'application/json', '{"message":"conflict"}'],
    [421, 'application/json', '{"message":"misdirected"}'],
    [429, 'text/plain', 'Too Many Requests'],
    [500, 'text/html', '<h1>Internal Server Error</h1>'],
  ] as const)('an undeclared %i → unexpected_status with the text', async (status, contentType, text) => {
    expectPost('/subscriptions/sub_1/cancel', status, text, { 'Content-Type': contentType })
    const result = await client().cancelSubscription('sub_1')
    expect(result.error).toEqual({
      kind: 'unexpected_status',
      status,
      contentType,
      text,
      truncated: false,
      message: expect.stringContaining(`HTTP ${status}`),
    })
    expect(result.attempts).toBe(1)
    expect(defined(result.response).status).toBe(status)
    expect(nock.isDone()).toBe(true)
  })

  it('a connection error → network', async () => {
    nock(ORIGIN).post(`${PREFIX}/subscriptions/sub_1/cancel`).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' })
    const result = await client().cancelSubscription('sub_1')
    expect(result.error?.kind).toBe('network')
    expect(result.response).toBeUndefined()
    expect(nock.isDone()).toBe(true)
  })

  it('a closed port on 127.0.0.1 → network', async () => {
    const port = await closedPort()
    const result = await client({ baseUrl: `http://127.0.0.1:${port}` }).cancelSubscription('sub_1')
    const error = defined(result.error)
    if (error.kind !== 'network') throw new Error(`unexpected ${error.kind}`)
    expect(error.message).toContain('ECONNREFUSED')
  })
})

describe('FunnelFox: bad input is refused before anything is sent', () => {
  const badIds: Array<[string, unknown]> = [
    ["''", ''],
    ["'a/b'", 'a/b'],
    ["'a?b'", 'a?b'],
    ["'a#b'", 'a#b'],
    ["'a b'", 'a b'],
    ["'..'", '..'],
    ["'.'", '.'],
    ["'a%2Fb'", 'a%2Fb'],
    ["'a\\\\b'", 'a\\b'],
    ["'a\\tb'", 'a\tb'],
    ["'a\\nb'", 'a\nb'],
    ["' sub'", ' sub'],
    ["'a\\u0000b'", 'a\u0000b'],
    ["'a\\u007fb'", 'a\u007fb'],
    ['a number', 123],
    ['null', null],
    ['undefined', undefined],
  ]

  it.each(badIds)('id %s → invalid_request, no request made', async (_label, id) => {
    const scope = nock(ORIGIN).post(/.*/).reply(200, SUBSCRIPTION)
    const fetchSpy = vi.fn(async (request: Request) => globalThis.fetch(request))
    const result = await client({ fetch: fetchSpy }).cancelSubscription(id as string)
    expect(result.data).toBeUndefined()
    expect(result.response).toBeUndefined()
    expect(result.attempts).toBe(0)
    const error = defined(result.error)
    expect(error.kind).toBe('invalid_request')
    expect(error.message).toMatch(/^FunnelFox subscription id /)
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(scope.isDone()).toBe(false)
  })

  it.each([
    ['empty', ''],
    ['blank', '  \n\t '],
    ['a number', 42],
    ['null', null],
  ] as const)('reason %s → invalid_request, no request made', async (_label, reason) => {
    const scope = nock(ORIGIN).post(/.*/).reply(200, SUBSCRIPTION)
    const fetchSpy = vi.fn(async (request: Request) => globalThis.fetch(request))
    const result = await client({ fetch: fetchSpy }).cancelSubscription('sub_1', { reason: reason as string })
    expect(result.error).toMatchObject({ kind: 'invalid_request', message: expect.stringMatching(/^reason must be a non-empty string/) })
    expect(result.attempts).toBe(0)
    expect(fetchSpy).not.toHaveBeenCalled()
    expect(scope.isDone()).toBe(false)
  })

  it.each([
    ['timeoutMs 0', { timeoutMs: 0 }],
    ['deadlineMs Infinity', { deadlineMs: Number.POSITIVE_INFINITY }],
    ['negative maxRetries', { maxRetries: -1 }],
    ['a signal that is not an AbortSignal', { signal: 'stop' as unknown as AbortSignal }],
  ])('call option %s → invalid_request, no request made', async (_label, options) => {
    const fetchSpy = vi.fn(async (request: Request) => globalThis.fetch(request))
    const result = await client({ fetch: fetchSpy }).cancelSubscription('sub_1', options)
    expect(result.error?.kind).toBe('invalid_request')
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('FunnelFox: credentials and options are checked at creation', () => {
  const cases: Array<[string, unknown]> = [
    ['no options', undefined],
    ['no secret', {}],
    ['empty secret', { secret: '' }],
    ['secret with a trailing newline', { secret: `${SECRET}\n` }],
    ['secret with a space', { secret: 'secret with space' }],
    ['non-ASCII secret', { secret: 'sécret' }],
    ['secret not a string', { secret: 42 }],
    ['baseUrl not absolute', { secret: SECRET, baseUrl: '/public/v1' }],
    ['baseUrl not http(s)', { secret: SECRET, baseUrl: 'file:///etc/passwd' }],
    ['timeoutMs negative', { secret: SECRET, timeoutMs: -5 }],
    ['maxRetries fractional', { secret: SECRET, maxRetries: 0.5 }],
  ]

  it.each(cases)('%s → TypeError', (_label, options) => {
    expect(() => createFunnelFoxClient(options as FunnelFoxClientOptions)).toThrow(TypeError)
  })

  it('names the option that is wrong', () => {
    expect(() => createFunnelFoxClient({ secret: '' })).toThrow(/secret/)
  })
})
