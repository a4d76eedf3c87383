/**
 * Found by a second adversarial review, and fixed (each case failed before the fix): realistic vendor changes, not in test/fixtures/mutations.json, that the contract report
 * classes wrongly. Each case checks the report's claim against what the project's own generator
 * (openapi-typescript types, run-time table) actually emits for the before and after specs.
 */
import { describe, expect, it } from 'vitest'
import { summariseSpec } from '../../../scripts/lib/contract.js'
import { type ContractLock, renderTypes } from '../../../scripts/lib/pipeline.js'
import { allChanges, compareLocks, type Report } from '../../../scripts/lib/report.js'
import { runtimeTable } from '../../../scripts/lib/runtime-schema.js'
import { sha256 } from '../../../scripts/lib/sha256.js'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { applyPatch, baseSpec, type Op } from '../../scripts/corpus.js'

type Api = 'funnelfox' | 'onekey'
const lockOf = (api: Api, doc: Json): ContractLock => ({
  [api]: { spec: `specs/${api}`, sha256: sha256(JSON.stringify(doc)), ...summariseSpec(doc) },
})
const report = (api: Api, before: Json, after: Json): Report => compareLocks(lockOf(api, before), lockOf(api, after))
const types = (api: Api, doc: Json): Promise<string> =>
  renderTypes({ api, specPath: `specs/${api}`, text: '', sha256: '', document: doc as Record<string, unknown> }).then((t) =>
    t.replace(/^\/\*\*[\s\S]*?\*\/\n/, ''),
  )

const OK = '/paths/~1v3~1subscriptions~1{subscription_id}/delete'
const LIST = '/paths/~1subscriptions/get'
const FF = '/paths/~1subscriptions~1{id}~1cancel/post'
const ERROR = { type: 'object', properties: { code: { type: 'integer' }, description: { type: 'string' }, type: { type: 'string' } } }

describe('a required parameter with a default: the default is on the wire and in the types', () => {
  // Base: FunnelFox's list "order" query parameter made required (it has default '-created_at').
  const before = applyPatch(baseSpec('funnelfox'), [{ op: 'replace', path: `${LIST}/parameters/5/required`, value: true }])

  it('default removed: callers must now pass it (compile break) and the runtime stops sending it (wire); the report says patch', async () => {
    const after = applyPatch(before, [{ op: 'remove', path: `${LIST}/parameters/5/schema/default` }])
    // the facts: the runtime sent the default, and the types made the parameter optional
    expect(runtimeTable(before).operations['GET /subscriptions']).toMatchObject({ defaults: { query: { order: '-created_at' } } })
    expect(runtimeTable(after).operations['GET /subscriptions']).not.toHaveProperty('defaults')
    expect(await types('funnelfox', before)).toMatch(/order\?: /)
    expect(await types('funnelfox', after)).toMatch(/\border: /)
    const r = report('funnelfox', before, after)
    // today: one line, 'query parameter "order" default "-created_at" → none', patch, "neither the types nor the run-time check look at it"
    expect(r.verdict).toBe('major')
    expect(allChanges(r).flatMap((c) => c.breaks)).toEqual(expect.arrayContaining(['compile', 'wire']))
  })

  it('default changed: every call that leaves it out sends another value (wire); the report says patch', () => {
    const after = applyPatch(before, [{ op: 'replace', path: `${LIST}/parameters/5/schema/default`, value: 'created_at' }])
    expect(runtimeTable(after).operations['GET /subscriptions']).toMatchObject({ defaults: { query: { order: 'created_at' } } })
    const r = report('funnelfox', before, after)
    expect(allChanges(r).flatMap((c) => c.breaks)).toContain('wire')
  })

  it("OneKey's Content-Type default changed: cancelSubscription's call() without a body sends the new value; the report says patch", () => {
    const base = baseSpec('onekey')
    const after = applyPatch(base, [{ op: 'replace', path: `${OK}/parameters/1/schema/default`, value: 'application/json; charset=utf-8' }])
    expect(runtimeTable(after).operations['DELETE /v3/subscriptions/{subscription_id}']).toMatchObject({
      defaults: { header: { 'Content-Type': 'application/json; charset=utf-8' } },
    })
    expect(allChanges(report('onekey', base, after)).flatMap((c) => c.breaks)).toContain('wire')
  })
})

describe('changes the generated types and the run-time check do not see, reported as breaking', () => {
  it('an inline error schema refactored to allOf: [$ref] of the same shape: 5 breaking lines, "code removed (TS2339)"', async () => {
    const before = applyPatch(baseSpec('onekey'), [{ op: 'add', path: '/components', value: { schemas: { Error: ERROR } } }])
    const after = applyPatch(before, [
      {
        op: 'replace',
        path: `${OK}/responses/420/content/application~1json/schema`,
        value: { allOf: [{ $ref: '#/components/schemas/Error' }] },
      },
    ])
    // the response's type is the same shape (components['schemas']['Error'] is ERROR); r.error.body.code still compiles
    expect(await types('onekey', after)).toMatch(/420: \{[\s\S]*?"application\/json": components\["schemas"\]\["Error"\]/)
    const r = report('onekey', before, after)
    expect(
      allChanges(r)
        .filter((c) => c.breaks.length > 0)
        .map((c) => c.text),
    ).toEqual([])
  })

  it('a response integer widened to number: both are `number` in TypeScript, so no compile break; the report says compile break', async () => {
    const before = baseSpec('onekey')
    const after = applyPatch(before, [
      { op: 'replace', path: `${OK}/responses/420/content/application~1json/schema/properties/code/type`, value: 'number' },
    ])
    expect(await types('onekey', after)).toBe(await types('onekey', before))
    expect(report('onekey', before, after).verdict).not.toBe('major')
  })

  it('a response loses additionalProperties: false: the generated types are byte-identical; the report says compile break', async () => {
    const path = `${OK}/responses/200/content/application~1json/schema/additionalProperties`
    const before = applyPatch(baseSpec('onekey'), [{ op: 'add', path, value: false }])
    const after = applyPatch(before, [{ op: 'remove', path }])
    expect(await types('onekey', after)).toBe(await types('onekey', before))
    expect(report('onekey', before, after).verdict).not.toBe('major')
  })

  it('a response media type gains a charset parameter: the runtime matches by essence, the types still read JSON; the report says invalid_body', async () => {
    const content = `${FF}/responses/400/content`
    const before = baseSpec('funnelfox')
    const schema = (
      before as never as { paths: Record<string, { post: { responses: Record<string, { content: Record<string, unknown> }> } }> }
    ).paths['/subscriptions/{id}/cancel']?.post.responses['400']?.content['application/json']
    const after = applyPatch(before, [
      { op: 'add', path: `${content}/application~1json; charset=utf-8`, value: schema },
      { op: 'remove', path: `${content}/application~1json` },
    ] as Op[])
    const r = report('funnelfox', before, after)
    expect(
      allChanges(r)
        .filter((c) => c.breaks.includes('invalid_body'))
        .map((c) => c.text),
    ).toEqual([])
  })
})
