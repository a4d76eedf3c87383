/**
 * Big specs stay fast. On the synthetic spec at about 1 MB (1,400
 * operations over shared schemas, scripts/lib/synthetic-spec.ts):
 * generating the types, the run-time table and the contract lock, and
 * summarising two versions, diffing them and rendering the report, each fit
 * well inside vitest's default 5-second timeout; a shared-schema change is
 * reported once; the run-time table stays a fraction of the types.
 */
import { describe, expect, it } from 'vitest'
import { summariseSpec } from '../../scripts/lib/contract.js'
import { buildLock, renderAll, type SpecSource } from '../../scripts/lib/pipeline.js'
import { compareLocks, renderMarkdown, renderText } from '../../scripts/lib/report.js'
import { sha256 } from '../../scripts/lib/sha256.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { syntheticSpec } from '../../scripts/lib/synthetic-spec.js'

const OPERATIONS = 1400

describe('a 1 MB spec', () => {
  const document = syntheticSpec(OPERATIONS, { openapi: '3.1' }) as Json
  const text = JSON.stringify(document)

  it('is about 1 MB', () => {
    expect(text.length).toBeGreaterThan(1_000_000)
  })

  it('generates its types, table and lock within the default timeout, the table a fraction of the types', async () => {
    const spec: SpecSource = { api: 'big', specPath: 'specs/big.json', text, sha256: sha256(text), document }
    const files = await renderAll(spec)
    const lock = buildLock([spec])
    expect(Object.keys(lock.big?.operations ?? {})).toHaveLength(OPERATIONS)
    const [types, table] = files.map((f) => f.text.length)
    expect(table).toBeLessThan((types ?? 0) / 2)
  })

  it('summarises, diffs and reports two versions in well under two seconds, each shared-schema change once', () => {
    type Schemas = Record<string, Json & { properties: Record<string, Json>; enum: string[] }>
    const after = structuredClone(document) as { components: { schemas: Schemas } }
    const { Money, Status } = after.components.schemas
    if (Money === undefined || Status === undefined) throw new Error('the synthetic spec lost Money or Status')
    Money.properties.amount = { type: 'string' }
    Status.enum.push('grace')

    const start = performance.now()
    const lock = (doc: Json) => ({ big: { spec: 'specs/big.json', sha256: String(doc === document), ...summariseSpec(doc) } })
    const report = compareLocks(lock(document), lock(after as unknown as Json))
    renderMarkdown(report)
    const rendered = renderText(report)
    const ms = performance.now() - start

    const changes = report.apis[0]?.changes ?? []
    expect(changes.map((c) => `${c.subject}: ${c.text}`).sort()).toEqual([
      'components.schemas.Money: property "amount" format int64 → none',
      'components.schemas.Money: property "amount" type integer → string',
      'components.schemas.Status: enum value "grace" added',
    ])
    for (const change of changes) expect(change.usedBy.length).toBeGreaterThan(OPERATIONS / 10)
    expect(rendered.length).toBeGreaterThan(0)
    expect(ms, `summary + diff + report took ${ms.toFixed(0)} ms`).toBeLessThan(2000)
  })
})
