/**
 * Found by an adversarial review, and fixed (each case failed before the fix): schema keywords where the generated types and the run-time check
 * disagree, so a body the types promise comes back `invalid_body`.
 *
 * - `nullable: true` in an OpenAPI 3.1 document: openapi-typescript types the
 *   field `string | null`, but runtime-schema.ts drops `nullable` for 3.1
 *   (`node.nullable === true && !w.openapi31`), so `null` is refused. Many 3.1
 *   specs (converted from 3.0, or written by hand) still say `nullable`.
 * - `patternProperties` beside `additionalProperties: false`: the types add an
 *   index signature for the pattern (`{ id?: string } & { [key: string]: string }`),
 *   but the table drops `patternProperties`, so every `x-…` property is "a
 *   property the spec does not allow".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { json, startTestServer, type TestServer } from '../helpers/server.js'
import { clientOf, jsonResponse, spec } from './support.js'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer(json(200, {}))
})
afterAll(async () => {
  await server.close()
})

const get = (schema: unknown) => ({ '/r': { get: { responses: { 200: jsonResponse(schema) } } } })

describe('OpenAPI 3.1 with nullable: true', () => {
  it('a null the generated type allows (string | null) is data', async () => {
    server.script(json(200, { name: null }))
    const doc = spec(get({ type: 'object', properties: { name: { type: 'string', nullable: true } } }), {}, '3.1.0')
    const r = await clientOf(doc, server.url).call('GET', '/r')
    expect(r.error).toBeUndefined()
    expect(r.data).toEqual({ name: null })
  })
})

describe('patternProperties with additionalProperties: false', () => {
  it('a property matching the pattern (typed by an index signature) is data', async () => {
    server.script(json(200, { id: 'evt_1', 'x-trace': 'abc' }))
    const schema = {
      type: 'object',
      properties: { id: { type: 'string' } },
      patternProperties: { '^x-': { type: 'string' } },
      additionalProperties: false,
    }
    const r = await clientOf(spec(get(schema)), server.url).call('GET', '/r')
    expect(r.error).toBeUndefined()
  })
})
