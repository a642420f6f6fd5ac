// Keys (emails, LinkedIn URLs) of up to 100,000s of stored candidates, held as a 32-bit hash and the candidate id:
// 8 bytes a key, in two typed arrays sorted by hash, where a table of the keys themselves (key-table.ts) takes about
// 60. A hash is not the key: a lookup offers the candidates whose key hashes alike, lowest id first, and the caller
// confirms each against the real key (stored-keys.ts reads that one candidate by primary key, which is never set
// aside during an import). Two different keys with one hash therefore cost a read, never a wrong match.

export type KeyHash = (key: string) => number

export class HashIndex {
  private hashes: Uint32Array
  private ids: Int32Array
  private count = 0
  private sealed = false

  /** `capacity`: at least the number of keys that will be added. `hash` can be replaced (tests force collisions). */
  constructor(
    capacity: number,
    private readonly hash: KeyHash = hashKey
  ) {
    this.hashes = new Uint32Array(Math.max(capacity, 1))
    this.ids = new Int32Array(Math.max(capacity, 1))
  }

  get size(): number {
    return this.count
  }

  /** Adds a key; ids must come in ascending order, so that the lowest id of a hash comes first after seal(). */
  add(key: string, id: number): void {
    if (this.sealed) throw new Error('HashIndex: add after seal')
    if (this.count === this.hashes.length) throw new Error('HashIndex: more keys than its capacity')
    this.hashes[this.count] = this.hash(key) >>> 0
    this.ids[this.count++] = id
  }

  /** Sorts by hash (stably: ids stay ascending within a hash) and gives back the unused capacity. */
  seal(): void {
    const n = this.count
    if (n > 1) this.sort(n)
    if (n < this.hashes.length) {
      this.hashes = this.hashes.slice(0, n)
      this.ids = this.ids.slice(0, n)
    }
    this.sealed = true
  }

  /**
   * LSD radix sort of the first n entries in two passes of 16 bits: linear, and stable, which keeps the lowest id of
   * a hash first. After the second pass the entries are back in the arrays they started in.
   */
  private sort(n: number): void {
    let hashes: Uint32Array = this.hashes.subarray(0, n)
    let ids: Int32Array = this.ids.subarray(0, n)
    let toHashes: Uint32Array = new Uint32Array(n)
    let toIds: Int32Array = new Int32Array(n)
    const counts = new Int32Array(1 << 16)
    for (const shift of [0, 16]) {
      counts.fill(0)
      for (let i = 0; i < n; i++) counts[(hashes[i] >>> shift) & 0xffff]++
      for (let d = 0, at = 0; d < counts.length; d++) {
        const c = counts[d]
        counts[d] = at
        at += c
      }
      for (let i = 0; i < n; i++) {
        const to = counts[(hashes[i] >>> shift) & 0xffff]++
        toHashes[to] = hashes[i]
        toIds[to] = ids[i]
      }
      ;[hashes, toHashes] = [toHashes, hashes]
      ;[ids, toIds] = [toIds, ids]
    }
  }

  /** The lowest id whose key hashes like `key` and that `confirm` accepts (the caller compares the real key). */
  find(key: string, confirm: (id: number) => boolean): number | undefined {
    if (!this.sealed) throw new Error('HashIndex: find before seal')
    if (this.count === 0) return undefined
    const hash = this.hash(key) >>> 0
    const hashes = this.hashes
    let low = 0
    let high = this.count
    while (low < high) {
      const mid = (low + high) >>> 1
      if (hashes[mid] < hash) low = mid + 1
      else high = mid
    }
    for (let i = low; i < this.count && hashes[i] === hash; i++) if (confirm(this.ids[i])) return this.ids[i]
    return undefined
  }
}

/** FNV-1a over the UTF-16 units, then murmur3's finalizer so that keys differing in one character spread apart. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
  return (hash ^ (hash >>> 16)) >>> 0
}
