import { describe, expect, it } from 'vitest'
import { defaultSeed } from '../../src/sandbox/index.js'
import { isDateTime, isInt64, validateResponse } from '../helpers/spec-validator.js'
import { defined, FOX_PATH, ONEKEY_PATH } from './support.js'

describe('validateResponse (test helper)', () => {
  const subscription = defined(defaultSeed().funnelfox?.[0])

  it('accepts a body matching the declared schema', () => {
    expect(validateResponse('funnelfox', 'POST', FOX_PATH, 200, subscription)).toEqual({ valid: true, errors: '', undeclared: false })
    expect(validateResponse('onekey', 'delete', ONEKEY_PATH, 421, { code: 421, description: 'x', type: 'T' }).valid).toBe(true)
  })

  it('reports every problem: missing required fields, wrong enum, bad date-time', () => {
    const { psp_id: _omit, ...rest } = subscription
    const result = validateResponse('funnelfox', 'POST', FOX_PATH, 200, { ...rest, status: 'gone', updated_at: '2025-13-01T00:00:00Z' })
    expect(result.valid).toBe(false)
    expect(result.undeclared).toBe(false)
    expect(result.errors).toMatch(/must have required property 'psp_id'/)
    expect(result.errors).toMatch(/body\/status must be equal to one of the allowed values/)
    expect(result.errors).toMatch(/body\/updated_at must match format "date-time"/)
    expect(validateResponse('funnelfox', 'POST', FOX_PATH, 401, {}).errors).toMatch(/required property 'message'/)
    expect(validateResponse('onekey', 'DELETE', ONEKEY_PATH, 420, { code: '420' }).errors).toMatch(/body\/code must be integer/)
  })

  it('flags statuses the spec does not declare', () => {
    expect(validateResponse('onekey', 'DELETE', ONEKEY_PATH, 401, {})).toMatchObject({ valid: false, undeclared: true })
    expect(validateResponse('funnelfox', 'POST', FOX_PATH, 500, {})).toMatchObject({ valid: false, undeclared: true })
  })

  it('throws for an operation the spec does not have (a mistake in the test)', () => {
    expect(() => validateResponse('onekey', 'GET', ONEKEY_PATH, 200, {})).toThrow(/no operation GET/)
    expect(() => validateResponse('funnelfox', 'POST', '/public/v1/subscriptions/{id}/cancel', 200, {})).toThrow()
  })

  it('formats: date-time per RFC 3339, int64 range', () => {
    for (const ok of ['2025-01-01T09:00:00Z', '2026-03-01T10:00:00.123Z', '2024-02-29T23:59:59+02:00']) expect(isDateTime(ok)).toBe(true)
    for (const bad of ['2025-01-01', '2025-02-30T00:00:00Z', '2025-01-01T24:00:00Z', '2025-01-01 09:00:00Z', 'x']) {
      expect(isDateTime(bad)).toBe(false)
    }
    expect(isInt64(1001)).toBe(true)
    expect(isInt64(1.5)).toBe(false)
    expect(isInt64(2 ** 64)).toBe(false)
  })
})
