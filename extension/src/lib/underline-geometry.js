// Turns the rectangles of a span's text (one per line it covers) into underline strips, clipped to the visible part of
// the field, and finds which span the pointer is over.

export const UNDERLINE_THICKNESS = 2;

/** Rects of the word boxes that are at least partly visible inside clip, cut to it. */
export function clipRects(rects, clip) {
  const clipped = [];
  for (const rect of rects) {
    const left = Math.max(rect.left, clip.left);
    const right = Math.min(rect.right, clip.right);
    const top = Math.max(rect.top, clip.top);
    const bottom = Math.min(rect.bottom, clip.bottom);
    if (right - left >= 1 && bottom - top >= 1) clipped.push({ left, top, right, bottom, width: right - left, height: bottom - top });
  }
  return clipped;
}

/** The strip under each word box: it sits on the bottom edge of the text. */
export function underlineStrips(wordBoxes) {
  return wordBoxes.map((box) => ({
    left: box.left,
    top: box.bottom - UNDERLINE_THICKNESS,
    width: box.width,
    height: UNDERLINE_THICKNESS,
  }));
}

/** The mark whose word boxes contain the point, or null; where spans nest, the narrowest (the most specific finding). */
export function markAt(marks, x, y) {
  const width = (mark) => mark.boxes.reduce((sum, box) => sum + box.width, 0);
  const hits = marks.filter((mark) => mark.boxes.some((box) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom));
  return hits.reduce((narrowest, mark) => (narrowest && width(narrowest) <= width(mark) ? narrowest : mark), null);
}
