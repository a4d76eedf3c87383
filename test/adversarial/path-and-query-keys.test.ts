/**
 * Found by an adversarial review, and fixed (each case failed before the fix): a path parameter given as an object is serialised by openapi-fetch's
 * serializeObjectParam, which percent-encodes the values but not the keys. So a
 * key with `/`, `..`, `?` or `#` leaves its segment and moves the request, with
 * the credentials, to another path (README: "each is percent-encoded into its
 * one segment, so no value can change the path"). Query keys (top-level names,
 * object keys under form and deepObject) are not encoded either, so a key with
 * `&` or `#` adds or drops parameters. And a path parameter's declared
 * `style` (label, matrix) is not in the run-time table, so it is always sent
 * as `simple`.
 */
import { describe, expect, it } from 'vitest'
import { ENTRY_POINTS, entry, okFor } from '../guarantees/entry-points.js'
import { useTestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

const server = useTestServer(okFor)

const callEntryPoints = ENTRY_POINTS.filter((n) => n.endsWith('.call'))

describe('an object-valued path parameter cannot leave its segment', () => {
  it.each(callEntryPoints)('%s: a key with "/../" and "#" does not move the request', async (name) => {
    const e = entry(name, server.url, { maxRetries: 0 })
    const key = e.vendor === 'funnelfox' ? 'id' : 'subscription_id'
    const base = e.vendor === 'funnelfox' ? { body: { reason: 'Too expensive' } } : { body: {} }
    const r = await e.raw({ ...base, params: { path: { [key]: { '/../../../admin#': 'x' } } } })
    // Either refused before sending, or sent to the operation's own path.
    const paths = server.requests.map((q) => q.url)
    const expected = e.vendor === 'funnelfox' ? /^\/public\/v1\/subscriptions\/[^/]+\/cancel$/ : /^\/v3\/subscriptions\/[^/]+$/
    for (const p of paths) expect(p, `${name} sent ${p}; result ${r.error?.kind}`).toMatch(expected)
  })
})

describe('query keys are encoded', () => {
  const doc = spec({
    '/q': {
      get: {
        parameters: [
          { name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object', additionalProperties: { type: 'string' } } },
          { name: 'tags', in: 'query', schema: { type: 'object', additionalProperties: { type: 'string' } } },
        ],
        responses: { 200: jsonResponse({}) },
      },
    },
  })

  it('deepObject and form-exploded object keys with & and = stay one parameter each', async () => {
    const { call } = clientOf(doc, server.url)
    await call('GET', '/q', { params: { query: { filter: { 'name&admin=true': 'x' }, tags: { 'a&role=root': 'b' } } } })
    const url = new URL(server.requests[0]?.url ?? '', server.url)
    expect([...url.searchParams.keys()]).toEqual(['filter[name&admin=true]', 'a&role=root'])
  })

  it('a top-level query name with # does not cut the rest of the query off', async () => {
    const { call } = clientOf(doc, server.url)
    await call('GET', '/q', { params: { query: { 'x#': '1', tags: { a: 'b' } } } })
    const url = new URL(server.requests[0]?.url ?? '', server.url)
    expect([...url.searchParams.keys()]).toEqual(['x#', 'a'])
  })
})

describe('path parameter styles', () => {
  it.each([
    ['matrix', '/things/;id=5'],
    ['label', '/things/.5'],
  ])('a path parameter declared with style %s is sent in that style', async (style, expected) => {
    const doc = spec({
      '/things/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, style, schema: { type: 'integer' } }],
          responses: { 200: jsonResponse({}) },
        },
      },
    })
    await clientOf(doc, server.url).call('GET', '/things/{id}', { params: { path: { id: 5 } } })
    expect(server.requests[0]?.url).toBe(expected)
  })
})
