/**
 * One rule, read by the run-time table, the generated types and the
 * contract report alike: a required header or query parameter whose own
 * schema gives a scalar default is sent as that default when a call leaves
 * it out (OneKey's `Content-Type: application/json`), so the caller may.
 */
import { isObject, type Json } from './spec-refs.js'

/** The value the client sends for this parameter when the call gives none, or undefined. */
export function sentDefault(param: Json): string | undefined {
  if (param.required !== true || (param.in !== 'header' && param.in !== 'query')) return undefined
  const given = isObject(param.schema) ? param.schema.default : undefined
  return typeof given === 'string' || typeof given === 'number' || typeof given === 'boolean' ? String(given) : undefined
}
