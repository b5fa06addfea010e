/** A growing typed array: the columns predictions are read into, one number per row. */

/** The typed arrays a column can hold. */
export type Typed = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** A typed array that grows by half, or to a reserved size estimated from the file. */
export class TypedColumn<T extends Typed> {
  length = 0;
  constructor(public data: T) {}
  /** Append one value. */
  push(v: number): void {
    if (this.length === this.data.length) this.resize(Math.ceil(this.data.length * 1.5) + 1024);
    this.data[this.length++] = v;
  }
  /** Make room for `n` values in all (no-op when there is room). */
  reserve(n: number): void {
    if (n > this.data.length) this.resize(n);
  }
  private resize(n: number): void {
    const next = new (this.data.constructor as new (n: number) => T)(n);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  /** The values pushed, without the spare room (a view, not a copy). */
  done(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
