/**
 * Metrics of bots started in-process, as several tests do in one worker: each bot counts its own
 * questions, serves them on its own METRICS_PORT, and closes that port when it stops. A taken port
 * stops start-up with an error that names METRICS_PORT.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveConfiguredMetrics } from '../../src/metrics/serve-metrics.js';
import { createMetrics } from '../../src/metrics/metrics.js';
import { freePort } from '../support/free-port.js';
import { parseExposition, sampleValue, scrape } from '../support/prometheus-text.js';
import { ask, startHarness, stopHarness, type Harness } from './support/bot-harness.js';
import { LogCapture } from './support/log-capture.js';

let harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses) await stopHarness(harness);
  harnesses = [];
});

const ANSWERED = { via: 'command:ask', outcome: 'answered' };

describe('metrics of in-process bots', () => {
  it('each bot counts its own questions on its own port, and closes it when stopped', async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    const a = await startHarness({ env: { METRICS_PORT: String(portA) } });
    harnesses.push(a);
    const b = await startHarness({ env: { METRICS_PORT: String(portB) } });
    harnesses.push(b);

    await ask(a.fake, 'What is a GPU?');
    await ask(a.fake, 'What is a hyperscaler?');
    await ask(b.fake, 'What is a GPU?');

    // Counted once the answer is sent, just after Discord has it.
    await vi.waitFor(async () => {
      const [onA, onB] = await Promise.all([
        scrape(`http://127.0.0.1:${portA}/metrics`),
        scrape(`http://127.0.0.1:${portB}/metrics`),
      ]);
      expect(sampleValue(onA, 'qa_bot_questions_total', ANSWERED)).toBe(2);
      expect(sampleValue(onB, 'qa_bot_questions_total', ANSWERED)).toBe(1);
    });
    // What a test holding the bot reads is what the port serves.
    const held = parseExposition(await a.bot.metrics.scrape());
    expect(sampleValue(held, 'qa_bot_questions_total', ANSWERED)).toBe(2);

    await a.bot.stop();
    await expect(fetch(`http://127.0.0.1:${portA}/metrics`)).rejects.toThrow();
    expect(
      sampleValue(await scrape(`http://127.0.0.1:${portB}/metrics`), 'qa_bot_questions_total', ANSWERED),
    ).toBe(1);
  });

  it('a taken METRICS_PORT is refused with an error naming it; other paths are 404', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const logs = new LogCapture();
    try {
      await expect(serveConfiguredMetrics(createMetrics(), port, 0, logs.logger)).rejects.toThrow(
        /^Cannot serve metrics on METRICS_PORT: .*EADDRINUSE/,
      );
    } finally {
      taken.close();
    }
    const server = await serveConfiguredMetrics(createMetrics(), await freePort(), 0, logs.logger);
    try {
      expect(server).toBeDefined();
      const base = `http://127.0.0.1:${server?.port}`;
      expect((await fetch(`${base}/interactions`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: 'POST', body: '{}' })).status).toBe(405);
      expect(sampleValue(await scrape(`${base}/metrics?x=1`), 'qa_bot_content_reloads_total')).toBe(0);
    } finally {
      await server?.close();
    }
    expect(await serveConfiguredMetrics(createMetrics(), undefined, 0, logs.logger)).toBeUndefined();
  });
});
