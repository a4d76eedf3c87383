import { execFile } from 'node:child_process'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { startSandbox } from '../../src/sandbox/index.js'
import { foxCancel, onekeyCancel } from './support.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))

function tcpHandles(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap' || r === 'TCPSocketWrap').length
}

async function settle(expected: number): Promise<number> {
  for (let i = 0; i < 50 && tcpHandles() > expected; i++) await new Promise((r) => setTimeout(r, 20))
  return tcpHandles()
}

describe('close()', () => {
  it('stops listening and releases every socket, idle keep-alive ones included', async () => {
    const before = tcpHandles()
    const sandbox = await startSandbox()
    await foxCancel(sandbox, 'sub_active_1')
    await onekeyCancel(sandbox, 1001)
    expect(tcpHandles()).toBeGreaterThan(before)
    await sandbox.close()
    expect(await settle(before)).toBe(before)
    await expect(fetch(`${sandbox.url}/v3/subscriptions/1001`, { method: 'DELETE' })).rejects.toThrow()
    await expect(sandbox.close()).resolves.toBeUndefined()
  })

  it('does not wait for a client stuck mid-request (half-sent headers)', async () => {
    const sandbox = await startSandbox()
    const { port } = new URL(sandbox.url)
    const socket = connect(Number(port), '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', resolve))
    socket.write('DELETE /v3/subscriptions/1001 HTTP/1.1\r\nHost: sandbox\r\nX-Login: sandbox-login\r\n')
    await new Promise((r) => setTimeout(r, 50))
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
    const started = Date.now()
    await sandbox.close()
    await closed
    expect(Date.now() - started).toBeLessThan(1000)
    expect(sandbox.state.requestCount).toBe(0)
  })

  it('a process that closed its sandbox exits by itself at once (nothing left holding the event loop)', async () => {
    const started = Date.now()
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'test/sandbox/fixtures/close-then-exit.ts'], {
      cwd: root,
      timeout: 10_000,
    })
    expect(stdout.trim()).toBe('closed')
    expect(Date.now() - started).toBeLessThan(10_000)
  }, 15_000)
})
