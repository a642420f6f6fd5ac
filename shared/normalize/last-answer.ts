// One answer remembered: an import asks a normaliser about the same cell two or three times in a row (validating the
// row, deriving its duplicate key, the TrackerRMS index), so a pure string function keeps its last input and answer.

/** `fn` with its last string input and answer kept; other inputs (null, undefined) are passed straight through. */
export function rememberLast<A>(fn: (input: string | null | undefined) => A): (input: string | null | undefined) => A {
  let lastInput: string | null = null
  let lastAnswer: A
  return (input) => {
    if (typeof input !== 'string') return fn(input)
    if (input !== lastInput) {
      lastAnswer = fn(input)
      lastInput = input
    }
    return lastAnswer
  }
}
