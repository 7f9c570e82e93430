import { checkContentDir } from './check-content-dir.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';
import type { Config } from './parse-config.js';

/**
 * An entry point's config: the environment parsed, the content folder checked and `require` (what
 * this mode needs besides) applied; a ConfigError is its message on stderr and exit 1.
 */
export function readConfigOrExit(require: (config: Config) => void = () => {}): Config {
  try {
    const config = loadConfig();
    require(config);
    checkContentDir(config.contentDir);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
