// A fix is a list of edits on the linted text. Editors are changed one edit at a time through the browser's own
// editing commands (so frameworks see input events); applying the edits from the end of the text backwards keeps the
// offsets of the edits not yet applied valid.

/**
 * Checks a fix against the current text and orders its edits for applying.
 * @returns {{ ok: true, steps: {start:number,length:number,newText:string}[], resultText: string, caret: number } | { ok: false, reason: string }}
 */
export function planFix(text, fix) {
  const edits = [...(fix?.edits ?? [])].sort((a, b) => a.start - b.start);
  if (edits.length === 0) return { ok: false, reason: 'The fix has no edits.' };
  for (let i = 0; i < edits.length; i++) {
    const { start, length } = edits[i];
    if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 0 || start + length > text.length)
      return { ok: false, reason: 'An edit lies outside the text; the draft changed since it was checked.' };
    if (i > 0 && start < edits[i - 1].start + edits[i - 1].length)
      return { ok: false, reason: 'The edits overlap.' };
  }
  let resultText = text;
  for (const edit of [...edits].reverse())
    resultText = resultText.slice(0, edit.start) + edit.newText + resultText.slice(edit.start + edit.length);
  const last = edits[edits.length - 1];
  const shift = edits.reduce((sum, edit) => sum + edit.newText.length - edit.length, 0);
  return { ok: true, steps: [...edits].reverse(), resultText, caret: last.start + last.length + shift };
}
