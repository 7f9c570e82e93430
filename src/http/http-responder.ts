import type { APIInteractionResponse } from 'discord-api-types/v10';
import { stringifyResponse } from '../discord/render/serialize-message.js';
import type { InteractionResponder } from '../interactions/interaction-responder.js';

/** Thrown by respond() when the interaction can no longer be answered over its HTTP request. */
export class ResponseClosedError extends Error {
  override readonly name = 'ResponseClosedError';
}

/** The responder of one pending POST, and what the server needs to know about it. */
export interface HttpResponder extends InteractionResponder {
  /** Whether respond() has written the response. */
  readonly responded: boolean;
  /** Ends the chance to respond (the server answered the request itself); later respond() calls throw. */
  close(): void;
}

/**
 * The HTTP transport's responder: the first response is the body of the pending POST, written once
 * with `write`. Discord learns the message id itself, so respond() resolves with null.
 */
export function createHttpResponder(write: (json: string) => void): HttpResponder {
  let state: 'open' | 'responded' | 'closed' = 'open';
  return {
    get responded() {
      return state === 'responded';
    },
    close() {
      if (state === 'open') state = 'closed';
    },
    respond(response: APIInteractionResponse) {
      if (state === 'responded')
        return Promise.reject(new ResponseClosedError('The interaction has already been responded to'));
      if (state === 'closed')
        return Promise.reject(
          new ResponseClosedError('The interaction request was already answered (no response in time)'),
        );
      state = 'responded';
      write(stringifyResponse(response));
      return Promise.resolve(null);
    },
  };
}
