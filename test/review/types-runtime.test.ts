/**
 * Review: the run-time side of test/review/types.test-d.ts, over the same
 * fixture (test/review/fixtures/review.yaml). Each case shows a value the
 * types say cannot occur, or a request the types force into the wrong shape.
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { json, reply, startTestServer, type TestServer } from '../helpers/server.js'
import { table } from './fixtures/generated/review-operations.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, { id: 't1' }))
})
afterEach(() => {
  server.requests.length = 0
})
afterAll(async () => {
  await server.close()
})

const client = () => createApiClient({ vendor: 'Review', table, kinds: { 404: 'not_found' }, baseUrl: server.url }, { maxRetries: 0 })

it('HEAD 404: the type says body is Error ({ message: string }); at run time it is undefined', async () => {
  server.script(reply(404, '', { 'content-type': 'application/json' }))
  const r = await client().call('HEAD', '/things/{id}', { params: { path: { id: 't1' } } })
  const e = r.error
  if (e?.kind !== 'not_found') throw new Error(`expected not_found, got ${e?.kind}`)
  // Compiles without a check, because the type says body.message is a string:
  expect(() => e.body.message.length).not.toThrow()
})

it('PUT under 2XX answered 204: the type says data is Thing; at run time it is undefined', async () => {
  server.script(reply(204))
  const r = await client().call('PUT', '/things/{id}', { params: { path: { id: 't1' } }, body: { id: 't1' } })
  if (r.error) throw new Error(`expected data, got ${r.error.kind}`)
  const data = r.data
  // Compiles without a check, because the type says data is a Thing:
  expect(() => data.id.length).not.toThrow()
})

it('a lowercase 4xx range: the exhaustive switch the types allow misses the kind the runtime returns', async () => {
  server.script(json(422, { message: 'bad' }))
  const r = await client().call('GET', '/lower')
  const handled = (): string => {
    if (!r.error) return 'data'
    switch (r.error.kind) {
      case 'unexpected_status':
      case 'invalid_body':
      case 'network':
      case 'timeout':
      case 'aborted':
      case 'invalid_request':
      case 'hook_failed':
        return r.error.kind
      default: {
        const unhandled: never = r.error
        throw new Error(`unhandled ${JSON.stringify(unhandled)}`)
      }
    }
  }
  expect(handled).not.toThrow()
})

it('multipart: the typed way to pass a format: binary field (a string) is not sent as a file part', async () => {
  server.script(json(200, { id: 't1' }))
  await client().call('POST', '/upload', { body: { file: 'a,b\n1,2\n', note: 'x' } })
  const sent = server.requests[0]?.body.toString() ?? ''
  expect(sent).toMatch(/name="file"; filename=/)
})

it("a kind map that names a declared status 'invalid_request' is accepted, so invalid_request no longer means nothing was sent", async () => {
  server.script(json(404, { message: 'gone' }))
  let r: Awaited<ReturnType<ReturnType<typeof createApiClient>['call']>> | undefined
  try {
    const c = createApiClient({ vendor: 'Review', table, kinds: { 404: 'invalid_request' }, baseUrl: server.url }, { maxRetries: 0 })
    r = await c.call('HEAD', '/things/{id}', { params: { path: { id: 't1' } } })
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError) // refusing the map at creation is the fix
    return
  }
  expect(r.error?.kind === 'invalid_request' && r.attempts > 0).toBe(false)
})
