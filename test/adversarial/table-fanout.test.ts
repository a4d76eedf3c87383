/**
 * Found by an adversarial review, and fixed (each case failed before the fix): issue 10 asks that the run-time table "grows with the spec, not with
 * its $ref fan-out: emit each shared schema once". runtime-schema.ts shares a
 * schema reached through a `$ref`'d response or request body, but not one
 * inside a `$ref`'d path item (OpenAPI 3.1 `components/pathItems`, or a
 * versioned API whose `/v1/…` and `/v2/…` point at one item): `operation()`
 * never learns the item came by reference, so its inline schemas are copied
 * once per path.
 */
import { expect, it } from 'vitest'
import { runtimeTable } from '../../scripts/lib/runtime-schema.js'

it('an inline schema in a path item referenced by 10 paths is emitted once', () => {
  const fields = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`field_${i}`, { type: 'string' }]))
  const item = {
    get: {
      responses: {
        200: {
          description: 'ok',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['marker_field'], properties: { marker_field: { type: 'string' }, ...fields } },
            },
          },
        },
      },
    },
  }
  const paths = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`/v${i}/items`, { $ref: '#/components/pathItems/Items' }]))
  const doc = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components: { pathItems: { Items: item } } }
  const text = JSON.stringify(runtimeTable(doc))
  // "marker_field" appears twice per copy of the schema (required and properties)
  expect(text.split('marker_field').length - 1).toBe(2)
})
