/**
 * The regeneration fixture cannot go stale: the committed fixture spec must
 * be specs/onekey.json plus exactly one "409" response, and the committed
 * fixture types must be what the project's generator writes for it today.
 */
import { describe, expect, it } from 'vitest'
import {
  BASE_SPEC_PATH,
  buildFixtureSpecText,
  declaredStatuses,
  EXTRA_STATUS,
  FIXTURE_SPEC_PATH,
  FIXTURE_TYPES_PATH,
  fixtureSource,
  REFRESH_COMMAND,
  readText,
  renderFixtureTypes,
} from '../fixtures/types/onekey-extra-status.build.js'

const stale = (path: string): string => `${path} is stale; refresh it with \`${REFRESH_COMMAND}\``

describe('regeneration fixture: test/fixtures/types/onekey-extra-status.*', () => {
  it(`${FIXTURE_SPEC_PATH} is ${BASE_SPEC_PATH} plus one ${EXTRA_STATUS} response`, () => {
    const base = JSON.parse(readText(BASE_SPEC_PATH)) as Record<string, unknown>
    const fixture = fixtureSource().document
    expect(declaredStatuses(base)).not.toContain(EXTRA_STATUS)
    expect(declaredStatuses(fixture)).toEqual([...declaredStatuses(base), EXTRA_STATUS].sort())
    expect(readText(FIXTURE_SPEC_PATH), stale(FIXTURE_SPEC_PATH)).toBe(buildFixtureSpecText())
  })

  it(`${FIXTURE_TYPES_PATH} equals a fresh generation from ${FIXTURE_SPEC_PATH}`, async () => {
    const fresh = await renderFixtureTypes()
    expect(fresh).toContain(`            ${EXTRA_STATUS}: {`)
    expect(readText(FIXTURE_TYPES_PATH), stale(FIXTURE_TYPES_PATH)).toBe(fresh)
  })
})
