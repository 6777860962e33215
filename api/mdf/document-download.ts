/**
 * How a stored document is sent, from the API and from an emailed task's page alike: typed by
 * its bytes (never more than it was declared), shown inline only when a browser shows that type
 * safely (PDF, images), downloaded otherwise, and never sniffed into something else.
 */
import type { Response } from 'express';
import { INLINE_TYPES, servedType } from './document-type.js';

/** What is sent of a document. */
export interface DocumentToSend {
  name: string;
  contentType: string;
  sha256: string;
  content: Buffer;
}

/** Sends `document`; `inline` lets a browser show a type that is safe to show. */
export function sendDocument(response: Response, document: DocumentToSend, { inline = false }: { inline?: boolean } = {}): void {
  const type = servedType(document.contentType, document.content);
  const disposition = inline && INLINE_TYPES.has(type) ? 'inline' : 'attachment';
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Disposition', `${disposition}; filename="${document.name.replace(/[^\w.-]/g, '_')}"`);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Nothing a document could carry (a script in a PDF, markup) may load or run anything else.
  response.setHeader('Content-Security-Policy', type === 'application/pdf' ? "default-src 'none'; object-src 'self'; img-src 'self'; style-src 'unsafe-inline'" : "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Digest', `sha-256=${Buffer.from(document.sha256, 'hex').toString('base64')}`);
  response.send(document.content);
}
