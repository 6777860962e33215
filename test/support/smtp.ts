/**
 * A real SMTP server in the test process: mail sent by the worker over SMTP arrives
 * here, is parsed by mailparser, and tests wait for the message they expect.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually.js';

/** A received message with the fields tests look at. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
}

/** A running test SMTP server. */
export interface TestSmtp {
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message matching `predicate`, waiting for it to arrive. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Answers the next `count` messages with a temporary (4xx) or permanent (5xx) failure. */
  failNext(count: number, code: 421 | 550): void;
  stop(): Promise<void>;
}

/** Starts an SMTP server on a free local port. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const failures: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const failure = failures.shift();
      if (failure !== undefined) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error(failure >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: failure })));
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((address) => address.value.map((entry) => entry.address ?? ''));
          messages.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', headers: parsed.headers });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: (predicate, timeoutMs = 20_000) =>
      eventually(() => {
        const found = messages.find(predicate);
        if (!found) throw new Error(`no matching mail yet; received: ${messages.map((mail) => `${mail.to.join(',')}: ${mail.subject}`).join(' | ') || 'none'}`);
        return found;
      }, timeoutMs),
    failNext: (count, code) => failures.push(...Array.from({ length: count }, () => code)),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
