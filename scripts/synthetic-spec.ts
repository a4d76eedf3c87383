/**
 * npm run specs:synthetic -- <n> <out.json> [--openapi 3.0|3.1]
 *
 * Writes the synthetic spec of scripts/lib/synthetic-spec.ts with `n`
 * operations (default 210) to `out.json` (default synthetic.json).
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CliError, runCli } from './lib/cli.js'
import { DEFAULT_OPERATIONS, type OpenApiVersion, syntheticSpec } from './lib/synthetic-spec.js'

function parseArgs(argv: readonly string[]): { n: number; out: string; openapi: OpenApiVersion } {
  const positional: string[] = []
  let openapi: OpenApiVersion = '3.1'
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? ''
    if (arg === '--openapi') {
      i += 1
      const value = argv[i]
      if (value !== '3.0' && value !== '3.1') throw new CliError(`--openapi takes 3.0 or 3.1, got ${value ?? 'nothing'}`)
      openapi = value
    } else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}`)
    else positional.push(arg)
  }
  const [count, out = 'synthetic.json', ...rest] = positional
  if (rest.length > 0) throw new CliError(`unexpected arguments: ${rest.join(' ')}`)
  const n = count === undefined ? DEFAULT_OPERATIONS : Number(count)
  if (!Number.isInteger(n) || n < 1) throw new CliError(`<n> must be a positive integer, got ${count}`)
  return { n, out, openapi }
}

async function main(): Promise<void> {
  const { n, out, openapi } = parseArgs(process.argv.slice(2))
  const text = `${JSON.stringify(syntheticSpec(n, { openapi }), null, 2)}\n`
  // npm run starts in the package root; INIT_CWD is where the user ran it.
  writeFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), out), text)
  process.stdout.write(`${out}: OpenAPI ${openapi}, ${n} operations, ${text.length} bytes\n`)
}

await runCli('specs:synthetic', main)
