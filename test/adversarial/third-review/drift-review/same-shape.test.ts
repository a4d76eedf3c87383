/**
 * Restructures a vendor's spec generator makes without changing what a body
 * may be: the generated types are byte-identical and the run-time check
 * accepts and refuses the same bodies (src/core/schema.ts checks oneOf and
 * anyOf alike, as "at least one"). The README: "an `allOf` that says the same
 * thing differently" is compared by what it allows. A user of this package
 * sees no change, so the report must not call any of these breaking.
 */
import { describe, expect, it } from 'vitest'
import { FOX_SUBSCRIPTION } from '../../../helpers/fixtures.js'
import { applyPatch, baseSpec, breaksOf, checkResponse, GET, ref, report, S, types } from './support.js'

const base = baseSpec('funnelfox')
const card = { type: 'object', required: ['type', 'last4'], properties: { type: { type: 'string' }, last4: { type: 'string' } } }
const bank = { type: 'object', required: ['type', 'iban'], properties: { type: { type: 'string' }, iban: { type: 'string' } } }
/** Subscription gains an optional payment_method that is a card or a bank account. */
const withPaymentMethod = (pm: unknown) =>
  applyPatch(base, [
    { op: 'add', path: `${S}/Card`, value: card },
    { op: 'add', path: `${S}/Bank`, value: bank },
    { op: 'add', path: `${S}/Subscription/properties/payment_method`, value: pm },
  ])

describe('the same shape, said differently: no breaking line', () => {
  it('a response body $ref wrapped in a one-member oneOf (oneOf: [$ref Subscription]): today 33 breaking lines ("id removed (was required)", …)', async () => {
    const after = applyPatch(base, [
      { op: 'replace', path: `${GET}/responses/200/content/application~1json/schema`, value: { oneOf: [ref('Subscription')] } },
    ])
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', base))
    expect(checkResponse(after, 'GET /subscriptions/{id}', '200', FOX_SUBSCRIPTION)).toBeUndefined()
    expect(checkResponse(after, 'GET /subscriptions/{id}', '200', { id: 'x' })).toBeDefined()
    const r = report('funnelfox', base, after)
    expect(breaksOf(r.lines)).toEqual([])
    expect(r.verdict).not.toBe('major')
  })

  it('a property $ref wrapped in a one-member anyOf: today "type string → any", "is no longer an enum" (compile break)', async () => {
    const after = applyPatch(base, [
      { op: 'replace', path: `${S}/Subscription/properties/status`, value: { anyOf: [ref('SubscriptionStatus')] } },
    ])
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', base))
    expect(checkResponse(after, 'GET /subscriptions/{id}', '200', { ...FOX_SUBSCRIPTION, status: 'grace' })).toBeDefined()
    const r = report('funnelfox', base, after)
    expect(breaksOf(r.lines)).toEqual([])
    expect(r.verdict).not.toBe('major')
  })

  it('oneOf → anyOf with the same members: today "oneOf member 0 removed" (invalid_body) and "anyOf member 0 added" (compile break)', async () => {
    const before = withPaymentMethod({ oneOf: [ref('Card'), ref('Bank')] })
    const after = withPaymentMethod({ anyOf: [ref('Card'), ref('Bank')] })
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', before))
    for (const pm of [{ type: 'card', last4: '4242' }, { type: 'sepa', iban: 'DE00' }, { type: 'x' }]) {
      const body = { ...FOX_SUBSCRIPTION, payment_method: pm }
      expect(checkResponse(after, 'GET /subscriptions/{id}', '200', body)).toBe(
        checkResponse(before, 'GET /subscriptions/{id}', '200', body),
      )
    }
    const r = report('funnelfox', before, after)
    expect(breaksOf(r.lines)).toEqual([])
    expect(r.verdict).not.toBe('major')
  })

  it('oneOf members reordered ([Card, Bank] → [Bank, Card]): today "oneOf[0].last4 removed (was required)" and three more breaking lines', async () => {
    const before = withPaymentMethod({ oneOf: [ref('Card'), ref('Bank')] })
    const after = withPaymentMethod({ oneOf: [ref('Bank'), ref('Card')] })
    // the union's members swap places; TypeScript unions are unordered
    expect(
      (await types('funnelfox', after)).replace('["Bank"] | components["schemas"]["Card"]', '["Card"] | components["schemas"]["Bank"]'),
    ).toBe(await types('funnelfox', before))
    const r = report('funnelfox', before, after)
    expect(breaksOf(r.lines)).toEqual([])
    expect(r.verdict).not.toBe('major')
  })

  it('`type: object` left out of a schema that declares properties: the types are identical; today "type object → any" (compile break)', async () => {
    const after = applyPatch(base, [{ op: 'remove', path: `${S}/Subscription/type` }])
    expect(await types('funnelfox', after)).toBe(await types('funnelfox', base))
    const r = report('funnelfox', base, after)
    // at most the run-time check widens (a non-object body would now pass): minor, never a compile break
    expect(breaksOf(r.lines)).toEqual([])
  })
})
