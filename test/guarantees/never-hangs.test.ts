/**
 * Guarantee: no call hangs. Every attempt, body read, signature and wait is
 * bounded by the attempt timer (`timeoutMs`), the deadline (`deadlineMs`) and
 * the caller's signal, even when an injected fetch, body, signer or sleep
 * ignores the signal it is given. Each case runs through every entry point.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { table as funnelfoxTable } from '../../generated/funnelfox-operations.js'
import { type ClientError, createApiClient, FUNNELFOX_ERROR_KINDS, type Result } from '../../src/index.js'
import { activeTimeouts, type Behaviour, reply, startTestServer, type TestServer } from '../helpers/server.js'
import { ENTRY_POINTS, entry, okFor } from './entry-points.js'

type Fetch = (request: Request) => Promise<Response>

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ do: 'stall' })
})
afterEach(async () => {
  await server.closeConnections()
  server.requests.length = 0
})
afterAll(async () => {
  await server.close()
})

const SLACK_MS = 1500

/** Runs `call`, and checks it settled within `bound` ms, as `kind` (and `scope`), leaving no timer behind. */
async function expectBounded(
  call: () => Promise<Result<unknown, ClientError>>,
  bound: number,
  expected: { kind: string; scope?: string },
): Promise<void> {
  const timers = activeTimeouts()
  const started = performance.now()
  const result = await call()
  const elapsed = performance.now() - started
  expect(result.error).toMatchObject(expected)
  expect(elapsed).toBeLessThan(bound + SLACK_MS)
  expect(activeTimeouts()).toBeLessThanOrEqual(timers)
}

/** A fetch that rebuilds the request without its signal, then sends it for real. */
const signalDropping: Fetch = async (request) =>
  globalThis.fetch(request.url, { method: request.method, headers: request.headers, body: await request.arrayBuffer() })

/** A fetch that never settles and never looks at the signal. */
const neverSettling: Fetch = () => new Promise<Response>(() => undefined)

/** A fetch whose 200 starts a body that never ends, and ignores cancellation. */
const endlessBody: Fetch = async () =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'))
      },
    }),
    { status: 200, headers: { 'content-type': 'application/json' } },
  )

const CASES: [string, Fetch][] = [
  ['a fetch that drops the signal (stalled server)', signalDropping],
  ['a fetch that never settles', neverSettling],
  ['a Response whose body never ends', endlessBody],
]

describe.each(CASES)('%s', (_, fetch) => {
  it.each(ENTRY_POINTS)('%s: the attempt timer ends it', async (name) => {
    const e = entry(name, server.url, { fetch, maxRetries: 0, timeoutMs: 150 })
    await expectBounded(() => e.call(), 150, { kind: 'timeout', scope: 'attempt' })
  })

  it.each(ENTRY_POINTS)('%s: the deadline ends it, retries included', async (name) => {
    const e = entry(name, server.url, { fetch, maxRetries: 5, timeoutMs: 100, deadlineMs: 250, sleep: async () => undefined })
    await expectBounded(() => e.call(), 250, { kind: 'timeout' })
  })

  it.each(ENTRY_POINTS)('%s: the caller’s signal ends it', async (name) => {
    const e = entry(name, server.url, { fetch, maxRetries: 0, timeoutMs: 60_000 })
    await expectBounded(() => e.call({ signal: AbortSignal.timeout(100) }), 100, { kind: 'aborted' })
  })
})

describe('a real server that stalls', () => {
  const behaviours: [string, Behaviour][] = [
    ['before the response', { do: 'stall' }],
    ['mid-body', { do: 'stall-body', status: 200, headers: { 'content-type': 'application/json' }, contentLength: 100, partial: '{"id":' }],
  ]
  it.each(ENTRY_POINTS.flatMap((n) => behaviours.map(([label, b]) => [n, label, b] as const)))('%s, %s: timeout', async (name, _, b) => {
    server.script(b)
    const e = entry(name, server.url, { maxRetries: 0, timeoutMs: 150 })
    await expectBounded(() => e.call(), 150, { kind: 'timeout', scope: 'attempt' })
  })
})

describe('a sleep that never settles', () => {
  const sleep = (): Promise<void> => new Promise<void>(() => undefined)
  beforeAll(() => server.script(reply(503, 'busy')))

  it.each(ENTRY_POINTS)('%s: the deadline ends the wait', async (name) => {
    const e = entry(name, server.url, { sleep, maxRetries: 3, deadlineMs: 300, random: () => 0.5 })
    await expectBounded(() => e.call(), 300, { kind: 'timeout', scope: 'deadline' })
    expect(server.requests.length).toBe(1)
  })

  it.each(ENTRY_POINTS)('%s: the caller’s signal ends the wait', async (name) => {
    const e = entry(name, server.url, { sleep, maxRetries: 3, deadlineMs: 60_000, random: () => 0.5 })
    await expectBounded(() => e.call({ signal: AbortSignal.timeout(150) }), 150, { kind: 'aborted' })
  })
})

describe('a signer that never settles (public factory, signer auth)', () => {
  const hanging = createApiClient({
    vendor: 'Hanging',
    table: funnelfoxTable,
    kinds: FUNNELFOX_ERROR_KINDS,
    baseUrl: 'http://127.0.0.1:9/public/v1',
    auth: { sign: () => new Promise<Record<string, string>>(() => undefined), signedHeaders: ['Fox-Secret'] },
  })

  it('the attempt timer ends it, and nothing is sent', async () => {
    await expectBounded(
      () => hanging.call('POST', '/subscriptions/{id}/cancel', { params: { path: { id: 's' } }, timeoutMs: 100, maxRetries: 0 }),
      100,
      { kind: 'timeout', scope: 'attempt' },
    )
  })

  it('the caller’s signal ends it', async () => {
    await expectBounded(
      () => hanging.call('POST', '/subscriptions/{id}/cancel', { params: { path: { id: 's' } }, signal: AbortSignal.timeout(100) }),
      100,
      { kind: 'aborted' },
    )
  })
})

describe('control: a server that does not stall answers every entry point at once', () => {
  it.each(ENTRY_POINTS)('%s', async (name) => {
    const answering = await startTestServer(okFor)
    try {
      const result = await entry(name, answering.url, { maxRetries: 0 }).call()
      expect(result.error).toBeUndefined()
      expect(answering.requests).toHaveLength(1)
    } finally {
      await answering.close()
    }
  })
})
