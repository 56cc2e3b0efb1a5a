export { createLimiter, type LimiterOptions } from './create-limiter';
export { consumeApiRequest, rateLimitHeaders, type ApiRateBucket, type ApiRateState } from './consume-api-request';
export { backoffSeconds } from './backoff-seconds';
export { formatWait } from './format-wait';
