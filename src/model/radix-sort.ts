/**
 * Sort a Float64Array ascending with an LSD radix sort on the numbers' bits: for millions of scores
 * it is several times faster than the built-in comparison sort. The order is the built-in one
 * (-Infinity < ... < -0 < 0 < ... < Infinity); NaN must not be present.
 */

/** Below this length the built-in sort is as fast. */
const RADIX_MIN = 1 << 16;

/** `a` sorted ascending, in place (the same array). */
export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length;
  if (n < RADIX_MIN) return a.sort();
  // Little-endian view: word 2i is the low half of a[i], word 2i + 1 the high half.
  let src: Uint32Array = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  // Map the bits to unsigned integers in the same order: flip negatives, set the sign of positives.
  for (let i = 1; i < 2 * n; i += 2) {
    const hi = src[i]!;
    if (hi & 0x80000000) {
      src[i] = ~hi >>> 0;
      src[i - 1] = ~src[i - 1]! >>> 0;
    } else src[i] = (hi | 0x80000000) >>> 0;
  }
  let dst: Uint32Array = new Uint32Array(n * 2);
  const counts = new Uint32Array(1 << 16);
  let inPlace = true;
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? 0 : 1;
    const shift = pass % 2 ? 16 : 0;
    counts.fill(0);
    for (let i = word; i < 2 * n; i += 2) counts[(src[i]! >>> shift) & 0xffff]!++;
    // A digit all keys share changes nothing: skip the pass (common for the exponent bits).
    if (counts[(src[word]! >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < 2 * n; i += 2) {
      const at = 2 * counts[(src[i + word]! >>> shift) & 0xffff]!++;
      dst[at] = src[i]!;
      dst[at + 1] = src[i + 1]!;
    }
    const t = src;
    src = dst;
    dst = t;
    inPlace = !inPlace;
  }
  if (!inPlace) new Uint32Array(a.buffer, a.byteOffset, n * 2).set(src);
  const out = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  for (let i = 1; i < 2 * n; i += 2) {
    const hi = out[i]!;
    if (hi & 0x80000000) out[i] = (hi & 0x7fffffff) >>> 0;
    else {
      out[i] = ~hi >>> 0;
      out[i - 1] = ~out[i - 1]! >>> 0;
    }
  }
  return a;
}
