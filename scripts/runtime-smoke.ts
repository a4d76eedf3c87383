/**
 * npm run test:runtimes: the packed package on every runtime users run it on.
 *
 * Builds and packs the package, installs the tarball into a scratch consumer,
 * and runs one smoke script (test/runtimes/consumer/smoke.ts) on each runtime
 * of scripts/runtimes/matrix.ts, each against a fresh sandbox and a server
 * that never answers, both on 127.0.0.1 in this process. A runtime passes
 * when the script ran on it (its own version), every client-side check
 * passed, and the servers received exactly what the checks imply. Any
 * failure, including a runtime that is not installed, fails the command
 * with a line naming the runtime and the check.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { CHECK_NAMES, type SmokeCheck, type SmokeReport } from '../test/runtimes/consumer/report.js'
import { type Consumer, prepareConsumer } from './runtimes/consumer.js'
import { runScript, runWorker } from './runtimes/execute.js'
import { type Runtime, runtimeMatrix, workerdCompatibilityDate } from './runtimes/matrix.js'
import { startServers } from './runtimes/servers.js'

const ROOT = resolve(import.meta.dirname, '..')

interface Outcome {
  runtime: Runtime
  version: string
  checks: SmokeCheck[]
  ms: number
}

/** The report's checks, with one for the runtime it ran on and one failure per expected check it did not report. */
function reportChecks(report: SmokeReport, expected: string): SmokeCheck[] {
  const byName = new Map(report.checks.map((c) => [c.name, c]))
  return [
    { name: 'ran on this runtime', ok: report.runtime === expected, detail: `reported "${report.runtime}", expected "${expected}"` },
    ...CHECK_NAMES.map((name) => byName.get(name) ?? { name, ok: false, detail: 'not reported' }),
  ]
}

async function runOne(runtime: Runtime, consumer: Consumer): Promise<Outcome> {
  const started = performance.now()
  if (runtime.missing) return { runtime, version: '-', checks: [{ name: 'installed', ok: false, detail: runtime.missing }], ms: 0 }
  const version = runtime.version()
  const servers = await startServers(consumer.sandboxEntry)
  try {
    const config = JSON.stringify(servers.config)
    const report = runtime.argv
      ? await runScript(runtime, runtime.argv(consumer.script, config), consumer.dir)
      : await runWorker(runtime, consumer.workerDir, workerdCompatibilityDate(ROOT), servers.config)
    const checks = [...reportChecks(report, runtime.identity(version)), ...servers.verify()]
    return { runtime, version, checks, ms: performance.now() - started }
  } catch (e) {
    const checks = [{ name: 'ran the smoke script', ok: false, detail: e instanceof Error ? e.message : String(e) }]
    return { runtime, version, checks, ms: performance.now() - started }
  } finally {
    await servers.close()
  }
}

/** Fails when npm scripts would run on a Node from node_modules instead of the system's (see scripts/keep-system-node.ts). */
function assertSystemNode(): void {
  const rel = relative(join(ROOT, 'node_modules'), process.execPath)
  if (!rel.startsWith('..')) {
    throw new Error(
      `runtime-smoke: "node (system)" would be ${process.execPath}: node_modules/.bin/node shadows the system Node; run \`npm run prepare\``,
    )
  }
}

/** A detail on one line (stderr lines joined), cut at 400 characters. */
const oneLine = (detail: string): string => detail.replace(/:?\s*\n\s*/g, ' | ').slice(0, 400)

function print(outcomes: Outcome[]): SmokeCheck[] {
  const failed: SmokeCheck[] = []
  for (const { runtime, version, checks, ms } of outcomes) {
    const bad = checks.filter((c) => !c.ok)
    process.stdout.write(`\n${bad.length ? 'FAIL' : 'ok  '} ${runtime.name} ${version} (${runtime.source}) ${Math.round(ms)} ms\n`)
    for (const c of checks) process.stdout.write(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}\n`)
    failed.push(...bad.map((c) => ({ ...c, name: `${runtime.name}: ${c.name}` })))
  }
  return failed
}

async function main(): Promise<void> {
  assertSystemNode()
  const dir = mkdtempSync(join(tmpdir(), 'runtime-smoke-'))
  try {
    const consumer = await prepareConsumer(ROOT, dir)
    const outcomes: Outcome[] = []
    for (const runtime of runtimeMatrix(ROOT)) outcomes.push(await runOne(runtime, consumer))
    const failed = print(outcomes)
    if (failed.length > 0) {
      for (const c of failed) process.stderr.write(`runtime-smoke: FAILED ${c.name}: ${oneLine(c.detail)}\n`)
      process.exitCode = 1
      return
    }
    process.stdout.write(`\nruntime smoke test passed on ${outcomes.map((o) => `${o.runtime.name} ${o.version}`).join(', ')}\n`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
