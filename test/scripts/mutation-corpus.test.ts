/**
 * The mutation corpus: each realistic vendor change must produce exactly its
 * expected report lines, each with its class (breaking or not) and reasons,
 * the operations a shared schema touches, and the semver verdict.
 */
import { describe, expect, it } from 'vitest'
import { summariseSpec } from '../../scripts/lib/contract.js'
import type { ContractLock } from '../../scripts/lib/pipeline.js'
import { allChanges, changeLine, compareLocks } from '../../scripts/lib/report.js'
import { sha256 } from '../../scripts/lib/sha256.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { applyPatch, baseSpec, type Expected, type Mutation, readCorpus } from './corpus.js'

const corpus = readCorpus()

function lockOf(api: Mutation['api'], doc: Json): ContractLock {
  return {
    [api]: { spec: `specs/${api}.${api === 'onekey' ? 'json' : 'yaml'}`, sha256: sha256(JSON.stringify(doc)), ...summariseSpec(doc) },
  }
}

const byLine = (a: Expected, b: Expected): number => (a.line < b.line ? -1 : a.line > b.line ? 1 : 0)

describe('the mutation corpus (test/fixtures/mutations.json)', () => {
  it('holds at least 20 changes, covering every reason and every level', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20)
    expect(new Set(corpus.map((m) => m.name)).size).toBe(corpus.length)
    const because = new Set(corpus.flatMap((m) => m.expect.flatMap((e) => e.because)))
    expect([...because].sort()).toEqual(['compile', 'invalid_body', 'minor', 'patch', 'wire'])
    expect(new Set(corpus.map((m) => m.verdict))).toEqual(new Set(['major', 'minor', 'patch']))
  })

  it.each(corpus.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const before = baseSpec(m.api)
    const after = applyPatch(before, m.patch)
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before))
    const report = compareLocks(lockOf(m.api, before), lockOf(m.api, after))
    const got = allChanges(report).map(
      (c): Expected => ({
        line: changeLine(c).replace(/ \(sha256 [^)]*\)$/, ''),
        class: c.breaks.length > 0 ? 'breaking' : 'non-breaking',
        because: c.breaks.length > 0 ? [...c.breaks] : [c.level],
        ...(c.usedBy.length > 0 ? { usedBy: c.usedBy } : {}),
      }),
    )
    expect(got.sort(byLine)).toEqual([...m.expect].sort(byLine))
    expect(report.verdict).toBe(m.verdict)
  })
})
