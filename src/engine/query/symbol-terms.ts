import type { Term } from './analyzer.js';

/**
 * Operators and format specifiers are what people ask documentation about ("what does %o do",
 * "~ vs ^ in a range", "what is `$in`"), and the word tokenizer drops them. A symbol term is a run
 * of one to three symbol characters as code writes it (`||`, `??`, `+(`, `...`), or one symbol
 * character and the letters after it (`%o`, `$in`): matched exactly (case kept, no stemming, no
 * typo or prefix reading), its key is the symbol after a backtick.
 */
const SYMBOL_RUN = /[^\p{L}\p{N}\s'"`‘’“”\\_]+/gu;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const MAX_RUN = 3;
const MAX_SIGIL_WORD = 16;
// Sentence punctuation, brackets: in prose they carry no topic ("what?", "(the lib)").
const SENTENCE_MARKS = /^[.,;:?!]$/u;
const FINAL_MARKS = /^[?!.]+$/u;
const BRACKETS = /^[()[\]{}<>]+$/u;
// Discord's markup around words in a question (`**bold**`, `*italic*`, `~~struck~~`, `||spoiler||`).
const CHAT_MARKUP = /(\*\*|\*|~~|\|\|)(?=\S)([^*~|\n]*?\S)\1/gu;

/** The key of a symbol, apart from words' stems and phrases' `~` keys. */
export const symbolKey = (symbol: string): string => `\`${symbol}`;

/** True for a key symbolKey made. */
export const isSymbolKey = (key: string): boolean => key.startsWith('`');

interface Run {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly afterWord: boolean;
  readonly beforeWord: boolean;
}

function runsIn(text: string, from: number, to: number): Run[] {
  const runs: Run[] = [];
  const span = text.slice(from, to);
  for (const match of span.matchAll(SYMBOL_RUN)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (match[0].length > MAX_RUN) continue;
    runs.push({
      start,
      end,
      text: match[0],
      afterWord: start > from && WORD_CHAR.test(text[start - 1] ?? ''),
      beforeWord: end < to && WORD_CHAR.test(text[end] ?? ''),
    });
  }
  return runs;
}

function termsOf(text: string, run: Run, to: number): Term[] {
  const terms: Term[] = [{ key: symbolKey(run.text), start: run.start, end: run.end, word: run.text }];
  // A sigil starting a word (`%o`, `$in`, `.test`) names something of its own, not every use of `%`.
  if (run.text.length === 1 && !run.afterWord && !BRACKETS.test(run.text)) {
    const letters = /^\p{L}+/u.exec(text.slice(run.end, Math.min(to, run.end + MAX_SIGIL_WORD + 1)))?.[0];
    if (letters !== undefined && letters.length <= MAX_SIGIL_WORD) {
      const word = run.text + letters;
      terms.push({ key: symbolKey(word), start: run.start, end: run.end + letters.length, word });
    }
  }
  return terms;
}

/**
 * Whether a run reads as a symbol: standing alone (`what does ?? do`, `a || b`), starting a word
 * (`^1.2.3`, `%o`, `!(foo)`), or of two characters and more between words (`01..25`, `a||b`). Not
 * one closing a word ("what?", "ok!!", "c++", "foo()", `'Pong!'`), a lone mark or bracket of prose,
 * nor, in a question, marks ending it ("why ??"). Documents and questions read runs alike, so a
 * question's `!ping` does not meet the `!` of a string's "Pong!".
 */
function isSymbol(run: Run, endsText: boolean): boolean {
  if (BRACKETS.test(run.text)) return false;
  if (run.afterWord) return run.beforeWord && run.text.length >= 2;
  if (run.beforeWord) return true;
  return !SENTENCE_MARKS.test(run.text) && !(endsText && FINAL_MARKS.test(run.text));
}

/** Every symbol term of the given stretches of a document's text (its code: blocks, inline code, table cells). */
export function documentSymbolTerms(text: string, spans: readonly { start: number; end: number }[]): Term[] {
  return spans.flatMap(({ start, end }) =>
    runsIn(text, start, end)
      .filter((run) => isSymbol(run, false))
      .flatMap((run) => termsOf(text, run, end)),
  );
}

/** The symbol terms of a question (only those the content has count: resolve-query.ts). */
export function querySymbolTerms(question: string): Term[] {
  const text = question.replace(
    CHAT_MARKUP,
    (_, mark: string, inner: string) => ' '.repeat(mark.length) + inner + ' '.repeat(mark.length),
  );
  const end = text.trimEnd().length;
  return runsIn(text, 0, text.length)
    .filter((run) => isSymbol(run, run.end >= end))
    .flatMap((run) => termsOf(text, run, text.length));
}
