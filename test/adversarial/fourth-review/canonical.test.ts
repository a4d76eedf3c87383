/**
 * contract-diff-schema.ts canonical(): respellings read as no change. Each
 * case here is a change the types or the run-time check do read, which the
 * normalisation hides (false negative), or a respelling the types read the
 * same that it still calls breaking (false positive).
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { bodyProblem, breaksOf, compileErrors, jsonResponse, noContent, report, spec, types } from './support.js'

/** GET /thing answers `schema`; POST /thing takes it. */
const both = (schema: unknown, schemas: Json = {}) =>
  spec(
    {
      '/thing': {
        get: { operationId: 'getThing', responses: { '200': jsonResponse(schema) } },
        post: {
          operationId: 'putThing',
          requestBody: { required: true, content: { 'application/json': { schema } } },
          responses: { '204': noContent },
        },
      },
    },
    schemas,
  )
const GET = 'GET /thing'
const POST = 'POST /thing'

describe('canonical(): oneOf merged into anyOf', () => {
  it('anyOf: [string, integer] → anyOf: [string] + oneOf: [integer]: the run-time check reads only anyOf, so 5 is refused both ways; today no contract change', async () => {
    const before = both({ anyOf: [{ type: 'string' }, { type: 'integer' }] })
    const after = both({ anyOf: [{ type: 'string' }], oneOf: [{ type: 'integer' }] })
    // the types are the same (string | number) ...
    expect(await types(after)).toBe(await types(before))
    // ... but src/core/schema.ts checks `s.anyOf ?? s.oneOf`: a number no longer passes
    expect(bodyProblem(before, GET, { status: '200' }, 5)).toBeUndefined()
    expect(bodyProblem(after, GET, { status: '200' }, 5)).toBe('body matches none of the declared alternatives')
    expect(bodyProblem(after, POST, 'request', 5)).toBe('body matches none of the declared alternatives')
    const r = report(before, after)
    // today: [{ line: 'specs/acme.yaml: changed with no contract change', breaks: [], level: 'patch' }]
    expect(breaksOf(r.lines)).toEqual(['invalid_body', 'invalid_request'])
  })
})

describe('canonical(): properties (or required) imply type object', () => {
  it('a response `{type: object, properties: {}}` loses `type`: Record<string, never> → unknown, code that used it as an object stops compiling; today no contract change', async () => {
    const before = both({ type: 'object', properties: {} })
    const after = both({ properties: {} })
    const use = `declare const data: operations['getThing']['responses'][200]['content']['application/json']\nexport const keys: string[] = Object.keys(data)\n`
    expect(compileErrors(await types(before), use)).toEqual([])
    expect(compileErrors(await types(after), use)).not.toEqual([])
    // the run-time check: a string body was refused, now passes
    expect(bodyProblem(before, GET, { status: '200' }, 'x')).toBeDefined()
    expect(bodyProblem(after, GET, { status: '200' }, 'x')).toBeUndefined()
    const r = report(before, after)
    expect(breaksOf(r.lines)).toContain('compile')
  })

  it('a response `{type: object, required: [id]}` loses `type`: Record<string, never> → unknown; today no contract change', async () => {
    const before = both({ type: 'object', required: ['id'] })
    const after = both({ required: ['id'] })
    const use = `declare const data: operations['getThing']['responses'][200]['content']['application/json']\nexport const o: object = data\n`
    expect(compileErrors(await types(before), use)).toEqual([])
    expect(compileErrors(await types(after), use)).not.toEqual([])
    expect(breaksOf(report(before, after).lines)).toContain('compile')
  })

  it('`type: object` left out beside additionalProperties (a map, Stripe-style metadata): the types are identical; today "type object → any", compile break', async () => {
    const map = { type: 'object', additionalProperties: { type: 'string' } }
    const before = both(map)
    const after = both({ additionalProperties: { type: 'string' } })
    expect(await types(after)).toBe(await types(before))
    const r = report(before, after)
    // at most the run-time check widens (a non-object body passes): minor, never a compile break
    expect(breaksOf(r.lines)).toEqual([])
  })
})
