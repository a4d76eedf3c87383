/**
 * OneKey's credential rules, in one place: the client checks them at
 * creation, and the signer and verifier check them on every use. Messages
 * name the option and the usual mistake, never the value of a secret.
 */

import { isToken, isVisibleAscii } from '../core/headers.js'
import { typeName } from '../core/options.js'

export const DEFAULT_ONEKEY_SCHEME = 'OKP'

/** Why `login` cannot be an X-Login, or undefined. */
export function loginProblem(login: unknown): string | undefined {
  if (typeof login !== 'string' || login === '') return `OneKey login (X-Login) is required (a non-empty string), got ${typeName(login)}`
  if (login.trim() !== login) return 'OneKey login (X-Login) has leading or trailing whitespace (a newline from an env file?)'
  if (!isVisibleAscii(login)) return 'OneKey login (X-Login) must be printable ASCII with no spaces (is it the secretKey or a name?)'
  return undefined
}

/** Why `secretKey` cannot be the API Signature, or undefined. Never quotes it. */
export function secretKeyProblem(secretKey: unknown): string | undefined {
  if (typeof secretKey !== 'string') return `OneKey secretKey (the "API Signature") must be a string, got ${typeName(secretKey)}`
  if (secretKey === '') return 'OneKey secretKey (the "API Signature") must be a non-empty string, got an empty string'
  if (secretKey.trim() !== secretKey) {
    return 'OneKey secretKey (the "API Signature") has leading/trailing whitespace; a trailing newline from an env file is the usual cause'
  }
  return undefined
}

/** Why `scheme` cannot be an Authorization scheme, or undefined. */
export function schemeProblem(scheme: unknown): string | undefined {
  if (isToken(scheme)) return undefined
  const got = typeof scheme === 'string' ? JSON.stringify(scheme.slice(0, 40)) : typeName(scheme)
  return `OneKey scheme must be a single token such as 'OKP' or 'D24', got ${got}`
}

/** Throws a TypeError with the problem, if there is one. */
export function check(problem: string | undefined): void {
  if (problem !== undefined) throw new TypeError(problem)
}
