import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/engine/index.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { resolveQuery } from '../../src/engine/query/resolve-query.js';
import { foldWord } from '../../src/engine/query/tokenize.js';

// "ID" is a word documentation says of every user, guild, message and component ("client ID",
// "custom ID"); "I'd" folded to the same letters is a stopword, and stays one.
describe('the word "id"', () => {
  it('folds "I\'d" to the stopword "i", and keeps "ID" a word', () => {
    expect(foldWord("I'd")).toBe('i');
    expect(foldWord('I’d')).toBe('i');
    expect(foldWord('ID')).toBe('id');
  });

  it('is asked, and answered from the section that says where to find the ID', async () => {
    const ikb = await loadKnowledge(
      fileURLToPath(new URL('../fixtures/docs/discordjs-guide/command-deployment/', import.meta.url)),
    );
    expect(resolveQuery(ikb, 'where do i find my client id').units.map((u) => u.word)).toContain('id');
    expect(resolveQuery(ikb, "i'd like to deploy guild commands").units.map((u) => u.word)).not.toContain(
      'id',
    );
    const answer = answerQuestion(ikb, 'where do i find my client id');
    expect(answer.answered).toBe(true);
    expect(answer.best?.passages.some((p) => p.text.includes('clientId'))).toBe(true);
  });
});
