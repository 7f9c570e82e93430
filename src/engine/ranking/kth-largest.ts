// The ranking keeps the entries scoring at least the k-th highest score. Sorting a copy of every
// score to read one value cost O(n log n) on each question that touches most of 10,000 entries;
// selecting it costs O(n), in a scratch array kept between calls.
let scratch = new Float64Array(0);

/**
 * The k-th largest of `scores` (1 ≤ k ≤ length): the value at `length - k` of an ascending sort,
 * found by quickselect with a three-way partition (ties, common among scores, stay linear).
 */
export function kthLargest(scores: Float64Array, k: number): number {
  const n = scores.length;
  if (scratch.length < n) scratch = new Float64Array(n);
  const a = scratch;
  for (let i = 0; i < n; i++) {
    const v = scores[i] ?? 0;
    // A NaN sorts last: the sort says where, quickselect's comparisons cannot.
    if (Number.isNaN(v)) return Float64Array.from(scores).sort()[n - k] ?? 0;
    a[i] = v;
  }
  const target = n - k;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = medianOfThree(a[lo] ?? 0, a[(lo + hi) >> 1] ?? 0, a[hi] ?? 0);
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = a[i] ?? 0;
      if (v < pivot) swap(a, lt++, i++);
      else if (v > pivot) swap(a, i, gt--);
      else i++;
    }
    if (target < lt) hi = lt - 1;
    else if (target > gt) lo = gt + 1;
    else return pivot;
  }
  return a[lo] ?? 0;
}

function medianOfThree(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] ?? 0;
  a[i] = a[j] ?? 0;
  a[j] = t;
}
