/**
 * Guarantee: no call rejects. Loggers (sync or async, throwing or
 * rejecting), injected clocks, random sources, sleeps and fetches that throw
 * or return the wrong type, options with throwing getters, and bodies that
 * yield non-bytes all end in a typed outcome, through every entry point. No
 * unhandled rejection escapes. What can be checked at creation is.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createFunnelFoxClient, createOneKeyClient, type LogEntry } from '../../src/index.js'
import { json, reply, startTestServer, type TestServer } from '../helpers/server.js'
import { ENTRY_POINTS, entry, FOX_SECRET, okFor } from './entry-points.js'

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason)
}

let server: TestServer
beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled)
  server = await startTestServer(okFor)
})
afterEach(() => {
  server.handle(okFor)
  server.requests.length = 0
})
afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 50))
  process.off('unhandledRejection', onUnhandled)
  await server.close()
  expect(unhandled).toEqual([])
})

const instant = async (): Promise<void> => undefined

describe('a failing logger is ignored', () => {
  const loggers: [string, () => unknown][] = [
    [
      'throws',
      () => {
        throw new Error('log sink down')
      },
    ],
    [
      'is async and rejects',
      async () => {
        throw new Error('log sink down')
      },
    ],
    ['returns a rejected promise', () => Promise.reject(new Error('log sink down'))],
    [
      'returns a thenable that throws in then',
      () => ({
        // biome-ignore lint/suspicious/noThenProperty: a broken thenable is the case under test
        then() {
          throw new Error('weird thenable')
        },
      }),
    ],
  ]
  it.each(ENTRY_POINTS.flatMap((n) => loggers.map(([label, debug]) => [n, label, debug] as const)))(
    '%s: a logger that %s',
    async (name, _, debug) => {
      server.script(reply(503, 'busy'), reply(503, 'busy'), json(200, {}))
      server.handle((r) => (server.requests.length < 3 ? reply(503, 'busy') : okFor(r)))
      const e = entry(name, server.url, { logger: { debug }, sleep: instant, maxRetries: 2 })
      const result = await e.call()
      expect(result.error).toBeUndefined()
      expect(result.attempts).toBe(3)
    },
  )

  it('a logger whose debug getter throws at call time is ignored too', async () => {
    let reads = 0
    const logger = {
      get debug(): (m: string, e: LogEntry) => void {
        reads += 1
        if (reads > 1) throw new Error('getter broke')
        return () => undefined
      },
    }
    const result = await entry('funnelfox.cancelSubscription', server.url, { logger }).call()
    expect(result.error).toBeUndefined()
  })
})

describe('a broken clock, random source or sleep is a typed hook_failed naming it', () => {
  const clocks: [string, () => Date][] = [
    [
      'throws',
      () => {
        throw new Error('clock down')
      },
    ],
    ['is Date.now (a number)', Date.now as unknown as () => Date],
    ['returns an invalid Date', () => new Date(Number.NaN)],
    ['returns a string', () => '2026-01-01T00:00:00Z' as unknown as Date],
    ['returns year 10000', () => new Date(Date.UTC(10000, 0, 1))],
    [
      'is async and rejects (a promise, never left unhandled)',
      (async () => {
        throw new Error('clock down')
      }) as unknown as () => Date,
    ],
    [
      'returns a Date look-alike whose getTime throws',
      () =>
        ({
          [Symbol.toStringTag]: 'Date',
          getTime(): number {
            throw new Error('not a date')
          },
        }) as unknown as Date,
    ],
    [
      'returns a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable(new Date(), {})
        revoke()
        return proxy
      },
    ],
  ]
  it.each(clocks)('now that %s: OneKey signs nothing, sends nothing', async (_, now) => {
    for (const name of ['onekey.cancelSubscription', 'onekey.call']) {
      const result = await entry(name, server.url, { now }).call()
      expect(result).toMatchObject({ error: { kind: 'hook_failed', hook: 'now' }, attempts: 0, response: undefined })
    }
    expect(server.requests).toHaveLength(0)
  })

  it.each(clocks.filter(([label]) => label !== 'returns year 10000'))(
    'now that %s: a Retry-After date needs it, so the retry reports it',
    async (_, now) => {
      server.handle(() => reply(503, 'busy', { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' }))
      for (const name of ['funnelfox.cancelSubscription', 'funnelfox.call', 'createApiClient().call']) {
        server.requests.length = 0
        const result = await entry(name, server.url, { now, maxRetries: 2, sleep: instant }).call()
        expect(result).toMatchObject({ error: { kind: 'hook_failed', hook: 'now' }, attempts: 1 })
        expect(server.requests).toHaveLength(1)
      }
    },
  )

  const randoms: [string, () => number][] = [
    [
      'throws',
      () => {
        throw new Error('no entropy')
      },
    ],
    ['returns NaN', () => Number.NaN],
    ['returns 1', () => 1],
    ['returns -0.5', () => -0.5],
    ['returns a string', () => '0.5' as unknown as number],
    ['is async (a promise, not a number)', (async () => 0.5) as unknown as () => number],
    [
      'is async and rejects (a promise, never left unhandled)',
      (async () => {
        throw new Error('no entropy')
      }) as unknown as () => number,
    ],
  ]
  it.each(ENTRY_POINTS.flatMap((n) => randoms.map(([label, random]) => [n, label, random] as const)))(
    '%s: random that %s',
    async (name, _, random) => {
      server.handle(() => reply(503, 'busy'))
      const result = await entry(name, server.url, { random, maxRetries: 2, sleep: instant }).call()
      expect(result).toMatchObject({ error: { kind: 'hook_failed', hook: 'random' }, attempts: 1 })
    },
  )

  const sleeps: [string, (ms: number, signal: AbortSignal) => Promise<void>][] = [
    [
      'throws',
      () => {
        throw new Error('no timers')
      },
    ],
    ['returns undefined', (() => undefined) as unknown as () => Promise<void>],
    [
      'rejects though nothing aborted it',
      async () => {
        throw new Error('sleep broke')
      },
    ],
  ]
  it.each(ENTRY_POINTS.flatMap((n) => sleeps.map(([label, sleep]) => [n, label, sleep] as const)))(
    '%s: sleep that %s',
    async (name, _, sleep) => {
      server.handle(() => reply(503, 'busy'))
      const result = await entry(name, server.url, { sleep, maxRetries: 2, random: () => 0.5 }).call()
      expect(result).toMatchObject({ error: { kind: 'hook_failed', hook: 'sleep' }, attempts: 1 })
    },
  )

  it.each(ENTRY_POINTS)(
    '%s: a sleep that rejects because the caller aborted is `aborted`, with no signal given it is never `aborted`',
    async (name) => {
      server.handle(() => reply(503, 'busy'))
      const controller = new AbortController()
      const sleep = (_: number, signal: AbortSignal): Promise<void> =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))
      setTimeout(() => controller.abort(new Error('user gave up')), 50)
      const aborted = await entry(name, server.url, { sleep, maxRetries: 2, random: () => 0.5 }).call({ signal: controller.signal })
      expect(aborted.error).toMatchObject({ kind: 'aborted' })
    },
  )
})

describe('an injected fetch that misbehaves', () => {
  const fetches: [string, (request: Request) => Promise<Response>, string, string?][] = [
    ['resolves with null', async () => null as unknown as Response, 'hook_failed', 'fetch'],
    ['resolves with a plain object', async () => ({ status: 200 }) as unknown as Response, 'hook_failed', 'fetch'],
    [
      'throws synchronously (a fetch rejects; one that throws is broken)',
      (() => {
        throw new TypeError('sync failure')
      }) as unknown as (r: Request) => Promise<Response>,
      'hook_failed',
      'fetch',
    ],
    ['rejects with a non-Error', () => Promise.reject('just a string'), 'network'],
    [
      'answers with a body that yields strings',
      async () =>
        new Response(
          new ReadableStream({
            start(c) {
              c.enqueue('not bytes' as unknown as Uint8Array)
              c.close()
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      'network',
    ],
    [
      'answers with a body that errors',
      async () =>
        new Response(
          new ReadableStream({
            pull(c) {
              c.error(new Error('body broke'))
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      'network',
    ],
  ]
  it.each(ENTRY_POINTS.flatMap((n) => fetches.map(([label, fetch, kind, hook]) => [n, label, fetch, kind, hook] as const)))(
    '%s: a fetch that %s',
    async (name, _, fetch, kind, hook) => {
      const result = await entry(name, server.url, { fetch, maxRetries: 1, sleep: instant }).call()
      expect(result.error).toMatchObject({ kind, ...(hook && { hook }) })
    },
  )
})

describe('options that cannot be read', () => {
  const throwing = (): Record<string, unknown> => ({
    get timeoutMs(): number {
      throw new Error('getter broke')
    },
  })
  it.each(ENTRY_POINTS)('%s: per-call options with a throwing getter → invalid_request, nothing sent', async (name) => {
    const result = await entry(name, server.url).raw(throwing())
    expect(result).toMatchObject({ error: { kind: 'invalid_request', message: expect.stringContaining('getter broke') }, attempts: 0 })
    expect(server.requests).toHaveLength(0)
  })

  it.each(ENTRY_POINTS)('%s: per-call options that are a revoked proxy → invalid_request, nothing sent', async (name) => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    const result = await entry(name, server.url).raw(proxy)
    expect(result).toMatchObject({ error: { kind: 'invalid_request' }, attempts: 0 })
    expect(server.requests).toHaveLength(0)
  })

  it.each(ENTRY_POINTS)('%s: a signal that is not an AbortSignal → invalid_request', async (name) => {
    const result = await entry(name, server.url).call({ signal: { aborted: 'no' } })
    expect(result).toMatchObject({ error: { kind: 'invalid_request', message: expect.stringContaining('signal') }, attempts: 0 })
  })

  it('client options with a throwing getter are a TypeError at creation, naming the problem, never a rejection later', () => {
    const withGetter = <T extends object>(base: T): T => Object.defineProperties(base, Object.getOwnPropertyDescriptors(throwing()))
    expect(() => createFunnelFoxClient(withGetter({ secret: FOX_SECRET }))).toThrow(/could not be read: getter broke/)
    expect(() => createOneKeyClient(withGetter({ login: 'L', secretKey: 'S' }))).toThrow(TypeError)
    const { proxy, revoke } = Proxy.revocable({ secret: FOX_SECRET }, {})
    revoke()
    expect(() => createFunnelFoxClient(proxy)).toThrow(TypeError)
  })

  it.each([
    ['now', { now: 'tomorrow' }],
    ['random', { random: 0.5 }],
    ['sleep', { sleep: 10 }],
    ['fetch', { fetch: {} }],
    ['logger', { logger: { info: () => undefined } }],
    ['logger', { logger: () => undefined }],
  ])('a %s that is not of its type is a TypeError at creation', (option, bad) => {
    expect(() => createFunnelFoxClient({ secret: FOX_SECRET, ...(bad as object) })).toThrow(new RegExp(option))
    expect(() => createOneKeyClient({ login: 'L', secretKey: 'S', ...(bad as object) })).toThrow(new RegExp(option))
  })
})
