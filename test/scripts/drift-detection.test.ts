/**
 * The drift checks themselves: on a scratch copy of the repo, a changed spec
 * must be reported, classed, every stale file named, and `npm run
 * generate`'s output must make the report empty again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { summariseSpec } from '../../scripts/lib/contract.js'
import { diffContracts } from '../../scripts/lib/contract-diff.js'
import { contractDriftMessage, contractReport, driftReport, lockOutOfDate, staleGenerated } from '../../scripts/lib/drift.js'
import { buildLock, LOCK_PATH, readSpecs, renderAll, serialiseLock } from '../../scripts/lib/pipeline.js'
import { allChanges, changeLine, type Report } from '../../scripts/lib/report.js'

const ROOT = resolve(import.meta.dirname, '../..')
let scratch: string

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'drift-'))
  for (const p of ['redocly.yaml', 'specs', 'generated']) cpSync(resolve(ROOT, p), join(scratch, p), { recursive: true })
})
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

function edit(relative: string, change: (text: string) => string): void {
  const path = join(scratch, relative)
  const before = readFileSync(path, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  writeFileSync(path, after)
}

const remove426 = (text: string): string => {
  const spec = JSON.parse(text) as { paths: Record<string, { delete: { responses: Record<string, unknown> } }> }
  delete spec.paths['/v3/subscriptions/{subscription_id}']?.delete.responses['426']
  return JSON.stringify(spec)
}

const lines = (r: Report): string[] => allChanges(r).map((c) => `${c.api} ${changeLine(c)} [${c.breaks.join(', ') || c.level}]`)

async function regenerate(): Promise<void> {
  const specs = readSpecs(scratch)
  for (const spec of specs) for (const file of await renderAll(spec)) writeFileSync(join(scratch, file.path), file.text)
  writeFileSync(join(scratch, LOCK_PATH), serialiseLock(buildLock(specs)))
}

describe('drift detection', () => {
  it('is clean on an untouched copy', async () => {
    expect(await staleGenerated(scratch)).toEqual([])
    expect(contractReport(scratch).verdict).toBe('none')
    expect(lockOutOfDate(scratch)).toBe(false)
  })

  it('names a removed OneKey response, and every stale file', async () => {
    edit('specs/onekey.json', remove426)
    edit('specs/funnelfox.yaml', (t) => t.replace('      - unpaid\n', '      - unpaid\n                      - grace\n'))
    const report = contractReport(scratch)
    expect(lines(report)).toEqual([
      'funnelfox POST /subscriptions/{id}/cancel: response 200 body property "status" enum value "grace" added [compile]',
      'onekey DELETE /v3/subscriptions/{subscription_id}: response 426 removed [compile]',
    ])
    expect(report.verdict).toBe('major')
    expect(await staleGenerated(scratch)).toEqual([
      'generated/funnelfox.ts is stale: it no longer matches specs/funnelfox.yaml',
      'generated/funnelfox-operations.ts is stale: it no longer matches specs/funnelfox.yaml',
      'generated/onekey.ts is stale: it no longer matches specs/onekey.json',
      'generated/onekey-operations.ts is stale: it no longer matches specs/onekey.json',
    ])
  })

  it('fails on a change that leaves the contract alone, such as a description', async () => {
    edit('specs/funnelfox.yaml', (t) => t.replace('Subscription ID', 'The subscription ID'))
    const report = contractReport(scratch)
    expect(lines(report)).toEqual([
      expect.stringMatching(/^funnelfox specs\/funnelfox\.yaml: changed with no contract change \(sha256 .*\) \[patch\]$/),
    ])
    expect(report.verdict).toBe('patch')
    expect(await staleGenerated(scratch)).toEqual([
      'generated/funnelfox.ts is stale: it no longer matches specs/funnelfox.yaml',
      'generated/funnelfox-operations.ts is stale: it no longer matches specs/funnelfox.yaml',
    ])
  })

  it('passes again once the generator has run', async () => {
    edit('specs/onekey.json', remove426)
    await regenerate()
    expect(await staleGenerated(scratch)).toEqual([])
    expect(contractReport(scratch).verdict).toBe('none')
  })

  it('refuses a lock in the format before this report, with the command that rewrites it', () => {
    edit(LOCK_PATH, (t) => {
      const lock = JSON.parse(t) as Record<string, { operations: unknown }>
      return JSON.stringify(
        Object.fromEntries(Object.entries(lock).map(([api, e]) => [api, { spec: 'x', sha256: 'y', operations: e.operations }])),
      )
    })
    expect(() => contractReport(scratch)).toThrow(
      /^specs\/contract\.lock\.json: the entry for funnelfox is in an older format; run `npm run generate` to rewrite it$/,
    )
  })

  it('ends both failure messages with the command that accepts the change', () => {
    edit('specs/onekey.json', remove426)
    const message = contractDriftMessage(contractReport(scratch))
    expect(message).toContain('  BREAKING      DELETE /v3/subscriptions/{subscription_id}: response 426 removed\n')
    expect(message).toContain('Verdict: major (1 breaking, 0 non-breaking)')
    expect(message.split('\n').at(-1)).toMatch(/^If these changes are intended, accept them with `npm run generate`/)
    const stale = driftReport('Generated types are out of date', ['generated/x.ts is stale'])
    expect(stale.split('\n').at(-1)).toMatch(/^If these changes are intended, accept them with `npm run generate`/)
  })
})

describe('contract diff, classed', () => {
  const spec = (responses: Record<string, unknown>, params: unknown[] = []) => ({
    openapi: '3.0.0',
    paths: { '/s/{id}': { post: { operationId: 'op', parameters: params, responses } } },
  })
  const body = (schema: unknown) => ({ description: '', content: { 'application/json': { schema } } })

  const diff = (a: Record<string, unknown>, b: Record<string, unknown>): string[] =>
    diffContracts('x', summariseSpec(a), summariseSpec(b)).map((c) => `${changeLine(c)} [${c.breaks.join(', ') || c.level}]`)

  it('reports required fields, enums, parameters and operations', () => {
    const before = spec({ '200': body({ type: 'object', required: ['id', 'renews'], properties: { s: { enum: ['a'] } } }) })
    const after = spec({ '200': body({ type: 'object', required: ['id'], properties: { s: { enum: ['a', 'b'] } } }), '409': body({}) }, [
      { in: 'query', name: 'force', required: true },
    ])
    expect(diff(before, after)).toEqual([
      'POST /s/{id}: required query parameter "force" added [compile]',
      'POST /s/{id}: response 409 added [compile]',
      'POST /s/{id}: response 200 body property "s" enum value "b" added [compile]',
      'POST /s/{id}: response 200 body property "renews" removed (was required) [compile]',
    ])
    expect(diff(after, { openapi: '3.0.0', paths: {} })).toEqual(['POST /s/{id}: operation removed [compile]'])
  })

  it('follows local $refs to responses and keeps schema references by name', () => {
    const doc = {
      ...spec({ '200': { $ref: '#/components/responses/Ok' } }),
      components: { responses: { Ok: body({ $ref: '#/components/schemas/S' }) }, schemas: { S: { required: ['id'] } } },
    }
    const contract = summariseSpec(doc)
    expect(contract.operations['POST /s/{id}']?.responses['200']?.content['application/json']).toEqual({ $ref: 'S' })
    expect(contract.schemas.S).toEqual({ required: ['id'] })
  })
})
