/** One thing wrong with a content folder: which file, which entry, and why. */
export interface ContentProblem {
  readonly file: string;
  readonly entry: string;
  readonly reason: string;
}

/** Thrown when a content folder cannot be compiled; the message lists every problem. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    readonly dir: string,
    readonly problems: readonly ContentProblem[],
  ) {
    super(
      `Content folder ${dir} is invalid:\n` +
        problems.map((p) => `  ${p.file}: ${p.entry}: ${p.reason}`).join('\n'),
    );
  }
}
