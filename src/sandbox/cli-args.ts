/**
 * Flags of the sandbox CLI: `--port <n>` (default 4010; 0 = ephemeral), `--host <h>`, `--seed <file.json>`.
 * Accepts `--flag value` and `--flag=value`. Throws a one-line Error for anything else.
 */
export interface CliArgs {
  port: number
  host: string
  seed?: string
  help: boolean
}

export const USAGE = 'usage: tsx src/sandbox/cli.ts [--port 4010] [--host 127.0.0.1] [--seed seed.json]'
export const DEFAULT_CLI_PORT = 4010

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { port: DEFAULT_CLI_PORT, host: '127.0.0.1', help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--help' || arg === '-h') {
      args.help = true
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg : arg.slice(0, eq)
    if (name !== '--port' && name !== '--host' && name !== '--seed') {
      throw new Error(arg.startsWith('-') ? `unknown option ${JSON.stringify(arg)}` : `unexpected argument ${JSON.stringify(arg)}`)
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1)
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) {
      throw new Error(`${name} needs a value`)
    }
    if (name === '--port') args.port = parsePort(value)
    else if (name === '--host') args.host = value
    else args.seed = value
  }
  return args
}

function parsePort(value: string): number {
  const port = /^[0-9]{1,5}$/.test(value) ? Number(value) : Number.NaN
  if (!(port >= 0 && port <= 65535)) throw new Error(`--port must be an integer from 0 to 65535, got ${JSON.stringify(value)}`)
  return port
}
