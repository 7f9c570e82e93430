// Builds content packs and question sets from SQuAD 2.0 articles (`npm run eval:squad-packs [-- file]`).
// Each article becomes a folder with only article.md (title + paragraphs, nothing curated), and a
// question set: its answerable questions must find their own paragraph first, the other articles'
// questions must be declined, and its `is_impossible` questions are reported, not gated.
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
  const outOfScope = articles
    .filter((other) => other !== article)
    .flatMap((other) => other.paragraphs.flatMap((p) => p.qas.map((qa) => clean(qa.question))));
  const set = { content: join(out, slug), inScope, outOfScope, unanswerable };
  await writeFile(join(out, `${slug}.json`), `${JSON.stringify(set, null, 1)}\n`);
  console.log(
    `${slug}: ${article.paragraphs.length} paragraphs, ${inScope.length} answerable, ${unanswerable.length} impossible, ${outOfScope.length} from other articles`,
  );
}
