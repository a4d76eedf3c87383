/**
 * Third review (calls): the bytes "built once" are the caller's own buffer.
 *
 * README: a call "is built once per call"; each attempt "sends the exact
 * body bytes" (retry.ts: "each attempt signs and sends the built request
 * once"). For a binary body given as a Uint8Array (or an ArrayBuffer / a
 * view), media.ts `binaryBytes` keeps the caller's buffer itself instead of a
 * copy, so whatever the application writes into that buffer after the call
 * started (a pooled or reused buffer) goes out on the next attempt: the
 * retry sends other bytes than the first attempt, under the same idempotency
 * key. fetch itself copies a BufferSource body when the request is made.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { json, reply, startTestServer, type TestServer } from '../../../helpers/server.js'
import { clientOf, jsonResponse, spec } from '../../support.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, {}))
})
afterAll(async () => {
  await server.close()
})

const doc = spec({
  '/blobs': {
    post: {
      requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
      responses: { '200': jsonResponse({ type: 'object' }) },
    },
  },
})

it('a retry sends the bytes the call was built with, though the caller reused its buffer meanwhile', async () => {
  server.script(reply(503, 'busy'), json(200, {}))
  const { call } = clientOf(doc, server.url)
  const buffer = new TextEncoder().encode('payload-v1')
  const pending = call('POST', '/blobs', { body: buffer })
  await server.waitForRequests(1)
  buffer.set(new TextEncoder().encode('PAYLOAD-V2')) // the application reuses its buffer
  const r = await pending
  expect(r.error).toBeUndefined()
  expect(server.requests.map((q) => q.body.toString())).toEqual(['payload-v1', 'payload-v1'])
})
