/**
 * Drift tests: the committed generated types and contract lock must match
 * the committed specs, and each assembled spec must be the assembly of the
 * page fragments provenance records. Any change to a spec fails here, with
 * the contract report `npm run specs:diff` prints, until `npm run generate`
 * is run and its output committed.
 */
import { describe, expect, it } from 'vitest'
import { contractDriftMessage, contractReport, driftReport, lockOutOfDate, REEXTRACT, staleGenerated } from '../scripts/lib/drift.js'
import { specsAgainstPages } from '../scripts/lib/spec-files.js'

describe('drift: specs/ against generated/, the contract lock and the pages', () => {
  it('every generated file equals a fresh generation from its spec', async () => {
    const stale = await staleGenerated()
    if (stale.length > 0) expect.fail(driftReport('Generated types are out of date', stale))
  })

  it('the contract lock matches every spec', () => {
    const report = contractReport()
    if (report.verdict !== 'none') expect.fail(contractDriftMessage(report))
    if (lockOutOfDate()) expect.fail(driftReport('The contract lock is out of date', ['ordering or formatting only']))
  })

  it('every spec is what its recorded pages assemble to', () => {
    const problems = specsAgainstPages()
    if (problems.length > 0) expect.fail(driftReport('specs/ no longer matches specs/provenance.json', problems, REEXTRACT))
  })
})
