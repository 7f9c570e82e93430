/**
 * Compiling must grow linearly with the content, not with paragraphs × paragraphs or paragraphs ×
 * glossary names (issue 10, item 3). Work is counted, not timed: every string scan the compiler
 * asks of the runtime (regex executions and compilations, lower-casing, substring searches).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileFiles } from '../../src/content/compile-content.js';
import { syntheticContent } from '../bench/synthetic-content.js';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** How many string scans compiling this content costs. */
function workToCompile(paragraphs: number, terms: number): number {
  const content = syntheticContent(paragraphs, terms);
  let scans = 0;
  // Plain wrappers rather than vi.spyOn: a spy records every call's arguments and result, and the
  // compile makes hundreds of thousands of these calls (seconds of CPU to keep what nothing reads).
  const restores: (() => void)[] = [];
  const count = <T extends object, K extends keyof T>(target: T, key: K): void => {
    const original = target[key] as (...args: unknown[]) => unknown;
    target[key] = function (this: unknown, ...args: unknown[]) {
      scans++;
      return original.apply(this, args);
    } as T[K];
    restores.push(() => {
      target[key] = original as T[K];
    });
  };
  // Every regex method (test, matchAll, replace, split) goes through exec once it is replaced.
  count(RegExp.prototype, 'exec');
  count(String.prototype, 'toLowerCase');
  count(String.prototype, 'includes');
  count(String.prototype, 'indexOf');
  const NativeRegExp = RegExp;
  vi.stubGlobal(
    'RegExp',
    new Proxy(NativeRegExp, {
      construct(target, args: [string, string?]) {
        scans++;
        return new target(...args);
      },
    }),
  );
  try {
    compileFiles('synthetic', content);
  } finally {
    vi.unstubAllGlobals();
    for (const restore of restores) restore();
  }
  return scans;
}

describe('compile cost', () => {
  it('doubles, not quadruples, when the article and the glossary both double', () => {
    const small = workToCompile(60, 300);
    const large = workToCompile(120, 600);
    expect(small).toBeGreaterThan(1000);
    // Linear work gives a ratio near 2; rescanning every paragraph per word, or every name per
    // paragraph, gives near 4.
    expect(large / small).toBeLessThan(2.6);
  });
});
