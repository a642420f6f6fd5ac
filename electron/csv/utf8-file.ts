// A file written as UTF-8 through one reusable buffer: text goes straight into the buffer (Buffer.write encodes in
// place), and the buffer goes to disk when the caller says so. For the CSV export, where two million cells become
// 50 MB: building a page as one JavaScript string and converting it costs more than everything else together
// (V8 flattens a rope of 40,000 pieces, then allocates a fresh buffer per page).
import type { FileHandle } from 'node:fs/promises'

const INITIAL = 1 << 20
/** The most bytes one UTF-16 unit becomes in UTF-8 (a surrogate pair, two units, becomes four bytes). */
const MAX_BYTES_PER_UNIT = 3

export class Utf8File {
  private buffer = Buffer.allocUnsafe(INITIAL)
  private used = 0
  /** Bytes handed to the file so far. */
  bytes = 0

  /** Writes into an open file (its owner opens and closes it: lib/safe-output.ts for an export). */
  constructor(private readonly handle: FileHandle) {}

  /** Bytes waiting in the buffer. */
  get buffered(): number {
    return this.used
  }

  text(text: string): void {
    if (text.length === 0) return
    this.room(text.length * MAX_BYTES_PER_UNIT)
    this.used += this.buffer.write(text, this.used)
  }

  /** One ASCII character, e.g. a comma. */
  ascii(code: number): void {
    this.room(1)
    this.buffer[this.used++] = code
  }

  /** Writes the buffered bytes to the file (the buffer is reused afterwards). */
  async flush(): Promise<void> {
    for (let at = 0; at < this.used;) at += (await this.handle.write(this.buffer, at, this.used - at)).bytesWritten
    this.bytes += this.used
    this.used = 0
  }

  // Text is only ever added between flushes, so a page that holds more than the buffer grows it (and the larger
  // buffer is kept): memory follows the largest page, as it did when a page was one string.
  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return
    let size = this.buffer.length * 2
    while (size < this.used + bytes) size *= 2
    const larger = Buffer.allocUnsafe(size)
    this.buffer.copy(larger, 0, 0, this.used)
    this.buffer = larger
  }
}
