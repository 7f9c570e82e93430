import type { ContentProblem } from './content-error.js';
import type { KnowledgeBase } from './knowledge-base.js';

/** What the compile worker posts back: the knowledge base, the folder's problems, or an unexpected error. */
export type CompileReply =
  | { readonly ok: true; readonly kb: KnowledgeBase }
  | { readonly ok: false; readonly dir: string; readonly problems: readonly ContentProblem[] }
  | { readonly ok: false; readonly message: string };
