import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getSettings } from '../../config';
import { db } from '../db/client';

export interface LimiterOptions {
  /** Names the counter family; keys are stored as `<name>:<subject>`. */
  name: string;
  /** Points per window. */
  points: number;
  /** Window length in seconds (fixed window, from the key's first point). */
  durationSeconds: number;
}

const holder = globalThis as unknown as { cutroomLimiters?: Map<string, RateLimiterAbstract>; cutroomLimiterRedis?: Redis };
const limiters = (holder.cutroomLimiters ??= new Map());

function redisClient(url: string): Redis {
  // No offline queue: while Redis is unreachable a call fails at once and the insurance limiter answers.
  return (holder.cutroomLimiterRedis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }));
}

/**
 * A rate-limiter-flexible limiter whose counts every app process shares: in Redis when REDIS_URL is set,
 * else in the database's RateLimit table. If the store fails, a per-process memory limiter with the same
 * limits answers (a degraded but still limited service, never an outage). One instance per options.
 */
export function createLimiter(opts: LimiterOptions): RateLimiterAbstract {
  const { redisUrl } = getSettings();
  const id = `${redisUrl ? 'redis' : 'db'}|${opts.name}|${opts.points}|${opts.durationSeconds}`;
  const existing = limiters.get(id);
  if (existing) return existing;
  const base = { keyPrefix: opts.name, points: opts.points, duration: opts.durationSeconds };
  const insuranceLimiter = new RateLimiterMemory(base);
  const limiter = redisUrl
    ? new RateLimiterRedis({ ...base, storeClient: redisClient(redisUrl), insuranceLimiter })
    : new RateLimiterPrisma({ ...base, storeClient: db, tableName: 'rateLimit', insuranceLimiter });
  limiters.set(id, limiter);
  return limiter;
}
