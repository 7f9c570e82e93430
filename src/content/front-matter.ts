import type { Root } from 'mdast';
import { parse } from 'yaml';
import { z } from 'zod';

const httpUrl = z
  .string()
  .trim()
  .url('url must be an absolute URL')
  .refine((u) => /^https?:\/\//iu.test(u), 'url must be an http(s) URL');

/** The front matter fields the compiler reads; any others (`sidebar_position`, …) are the site's own. */
const FrontMatterSchema = z.looseObject({
  title: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().trim().min(1, 'title is empty'))
    .optional(),
  url: httpUrl.optional(),
});

/** A document's front matter: its title and public page, when it names them. */
export interface FrontMatter {
  readonly title?: string;
  readonly url?: string;
}

/** Reads the YAML front matter at the top of a parsed document; problems are reasons (the caller names the file). */
export function readFrontMatter(tree: Root): { frontMatter: FrontMatter; problems: string[] } {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return { frontMatter: {}, problems: [] };
  let data: unknown;
  try {
    data = parse(node.value) ?? {};
  } catch (error) {
    return {
      frontMatter: {},
      problems: [`invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`],
    };
  }
  const parsed = FrontMatterSchema.safeParse(data);
  if (!parsed.success)
    return {
      frontMatter: {},
      problems: parsed.error.issues.map((i) =>
        i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message,
      ),
    };
  const { title, url } = parsed.data;
  return {
    frontMatter: { ...(title === undefined ? {} : { title }), ...(url === undefined ? {} : { url }) },
    problems: [],
  };
}
