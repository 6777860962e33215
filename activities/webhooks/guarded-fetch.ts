/**
 * A `fetch` for outbound calls other than webhook deliveries (an identity provider's
 * discovery, token, userinfo and key endpoints) under the same destination rules: the
 * connection's own lookup refuses internal addresses, so does the check of an IP written in
 * the URL and of the address connected to; redirects are never followed; answers are read
 * up to 1 MB.
 */
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { guardedLookup, refusedAddress, RefusedDestinationError, type DestinationPolicy } from './destination.js';

const MAX_BODY_BYTES = 1024 * 1024;

/** What a guarded request may carry (the subset of `fetch` options outbound clients use). */
export interface GuardedRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams | Uint8Array | ArrayBuffer | null | undefined | ReadableStream;
  signal?: AbortSignal | undefined;
}

/** A fetch bound to `policy`; anything but a string, form or byte body is refused. */
export function guardedFetch(policy: DestinationPolicy, timeoutMs = 10_000): (url: string, init: GuardedRequest) => Promise<Response> {
  return async (address, init) => {
    const url = new URL(address);
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) !== 0) {
      const reason = refusedAddress(literal, policy.allowed);
      if (reason) throw new RefusedDestinationError(`refused: ${literal} is ${reason}`);
    }
    if (init.body instanceof ReadableStream) throw new TypeError('streamed bodies are not sent');
    const body = init.body === undefined || init.body === null ? undefined : init.body instanceof ArrayBuffer ? Buffer.from(init.body) : typeof init.body === 'string' || init.body instanceof Uint8Array ? init.body : init.body.toString();
    const transport = url.protocol === 'https:' ? https : http;
    const signal = init.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
    return new Promise<Response>((resolve, reject) => {
      const outgoing = transport.request(url, { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false, lookup: guardedLookup(policy), signal });
      outgoing.on('socket', (socket: Socket) => {
        socket.once('connect', () => {
          const reason = socket.remoteAddress === undefined ? 'an unknown address' : refusedAddress(socket.remoteAddress, policy.allowed);
          if (reason) outgoing.destroy(new RefusedDestinationError(`refused: ${url.hostname} connected to ${socket.remoteAddress ?? 'an unknown address'}, ${reason}`));
        });
      });
      outgoing.on('response', (incoming) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_BODY_BYTES) incoming.destroy(new Error(`the answer of ${url.origin} is larger than 1 MB`));
          else chunks.push(chunk);
        });
        incoming.on('error', reject);
        incoming.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(incoming.headers)) {
            for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
          }
          const status = incoming.statusCode ?? 502;
          resolve(new Response(status === 204 || status === 304 ? null : Buffer.concat(chunks), { status, headers }));
        });
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
}
