/**
 * Reading uploaded proof of performance from a multipart/form-data request with busboy.
 * Files are hashed while they stream in; a file over the size limit, of a type we do not
 * accept, or whose bytes are not what it declares (document-type.ts) stops the upload with a
 * specific error, and nothing is stored.
 */
import { createHash } from 'node:crypto';
import busboy from 'busboy';
import type { Request } from 'express';
import { ApiError } from '../errors.js';
import { ACCEPTED_TYPES, fitsDeclared, sniffType } from './document-type.js';

/** Largest file we keep: invoices and photos fit, videos belong behind a link. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Files in one upload. */
export const MAX_DOCUMENTS_PER_UPLOAD = 10;

/** One received file, hashed. */
export interface ReceivedDocument {
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** Reads every file of the request (field name `file`); rejects with an {@link ApiError}. */
export function readDocuments(request: Request): Promise<ReceivedDocument[]> {
  if (!request.is('multipart/form-data')) {
    return Promise.reject(new ApiError(415, 'unsupported_media_type', 'Upload documents as multipart/form-data, one "file" part per document.'));
  }
  return new Promise((resolve, reject) => {
    const files: ReceivedDocument[] = [];
    let failure: ApiError | undefined;
    const fail = (error: ApiError) => {
      failure ??= error;
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { fileSize: MAX_DOCUMENT_BYTES, files: MAX_DOCUMENTS_PER_UPLOAD, fields: 0, parts: MAX_DOCUMENTS_PER_UPLOAD } });
    } catch {
      reject(new ApiError(400, 'malformed_upload', 'The multipart body has no boundary; send it as multipart/form-data.'));
      return;
    }
    parser.on('file', (field, stream, info) => {
      const name = (info.filename ?? '').trim();
      const contentType = info.mimeType.toLowerCase();
      if (field !== 'file') fail(new ApiError(400, 'unknown_fields', `Send each document in a part named "file", not "${field}".`));
      else if (!name || name.length > 300) fail(new ApiError(400, 'invalid_document_name', 'Give each document a file name of at most 300 characters.'));
      else if (!ACCEPTED_TYPES.some((type) => type === contentType)) fail(new ApiError(415, 'document_type_refused', `${name} is ${contentType}; upload ${ACCEPTED_TYPES.join(', ')}.`));
      if (failure) {
        stream.resume();
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        chunks.push(chunk);
        size += chunk.length;
      });
      stream.on('limit', () => fail(new ApiError(413, 'document_too_large', `${name} is larger than ${MAX_DOCUMENT_BYTES} bytes; upload a smaller file or link to it.`)));
      stream.on('end', () => {
        if (failure) return;
        const content = Buffer.concat(chunks);
        const sniffed = sniffType(content);
        if (!fitsDeclared(contentType, sniffed)) {
          fail(new ApiError(415, 'document_content_mismatch', `${name} is declared ${contentType}, but its content is ${sniffed ?? 'not a type we accept'}; upload the file itself, with its own type.`));
          return;
        }
        files.push({ name, contentType, size, sha256: hash.digest('hex'), content });
      });
    });
    parser.on('filesLimit', () => fail(new ApiError(413, 'too_many_documents', `Upload at most ${MAX_DOCUMENTS_PER_UPLOAD} documents at once.`)));
    parser.on('partsLimit', () => fail(new ApiError(413, 'too_many_documents', `Upload at most ${MAX_DOCUMENTS_PER_UPLOAD} documents at once.`)));
    parser.on('fieldsLimit', () => fail(new ApiError(400, 'unknown_fields', 'Send only "file" parts.')));
    parser.on('error', () => reject(new ApiError(400, 'malformed_upload', 'The multipart body could not be read.')));
    parser.on('close', () => {
      if (failure) return reject(failure);
      if (files.length === 0) return reject(new ApiError(400, 'no_documents', 'Attach at least one document in a part named "file".'));
      resolve(files);
    });
    request.pipe(parser);
  });
}
