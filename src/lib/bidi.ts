/**
 * A string from the API placed inside a sentence of ours, isolated for direction (U+2068
 * FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE): a right-to-left name, or one with
 * its own direction overrides (U+202E), cannot reverse the words around it. For text that
 * is not markup, where `<bdi>` cannot go: toasts, labels, titles, document.title, exported
 * calendar text. Inside the isolate every override the name opens ends at our closing
 * U+2069; a stray U+2069 of the name, which would close ours early, is dropped, and an
 * isolate the name opens and never closes is closed before ours.
 */
export function isolate(text: string): string {
  let open = 0;
  const inner = text.replace(/[\u2066-\u2069]/g, (mark) =>
    mark !== '\u2069' ? (open++, mark) : open > 0 ? (open--, mark) : '',
  );
  return `\u2068${inner}${'\u2069'.repeat(open)}\u2069`;
}
