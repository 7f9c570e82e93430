/** One environment variable that is missing or invalid, and what it should look like. */
export interface ConfigProblem {
  readonly variable: string;
  readonly expected: string;
}

/** Thrown when the environment cannot be parsed; the message names each variable, never its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      'Invalid configuration:\n' + problems.map((p) => `  ${p.variable}: expected ${p.expected}`).join('\n'),
    );
  }
}
