/** Following the links of task mails the way a recipient's mail client and browser would, over real HTTP. */
import type { ReceivedMail, TestSmtp } from './smtp.js';

/** The links of one task mail: the task page and one link per outcome, by outcome label ("Approve"). */
export interface MailedLinks {
  view: string;
  decisions: Record<string, string>;
}

/** The task mail to `email` about `instanceId` with this purpose's wording, once it has arrived. */
export function taskMail(smtp: TestSmtp, instanceId: string, email: string, lead = 'A task is waiting for you'): Promise<ReceivedMail> {
  return smtp.waitFor((mail) => mail.to.includes(email) && mail.headers.get('x-tandem-instance') === instanceId && mail.subject.startsWith(lead));
}

/** The links in a mail's text part. */
export function linksIn(mail: ReceivedMail): MailedLinks {
  const view = /^See the task: (\S+)$/m.exec(mail.text)?.[1];
  if (!view) throw new Error(`no task link in mail "${mail.subject}":\n${mail.text}`);
  const decisions = Object.fromEntries([...mail.text.matchAll(/^ {2}([A-Z][\w ]*): (\S+\/act\/\S+)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
  return { view, decisions };
}

/** A page as the server answered it. */
export interface Page {
  status: number;
  html: string;
  headers: Headers;
  /** The stable code of an error page (`data-code`), if any. */
  code: string | undefined;
}

async function page(response: Response): Promise<Page> {
  const html = await response.text();
  return { status: response.status, html, headers: response.headers, code: /<body data-code="([^"]+)"/.exec(html)?.[1] };
}

/** GET, as a scanner or a person opening the link. */
export async function open(url: string): Promise<Page> {
  return page(await fetch(url, { redirect: 'manual' }));
}

/** POSTs a form to `url`, as the decision page's form does. */
export async function submit(url: string, fields: Record<string, string>): Promise<Page> {
  return page(await fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' }));
}

/** The value of the hidden confirmation field on a decision page. */
export function confirmationOf(decisionPage: Page): string {
  const value = /name="confirm" value="([^"]+)"/.exec(decisionPage.html)?.[1];
  if (!value) throw new Error(`no confirmation field on the page (status ${decisionPage.status}):\n${decisionPage.html}`);
  return value;
}

/** The token of a link URL. */
export function tokenOf(url: string): string {
  return url.slice(url.lastIndexOf('/act/') + '/act/'.length);
}
