// A map from candidate id to a row number, for the stored candidates an import adds to its job (up to 100,000s).
// A JS Map costs about 40 bytes an entry; candidate ids are small dense integers, so this keeps one int32 per id in
// pages allocated only where ids are set: about 4 bytes an id, nothing for the garbage collector to trace.

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
