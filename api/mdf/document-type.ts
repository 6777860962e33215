/**
 * What a document is, read from its bytes rather than from what the uploader declared: a
 * small table of magic numbers for the types we accept (no dependency, and nothing an
 * install script could change). Uploads whose bytes do not match the declared type are
 * refused (a Windows program, `MZ…`, declared `application/pdf`), and downloads are served
 * with the type the stored bytes have, so a file can never be shown as something it is not.
 */

/** Types a reviewer can open without special software (the ones uploads may declare). */
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'text/csv', 'text/plain', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;

/** Types a browser may show inline; anything else is downloaded (`Content-Disposition: attachment`). */
export const INLINE_TYPES: ReadonlySet<string> = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/webp']);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How many leading bytes are read to decide. */
const SNIFF_BYTES = 8192;

/** Starts of files, by the type they announce. Checked in order. */
const SIGNATURES: Array<{ type: string; matches: (bytes: Buffer) => boolean }> = [
  { type: 'application/pdf', matches: (bytes) => startsWith(bytes, '%PDF-') },
  { type: 'image/png', matches: (bytes) => startsWith(bytes, '\x89PNG\r\n\x1a\n') },
  { type: 'image/jpeg', matches: (bytes) => bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff },
  { type: 'image/webp', matches: (bytes) => startsWith(bytes, 'RIFF') && bytes.subarray(8, 12).toString('latin1') === 'WEBP' },
  // An Office Open XML workbook is a zip whose entries live under xl/.
  { type: XLSX, matches: (bytes) => startsWith(bytes, 'PK\x03\x04') && bytes.subarray(0, SNIFF_BYTES * 8).includes('xl/') },
];

/** Binary formats that are never text, even when they happen to decode as UTF-8. */
const BINARY_STARTS = ['MZ', '\x7fELF', 'PK\x03\x04', '\xca\xfe\xba\xbe', '\xcf\xfa\xed\xfe', '#!', 'GIF8', '\x1f\x8b', 'Rar!', '7z\xbc\xaf'];

/** The type the bytes are, among the ones we know; undefined for anything else (a program, an archive). */
export function sniffType(bytes: Buffer): string | undefined {
  const found = SIGNATURES.find((signature) => signature.matches(bytes));
  if (found) return found.type;
  return isText(bytes) ? 'text/plain' : undefined;
}

/** Whether bytes of type `sniffed` may be stored as `declared` (CSV is text too). */
export function fitsDeclared(declared: string, sniffed: string | undefined): boolean {
  if (sniffed === undefined) return false;
  return sniffed === declared || (declared === 'text/csv' && sniffed === 'text/plain');
}

/** The type to serve stored bytes with: what they are, never more than what was declared. */
export function servedType(declared: string, bytes: Buffer): string {
  const sniffed = sniffType(bytes);
  if (sniffed === undefined) return 'application/octet-stream';
  return fitsDeclared(declared, sniffed) ? declared : sniffed;
}

/** UTF-8 without NUL bytes, and not the start of a known binary format. */
function isText(bytes: Buffer): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (BINARY_STARTS.some((start) => startsWith(head, start))) return false;
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the head is not a reason to refuse.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.length > SNIFF_BYTES ? trimPartial(head) : head);
    return true;
  } catch {
    return false;
  }
}

/** `head` without a UTF-8 sequence cut off at its end. */
function trimPartial(head: Buffer): Buffer {
  const end = head.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = head[end - back] ?? 0;
    if ((byte & 0xc0) === 0xc0) return head.subarray(0, end - back);
    if ((byte & 0x80) === 0) break;
  }
  return head.subarray(0, end);
}

function startsWith(bytes: Buffer, prefix: string): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(Buffer.from(prefix, 'latin1'));
}
