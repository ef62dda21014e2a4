import { RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { TeamDatabase } from './db/database';

/** Wrong invite codes from one address: ten in a quarter of an hour, counted in PostgreSQL. */
export const JOIN_ATTEMPTS = 10;
export const JOIN_WINDOW_SECONDS = 15 * 60;

/**
 * The limiter of wrong invite codes, shared by every server process through its table, so a
 * guesser gains nothing by reaching another process behind the load balancer.
 */
export function joinLimiter(db: TeamDatabase): Promise<RateLimiterAbstract> {
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterAbstract = new RateLimiterPostgres(
      {
        storeClient: db.pool,
        tableName: 'join_attempts',
        keyPrefix: 'join',
        points: JOIN_ATTEMPTS,
        duration: JOIN_WINDOW_SECONDS,
      },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}
