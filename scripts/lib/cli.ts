/** Shared CLI plumbing: one-line errors instead of stack traces. */
export class CliError extends Error {
  override readonly name = 'CliError'
}

export async function runCli(command: string, main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    process.stderr.write(`${command}: error: ${message.split('\n')[0]}\n`)
    process.exitCode = 1
  }
}
