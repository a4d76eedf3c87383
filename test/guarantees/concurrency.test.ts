/**
 * Guarantee: calls share nothing but the client's settings. Many calls at
 * once, one caller's signal shared by all of them: each gets its own answer
 * and its own idempotency key, the runtime warns of no listener leak, and
 * aborting the shared signal ends every call as `aborted`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, startTestServer, type TestServer } from '../helpers/server.js'
import { ENTRY_POINTS, entry, okFor } from './entry-points.js'

const CALLS = 40
let server: TestServer
const warnings: Error[] = []
const onWarning = (w: Error): void => {
  warnings.push(w)
}
beforeAll(async () => {
  process.on('warning', onWarning)
  server = await startTestServer(okFor)
})
afterAll(async () => {
  process.off('warning', onWarning)
  await server.close()
})

describe(`${CALLS} calls at once, one shared signal`, () => {
  it.each(ENTRY_POINTS)('%s: every call answered, no listener-leak warning', async (name) => {
    server.handle(okFor)
    server.requests.length = 0
    const shared = new AbortController()
    const e = entry(name, server.url, { maxRetries: 0 })
    const results = await Promise.all(Array.from({ length: CALLS }, () => e.call({ signal: shared.signal })))
    expect(results.every((r) => r.error === undefined)).toBe(true)
    expect(server.requests).toHaveLength(CALLS)
    if (e.vendor === 'onekey') {
      expect(new Set(server.requests.map((r) => r.headers['x-idempotency-key'])).size).toBe(CALLS)
    }
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
  })

  it.each(ENTRY_POINTS)('%s: aborting the shared signal ends every call as aborted', async (name) => {
    server.script({ do: 'stall' })
    const shared = new AbortController()
    const e = entry(name, server.url, { maxRetries: 0, timeoutMs: 30_000 })
    const pending = Promise.all(Array.from({ length: CALLS }, () => e.call({ signal: shared.signal })))
    setTimeout(() => shared.abort(new Error('shutting down')), 100)
    const results = await pending
    expect(results.map((r) => r.error?.kind)).toEqual(Array(CALLS).fill('aborted'))
    expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
    server.script(json(200, {}))
  })
})
