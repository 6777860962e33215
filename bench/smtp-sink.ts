/**
 * The benchmarks' SMTP server: a real one, so the mail activity does everything it does in
 * production. It takes every mail and keeps only those to the people being watched, so
 * thousands of task mails cost nothing but the SMTP exchange.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A kept mail's headers and text. */
export interface KeptMail {
  to: string[];
  instanceId: string | undefined;
  text: string;
}

/** A running SMTP sink. */
export interface SmtpSink {
  url: string;
  /** Mails accepted so far. */
  received(): number;
  /** Keeps the mails to `email` from now on. */
  watch(email: string): void;
  /** The first kept mail matching `predicate`, waiting for it up to `timeoutMs`. */
  waitFor(predicate: (mail: KeptMail) => boolean, timeoutMs?: number): Promise<KeptMail>;
  stop(): Promise<void>;
}

/** Starts the sink on a free local port. */
export async function startSmtpSink(): Promise<SmtpSink> {
  let count = 0;
  const watched = new Set<string>();
  const kept: KeptMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A reverse DNS lookup per connection would time every mail on the resolver, not on Tandem.
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      count += 1;
      const recipients = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
      if (!recipients.some((address) => watched.has(address))) {
        stream.resume();
        stream.on('end', () => callback());
        return;
      }
      simpleParser(stream)
        .then((parsed) => {
          const instance = parsed.headers.get('x-tandem-instance');
          kept.push({ to: recipients, instanceId: typeof instance === 'string' ? instance : undefined, text: parsed.text ?? '' });
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
    received: () => count,
    watch: (email) => watched.add(email.toLowerCase()),
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = kept.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error('the expected mail did not arrive in time');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
