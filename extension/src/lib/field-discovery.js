// Which elements are drafts the agent writes. Works on anything shaped like a DOM element, so the rules can be tested
// without a browser.

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);
export const FIELD_SELECTOR = 'textarea, input, [contenteditable], [role="textbox"]';

/** 'text-control' (value-based), 'rich' (contenteditable) or null when the element is not a draft field. */
export function fieldKind(element) {
  const tag = element.tagName?.toLowerCase();
  if (tag === 'textarea') return element.readOnly || element.disabled ? null : 'text-control';
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    // Password fields are never read, whatever else the page says about them.
    if (!TEXT_INPUT_TYPES.has(type)) return null;
    return element.readOnly || element.disabled ? null : 'text-control';
  }
  // Only the editing host: nested editable children belong to the field that contains them.
  if (element.isContentEditable) return element.parentElement?.isContentEditable ? null : 'rich';
  return null;
}

/** Whether the element or an ancestor (across shadow roots) opted out of checkers. */
export function isOptedOut(element) {
  for (let node = element; node; node = node.parentElement ?? node.getRootNode?.()?.host ?? null) {
    if (node.getAttribute?.('data-etiquette') === 'off') return true;
    if (node.getAttribute?.('data-enable-grammarly') === 'false') return true;
  }
  return false;
}

export function isEligibleField(element) {
  return fieldKind(element) !== null && !isOptedOut(element);
}

/** Every eligible field under root, including those inside open shadow roots (closed ones are the page's own business). */
export function collectFields(root, found = []) {
  for (const element of root.querySelectorAll(FIELD_SELECTOR)) if (isEligibleField(element)) found.push(element);
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) collectFields(host.shadowRoot, found);
  return found;
}

/** The shadow roots under root (open ones), so an observer can watch them for fields added later. */
export function openShadowRoots(root, found = []) {
  for (const host of root.querySelectorAll('*')) {
    if (!host.shadowRoot) continue;
    found.push(host.shadowRoot);
    openShadowRoots(host.shadowRoot, found);
  }
  return found;
}
