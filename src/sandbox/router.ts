/**
 * Maps method + path to a handler: the two vendor routes, 405 on a known path with another method,
 * 404 for everything else.
 */
import { type FunnelFoxContext, handleFunnelFoxCancel } from './funnelfox.js'
import { handleOneKeyCancel, type OneKeyContext } from './onekey.js'
import { jsonReply, type SandboxReply, type SandboxRequest } from './reply.js'

export const FUNNELFOX_PREFIX = '/public/v1'

interface Route {
  method: string
  pattern: RegExp
  handle(req: SandboxRequest, param: string): SandboxReply | Promise<SandboxReply>
}

export interface RouterContext {
  funnelfox: FunnelFoxContext
  onekey: OneKeyContext
}

export function createRouter(ctx: RouterContext): (req: SandboxRequest) => Promise<SandboxReply> {
  const routes: Route[] = [
    {
      method: 'POST',
      pattern: /^\/public\/v1\/subscriptions\/([^/]+)\/cancel$/,
      handle: (req, id) => handleFunnelFoxCancel(ctx.funnelfox, req, id),
    },
    {
      method: 'DELETE',
      pattern: /^\/v3\/subscriptions\/([^/]+)$/,
      handle: (req, id) => handleOneKeyCancel(ctx.onekey, req, id),
    },
  ]
  return async (req) => {
    const matching = routes.flatMap((route) => {
      const match = route.pattern.exec(req.path)
      return match?.[1] === undefined ? [] : [{ route, param: decodeSegment(match[1]) }]
    })
    const hit = matching.find(({ route }) => route.method === req.method)
    if (hit !== undefined) return hit.route.handle(req, hit.param)
    if (matching.length > 0) {
      const allow = matching.map(({ route }) => route.method).join(', ')
      return jsonReply(405, { message: `Method ${req.method} not allowed on ${req.path}; use ${allow}` }, 'auth=none', {
        Allow: allow,
      })
    }
    return jsonReply(404, { message: `No route for ${req.method} ${req.path}` }, 'auth=none')
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
