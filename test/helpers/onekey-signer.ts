/**
 * The one independent OneKey signer of the test suites: node:crypto's HMAC,
 * not the package's, so a bug in the package's signing cannot hide itself.
 *
 *   Authorization: <scheme> lowercase-hex(HMAC-SHA256(secret, X-Date + X-Login + body))
 */
import { createHmac } from 'node:crypto'

export function oneKeyAuthorization(secret: string, date: string, login: string, body: string | Uint8Array, scheme = 'OKP'): string {
  const mac = createHmac('sha256', Buffer.from(secret, 'utf8'))
  mac.update(Buffer.from(date + login, 'utf8'))
  mac.update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
  return `${scheme} ${mac.digest('hex')}`
}

/** The three signed headers, as a client must send them. */
export function oneKeySignedHeaders(
  secret: string,
  date: string,
  login: string,
  body: string | Uint8Array,
  scheme = 'OKP',
): Record<string, string> {
  return { 'X-Date': date, 'X-Login': login, Authorization: oneKeyAuthorization(secret, date, login, body, scheme) }
}
