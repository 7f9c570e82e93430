// The decision grid of cross-validate.ts read as the product it is (each value tried against every
// value of the others), so that replay-grid.ts can decide a question once per combination of the
// values that can change its outcome instead of once per setting.
import type { DecisionTuning } from '../../src/engine/ranking/decide.js';

/** One key of the grid: the values it takes, and how many settings apart two neighbouring values are. */
export interface Axis {
  readonly key: keyof DecisionTuning;
  readonly values: readonly number[];
  readonly stride: number;
}

/** A grid's axes (a grid that is not a product in nested order has none: each setting stands alone). */
export interface GridAxes {
  readonly size: number;
  readonly axes: readonly Axis[];
  /** Per set of the axes that matter (a bit per axis), which settings stand for which. */
  readonly projections: Map<number, Standing>;
}

/** Which setting stands for each setting (`stand`), and the settings that stand for others (`stands`). */
export interface Standing {
  readonly stand: Uint16Array;
  readonly stands: readonly number[];
}

/** Reads a grid's axes; undefined when it is not the product of its keys' values in nested order. */
export function axesOf(grid: readonly Partial<DecisionTuning>[]): GridAxes | undefined {
  const first = grid[0];
  if (!first || grid.length > 0xffff) return undefined;
  const keys = Object.keys(first) as (keyof DecisionTuning)[];
  if (keys.length > 30) return undefined;
  const axes: Axis[] = [];
  for (const key of keys) {
    const values = [...new Set(grid.map((s) => s[key]))];
    if (!values.every((v) => typeof v === 'number')) return undefined;
    const changes = grid.findIndex((s) => s[key] !== first[key]);
    axes.push({ key, values, stride: changes < 0 ? grid.length : changes });
  }
  // A mixed radix: the fastest-changing key's stride is 1, each next one's the product of those before.
  let expected = 1;
  for (const axis of [...axes].sort((a, b) => a.stride - b.stride)) {
    if (axis.values.length > 1 && axis.stride !== expected) return undefined;
    expected *= axis.values.length;
  }
  if (expected !== grid.length) return undefined;
  const exact = grid.every(
    (s, i) =>
      Object.keys(s).length === axes.length &&
      axes.every((a) => s[a.key] === a.values[Math.floor(i / a.stride) % a.values.length]),
  );
  return exact ? { size: grid.length, axes, projections: new Map() } : undefined;
}

/**
 * For each setting, the one standing for it when only the axes in `mask` matter: the setting with the
 * same values on those axes and the first value on every other (a question is decided under it as
 * under the setting itself when those other axes cannot change its outcome: replay-grid.ts).
 */
export function projectionOf(grid: GridAxes, mask: number): Standing {
  let projection = grid.projections.get(mask);
  if (projection) return projection;
  const stand = new Uint16Array(grid.size);
  for (let i = 0; i < grid.size; i++) {
    let s = 0;
    grid.axes.forEach((axis, a) => {
      if (mask & (1 << a)) s += (Math.floor(i / axis.stride) % axis.values.length) * axis.stride;
    });
    stand[i] = s;
  }
  projection = { stand, stands: [...new Set(stand)] };
  grid.projections.set(mask, projection);
  return projection;
}

const alone = new Map<number, Standing>();
/** Every setting standing for itself (a grid that is not a product). */
export function eachAlone(size: number): Standing {
  let standing = alone.get(size);
  if (!standing) {
    const stand = Uint16Array.from({ length: size }, (_, i) => i);
    alone.set(size, (standing = { stand, stands: [...stand] }));
  }
  return standing;
}
