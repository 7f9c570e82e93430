import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// eslint.config.js enforces the folder picture with import-x/no-restricted-paths zones built from
// LAYERS (eslint-layers.js); a folder missing from LAYERS would escape every zone, so each folder of
// src/ must be listed.
const layersPath = '../../eslint-layers.js';

describe('the folder picture (LAYERS in eslint-layers.js)', () => {
  it('lists every top-level folder of src/ exactly once, and no file lies loose in src/', async () => {
    const { LAYERS } = (await import(layersPath)) as { LAYERS: readonly (readonly string[])[] };
    const listed = LAYERS.flat();
    const entries = readdirSync('src', { withFileTypes: true });
    const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name);
    expect([...listed].sort()).toEqual([...folders].sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(entries.filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
  });
});
