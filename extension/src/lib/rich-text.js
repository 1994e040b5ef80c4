// The text of a contenteditable editor as the service sees it, and the way back from a UTF-16 offset in that text to a
// DOM position. Block elements and <br> become "\n" (as the agent sees lines); those newlines have no text node, so
// offsets on them map to the end of the text before.

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'DIV', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** @returns {{ text: string, segments: { node: object, start: number, length: number }[] }} */
export function readRichText(root) {
  const segments = [];
  let text = '';
  // A block boundary becomes a newline only once more text follows, so the text never ends with one it did not show.
  let boundary = false;
  const append = (value, node) => {
    if (boundary && text.length > 0 && !text.endsWith('\n')) text += '\n';
    boundary = false;
    if (node) segments.push({ node, start: text.length, length: value.length });
    text += value;
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        append(child.nodeValue, child);
      } else if (child.nodeType === ELEMENT_NODE) {
        // A <br> closing a block's text draws no line of its own (browsers add one to keep an empty block open).
        if (child.nodeName === 'BR') {
          if (child !== node.childNodes[node.childNodes.length - 1] || node.childNodes.length === 1) append('\n');
          continue;
        }
        const block = BLOCK_TAGS.has(child.nodeName);
        boundary ||= block;
        walk(child);
        boundary ||= block;
      }
    }
  };
  walk(root);
  return { text, segments };
}

/** The DOM position { node, offset } of a text offset; preferEnd picks the end of a segment when the offset is on a boundary. */
export function domPoint({ segments }, offset, preferEnd = false) {
  let before = null;
  for (const segment of segments) {
    const end = segment.start + segment.length;
    if (offset < segment.start) break;
    if (offset < end || (offset === end && preferEnd)) return { node: segment.node, offset: offset - segment.start };
    before = segment;
  }
  return before ? { node: before.node, offset: before.length } : null;
}
