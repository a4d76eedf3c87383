/**
 * Found by an adversarial review, and fixed (each case failed before the fix): what request.ts builds is not always what was checked or configured.
 *
 * - A required header parameter with a `default` (runtime-schema.ts
 *   headerDefaults) is set after the client's credential headers
 *   (request.ts buildRequest: `new Headers(ctx.headers)` then
 *   `headers.set(name, default)`): a spec that documents its API-key header as
 *   a parameter with `default: YOUR_API_KEY` makes every call send that
 *   placeholder instead of the configured key.
 * - The JSON body is checked as a value, then serialised with JSON.stringify:
 *   a `toJSON`, NaN or Infinity (sent as null) sends bytes the check never saw (a numeric
 *   `reason` to FunnelFox through `call`).
 * - The body is built before any bound exists (create-client.ts invoke →
 *   buildRequest → serialiseBody awaits `blob.arrayBuffer()`): a Blob whose
 *   bytes never arrive hangs the call past its deadline and an aborted signal.
 */
import { describe, expect, it } from 'vitest'
import { entry, okFor } from '../guarantees/entry-points.js'
import { json, useTestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

const server = useTestServer(okFor)

describe('header parameter defaults', () => {
  it("a spec default for the API-key header does not replace the client's credential", async () => {
    server.handle(() => json(200, {}))
    const doc = spec({
      '/me': {
        get: {
          parameters: [{ name: 'X-Api-Key', in: 'header', required: true, schema: { type: 'string', default: 'YOUR_API_KEY' } }],
          responses: { 200: jsonResponse({}) },
        },
      },
    })
    await clientOf(doc, server.url).call('GET', '/me')
    expect(server.requests.map((r) => r.headers['x-api-key'])).toEqual(['review_key'])
  })
})

describe('the body sent is the body checked', () => {
  it.each(['funnelfox.call', 'createApiClient().call'])('%s: a toJSON that swaps reason for a number is not sent', async (name) => {
    const body = { reason: 'Too expensive', toJSON: () => ({ reason: 42 }) }
    const r = await entry(name, server.url, { maxRetries: 0 }).call({ body })
    const sent = server.requests.map((q) => q.body.toString())
    expect(
      sent.filter((b) => b.includes('42')),
      `sent ${JSON.stringify(sent)}, result ${r.error?.kind}`,
    ).toEqual([])
  })
})

describe('non-finite numbers', () => {
  it('a NaN or Infinity where the schema wants a number is refused, not sent as null', async () => {
    server.handle(() => json(200, {}))
    const doc = spec({
      '/charges': {
        post: {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', required: ['amount'], properties: { amount: { type: 'number' } } } },
            },
          },
          responses: { 200: jsonResponse({}) },
        },
      },
    })
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = await clientOf(doc, server.url).call('POST', '/charges', { body: { amount } })
      expect(r.error?.kind, `amount ${amount}`).toBe('invalid_request')
    }
    expect(server.requests.map((q) => q.body.toString())).toEqual([])
  })
})

describe('building the body is bounded', () => {
  class NeverReady extends Blob {
    override arrayBuffer(): Promise<ArrayBuffer> {
      return new Promise(() => undefined)
    }
  }
  const doc = spec({
    '/files': {
      post: {
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        responses: { 200: jsonResponse({}) },
      },
    },
  })
  const pending = Symbol('pending')
  const within = <T>(p: Promise<T>, ms: number) =>
    Promise.race([p, new Promise<typeof pending>((resolve) => setTimeout(() => resolve(pending), ms))])

  it('an already-aborted signal ends the call even while the body is being built', async () => {
    const { call } = clientOf(doc, server.url)
    const out = await within(call('POST', '/files', { body: new NeverReady(['x']), signal: AbortSignal.abort() }), 1000)
    expect(out).not.toBe(pending)
  })

  it('the deadline ends the call even while the body is being built', async () => {
    const { call } = clientOf(doc, server.url, { timeoutMs: 50, deadlineMs: 100 })
    const out = await within(call('POST', '/files', { body: new NeverReady(['x']) }), 1000)
    expect(out).not.toBe(pending)
  })
})
