// Small synthetic specs for tests/codegen: every request body, response and security kind
// the generator must take, with operationIds in several casings, one missing, and names
// that collide with what a vendor package re-exports from the runtime.

const json = (/** @type {object} */ schema) => ({ 'application/json': { schema } })
const ok = (/** @type {object} */ schema) => ({ 200: { description: 'ok', content: json(schema) } })
const noContent = { 204: { description: 'done' } }
const idResult = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }

/**
 * OpenAPI 3.1: one operation per kind. `tokenUrl` is the scripted server's token endpoint.
 * @param {string} tokenUrl
 */
export function kindsSpec(tokenUrl) {
  return {
    openapi: '3.1.0',
    info: { title: 'Kinds', version: '1.0.0' },
    servers: [{ url: 'https://kinds.example.com/v1' }],
    paths: {
      '/json': {
        post: {
          operationId: 'PostJsonThing',
          summary: 'JSON body, apiKey in a header',
          security: [{ headerKey: [] }],
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/Thing' }) },
          responses: {
            ...ok(idResult),
            400: { description: 'refused', content: json({ $ref: '#/components/schemas/ParleyError' }) },
          },
        },
      },
      '/vendor-json': {
        post: {
          operationId: 'post_vendor_json',
          summary: '+json body, OAuth2 client credentials',
          security: [{ 'oauth-client': ['read'] }],
          requestBody: {
            content: { 'application/vnd.kinds+json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          responses: ok(idResult),
        },
      },
      '/forms': {
        post: {
          operationId: 'forms.submit',
          summary: 'Form body with encoding, HTTP Basic',
          security: [{ basicAuth: [] }],
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  required: ['name'],
                  properties: {
                    name: { type: 'string' },
                    tags: { type: 'array', items: { type: 'string' } },
                    to: { type: 'array', items: { type: 'string' } },
                  },
                },
                encoding: { tags: { style: 'form', explode: false } },
              },
            },
          },
          responses: ok(idResult),
        },
      },
      '/uploads': {
        post: {
          summary: 'Multipart body without an operationId, bearer token',
          security: [{ bearerAuth: [] }],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: { type: 'string', format: 'binary' },
                    bytes: { type: 'string', format: 'binary' },
                    caption: { type: 'string' },
                    note: { type: 'string' },
                    meta: { type: 'object', properties: { size: { type: 'integer' } } },
                  },
                },
                encoding: { note: { contentType: 'text/markdown' }, meta: { contentType: 'application/json' } },
              },
            },
          },
          responses: { 201: { description: 'stored', content: json(idResult) } },
        },
      },
      '/binary': {
        put: {
          operationId: 'putBinary',
          summary: 'Octet-stream body, apiKey in the query',
          security: [{ queryKey: [] }],
          requestBody: {
            required: true,
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          },
          responses: noContent,
        },
        get: {
          operationId: 'getBinary',
          summary: 'Binary answer, apiKey in the query OR HTTP Basic',
          security: [{ queryKey: [] }, { basicAuth: [] }],
          responses: {
            200: {
              description: 'bytes',
              content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
            },
          },
        },
      },
      '/text': {
        put: {
          operationId: 'putText',
          summary: 'Text body, apiKey in a cookie',
          security: [{ cookieKey: [] }],
          requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } } } },
          responses: noContent,
        },
        get: {
          operationId: 'getText',
          summary: 'Text answer, apiKey header AND bearer',
          security: [{ headerKey: [], bearerAuth: [] }],
          responses: { 200: { description: 'text', content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
      '/events': {
        get: {
          operationId: 'streamEvents',
          summary: 'Event-stream answer; an Accept header parameter (OpenAPI ignores it)',
          security: [{ headerKey: [] }],
          parameters: [{ name: 'Accept', in: 'header', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'events',
              content: {
                'text/event-stream': {
                  schema: { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
                },
              },
            },
          },
        },
      },
      '/things/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        delete: {
          operationId: 'createApiError',
          summary: 'Named like what the runtime once exported with its errors; 204',
          security: [{ headerKey: [] }],
          responses: noContent,
        },
      },
      '/search': {
        get: {
          operationId: 'searchThings',
          summary: 'Query parameters in several OpenAPI styles',
          security: [{ headerKey: [] }],
          parameters: [
            { name: 'ids', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string' } } },
            {
              name: 'tags',
              in: 'query',
              style: 'pipeDelimited',
              explode: false,
              schema: { type: 'array', items: { type: 'string' } },
            },
            // OpenAPI's default for a query object: form, exploded (its fields as parameters).
            {
              name: 'filter',
              in: 'query',
              schema: { type: 'object', properties: { status: { type: 'string' }, max: { type: 'integer' } } },
            },
            { name: 'q', in: 'query', schema: { type: 'string' } },
          ],
          responses: ok({ type: 'object', properties: { count: { type: 'integer' } } }),
        },
      },
      '/prefs': {
        put: {
          operationId: 'updatePrefs',
          summary: 'JSON or form body, the caller picks',
          security: [{ headerKey: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Prefs' } },
              'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Prefs' } },
            },
          },
          responses: ok({ type: 'object', properties: { ok: { type: 'boolean' } } }),
        },
      },
    },
    components: {
      schemas: {
        Thing: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, size: { type: ['integer', 'null'] } },
        },
        Prefs: { type: 'object', properties: { theme: { type: 'string' }, alerts: { type: 'boolean' } } },
        ParleyError: { type: 'object', properties: { message: { type: 'string' } } },
        // PascalCased by hey-api into a runtime export's name (`ApiError`).
        api_error: { type: 'object', properties: { code: { type: 'integer' } } },
        // Named like the SDK module's own `Options` type.
        Options: { type: 'object', properties: { verbose: { type: 'boolean' } } },
      },
      securitySchemes: {
        headerKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
        cookieKey: { type: 'apiKey', in: 'cookie', name: 'session' },
        basicAuth: { type: 'http', scheme: 'basic' },
        bearerAuth: { type: 'http', scheme: 'bearer' },
        'oauth-client': { type: 'oauth2', flows: { clientCredentials: { tokenUrl, scopes: { read: 'read things' } } } },
      },
    },
  }
}

/** OpenAPI 3.0 with what 3.0 documents carry: `nullable`, boolean `exclusiveMinimum`, PascalCase ids, a form body with Basic auth. */
export function legacySpec() {
  return {
    openapi: '3.0.3',
    info: { title: 'Legacy', version: '2.0.0' },
    servers: [{ url: 'https://legacy.example.com' }],
    security: [{ basic: [] }],
    paths: {
      '/Accounts/{AccountSid}/Messages.json': {
        parameters: [{ name: 'AccountSid', in: 'path', required: true, schema: { type: 'string' } }],
        post: {
          operationId: 'CreateMessage',
          summary: 'Form body, Basic auth',
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': {
                schema: {
                  type: 'object',
                  required: ['To', 'Body'],
                  properties: {
                    To: { type: 'string' },
                    Body: { type: 'string' },
                    MaxPrice: { type: 'number', minimum: 0, exclusiveMinimum: true },
                    StatusCallback: { type: 'string', nullable: true },
                  },
                },
              },
            },
          },
          responses: { 201: { description: 'created', content: json({ $ref: '#/components/schemas/Message' }) } },
        },
        get: {
          operationId: 'list_messages',
          summary: 'JSON answer',
          parameters: [{ name: 'PageSize', in: 'query', schema: { type: 'integer' } }],
          responses: ok({
            type: 'object',
            properties: { messages: { type: 'array', items: { $ref: '#/components/schemas/Message' } } },
          }),
        },
      },
    },
    components: {
      schemas: {
        Message: {
          type: 'object',
          properties: {
            sid: { type: 'string' },
            body: { type: 'string', nullable: true },
            NotFoundError: { type: 'boolean' },
          },
        },
        NotFoundError: { type: 'object', properties: { code: { type: 'integer' } } },
      },
      securitySchemes: { basic: { type: 'http', scheme: 'basic' } },
    },
  }
}

/** A spec of `count` operations over a few shared schemas (the scale test and bench). */
export function manyOperationsSpec(count = 250) {
  /** @type {Record<string, object>} */
  const paths = {}
  for (let index = 0; index < count; index++) {
    const resource = `/resources${index}/{id}`
    paths[resource] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      post: {
        operationId: `Update_Resource_${index}`,
        summary: `Update resource ${index}`,
        requestBody: { required: true, content: json({ $ref: '#/components/schemas/Change' }) },
        responses: ok({
          type: 'object',
          required: ['id', 'revision'],
          properties: {
            id: { type: 'string' },
            revision: { type: 'integer' },
            item: { $ref: '#/components/schemas/Item' },
            [`field${index}`]: { type: 'string' },
          },
        }),
      },
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Many', version: '1.0.0' },
    servers: [{ url: 'https://many.example.com' }],
    security: [{ apiKey: [] }],
    paths,
    components: {
      schemas: {
        Change: {
          type: 'object',
          properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
        },
        Item: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string' },
            children: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
            attributes: { type: 'object', additionalProperties: { type: 'string' } },
          },
        },
      },
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
    },
  }
}

/** An application of the many-operations package, type-checked against its built declarations. */
export const manyConsumer = `import { createTestClient, responseChecker, updateResource249, type Change } from '../dist/index.js'

const client = createTestClient({ apiKey: 'k' })
const change: Change = { name: 'n', tags: ['a'] }
export async function run(): Promise<number> {
  const first = await client.updateResource0({ path: { id: '1' }, body: change })
  const last = await updateResource249({ path: { id: '2' }, body: change })
  // @ts-expect-error the body is required
  await client.updateResource7({ path: { id: '3' } })
  void responseChecker
  return first.revision + last.revision + (last.field249 ? 1 : 0)
}
`
