// A cell that papaparse cuts out of a chunk of the file is a slice that keeps the whole chunk (tens of kilobytes)
// alive for as long as the cell lives, and so does any string made from it without change (toLowerCase() of a
// lower-case address, trim() of a trimmed value, a template that embeds it). What outlives its row — duplicate keys
// remembered for later rows, messages kept for the report, cached stage texts — is copied with this, or a
// 100,000-row import would keep the whole file in memory.
export function detach(text: string): string {
  return (' ' + text).slice(1)
}
