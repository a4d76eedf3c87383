/**
 * `tsx src/sandbox/cli.ts --port 4010 [--host 127.0.0.1] [--seed seed.json]`
 * Prints the URLs and the sandbox's own test credentials, then one line per request (no secrets).
 * Exit codes: 0 after SIGINT/SIGTERM, 2 for bad flags or a bad seed file, 1 if it cannot listen.
 */
import { type CliArgs, parseCliArgs, USAGE } from './cli-args.js'
import { startSandbox } from './server.js'
import type { Sandbox } from './types.js'

function banner(sandbox: Sandbox): string {
  const { funnelfox, onekey } = sandbox.credentials
  return [
    `sandbox listening on ${sandbox.url}`,
    `  FunnelFox  base URL ${sandbox.funnelfoxBaseUrl}  Fox-Secret: ${funnelfox.secret}`,
    `  OneKey     base URL ${sandbox.onekeyBaseUrl}  X-Login: ${onekey.login}  API Signature: ${onekey.secretKey}`,
    `  seed: ${sandbox.state.funnelfox.size} FunnelFox and ${sandbox.state.onekey.size} OneKey subscriptions`,
    '  (sandbox test credentials only; request log lines never include secrets)',
  ].join('\n')
}

async function start(args: CliArgs): Promise<Sandbox> {
  const options = { port: args.port, host: args.host, log: (line: string) => console.log(line) }
  try {
    return await startSandbox(args.seed === undefined ? options : { ...options, seed: args.seed })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const code = (error as NodeJS.ErrnoException).code
    console.error(`sandbox: ${message}`)
    process.exit(code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL' ? 1 : 2)
  }
}

async function main(): Promise<void> {
  let args: CliArgs
  try {
    args = parseCliArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`sandbox: ${(error as Error).message} (${USAGE})`)
    process.exit(2)
  }
  if (args.help) {
    console.log(USAGE)
    return
  }
  // Handlers go in before listening, so a signal during startup still ends with a clean exit 0.
  let sandbox: Sandbox | undefined
  let reason: string | undefined
  let closing = false
  const stop = (why: string): void => {
    reason ??= why
    if (sandbox === undefined || closing) return
    closing = true
    void shutdown(sandbox, reason)
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal))
  // `npm run sandbox` starts this process under a shell. A signal sent to npm ends npm and that
  // shell but never reaches here; orphaned, this process would keep the port. So it watches its
  // parent, and stops when it is gone.
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) stop('its parent process exited')
  }, 200).unref()
  sandbox = await start(args)
  if (reason !== undefined) return stop(reason)
  console.log(banner(sandbox))
}

async function shutdown(sandbox: Sandbox, reason: string): Promise<void> {
  try {
    await sandbox.close()
  } catch (error) {
    console.error(`sandbox: error while closing: ${String(error)}`)
    process.exit(1)
  }
  console.log(`sandbox stopped (${reason})`)
  process.exit(0)
}

void main()
