import type { QuotedPassage } from './reply-model.js';

/** The passage around its answering sentences, with […] where they stand; '' when there is none. */
export function contextOf(passage: QuotedPassage): string {
  if (passage.before === '' && passage.after === '') return '';
  return [passage.before, '[…]', passage.after].filter((part) => part !== '').join(' ');
}
