import type { APIInteractionResponse } from 'discord-api-types/v10';
import { encodeResponse } from '../bot/render/serialize-message.js';
import type { InteractionResponder } from '../bot/interactions/interaction-responder.js';

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
 * with `write`. Discord learns the message id itself, so respond() resolves with null. A class for
 * the reason given at createInteractionReply: a getter in an object literal made every request's
 * objects outlive it.
 */
export function createHttpResponder(write: (json: Buffer) => void): HttpResponder {
  return new PendingPostResponder(write);
}

class PendingPostResponder implements HttpResponder {
  #state: 'open' | 'responded' | 'closed' = 'open';
  readonly #write: (json: Buffer) => void;

  constructor(write: (json: Buffer) => void) {
    this.#write = write;
  }

  get responded(): boolean {
    return this.#state === 'responded';
  }

  close(): void {
    if (this.#state === 'open') this.#state = 'closed';
  }

  respond(response: APIInteractionResponse): Promise<null> {
    if (this.#state === 'responded')
      return Promise.reject(new ResponseClosedError('The interaction has already been responded to'));
    if (this.#state === 'closed')
      return Promise.reject(
        new ResponseClosedError('The interaction request was already answered (no response in time)'),
      );
    this.#state = 'responded';
    this.#write(encodeResponse(response));
    return Promise.resolve(null);
  }
}
