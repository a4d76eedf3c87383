/**
 * Fault injection against a real node:http server (127.0.0.1, ephemeral
 * port, no nock): refused connections, resets before and during the body,
 * stalls, HTML 502s, Retry-After, truncated and oversized bodies, aborts and
 * deadlines, for both clients. Every case checks the typed outcome, the
 * attempts the server saw against `result.attempts`, that no secret reaches
 * the error, and that the client left no timer running.
 */
import { readFileSync } from 'node:fs'
import util from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import {
  type CallOptions,
  type ClientError,
  type ClientOptions,
  createFunnelFoxClient,
  createOneKeyClient,
  type LogEntry,
  parseOneKeyDate,
  type Result,
  verifyOneKeyRequest,
} from '../../src/index.js'
import { closedPort, FOX_SUBSCRIPTION } from '../helpers/fixtures.js'
import { oneKeyAuthorization } from '../helpers/onekey-signer.js'
import { activeTimeouts, type Behaviour, json, reply, type SeenRequest, startTestServer, type TestServer } from '../helpers/server.js'

// ---- unhandled rejections: collected for the whole file, asserted empty at the end ----

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason)
}
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled)
})
afterAll(() => {
  process.off('unhandledRejection', onUnhandled)
  expect(unhandled).toEqual([])
})

// ---- the two clients behind one harness ----

const ONEKEY_SECRET = 'okpSECRET-5f1e9c0d7a2b44e1'
const ONEKEY_LOGIN = 'merchant-login-42'
const FOX_SECRET = 'foxSECRET-8c3d2e1f0a9b77c3'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const FIXED = new Date('2020-06-21T12:33:20Z')

type AnyResult = Result<unknown, ClientError>
type CancelOptions = CallOptions & { idempotencyKey?: string }
type HarnessOptions = Omit<ClientOptions, 'baseUrl'> & { idempotencyKey?: () => string }

interface Vendor {
  name: 'onekey' | 'funnelfox'
  secrets: readonly string[]
  method: 'DELETE' | 'POST'
  template: string
  requestPath: string
  okBody: Behaviour
  okData: unknown
  declared: readonly { status: number; kind: string; body: unknown }[]
  /** A declared error status, with a body cut off mid-JSON. */
  truncatedDeclared: { status: number; text: string }
  client(baseUrl: string, options: HarnessOptions): (call?: CancelOptions) => Promise<AnyResult>
}

const onekey: Vendor = {
  name: 'onekey',
  secrets: [ONEKEY_SECRET],
  method: 'DELETE',
  template: '/v3/subscriptions/{subscription_id}',
  requestPath: '/v3/subscriptions/123',
  okBody: json(200, { code: 200, description: 'Subscription cancelled' }),
  okData: { code: 200, description: 'Subscription cancelled' },
  declared: [
    { status: 420, kind: 'subscription_not_found', body: { code: 420, description: 'Subscription does not exist', type: 'ERROR' } },
    { status: 421, kind: 'already_cancelled', body: { code: 421, description: 'Subscription was already cancelled', type: 'ERROR' } },
    { status: 426, kind: 'subscription_terminated', body: { code: 426, description: 'Subscription is terminated', type: 'ERROR' } },
    { status: 501, kind: 'generic_error', body: { code: 501, description: 'Generic Error', type: 'ERROR' } },
  ],
  truncatedDeclared: { status: 421, text: '{"code":421,' },
  client(baseUrl, options) {
    const c = createOneKeyClient({ login: ONEKEY_LOGIN, secretKey: ONEKEY_SECRET, baseUrl, ...options })
    return (call = {}) => c.cancelSubscription(123, call)
  },
}

const funnelfox: Vendor = {
  name: 'funnelfox',
  secrets: [FOX_SECRET],
  method: 'POST',
  template: '/subscriptions/{id}/cancel',
  requestPath: '/public/v1/subscriptions/sub_1/cancel',
  okBody: json(200, FOX_SUBSCRIPTION),
  okData: FOX_SUBSCRIPTION,
  declared: [
    { status: 400, kind: 'bad_request', body: { message: 'Subscription already cancelled' } },
    { status: 401, kind: 'unauthorized', body: { message: 'Invalid Fox-Secret' } },
    { status: 404, kind: 'not_found', body: { message: 'Subscription not found' } },
  ],
  truncatedDeclared: { status: 404, text: '{"message":' },
  client(baseUrl, options) {
    const { idempotencyKey: _unused, ...rest } = options
    const c = createFunnelFoxClient({ secret: FOX_SECRET, baseUrl: `${baseUrl}/public/v1`, ...rest })
    return (call = {}) => {
      const { idempotencyKey: _none, ...callOptions } = call
      return c.cancelSubscription('sub_1', callOptions)
    }
  },
}

const VENDORS = [onekey, funnelfox] as const

// ---- shared checks ----

function errorOf<K extends ClientError['kind']>(result: AnyResult, kind: K): Extract<ClientError, { kind: K }> {
  expect(result.data).toBeUndefined()
  expect(result.error?.kind).toBe(kind)
  return result.error as Extract<ClientError, { kind: K }>
}

/** Nothing secret in any rendering of the error: the credential, or any Authorization value the server saw. */
function expectNoSecret(result: AnyResult, vendor: Vendor, seen: readonly SeenRequest[]): void {
  const error = result.error
  if (error === undefined) return
  const renderings = [JSON.stringify(error), util.inspect(result.error, { depth: 10 }), String(error.message)]
  if ('cause' in error) renderings.push(String(error.cause), util.inspect(error.cause, { depth: 10 }))
  const needles = [...vendor.secrets, ...seen.map((r) => r.headers.authorization).filter((a): a is string => a !== undefined)]
  for (const text of renderings) for (const needle of needles) expect(text).not.toContain(needle)
}

/** Every OneKey attempt of one call carried the same idempotency key; returns it. */
function expectOneIdempotencyKey(vendor: Vendor, seen: readonly SeenRequest[]): string | undefined {
  if (vendor.name !== 'onekey' || seen.length === 0) return undefined
  const keys = new Set(seen.map((r) => r.headers['x-idempotency-key']))
  expect(keys.size).toBe(1)
  const [key] = keys
  expect(typeof key).toBe('string')
  return key as string
}

function independentSignature(date: string, login: string, body: Buffer): string {
  return oneKeyAuthorization(ONEKEY_SECRET, date, login, body)
}

const elapsedSince = (t: number): number => performance.now() - t

for (const vendor of VENDORS) {
  describe(`${vendor.name}: fault injection over a real HTTP server`, () => {
    let server: TestServer
    let delays: number[]
    let timersBefore: number
    const sleep = async (ms: number, signal: AbortSignal): Promise<void> => {
      delays.push(ms)
      if (signal.aborted) throw signal.reason
    }
    const base = (): HarnessOptions => ({ sleep, random: () => 0.5 })
    const cancelWith = (options: HarnessOptions = {}): ((call?: CancelOptions) => Promise<AnyResult>) =>
      vendor.client(server.url, { ...base(), ...options })

    /** Runs one call, then checks what every case must hold. */
    async function run(call: Promise<AnyResult>, expectedAttempts: number, seenAttempts = expectedAttempts): Promise<AnyResult> {
      const result = await call
      expect(result.attempts).toBe(expectedAttempts)
      expect(server.requests).toHaveLength(seenAttempts)
      expect(result.data !== undefined && result.error !== undefined).toBe(false)
      expectOneIdempotencyKey(vendor, server.requests)
      for (const r of server.requests) {
        expect(r.method).toBe(vendor.method)
        expect(r.url).toBe(vendor.requestPath)
      }
      expectNoSecret(result, vendor, server.requests)
      await server.closeConnections()
      expect(activeTimeouts()).toBeLessThanOrEqual(timersBefore)
      return result
    }

    /**
     * A new server (new origin, so no pooled keep-alive socket) for the next
     * round of a looping case: `run` closes every socket, and a request that
     * picked a socket the server had just closed would fail as `network`.
     */
    async function freshServer(): Promise<void> {
      await server.close()
      server = await startTestServer()
    }

    beforeEach(async () => {
      server = await startTestServer()
      delays = []
      timersBefore = activeTimeouts()
    })
    afterEach(async () => {
      await server.close()
    })

    it('answers 200 with data on a healthy server (control)', async () => {
      server.script(vendor.okBody)
      const result = await run(cancelWith()(), 1)
      expect(result.error).toBeUndefined()
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([])
    })

    it('1. connection refused: network after maxRetries + 1 attempts, the server saw none', async () => {
      const port = await closedPort()
      const cancel = vendor.client(`http://127.0.0.1:${port}`, base())
      const result = await run(cancel(), 3, 0)
      const error = errorOf(result, 'network')
      expect(error.message).toMatch(/ECONNREFUSED|connect/i)
      expect(delays).toEqual([250, 500])
      // per client and per call
      const five = vendor.client(`http://127.0.0.1:${port}`, { ...base(), maxRetries: 4 })
      expect((await five()).attempts).toBe(5)
      expect((await five({ maxRetries: 1 })).attempts).toBe(2)
      expect((await five({ maxRetries: 0 })).attempts).toBe(1)
    })

    it('2. socket reset before the response headers: retried, then network', async () => {
      server.script({ do: 'reset' })
      const log: { message: string; entry: LogEntry }[] = []
      const result = await run(cancelWith({ logger: { debug: (message, entry) => log.push({ message, entry }) } })(), 3)
      errorOf(result, 'network')
      expect(delays).toEqual([250, 500])
      const perAttempt = log.filter((l) => !l.message.startsWith('retrying')).map((l) => l.entry)
      expect(perAttempt.map((e) => [e.method, e.path, e.attempt, e.status, e.outcome])).toEqual(
        [1, 2, 3].map((n) => [vendor.method, vendor.template, n, undefined, 'network']),
      )
      expect(log.filter((l) => l.message.startsWith('retrying')).map((l) => l.message)).toEqual([
        `retrying ${vendor.method} ${vendor.template} in 250 ms`,
        `retrying ${vendor.method} ${vendor.template} in 500 ms`,
      ])
    })

    it('2b. socket reset before the headers once, then 200: data on attempt 2', async () => {
      server.script({ do: 'reset' }, vendor.okBody)
      const result = await run(cancelWith()(), 2)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([250])
    })

    it('3. socket reset mid-body: network, retried', async () => {
      server.script({
        do: 'reset-mid-body',
        status: 200,
        headers: { 'content-type': 'application/json' },
        contentLength: 5000,
        partial: '{"id":"sub_1","st',
      })
      const result = await run(cancelWith()(), 3)
      errorOf(result, 'network')
      expect(delays).toEqual([250, 500])
    })

    it('4. stall past the per-attempt timeout, then 200: data with attempts 2', async () => {
      server.script({ do: 'stall' }, vendor.okBody)
      const started = performance.now()
      const result = await run(cancelWith({ timeoutMs: 100 })(), 2)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([250])
      expect(elapsedSince(started)).toBeLessThan(2000)
    })

    it('4b. stall past the per-attempt timeout with maxRetries 0 (per call): timeout, scope attempt', async () => {
      server.script({ do: 'stall' })
      const result = await run(cancelWith()({ timeoutMs: 100, maxRetries: 0 }), 1)
      const error = errorOf(result, 'timeout')
      expect(error).toMatchObject({ scope: 'attempt', timeoutMs: 100 })
      expect(delays).toEqual([])
    })

    it('4c. the attempt timeout covers reading the body: headers then a stalled body → timeout', async () => {
      server.script({
        do: 'stall-body',
        status: 200,
        headers: { 'content-type': 'application/json' },
        contentLength: 1000,
        partial: '{"id":',
      })
      const started = performance.now()
      const result = await run(cancelWith({ timeoutMs: 100, maxRetries: 0 })(), 1)
      expect(errorOf(result, 'timeout')).toMatchObject({ scope: 'attempt', timeoutMs: 100 })
      expect(elapsedSince(started)).toBeLessThan(2000)
    })

    it('5. 502 with an HTML body every time: unexpected_status after 3 attempts, HTML text kept', async () => {
      const html =
        '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>'
      server.script(reply(502, html, { 'content-type': 'text/html' }))
      const result = await run(cancelWith()(), 3)
      const error = errorOf(result, 'unexpected_status')
      expect(error).toMatchObject({ status: 502, contentType: 'text/html', text: html, truncated: false })
      expect(delays).toEqual([250, 500])
    })

    it('6. 429 with Retry-After: 1, then 200: waits 1000 ms, attempts 2', async () => {
      server.script(reply(429, 'slow down', { 'retry-after': '1' }), vendor.okBody)
      const result = await run(cancelWith()(), 2)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([1000])
    })

    it('6b. Retry-After as an HTTP-date 7 s ahead of now(): waits 7000 ms', async () => {
      server.script(reply(503, '', { 'retry-after': new Date(FIXED.getTime() + 7000).toUTCString() }), vendor.okBody)
      const result = await run(cancelWith({ now: () => FIXED })(), 2)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([7000])
    })

    it('6c. Retry-After: 120 (over 60 s) is ignored in favour of backoff', async () => {
      server.script(reply(503, '', { 'retry-after': '120' }), vendor.okBody)
      const result = await run(cancelWith()(), 2)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([250])
    })

    it('6d. Retry-After: 60 exactly is honoured', async () => {
      server.script(reply(429, '', { 'retry-after': '60' }), vendor.okBody)
      const result = await run(cancelWith()(), 2)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([60_000])
    })

    // Only RFC 9110 HTTP-dates count: V8's lenient Date.parse would read "-1" or "1 2" as dates in 2001.
    it('6e. junk Retry-After values ("-1", "1 2", "soon") fall back to backoff', async () => {
      for (const junk of ['-1', '1 2', 'soon']) {
        await freshServer()
        delays = []
        server.script(reply(503, '', { 'retry-after': junk }), vendor.okBody)
        const result = await run(cancelWith({ now: () => FIXED })(), 2)
        expect(result.data).toEqual(vendor.okData)
        expect(delays, `Retry-After: ${junk}`).toEqual([250])
      }
    })

    it('7. 503, 503, then 200: 3 attempts, one idempotency key, every attempt signed afresh', async () => {
      server.script(reply(503, 'busy'), reply(503, 'busy'), vendor.okBody)
      let clock = FIXED.getTime()
      const now = (): Date => {
        const d = new Date(clock)
        clock += 1000
        return d
      }
      const log: { message: string; entry: LogEntry }[] = []
      const logger = { debug: (message: string, entry: LogEntry) => log.push({ message, entry }) }
      const result = await run(cancelWith({ now, logger })(), 3)
      expect(result.data).toEqual(vendor.okData)
      expect(delays).toEqual([250, 500])
      const bodies = server.requests.map((r) => r.body.toString('utf8'))
      expect(new Set(bodies).size).toBe(1)
      if (vendor.name === 'onekey') {
        expect(expectOneIdempotencyKey(vendor, server.requests)).toMatch(UUID)
        const dates = server.requests.map((r) => r.headers['x-date'])
        expect(new Set(dates).size).toBe(3)
        for (const r of server.requests) {
          const date = r.headers['x-date'] as string
          expect(r.headers['x-login']).toBe(ONEKEY_LOGIN)
          expect(r.headers['content-type']).toBe('application/json')
          expect(r.body.toString('utf8')).toBe('{}')
          expect(r.headers.authorization).toBe(independentSignature(date, ONEKEY_LOGIN, r.body))
          const verified = await verifyOneKeyRequest({
            key: ONEKEY_SECRET,
            headers: r.headers,
            body: r.body,
            now: parseOneKeyDate(date) ?? new Date(Number.NaN),
            login: ONEKEY_LOGIN,
          })
          expect(verified).toMatchObject({ ok: true, login: ONEKEY_LOGIN, scheme: 'OKP' })
        }
      } else {
        for (const r of server.requests) expect(r.headers['fox-secret']).toBe(FOX_SECRET)
      }
      // The debug log: one line per attempt (plus one per retry), with the spec's path template, never a secret.
      const attemptsLogged = log.filter((l) => l.entry.durationMs >= 0 && !l.message.startsWith('retrying'))
      expect(attemptsLogged.map((l) => l.entry)).toEqual([
        { method: vendor.method, path: vendor.template, attempt: 1, status: 503, outcome: 'HTTP 503', durationMs: expect.any(Number) },
        { method: vendor.method, path: vendor.template, attempt: 2, status: 503, outcome: 'HTTP 503', durationMs: expect.any(Number) },
        { method: vendor.method, path: vendor.template, attempt: 3, status: 200, outcome: 'HTTP 200', durationMs: expect.any(Number) },
      ])
      for (const { message, entry } of log) {
        for (const secret of vendor.secrets) expect(message + JSON.stringify(entry)).not.toContain(secret)
      }
    })

    it('7b. an idempotencyKey passed to the call is sent on every attempt', async () => {
      if (vendor.name !== 'onekey') return
      server.script(reply(503, 'busy'), reply(500, 'oops'), vendor.okBody)
      const result = await run(cancelWith()({ idempotencyKey: 'order-42-cancel' }), 3)
      expect(result.data).toEqual(vendor.okData)
      expect(expectOneIdempotencyKey(vendor, server.requests)).toBe('order-42-cancel')
    })

    it('8. truncated JSON on a declared status: invalid_body, no retry', async () => {
      const { status, text } = vendor.truncatedDeclared
      server.script(reply(status, text, { 'content-type': 'application/json' }))
      const result = await run(cancelWith({ maxRetries: 5 })(), 1)
      const error = errorOf(result, 'invalid_body')
      expect(error).toMatchObject({ status, text, truncated: false, contentType: 'application/json' })
      expect(error.reason).toMatch(/not valid JSON/)
      expect(delays).toEqual([])
    })

    it('9. 200 with an empty body: invalid_body', async () => {
      server.script(reply(200, '', { 'content-type': 'application/json' }))
      const result = await run(cancelWith()(), 1)
      expect(errorOf(result, 'invalid_body')).toMatchObject({ status: 200, text: '', truncated: false })
    })

    it('10. 200 with Content-Type text/plain: invalid_body', async () => {
      server.script(reply(200, JSON.stringify(vendor.okData), { 'content-type': 'text/plain' }))
      const result = await run(cancelWith()(), 1)
      const error = errorOf(result, 'invalid_body')
      expect(error).toMatchObject({ status: 200, contentType: 'text/plain', truncated: false })
      expect(error.reason).toMatch(/expected application\/json/)
    })

    it('11. a 10 MB body on 200: invalid_body, truncated at 4 MiB, fast', async () => {
      server.script(reply(200, Buffer.alloc(10 * 1024 * 1024, 'a'), { 'content-type': 'application/json' }))
      const started = performance.now()
      const result = await run(cancelWith()(), 1)
      const error = errorOf(result, 'invalid_body')
      expect(error).toMatchObject({ status: 200, truncated: true })
      expect(error.text.length).toBe(4 * 1024 * 1024)
      expect(elapsedSince(started)).toBeLessThan(3000)
    })

    it('11b. a 10 MB body on an undeclared 500 with maxRetries 0: unexpected_status, 64 KiB of text', async () => {
      server.script(reply(500, Buffer.alloc(10 * 1024 * 1024, 'a'), { 'content-type': 'text/plain' }))
      const started = performance.now()
      const result = await run(cancelWith()({ maxRetries: 0 }), 1)
      const error = errorOf(result, 'unexpected_status')
      expect(error).toMatchObject({ status: 500, truncated: true, contentType: 'text/plain' })
      expect(error.text.length).toBe(65536)
      expect(elapsedSince(started)).toBeLessThan(3000)
    })

    it('11c. maxBodyBytes per client caps declared bodies', async () => {
      server.script(json(200, { ...(vendor.okData as object), padding: 'x'.repeat(2000) }))
      const result = await run(cancelWith({ maxBodyBytes: 1024 })(), 1)
      const error = errorOf(result, 'invalid_body')
      expect(error).toMatchObject({ status: 200, truncated: true })
      expect(error.text).toHaveLength(1024)
    })

    it('maxRetries 0: exactly one attempt on 503', async () => {
      server.script(reply(503, 'busy'))
      const result = await run(cancelWith({ maxRetries: 0 })(), 1)
      expect(errorOf(result, 'unexpected_status')).toMatchObject({ status: 503, text: 'busy' })
      expect(delays).toEqual([])
    })

    it('declared error statuses are answers: exactly 1 attempt even with maxRetries 5', async () => {
      for (const { status, kind, body } of vendor.declared) {
        await freshServer()
        server.script(json(status, body), vendor.okBody)
        const result = await run(cancelWith({ maxRetries: 5 })(), 1)
        expect(result.error, `HTTP ${status}`).toMatchObject({ kind, status, body })
      }
      expect(delays).toEqual([])
    })

    it('undeclared 408, 409, 429 and 5xx are retried; other undeclared statuses are not', async () => {
      const declared = new Set(vendor.declared.map((d) => d.status))
      for (const status of [408, 409, 429, 500, 501, 502, 503, 504, 599].filter((s) => !declared.has(s))) {
        await freshServer()
        server.script(reply(status, 'no'), vendor.okBody)
        const result = await run(cancelWith()(), 2)
        expect(result.data, `HTTP ${status}`).toEqual(vendor.okData)
      }
      for (const status of [403, 410, 418, 422, 451].filter((s) => !declared.has(s))) {
        await freshServer()
        server.script(reply(status, 'no'), vendor.okBody)
        const result = await run(cancelWith()(), 1)
        expect(result.error, `HTTP ${status}`).toMatchObject({ kind: 'unexpected_status', status })
      }
    })

    it('a redirect is not followed: one request, unexpected_status', async () => {
      server.script(reply(307, '', { location: '/elsewhere' }), vendor.okBody)
      const result = await run(cancelWith()(), 1)
      expect(errorOf(result, 'unexpected_status')).toMatchObject({ status: 307 })
    })

    it('the caller aborts mid-stall: aborted quickly, no further attempts', async () => {
      server.script({ do: 'stall' })
      const controller = new AbortController()
      const started = performance.now()
      const call = cancelWith()({ signal: controller.signal })
      await server.waitForRequests(1)
      controller.abort()
      const result = await call
      expect(elapsedSince(started)).toBeLessThan(1000)
      await new Promise((resolve) => setTimeout(resolve, 100))
      await run(Promise.resolve(result), 1)
      errorOf(result, 'aborted')
      expect(delays).toEqual([])
    })

    it('the caller aborts during the wait between attempts (real sleep): aborted, no second attempt', async () => {
      server.script(reply(503, '', { 'retry-after': '5' }), vendor.okBody)
      const controller = new AbortController()
      const started = performance.now()
      const cancel = vendor.client(server.url, { random: () => 0.5 })
      const call = cancel({ signal: controller.signal })
      await server.waitForRequests(1)
      setTimeout(() => controller.abort(), 50)
      const result = await run(call, 1)
      errorOf(result, 'aborted')
      expect(elapsedSince(started)).toBeLessThan(2000)
    })

    it('a signal aborted before the call: aborted, nothing sent', async () => {
      server.script(vendor.okBody)
      const result = await run(cancelWith()({ signal: AbortSignal.abort() }), 0, 0)
      errorOf(result, 'aborted')
    })

    it('deadline (150 ms) over a stalled server with timeoutMs 1000: timeout, scope deadline', async () => {
      server.script({ do: 'stall' })
      const started = performance.now()
      const result = await run(cancelWith({ timeoutMs: 1000 })({ deadlineMs: 150 }), 1)
      expect(errorOf(result, 'timeout')).toMatchObject({ scope: 'deadline', timeoutMs: 150 })
      expect(elapsedSince(started)).toBeLessThan(900)
    })

    it('deadline across attempts: attempt timeouts of 100 ms under a 250 ms deadline end with scope deadline', async () => {
      server.script({ do: 'stall' })
      const cancel = vendor.client(server.url, { sleep, random: () => 0, timeoutMs: 100, deadlineMs: 250, maxRetries: 10 })
      const result = await cancel()
      expect(errorOf(result, 'timeout')).toMatchObject({ scope: 'deadline', timeoutMs: 250 })
      expect(result.attempts).toBeGreaterThanOrEqual(2)
      await run(Promise.resolve(result), result.attempts)
    })

    const slowOk = (delayMs: number): Behaviour => ({
      do: 'reply',
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(vendor.okData),
      delayMs,
    })

    it('timeoutMs and deadlineMs of 2^31 - 1 ms wait for a server that answers in 50 ms', async () => {
      for (const options of [{ timeoutMs: 2 ** 31 - 1 }, { deadlineMs: 2 ** 31 - 1 }]) {
        await freshServer()
        server.script(slowOk(50))
        const result = await run(cancelWith({ maxRetries: 0, ...options })(), 1)
        expect(result.data, JSON.stringify(options)).toEqual(vendor.okData)
      }
    })

    // setTimeout fires at once past 2^31 - 1 ms, so longer timeouts are refused, not silently shortened.
    it('timeoutMs / deadlineMs above 2^31 - 1 ms are refused: at creation, and per call with nothing sent', async () => {
      for (const options of [{ timeoutMs: 2 ** 31 }, { deadlineMs: 2 ** 31 }, { timeoutMs: Number.MAX_SAFE_INTEGER }]) {
        expect(() => cancelWith(options), JSON.stringify(options)).toThrow(/up to 2147483647/)
        const result = await cancelWith()(options)
        expect(result.error).toMatchObject({ kind: 'invalid_request', message: expect.stringContaining('up to 2147483647') })
      }
      expect(server.requests).toHaveLength(0)
    })

    it('a wait that would pass the deadline is not started: the last answer is returned', async () => {
      server.script(reply(503, 'busy', { 'retry-after': '30' }), vendor.okBody)
      const result = await run(cancelWith({ deadlineMs: 10_000 })(), 1)
      expect(errorOf(result, 'unexpected_status')).toMatchObject({ status: 503 })
      expect(delays).toEqual([])
    })
  })
}

describe('fixtures', () => {
  it('the FunnelFox Subscription fixture has every field the spec requires', () => {
    const spec = parseYaml(readFileSync(new URL('../../specs/funnelfox.yaml', import.meta.url), 'utf8')) as {
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<
              string,
              { content: Record<string, { schema: { required: string[]; properties: Record<string, { required?: string[] }> } }> }
            >
          }
        >
      >
    }
    const schema = spec.paths['/subscriptions/{id}/cancel']?.post?.responses['200']?.content['application/json']?.schema
    expect(schema).toBeDefined()
    for (const field of schema?.required ?? []) expect(FOX_SUBSCRIPTION).toHaveProperty(field)
    for (const [name, child] of Object.entries(schema?.properties ?? {})) {
      const value = (FOX_SUBSCRIPTION as Record<string, unknown>)[name]
      if (value !== undefined && child.required) for (const field of child.required) expect(value).toHaveProperty(field)
    }
  })
})

it('left no unhandled rejections', async () => {
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(unhandled).toEqual([])
})
