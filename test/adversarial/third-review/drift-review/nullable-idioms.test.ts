/**
 * "May be null" said the way OpenAPI 3.0 and 3.1 specs say it for a
 * referenced schema: 3.0 `allOf: [$ref] + nullable: true` (a `$ref`'s siblings
 * are ignored in 3.0), 3.1 `oneOf: [$ref, {type: 'null'}]`. The referenced
 * enum is still the whole of the non-null values, in the types and in the
 * run-time check. The corpus's response-field-nullable case expects one line,
 * '… property "cancelled_at" became nullable', compile break; these idioms
 * must read the same, not as the enum and the type being dropped.
 */
import { describe, expect, it } from 'vitest'
import { FOX_SUBSCRIPTION } from '../../../helpers/fixtures.js'
import { applyPatch, baseSpec, checkResponse, ref, report, S, types } from './support.js'

const base = baseSpec('funnelfox')
const base31 = { ...base, openapi: '3.1.0' }
const STATUS = `${S}/Subscription/properties/status`
const GET_ONE = 'GET /subscriptions/{id}'

describe('nullable around a $ref', () => {
  it('3.0: status: $ref → allOf: [$ref], nullable: true: one compile-break line; today four, one of them "allOf member 0 added" (invalid_body)', async () => {
    const after = applyPatch(base, [{ op: 'replace', path: STATUS, value: { allOf: [ref('SubscriptionStatus')], nullable: true } }])
    expect(await types('funnelfox', after)).toContain('status: components["schemas"]["SubscriptionStatus"] | null;')
    // the run-time check: null now passes; an unknown status is still refused; every body that passed still passes
    expect(checkResponse(after, GET_ONE, '200', { ...FOX_SUBSCRIPTION, status: null })).toBeUndefined()
    expect(checkResponse(after, GET_ONE, '200', { ...FOX_SUBSCRIPTION, status: 'grace' })).toBeDefined()
    expect(checkResponse(after, GET_ONE, '200', FOX_SUBSCRIPTION)).toBeUndefined()
    const r = report('funnelfox', base, after)
    expect(r.lines.flatMap((l) => l.breaks)).not.toContain('invalid_body')
    expect(r.lines).toEqual([
      { line: 'components.schemas.Subscription: property "status" became nullable', breaks: ['compile'], level: 'major' },
    ])
  })

  it('3.1: status: $ref → oneOf: [$ref, {type: null}]: one compile-break line; today "type string → any", "is no longer an enum", two "anyOf member added"', async () => {
    const after = applyPatch(base31, [{ op: 'replace', path: STATUS, value: { oneOf: [ref('SubscriptionStatus'), { type: 'null' }] } }])
    expect(await types('funnelfox', after)).toContain('status: components["schemas"]["SubscriptionStatus"] | null;')
    expect(checkResponse(after, GET_ONE, '200', { ...FOX_SUBSCRIPTION, status: 'grace' })).toBeDefined()
    const r = report('funnelfox', base31, after)
    expect(r.lines).toEqual([
      { line: 'components.schemas.Subscription: property "status" became nullable', breaks: ['compile'], level: 'major' },
    ])
  })

  it('3.1: oneOf: [$ref, {type: null}] → $ref (no longer nullable): one invalid_body line; today it also says the field "became an enum"', () => {
    const before = applyPatch(base31, [{ op: 'replace', path: STATUS, value: { oneOf: [ref('SubscriptionStatus'), { type: 'null' }] } }])
    expect(checkResponse(before, GET_ONE, '200', { ...FOX_SUBSCRIPTION, status: 'grace' })).toBeDefined()
    const r = report('funnelfox', before, base31)
    expect(r.lines).toEqual([
      { line: 'components.schemas.Subscription: property "status" is no longer nullable', breaks: ['invalid_body'], level: 'major' },
    ])
  })

  it('3.0 → 3.1 with `$ref` + `nullable: true` siblings: the types are identical (openapi-typescript ignores the sibling); only the run-time check widens; today "became nullable", compile break', async () => {
    const before = applyPatch(base, [{ op: 'replace', path: STATUS, value: { ...ref('SubscriptionStatus'), nullable: true } }])
    const after = { ...before, openapi: '3.1.0' }
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', before))
    expect(checkResponse(before, GET_ONE, '200', { ...FOX_SUBSCRIPTION, status: null })).toBeDefined()
    expect(checkResponse(after, GET_ONE, '200', { ...FOX_SUBSCRIPTION, status: null })).toBeUndefined()
    const r = report('funnelfox', before, after)
    expect(r.lines.flatMap((l) => l.breaks)).toEqual([])
  })
})
