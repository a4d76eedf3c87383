/** A keep-alive loopback server for bench/loopback.ts, in its own process so it does not share the client's event loop. */
import { createServer } from 'node:http'
import { SUBSCRIPTION_TEXT } from './fixtures.js'

const server = createServer((req, res) => {
  req.resume()
  req.on('end', () => {
    const body = req.url?.startsWith('/v3/') ? '{}' : SUBSCRIPTION_TEXT
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body)
  })
})
server.keepAliveTimeout = 60_000
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
