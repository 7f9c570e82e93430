// Builds content packs and question sets from SQuAD 2.0 articles
// (`npx tsx tests/eval/squad/build-squad-packs.ts [file]`). Each article becomes a folder with only
// article.md (title + paragraphs, nothing curated) and a question set: its answerable questions
// must find their own paragraph first, and its `is_impossible` questions are reported, not gated.
// The questions to decline on a pack are the other articles' questions, put together by
// tests/eval/evaluate.ts (squadSets), so no set repeats the others.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { slugify } from '../../../src/content/slugify.js';

const Squad = z.object({
  data: z.array(
    z.object({
      title: z.string(),
      paragraphs: z.array(
        z.object({
          context: z.string(),
          qas: z.array(z.object({ question: z.string(), is_impossible: z.boolean().optional() })),
        }),
      ),
    }),
  ),
});

const source = process.argv[2] ?? '../shared/eval/squad-dev.json';
const out = 'tests/eval/squad';
const articles = Squad.parse(JSON.parse(await readFile(source, 'utf8'))).data;
const clean = (q: string): string => q.replace(/\s+/gu, ' ').trim();

for (const article of articles) {
  const title = article.title.replace(/_/gu, ' ');
  const slug = slugify(title);
  await mkdir(join(out, slug), { recursive: true });
  const body = article.paragraphs.map((p) => p.context.replace(/\s+/gu, ' ').trim()).join('\n\n');
  await writeFile(join(out, slug, 'article.md'), `# ${title}\n\n${body}\n`);
  const inScope = article.paragraphs.flatMap((p, i) =>
    p.qas.filter((qa) => !qa.is_impossible).map((qa) => ({ q: clean(qa.question), expect: [`p${i + 1}`] })),
  );
  const unanswerable = article.paragraphs.flatMap((p) =>
    p.qas.filter((qa) => qa.is_impossible).map((qa) => clean(qa.question)),
  );
  // One question a line: small, and diffs stay readable.
  const lines = [
    '{',
    ` "content": ${JSON.stringify(join(out, slug))},`,
    ' "inScope": [',
    inScope.map((x) => `  ${JSON.stringify(x)}`).join(',\n'),
    ' ],',
    ' "unanswerable": [',
    unanswerable.map((q) => `  ${JSON.stringify(q)}`).join(',\n'),
    ' ]',
    '}',
  ];
  await writeFile(join(out, `${slug}.json`), `${lines.join('\n')}\n`);
  console.log(
    `${slug}: ${article.paragraphs.length} paragraphs, ${inScope.length} answerable, ${unanswerable.length} impossible`,
  );
}
