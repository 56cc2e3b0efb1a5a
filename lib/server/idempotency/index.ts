export { beginIdempotentRequest, type IdempotencyStart } from './begin-idempotent-request';
export { completeIdempotentRequest, releaseIdempotentRequest } from './finish-idempotent-request';
export { requestFingerprint, type FingerprintInput } from './request-fingerprint';
export { sweepIdempotencyKeys } from './sweep-idempotency-keys';
