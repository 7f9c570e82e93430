// The HTTP baseline for `npm run bench:e2e`: the smallest interactions endpoint worth the name, a
// node:http server that verifies Discord's Ed25519 signature and answers every interaction with a
// fixed message (PING with PONG). No engine, no limits, no timeouts. Not shipped; the benchmark
// compiles it to plain JavaScript and spawns it with node, like baseline-bot.ts.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';

const publicKey = process.env.DISCORD_PUBLIC_KEY;
const port = Number(process.env.INTERACTIONS_PORT);
if (!publicKey || !/^[0-9a-f]{64}$/i.test(publicKey) || !Number.isInteger(port)) {
  process.stderr.write('http baseline: DISCORD_PUBLIC_KEY and INTERACTIONS_PORT are required\n');
  process.exit(1);
}

const key = createPublicKey({
  key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKey, 'hex')]),
  format: 'der',
  type: 'spki',
});
const PONG = JSON.stringify({ type: 1 });
const ANSWER = JSON.stringify({ type: 4, data: { content: 'fixed answer' } });

// The same keep-alive as our endpoint's: node's default 5 s would close pooled sockets under the load's feet.
const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const signature = req.headers['x-signature-ed25519'];
    const timestamp = req.headers['x-signature-timestamp'];
    const valid =
      typeof signature === 'string' &&
      typeof timestamp === 'string' &&
      verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, 'hex'));
    if (!valid) {
      res.writeHead(401).end();
      return;
    }
    // Any endpoint must at least tell a PING from the rest.
    const { type } = JSON.parse(body.toString('utf8')) as { type?: unknown };
    const text = type === 1 ? PONG : ANSWER;
    res
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
      .end(text);
  });
});

const stop = (): void => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
server.listen(port, '127.0.0.1', () => process.stdout.write(`http baseline listening on ${port}\n`));
