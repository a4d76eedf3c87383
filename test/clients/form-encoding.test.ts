/**
 * Form and multipart bodies by each field's `encoding` (style, explode,
 * contentType) and 3.1 `contentMediaType`, against a loopback server: what
 * the generated table carries and src/core/form-fields.ts sends.
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { clientOf, jsonResponse, spec } from '../adversarial/support.js'
import { json, type SeenRequest, useTestServer } from '../helpers/server.js'

const server = useTestServer(json(200, {}))
const last = (): SeenRequest => {
  const r = server.requests.at(-1)
  if (r === undefined) throw new Error('no request')
  return r
}

/** POST /things taking `media` with `properties` and `encoding`. */
function poster(media: string, properties: Json, encoding?: Json) {
  const body = { content: { [media]: { schema: { type: 'object', properties }, ...(encoding && { encoding }) } } }
  const doc = spec({ '/things': { post: { requestBody: body, responses: { '200': jsonResponse({ type: 'object' }) } } } })
  return clientOf(doc, server.url, { maxRetries: 0 }).call
}

const FORM = 'application/x-www-form-urlencoded'
const sentForm = () => decodeURIComponent(last().body.toString().replace(/\+/g, ' '))

describe('form-urlencoded', () => {
  const object = { type: 'object', additionalProperties: true }
  const array = { type: 'array', items: {} }

  it('deepObject: nested objects and arrays of objects by path (Stripe)', async () => {
    const call = poster(FORM, { meta: object, lines: array }, { meta: { style: 'deepObject' }, lines: { style: 'deepObject' } })
    const r = await call('POST', '/things', { body: { meta: { a: '1', b: { c: true } }, lines: [{ price: 'p1', qty: 2 }, 'x'] } })
    expect(r.error).toBeUndefined()
    expect(sentForm()).toBe('meta[a]=1&meta[b][c]=true&lines[0][price]=p1&lines[0][qty]=2&lines[1]=x')
  })

  it("no encoding: an object is exploded as form (each entry its own field), arrays repeat the field's name", async () => {
    const call = poster(FORM, { color: object, tags: array })
    await call('POST', '/things', { body: { color: { R: 100, G: 200 }, tags: ['a', 'b'] } })
    expect(sentForm()).toBe('R=100&G=200&tags=a&tags=b')
  })

  it('explode: false joins with commas; pipeDelimited and spaceDelimited arrays with | and space', async () => {
    const call = poster(
      FORM,
      { color: object, a: array, b: array, c: array },
      { color: { explode: false }, a: { explode: false }, b: { style: 'pipeDelimited', explode: false }, c: { style: 'spaceDelimited' } },
    )
    await call('POST', '/things', { body: { color: { R: 1, G: 2 }, a: ['x', 'y'], b: ['x', 'y'], c: ['x', 'y'] } })
    expect(sentForm()).toBe('color=R,1,G,2&a=x,y&b=x|y&c=x y')
  })

  it('bytes or a null leaf cannot go in a form: invalid_request, nothing sent', async () => {
    const call = poster(FORM, { meta: object }, { meta: { style: 'deepObject' } })
    const before = server.requests.length
    expect((await call('POST', '/things', { body: { file: new Uint8Array([1]) } })).error).toMatchObject({ kind: 'invalid_request' })
    const r = await call('POST', '/things', { body: { meta: { a: null } } })
    expect(r.error).toMatchObject({ kind: 'invalid_request', message: expect.stringContaining('body.meta.a') })
    expect(server.requests.length).toBe(before)
  })
})

describe('multipart', () => {
  const part = (name: string): string => {
    const text = last().body.toString('latin1')
    const at = text.indexOf(`name="${name}"`)
    return at === -1 ? '' : text.slice(at, text.indexOf('\r\n--', at))
  }

  it("a file part's Content-Type: its encoding's, else its schema's contentMediaType, else application/octet-stream", async () => {
    const bin = { type: 'string', format: 'binary' }
    const call = poster(
      'multipart/form-data',
      { logo: bin, doc: { type: 'string', contentMediaType: 'application/pdf' }, raw: bin },
      { logo: { contentType: 'image/png, image/jpeg' } },
    )
    const r = await call('POST', '/things', { body: { logo: new Uint8Array([1]), doc: new Uint8Array([2]), raw: new Uint8Array([3]) } })
    expect(r.error).toBeUndefined()
    expect(part('logo')).toContain('Content-Type: image/png\r\n')
    expect(part('doc')).toContain('Content-Type: application/pdf\r\n')
    expect(part('raw')).toContain('Content-Type: application/octet-stream\r\n')
  })

  it('an object: one JSON part, or with deepObject one text part per leaf; a string stays a text field', async () => {
    const call = poster(
      'multipart/form-data',
      { settings: { type: 'object' }, link: { type: 'object' }, note: { type: 'string' } },
      { link: { style: 'deepObject', explode: true } },
    )
    await call('POST', '/things', { body: { settings: { locale: 'de' }, link: { create: true, at: 5 }, note: 'hi' } })
    expect(part('settings')).toMatch(/Content-Type: application\/json\r\n\r\n\{"locale":"de"\}/)
    expect(part('link[create]')).toBe('name="link[create]"\r\n\r\ntrue')
    expect(part('link[at]')).toBe('name="link[at]"\r\n\r\n5')
    expect(part('note')).toBe('name="note"\r\n\r\nhi')
  })
})
