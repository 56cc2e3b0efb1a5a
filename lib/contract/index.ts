/**
 * The /api/v1 contract, once: request and response shapes, the error codes with their HTTP status
 * and the error shape, status enums, pagination. Pure zod over lib/video: the server, the HTTP edge,
 * the editor's API client, the OpenAPI document and the e2e tests all import it.
 */
export * from './errors';
export * from './etag';
export * from './files';
export * from './pagination';
export * from './previews';
export * from './requests';
export * from './responses';
export * from './status';
export * from './assets';
