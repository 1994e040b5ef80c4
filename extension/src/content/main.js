import { collectFields, fieldKind, isEligibleField, openShadowRoots } from '../lib/field-discovery.js';
import { planFix } from '../lib/fix-plan.js';
import { createLintScheduler } from '../lib/lint-scheduler.js';
import { decideSend, guardLevel, isSendKey, looksLikeSendButton } from '../lib/send-guard.js';
import { isSiteEnabled, normalizeSettings } from '../lib/settings.js';
import { markAt } from '../lib/underline-geometry.js';
import { createEditor } from './editors.js';
import { createHighlightPainter } from './highlights.js';
import { createOverlay } from './overlay.js';
import { conversationContext } from './site-adapters.js';

const IDLE_DELAY_MS = 250;
// A send waits at most this long for the current text to be checked; past it the send goes through unchecked.
const CHECK_BEFORE_SEND_TIMEOUT_MS = 1500;
const CARD_HIDE_DELAY_MS = 300;
const SEND_BUTTON_SEARCH_DEPTH = 6;

/** Starts the content script in this frame; guardHandlers are the capture listeners the loader registered first. */
export async function start(guardHandlers) {
  let settings = normalizeSettings((await chrome.storage.local.get('settings')).settings);
  const sessions = new Map(); // field element -> session
  let overlay = null;
  const highlights = createHighlightPainter();
  let replaying = false; // true while a held send is being passed on to the page
  let cardMark = null;
  let cardHideTimer = 0;
  let repaintFrame = 0;

  const mutations = new MutationObserver(onMutations);
  const resizes = new ResizeObserver(repaintAll);

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !changes.settings) return;
    const wasEnabled = isSiteEnabled(settings, location.origin);
    settings = normalizeSettings(changes.settings.newValue);
    const enabled = isSiteEnabled(settings, location.origin);
    if (wasEnabled && !enabled) stopAll();
    if (!wasEnabled && enabled) discoverAll();
    for (const session of sessions.values()) paint(session); // a rule may have been disabled
  });

  if (isSiteEnabled(settings, location.origin)) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', discoverAll, { once: true });
    else discoverAll();
  }

  // ---- field discovery -------------------------------------------------------------------------------------------

  function discoverAll() {
    observe(document);
    discover(document);
    addEventListener('focusin', onFocusIn, true);
    addEventListener('scroll', repaintAll, { capture: true, passive: true });
    addEventListener('resize', repaintAll);
    addEventListener('mousemove', onPointerMove, { capture: true, passive: true });
    addEventListener('mouseout', onPointerOut, { capture: true, passive: true });
    document.fonts?.addEventListener('loadingdone', repaintAll);
  }

  function stopAll() {
    mutations.disconnect();
    removeEventListener('focusin', onFocusIn, true);
    removeEventListener('mousemove', onPointerMove, true);
    removeEventListener('mouseout', onPointerOut, true);
    for (const session of [...sessions.values()]) untrack(session);
    overlay?.hideCard();
    overlay?.hideBar();
  }

  function observe(root) {
    mutations.observe(root, { childList: true, subtree: true });
  }

  function discover(root) {
    for (const field of collectFields(root)) track(field);
    for (const shadowRoot of openShadowRoots(root)) observe(shadowRoot);
  }

  function onMutations(records) {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE || overlay?.contains(node)) continue;
        if (isEligibleField(node)) track(node);
        discover(node);
      }
      if (record.removedNodes.length) for (const session of [...sessions.values()]) if (!session.element.isConnected) untrack(session);
    }
  }

  // Shadow roots attached after their host was inserted are not observed; the field is picked up when focused.
  function onFocusIn(event) {
    const target = event.composedPath()[0];
    if (target instanceof Element) track(target);
  }

  function track(element) {
    if (sessions.has(element) || !isEligibleField(element)) return;
    const kind = fieldKind(element);
    const editor = createEditor(kind, element, () => drawingSurface().root);
    const session = { element, editor, layer: null, marks: [], ignoredOnce: new Set(), highlighted: highlights.paints(kind, element) };
    session.scheduler = createLintScheduler({ delayMs: IDLE_DELAY_MS, lint, onResult: () => paint(session) });
    session.onInput = () => {
      const text = editor.text();
      if (text.trim() === '') session.ignoredOnce.clear();
      session.scheduler.textChanged(text);
    };
    element.addEventListener('input', session.onInput);
    element.addEventListener('scroll', repaintAll, { passive: true });
    resizes.observe(element);
    sessions.set(element, session);
  }

  function untrack(session) {
    session.element.removeEventListener('input', session.onInput);
    session.element.removeEventListener('scroll', repaintAll);
    resizes.unobserve(session.element);
    session.scheduler.dispose();
    session.editor.dispose();
    session.layer?.remove();
    highlights.clear(session.element);
    sessions.delete(session.element);
  }

  /** The overlay, made when there is first something to draw: most pages with a text field never need it. */
  function drawingSurface() {
    overlay ??= createOverlay();
    overlay.attach();
    return overlay;
  }

  async function lint(text) {
    try {
      return await chrome.runtime.sendMessage({
        type: 'lint', text, conversation: conversationContext(document), suppress: settings.disabledRules,
      });
    } catch {
      return { connection: 'offline', diagnostics: [] }; // the extension was reloaded or its worker is unreachable
    }
  }

  // ---- underlines ------------------------------------------------------------------------------------------------

  const ignoreKey = (session, diagnostic) => `${diagnostic.id}|${session.editor.text().substr(diagnostic.span.start, diagnostic.span.length)}`;

  function visibleDiagnostics(session, diagnostics) {
    return diagnostics.filter((d) => !settings.disabledRules.includes(d.id) && !session.ignoredOnce.has(ignoreKey(session, d)));
  }

  function paint(session) {
    // Wide findings (a whole sentence) first, so the strips of the words inside them are drawn on top.
    const diagnostics = visibleDiagnostics(session, session.scheduler.state().diagnostics).sort((a, b) => b.span.length - a.span.length);
    if (diagnostics.length === 0 && !session.layer) return;
    session.layer ??= drawingSurface().fieldLayer();
    const measured = session.editor.measure(diagnostics.map((d) => d.span));
    const marks = diagnostics.map((diagnostic) => ({ diagnostic, session }));
    session.marks = overlay.paint(session.layer, marks, measured, { strips: !session.highlighted });
    if (session.highlighted) highlights.paint(session.element, diagnostics.map((d, i) => ({ severity: d.severity, range: measured.ranges[i] })));
    if (cardMark?.session === session && !session.marks.some((m) => m.diagnostic === cardMark.diagnostic)) hideCard();
  }

  function repaintAll() {
    if (repaintFrame) return;
    repaintFrame = requestAnimationFrame(() => {
      repaintFrame = 0;
      for (const session of sessions.values()) if (session.marks.length) paint(session);
    });
  }

  // ---- card ------------------------------------------------------------------------------------------------------

  function onPointerMove(event) {
    if (!overlay) return;
    if (overlay.contains(event.composedPath()[0])) {
      cancelCardHide();
      return;
    }
    let mark = null;
    for (const session of sessions.values()) mark ??= markAt(session.marks, event.clientX, event.clientY);
    if (mark) {
      cancelCardHide();
      if (mark.diagnostic !== cardMark?.diagnostic) showCard(mark);
    } else {
      scheduleCardHide();
    }
  }

  // The pointer left this frame (a chat widget in an iframe): no more moves will come here to hide the card.
  function onPointerOut(event) {
    if (!event.relatedTarget) scheduleCardHide();
  }

  function scheduleCardHide() {
    // A moment's grace, so the pointer can travel from the word to the card.
    if (cardMark && !cardHideTimer) cardHideTimer = setTimeout(hideCard, CARD_HIDE_DELAY_MS);
  }

  function cancelCardHide() {
    clearTimeout(cardHideTimer);
    cardHideTimer = 0;
  }

  function showCard(mark, { focus = false } = {}) {
    const { diagnostic, session } = mark;
    cardMark = mark;
    const fixes = diagnostic.fixes.map((fix, i) => ({ label: fix.title, primary: i === 0, run: () => applyFix(session, diagnostic, fix) }));
    const card = overlay.card({
      diagnostic,
      box: mark.boxes[mark.boxes.length - 1] ?? session.element.getBoundingClientRect(),
      actions: [
        ...fixes,
        { label: 'Ignore once', run: () => ignoreOnce(session, diagnostic) },
        { label: 'Disable this rule', run: () => disableRule(diagnostic) },
      ],
    });
    card.onkeydown = (event) => {
      if (event.key !== 'Escape') return;
      hideCard();
      session.element.focus();
    };
    if (focus) card.querySelector('button')?.focus();
  }

  function hideCard() {
    cancelCardHide();
    cardMark = null;
    overlay.hideCard();
  }

  /** Alt+Enter in the field opens the card of the (narrowest) finding at the caret, with focus on its first button. */
  function openCardAtCaret(session) {
    const caret = session.editor.caret();
    const mark = session.marks
      .filter(({ diagnostic: { span } }) => caret >= span.start && caret <= span.start + span.length)
      .reduce((narrowest, m) => (narrowest && narrowest.diagnostic.span.length <= m.diagnostic.span.length ? narrowest : m), null);
    if (mark) showCard(mark, { focus: true });
    return Boolean(mark);
  }

  function applyFix(session, diagnostic, fix) {
    const plan = planFix(session.editor.text(), fix);
    hideCard();
    if (!plan.ok) return;
    for (const step of plan.steps) session.editor.replace(step.start, step.length, step.newText);
    session.editor.select(plan.caret, plan.caret);
    session.scheduler.textChanged(session.editor.text());
    chrome.runtime.sendMessage({ type: 'feedback', ruleId: diagnostic.id, span: diagnostic.span, action: 'accepted' }).catch(() => {});
  }

  function ignoreOnce(session, diagnostic) {
    session.ignoredOnce.add(ignoreKey(session, diagnostic));
    hideCard();
    paint(session);
    session.element.focus();
    chrome.runtime.sendMessage({ type: 'feedback', ruleId: diagnostic.id, span: diagnostic.span, action: 'dismissed' }).catch(() => {});
  }

  function disableRule(diagnostic) {
    hideCard();
    chrome.runtime.sendMessage({ type: 'disable-rule', ruleId: diagnostic.id }).catch(() => {});
  }

  // ---- send guard ------------------------------------------------------------------------------------------------

  guardHandlers.keydown = (event) => {
    const session = sessions.get(event.composedPath()[0]);
    if (!session) return;
    if (event.key === 'Enter' && event.altKey && !event.shiftKey) {
      // The keystroke was the agent's request for the card; the page must not take it for a send.
      if (openCardAtCaret(session)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    if (!replaying && isSendKey(event)) guardSend(event, session, () => replay(() => session.element.dispatchEvent(new KeyboardEvent('keydown', {
      key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true,
    }))));
  };

  guardHandlers.click = (event) => {
    if (replaying) return;
    const button = event.composedPath().find((node) => node instanceof Element && looksLikeSendButton(describeControl(node)));
    if (!button) return;
    const session = [...sessions.values()].find((s) => sendButtonOf(s) === button);
    if (session) guardSend(event, session, () => replay(() => button.click()));
  };

  function replay(send) {
    replaying = true;
    try {
      send();
    } finally {
      replaying = false;
    }
  }

  function describeControl(element) {
    const label = element.getAttribute('aria-label') || element.getAttribute('title') || element.textContent.trim() || element.getAttribute('data-testid');
    return { tagName: element.tagName, type: element.getAttribute('type'), role: element.getAttribute('role'), label };
  }

  /** The send button of the composer holding the field: the nearest one among the field's ancestors (across shadow roots). */
  function sendButtonOf(session) {
    let container = session.element;
    for (let depth = 0; depth < SEND_BUTTON_SEARCH_DEPTH && container; depth++) {
      container = container.parentElement ?? container.getRootNode().host ?? null;
      const button = [...(container?.querySelectorAll('button, [role="button"], input[type="submit"]') ?? [])]
        .find((candidate) => !session.element.contains(candidate) && looksLikeSendButton(describeControl(candidate)));
      if (button) return button;
    }
    return null;
  }

  function guardSend(event, session, send) {
    const text = session.editor.text();
    if (text.trim() === '') return;
    session.scheduler.textChanged(text); // a page may have filled the field without input events
    const decide = (state) => decideSend({
      mode: settings.guardMode,
      connection: state.connection,
      resultIsCurrent: state.isCurrent,
      diagnostics: visibleDiagnostics(session, state.diagnostics),
      thresholds: state.thresholds,
    });
    const decision = decide(session.scheduler.state());
    if (decision.action === 'send') {
      if (decision.notice) notice(session);
      return;
    }
    // Held: the page sees nothing of this event until the agent (or a fresh check) decides.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (decision.action === 'hold') return holdSend(session, send);
    const timeout = new Promise((resolve) => setTimeout(resolve, CHECK_BEFORE_SEND_TIMEOUT_MS, null));
    Promise.race([session.scheduler.checkNow(), timeout]).then((state) => {
      const checked = state && decide(state);
      if (checked?.action === 'hold') holdSend(session, send);
      else send();
    });
  }

  function blockingSummary(session) {
    const { diagnostics, thresholds } = session.scheduler.state();
    const blocking = visibleDiagnostics(session, diagnostics).filter((d) => guardLevel([d], thresholds) === 'block');
    const count = `${blocking.length} ${blocking.length === 1 ? 'issue' : 'issues'}`;
    return { blocking, count, titles: [...new Set(blocking.map((d) => d.title))].join(', ') };
  }

  function holdSend(session, send) {
    const { blocking, count, titles } = blockingSummary(session);
    const bar = drawingSurface().bar({
      message: `${count} to fix before sending: ${titles}.`,
      anchor: session.element.getBoundingClientRect(),
      actions: [
        { label: 'Review', primary: true, run: () => {
          overlay.hideBar();
          session.editor.select(blocking[0].span.start, blocking[0].span.start);
          const mark = session.marks.find((m) => m.diagnostic === blocking[0]);
          if (mark) showCard(mark, { focus: true });
        } },
        { label: 'Send anyway', run: () => {
          overlay.hideBar();
          session.element.focus();
          send();
        } },
      ],
    });
    bar.onkeydown = (event) => {
      if (event.key !== 'Escape') return;
      overlay.hideBar();
      session.element.focus();
    };
    bar.querySelector('button').focus();
  }

  function notice(session) {
    const { count, titles } = blockingSummary(session);
    const bar = drawingSurface().bar({ message: `Sent with ${count}: ${titles}.`, anchor: session.element.getBoundingClientRect(), actions: [] });
    setTimeout(() => bar.isConnected && overlay.hideBar(), 4000);
  }
}
