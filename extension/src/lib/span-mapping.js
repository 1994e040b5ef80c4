// Spans are UTF-16 offsets into the text that was linted. While a request is in flight the agent keeps typing, so a
// result may arrive for an older text: these functions carry its spans over to the current text, or drop the ones the
// edit touched (their words changed, so their message may no longer hold).

/** The one contiguous region that differs between two texts: [start, oldEnd) in the old text became [start, newEnd). */
export function textChange(oldText, newText) {
  let start = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/** The span moved to the new text, or null when the edit touched it (touching counts: typing on after "thx" changes the word). */
export function remapSpan(span, change) {
  const end = span.start + span.length;
  if (end < change.start) return span;
  if (span.start > change.oldEnd) return { start: span.start + change.newEnd - change.oldEnd, length: span.length };
  return null;
}

/** Diagnostics of oldText that still apply to newText, with their spans and fix edits shifted. */
export function remapDiagnostics(diagnostics, oldText, newText) {
  if (oldText === newText) return diagnostics;
  const change = textChange(oldText, newText);
  const remapped = [];
  for (const diagnostic of diagnostics) {
    const span = remapSpan(diagnostic.span, change);
    if (!span) continue;
    const fixes = (diagnostic.fixes ?? [])
      .map((fix) => {
        const edits = fix.edits.map((edit) => {
          const moved = remapSpan(edit, change);
          return moved && { ...edit, start: moved.start };
        });
        return edits.every(Boolean) ? { ...fix, edits } : null;
      })
      .filter(Boolean);
    remapped.push({ ...diagnostic, span, fixes });
  }
  return remapped;
}
