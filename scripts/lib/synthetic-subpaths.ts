/**
 * The synthetic spec's sub-resource templates (actions, attachments, files,
 * notes, history, TRACE) and side templates (CSV export, a recursive tree, a
 * deprecated list, a form body, a body of defaults). Pure.
 */

import { binary, header, item, json, ok, param, type Resource, res, type Template } from './synthetic-components.js'
import { ref } from './synthetic-schemas.js'

export function actionTemplates(): Template[] {
  return [
    {
      key: 'act',
      method: 'post',
      path: (r) => `${item(r)}/actions`,
      operation: (r) => ({
        summary: `Run an action on a ${r.name}`,
        requestBody: { required: true, content: json(ref('ActionRequest')) },
        responses: {
          202: ok('Accepted.', json(ref('ActionAccepted')), { 'Retry-After': header('RetryAfter'), 'X-Request-Id': header('RequestId') }),
          404: res('NotFound'),
          409: res('Conflict'),
          429: res('TooManyRequests'),
          503: res('ServiceUnavailable'),
        },
      }),
    },
    {
      key: 'download',
      method: 'get',
      path: (r) => `${item(r)}/attachment`,
      operation: (r) => ({
        summary: `Download a ${r.name}'s attachment`,
        responses: {
          200: ok(
            'The file.',
            { 'application/octet-stream': { schema: binary } },
            { 'Content-Disposition': { schema: { type: 'string' } } },
          ),
          404: res('NotFound'),
        },
      }),
    },
    {
      key: 'upload',
      method: 'put',
      path: (r) => `${item(r)}/attachment`,
      operation: (r) => ({
        summary: `Upload a ${r.name}'s attachment`,
        requestBody: { required: true, content: { 'application/octet-stream': { schema: binary } } },
        responses: { 204: ok('Stored.'), 404: res('NotFound'), 413: res('PayloadTooLarge') },
      }),
    },
    {
      key: 'files',
      method: 'post',
      path: (r) => `${item(r)}/files`,
      operation: (r) => ({
        summary: `Attach files to a ${r.name}`,
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: binary,
                  meta: ref('AttachmentMeta'),
                  labels: { type: 'array', items: { type: 'string' } },
                  visibility: { type: 'string', enum: ['private', 'public'], default: 'private', description: 'An inline default.' },
                },
              },
              encoding: { meta: { contentType: 'application/json' }, file: { contentType: 'application/octet-stream' } },
            },
          },
        },
        responses: { 201: ok('Stored.', json(ref('AttachmentMeta'))), 400: res('BadRequest'), 413: res('PayloadTooLarge') },
      }),
    },
    {
      key: 'note',
      method: 'post',
      path: (r) => `${item(r)}/notes`,
      operation: (r) => ({
        summary: `Add a note to a ${r.name}`,
        requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string', maxLength: 10000 } } } },
        responses: { 201: ok('The stored note.', { 'text/plain': { schema: { type: 'string' } } }), 404: res('NotFound') },
      }),
    },
    {
      key: 'history',
      method: 'get',
      path: (r) => `${item(r)}/history`,
      operation: (r) => ({
        summary: `History of a ${r.name}`,
        parameters: [param('Limit')],
        responses: { 200: ok('Events, newest first.', json({ type: 'array', items: ref('Event') })), 404: res('NotFound') },
      }),
    },
    {
      key: 'trace',
      method: 'trace',
      path: (r) => `${item(r)}/echo`,
      operation: (r) => ({
        summary: `Echo a request to a ${r.name}`,
        responses: { 200: ok('The request as received.', { 'message/http': { schema: { type: 'string' } } }) },
      }),
    },
  ]
}

export function sideTemplates(): Template[] {
  const suffix = (r: Resource): string => r.base.slice(1)
  return [
    {
      key: 'export',
      method: 'get',
      path: (r) => `/exports/${suffix(r)}`,
      operation: (r) => ({
        summary: `Export ${r.name}s as CSV`,
        parameters: [{ in: 'query', name: 'columns', explode: false, schema: { type: 'array', items: { type: 'string' } } }],
        responses: { 200: ok('CSV with a header row.', { 'text/csv': { schema: { type: 'string' } } }), '5XX': res('ServerError') },
      }),
    },
    {
      key: 'categories',
      method: 'get',
      path: (r) => `/categories/${suffix(r)}`,
      operation: (r) => ({
        summary: `Category tree of ${r.name}s`,
        responses: { 200: ok('The root.', json(ref('Category'))), default: res('Unexpected') },
      }),
    },
    {
      key: 'legacy',
      method: 'get',
      path: (r) => `/legacy/${suffix(r)}`,
      operation: (r) => ({
        summary: `List ${r.name}s (old format)`,
        deprecated: true,
        responses: { 200: ok('Everything, unpaged.', json({ type: 'array', items: ref(r.name) })), '4XX': res('ClientError') },
      }),
    },
    {
      key: 'token',
      method: 'post',
      path: (r) => `/tokens/${suffix(r)}`,
      operation: (r) => ({
        summary: `Issue a token scoped to ${r.name}s`,
        requestBody: { required: true, content: { 'application/x-www-form-urlencoded': { schema: ref('TokenRequest') } } },
        responses: { 200: ok('Issued.', json(ref('TokenResponse'))), 400: res('BadRequest'), 401: res('Unauthorized') },
      }),
    },
    {
      key: 'settings',
      method: 'put',
      path: (r) => `/settings/${suffix(r)}`,
      operation: (r) => ({
        summary: `Default settings of new ${r.name}s`,
        requestBody: { required: true, content: json(ref('Settings')) },
        responses: { 200: ok('Stored.', json(ref('Settings'))), 400: res('BadRequest') },
      }),
    },
  ]
}
