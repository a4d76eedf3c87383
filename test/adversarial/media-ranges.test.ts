/**
 * Found by an adversarial review, and fixed (each case failed before the fix): media ranges and a 407, at run time.
 *
 * - A request body declared as `text/*` goes out with `Content-Type: text/*`
 *   (media.ts serialiseBody returns the declared key as the Content-Type), and
 *   `application/*` as `application/*`: a range is not a media type
 *   (RFC 9110 §8.3), so servers refuse or mis-read it.
 * - A request body declared as `*\/*` with an object schema is typed as that
 *   object, but refused at run time ("a binary body must be…").
 * - README ("Errors"): a 407 is `unexpected_status`. Where the operation
 *   declares `default`, the 407 that attempt.ts fabricates (no body, no
 *   Content-Type) is matched by `default` and comes back `invalid_body`.
 */
import { describe, expect, it } from 'vitest'
import { json, reply, useTestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

const server = useTestServer(json(200, {}))

const doc = spec({
  '/notes': { post: { requestBody: { content: { 'text/*': { schema: { type: 'string' } } } }, responses: { 200: jsonResponse({}) } } },
  '/blobs': {
    post: {
      requestBody: { content: { 'application/*': { schema: { type: 'string', format: 'binary' } } } },
      responses: { 200: jsonResponse({}) },
    },
  },
  '/anything': {
    post: {
      requestBody: { content: { '*/*': { schema: { type: 'object', properties: { a: { type: 'integer' } } } } } },
      responses: { 200: jsonResponse({}) },
    },
  },
  '/guarded': { get: { responses: { 200: jsonResponse({}), default: jsonResponse({ type: 'object' }) } } },
})

describe('request media ranges', () => {
  it('a text/* body goes out with a concrete text type, not the range', async () => {
    const r = await clientOf(doc, server.url).call('POST', '/notes', { body: 'hello' })
    expect(r.error).toBeUndefined()
    const sent = server.requests[0]?.headers['content-type'] ?? ''
    expect(sent).not.toMatch(/\*/)
  })

  it('an application/* body goes out with a concrete type, not the range', async () => {
    await clientOf(doc, server.url).call('POST', '/blobs', { body: new Uint8Array([1, 2, 3]) })
    expect(server.requests[0]?.headers['content-type'] ?? '').not.toMatch(/\*/)
  })

  it('a */* body with an object schema accepts the object its type asks for', async () => {
    const r = await clientOf(doc, server.url).call('POST', '/anything', { body: { a: 1 } })
    expect(r.error).toBeUndefined()
    expect(server.requests).toHaveLength(1)
  })
})

describe('407', () => {
  it('is unexpected_status even where the operation declares default', async () => {
    server.script(reply(407, '', { 'proxy-authenticate': 'Basic realm="x"' }))
    const r = await clientOf(doc, server.url).call('GET', '/guarded')
    expect(r).toMatchObject({ error: { kind: 'unexpected_status', status: 407 }, attempts: 1 })
  })
})
