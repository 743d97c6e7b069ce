/**
 * A string from the API placed inside a sentence of ours, isolated for direction (U+2068
 * FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE): a right-to-left name, or one with
 * its own direction overrides (U+202E), cannot reverse the words around it. For text that
 * is not markup, where `<bdi>` cannot go: toasts, labels, exported calendar text. Stray
 * isolate and embedding controls in the name are closed inside the isolate.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
