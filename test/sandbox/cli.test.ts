import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { formatOneKeyDate } from '../../src/onekey/signing.js'
import { SANDBOX_CREDENTIALS } from '../../src/sandbox/index.js'
import { oneKeySignedHeaders } from '../helpers/onekey-signer.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
const run = promisify(execFile)
const LOG_LINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z (\S+) (\S+) (\d{3}) (\S+) \d+\.\dms$/

interface Cli {
  child: ChildProcess
  output: () => string
  waitFor: (pattern: RegExp) => Promise<RegExpMatchArray>
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

const started: ChildProcess[] = []
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
})

/** The CLI as `tsx src/sandbox/cli.ts`, or (`viaNpm`) as a user starts it: `npm run sandbox -- …`. */
function startCli(args: string[], viaNpm = false): Cli {
  const [command, commandArgs] = viaNpm ? ['npm', ['run', '--silent', 'sandbox', '--', ...args]] : [tsx, ['src/sandbox/cli.ts', ...args]]
  const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  started.push(child)
  let out = ''
  const waiters: Array<() => void> = []
  const onData = (chunk: Buffer) => {
    out += chunk.toString('utf8')
    for (const wake of waiters) wake()
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = out.match(pattern)
        if (match) resolve(match)
      }
      waiters.push(check)
      void exited.then(() => reject(new Error(`CLI exited before ${pattern}; output:\n${out}`)))
      check()
    })
  return { child, output: () => out, waitFor, exited }
}

/** Resolves once nothing accepts connections at `url` any more; rejects after `ms`. */
async function portFreed(url: string, ms = 8000): Promise<void> {
  const until = performance.now() + ms
  while (performance.now() < until) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(500) })
    } catch (e) {
      if ((e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED') return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${url} still answers ${ms} ms after the signal`)
}

describe('npm run sandbox: a signal to the npm process (even SIGKILL, which npm cannot pass on) stops the sandbox and frees its port', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGKILL'] as const)(
    '%s',
    async (signal) => {
      const cli = startCli(['--port', '0'], true)
      const [, url = ''] = await cli.waitFor(/sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n/)
      expect((await fetch(`${url}/nowhere`)).status).toBe(404)
      cli.child.kill(signal)
      await portFreed(url)
    },
    30_000,
  )
})

describe('sandbox CLI', () => {
  it('starts on an ephemeral port, logs each request without secrets, exits 0 on SIGTERM', async () => {
    const cli = startCli(['--port', '0'])
    const [, url = ''] = await cli.waitFor(/sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n/)
    await cli.waitFor(/request log lines never include secrets/)
    expect(cli.output()).toContain(`${url}/public/v1`)
    expect(cli.output()).toContain(SANDBOX_CREDENTIALS.funnelfox.secret)

    const fox = await fetch(`${url}/public/v1/subscriptions/sub_active_1/cancel`, {
      method: 'POST',
      headers: { 'Fox-Secret': SANDBOX_CREDENTIALS.funnelfox.secret },
    })
    expect(fox.status).toBe(200)
    const date = formatOneKeyDate(new Date())
    const { login, secretKey } = SANDBOX_CREDENTIALS.onekey
    const forged = oneKeySignedHeaders('a-wrong-api-signature', date, login, '')
    const refused = await fetch(`${url}/v3/subscriptions/1001`, { method: 'DELETE', headers: forged })
    expect(refused.status).toBe(401)
    const signed = oneKeySignedHeaders(secretKey, date, login, '')
    expect((await fetch(`${url}/v3/subscriptions/1001`, { method: 'DELETE', headers: signed })).status).toBe(200)

    await cli.waitFor(/ DELETE \/v3\/subscriptions\/1001 200 auth=ok /)
    const logLines = cli
      .output()
      .split('\n')
      .filter((line) => LOG_LINE.test(line))
    expect(logLines.map((line) => line.match(LOG_LINE)?.slice(1, 5))).toEqual([
      ['POST', '/public/v1/subscriptions/sub_active_1/cancel', '200', 'auth=ok'],
      ['DELETE', '/v3/subscriptions/1001', '401', 'auth=mismatch'],
      ['DELETE', '/v3/subscriptions/1001', '200', 'auth=ok'],
    ])
    const logText = logLines.join('\n')
    for (const secret of [
      SANDBOX_CREDENTIALS.funnelfox.secret,
      secretKey,
      'a-wrong-api-signature',
      forged.Authorization,
      signed.Authorization,
    ]) {
      expect(logText).not.toContain(secret)
    }

    cli.child.kill('SIGTERM')
    expect(await cli.exited).toEqual({ code: 0, signal: null })
    expect(cli.output()).toMatch(/sandbox stopped \(SIGTERM\)\n$/)
  }, 30_000)

  it('exits 0 on SIGINT', async () => {
    const cli = startCli(['--port=0', '--host', '127.0.0.1'])
    await cli.waitFor(/request log lines never include secrets/)
    cli.child.kill('SIGINT')
    expect(await cli.exited).toEqual({ code: 0, signal: null })
  }, 30_000)

  it.each([
    [['--bogus'], /^sandbox: unknown option "--bogus" \(usage: .*\)\n$/],
    [['--port'], /^sandbox: --port needs a value \(usage: .*\)\n$/],
    [['--port', 'abc'], /^sandbox: --port must be an integer from 0 to 65535, got "abc" \(usage: .*\)\n$/],
    [['--port', '70000'], /^sandbox: --port must be an integer from 0 to 65535/],
    [['stray'], /^sandbox: unexpected argument "stray"/],
    [['--port', '0', '--seed', 'no/such/seed.json'], /^sandbox: seed file no\/such\/seed\.json: cannot read it \(ENOENT\)\n$/],
  ])(
    '%j → one-line error, exit 2',
    async (args, message) => {
      const failure = await run(tsx, ['src/sandbox/cli.ts', ...args], { cwd: root, timeout: 20_000 }).then(
        () => expect.fail('the CLI should have failed'),
        (error: { code?: number; stderr?: string; stdout?: string }) => error,
      )
      expect(failure.code).toBe(2)
      expect(failure.stderr).toMatch(message)
      expect(failure.stderr?.trim().split('\n')).toHaveLength(1)
      expect(failure.stdout).toBe('')
    },
    30_000,
  )
})
