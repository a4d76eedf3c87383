/**
 * Fourth review: form-urlencoded field values and keys as
 * src/core/form-fields.ts turns them into pairs, against a loopback server.
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { json, type SeenRequest, useTestServer } from '../../helpers/server.js'
import { clientOf, jsonResponse, spec } from '../support.js'

const server = useTestServer(json(200, {}))
const last = (): SeenRequest => {
  const r = server.requests.at(-1)
  if (r === undefined) throw new Error('no request')
  return r
}
const FORM = 'application/x-www-form-urlencoded'
function poster(properties: Json, encoding?: Json) {
  const body = { content: { [FORM]: { schema: { type: 'object', properties }, ...(encoding && { encoding }) } } }
  const doc = spec({ '/things': { post: { requestBody: body, responses: { '200': jsonResponse({ type: 'object' }) } } } })
  return clientOf(doc, server.url, { maxRetries: 0 }).call
}
const sentForm = () => decodeURIComponent(last().body.toString().replace(/\+/g, ' '))
const meta = { meta: { type: 'object', additionalProperties: true } }

describe('a value the form cannot carry is never silently dropped', () => {
  it('a Date leaf in a deepObject field: sent, or invalid_request; not left out of the body', async () => {
    const call = poster(meta, { meta: { style: 'deepObject' } })
    const before = server.requests.length
    const r = await call('POST', '/things', { body: { meta: { due: new Date(0), n: 1 } } })
    if (r.error === undefined) expect(sentForm()).toContain('meta[due]=')
    else {
      expect(r.error).toMatchObject({ kind: 'invalid_request' })
      expect(server.requests.length).toBe(before)
    }
  })

  it('a Date as a top-level field (schema {}): sent, or invalid_request; not left out of the body', async () => {
    const call = poster({ due: {}, n: { type: 'integer' } })
    const before = server.requests.length
    const r = await call('POST', '/things', { body: { due: new Date(0), n: 1 } })
    if (r.error === undefined) expect(sentForm()).toContain('due=')
    else {
      expect(r.error).toMatchObject({ kind: 'invalid_request' })
      expect(server.requests.length).toBe(before)
    }
  })
})

describe('deepObject field names are unambiguous', () => {
  it("a key with [ or ] is invalid_request: { 'a][b': 1 } would go as meta[a][b]=1, the bytes of { a: { b: 1 } }", async () => {
    const call = poster(meta, { meta: { style: 'deepObject' } })
    await call('POST', '/things', { body: { meta: { a: { b: '1' } } } })
    const nested = last().body.toString()
    const before = server.requests.length
    const r = await call('POST', '/things', { body: { meta: { 'a][b': '1' } } })
    if (r.error === undefined) expect(last().body.toString()).not.toBe(nested)
    else {
      expect(r.error).toMatchObject({ kind: 'invalid_request' })
      expect(server.requests.length).toBe(before)
    }
  })
})
