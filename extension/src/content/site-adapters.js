// Finds the conversation around the composer, so the rules that need it (the customer's name, what was asked) can run.
// Chat tools differ, so this reads markup a tool or an integrator adds to its message list; without it no context is
// sent. Only the last customer message is read, and never more of it than the service accepts in one field.

const CUSTOMER_MESSAGE = '[data-etiquette-message="customer"]';
const CUSTOMER_NAME = '[data-etiquette-customer-name]';
const MAX_CONTEXT_CHARS = 2000;

/** { messages: [{ role: 'customer', text }], customerName } or undefined when the page marks no conversation. */
export function conversationContext(doc) {
  const messages = doc.querySelectorAll(CUSTOMER_MESSAGE);
  const last = messages[messages.length - 1];
  const customerName = doc.querySelector(CUSTOMER_NAME)?.getAttribute('data-etiquette-customer-name') || undefined;
  if (!last && !customerName) return undefined;
  return {
    messages: last ? [{ role: 'customer', text: last.textContent.trim().slice(0, MAX_CONTEXT_CHARS) }] : [],
    customerName,
  };
}
