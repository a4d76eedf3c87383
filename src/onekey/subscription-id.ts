const INT64_MAX = 9223372036854775807n

/**
 * A OneKey subscription_id: a positive integer, as a safe-integer number, a
 * bigint or a decimal string, up to int64. Returns the decimal string, or a
 * message saying what is wrong.
 */
export function parseSubscriptionId(id: unknown): { ok: true; value: string } | { ok: false; message: string } {
  const bad = (why: string) => ({
    ok: false as const,
    message: `OneKey subscription_id must be a positive integer (number, bigint or decimal string); ${why}`,
  })
  let value: bigint
  if (typeof id === 'number') {
    if (!Number.isInteger(id)) return bad(`got ${id}`)
    if (!Number.isSafeInteger(id)) return bad(`${id} is beyond Number.MAX_SAFE_INTEGER; pass a bigint or a string`)
    value = BigInt(id)
  } else if (typeof id === 'bigint') {
    value = id
  } else if (typeof id === 'string') {
    if (!/^\d+$/.test(id)) return bad(`got ${JSON.stringify(id.length > 40 ? `${id.slice(0, 40)}…` : id)}`)
    if (/^0\d/.test(id)) return bad(`got ${JSON.stringify(id)} with a leading zero`)
    value = BigInt(id)
  } else {
    return bad(`got ${id === null ? 'null' : typeof id}`)
  }
  if (value <= 0n) return bad(`got ${value}`)
  if (value > INT64_MAX) return bad(`${value} is beyond int64`)
  return { ok: true, value: value.toString() }
}
