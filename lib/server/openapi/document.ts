import { errorStatus, rendrSinkErrorCode, type ErrorCode } from '../../contract';
import { authErrorCodes, errorCodeDescriptions, errorCodeTable } from './error-codes';
import { toNamedJsonSchemas, videoConfigParts, type JsonSchema } from './json-schema';
import { apiSchemaParts, operations, type OperationSpec } from './operations';

const REF = '#/components/schemas/';

/** The error codes an operation documents, auth failures first when it needs a key. */
export function operationErrorCodes(op: OperationSpec): ErrorCode[] {
  const codes: ErrorCode[] = [
    ...(op.auth === 'key' ? authErrorCodes : []),
    ...op.errors,
    // Every JSON body is read through lib/api/parse, which bounds its size.
    ...(op.body?.contentType === 'application/json' ? (['PAYLOAD_TOO_LARGE'] as const) : []),
  ];
  return [...new Set(codes)];
}

function errorResponses(op: OperationSpec) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of operationErrorCodes(op)) {
    const status = errorStatus[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, unknown> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    const isRendrSink = op.errorShape === 'rendrsink';
    out[String(status)] = {
      description: codes.map((c) => (isRendrSink ? rendrSinkCode(c) : c)).join(', '),
      content: {
        'application/json': {
          schema: { $ref: `${REF}${isRendrSink ? 'RendrSinkError' : 'Error'}` },
          examples: Object.fromEntries(
            codes.map((code) => [code, { summary: errorCodeDescriptions[code], value: isRendrSink ? rendrSinkErrorExample(code) : errorExample(code) }]),
          ),
        },
      },
    };
  }
  out.default = {
    description: 'INTERNAL_ERROR (500): unexpected server error',
    content: { 'application/json': { schema: { $ref: `${REF}${op.errorShape === 'rendrsink' ? 'RendrSinkError' : 'Error'}` } } },
  };
  return out;
}

/** The lower-case code a RendrSink route answers with (lib/api/rendrsink-error.ts). */
const rendrSinkCode = rendrSinkErrorCode;

function rendrSinkErrorExample(code: ErrorCode) {
  const extra = code === 'RATE_LIMITED' ? { retry_after_ms: 2000 } : code === 'FILE_TOO_LARGE' ? { max_bytes: 5368709120 } : {};
  return { error: { code: rendrSinkErrorCode(code), message: errorCodeDescriptions[code], ...extra } };
}

function errorExample(code: ErrorCode) {
  if (code === 'INVALID_CONFIG') {
    return {
      success: false,
      error: 'Invalid video configuration: tracks[0].clips[0].duration: must be greater than 0',
      code,
      details: { issues: [{ path: 'tracks[0].clips[0].duration', message: 'must be greater than 0' }] },
    };
  }
  if (code === 'INSUFFICIENT_CREDITS') {
    return { success: false, error: 'Not enough credits: this render costs 15, you have 3.', code, details: { required: 15, available: 3 } };
  }
  return { success: false, error: errorCodeDescriptions[code], code };
}

function toOperation(op: OperationSpec) {
  const ok =
    'raw' in op.response
      ? { description: op.response.description, content: { [op.response.raw]: { schema: { type: 'object' } } } }
      : {
          description: op.response.description,
          content: {
            'application/json': {
              schema: { $ref: `${REF}${op.response.schema}` },
              ...(Object.keys(op.response.examples).length
                ? { examples: Object.fromEntries(Object.entries(op.response.examples).map(([k, value]) => [k, { value }])) }
                : {}),
            },
          },
        };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    ...(op.auth === 'none' ? { security: [] } : {}),
    ...(op.parameters?.length ? { parameters: op.parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: op.body.required,
            content: {
              [op.body.contentType]: {
                schema: { $ref: `${REF}${op.body.schema}` },
                ...(op.body.example !== undefined ? { example: op.body.example } : {}),
              },
            },
          },
        }
      : {}),
    responses: { [String(op.status ?? 200)]: ok, ...errorResponses(op) },
    'x-error-codes': operationErrorCodes(op),
    ...(op.isCutroomOnly ? { 'x-cutroom-only': true } : {}),
  };
}

let schemasCache: Record<string, JsonSchema> | undefined;

/** components.schemas: the config's parts and every request/response shape, from their zod schemas. */
function componentSchemas(): Record<string, JsonSchema> {
  return (schemasCache ??= toNamedJsonSchemas([...videoConfigParts, ...apiSchemaParts()], REF));
}

/** The whole /api/v1 surface as an OpenAPI 3.1 document (GET /api/v1/openapi.json, the /docs/api page). */
export function openApiDocument(baseUrl: string) {
  const ops = operations(baseUrl);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) (paths[op.path] ??= {})[op.method] = toOperation(op);

  return {
    openapi: '3.1.0',
    info: {
      title: 'Cutroom API',
      version: '1.0.0',
      summary: 'Create, preview and render videos from JSON configs.',
      description:
        'A drop-in replacement for the RenderingVideo v1 API: the same endpoints, fields and error codes, self-hosted. ' +
        'Authenticate with an API key (`sk-…`) in any of four forms; the app’s own pages use the session cookie instead. ' +
        'Every error is `{ "success": false, "error", "code", "details"? }` with the status given by its code.',
      license: { name: 'Open source' },
    },
    servers: [{ url: baseUrl, description: 'This server' }],
    tags: [
      { name: 'Videos', description: 'Permanent video tasks and their renders.' },
      { name: 'Previews', description: 'Temporary preview links: free, expire after 7 days.' },
      { name: 'Files', description: 'Uploaded media for use in configs.' },
      { name: 'Account', description: 'Credits.' },
      { name: 'Assets', description: 'The RendrSink media-processing API (its own body and error shapes).' },
      { name: 'Reference', description: 'What this server supports; public, no API key.' },
    ],
    // Any one of the four key forms authenticates a request.
    security: [{ bearerAuth: [] }, { tokenAuth: [] }, { apiKeyHeader: [] }, { apiKeyQuery: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'Recommended. `Authorization: Bearer sk-…`' },
        tokenAuth: { type: 'apiKey', in: 'header', name: 'Authorization', description: '`Authorization: Token sk-…` (the value starts with "Token ").' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: '`X-API-Key: sk-…`' },
        apiKeyQuery: { type: 'apiKey', in: 'query', name: 'api_key', description: '`?api_key=sk-…` (ends up in logs; prefer a header).' },
      },
      schemas: componentSchemas(),
    },
    'x-error-codes': errorCodeTable(),
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
