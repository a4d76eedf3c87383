/**
 * Found by an adversarial review, and fixed (each case failed before the fix): issue 9 asks that "any status outside 100–599 comes back typed and
 * is not retried". 600 and 999 do (undici parses three digits), but undici
 * cannot parse 000–099 (an AssertionError, ERR_ASSERTION) nor four digits
 * (HPE_INVALID_STATUS), and the client reads those as `network`, which it
 * retries: a server that answers with such a status gets every request
 * maxRetries + 1 times. Its HTTP parser did receive an answer, so the request
 * was processed each time.
 */
import { describe, expect, it } from 'vitest'
import { ENTRY_POINTS, entry } from '../guarantees/entry-points.js'
import { useTestServer } from '../helpers/server.js'

const server = useTestServer({ do: 'raw', text: 'HTTP/1.1 099 X\r\nContent-Length: 0\r\n\r\n' })

const instant = async (): Promise<void> => undefined

describe.each(['099', '042', '1000', '4040'])('HTTP %s', (status) => {
  it.each(ENTRY_POINTS)('%s: is answered once, not retried', async (name) => {
    server.script({ do: 'raw', text: `HTTP/1.1 ${status} Odd\r\nContent-Length: 0\r\n\r\n` })
    const r = await entry(name, server.url, { sleep: instant }).call()
    expect(r.error).toBeDefined()
    expect({ attempts: r.attempts, received: server.requests.length }).toEqual({ attempts: 1, received: 1 })
  })
})
