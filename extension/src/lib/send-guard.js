// Decides whether a send (Enter or the send button) may go through. The guard exists to catch mistakes, never to stand
// between the agent and the customer: when the service cannot be reached, or answered with an error, sending passes.

export const SEVERITY_RANK = Object.freeze({ info: 1, warning: 2, error: 3 });
export const DEFAULT_THRESHOLDS = Object.freeze({ block: 'error', warn: 'warning' });

/** 'block', 'warn' or 'ok' for these diagnostics under the profile's send-guard thresholds. */
export function guardLevel(diagnostics, thresholds = DEFAULT_THRESHOLDS) {
  const worst = Math.max(0, ...diagnostics.map((d) => SEVERITY_RANK[d.severity] ?? 0));
  if (worst > 0 && worst >= (SEVERITY_RANK[thresholds.block] ?? Infinity)) return 'block';
  if (worst > 0 && worst >= (SEVERITY_RANK[thresholds.warn] ?? Infinity)) return 'warn';
  return 'ok';
}

/**
 * @param {{ mode: 'off'|'warn'|'block', connection: 'online'|'offline'|'error', resultIsCurrent: boolean,
 *           diagnostics: object[], thresholds?: object }} state
 * @returns {{ action: 'send'|'hold'|'check-first', level: string, notice: boolean }}
 *   check-first: the last result is for an older text; lint the current text before deciding.
 *   notice: in warn mode the send passes but the agent is told that errors remained.
 */
export function decideSend({ mode, connection, resultIsCurrent, diagnostics, thresholds }) {
  if (mode === 'off' || connection !== 'online') return { action: 'send', level: 'ok', notice: false };
  if (!resultIsCurrent) return { action: 'check-first', level: 'ok', notice: false };
  const level = guardLevel(diagnostics, thresholds);
  if (level !== 'block') return { action: 'send', level, notice: false };
  return mode === 'block' ? { action: 'hold', level, notice: false } : { action: 'send', level, notice: true };
}

/** Enter alone sends in chat composers; Shift+Enter is a new line, and Enter that ends an IME composition is not a send. */
export function isSendKey(event) {
  return event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.metaKey && !event.ctrlKey && !event.isComposing;
}

const SEND_LABEL = /\b(send|reply|submit|post)\b/i;

/** Whether a control's tag, type and accessible label make it a composer's send button. */
export function looksLikeSendButton({ tagName, type, role, label }) {
  const tag = String(tagName).toLowerCase();
  if (tag === 'input') return type === 'submit';
  if (tag !== 'button' && role !== 'button') return false;
  return type === 'submit' || SEND_LABEL.test(label ?? '');
}
