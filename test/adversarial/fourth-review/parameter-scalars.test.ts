/**
 * contract-diff-operation.ts scalarBoth: explode on a scalar query parameter
 * is no change (README). A scalar is recognised only by a `type` on the
 * schema or on the component it names directly, so a scalar said another way
 * (an enum without `type`, a component that is a one-member allOf around a
 * string, which canonical() itself reads as the string) is taken for an
 * array or object, and explode is called a changed wire.
 */
import { describe, expect, it } from 'vitest'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { breaksOf, compileErrors, noContent, report, sent, spec, types } from './support.js'

const listing = (explode: boolean, schemas: Json) =>
  spec(
    {
      '/things': {
        get: {
          operationId: 'listThings',
          parameters: [{ name: 'order', in: 'query', explode, schema: { $ref: '#/components/schemas/Order' } }],
          responses: { '204': noContent },
        },
      },
    },
    schemas,
  )

const cases: [string, Json][] = [
  ['an enum without `type` (Order: {enum: [asc, desc]})', { Order: { enum: ['asc', 'desc'] } }],
  [
    'a one-member allOf around a string (Order: {allOf: [$ref Base]}, Base: {type: string})',
    { Order: { allOf: [{ $ref: '#/components/schemas/Base' }] }, Base: { type: 'string' } },
  ],
]

describe('explode on a scalar query parameter: no change on the wire', () => {
  for (const [name, schemas] of cases) {
    it(`${name}: explode true → false; today "serialisation form, explode → form", changed wire`, async () => {
      const before = listing(true, schemas)
      const after = listing(false, schemas)
      // a scalar to the types: a string passes, an array does not
      const t = await types(after)
      expect(compileErrors(t, `export const q: operations['listThings']['parameters']['query'] = { order: 'asc' }\n`)).toEqual([])
      expect(compileErrors(t, `export const q: operations['listThings']['parameters']['query'] = { order: ['asc'] }\n`)).not.toEqual([])
      // the same bytes either way
      const init = { params: { query: { order: 'asc' } } }
      expect((await sent(after, 'GET', '/things', init)).url).toBe((await sent(before, 'GET', '/things', init)).url)
      expect(breaksOf(report(before, after).lines)).toEqual([])
    })
  }
})
