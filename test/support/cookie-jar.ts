/** A browser as far as sign-in needs one: a cookie jar per host, redirects followed by hand. */

/** One answer, after any redirects. */
export interface BrowserPage {
  status: number;
  url: string;
  headers: Headers;
  text: string;
  /** Every Set-Cookie header seen on the way, as sent. */
  setCookies: string[];
}

/** Cookies per origin, kept across requests like a browser does (without expiry or paths: tests are short). */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** The cookies held for `origin`, by name. */
  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map<string, string>()));
    return jar;
  }

  /** Sends a request with the jar's cookies and follows up to `maxRedirects` redirects (as GET). */
  async request(url: string, init: { method?: string; body?: string | URLSearchParams; headers?: Record<string, string> } = {}, maxRedirects = 10): Promise<BrowserPage> {
    const setCookies: string[] = [];
    let current = new URL(url);
    let method = init.method ?? 'GET';
    let body = init.body;
    for (let hop = 0; ; hop += 1) {
      const jar = this.cookies(current.origin);
      const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
      const response = await fetch(current, { method, redirect: 'manual', headers: { ...(init.headers ?? {}), ...(cookie ? { cookie } : {}) }, ...(body === undefined ? {} : { body }) });
      for (const header of response.headers.getSetCookie()) {
        setCookies.push(header);
        const [pair = ''] = header.split(';');
        const at = pair.indexOf('=');
        const name = pair.slice(0, at).trim();
        const value = pair.slice(at + 1).trim();
        if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) jar.delete(name);
        else jar.set(name, value);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location && hop < maxRedirects) {
        await response.body?.cancel();
        current = new URL(location, current);
        method = 'GET';
        body = undefined;
        continue;
      }
      return { status: response.status, url: current.href, headers: response.headers, text: await response.text(), setCookies };
    }
  }
}
