/**
 * Vendor changes that change the generated types or what the client does,
 * which the report calls patch ("neither the types nor the run-time check
 * look at it", or "changed with no contract change"). Each case compiles the
 * same consumer code against the types generated before and after (the
 * project's own openapi-typescript pipeline), or reads the run-time table.
 */
import { describe, expect, it } from 'vitest'
import { applyPatch, baseSpec, breaksOf, CANCEL, compileErrors, ref, report, runtimeTable, S, types } from './support.js'

const base = baseSpec('funnelfox')

/** Does `code` compile against the types of `before`, and not against those of `after`? */
async function stopsCompiling(before: Parameters<typeof types>[1], after: Parameters<typeof types>[1], code: string): Promise<void> {
  expect(compileErrors(await types('funnelfox', before), code)).toEqual([])
  expect(compileErrors(await types('funnelfox', after), code)).not.toEqual([])
}

describe('changes the types see, reported as patch', () => {
  it('a discriminator mapping renames its values (card → credit_card): code comparing payment_method.type with "card" stops compiling (TS2367)', async () => {
    const withMapping = (mapping: Record<string, string>) =>
      applyPatch(base, [
        {
          op: 'add',
          path: `${S}/Card`,
          value: { type: 'object', required: ['type', 'last4'], properties: { type: { type: 'string' }, last4: { type: 'string' } } },
        },
        {
          op: 'add',
          path: `${S}/Bank`,
          value: { type: 'object', required: ['type', 'iban'], properties: { type: { type: 'string' }, iban: { type: 'string' } } },
        },
        {
          op: 'add',
          path: `${S}/Subscription/properties/payment_method`,
          value: { oneOf: [ref('Card'), ref('Bank')], discriminator: { propertyName: 'type', mapping } },
        },
      ])
    const before = withMapping({ card: '#/components/schemas/Card', bank: '#/components/schemas/Bank' })
    const after = withMapping({ credit_card: '#/components/schemas/Card', sepa_debit: '#/components/schemas/Bank' })
    await stopsCompiling(
      before,
      after,
      `declare const s: components['schemas']['Subscription']\nexport const isCard: boolean = s.payment_method?.type === 'card'`,
    )
    const r = report('funnelfox', before, after)
    // today: one line, "changed with no contract change", patch
    expect(breaksOf(r.lines)).toContain('compile')
    expect(r.verdict).toBe('major')
  })

  it('`additionalProperties: true` dropped from a response schema: its index signature goes, so reading an undeclared field stops compiling (TS2339)', async () => {
    const before = applyPatch(base, [{ op: 'add', path: `${S}/Subscription/additionalProperties`, value: true }])
    await stopsCompiling(
      before,
      base,
      `declare const s: components['schemas']['Subscription']\nexport const coupon: unknown = s.coupon_code`,
    )
    const r = report('funnelfox', before, base)
    // today: "changed with no contract change", patch (toShape reads `additionalProperties: true` as absent)
    expect(breaksOf(r.lines)).toContain('compile')
    expect(r.verdict).toBe('major')
  })

  it('a required response field becomes writeOnly: the types make it optional (caller-view), so `s.psp_id.length` stops compiling (TS18048)', async () => {
    const after = applyPatch(base, [{ op: 'add', path: `${S}/Subscription/properties/psp_id/writeOnly`, value: true }])
    await stopsCompiling(base, after, `declare const s: components['schemas']['Subscription']\nexport const n: number = s.psp_id.length`)
    const r = report('funnelfox', base, after)
    // today: 'property "psp_id" became write-only', patch, "neither the types nor the run-time check look at it"
    expect(breaksOf(r.lines)).toContain('compile')
    expect(r.verdict).toBe('major')
  })

  it('a multipart request field gains `format: binary`: it is typed Blob | Uint8Array, so calls passing a string stop compiling (TS2322)', async () => {
    const multipart = (evidence: Record<string, unknown>) =>
      applyPatch(base, [
        {
          op: 'replace',
          path: `${CANCEL}/requestBody/content`,
          value: { 'multipart/form-data': { schema: { type: 'object', properties: { reason: { type: 'string' }, evidence } } } },
        },
      ])
    const before = multipart({ type: 'string' })
    const after = multipart({ type: 'string', format: 'binary' })
    await stopsCompiling(
      before,
      after,
      `type Body = NonNullable<operations['SubscriptionCancel']['requestBody']>['content']['multipart/form-data']\nexport const body: Body = { evidence: 'the customer asked by email' }`,
    )
    const r = report('funnelfox', before, after)
    // today: 'request body property "evidence" format none → binary', patch
    expect(breaksOf(r.lines)).toContain('compile')
    expect(r.verdict).toBe('major')
  })
})

describe('a change the client makes on the wire, reported as patch', () => {
  it("a server variable's default changes (region eu → us): the client's default base URL changes (changed wire)", () => {
    const server = (region: string) =>
      applyPatch(base, [
        {
          op: 'replace',
          path: '/servers',
          value: [{ url: 'https://{region}.api.funnelfox.io/public/v1', variables: { region: { default: region, enum: ['eu', 'us'] } } }],
        },
      ])
    const before = server('eu')
    const after = server('us')
    expect(runtimeTable(before).servers[0]).toBe('https://eu.api.funnelfox.io/public/v1')
    expect(runtimeTable(after).servers[0]).toBe('https://us.api.funnelfox.io/public/v1')
    const r = report('funnelfox', before, after)
    // today: "changed with no contract change", patch (the contract keeps the server's URL template only)
    expect(breaksOf(r.lines)).toContain('wire')
    expect(r.verdict).toBe('major')
  })
})
