/**
 * The run-time side of test/adversarial/types.test-d.ts, over the same fixture
 * (test/adversarial/fixtures/review.yaml): what the types promise is what a call
 * returns, for the cases where they once disagreed.
 */
import { expect, it } from 'vitest'
import { createApiClient } from '../../src/index.js'
import { json, reply, useTestServer } from '../helpers/server.js'
import { table } from './fixtures/generated/review-operations.js'

const server = useTestServer(json(200, { id: 't1' }))

const client = () => createApiClient({ vendor: 'Review', table, kinds: { 404: 'not_found' }, baseUrl: server.url }, { maxRetries: 0 })

it('HEAD 404: the body is undefined, as the type says', async () => {
  server.script(reply(404, '', { 'content-type': 'application/json' }))
  const r = await client().call('HEAD', '/things/{id}', { params: { path: { id: 't1' } } })
  if (r.error?.kind !== 'not_found') throw new Error(`expected not_found, got ${r.error?.kind}`)
  const body: undefined = r.error.body
  expect(body).toBeUndefined()
})

it('PUT under 2XX answered 204: data is undefined, which the type admits', async () => {
  server.script(reply(204))
  const r = await client().call('PUT', '/things/{id}', { params: { path: { id: 't1' } }, body: { id: 't1' } })
  if (r.error) throw new Error(`expected data, got ${r.error.kind}`)
  expect(r.data?.id).toBeUndefined()
})

it('a lowercase 4xx range: the exhaustive switch over the typed kinds handles the kind the runtime returns', async () => {
  server.script(json(422, { message: 'bad' }))
  const r = await client().call('GET', '/lower')
  const handled = (): string => {
    if (!r.error) return 'data'
    switch (r.error.kind) {
      case 'http_4XX':
        return `${r.error.kind}: ${r.error.body.message}`
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
  expect(handled()).toBe('http_4XX: bad')
})

it('multipart: a format: binary field, typed as bytes, goes out as a file part; a Blob too', async () => {
  server.script(json(200, { id: 't1' }))
  await client().call('POST', '/upload', { body: { file: new TextEncoder().encode('a,b\n1,2\n'), note: 'x' } })
  await client().call('POST', '/upload', { body: { file: new Blob(['a,b\n']), note: 'x' } })
  for (const request of server.requests) expect(request.body.toString()).toMatch(/name="file"; filename=/)
})

it("a kind map that names a declared status 'invalid_request' is refused at creation", () => {
  // @ts-expect-error 'invalid_request' is a kind the client returns itself
  expect(() => createApiClient({ vendor: 'Review', table, kinds: { 404: 'invalid_request' }, baseUrl: server.url })).toThrow(
    /kinds\[404\] "invalid_request" is a kind the client returns itself/,
  )
})
