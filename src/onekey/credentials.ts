/**
 * OneKey's credential rules, in one place: the client checks them at
 * creation, and the signer and verifier check them on every use. Messages
 * name the option and the usual mistake, never the value of a secret.
 */

/** Printable ASCII without spaces: an API key, as an X-Login header carries it. */
const LOGIN = /^[\x21-\x7e]+$/
/** An HTTP auth-scheme token, such as OKP or D24. */
const SCHEME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export const DEFAULT_ONEKEY_SCHEME = 'OKP'

export function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
}

/** Why `login` cannot be an X-Login, or undefined. */
export function loginProblem(login: unknown): string | undefined {
  if (typeof login !== 'string' || login === '')
    return `OneKey login (X-Login) is required (a non-empty string), got ${describeType(login)}`
  if (login.trim() !== login) return 'OneKey login (X-Login) has leading or trailing whitespace (a newline from an env file?)'
  if (!LOGIN.test(login)) return 'OneKey login (X-Login) must be printable ASCII with no spaces (is it the secretKey or a name?)'
  return undefined
}

/** Why `secretKey` cannot be the API Signature, or undefined. Never quotes it. */
export function secretKeyProblem(secretKey: unknown): string | undefined {
  if (typeof secretKey !== 'string') return `OneKey secretKey (the "API Signature") must be a string, got ${describeType(secretKey)}`
  if (secretKey === '') return 'OneKey secretKey (the "API Signature") must be a non-empty string, got an empty string'
  if (secretKey.trim() !== secretKey) {
    return 'OneKey secretKey (the "API Signature") has leading/trailing whitespace; a trailing newline from an env file is the usual cause'
  }
  return undefined
}

/** Why `scheme` cannot be an Authorization scheme, or undefined. */
export function schemeProblem(scheme: unknown): string | undefined {
  if (typeof scheme === 'string' && SCHEME.test(scheme)) return undefined
  const got = typeof scheme === 'string' ? JSON.stringify(scheme.slice(0, 40)) : describeType(scheme)
  return `OneKey scheme must be a single token such as 'OKP' or 'D24', got ${got}`
}

/** Throws a TypeError with the problem, if there is one. */
export function check(problem: string | undefined): void {
  if (problem !== undefined) throw new TypeError(problem)
}
