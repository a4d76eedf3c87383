/**
 * Node, Bun and Deno run this file (bundled with smoke.ts, the package left
 * external): the config comes as the last argument, the report goes to
 * stdout as one line of JSON.
 */
import type { SmokeConfig } from './report.js'
import { runSmoke } from './smoke.js'

const argv = (globalThis as { process?: { argv?: string[] } }).process?.argv ?? []
const config = JSON.parse(argv.at(-1) ?? '{}') as SmokeConfig
console.log(JSON.stringify(await runSmoke(config)))
