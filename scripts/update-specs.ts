/**
 * npm run specs:update [-- --write] [--markdown <file>]
 *
 * Fetches every page in specs/provenance.json (its url, or its local copy
 * when it has none), extracts each fragment, assembles and lints the specs,
 * and prints the contract report against specs/contract.lock.json. Writes
 * nothing unless given --write; then it writes the fragments, the assembled
 * specs, provenance and the refreshed local copies (run `npm run generate`
 * next). --markdown writes the report as Markdown too, for a pull request.
 *
 * Exit codes: 0 unchanged, 2 changed (no breaking change), 3 breaking, 1 error (nothing written).
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { runCli } from './lib/cli.js'
import { readLock } from './lib/drift.js'
import { readPage } from './lib/fetch-page.js'
import { ROOT } from './lib/lint-config.js'
import { buildLock, LOCK_PATH, readSpecs } from './lib/pipeline.js'
import { compareLocks, exitCodeFor, pageLine, renderMarkdown, renderText } from './lib/report.js'
import { applyWrites } from './lib/spec-files.js'
import { lintPlanned, movedSpecs, planUpdate } from './lib/update.js'

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { write: { type: 'boolean' }, markdown: { type: 'string' } }, allowPositionals: false })
  const plan = await planUpdate(ROOT, readPage, new Date().toISOString())
  const moved = movedSpecs(ROOT, plan)
  if (moved.length > 0) {
    process.stdout.write(`Pages:\n${plan.pages.map((p) => `  ${pageLine(p)}\n`).join('')}\n`)
    throw new Error(
      `${moved.join('; ')}. Point redocly.yaml's root at the new path (or extract the page again with npm run specs:extract), then run this again; nothing written`,
    )
  }
  const lint = lintPlanned(ROOT, plan.writes.files)
  if (lint.errors > 0) {
    for (const line of lint.lines) process.stdout.write(`${line}\n`)
    throw new Error(`the updated specs have ${lint.errors} lint errors (above); nothing written`)
  }
  const report = compareLocks(readLock(ROOT), buildLock(readSpecs(ROOT, plan.writes.files)), plan.pages)
  const title = `Vendor spec update (against ${LOCK_PATH})`
  process.stdout.write(renderText(report, title))
  if (values.markdown !== undefined) writeFileSync(values.markdown, renderMarkdown(report, title))
  if (values.write) {
    const touched = applyWrites(plan.writes, ROOT)
    process.stdout.write(touched.length === 0 ? '\nNothing to write.\n' : `\nWrote ${touched.join(', ')}\nnext: npm run generate\n`)
  } else if (report.verdict !== 'none') process.stdout.write('\nNothing written; run again with --write to apply.\n')
  process.exitCode = exitCodeFor(report)
}

await runCli('specs:update', main)
