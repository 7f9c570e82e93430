import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';

// loadConfig is the one reader of process.env; these tests set and restore what they touch.
const touched = ['CONTENT_DIR', 'COOLDOWN_SECONDS'] as const;
const saved = Object.fromEntries(touched.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of touched) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('loadConfig', () => {
  it('loads a .env file, and real environment variables win over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qa-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'CONTENT_DIR=from-file\nCOOLDOWN_SECONDS=12\n');
    delete process.env.CONTENT_DIR;
    process.env.COOLDOWN_SECONDS = '7';
    const config = loadConfig(file);
    expect(config.contentDir).toBe('from-file');
    expect(config.cooldown.seconds).toBe(7);
  });

  it('works without a .env file', () => {
    delete process.env.CONTENT_DIR;
    expect(loadConfig(join(tmpdir(), 'no-such-dir', '.env')).contentDir).toBe('content');
  });
});
