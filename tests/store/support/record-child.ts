/**
 * A process that records questions and votes through the store, as one shard of the bot would, then
 * closes it. Run with `node --import tsx`; argv[2] is a JSON ChildPlan. Prints `{"dropped":N}`.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { pino } from 'pino';
import type { StoreConfig } from '../../../src/config/parse-config.js';
import { openStore } from '../../../src/store/open-store.js';
import { question, vote } from './records.js';

/** What the child records. */
export interface ChildPlan {
  readonly config: StoreConfig;
  /** Distinguishes the children's guilds and voters. */
  readonly label: string;
  readonly rounds: number;
  /** Questions per round, every other one declined. */
  readonly questionsPerRound: number;
  /** Voters per round; each presses 👍 and, if even-numbered, changes to 👎 in the next round. */
  readonly votersPerRound: number;
  /** Epoch ms to open the store at, so two children migrate the same empty database at once. */
  readonly startAt: number;
}

const plan = JSON.parse(process.argv[2] ?? '') as ChildPlan;
await delay(Math.max(0, plan.startAt - Date.now()));
const store = await openStore({ ...plan.config, logger: pino({ level: 'warn' }, pino.destination(2)) });
const at = new Date();
for (let round = 0; round <= plan.rounds; round++) {
  if (round < plan.rounds)
    for (let i = 0; i < plan.questionsPerRound; i++)
      store.recordQuestion(
        question({ at, guildId: plan.label, answered: i % 2 === 0, question: `${plan.label} ${round}.${i}` }),
      );
  for (let i = 0; i < plan.votersPerRound; i++) {
    const voter = { userId: `${plan.label}-${round}-${i}`, messageId: `m-${round}-${i}` };
    if (round < plan.rounds) store.recordVote(vote({ at, ...voter, vote: 'up' }));
    const previous = { userId: `${plan.label}-${round - 1}-${i}`, messageId: `m-${round - 1}-${i}` };
    if (round > 0 && i % 2 === 0)
      store.recordVote(vote({ at: new Date(at.getTime() + 1), ...previous, vote: 'down' }));
  }
  // Flush every round, so both processes' transactions interleave on the one database.
  await store.flush();
}
await store.close();
process.stdout.write(`${JSON.stringify({ dropped: store.dropped })}\n`);
