/**
 * The drift checks themselves: on a scratch copy of the repo, a changed spec
 * must be reported in plain words, every stale file named, and
 * `npm run generate`'s output must make the report empty again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { diffContracts, summariseSpec } from '../../scripts/contract.js'
import { contractChanges, driftReport, staleGenerated } from '../../scripts/lib/drift.js'
import { buildLock, LOCK_PATH, readSpecs, renderAll, serialiseLock } from '../../scripts/lib/pipeline.js'

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

async function regenerate(): Promise<void> {
  const specs = readSpecs(scratch)
  for (const spec of specs) for (const file of await renderAll(spec)) writeFileSync(join(scratch, file.path), file.text)
  writeFileSync(join(scratch, LOCK_PATH), serialiseLock(buildLock(specs)))
}

describe('drift detection', () => {
  it('is clean on an untouched copy', async () => {
    expect(await staleGenerated(scratch)).toEqual([])
    expect(contractChanges(scratch)).toEqual([])
  })

  it('names a removed OneKey response, and every stale file', async () => {
    edit('specs/onekey.json', remove426)
    edit('specs/funnelfox.yaml', (t) => t.replace('      - unpaid\n', '      - unpaid\n                      - grace\n'))
    expect(contractChanges(scratch)).toEqual([
      'funnelfox POST /subscriptions/{id}/cancel 200: status enum value "grace" added',
      'onekey DELETE /v3/subscriptions/{subscription_id}: response 426 removed',
    ])
    expect(await staleGenerated(scratch)).toEqual([
      'generated/funnelfox.ts is stale: it no longer matches specs/funnelfox.yaml',
      'generated/funnelfox-operations.ts is stale: it no longer matches specs/funnelfox.yaml',
      'generated/onekey.ts is stale: it no longer matches specs/onekey.json',
      'generated/onekey-operations.ts is stale: it no longer matches specs/onekey.json',
    ])
  })

  it('fails on a change that leaves the contract alone, such as a description', async () => {
    edit('specs/funnelfox.yaml', (t) => t.replace('Subscription ID', 'The subscription ID'))
    expect(contractChanges(scratch)).toEqual([
      expect.stringMatching(/^funnelfox: specs\/funnelfox\.yaml changed \(sha256 .* with no contract change$/),
    ])
    expect(await staleGenerated(scratch)).toEqual([
      'generated/funnelfox.ts is stale: it no longer matches specs/funnelfox.yaml',
      'generated/funnelfox-operations.ts is stale: it no longer matches specs/funnelfox.yaml',
    ])
  })

  it('passes again once the generator has run', async () => {
    edit('specs/onekey.json', remove426)
    await regenerate()
    expect(await staleGenerated(scratch)).toEqual([])
    expect(contractChanges(scratch)).toEqual([])
  })

  it('ends its report with the command that accepts the change', () => {
    const report = driftReport('The vendor contract changed', ['onekey DELETE /x: response 426 removed'])
    expect(report.split('\n').at(-1)).toMatch(/^If these changes are intended, accept them with `npm run generate`/)
  })
})

describe('contract diff in plain words', () => {
  const spec = (responses: Record<string, unknown>, params: unknown[] = []) => ({
    openapi: '3.0.0',
    paths: { '/s/{id}': { post: { operationId: 'op', parameters: params, responses } } },
  })
  const body = (schema: unknown) => ({ description: '', content: { 'application/json': { schema } } })

  it('reports required fields, enums, parameters and operations', () => {
    const before = summariseSpec(spec({ '200': body({ type: 'object', required: ['id', 'renews'], properties: { s: { enum: ['a'] } } }) }))
    const after = summariseSpec(
      spec({ '200': body({ type: 'object', required: ['id'], properties: { s: { enum: ['a', 'b'] } } }), '409': body({}) }, [
        { in: 'query', name: 'force', required: true },
      ]),
    )
    expect(diffContracts('x', before, after)).toEqual([
      'x POST /s/{id}: required parameter query force added',
      'x POST /s/{id}: response 409 added',
      'x POST /s/{id} 200: required field "renews" removed',
      'x POST /s/{id} 200: s enum value "b" added',
    ])
    expect(diffContracts('x', after, {})).toEqual(['x POST /s/{id}: operation removed'])
  })

  it('follows local $refs', () => {
    const doc = {
      ...spec({ '200': { $ref: '#/components/responses/Ok' } }),
      components: { responses: { Ok: body({ $ref: '#/components/schemas/S' }) }, schemas: { S: { required: ['id'] } } },
    }
    expect(summariseSpec(doc)['POST /s/{id}']?.responses['200']?.required).toEqual({ '': ['id'] })
  })
})
