/**
 * Fourth review: `now` returning a value that cannot even be inspected (a
 * revoked Proxy, a Proxy whose traps throw). src/core/hooks.ts timeOf guards
 * a Date look-alike's getTime, but reads Object.prototype.toString outside the
 * guard, so the throw escapes readClock and the call reports `network` ("the
 * request failed before a complete response") for a fault of the `now` hook.
 */
import { describe, expect, it } from 'vitest'
import { json, reply, useTestServer } from '../../helpers/server.js'
import { clientOf, jsonResponse, spec } from '../support.js'

const server = useTestServer(json(200, {}))
const doc = spec({ '/things': { get: { responses: { '200': jsonResponse({ type: 'object' }) } } } })

describe('a now() whose value throws when looked at is hook_failed (now), not network', () => {
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  const cases: [string, unknown][] = [
    ['a revoked Proxy', revoked.proxy],
    [
      'a Proxy whose get trap throws',
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap')
          },
        },
      ),
    ],
  ]
  for (const [label, value] of cases) {
    it(`${label}, read for a Retry-After date`, async () => {
      server.script(reply(503, '{}', { 'content-type': 'application/json', 'retry-after': 'Sun, 06 Nov 2094 08:49:37 GMT' }), json(200, {}))
      const { call } = clientOf(doc, server.url, { now: () => value as Date, maxRetries: 1 })
      const r = await call('GET', '/things')
      expect(r.error).toMatchObject({ kind: 'hook_failed', hook: 'now' })
    })
  }
})
