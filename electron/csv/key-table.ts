// A map from duplicate keys (an email, a LinkedIn URL, a full name) to a number, for the 100,000s of keys of a big
// import. A JS Map holds each key as its own string object plus an entry: about 90 bytes for a 35-character email,
// 48 MB for the keys of a 100,000-row file. This keeps the characters of all keys in byte pages (one byte per
// character when every character is Latin-1, else two) and the entries in typed-array pages, with open addressing:
// about 60 bytes per email, and nothing for the garbage collector to trace. Storage grows by adding pages, never by
// copying into a bigger array, so a growing table leaves no discarded arrays behind for the collector to find
// (which a 100,000-row import's peak memory would otherwise include). Keys are compared exactly, never by hash alone.

const EMPTY = 0
/** Entries per entry page (a power of two). */
const ENTRY_BITS = 12
const ENTRY_PAGE = 1 << ENTRY_BITS
const ENTRY_MASK = ENTRY_PAGE - 1
/** Bytes per key page; a longer key gets a page of its own size. */
const BYTE_PAGE = 1 << 16

export class KeyTable {
  /** Open addressing: entry index + 1, or EMPTY. Always at most half full. */
  private slots = new Int32Array(1 << 6)
  // Per entry, in pages of ENTRY_PAGE: hash, page and offset of its characters, length (negative when stored two
  // bytes per character), value.
  private readonly hashes: Int32Array[] = []
  private readonly pages: Int32Array[] = []
  private readonly starts: Int32Array[] = []
  private readonly lengths: Int32Array[] = []
  private readonly values: Float64Array[] = []
  private readonly bytes: Uint8Array[] = []
  /** Bytes used of the last byte page. */
  private used = BYTE_PAGE
  private count = 0

  get size(): number {
    return this.count
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    const entry = this.find(key, hashOf(key))
    return entry < 0 ? undefined : this.values[entry >>> ENTRY_BITS][entry & ENTRY_MASK]
  }

  /** The value already stored for `key`; when there is none, stores `value` and returns undefined. */
  getOrAdd(key: string, value: number): number | undefined {
    const hash = hashOf(key)
    const entry = this.find(key, hash)
    if (entry >= 0) return this.values[entry >>> ENTRY_BITS][entry & ENTRY_MASK]
    this.add(key, hash, value)
    return undefined
  }

  /** Stores `value` for `key`, replacing the value it had. */
  set(key: string, value: number): void {
    const hash = hashOf(key)
    const entry = this.find(key, hash)
    if (entry < 0) this.add(key, hash, value)
    else this.values[entry >>> ENTRY_BITS][entry & ENTRY_MASK] = value
  }

  private find(key: string, hash: number): number {
    const slots = this.slots
    const mask = slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]
      if (held === EMPTY) return -1
      const entry = held - 1
      if (this.hashes[entry >>> ENTRY_BITS][entry & ENTRY_MASK] === hash && this.equals(entry, key)) return entry
    }
  }

  private equals(entry: number, key: string): boolean {
    const page = entry >>> ENTRY_BITS
    const at0 = entry & ENTRY_MASK
    const stored = this.lengths[page][at0]
    const wide = stored < 0
    if ((wide ? -stored : stored) !== key.length) return false
    const bytes = this.bytes[this.pages[page][at0]]
    let at = this.starts[page][at0]
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i)
      if (wide) {
        if (bytes[at] !== (code & 0xff) || bytes[at + 1] !== code >>> 8) return false
        at += 2
      } else if (bytes[at++] !== code) return false
    }
    return true
  }

  private add(key: string, hash: number, value: number): void {
    let wide = false
    for (let i = 0; i < key.length && !wide; i++) wide = key.charCodeAt(i) > 0xff
    const size = wide ? key.length * 2 : key.length
    if (this.used + size > BYTE_PAGE) {
      this.bytes.push(new Uint8Array(Math.max(BYTE_PAGE, size)))
      this.used = 0
    }
    const bytePage = this.bytes.length - 1
    const bytes = this.bytes[bytePage]
    const start = this.used
    for (let i = 0, at = start; i < key.length; i++) {
      const code = key.charCodeAt(i)
      if (wide) {
        bytes[at++] = code & 0xff
        bytes[at++] = code >>> 8
      } else bytes[at++] = code
    }
    this.used += size
    const entry = this.count++
    const page = entry >>> ENTRY_BITS
    if (page === this.hashes.length) {
      this.hashes.push(new Int32Array(ENTRY_PAGE))
      this.pages.push(new Int32Array(ENTRY_PAGE))
      this.starts.push(new Int32Array(ENTRY_PAGE))
      this.lengths.push(new Int32Array(ENTRY_PAGE))
      this.values.push(new Float64Array(ENTRY_PAGE))
    }
    const at = entry & ENTRY_MASK
    this.hashes[page][at] = hash
    this.pages[page][at] = bytePage
    this.starts[page][at] = start
    this.lengths[page][at] = wide ? -key.length : key.length
    this.values[page][at] = value
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2)
    else this.place(entry, hash)
  }

  private place(entry: number, hash: number): void {
    const slots = this.slots
    const mask = slots.length - 1
    let slot = hash & mask
    while (slots[slot] !== EMPTY) slot = (slot + 1) & mask
    slots[slot] = entry + 1
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size)
    for (let entry = 0; entry < this.count; entry++) this.place(entry, this.hashes[entry >>> ENTRY_BITS][entry & ENTRY_MASK])
  }
}

/** FNV-1a over the UTF-16 units, folded to a non-negative int32. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash ^ (hash >>> 15)) & 0x7fffffff
}
