/** One environment variable that is missing or invalid, and what it should look like. */
export interface ConfigProblem {
  readonly variable: string;
  readonly expected: string;
}

/** Thrown when the environment cannot be parsed; the message names each variable, never its value. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    const lines = problems.map((p) => `${p.variable}: expected ${p.expected}`);
    // One problem, one line (what an operator greps for); several are listed one per line.
    super(
      lines.length === 1
        ? `Invalid configuration: ${lines[0] ?? ''}`
        : `Invalid configuration:\n${lines.map((line) => `  ${line}`).join('\n')}`,
    );
  }
}
