/**
 * Secrets never leak: not the OneKey API Signature, not the Authorization
 * value computed from it, not the FunnelFox Fox-Secret, in any error variant,
 * in the error unwrap throws, in a creation TypeError, in the client object,
 * or in a logger line.
 */
import util from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createFunnelFoxClient,
  createOneKeyClient,
  type FunnelFoxClientOptions,
  type LogEntry,
  type OneKeyClientOptions,
  unwrap,
} from '../../src/index.js'
import { oneKeyAuthorization } from '../helpers/onekey-signer.js'
import { type Behaviour, type SeenRequest, startTestServer, type TestServer } from '../helpers/server.js'
import { closedPort, defined, FIXED_DATE, fixedNow } from './support.js'

const LOGIN = 'SecretsTestLogin'
const OK_SECRET = 'OKSIG-7c1e9b44d2a0-never-print-me'
const FF_SECRET = 'FFSECRET_5a93c0e1f7_never_print_me'
const OK_AUTH = oneKeyAuthorization(OK_SECRET, FIXED_DATE, LOGIN, '{}')
const OK_AUTH_EMPTY = oneKeyAuthorization(OK_SECRET, FIXED_DATE, LOGIN, '')

/** Whole values and distinctive fragments, so a truncated or re-quoted echo is caught too. */
const NEEDLES = [
  OK_SECRET,
  '7c1e9b44d2a0',
  FF_SECRET,
  '5a93c0e1f7',
  OK_AUTH,
  defined(OK_AUTH.split(' ')[1]),
  defined(OK_AUTH_EMPTY.split(' ')[1]),
  defined(OK_AUTH.split(' ')[1]).slice(0, 16),
]

function expectClean(label: string, text: string): void {
  for (const needle of NEEDLES) {
    if (text.includes(needle)) throw new Error(`${label} leaks a secret (fragment of length ${needle.length})`)
  }
}

/** Every rendering of a value someone might log. */
function renderings(value: unknown): Record<string, string> {
  const out: Record<string, string> = {
    'util.inspect': util.inspect(value, { depth: 10 }),
    'util.inspect showHidden': util.inspect(value, { depth: 10, showHidden: true }),
    String: String(value),
  }
  try {
    out['JSON.stringify'] = JSON.stringify(value) ?? ''
  } catch (e) {
    out['JSON.stringify'] = `threw ${String(e)}`
  }
  if (value instanceof Error) {
    out.message = value.message
    out.stack = value.stack ?? ''
  }
  if (typeof value === 'object' && value !== null && 'message' in value) out['.message'] = String((value as { message: unknown }).message)
  return out
}

function expectNoLeak(label: string, value: unknown): void {
  for (const [how, text] of Object.entries(renderings(value))) expectClean(`${label} (${how})`, text)
}

/** OneKey ids: the answer to give. */
function oneKeyReply(id: string): Behaviour {
  const json = { 'content-type': 'application/json' }
  switch (id) {
    case '200':
      return { do: 'reply', status: 200, headers: json, body: '{}' }
    case '420':
    case '421':
    case '426':
    case '501':
      return {
        do: 'reply',
        status: Number(id),
        headers: json,
        body: JSON.stringify({ code: Number(id), description: `declared ${id}`, type: 'T' }),
      }
    case '4210':
      return { do: 'reply', status: 421, headers: json, body: '{"code": 421,' }
    case '429':
      return { do: 'reply', status: 429, headers: { 'content-type': 'text/plain', 'retry-after': '0' }, body: 'slow down' }
    case '502':
      return { do: 'reply', status: 502, headers: { 'content-type': 'text/html' }, body: '<html>502</html>' }
    case '307':
      return { do: 'reply', status: 307, headers: { location: '/elsewhere' }, body: '' }
    default:
      return { do: 'stall' }
  }
}

function foxReply(id: string): Behaviour {
  const json = { 'content-type': 'application/json' }
  switch (id) {
    case 'e400':
      return { do: 'reply', status: 400, headers: json, body: '{"message":"bad request"}' }
    case 'e401':
      return { do: 'reply', status: 401, headers: json, body: '{"message":"Invalid project secret"}' }
    case 'e404':
      return { do: 'reply', status: 404, headers: json, body: '{"message":"Subscription not found"}' }
    case 'bad-json':
      return { do: 'reply', status: 404, headers: json, body: '{"message":' }
    case 'missing-field':
      return { do: 'reply', status: 200, headers: json, body: '{"id":"x"}' }
    case 'e502':
      return { do: 'reply', status: 502, headers: { 'content-type': 'text/html' }, body: '<html>502</html>' }
    default:
      return { do: 'stall' }
  }
}

function reply(request: SeenRequest): Behaviour {
  const onekey = /^\/v3\/subscriptions\/(\d+)$/.exec(request.url)
  if (onekey) return oneKeyReply(defined(onekey[1]))
  const fox = /^\/subscriptions\/([^/]+)\/cancel$/.exec(request.url)
  if (fox) return foxReply(defined(fox[1]))
  return { do: 'reply', status: 404, body: '' }
}

let server: TestServer
let deadPort: number
const lines: string[] = []
const logger = { debug: (msg: string, entry: LogEntry) => lines.push(msg + JSON.stringify(entry)) }

beforeAll(async () => {
  server = await startTestServer(reply)
  deadPort = await closedPort()
})

afterAll(async () => {
  await server.close()
})

function oneKey(overrides: Partial<OneKeyClientOptions> = {}) {
  return createOneKeyClient({ login: LOGIN, secretKey: OK_SECRET, baseUrl: server.url, now: fixedNow, maxRetries: 0, logger, ...overrides })
}

function fox(overrides: Partial<FunnelFoxClientOptions> = {}) {
  return createFunnelFoxClient({ secret: FF_SECRET, baseUrl: server.url, maxRetries: 0, logger, ...overrides })
}

/** Runs a call, checks the expected kind, and checks the result, the error and unwrap's throw for leaks. */
async function expectNoLeakIn(label: string, kind: string, run: () => Promise<{ error?: unknown; data?: unknown }>): Promise<void> {
  const result = await run()
  const error = result.error as { kind?: string } | undefined
  expect(error?.kind, label).toBe(kind)
  expectNoLeak(`${label}: error`, error)
  expectNoLeak(`${label}: result`, result)
  let thrown: unknown
  try {
    unwrap(result as Parameters<typeof unwrap>[0])
  } catch (e) {
    thrown = e
  }
  expect(thrown, label).toBeInstanceOf(Error)
  expectNoLeak(`${label}: thrown`, thrown)
}

describe('the leak check', () => {
  it('catches a secret or an Authorization value anywhere in a rendering', () => {
    expect(() => expectNoLeak('probe', new Error(`oops ${OK_SECRET}`))).toThrow(/leaks a secret/)
    expect(() => expectNoLeak('probe', { kind: 'network', cause: { headers: { authorization: OK_AUTH } } })).toThrow(/leaks a secret/)
    expect(() => expectNoLeak('probe', { deep: { deeper: { deepest: { value: FF_SECRET } } } })).toThrow(/leaks a secret/)
    expect(() => expectNoLeak('probe', { kind: 'network', message: 'clean' })).not.toThrow()
  })
})

describe('OneKey: no error variant carries the API Signature or the Authorization value', () => {
  it('the server does receive the Authorization we look for (the needle is real)', async () => {
    const result = await oneKey({ idempotencyKey: () => 'k' }).cancelSubscription(200)
    expect(result.data).toEqual({})
    const last = defined(server.requests.at(-1))
    expect(last.headers.authorization).toBe(OK_AUTH)
  })

  it.each([
    ['invalid_request (bad id)', 'invalid_request', () => oneKey().cancelSubscription('12a')],
    ['invalid_request (bad option)', 'invalid_request', () => oneKey().cancelSubscription(1, { idempotencyKey: 'a b' })],
    ['hook_failed (bad clock)', 'hook_failed', () => oneKey({ now: () => new Date(Number.NaN) }).cancelSubscription(1)],
    ['network', 'network', () => oneKey({ baseUrl: `http://127.0.0.1:${deadPort}` }).cancelSubscription(200)],
    ['unexpected_status 502', 'unexpected_status', () => oneKey().cancelSubscription(502)],
    [
      'unexpected_status 429 after a retry',
      'unexpected_status',
      () => oneKey({ maxRetries: 1, sleep: async () => {} }).cancelSubscription(429),
    ],
    ['unexpected_status 307', 'unexpected_status', () => oneKey().cancelSubscription(307)],
    ['subscription_not_found', 'subscription_not_found', () => oneKey().cancelSubscription(420)],
    ['already_cancelled', 'already_cancelled', () => oneKey().cancelSubscription(421)],
    ['subscription_terminated', 'subscription_terminated', () => oneKey().cancelSubscription(426)],
    ['generic_error', 'generic_error', () => oneKey().cancelSubscription(501)],
    [
      'already_cancelled via call() with no body',
      'already_cancelled',
      () => oneKey().call('DELETE', '/v3/subscriptions/{subscription_id}', { params: { path: { subscription_id: 421 } } }),
    ],
    ['invalid_body', 'invalid_body', () => oneKey().cancelSubscription(4210)],
    ['timeout (attempt)', 'timeout', () => oneKey({ timeoutMs: 50 }).cancelSubscription(999)],
    ['timeout (deadline)', 'timeout', () => oneKey({ timeoutMs: 5_000, deadlineMs: 80 }).cancelSubscription(999)],
    [
      'aborted (mid-flight)',
      'aborted',
      () => {
        const controller = new AbortController()
        setTimeout(() => controller.abort(), 30)
        return oneKey().cancelSubscription(999, { signal: controller.signal })
      },
    ],
    ['aborted (before sending)', 'aborted', () => oneKey().cancelSubscription(200, { signal: AbortSignal.abort() })],
  ] as const)('%s', async (label, kind, run) => {
    await expectNoLeakIn(label, kind, run)
  })

  it('the client object does not show the secret', () => {
    const client = oneKey()
    expectNoLeak('client', client)
    expectNoLeak('client.api', client.api)
  })
})

describe('FunnelFox: no error variant carries the Fox-Secret', () => {
  it('the server does receive the Fox-Secret we look for (the needle is real)', async () => {
    await fox().cancelSubscription('e404')
    expect(defined(server.requests.at(-1)).headers['fox-secret']).toBe(FF_SECRET)
  })

  it.each([
    ['invalid_request (bad id)', 'invalid_request', () => fox().cancelSubscription('a/b')],
    ['invalid_request (bad reason)', 'invalid_request', () => fox().cancelSubscription('e404', { reason: ' ' })],
    ['network', 'network', () => fox({ baseUrl: `http://127.0.0.1:${deadPort}` }).cancelSubscription('e404')],
    [
      'unexpected_status 502 after a retry',
      'unexpected_status',
      () => fox({ maxRetries: 1, sleep: async () => {} }).cancelSubscription('e502'),
    ],
    ['bad_request', 'bad_request', () => fox().cancelSubscription('e400')],
    ['unauthorized', 'unauthorized', () => fox().cancelSubscription('e401')],
    ['not_found', 'not_found', () => fox().cancelSubscription('e404', { reason: 'why not' })],
    ['invalid_body (bad JSON)', 'invalid_body', () => fox().cancelSubscription('bad-json')],
    ['invalid_body (missing field)', 'invalid_body', () => fox().cancelSubscription('missing-field')],
    ['timeout (attempt)', 'timeout', () => fox({ timeoutMs: 50 }).cancelSubscription('stall')],
    [
      'aborted (mid-flight)',
      'aborted',
      () => {
        const controller = new AbortController()
        setTimeout(() => controller.abort(new Error('user navigated away')), 30)
        return fox().cancelSubscription('stall', { signal: controller.signal })
      },
    ],
  ] as const)('%s', async (label, kind, run) => {
    await expectNoLeakIn(label, kind, run)
  })

  it('the client object does not show the secret', () => {
    const client = fox()
    expectNoLeak('client', client)
    expectNoLeak('client.api', client.api)
  })
})

describe('creation TypeErrors never quote a credential', () => {
  const oneKeyCases: Array<[string, Record<string, unknown>]> = [
    ['secretKey with a trailing newline', { login: LOGIN, secretKey: `${OK_SECRET}\n` }],
    ['secretKey with a leading space', { login: LOGIN, secretKey: ` ${OK_SECRET}` }],
    ['secretKey passed as login too (with a space)', { login: `${OK_SECRET} x`, secretKey: OK_SECRET }],
    ['bad login next to a good secretKey', { login: '', secretKey: OK_SECRET }],
    ['bad scheme next to a good secretKey', { login: LOGIN, secretKey: OK_SECRET, scheme: 'O K' }],
    ['bad timeout next to a good secretKey', { login: LOGIN, secretKey: OK_SECRET, timeoutMs: -1 }],
    ['bad baseUrl next to a good secretKey', { login: LOGIN, secretKey: OK_SECRET, baseUrl: 'nope' }],
  ]

  it.each(oneKeyCases)('OneKey: %s', (label, options) => {
    let thrown: unknown
    try {
      createOneKeyClient(options as unknown as OneKeyClientOptions)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(TypeError)
    expectNoLeak(label, thrown)
  })

  const foxCases: Array<[string, Record<string, unknown>]> = [
    ['secret with a trailing newline', { secret: `${FF_SECRET}\n` }],
    ['secret with a leading space', { secret: ` ${FF_SECRET}` }],
    ['secret with a space inside', { secret: `${FF_SECRET} ${FF_SECRET}` }],
    ['non-ASCII secret', { secret: `${FF_SECRET}é` }],
    ['secret with a control character', { secret: `${FF_SECRET}\u0001x` }],
    ['bad baseUrl next to a good secret', { secret: FF_SECRET, baseUrl: 'ftp://x' }],
    ['bad maxBodyBytes next to a good secret', { secret: FF_SECRET, maxBodyBytes: 0 }],
  ]

  it.each(foxCases)('FunnelFox: %s', (label, options) => {
    let thrown: unknown
    try {
      createFunnelFoxClient(options as unknown as FunnelFoxClientOptions)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(TypeError)
    expectNoLeak(label, thrown)
  })
})

describe('the logger', () => {
  it('was called, including for a retry, and no line carries a secret', () => {
    // Runs after the calls above (vitest runs a file's tests in order).
    expect(lines.length).toBeGreaterThan(10)
    expect(lines.some((line) => line.startsWith('retrying'))).toBe(true)
    for (const line of lines) expectClean('logger line', line)
  })
})
