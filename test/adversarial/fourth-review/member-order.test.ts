/**
 * canonical() sorts a union's members by their JSON, then diffs them pair by
 * pair. An inline member whose content changes can move in that order, and is
 * then compared with another member: an optional field added to one variant
 * reads as the other variant's fields removed.
 */
import { expect, it } from 'vitest'
import type { Json } from '../../../scripts/lib/spec-refs.js'
import { bodyProblem, breaksOf, compileErrors, jsonResponse, report, spec, types } from './support.js'

/** Properties in alphabetical order, as Stripe's generator writes them. */
const card = (extra: Json = {}): Json => ({
  type: 'object',
  required: ['object'],
  properties: { ...extra, last4: { type: 'string' }, object: { type: 'string', enum: ['card'] } },
})
const bank: Json = {
  type: 'object',
  required: ['object'],
  properties: { iban: { type: 'string' }, object: { type: 'string', enum: ['bank_account'] } },
}
const api = (cardSchema: Json) =>
  spec({
    '/payment_method': {
      get: { operationId: 'getPaymentMethod', responses: { '200': jsonResponse({ oneOf: [cardSchema, bank] }) } },
    },
  })

it('an optional "brand" added to the inline card variant of a oneOf: one minor line; today the card is diffed against the bank account (breaking lines)', async () => {
  const before = api(card())
  const after = api(card({ brand: { type: 'string' } }))
  // the types gain brand?: string on the card member only
  const use = `declare const pm: operations['getPaymentMethod']['responses'][200]['content']['application/json']
export const s: string | undefined = pm.object === 'card' ? pm.last4 : pm.iban
export const b: string | undefined = pm.object === 'card' ? pm.brand : undefined\n`
  expect(compileErrors(await types(before), use).length).toBeGreaterThan(0) // brand unknown before
  expect(compileErrors(await types(after), use)).toEqual([])
  const old = `declare const pm: operations['getPaymentMethod']['responses'][200]['content']['application/json']
export const s: string | undefined = pm.object === 'card' ? pm.last4 : pm.iban\n`
  expect(compileErrors(await types(after), old)).toEqual([])
  // every body the old spec allowed still passes
  for (const body of [
    { object: 'card', last4: '4242' },
    { object: 'bank_account', iban: 'DE00' },
  ]) {
    expect(bodyProblem(after, 'GET /payment_method', { status: '200' }, body)).toBeUndefined()
  }
  const r = report(before, after)
  // today: 'anyOf[0].iban removed', 'anyOf[0].object enum value "card" added' … (compile break, invalid_body)
  expect(breaksOf(r.lines)).toEqual([])
  expect(r.verdict).toBe('minor')
})
