import { EventLog } from './event-log.js';
import type { LifecycleEvent, Mark, RecordedFrame, RecordedRestCall } from './types.js';

function describeCall(call: RecordedRestCall): string {
  const status = call.response ? ` -> ${call.response.status}` : '';
  return `${call.method} ${call.path}${status}`;
}

function describeFrame(frame: RecordedFrame): string {
  const arrow = frame.direction === 'toBot' ? '->bot' : '<-bot';
  return `conn ${frame.connectionId} ${arrow} op ${frame.op}${frame.t ? ` ${frame.t}` : ''}${frame.s ? ` s=${frame.s}` : ''}`;
}

function describeLifecycle(event: LifecycleEvent): string {
  const code = event.code === undefined ? '' : ` code=${event.code} by ${event.by ?? '?'}`;
  return `conn ${event.connectionId} ${event.type}${code}`;
}

/** Everything the fake saw: REST calls, gateway frames and connection milestones. */
export class Recorder {
  readonly rest: EventLog<RecordedRestCall>;
  readonly gateway: EventLog<RecordedFrame>;
  readonly lifecycle: EventLog<LifecycleEvent>;

  /** `keepRecent`: see EventLog (default: keep every record). */
  constructor(keepRecent = Infinity) {
    this.rest = new EventLog<RecordedRestCall>('REST call', describeCall, keepRecent);
    this.gateway = new EventLog<RecordedFrame>('gateway frame', describeFrame, keepRecent);
    this.lifecycle = new EventLog<LifecycleEvent>('gateway lifecycle event', describeLifecycle, keepRecent);
  }

  mark(): Mark {
    return { rest: this.rest.size, gateway: this.gateway.size, lifecycle: this.lifecycle.size };
  }

  close(): void {
    this.rest.close();
    this.gateway.close();
    this.lifecycle.close();
  }
}

const REDACTED = '[redacted]';

/** Copies a gateway payload's `d`, replacing any token so it is never stored. */
export function redactTokens(d: unknown): unknown {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return d;
  if (!('token' in d)) return d;
  return { ...d, token: REDACTED };
}
