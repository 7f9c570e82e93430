/** Every REST route the fake serves; anything else is answered 404 and recorded as `UNKNOWN`. */
import { appRoutes } from './rest-routes-app.js';
import { channelRoutes } from './rest-routes-channels.js';
import { interactionRoutes } from './rest-routes-interactions.js';
import type { Route } from './route-table.js';

export const API_PREFIX = '/api/v10';

export const routes: readonly Route[] = [...appRoutes, ...interactionRoutes, ...channelRoutes];
