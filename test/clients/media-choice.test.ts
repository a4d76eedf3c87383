/**
 * An operation that declares several request media types: the client sends
 * the one the body's value fits (src/core/table.ts requestMedia), as the
 * types let the caller pass any of them. And media type keys are read
 * case-insensitively, by the runtime and the generated types alike.
 */
import { describe, expect, it } from 'vitest'
import { asTheCallerSeesIt } from '../../scripts/lib/caller-view.js'
import { renderTypes } from '../../scripts/lib/pipeline.js'
import type { Json } from '../../scripts/lib/spec-refs.js'
import { clientOf, spec } from '../adversarial/support.js'
import { json, reply, useTestServer } from '../helpers/server.js'

const server = useTestServer(json(200, { ok: true }))
const OBJECT = { type: 'object', properties: { note: { type: 'string' } } }

function post(content: Json): Json {
  return spec({
    '/notes': {
      post: {
        requestBody: { required: true, content },
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  })
}

const ALL = post({
  'application/json': { schema: OBJECT },
  'text/plain': { schema: { type: 'string' } },
  'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
  'multipart/form-data': { schema: OBJECT },
  'application/x-www-form-urlencoded': { schema: OBJECT },
})

async function sent(doc: Json, body: unknown): Promise<{ type: string | undefined; text: string; error: unknown }> {
  const { call } = clientOf(doc, server.url, { maxRetries: 0 })
  const r = await call('POST', '/notes', { body })
  const seen = server.requests.at(-1)
  return { type: seen?.headers['content-type'], text: seen?.body.toString() ?? '', error: r.error }
}

describe('the request media type follows the body', () => {
  it('a plain object goes as JSON, the first JSON type declared', async () => {
    expect(await sent(ALL, { note: 'hi' })).toEqual({ type: 'application/json', text: '{"note":"hi"}', error: undefined })
  })

  it('a string goes as text/plain', async () => {
    expect(await sent(ALL, 'hi')).toEqual({ type: 'text/plain', text: 'hi', error: undefined })
  })

  it('bytes (Uint8Array, ArrayBuffer, Blob) go as the binary type', async () => {
    for (const body of [new TextEncoder().encode('raw'), new TextEncoder().encode('raw').buffer, new Blob(['raw'])]) {
      expect(await sent(ALL, body)).toEqual({ type: 'application/octet-stream', text: 'raw', error: undefined })
    }
  })

  it('FormData goes as multipart, with its boundary', async () => {
    const form = new FormData()
    form.append('note', 'hi')
    const r = await sent(ALL, form)
    expect(r.error).toBeUndefined()
    expect(r.type).toMatch(/^multipart\/form-data; boundary=/)
    expect(r.text).toContain('name="note"')
  })

  it('URLSearchParams goes as a form', async () => {
    expect(await sent(ALL, new URLSearchParams({ note: 'hi' }))).toEqual({
      type: 'application/x-www-form-urlencoded',
      text: 'note=hi',
      error: undefined,
    })
  })

  it('a string where only a range of text is declared goes as text/plain; beside */* as well', async () => {
    const text = post({ 'application/json': { schema: OBJECT }, 'text/*': { schema: { type: 'string' } } })
    expect((await sent(text, 'hi')).type).toBe('text/plain')
    const any = post({ 'application/json': { schema: OBJECT }, '*/*': {} })
    expect((await sent(any, 'hi')).type).toBe('text/plain')
    expect((await sent(any, new Uint8Array([1]))).type).toBe('application/octet-stream')
  })

  it('a value no declared type fits is checked as JSON: invalid_request, nothing sent', async () => {
    const doc = post({ 'application/json': { schema: OBJECT }, 'text/plain': { schema: { type: 'string' } } })
    const before = server.requests.length
    const r = await sent(doc, 42)
    expect(r.error).toMatchObject({ kind: 'invalid_request' })
    expect(server.requests).toHaveLength(before)
  })

  it('with one declared type, every body goes as that type (a string to a JSON body is a JSON string)', async () => {
    const doc = post({ 'application/json': { schema: { type: 'string' } } })
    expect(await sent(doc, 'hi')).toEqual({ type: 'application/json', text: '"hi"', error: undefined })
  })
})

describe('media type keys are case-insensitive', () => {
  const shout = spec({
    '/shout': {
      get: {
        responses: {
          '200': {
            description: 'ok',
            content: { 'Application/JSON': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
          },
          '400': { description: 'bad', content: { 'TEXT/Plain; charset=UTF-8': { schema: { type: 'string' } } } },
        },
      },
    },
  })

  it('the runtime parses Application/JSON as JSON and TEXT/Plain as text', async () => {
    const { call } = clientOf(shout, server.url, { maxRetries: 0 })
    expect((await call('GET', '/shout')).data).toEqual({ ok: true })
    server.script(reply(400, 'no', { 'content-type': 'text/plain; charset=utf-8' }))
    expect((await call('GET', '/shout')).error).toMatchObject({ kind: 'http_400', body: 'no' })
  })

  it('the types get the keys lowercased (parameters kept), so MediaBody reads them as JSON and text', async () => {
    const view = asTheCallerSeesIt(shout) as unknown as {
      paths: Record<string, { get: { responses: Record<string, { content: object }> } }>
    }
    expect(Object.keys(view.paths['/shout']?.get.responses['200']?.content ?? {})).toEqual(['application/json'])
    expect(Object.keys(view.paths['/shout']?.get.responses['400']?.content ?? {})).toEqual(['text/plain; charset=UTF-8'])
    const types = await renderTypes({ api: 'shout', specPath: 'x', text: '', sha256: '', document: shout })
    expect(types).toContain('"application/json": {')
    expect(types).not.toContain('Application/JSON')
  })

  it('the spec given is not changed', () => {
    asTheCallerSeesIt(shout)
    expect(JSON.stringify(shout)).toContain('Application/JSON')
  })
})
