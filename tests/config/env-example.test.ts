/** `.env.example` and the variables the config reads stay in step, both ways (issue 9). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, parseConfig } from '../../src/config/parse-config.js';

const EXAMPLE = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');

// Read by the config but no setting: discord.js's ShardingManager puts it in each shard's environment.
const SET_BY_DISCORD_JS = ['SHARDING_MANAGER'];

// `NAME=` or, for a variable whose empty value means something else, a commented `# NAME=value`.
const VARIABLE_LINE = /^(?:#\s*)?([A-Z][A-Z0-9_]*)=/;

/** The variable a line of `.env.example` sets or shows, if any. */
function variableOf(line: string): string | undefined {
  return VARIABLE_LINE.exec(line)?.[1];
}

/** Every name parseConfig looks up, over environments that take each branch (console, bot, sharded). */
function namesParseConfigReads(): string[] {
  const read = new Set<string>();
  const environments: Record<string, string>[] = [
    {},
    {
      DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.not-a-real-token',
      DISCORD_API_URL: 'http://127.0.0.1:3000/api',
      SHARD_COUNT: '4',
      SHARD_LIST: '0-1',
      SHARDING_MANAGER: 'process',
    },
  ];
  for (const env of environments) {
    const watched = new Proxy(env, {
      get(target, name) {
        if (typeof name === 'string') read.add(name);
        return Reflect.get(target, name) as unknown;
      },
    });
    parseConfig(watched);
  }
  return [...read].sort();
}

/** What one list lacks and adds against another, so a failure names the variables. */
function difference(actual: readonly string[], expected: readonly string[]) {
  return {
    missing: expected.filter((name) => !actual.includes(name)),
    extra: actual.filter((name) => !expected.includes(name)),
  };
}

describe('.env.example', () => {
  const listed = EXAMPLE.map(variableOf).filter((name) => name !== undefined);

  it('lists every variable the config reads, and nothing else', () => {
    expect(difference(listed, CONFIG_VARIABLES)).toEqual({ missing: [], extra: [] });
  });

  it('lists each variable once', () => {
    expect(listed.filter((name, i) => listed.indexOf(name) !== i)).toEqual([]);
  });

  it('explains each variable in a comment above it (or above its group)', () => {
    const unexplained = EXAMPLE.flatMap((line, i) => {
      const name = variableOf(line);
      if (name === undefined) return [];
      let above = i - 1;
      while (above >= 0 && variableOf(EXAMPLE[above] ?? '') !== undefined) above--;
      return EXAMPLE[above]?.startsWith('#') ? [] : [name];
    });
    expect(unexplained).toEqual([]);
  });
});

describe('CONFIG_VARIABLES', () => {
  it('names every variable parseConfig looks up, besides those discord.js sets', () => {
    const read = namesParseConfigReads().filter((name) => !SET_BY_DISCORD_JS.includes(name));
    expect(difference(read, CONFIG_VARIABLES)).toEqual({ missing: [], extra: [] });
  });

  it('reads the variables discord.js sets, which .env.example leaves out', () => {
    expect(namesParseConfigReads()).toEqual(expect.arrayContaining(SET_BY_DISCORD_JS));
    for (const name of SET_BY_DISCORD_JS) expect(EXAMPLE.map(variableOf)).not.toContain(name);
  });
});
