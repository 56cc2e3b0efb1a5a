export { openApiDocument, operationErrorCodes, type OpenApiDocument } from './document';
export { videoConfigJsonSchema, type JsonSchema } from './json-schema';
export { errorCodeTable, errorCodeDescriptions, authErrorCodes } from './error-codes';
export { operations, type OperationSpec, type ParameterSpec } from './operations';
