/** Sends one signed webhook request and reports what the receiver did, never throwing. */
import { signWebhook, SIGNATURE_HEADER } from './signature.js';

/** One request to send. */
export interface WebhookRequest {
  url: string;
  secret: string;
  /** The delivery's id: the same on every attempt and replay, so receivers can deduplicate. */
  eventId: string;
  eventType: string;
  attempt: number;
  body: string;
  timeoutMs: number;
}

/** What became of one attempt. `ok` means a 2xx answer. */
export interface WebhookResponse {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs the body as JSON with the signature headers. Redirects are not followed: a 3xx is a failure. */
export async function sendWebhook(request: WebhookRequest, now: () => number = Date.now): Promise<WebhookResponse> {
  const started = now();
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Tandem-Webhooks/1',
    [SIGNATURE_HEADER]: signWebhook(request.secret, request.body, Math.floor(started / 1000)),
    'Tandem-Event-Id': request.eventId,
    'Tandem-Event-Type': request.eventType,
    'Tandem-Delivery-Attempt': String(request.attempt),
  };
  try {
    const response = await fetch(request.url, { method: 'POST', headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(request.timeoutMs) });
    // Only the status counts; the body is not read, so a large or endless one costs nothing.
    await response.body?.cancel().catch(() => undefined);
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `the receiver answered ${response.status}`, durationMs: now() - started };
  } catch (error) {
    return { ok: false, statusCode: null, error: describe(error, request.timeoutMs), durationMs: now() - started };
  }
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code) return `request failed (${code})`;
  return `request failed: ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`.slice(0, 500);
}
