/** A small HTTP client for the interactions endpoint: signed posts, and raw requests for refusal cases. */
import { request, Agent } from 'node:http';
import type { APIInteraction } from 'discord-api-types/v10';
import type { InteractionSigner } from './signer.js';

/** What came back. */
export interface EndpointResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  readonly json: unknown;
}

/** One raw request. */
export interface RawRequest {
  readonly method?: string;
  readonly path?: string;
  readonly headers?: Record<string, string>;
  /** Sent as is; an array is sent chunk by chunk (no Content-Length). */
  readonly body?: string | Buffer | readonly Buffer[];
}

/** Talks to one endpoint. */
export interface EndpointClient {
  readonly url: string;
  /** Signs the interaction as Discord would and POSTs it to the endpoint's path. */
  post(interaction: APIInteraction | object): Promise<EndpointResponse>;
  /** Any request, exactly as given. */
  send(raw: RawRequest): Promise<EndpointResponse>;
  /** Closes pooled keep-alive connections. */
  close(): void;
}

/** A client for `http://host:port` whose interactions go to `path`. */
export function endpointClient(
  base: { readonly port: number; readonly host?: string; readonly path?: string },
  signer: InteractionSigner,
): EndpointClient {
  const host = base.host ?? '127.0.0.1';
  const path = base.path ?? '/interactions';
  const agent = new Agent({ keepAlive: true });
  const send = (raw: RawRequest): Promise<EndpointResponse> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host,
          port: base.port,
          method: raw.method ?? 'POST',
          path: raw.path ?? path,
          headers: raw.headers,
          agent,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parseJson(text) });
          });
        },
      );
      req.on('error', reject);
      const body = raw.body;
      if (Array.isArray(body)) {
        for (const chunk of body) req.write(chunk);
        req.end();
      } else req.end(body);
    });
  return {
    url: `http://${host}:${base.port}${path}`,
    send,
    post(interaction) {
      const body = JSON.stringify(interaction);
      return send({ body, headers: { 'content-type': 'application/json', ...signer.headers(body) } });
    },
    close: () => agent.destroy(),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
