/**
 * 7. Cold import on Node: a fresh process per sample, timing the dynamic
 * import of the built package (root export) and of bare openapi-fetch, which
 * it loads too. Disk caches are warm after the first round; Node's module
 * compile cache (NODE_COMPILE_CACHE, Node 22+) is left off.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { builtRootEntry, PACKAGE_NAME, ROOT } from './built-package.js'
import { interleaved, print } from './measure.js'

const run = promisify(execFile)

/** Milliseconds the import took inside a fresh Node process. */
async function importMs(specifier: string): Promise<number> {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t))`
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_COMPILE_CACHE'))
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, env })
  return Number(stdout)
}

export async function coldImport(quick: boolean) {
  builtRootEntry()
  const milliseconds = await interleaved(
    { [PACKAGE_NAME]: () => importMs(PACKAGE_NAME), 'openapi-fetch': () => importMs('openapi-fetch') },
    quick ? 7 : 21,
  )
  print(`7. cold import on Node ${process.version} (median of fresh processes)`, milliseconds, 'ms')
  const ratio = (milliseconds[PACKAGE_NAME] ?? Number.NaN) / (milliseconds['openapi-fetch'] ?? Number.NaN)
  return { milliseconds, ratioVsOpenapiFetch: ratio }
}
