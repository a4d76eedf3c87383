/**
 * npm run specs:diff [-- --markdown <file>]
 *
 * Prints the contract report of specs/ against the committed
 * specs/contract.lock.json: what `npm run generate` would accept, each change
 * classed for a user of this package, and a semver verdict. The drift test
 * prints the same report when it fails.
 *
 * Exit codes: 0 unchanged, 2 changed (no breaking change), 3 breaking, 1 error.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { runCli } from './lib/cli.js'
import { contractReport } from './lib/drift.js'
import { LOCK_PATH } from './lib/pipeline.js'
import { exitCodeFor, renderMarkdown, renderText } from './lib/report.js'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { markdown: { type: 'string' } }, allowPositionals: false })
  const report = contractReport()
  const title = `Contract report: specs/ against ${LOCK_PATH}`
  process.stdout.write(renderText(report, title))
  if (values.markdown !== undefined) writeFileSync(values.markdown, renderMarkdown(report, title))
  process.exitCode = exitCodeFor(report)
}

await runCli('specs:diff', main)
