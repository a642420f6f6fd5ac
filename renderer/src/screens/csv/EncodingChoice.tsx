// The detected encoding with how sure the detection is, and a list to read the file in another one. A code page is
// a guess (electron/csv/encoding.ts): when names look wrong, picking another re-reads the first rows at once.
import { ENCODINGS, type EncodingName } from '../../../../shared/csv/encodings'
import type { InspectResult } from '../../../../shared/csv/types'

interface Props {
  inspect: InspectResult
  onEncoding(encoding: EncodingName | null): void
}

const PREVIEW_ROWS = 3

export function EncodingChoice({ inspect, onEncoding }: Props) {
  const format = inspect.format
  const guessed = format.encodingChosen || format.encodingAlternatives.length > 0
  const likely = new Map(format.encodingAlternatives.map((a) => [a.encoding, a.confidence]))
  return (
    <div className="stack">
      <span>
        {format.encodingLabel}
        {guessed && !format.encodingChosen && <span className="muted"> ({format.encodingConfidence}% sure)</span>}
      </span>
      <select
        className="select"
        aria-label="Read the file as"
        value={format.encodingChosen ? format.encoding : ''}
        onChange={(e) => onEncoding((e.target.value || null) as EncodingName | null)}
      >
        <option value="">{format.encodingChosen ? 'As detected' : `As detected: ${format.encoding}`}</option>
        {ENCODINGS.filter((e) => format.encodingChosen || e.name !== format.encoding).map((e) => (
          <option key={e.name} value={e.name}>
            {e.label}
            {likely.has(e.name) ? ` — ${likely.get(e.name)}%` : ''}
          </option>
        ))}
      </select>
      {guessed && (
        <ul className="muted encoding-preview" aria-label="First rows as read">
          {inspect.sampleRows.slice(0, PREVIEW_ROWS).map((row, i) => (
            <li key={i} className="truncate">
              {row.join(' · ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
