import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm start` without a token: the offline console over the real engine and the real content folder.
// `npm start` runs the compiled bot; the end-to-end project's global setup builds it once (build-dist.ts).
const MAIN = ['dist/app/main.js'];

function runMain(input: string) {
  // Empty rather than deleted: a developer's .env must not supply a token (real variables win, '' is unset).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DISCORD_TOKEN: '',
    LOG_LEVEL: 'warn',
    CONTENT_DIR: 'content',
  };
  return spawnSync(process.execPath, MAIN, { input, env, encoding: 'utf8', timeout: 60_000 });
}

describe('main without DISCORD_TOKEN', () => {
  it('answers piped questions from the glossary with a citation and exits 0', () => {
    const result = runMain('What is a hyperscaler?\n');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('glossary: Hyperscaler');
    expect(result.stdout).toContain('largest cloud service providers');
    expect(result.stderr).toContain('No DISCORD_TOKEN set: starting the offline console.');
  });

  it('says it is starting the console in exactly one stderr line', () => {
    const result = runMain('');
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual(['No DISCORD_TOKEN set: starting the offline console.']);
    expect(result.stdout).toBe('');
  });

  it('exits 1 naming a bad variable, without echoing it', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DISCORD_TOKEN: 'has space-secret-bit',
      LOG_LEVEL: 'info',
    };
    const result = spawnSync(process.execPath, MAIN, {
      input: '',
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('DISCORD_TOKEN');
    expect(result.stderr + result.stdout).not.toContain('secret-bit');
  });
});
