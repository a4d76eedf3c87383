/** Running the Redocly CLI's linter on one API of a redocly.yaml, in any directory that holds one. */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { type LintConfig, ROOT, type RuleOverride, readLintConfig } from './lint-config.js'

const REDOCLY = resolve(ROOT, 'node_modules/@redocly/cli/bin/cli.js')

export interface LintProblem {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  location: { source: { ref: string }; start?: { line: number; col: number } }[]
  reference?: string
}

export function redocly(args: string[], cwd: string, inherit: boolean): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [REDOCLY, 'lint', ...args], {
    cwd,
    stdio: inherit ? 'inherit' : 'pipe',
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  })
}

/** The problems Redocly finds in one API of `root`/redocly.yaml. */
export function lintApi(api: string, root = ROOT): LintProblem[] {
  const run = redocly([api, '--format=json'], root, false)
  try {
    return (JSON.parse(String(run.stdout)) as { problems: LintProblem[] }).problems
  } catch {
    throw new Error(`redocly could not lint ${api}: ${String(run.stderr).trim().split('\n').pop() ?? 'no output'}`)
  }
}

function describeProblem(api: string, p: LintProblem, reason: string | undefined): string {
  const at = p.location[0]
  const where = at ? `${at.source.ref}:${at.start?.line ?? 1}:${at.start?.col ?? 1}` : ''
  const level = p.severity === 'error' ? 'error' : 'warning'
  const accepted = reason === undefined ? '' : `\n    accepted: ${reason}`
  return `${api}  ${level}  ${p.ruleId}  ${where}  ${p.message}${accepted}`
}

export interface LintOutcome {
  /** One line per problem, naming the API and the rule, with the written reason of every warning we accept; "<api>  ok" when clean. */
  lines: string[]
  errors: number
  warnings: number
}

/** `root`/redocly.yaml, refused when it turns down a rule without a written reason. */
export function readReasonedConfig(root = ROOT): LintConfig {
  const config = readLintConfig(resolve(root, 'redocly.yaml'))
  const unexplained = config.overrides.filter((o) => o.reason === undefined)
  if (unexplained.length > 0) {
    const names = unexplained.map((o) => `${o.api}: ${o.rule}`).join(', ')
    throw new Error(`redocly.yaml turns down rules without a written reason (${names}); add a comment above each`)
  }
  return config
}

/** Lints every API of `root`/redocly.yaml. */
export function lintAll(root = ROOT): LintOutcome {
  const config = readReasonedConfig(root)
  const reasonOf = (api: string, rule: string): RuleOverride | undefined =>
    config.overrides.find((o) => o.rule === rule && o.api === api) ?? config.overrides.find((o) => o.rule === rule && o.api === '*')
  const out: LintOutcome = { lines: [], errors: 0, warnings: 0 }
  for (const { name } of config.apis) {
    const problems = lintApi(name, root)
    for (const p of problems) {
      if (p.severity === 'error') out.errors += 1
      else out.warnings += 1
      out.lines.push(describeProblem(name, p, p.severity === 'warn' ? reasonOf(name, p.ruleId)?.reason : undefined))
    }
    if (problems.length === 0) out.lines.push(`${name}  ok`)
  }
  return out
}
