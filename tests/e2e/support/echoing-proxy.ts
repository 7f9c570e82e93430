/**
 * A proxy to put at DISCORD_API_URL: forwards every request to the local Discord, except that it
 * answers the first `times` requests `echoes` matches with a 400 whose body repeats the request's
 * headers, Authorization included (as a misconfigured corporate proxy or debugging gateway might).
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoingProxy {
  /** The base to give the bot as DISCORD_API_URL. */
  readonly base: string;
  /** How many requests were answered with the echo. */
  readonly echoed: number;
  close(): Promise<void>;
}

export async function startEchoingProxy(
  target: string,
  echoes: (req: IncomingMessage) => boolean,
  times = 1,
): Promise<EchoingProxy> {
  const upstream = new URL(target);
  let echoed = 0;
  const server: Server = createServer((req, res) => {
    if (echoed < times && echoes(req)) {
      echoed++;
      req.resume();
      const auth = req.headers.authorization ?? '';
      res.writeHead(400, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          message: `Bad request; you sent Authorization: ${auth}`,
          code: 50035,
          errors: { headers: { _errors: [{ code: 'ECHO', message: `authorization=${auth}` }] } },
        }),
      );
      return;
    }
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${upstream.pathname.replace(/\/+$/, '')}`,
    get echoed() {
      return echoed;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
