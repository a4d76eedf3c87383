/**
 * Big specs stay fast: on a synthetic spec of about 1 MB (1,400 operations
 * over shared schemas), generating the types, the run-time table and the
 * contract lock fits well inside vitest's default 5-second test timeout, and
 * the run-time table stays a fraction of the types, not a multiple.
 */
import { describe, expect, it } from 'vitest'
import { buildLock, renderAll, type SpecSource } from '../../scripts/lib/pipeline.js'
import { sha256 } from '../../scripts/lib/sha256.js'
import { syntheticSpec } from '../../scripts/lib/synthetic-spec.js'

describe('a 1 MB spec', () => {
  const document = syntheticSpec(1400, { openapi: '3.1' }) as Record<string, unknown>
  const text = JSON.stringify(document)
  const spec: SpecSource = { api: 'big', specPath: 'specs/big.json', text, sha256: sha256(text), document }

  it('is about 1 MB', () => {
    expect(text.length).toBeGreaterThan(1_000_000)
  })

  it('generates its types, table and lock within the default timeout', async () => {
    const files = await renderAll(spec)
    const lock = buildLock([spec])
    expect(Object.keys(lock.big?.operations ?? {})).toHaveLength(1400)
    const [types, table] = files.map((f) => f.text.length)
    expect(table).toBeLessThan((types ?? 0) / 2)
  })
})
