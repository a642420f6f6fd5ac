// A map from duplicate keys (an email, a LinkedIn URL, a full name) to a number, for the 100,000s of keys of a big
// import. A JS Map holds each key as its own string object plus an entry: about 90 bytes for a 35-character email,
// 48 MB for the keys of a 100,000-row file. This keeps the characters of all keys in one byte array (one byte per
// character when every character is Latin-1, else two) and the entries in typed arrays with open addressing:
// about 45 bytes per email, and nothing for the garbage collector to trace. Keys are compared exactly, never by
// hash alone.

const EMPTY = 0

export class KeyTable {
  /** Open addressing: entry index + 1, or EMPTY. Always at most half full. */
  private slots = new Int32Array(1 << 10)
  private hashes = new Int32Array(1 << 9)
  private starts = new Int32Array(1 << 9)
  /** Characters of the key; negative when stored two bytes per character. */
  private lengths = new Int32Array(1 << 9)
  private values = new Float64Array(1 << 9)
  private bytes = new Uint8Array(1 << 14)
  private used = 0
  private count = 0

  get size(): number {
    return this.count
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    const entry = this.find(key, hashOf(key))
    return entry < 0 ? undefined : this.values[entry]
  }

  /** The value already stored for `key`; when there is none, stores `value` and returns undefined. */
  getOrAdd(key: string, value: number): number | undefined {
    const hash = hashOf(key)
    const entry = this.find(key, hash)
    if (entry >= 0) return this.values[entry]
    this.add(key, hash, value)
    return undefined
  }

  private find(key: string, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]
      if (held === EMPTY) return -1
      const entry = held - 1
      if (this.hashes[entry] === hash && this.equals(entry, key)) return entry
    }
  }

  private equals(entry: number, key: string): boolean {
    const stored = this.lengths[entry]
    const wide = stored < 0
    if ((wide ? -stored : stored) !== key.length) return false
    const bytes = this.bytes
    let at = this.starts[entry]
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
    if (this.used + size > this.bytes.length) this.bytes = grown(this.bytes, this.used + size)
    const start = this.used
    for (let i = 0, at = start; i < key.length; i++) {
      const code = key.charCodeAt(i)
      if (wide) (this.bytes[at++] = code & 0xff), (this.bytes[at++] = code >>> 8)
      else this.bytes[at++] = code
    }
    this.used += size
    const entry = this.count++
    if (entry === this.hashes.length) {
      this.hashes = grown(this.hashes, entry + 1)
      this.starts = grown(this.starts, entry + 1)
      this.lengths = grown(this.lengths, entry + 1)
      this.values = grown(this.values, entry + 1)
    }
    this.hashes[entry] = hash
    this.starts[entry] = start
    this.lengths[entry] = wide ? -key.length : key.length
    this.values[entry] = value
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2)
    else this.place(entry)
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1
    let slot = this.hashes[entry] & mask
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask
    this.slots[slot] = entry + 1
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size)
    for (let entry = 0; entry < this.count; entry++) this.place(entry)
  }
}

/** FNV-1a over the UTF-16 units, folded to a non-negative int32. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193)
  return (hash ^ (hash >>> 15)) & 0x7fffffff
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, needed: number): T {
  let size = array.length * 2
  while (size < needed) size *= 2
  const next = new (array.constructor as new (n: number) => T)(size)
  next.set(array)
  return next
}
