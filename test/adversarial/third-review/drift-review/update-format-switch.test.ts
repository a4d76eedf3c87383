import { afterEach, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { extractSpec } from '../../../../scripts/lib/extract.js'
import { type Cleanup, fixture, pageRepo, runScript, snapshot } from '../../../scripts/support.js'

const FOX = '/docs/api-reference/cancel-subscription.md'
const ONEKEY = '/api-reference/deposits-api/manage-subscriptions/cancel-a-subscription.md'

const cleanup: Cleanup = []
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

const setUp = async (pages: Map<string, string>): Promise<string> => (await pageRepo(pages, cleanup)).dir

/** OneKey's page with its document as a YAML block, and its operationId renamed (a compile break). */
function onekeyAsYaml(): string {
  const doc = JSON.parse(extractSpec(fixture('onekey-cancel-subscription.md')).text)
  doc.paths['/v3/subscriptions/{subscription_id}'].delete.operationId = 'subscriptionCancel'
  return `# Cancel a subscription\n\n\`\`\`yaml\n${stringify(doc)}\`\`\`\n`
}

describe('specs:update: a page whose fragment changes from JSON to YAML', () => {
  it('reports the contract change the new page makes (operationId renamed: breaking, exit 3), not "unchanged" from the old file', async () => {
    const dir = await setUp(
      new Map([
        [FOX, fixture('funnelfox-cancel-subscription.md')],
        [ONEKEY, onekeyAsYaml()],
      ]),
    )
    const before = snapshot(dir)
    const r = await runScript(dir, 'update-specs', [])
    // today: the report is computed from specs/onekey.json on disk (redocly.yaml's root), which the
    // planned files do not replace (they hold specs/onekey.yaml): "onekey: unchanged", exit 0.
    expect(r.stdout).toContain('onekey/cancel-a-subscription  changed')
    expect(r.stdout).not.toContain('onekey (specs/onekey.json): unchanged')
    expect([1, 3]).toContain(r.code)
    if (r.code === 3) expect(r.stdout).toContain('operationId cancelSubscription → subscriptionCancel')
    expect(snapshot(dir)).toEqual(before)
  }, 60_000)
})
