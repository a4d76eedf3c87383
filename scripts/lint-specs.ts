/**
 * npm run lint:specs [-- --format=github-actions]
 *
 * Lints every API in redocly.yaml with Redocly's `recommended` ruleset.
 * Without --format it prints one line per problem, naming the API and the
 * rule, and the written reason for every warning we accept from a vendor.
 * With --format, Redocly's own output is passed through unchanged.
 */
import { runCli } from './lib/cli.js'
import { ROOT } from './lib/lint-config.js'
import { lintAll, readReasonedConfig, redocly } from './lib/redocly.js'

function main(): void {
  const args = process.argv.slice(2)
  const apis = readReasonedConfig().apis.length
  if (args.some((a) => a.startsWith('--format'))) {
    process.exitCode = redocly(args, ROOT, true).status ?? 1
    return
  }
  const outcome = lintAll()
  for (const line of outcome.lines) process.stdout.write(`${line}\n`)
  process.stdout.write(`\n${apis} APIs linted: ${outcome.errors} errors, ${outcome.warnings} accepted warnings\n`)
  if (outcome.errors > 0) process.exitCode = 1
}

await runCli('lint:specs', async () => main())
