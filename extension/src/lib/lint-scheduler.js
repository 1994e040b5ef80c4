import { remapDiagnostics } from './span-mapping.js';

// One scheduler per field: lints after the agent pauses typing, keeps at most one request in flight, and never shows a
// result for an older text as if it were current: its spans are carried over to the current text (or dropped) first.

/**
 * @param {{ delayMs: number, lint: (text: string) => Promise<object>, onResult: (state: object) => void,
 *           setTimer?: Function, clearTimer?: Function }} options
 *   lint resolves to { connection, diagnostics, thresholds } for the text it was given.
 */
export function createLintScheduler({ delayMs, lint, onResult, setTimer = setTimeout, clearTimer = clearTimeout }) {
  let text = '';
  let revision = 0;
  let timer = null;
  let inFlight = null; // the promise of the request under way
  let dueWhileInFlight = false;
  let shown = { text: '', revision: 0, diagnostics: [], connection: 'online', thresholds: undefined };

  function publish(response, lintedText, lintedRevision) {
    if (lintedRevision < shown.revision) return; // an older answer than the one on screen: drop it
    const diagnostics = remapDiagnostics(response.diagnostics ?? [], lintedText, text);
    shown = { ...response, text: lintedText, revision: lintedRevision, diagnostics };
    onResult(state());
  }

  function run() {
    timer = null;
    if (inFlight) {
      dueWhileInFlight = true;
      return inFlight;
    }
    const lintedText = text;
    const lintedRevision = revision;
    inFlight = lint(lintedText)
      .catch(() => ({ connection: 'offline', diagnostics: [] }))
      .then((response) => {
        inFlight = null;
        publish(response, lintedText, lintedRevision);
        if (dueWhileInFlight) {
          dueWhileInFlight = false;
          if (revision !== lintedRevision) run();
        }
        return response;
      });
    return inFlight;
  }

  function state() {
    return {
      text,
      diagnostics: shown.diagnostics,
      connection: shown.connection,
      thresholds: shown.thresholds,
      isCurrent: shown.revision === revision && shown.text === text,
    };
  }

  return {
    /** The field's text changed: restart the idle timer. */
    textChanged(newText) {
      if (newText === text) return;
      text = newText;
      revision++;
      if (timer !== null) clearTimer(timer);
      timer = setTimer(run, delayMs);
      // Until the next answer, spans move with the text (or disappear) rather than point at the wrong words.
      if (shown.revision > 0) {
        shown = { ...shown, diagnostics: remapDiagnostics(shown.diagnostics, shown.text, text), text };
        onResult(state());
      }
    },
    /** Lints the current text now (skipping the idle wait) and resolves to the state once it is current or cannot be. */
    async checkNow() {
      if (timer !== null) {
        clearTimer(timer);
        timer = null;
      }
      for (let attempt = 0; attempt < 3 && !state().isCurrent; attempt++) {
        await (inFlight ?? run());
        if (!state().isCurrent && !inFlight) await run();
      }
      return state();
    },
    state,
    dispose() {
      if (timer !== null) clearTimer(timer);
      timer = null;
    },
  };
}
