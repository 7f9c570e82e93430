/** The metrics module on its own: names, labels, zeros from the start, units, and one set per instance. */
import { describe, expect, it } from 'vitest';
import { createMetrics, QUESTION_OUTCOMES, type StoreCounts } from '../../src/metrics/metrics.js';
import { QUESTION_VIAS } from '../../src/store/records.js';
import { movedBy, parseExposition, sampleValue, type Sample } from '../support/prometheus-text.js';

const read = async (metrics: ReturnType<typeof createMetrics>): Promise<Sample[]> =>
  parseExposition(await metrics.scrape());

describe('createMetrics', () => {
  it('starts every question, latency and vote series at zero, for every way in and outcome', async () => {
    const samples = await read(createMetrics());
    for (const via of QUESTION_VIAS) {
      for (const outcome of QUESTION_OUTCOMES)
        expect(sampleValue(samples, 'qa_bot_questions_total', { via, outcome })).toBe(0);
      expect(sampleValue(samples, 'qa_bot_answer_duration_seconds_count', { via })).toBe(0);
    }
    expect(samples.filter((s) => s.name === 'qa_bot_questions_total')).toHaveLength(
      QUESTION_VIAS.length * QUESTION_OUTCOMES.length,
    );
    for (const vote of ['up', 'down'])
      expect(sampleValue(samples, 'qa_bot_feedback_votes_total', { vote })).toBe(0);
    for (const name of [
      'qa_bot_content_reloads_total',
      'qa_bot_content_reload_failures_total',
      'qa_bot_store_queued_records',
      'qa_bot_store_records_written_total',
      'qa_bot_store_records_dropped_total',
    ])
      expect(sampleValue(samples, name), name).toBe(0);
    // No gateway: no ping series at all, rather than a made-up zero.
    expect(samples.filter((s) => s.name === 'qa_bot_gateway_ping_seconds')).toEqual([]);
  });

  it('counts questions by way in and outcome, and answer times in seconds', async () => {
    const metrics = createMetrics();
    const before = await read(metrics);
    metrics.question('command:ask', 'answered');
    metrics.question('command:ask', 'answered');
    metrics.question('mention', 'cooldown');
    metrics.question('dm', 'linked');
    metrics.answerTime('command:ask', 0.004);
    metrics.answerTime('command:ask', 0.2);
    const after = await read(metrics);
    expect(movedBy(before, after, 'qa_bot_questions_total')).toEqual({
      'via=command:ask,outcome=answered': 2,
      'via=mention,outcome=cooldown': 1,
      'via=dm,outcome=linked': 1,
    });
    const ask = { via: 'command:ask' };
    expect(sampleValue(after, 'qa_bot_answer_duration_seconds_count', ask)).toBe(2);
    expect(sampleValue(after, 'qa_bot_answer_duration_seconds_sum', ask)).toBeCloseTo(0.204);
    expect(sampleValue(after, 'qa_bot_answer_duration_seconds_bucket', { ...ask, le: '0.005' })).toBe(1);
    expect(sampleValue(after, 'qa_bot_answer_duration_seconds_bucket', { ...ask, le: '0.25' })).toBe(2);
  });

  it('counts votes, reloads and failed reloads', async () => {
    const metrics = createMetrics();
    metrics.vote('up');
    metrics.vote('down');
    metrics.vote('down');
    metrics.reload(true);
    metrics.reload(false);
    const samples = await read(metrics);
    expect(sampleValue(samples, 'qa_bot_feedback_votes_total', { vote: 'up' })).toBe(1);
    expect(sampleValue(samples, 'qa_bot_feedback_votes_total', { vote: 'down' })).toBe(2);
    expect(sampleValue(samples, 'qa_bot_content_reloads_total')).toBe(2);
    expect(sampleValue(samples, 'qa_bot_content_reload_failures_total')).toBe(1);
  });

  it("reports the store's queue and totals as they are at each scrape", async () => {
    const metrics = createMetrics();
    const store: { -readonly [K in keyof StoreCounts]: number } = { queued: 7, written: 120, dropped: 3 };
    metrics.readStoreFrom(store);
    let samples = await read(metrics);
    expect(sampleValue(samples, 'qa_bot_store_queued_records')).toBe(7);
    expect(sampleValue(samples, 'qa_bot_store_records_written_total')).toBe(120);
    expect(sampleValue(samples, 'qa_bot_store_records_dropped_total')).toBe(3);
    Object.assign(store, { queued: 0, written: 127, dropped: 3 });
    samples = await read(metrics);
    expect(sampleValue(samples, 'qa_bot_store_queued_records')).toBe(0);
    expect(sampleValue(samples, 'qa_bot_store_records_written_total')).toBe(127);
  });

  it('reports each shard’s ping in seconds, and none before its first heartbeat', async () => {
    const metrics = createMetrics();
    metrics.readGatewayFrom(() => [
      { shard: 0, pingMs: 42 },
      { shard: 3, pingMs: -1 },
    ]);
    const pings = (await read(metrics)).filter((s) => s.name === 'qa_bot_gateway_ping_seconds');
    expect(pings).toEqual([{ name: 'qa_bot_gateway_ping_seconds', labels: { shard: '0' }, value: 0.042 }]);
  });

  it('keeps each instance’s counts its own (tests start several bots in one process)', async () => {
    const first = createMetrics();
    const second = createMetrics();
    first.question('dm', 'answered');
    first.vote('up');
    const [one, two] = await Promise.all([read(first), read(second)]);
    expect(sampleValue(one, 'qa_bot_questions_total', { via: 'dm', outcome: 'answered' })).toBe(1);
    expect(sampleValue(two, 'qa_bot_questions_total', { via: 'dm', outcome: 'answered' })).toBe(0);
    expect(sampleValue(two, 'qa_bot_feedback_votes_total', { vote: 'up' })).toBe(0);
  });

  it("adds the process's default metrics, once per scrape however many instances exist", async () => {
    createMetrics();
    const samples = await read(createMetrics());
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(
        samples.filter((s) => s.name === name),
        name,
      ).toHaveLength(1);
  });

  it('follows the naming conventions: a prefix, snake_case, _total on counters, base units', async () => {
    const text = await createMetrics().scrape();
    const types = [...text.matchAll(/^# TYPE (\S+) (\S+)$/gm)].map(([, name = '', type = '']) => ({
      name,
      type,
    }));
    const ours = types.filter((t) => t.name.startsWith('qa_bot_'));
    expect(ours.length).toBeGreaterThanOrEqual(9);
    for (const { name, type } of ours) {
      expect(name).toMatch(/^qa_bot_[a-z0-9_]+$/);
      if (type === 'counter') expect(name).toMatch(/_total$/);
      else expect(name).not.toMatch(/_total$/);
      expect(name).not.toMatch(/_(ms|milliseconds|minutes)$/);
    }
  });
});
