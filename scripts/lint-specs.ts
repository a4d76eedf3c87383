/**
 * npm run lint:specs [-- --format=github-actions]
 *
 * Lints every API in redocly.yaml with Redocly's `recommended` ruleset.
 * Without --format it prints one line per problem, naming the API and the
 * rule, and the written reason for every warning we accept from a vendor.
 * With --format, Redocly's own output is passed through unchanged.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { CliError, runCli } from './lib/cli.js'
import { ROOT, type RuleOverride, readLintConfig } from './lib/lint-config.js'

const REDOCLY = resolve(ROOT, 'node_modules/@redocly/cli/bin/cli.js')

interface Problem {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  location: { source: { ref: string }; start?: { line: number; col: number } }[]
  reference?: string
}

function redocly(args: string[], inherit: boolean): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [REDOCLY, 'lint', ...args], {
    cwd: ROOT,
    stdio: inherit ? 'inherit' : 'pipe',
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  })
}

function lintApi(api: string): Problem[] {
  const run = redocly([api, '--format=json'], false)
  try {
    return (JSON.parse(String(run.stdout)) as { problems: Problem[] }).problems
  } catch {
    throw new CliError(`redocly could not lint ${api}: ${String(run.stderr).trim().split('\n').pop() ?? 'no output'}`)
  }
}

function describe(api: string, p: Problem, reason: string | undefined): string {
  const at = p.location[0]
  const where = at ? `${at.source.ref}:${at.start?.line ?? 1}:${at.start?.col ?? 1}` : ''
  const level = p.severity === 'error' ? 'error' : 'warning'
  const accepted = reason === undefined ? '' : `\n    accepted: ${reason}`
  return `${api}  ${level}  ${p.ruleId}  ${where}  ${p.message}${accepted}`
}

function main(): void {
  const args = process.argv.slice(2)
  const config = readLintConfig()
  const unexplained = config.overrides.filter((o) => o.reason === undefined)
  if (unexplained.length > 0) {
    const names = unexplained.map((o) => `${o.api}: ${o.rule}`).join(', ')
    throw new CliError(`redocly.yaml turns down rules without a written reason (${names}); add a comment above each`)
  }
  if (args.some((a) => a.startsWith('--format'))) {
    process.exitCode = redocly(args, true).status ?? 1
    return
  }
  const reasonOf = (api: string, rule: string): RuleOverride | undefined =>
    config.overrides.find((o) => o.rule === rule && o.api === api) ?? config.overrides.find((o) => o.rule === rule && o.api === '*')
  let errors = 0
  let warnings = 0
  for (const { name } of config.apis) {
    const problems = lintApi(name)
    for (const p of problems) {
      if (p.severity === 'error') errors += 1
      else warnings += 1
      process.stdout.write(`${describe(name, p, p.severity === 'warn' ? reasonOf(name, p.ruleId)?.reason : undefined)}\n`)
    }
    if (problems.length === 0) process.stdout.write(`${name}  ok\n`)
  }
  process.stdout.write(`\n${config.apis.length} APIs linted: ${errors} errors, ${warnings} accepted warnings\n`)
  if (errors > 0) process.exitCode = 1
}

await runCli('lint:specs', async () => main())
