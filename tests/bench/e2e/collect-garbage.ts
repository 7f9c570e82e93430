import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// The fakes and the load generator run in this process: a full collection of its heap (hundreds of
// MB by the HTTP half) pauses it for tens of milliseconds, and where that lands inside a phase it
// is counted as the latency of whichever bot is being measured. Collected between phases instead.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full garbage collection of the benchmark's own process, between phases. */
export function collectGarbage(): void {
  gc();
}
