/**
 * Big specs stay fast: on a synthetic OpenAPI 3.1 spec of about 1 MB (500
 * operations over 250 shared schemas that refer to one another), summarising
 * two versions, diffing them and rendering the report takes well under a
 * second or two, and still finds each change once.
 */
import { describe, expect, it } from 'vitest'
import { summariseSpec } from '../../scripts/lib/contract.js'
import { compareLocks, renderMarkdown, renderText } from '../../scripts/lib/report.js'
import type { Json } from '../../scripts/lib/spec-refs.js'

const SCHEMAS = 250
const OPERATIONS = 500

function schema(i: number): Json {
  const properties: Json = {}
  for (let p = 0; p < 24; p += 1) {
    properties[`field_${p}`] =
      p % 6 === 0
        ? { type: ['string', 'null'], format: 'date-time', description: `Field ${p} of thing ${i}, when it happened.` }
        : p % 6 === 1
          ? { type: 'string', enum: ['created', 'active', 'paused', 'cancelled'], description: 'Lifecycle state.' }
          : p % 6 === 2
            ? { $ref: `#/components/schemas/Thing${(i + 1) % SCHEMAS}` }
            : p % 6 === 3
              ? { type: 'array', items: { $ref: `#/components/schemas/Thing${(i + 7) % SCHEMAS}` } }
              : { type: 'integer', minimum: 0, description: `A count about thing ${i}, in cents where it is money.` }
  }
  return { type: 'object', required: ['field_0', 'field_1', 'field_4'], properties, additionalProperties: false }
}

function operation(i: number): Json {
  const thing = `#/components/schemas/Thing${i % SCHEMAS}`
  return {
    operationId: `op${i}`,
    summary: `Operation ${i}`,
    description: `Does thing ${i}. `.repeat(8),
    parameters: [
      { in: 'path', name: 'id', required: true, schema: { type: 'string' } },
      {
        in: 'query',
        name: 'expand',
        schema: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] } },
        style: 'form',
        explode: false,
      },
    ],
    requestBody: { content: { 'application/json': { schema: { $ref: thing } } } },
    responses: {
      '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { data: { $ref: thing } } } } } },
      '4XX': {
        description: 'client error',
        content: { 'application/problem+json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } },
      },
      default: { description: 'error', headers: { 'Retry-After': { schema: { type: 'integer' } } } },
    },
  }
}

function bigSpec(): Json {
  const schemas: Json = {}
  for (let i = 0; i < SCHEMAS; i += 1) schemas[`Thing${i}`] = schema(i)
  const paths: Json = {}
  for (let i = 0; i < OPERATIONS; i += 1) paths[`/things${i}/{id}`] = { post: operation(i) }
  return {
    openapi: '3.1.0',
    info: { title: 'Big', version: '1' },
    servers: [{ url: 'https://api.example.com' }],
    paths,
    components: { schemas },
  }
}

describe('contract summary and diff on a 1 MB spec', () => {
  it('take well under two seconds and report a shared-schema change once', () => {
    const before = bigSpec()
    expect(JSON.stringify(before).length).toBeGreaterThan(1_000_000)
    const after = structuredClone(before) as { components: { schemas: Record<string, Json & { properties: Record<string, Json> }> } }
    const thing = after.components.schemas.Thing5
    if (thing === undefined) throw new Error('no Thing5')
    thing.properties.field_4 = { type: 'string' }
    ;(thing.properties.field_1 as { enum: string[] }).enum.push('grace')

    const start = performance.now()
    const lock = (doc: Json) => ({ big: { spec: 'specs/big.json', sha256: String(doc === before), ...summariseSpec(doc) } })
    const report = compareLocks(lock(before), lock(after as unknown as Json))
    const text = renderText(report)
    renderMarkdown(report)
    const ms = performance.now() - start

    expect(report.apis[0]?.changes.map((c) => `${c.subject}: ${c.text}`)).toEqual([
      'components.schemas.Thing5: property "field_1" enum value "grace" added',
      'components.schemas.Thing5: property "field_4" type integer → string',
      'components.schemas.Thing5: property "field_4" minimum 0 → none',
    ])
    const usedBy = report.apis[0]?.changes[0]?.usedBy ?? []
    expect(usedBy.length).toBeGreaterThan(OPERATIONS / 2)
    expect(text.length).toBeGreaterThan(0)
    expect(ms, `summary + diff + report took ${ms.toFixed(0)} ms`).toBeLessThan(1500)
  })
})
