/** The fixtures' generated files cannot go stale: each equals what the project's generator writes today. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../scripts/lib/lint-config.js'
import { FIXTURE_SPECS, REFRESH_COMMAND, renderFixture } from '../fixtures/build-generated.js'

describe.each(FIXTURE_SPECS)('the generated files of %s', (specPath) => {
  it('equal a fresh generation from the spec', async () => {
    for (const file of await renderFixture(specPath)) {
      expect(readFileSync(resolve(ROOT, file.path), 'utf8'), `${file.path} is stale; refresh it with \`${REFRESH_COMMAND}\``).toBe(
        file.text,
      )
    }
  })
})
