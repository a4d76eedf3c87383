/**
 * Parameter changes the report calls "changed wire" or "refused at run time",
 * though the client sends exactly the same request and checks nothing new:
 * explode on a scalar query value (src/core/params.ts serialises a scalar as
 * name=value whatever explode says), style on a header (the run-time table
 * carries no header styles: headers always go as simple), and
 * number → integer on a query parameter (the client never checks parameter
 * values against their schema; only bodies, which is what the README's
 * "refused at run time" row describes).
 */
import { describe, expect, it } from 'vitest'
import { buildQuery } from '../../../../src/core/params.js'
import { applyPatch, baseSpec, breaksOf, LIST, report, runtimeTable, types } from './support.js'

const base = baseSpec('funnelfox')
const LIST_OP = 'GET /subscriptions'
// parameters of GET /subscriptions: 0 Fox-Secret (header), 1 status, 2 profile_id (string), 3 limit (integer), 4 cursor, 5 order

describe('the same request, reported as changed', () => {
  it('explode: false on a string query parameter (profile_id): the query string is the same; today "serialisation form, explode → form" (changed wire)', async () => {
    const after = applyPatch(base, [{ op: 'add', path: `${LIST}/parameters/2/explode`, value: false }])
    const styles = (doc: typeof base) => runtimeTable(doc).operations[LIST_OP]?.query
    expect(buildQuery({ profile_id: 'prof 1' }, styles(after))).toBe(buildQuery({ profile_id: 'prof 1' }, styles(base)))
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', base))
    const r = report('funnelfox', base, after)
    expect(breaksOf(r.lines)).toEqual([])
  })

  it('explode: true on the Fox-Secret header: a string is sent the same; today "changed wire"', async () => {
    const after = applyPatch(base, [{ op: 'add', path: `${LIST}/parameters/0/explode`, value: true }])
    // The table now records a header's explode (it shapes an object value), but a string is sent the same either way.
    expect(runtimeTable(after).operations['GET /subscriptions']?.header).toEqual({ 'Fox-Secret': { explode: true } })
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', base))
    const r = report('funnelfox', base, after)
    expect(breaksOf(r.lines)).toEqual([])
  })

  it('a query parameter number → integer (limit): same types, same run-time table, nothing refused; today "refused at run time" (invalid_request), major', async () => {
    const before = applyPatch(base, [{ op: 'replace', path: `${LIST}/parameters/3/schema/type`, value: 'number' }])
    expect(runtimeTable(base)).toEqual(runtimeTable(before))
    expect(await types('funnelfox', base)).toBe(await types('funnelfox', before))
    const r = report('funnelfox', before, base)
    expect(breaksOf(r.lines)).toEqual([])
    expect(r.verdict).not.toBe('major')
  })
})
