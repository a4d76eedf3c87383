/**
 * The package as users get it: dist/ from `npm run build`, built once per
 * bench run, reached through the root export (".") only, by the package's
 * own name.
 */
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..')
export const PACKAGE_NAME = 'subscription-clients'

let entry: string | undefined

/** The file `import … from 'subscription-clients'` loads, after building dist/. */
export function builtRootEntry(): string {
  if (!entry) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
    entry = createRequire(join(ROOT, 'package.json')).resolve(PACKAGE_NAME)
  }
  return entry
}
