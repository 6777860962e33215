/**
 * Sends one signed webhook request and reports what the receiver did, never throwing.
 *
 * The request goes through `node:http`/`node:https` with a lookup that refuses internal
 * addresses (see destination.ts), and the socket's remote address is checked again once
 * connected, so the address checked is the address spoken to. Redirects are never followed.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { guardedLookup, refusedAddress, RefusedDestinationError, type DestinationPolicy } from './destination.js';
import { signWebhook, SIGNATURE_HEADER } from './signature.js';

/** One request to send. */
export interface WebhookRequest {
  url: string;
  /** The secrets that sign it: the current one first, then a previous one still in its grace period. */
  secrets: readonly string[];
  /** The delivery's id: the same on every attempt and replay, so receivers can deduplicate. */
  eventId: string;
  eventType: string;
  attempt: number;
  body: string;
  timeoutMs: number;
  /** Where deliveries may go. */
  destination: DestinationPolicy;
}

/** What became of one attempt. `ok` means a 2xx answer. */
export interface WebhookResponse {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** POSTs the body as JSON with the signature headers. A 3xx is a failure, not followed. */
export async function sendWebhook(request: WebhookRequest, now: () => number = Date.now): Promise<WebhookResponse> {
  const started = now();
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(request.body)),
    'user-agent': 'Tandem-Webhooks/1',
    [SIGNATURE_HEADER]: signWebhook(request.secrets, request.body, Math.floor(started / 1000)),
    'Tandem-Event-Id': request.eventId,
    'Tandem-Event-Type': request.eventType,
    'Tandem-Delivery-Attempt': String(request.attempt),
  };
  try {
    const statusCode = await post(new URL(request.url), headers, request);
    const ok = statusCode >= 200 && statusCode < 300;
    return { ok, statusCode, error: ok ? null : `the receiver answered ${statusCode}`, durationMs: now() - started };
  } catch (error) {
    return { ok: false, statusCode: null, error: describe(error, request.timeoutMs), durationMs: now() - started };
  }
}

function post(url: URL, headers: Record<string, string>, request: WebhookRequest): Promise<number> {
  const transport = url.protocol === 'https:' ? https : http;
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(literal) !== 0) {
    const reason = refusedAddress(literal, request.destination.allowed);
    if (reason) return Promise.reject(new RefusedDestinationError(`refused: ${literal} is ${reason}`));
  }
  return new Promise((resolve, reject) => {
    const outgoing = transport.request(url, {
      method: 'POST',
      headers,
      // No keep-alive pool: each delivery resolves and checks its destination afresh.
      agent: false,
      lookup: guardedLookup(request.destination),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    outgoing.on('socket', (socket: Socket) => {
      // An IP literal in the URL skips the lookup; every connection is checked here as well.
      socket.once('connect', () => {
        const reason = socket.remoteAddress === undefined ? 'an unknown address' : refusedAddress(socket.remoteAddress, request.destination.allowed);
        if (reason) outgoing.destroy(new RefusedDestinationError(`refused: ${url.hostname} connected to ${socket.remoteAddress ?? 'an unknown address'}, ${reason}`));
      });
    });
    outgoing.on('response', (response) => {
      // Only the status counts; the body is not read, so a large or endless one costs nothing.
      response.destroy();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof RefusedDestinationError) return `${error.message}; webhooks go only to public addresses`.slice(0, 500);
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const withCode = error instanceof Error && 'code' in error ? error : error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const code = withCode && 'code' in withCode && typeof withCode.code === 'string' ? withCode.code : undefined;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code) return `request failed (${code})`;
  return `request failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
}
