import { REST, RESTEvents } from 'discord.js';
import { createRateLimitRetries } from '../bot/limit-rate-limit-retries.js';

/**
 * The REST client of an endpoint without a gateway: the interaction webhook (deferred edits,
 * follow-ups) needs no token; with one, it can also delete answers and ask who owns the
 * application. The same limits as the gateway bot's client (create-client.ts).
 */
export function createRest(apiUrl: string, token: string | undefined): REST {
  const rateLimits = createRateLimitRetries();
  const rest = new REST({ api: apiUrl, timeout: 10_000, retries: 2, rejectOnRateLimit: rateLimits.reject });
  rest.on(RESTEvents.RateLimited, rateLimits.noteWait);
  if (token !== undefined) rest.setToken(token);
  return rest;
}
