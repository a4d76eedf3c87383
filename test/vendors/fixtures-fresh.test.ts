/** The fixture vendors' generated files cannot go stale: each equals what the project's generator writes today. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/lint-config.js'
import { FIXTURE_VENDORS, REFRESH_COMMAND, renderFixture } from '../fixtures/vendors/build.js'

describe.each(FIXTURE_VENDORS)('test/fixtures/vendors/generated/%s*', (api) => {
  it('equals a fresh generation from its spec', async () => {
    for (const file of await renderFixture(api)) {
      expect(readFileSync(resolve(ROOT, file.path), 'utf8'), `${file.path} is stale; refresh it with \`${REFRESH_COMMAND}\``).toBe(
        file.text,
      )
    }
  })
})
