/**
 * Fourth review: a header parameter's object, style simple, as
 * src/core/params.ts applyHeaderParams writes it. Keys are percent-encoded,
 * values are not, so a value's `,` and `=` add entries of their own.
 */
import { describe, expect, it } from 'vitest'
import { json, type SeenRequest, useTestServer } from '../../helpers/server.js'
import { clientOf, jsonResponse, spec } from '../support.js'

const server = useTestServer(json(200, {}))
const last = (): SeenRequest => {
  const r = server.requests.at(-1)
  if (r === undefined) throw new Error('no request')
  return r
}
const getter = (explode: boolean) =>
  clientOf(
    spec({
      '/things': {
        get: {
          parameters: [{ name: 'X-Filter', in: 'header', explode, schema: { type: 'object', additionalProperties: { type: 'string' } } }],
          responses: { '200': jsonResponse({ type: 'object' }) },
        },
      },
    }),
    server.url,
    { maxRetries: 0 },
  ).call

describe('a header object value cannot add entries', () => {
  it("exploded: { a: 'x,admin=true' } is not sent as a=x,admin=true (the bytes of { a: 'x', admin: 'true' })", async () => {
    const before = server.requests.length
    const r = await getter(true)('GET', '/things', { params: { header: { 'X-Filter': { a: 'x,admin=true' } } } })
    if (r.error === undefined) expect(last().headers['x-filter']).not.toBe('a=x,admin=true')
    else {
      expect(r.error).toMatchObject({ kind: 'invalid_request' })
      expect(server.requests.length).toBe(before)
    }
  })

  it("not exploded: { a: 'x,admin,true' } is not sent as a,x,admin,true (the bytes of { a: 'x', admin: 'true' })", async () => {
    const before = server.requests.length
    const r = await getter(false)('GET', '/things', { params: { header: { 'X-Filter': { a: 'x,admin,true' } } } })
    if (r.error === undefined) expect(last().headers['x-filter']).not.toBe('a,x,admin,true')
    else {
      expect(r.error).toMatchObject({ kind: 'invalid_request' })
      expect(server.requests.length).toBe(before)
    }
  })
})
