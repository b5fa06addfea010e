/** An open-addressing table of 128-bit keys (four 32-bit words) to small integer ids, 0, 1, 2, … */
export class Table128 {
  private slots: Uint32Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let n = 1024;
    while (n < capacity * 2) n *= 2;
    this.slots = new Uint32Array(n * 4);
    this.ids = new Int32Array(n).fill(-1);
    this.mask = n - 1;
  }

  /** The id of the key at words[at .. at + 4), or -1. */
  get(words: Uint32Array, at: number): number {
    let i = (words[at + 1]! ^ Math.imul(words[at + 2]!, 0x9e3779b1)) & this.mask;
    for (;;) {
      const id = this.ids[i]!;
      if (id === -1) return -1;
      if (this.equal(i, words, at)) return id;
      i = (i + 1) & this.mask;
    }
  }

  /** The id of the key, adding it (with the next id) when new; `added` says which. */
  put(words: Uint32Array, at: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    let i = (words[at + 1]! ^ Math.imul(words[at + 2]!, 0x9e3779b1)) & this.mask;
    for (;;) {
      const id = this.ids[i]!;
      if (id === -1) {
        const k = i * 4;
        this.slots[k] = words[at]!;
        this.slots[k + 1] = words[at + 1]!;
        this.slots[k + 2] = words[at + 2]!;
        this.slots[k + 3] = words[at + 3]!;
        this.ids[i] = this.size;
        this.added = true;
        return this.size++;
      }
      if (this.equal(i, words, at)) {
        this.added = false;
        return id;
      }
      i = (i + 1) & this.mask;
    }
  }
  /** Whether the last put() added its key. */
  added = false;

  private equal(i: number, w: Uint32Array, at: number): boolean {
    const s = this.slots;
    const k = i * 4;
    return s[k] === w[at] && s[k + 1] === w[at + 1] && s[k + 2] === w[at + 2] && s[k + 3] === w[at + 3];
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldIds = this.ids;
    const n = (this.mask + 1) * 2;
    this.slots = new Uint32Array(n * 4);
    this.ids = new Int32Array(n).fill(-1);
    this.mask = n - 1;
    for (let j = 0; j < oldIds.length; j++) {
      const id = oldIds[j]!;
      if (id === -1) continue;
      let i = (oldSlots[j * 4 + 1]! ^ Math.imul(oldSlots[j * 4 + 2]!, 0x9e3779b1)) & this.mask;
      while (this.ids[i] !== -1) i = (i + 1) & this.mask;
      this.slots.set(oldSlots.subarray(j * 4, j * 4 + 4), i * 4);
      this.ids[i] = id;
    }
  }
}
