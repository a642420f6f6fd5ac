// A map from a small dense positive integer (a candidate id, a row number) to a positive int32, for the 100,000s of
// entries of a big import. A JS Map costs about 40 bytes an entry; this keeps one int32 per key in pages allocated
// only where keys are set: about 4 bytes a key, nothing for the garbage collector to trace, no copying as it grows.

const PAGE_BITS = 12
const PAGE = 1 << PAGE_BITS
const MASK = PAGE - 1

export class IdTable {
  private readonly pages: (Int32Array | undefined)[] = []

  /** The value stored for `id` (a positive row number), or undefined. */
  get(id: number): number | undefined {
    const value = this.pages[id >>> PAGE_BITS]?.[id & MASK]
    return value ? value : undefined
  }

  /** `value` must be positive (0 means "none"). */
  set(id: number, value: number): void {
    const page = (this.pages[id >>> PAGE_BITS] ??= new Int32Array(PAGE))
    page[id & MASK] = value
  }
}
