/**
 * workerd runs this Worker (bundled with smoke.ts and the package by esbuild,
 * no nodejs_compat flag): the harness POSTs the config, the Worker answers
 * with the report as JSON.
 */
import type { SmokeConfig } from './report.js'
import { runSmoke } from './smoke.js'

export default {
  async fetch(request: Request): Promise<Response> {
    const config = (await request.json()) as SmokeConfig
    return Response.json(await runSmoke(config))
  },
}
