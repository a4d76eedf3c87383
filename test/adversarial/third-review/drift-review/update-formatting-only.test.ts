/**
 * specs:update when a vendor's page re-serialises its fragment: the same
 * document (deep-equal once parsed, keys in the same order), other bytes (indentation,
 * quoting). The generated types and run-time table come from the parsed
 * document, so nothing a user of this package sees changes. For a vendor with
 * several pages the assembly already hides such a change (its spec is
 * rendered from the parsed fragments: exit 0, "no contract change"); a
 * single-page vendor (FunnelFox as committed) gets a patch line and exit 2
 * for the very same page change.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { extractSpec } from '../../../../scripts/lib/extract.js'
import { fixture, pageServer, read, removeRepo, runScript, snapshot, tempRepo } from '../../../scripts/support.js'

const FOX = '/docs/api-reference/cancel-subscription.md'
const ONEKEY = '/api-reference/deposits-api/manage-subscriptions/cancel-a-subscription.md'

const cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const undo of cleanup.splice(0).reverse()) await undo()
})

async function setUp(pages: Map<string, string>): Promise<string> {
  const server = await pageServer(pages)
  cleanup.push(server.close)
  const dir = tempRepo()
  cleanup.push(() => removeRepo(dir))
  const provenance = JSON.parse(read(dir, 'specs/provenance.json')) as Record<string, { pages: { url?: string }[] }>
  for (const vendor of Object.values(provenance)) {
    for (const p of vendor.pages) p.url = `${server.origin}${new URL(p.url ?? '').pathname}`
  }
  writeFileSync(join(dir, 'specs/provenance.json'), `${JSON.stringify(provenance, null, 2)}\n`)
  return dir
}

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
