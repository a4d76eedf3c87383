/**
 * One log line per request. Built only from the request log entry (time, method, path, status,
 * verdict, duration), never from headers or bodies, so it cannot carry a secret.
 */
import type { RequestLogEntry } from './types.js'

export function formatLogLine(entry: RequestLogEntry): string {
  const path = entry.path.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c))
  return `${entry.at} ${entry.method} ${path} ${entry.status} ${entry.verdict} ${entry.durationMs.toFixed(1)}ms`
}
