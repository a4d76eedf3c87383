/**
 * Guarantee: a status means what HTTP and the spec say, the same way
 * everywhere. Only undeclared 408, 409, 429 and 500–599 are retried; a
 * status the spec declares exactly is the API's answer. A 407 (which Node's
 * fetch hides as a network error) and any status outside 100–599 come back
 * typed, once. `invalid_request` always means nothing was sent, and
 * `attempts` counts the requests that went out, even when a hook fails later.
 */
import { describe, expect, it } from 'vitest'
import { json, reply, useTestServer } from '../helpers/server.js'
import { ENTRY_POINTS, entry, okFor } from './entry-points.js'

const server = useTestServer(okFor)

const instant = async (): Promise<void> => undefined
const raw = (status: number): { do: 'raw'; text: string } => ({
  do: 'raw',
  text: `HTTP/1.1 ${status} Odd\r\ncontent-type: text/plain\r\ncontent-length: 3\r\nconnection: close\r\n\r\nodd`,
})

describe('a 407 comes back typed, sent once', () => {
  it.each(ENTRY_POINTS)('%s: from a real server (Node’s fetch hides it as a network error)', async (name) => {
    server.handle(() => reply(407, 'proxy says no', { 'proxy-authenticate': 'Basic realm="x"' }))
    const result = await entry(name, server.url, { maxRetries: 2, sleep: instant }).call()
    expect(result).toMatchObject({ error: { kind: 'unexpected_status', status: 407 }, attempts: 1 })
    expect(server.requests).toHaveLength(1)
  })

  it.each(ENTRY_POINTS)('%s: from an injected fetch', async (name) => {
    let calls = 0
    const fetch = async (): Promise<Response> => {
      calls += 1
      return new Response('no', { status: 407 })
    }
    const result = await entry(name, server.url, { fetch, maxRetries: 2, sleep: instant }).call()
    expect(result).toMatchObject({ error: { kind: 'unexpected_status', status: 407, text: 'no' }, attempts: 1 })
    expect(calls).toBe(1)
  })

  it('a genuine network error is still a network error, and retried', async () => {
    const result = await entry('funnelfox.call', 'http://127.0.0.1:9', { maxRetries: 1, sleep: instant }).call()
    expect(result).toMatchObject({ error: { kind: 'network' }, attempts: 2 })
  })
})

describe('a status outside 100–599 comes back typed, sent once', () => {
  it.each(ENTRY_POINTS.flatMap((n) => [600, 799, 999].map((s) => [n, s] as const)))('%s: %i', async (name, status) => {
    server.handle(() => raw(status))
    const result = await entry(name, server.url, { maxRetries: 2, sleep: instant }).call()
    expect(result).toMatchObject({ error: { kind: 'unexpected_status', status, text: 'odd' }, attempts: 1 })
    expect(server.requests).toHaveLength(1)
  })
})

describe('which statuses are retried', () => {
  const retried = [408, 409, 429, 500, 502, 503, 504, 599]
  const notRetried = [400, 403, 405, 410, 418, 422, 451, 505 - 100]
  it.each(ENTRY_POINTS.flatMap((n) => retried.map((s) => [n, s] as const)))('%s: undeclared %i is retried', async (name, status) => {
    server.handle(() => reply(status, 'try later'))
    const result = await entry(name, server.url, { maxRetries: 2, sleep: instant }).call()
    expect(result).toMatchObject({ error: { kind: 'unexpected_status', status }, attempts: 3 })
    expect(server.requests).toHaveLength(3)
  })

  it.each(ENTRY_POINTS.flatMap((n) => notRetried.map((s) => [n, s] as const)))('%s: undeclared %i is not', async (name, status) => {
    server.handle(() => reply(status, 'no'))
    const result = await entry(name, server.url, { maxRetries: 2, sleep: instant }).call()
    expect(result).toMatchObject({ attempts: 1 })
    expect(server.requests).toHaveLength(1)
  })

  it('declared exactly, a retryable-looking status is the API’s answer: OneKey 501 once, FunnelFox 404 once', async () => {
    server.handle((r) => (r.url.startsWith('/v3/') ? json(501, { code: 501 }) : json(404, { message: 'gone' })))
    for (const name of ENTRY_POINTS) {
      server.requests.length = 0
      const result = await entry(name, server.url, { maxRetries: 2, sleep: instant }).call()
      expect(result.attempts, name).toBe(1)
      expect(server.requests, name).toHaveLength(1)
    }
  })
})

describe('attempts counts what went out', () => {
  it.each(['onekey.cancelSubscription', 'onekey.call'])(
    '%s: a clock that turns invalid on the second attempt → hook_failed, attempts 1',
    async (name) => {
      let reads = 0
      const now = (): Date => {
        reads += 1
        return reads === 1 ? new Date() : new Date(Number.NaN)
      }
      server.handle(() => reply(503, 'busy'))
      const result = await entry(name, server.url, { now, maxRetries: 2, sleep: instant, random: () => 0 }).call()
      expect(result).toMatchObject({ error: { kind: 'hook_failed', hook: 'now' }, attempts: 1 })
      expect(server.requests).toHaveLength(1)
    },
  )

  // A header fetch sets itself or will not send: refused before anything goes out, through every `call` that takes params.
  const inits: Record<string, (header: Record<string, string>) => unknown> = {
    'funnelfox.call': (header) => ({ params: { path: { id: 'sub_1' }, header }, body: { reason: 'Too expensive' } }),
    'onekey.call': (header) => ({ params: { path: { subscription_id: 1001 }, header }, body: {} }),
    'createApiClient().call': (header) => ({ params: { path: { id: 'sub_1' }, header }, body: { reason: 'Too expensive' } }),
  }
  const transport = ['Transfer-Encoding', 'connection', 'Keep-Alive', 'Upgrade', 'TE', 'Trailer', 'Expect', 'Host', 'Proxy-Connection']
  it.each(Object.keys(inits).flatMap((n) => transport.map((h) => [n, h] as const)))(
    '%s: params.header %s is invalid_request, attempts 0, no request',
    async (name, header) => {
      const init = inits[name]?.({ [header]: 'x' })
      const result = await entry(name, server.url, { sleep: instant }).raw(init)
      expect(result).toMatchObject({ error: { kind: 'invalid_request' }, attempts: 0, response: undefined })
      expect(server.requests).toHaveLength(0)
    },
  )

  it.each(ENTRY_POINTS)('%s: invalid_request means attempts 0 and no request', async (name) => {
    const result = await entry(name, server.url).call({ timeoutMs: -1 })
    expect(result).toMatchObject({ error: { kind: 'invalid_request' }, attempts: 0, response: undefined })
    expect(server.requests).toHaveLength(0)
  })
})
