// The Etiquette service client used by the service worker. Every call has a timeout; after the service fails to answer
// the client backs off (1 s, 2 s, 4 s … up to 30 s) and reports "offline" at once instead of queueing requests.

export const DEFAULT_TIMEOUT_MS = 2500;
const INITIAL_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30000;

export class ServiceUnavailable extends Error {}

/**
 * @param {{ fetch: typeof fetch, now?: () => number, timeoutMs?: number }} options
 */
export function createApiClient({ fetch, now = Date.now, timeoutMs = DEFAULT_TIMEOUT_MS }) {
  let backoffMs = 0;
  let retryAt = 0;

  function failed(retryAfterMs) {
    backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs ? backoffMs * 2 : INITIAL_BACKOFF_MS);
    retryAt = now() + Math.max(backoffMs, retryAfterMs ?? 0);
  }

  /** Resolves to { status, body } for answers the service gave on purpose; throws ServiceUnavailable otherwise. */
  async function call(settings, method, path, body) {
    if (now() < retryAt) throw new ServiceUnavailable('Backing off after the service failed to answer.');
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (settings.apiKey) headers['X-Api-Key'] = settings.apiKey;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), timeoutMs);
    let response;
    try {
      response = await fetch(new URL(path, settings.serverUrl).href, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch {
      failed();
      throw new ServiceUnavailable('The service did not answer.');
    } finally {
      clearTimeout(timeout);
    }
    if (response.status === 429 || response.status >= 500) {
      failed(Number(response.headers.get('Retry-After')) * 1000 || 0);
      throw new ServiceUnavailable(`The service answered ${response.status}.`);
    }
    backoffMs = 0;
    retryAt = 0;
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  return {
    /** Lints a draft: { connection: 'online', diagnostics, summary } or { connection: 'offline'|'error', diagnostics: [] }. */
    async lint(settings, { text, conversation, suppress }) {
      const request = { text, profile: settings.profile || undefined };
      if (conversation) request.conversation = conversation;
      if (suppress?.length) request.suppress = suppress;
      try {
        const { status, body } = await call(settings, 'POST', '/v1/lint', request);
        if (status !== 200) return { connection: 'error', problem: body?.title ?? `HTTP ${status}`, diagnostics: [] };
        return { connection: 'online', diagnostics: body.diagnostics, summary: body.summary };
      } catch (error) {
        if (error instanceof ServiceUnavailable) return { connection: 'offline', diagnostics: [] };
        throw error;
      }
    },
    /** The profile's send-guard thresholds, e.g. { block: 'error', warn: 'warning' }; null when unavailable. */
    async sendGuardThresholds(settings) {
      try {
        const { status, body } = await call(settings, 'GET', `/v1/profiles/${encodeURIComponent(settings.profile || 'default')}`);
        return status === 200 ? body.sendGuard : null;
      } catch {
        return null;
      }
    },
    /** 'online', 'degraded' (rules only) or 'offline'. */
    async health(settings) {
      try {
        const { status, body } = await call(settings, 'GET', '/health/ready');
        return status === 200 ? body.status === 'degraded' ? 'degraded' : 'online' : 'offline';
      } catch {
        return 'offline';
      }
    },
    /** Tells the service that a finding was accepted or dismissed; never sends the draft. */
    async feedback(settings, { ruleId, span, action }) {
      try {
        await call(settings, 'POST', '/v1/feedback', { ruleId, span, action, profile: settings.profile || undefined });
      } catch {
        // Feedback is a courtesy to the trainers; losing one while offline is fine.
      }
    },
  };
}
