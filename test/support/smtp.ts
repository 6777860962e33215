/**
 * A real SMTP server in the test process: mail sent by the worker over SMTP arrives
 * here, is parsed by mailparser, and tests wait for the message they expect.
 */
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { eventually } from './eventually.js';

/** A received message with the fields tests look at. */
export interface ReceivedMail {
  /** The Message-ID header, as the sender set it. */
  messageId: string;
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
  /** Answers every message with 421 until `until` (ms since the epoch): a relay down for a while. */
  deferUntil(until: number): void;
  /** Refuses every message to `email` with 550, for good: a mailbox that does not exist. */
  refuseAlways(email: string): void;
  /**
   * Accepts the first `times` messages to `email` only `delayMs` after their data arrived: a
   * relay slower than the client's timeout. The client has given up by then; the message is
   * kept all the same, as a real relay would.
   */
  slowFor(email: string, delayMs: number, times?: number): void;
  stop(): Promise<void>;
}

/** Starts an SMTP server on a free local port. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const failures: number[] = [];
  let deferredUntil = 0;
  const refused = new Set<string>();
  const slow = new Map<string, { delayMs: number; times: number }>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const recipients = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
      const failure = recipients.some((address) => refused.has(address)) ? 550 : Date.now() < deferredUntil ? 421 : failures.shift();
      if (failure !== undefined) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error(failure >= 500 ? 'mailbox unavailable' : 'try again later'), { responseCode: failure })));
        return;
      }
      const slowness = recipients.map((address) => slow.get(address)).find((entry) => entry !== undefined && entry.times > 0);
      if (slowness) slowness.times -= 1;
      simpleParser(stream)
        .then(async (parsed) => {
          if (slowness) await new Promise((resolve) => setTimeout(resolve, slowness.delayMs));
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((address) => address.value.map((entry) => entry.address ?? ''));
          messages.push({
            messageId: parsed.messageId ?? '',
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: parsed.headers,
          });
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
    deferUntil: (until) => {
      deferredUntil = until;
    },
    refuseAlways: (email) => refused.add(email.toLowerCase()),
    slowFor: (email, delayMs, times = 1) => slow.set(email.toLowerCase(), { delayMs, times }),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
