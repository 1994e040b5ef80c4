// Where the CSS Custom Highlight API exists, the findings of contenteditable editors are painted by the browser itself, as
// text decorations on live DOM ranges: they move with the text as it reflows or scrolls inside the editor, and nothing is
// added to the editor. The ::highlight() styles come from highlights.css, which the manifest injects into the document;
// styles do not reach into shadow roots, so editors there keep the overlay's strips.

// Where findings overlap, the more severe underline is drawn on top.
const PRIORITY = { error: 3, warning: 2, info: 1 };

export function createHighlightPainter() {
  const available = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  const rangesByField = new Map(); // field element -> { severity: Range[] }

  function refresh() {
    for (const [severity, priority] of Object.entries(PRIORITY)) {
      const ranges = [...rangesByField.values()].flatMap((bySeverity) => bySeverity[severity] ?? []);
      if (ranges.length === 0) {
        CSS.highlights.delete(`etiquette-${severity}`);
        continue;
      }
      const highlight = new Highlight(...ranges);
      highlight.priority = priority;
      CSS.highlights.set(`etiquette-${severity}`, highlight);
    }
  }

  return {
    /** Whether this field's findings can be painted as highlights. */
    paints: (kind, element) => available && kind === 'rich' && element.getRootNode() === document,
    /** marks: [{ severity, range }] for one field, replacing what it had. */
    paint(element, marks) {
      const bySeverity = {};
      for (const { severity, range } of marks) if (range) (bySeverity[severity] ??= []).push(range);
      rangesByField.set(element, bySeverity);
      refresh();
    },
    clear(element) {
      if (rangesByField.delete(element)) refresh();
    },
  };
}
