import { afterEach, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { extractSpec } from '../../../../scripts/lib/extract.js'
import { type Cleanup, fixture, pageRepo, runScript, snapshot } from '../../../scripts/support.js'

const FOX = '/docs/api-reference/cancel-subscription.md'
const ONEKEY = '/api-reference/deposits-api/manage-subscriptions/cancel-a-subscription.md'

const cleanup: Cleanup = []
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

const setUp = async (pages: Map<string, string>): Promise<string> => (await pageRepo(pages, cleanup)).dir

describe('specs:update: a fragment re-serialised, the document unchanged', () => {
  it('FunnelFox (one page) re-indented (4 spaces, folded descriptions unfolded): exit 0, no contract change (today: exit 2, a patch line)', async () => {
    const page = fixture('funnelfox-cancel-subscription.md')
    const fragment = extractSpec(page).text
    const reformatted = stringify(parse(fragment), { indent: 4, lineWidth: 0 })
    expect(reformatted).not.toBe(fragment)
    expect(parse(reformatted)).toEqual(parse(fragment))
    const dir = await setUp(
      new Map([
        [FOX, page.replace(fragment, reformatted)],
        [ONEKEY, fixture('onekey-cancel-subscription.md')],
      ]),
    )
    const before = snapshot(dir)
    const r = await runScript(dir, 'update-specs', [])
    expect(r.stdout).toContain('funnelfox/cancel-subscription  changed')
    expect(r.stdout).toContain('Verdict: no contract change')
    expect(r.code).toBe(0)
    expect(snapshot(dir)).toEqual(before)
  }, 60_000)
})
