/**
 * A renamed component schema whose properties come out in another order (the
 * vendor's generator sorts them): the same schema under a new name. Property
 * order is nothing to the types' meaning or to the run-time check; the corpus's
 * schema-renamed case and the README's example report a rename as one line,
 * "components.schemas.Subscription: renamed to SubscriptionObject".
 */
import { describe, expect, it } from 'vitest'
import { applyPatch, baseSpec, report } from './support.js'

const base = baseSpec('funnelfox')

describe('a rename with its properties reordered', () => {
  it('is one "renamed to" line (compile break), not "removed" + "added" + a "now refers to" line per operation', () => {
    const after = applyPatch(base, [{ op: 'rename-schema', from: 'Subscription', to: 'SubscriptionObject' }]) as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> }
    }
    const renamed = after.components.schemas.SubscriptionObject as { properties: Record<string, unknown> }
    renamed.properties = Object.fromEntries(Object.entries(renamed.properties).sort(([a], [b]) => (a < b ? -1 : 1)))
    const r = report('funnelfox', base, after)
    expect(r.lines).toEqual([
      { line: 'components.schemas.Subscription: renamed to SubscriptionObject', breaks: ['compile'], level: 'major' },
    ])
  })
})
