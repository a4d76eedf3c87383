/**
 * Fourth review: multipart parts as src/core/media.ts appendPart and
 * multipart() build them, against a loopback server.
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
const MP = 'multipart/form-data'
function poster(properties: Json, encoding?: Json) {
  const body = { content: { [MP]: { schema: { type: 'object', properties }, ...(encoding && { encoding }) } } }
  const doc = spec({ '/things': { post: { requestBody: body, responses: { '200': jsonResponse({ type: 'object' }) } } } })
  return clientOf(doc, server.url, { maxRetries: 0 }).call
}
/** The headers and body of the part named `name`. */
const part = (name: string): string => {
  const text = last().body.toString('latin1')
  const at = text.indexOf(`name="${name}"`)
  return at === -1 ? '' : text.slice(at, text.indexOf('\r\n--', at))
}
const bin = { type: 'string', format: 'binary' }

describe('multipart file parts', () => {
  it('a File keeps its own filename (Stripe stores the upload under it), not the field name', async () => {
    const call = poster({ file: bin })
    const file = new File([new Uint8Array([37, 80, 68, 70])], 'receipt.pdf', { type: 'application/pdf' })
    const r = await call('POST', '/things', { body: { file } })
    expect(r.error).toBeUndefined()
    expect(part('file')).toContain('filename="receipt.pdf"')
  })

  it('a File with no type of its own, typed by its encoding, keeps its filename too', async () => {
    const call = poster({ logo: bin }, { logo: { contentType: 'image/png' } })
    const r = await call('POST', '/things', { body: { logo: new File([new Uint8Array([1])], 'logo.png') } })
    expect(r.error).toBeUndefined()
    expect(part('logo')).toContain('Content-Type: image/png')
    expect(part('logo')).toContain('filename="logo.png"')
  })

  it("a field whose own name has brackets (PHP-style files[]) is typed by its encoding's contentType", async () => {
    const call = poster({ 'files[]': bin }, { 'files[]': { contentType: 'image/png' } })
    const r = await call('POST', '/things', { body: { 'files[]': new Uint8Array([1]) } })
    expect(r.error).toBeUndefined()
    expect(part('files[]')).toContain('Content-Type: image/png\r\n')
  })
})

describe('multipart JSON parts', () => {
  it('a JSON part whose value serialises to nothing (toJSON returns undefined) is invalid_request, as a JSON body is; never the text "undefined"', async () => {
    const call = poster({ meta: {} })
    const before = server.requests.length
    const r = await call('POST', '/things', { body: { meta: { toJSON: () => undefined } } })
    expect(r.error).toMatchObject({ kind: 'invalid_request' })
    expect(server.requests.length).toBe(before)
  })
})
