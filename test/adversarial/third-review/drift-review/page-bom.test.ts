/**
 * A page saved with a UTF-8 byte order mark (a Windows editor, some CMS
 * exports). `fetch`'s response.text() drops a leading BOM, but a local copy
 * (read with readFileSync, as specs:extract and specs:update do for a page
 * without url) keeps it. CommonMark and JSON readers ignore a leading BOM;
 * the page's document is the same as without it.
 */
import { describe, expect, it } from 'vitest'
import { extractSpec } from '../../../../scripts/lib/extract.js'
import { fragmentFromPage } from '../../../../scripts/lib/spec-files.js'
import { fixture } from '../../../scripts/support.js'

const BOM = '\uFEFF'
const list = fixture('funnelfox-list-subscriptions.md')
/** The list page cut down to its Mintlify fence, as a page that is just the code block. */
const fenceOnly = list.slice(list.indexOf('````yaml'))
const onekeyJson = extractSpec(fixture('onekey-cancel-subscription.md')).text

describe('a page with a BOM', () => {
  it('a page that opens with its Mintlify fence: the fence is still found (today: the whole page is parsed as YAML, "unparsable YAML … line 1")', () => {
    expect(extractSpec(fenceOnly).declares?.operation).toBe('GET /subscriptions')
    const withBom = fragmentFromPage({ page: 'list-subscriptions' }, BOM + fenceOnly)
    expect(withBom.extracted.declares?.operation).toBe('GET /subscriptions')
    expect(withBom.document).toEqual(fragmentFromPage({ page: 'list-subscriptions' }, fenceOnly).document)
  })

  it('the same with CRLF line endings', () => {
    const crlf = fenceOnly.replace(/\n/g, '\r\n')
    const withBom = fragmentFromPage({ page: 'list-subscriptions' }, BOM + crlf)
    expect(withBom.document).toEqual(fragmentFromPage({ page: 'list-subscriptions' }, crlf).document)
  })

  it('a raw JSON document (the vendor serves openapi.json itself): extracted (today: "unparsable JSON in the block at line 1: Unexpected token")', () => {
    const withBom = fragmentFromPage({ page: 'cancel-a-subscription' }, BOM + onekeyJson)
    expect(withBom.extracted.format).toBe('json')
    expect(withBom.document).toEqual(JSON.parse(onekeyJson))
  })
})
