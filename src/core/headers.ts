/**
 * What may go into an HTTP header, in one place: the credential rules of
 * every vendor, the factory's checks of its config, and the idempotency key
 * all use these.
 */

/** An RFC 9110 token: a header name, an auth scheme such as OKP. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
/** Visible ASCII, no spaces: an API key, a login, a secret sent as a header. */
const VISIBLE = /^[\x21-\x7e]+$/
/** Printable ASCII without leading or trailing space: any other header value. */
const VALUE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/

export const isToken = (s: unknown): s is string => typeof s === 'string' && TOKEN.test(s)
export const isVisibleAscii = (s: unknown): s is string => typeof s === 'string' && VISIBLE.test(s)
export const isHeaderValue = (s: unknown): s is string => typeof s === 'string' && VALUE.test(s)

/** An idempotency key: 1 to 255 visible ASCII characters. */
export const isIdempotencyKey = (s: unknown): s is string => isVisibleAscii(s) && s.length <= 255

/**
 * Headers fetch sets itself or refuses to send (Node's undici throws on each
 * before anything goes out): hop-by-hop headers, Expect and Host. A call, a
 * client's auth or a signer that names one is bad input, not a network failure.
 */
const TRANSPORT = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
  'host',
])

export const isTransportHeader = (name: string): boolean => TRANSPORT.has(name.toLowerCase())
