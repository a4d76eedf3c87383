/**
 * Runs the bundled smoke script on one runtime and returns its report, or
 * throws an Error that says what went wrong (exit code, stderr, no report).
 * Node, Bun and Deno run it as a process; workerd serves it as a Worker
 * that the harness triggers with one HTTP request.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import type { SmokeConfig, SmokeReport } from '../../test/runtimes/consumer/report.js'
import type { Runtime } from './matrix.js'

/** Far above the ~1 s a run takes; only a hung runtime reaches it. */
const RUN_TIMEOUT_MS = 60_000

/** No update checks, telemetry or crash reports: nothing may leave the machine. */
const QUIET_ENV = { DENO_NO_UPDATE_CHECK: '1', DO_NOT_TRACK: '1', NO_COLOR: '1' }

const tail = (text: string): string => text.trim().split('\n').slice(-15).join('\n')

function parseReport(stdout: string, where: string): SmokeReport {
  const line = stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(line) as SmokeReport
  } catch {
    throw new Error(`${where} printed no JSON report; stdout: ${tail(stdout) || '(empty)'}`)
  }
}

export function runScript(runtime: Runtime, argv: string[], cwd: string): Promise<SmokeReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(runtime.binary, argv, { cwd, env: { ...process.env, ...QUIET_ENV }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS)
    child.on('error', (e) => reject(new Error(`could not start ${runtime.binary}: ${e.message}`)))
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal) return reject(new Error(`killed by ${signal} (no result within ${RUN_TIMEOUT_MS / 1000} s); stderr: ${tail(stderr)}`))
      if (code !== 0) return reject(new Error(`exited with code ${code}; stderr:\n${tail(stderr)}`))
      try {
        resolve(parseReport(stdout, 'the script'))
      } catch (e) {
        reject(e)
      }
    })
  })
}

function workerdConfig(compatibilityDate: string): string {
  // Node.js compatibility is on by default at recent compatibility dates
  // (node:* modules, process, Buffer); both flags turn it off, so the Worker
  // gets web-standard APIs only. Outbound fetch may reach 127.0.0.1 only (the
  // sandbox and the hang server).
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "smoke", worker = (
      modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
      compatibilityDate = "${compatibilityDate}",
      compatibilityFlags = ["no_nodejs_compat", "no_nodejs_compat_v2"],
      globalOutbound = "loopback",
    )),
    (name = "loopback", network = (allow = ["127.0.0.1/32"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "smoke")],
);
`
}

/** Resolves with the port workerd reports on its control fd once the socket listens. */
function listeningPort(control: Readable, exited: Promise<string>): Promise<number> {
  const port = new Promise<number>((resolve) => {
    let buffered = ''
    control.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      for (const line of buffered.split('\n').slice(0, -1)) {
        const message = JSON.parse(line) as { event?: string; socket?: string; port?: number }
        if (message.event === 'listen' && message.socket === 'http' && message.port) resolve(message.port)
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1)
    })
  })
  const late = new Promise<never>((_, reject) => {
    setTimeout(
      () => reject(new Error(`workerd did not report a listening socket within ${RUN_TIMEOUT_MS / 1000} s`)),
      RUN_TIMEOUT_MS,
    ).unref()
  })
  return Promise.race([port, late, exited.then((why) => Promise.reject(new Error(`workerd stopped before listening: ${why}`)))])
}

/** `dir` holds worker.mjs; the config is written next to it. */
export async function runWorker(runtime: Runtime, dir: string, compatibilityDate: string, config: SmokeConfig): Promise<SmokeReport> {
  writeFileSync(join(dir, 'workerd.capnp'), workerdConfig(compatibilityDate))
  const child = spawn(runtime.binary, ['serve', 'workerd.capnp', '--control-fd=3'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<string>((resolve) => {
    child.on('close', (code, signal) => resolve(`exit ${signal ?? code}; stderr:\n${tail(stderr)}`))
    child.on('error', (e) => resolve(`could not start ${runtime.binary}: ${e.message}`))
  })
  try {
    const port = await listeningPort(child.stdio[3] as Readable, exited)
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      body: JSON.stringify(config),
      signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
    })
    const text = await response.text()
    if (response.status !== 200)
      throw new Error(`the Worker answered ${response.status} ${text.slice(0, 200)}; workerd stderr:\n${tail(stderr)}`)
    return parseReport(text, 'the Worker')
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}
