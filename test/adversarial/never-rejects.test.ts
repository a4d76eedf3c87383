/**
 * Found by an adversarial review, and fixed (each case failed before the fix): ways a call still rejects, through every entry point.
 *
 * - A body chunk that only looks like bytes (`Symbol.toStringTag` 'Uint8Array',
 *   which is all attempt.ts isBytes() checks) passes the read and makes
 *   classify()'s TextDecoder throw, outside any guard (create-client.ts toResult).
 * - A response whose `headers.get` returns a non-string makes matchMedia() throw there too.
 * - A signal-like object (isAbortSignal() accepts any `{ aborted: boolean, addEventListener() }`)
 *   whose addEventListener throws: `new Bounds(...)` runs outside once()'s try.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENTRY_POINTS, entry, okFor } from '../guarantees/entry-points.js'
import { startTestServer, type TestServer } from '../helpers/server.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(okFor)
})
afterAll(async () => {
  await server.close()
})

const settle = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ resolved: value }),
    (e: unknown) => ({ rejected: String(e) }),
  )

describe.each(ENTRY_POINTS)('%s', (name) => {
  it('a fetch whose body yields a chunk that only claims to be a Uint8Array → a typed error, no rejection', async () => {
    const fake = { [Symbol.toStringTag]: 'Uint8Array', byteLength: 2 }
    const fetch = async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(fake as unknown as Uint8Array)
            c.close()
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      )
    const out = await settle(entry(name, server.url, { fetch, maxRetries: 0 }).call())
    expect(out).toMatchObject({ resolved: { error: { kind: expect.any(String) } } })
  })

  it('a fetch whose Response headers.get returns a number → a typed error, no rejection', async () => {
    const fetch = async () => ({ status: 200, headers: { get: () => 42 }, body: null }) as unknown as Response
    const out = await settle(entry(name, server.url, { fetch, maxRetries: 0 }).call())
    expect(out).toMatchObject({ resolved: { error: { kind: expect.any(String) } } })
  })

  it('a signal-like object whose addEventListener throws → invalid_request or a typed error, no rejection', async () => {
    const signal = {
      aborted: false,
      addEventListener() {
        throw new Error('not a real EventTarget')
      },
      removeEventListener() {},
    }
    const out = await settle(entry(name, server.url, { maxRetries: 0 }).call({ signal }))
    expect(out).toMatchObject({ resolved: { error: { kind: expect.any(String) } } })
  })
})
