/**
 * Setup file of the end-to-end project (vitest.config.ts), run before each test file. The project's
 * files share their workers' loaded modules, so what one support module keeps for "this file" is
 * removed here when the file ends, before the next file in the same worker starts.
 */
import { afterAll } from 'vitest';
import { removeTestDataDir } from './bot-env.js';

afterAll(removeTestDataDir);
