#!/usr/bin/env node
// Plays the user: signs in at the authorization server (oidc-server.mjs's
// devInteractions pages) and follows the redirect back to the app's loopback
// callback, with a real client.
//
//   node signin.mjs --client chromium|curl [--login NAME] [--deny] [--elsewhere]
//                   [--callback-only] [--screenshot FILE] [--timeout-ms 30000]  < authorization-URL-line
//
// --callback-only (curl): signs in but does not follow the redirect to the
// callback; prints {"callback": URL} for the test to deliver when it wants.
//
// --elsewhere (chromium): plays a browser on another machine, which cannot
// reach this one's loopback listener: the redirect to the callback fails
// and its address is reported as "ended_on", for the user to paste.
//
// The authorization URL comes on stdin, never argv: it carries state and the
// PKCE challenge, and argv is visible to every process on the machine.
// Prints one JSON line to stdout and exits 0 whatever the outcome; exits 2
// with the reason on stderr only when the harness itself fails (bad usage,
// timeout, browser won't start).
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const fail = (msg) => { process.stderr.write(`signin: ${msg}\n`); process.exit(2); };

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      client: { type: 'string' },
      login: { type: 'string', default: 'alice' },
      deny: { type: 'boolean', default: false },
      elsewhere: { type: 'boolean', default: false },
      'callback-only': { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      'timeout-ms': { type: 'string', default: '30000' },
    },
  }));
} catch (e) { fail(e.message); }
if (!['chromium', 'curl'].includes(opts.client)) fail('--client chromium|curl is required');
const timeoutMs = Number(opts['timeout-ms']);
if (!(timeoutMs > 0)) fail('--timeout-ms must be a positive number');
setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs).unref();

async function readLine() {
  let buf = '';
  for await (const chunk of process.stdin) {
    buf += chunk;
    if (buf.includes('\n')) break; // leaving the loop also closes stdin
  }
  return buf.split('\n')[0].trim();
}

let authUrl;
try { authUrl = new URL(await readLine()); } catch { fail('stdin must start with an authorization URL line'); }

// The callback is the redirect_uri the app asked for, on whatever port it
// chose. The authorization server is on 127.0.0.1 as well, so "on a loopback
// host" alone would not tell them apart.
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const redirectParam = authUrl.searchParams.get('redirect_uri');
let target = null;
try { target = redirectParam ? new URL(redirectParam) : null; } catch { /* the server will reject it */ }
function isCallback(u) {
  let url;
  try { url = new URL(u); } catch { return false; }
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname)) return false;
  if (target) return url.origin === target.origin && url.pathname === target.pathname;
  return url.origin !== authUrl.origin;
}

const print = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

async function viaChromium() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Fail every non-loopback host name at once: tests have no internet, and
      // the devInteractions page @imports a web font whose lookup would hold
      // up the load event wherever DNS is slow to fail.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]'],
  });
  try {
    const context = await browser.newContext(); // fresh profile: no cookies, no session
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);

    // On another machine the loopback address is someone else's: the
    // request never arrives here, and the address bar shows where it ended.
    let endedOn = null;
    if (opts.elsewhere) {
      // Through the DevTools protocol: Playwright's page.route() does not see
      // the request a redirect leads to, and the callback is one.
      const cdp = await context.newCDPSession(page);
      cdp.on('Fetch.requestPaused', (e) => {
        if (!isCallback(e.request.url)) return cdp.send('Fetch.continueRequest', { requestId: e.requestId });
        endedOn = e.request.url;
        return cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'AddressUnreachable' });
      });
      await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
    }

    // What happened to the navigation that reached the callback, if any.
    let callback = null;
    const mainNav = (req) => req.isNavigationRequest() && req.frame() === page.mainFrame();
    page.on('response', (r) => { if (mainNav(r.request()) && isCallback(r.url())) callback = { status: r.status() }; });
    page.on('requestfailed', (req) => { if (mainNav(req) && isCallback(req.url())) callback = { error: req.failure()?.errorText }; });

    let lastStatus = null;
    let navError = null; // Chromium showed its own error page (net::ERR_*)
    const navigate = async (action) => {
      try {
        const [resp] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
        lastStatus = resp?.status() ?? null;
        if (!resp) navError = 'no response';
      } catch (e) {
        if (e.name === 'TimeoutError') throw e;
        navError = e.message.split('\n')[0];
      }
    };

    await navigate(() => page.goto(authUrl.href, { waitUntil: 'commit' }).catch(() => {}));
    for (let step = 0; step < 8 && !callback && !navError; step++) {
      const consent = page.locator('form:has(input[name="prompt"][value="consent"])');
      if (await page.locator('form input[name="login"]').count()) {
        await page.fill('input[name="login"]', opts.login);
        await page.fill('input[name="password"]', 'any-password');
        await navigate(() => page.click('form button[type="submit"]'));
      } else if (await consent.count()) {
        await navigate(() => (opts.deny
          ? page.click('a:has-text("Cancel")')
          : consent.locator('button[type="submit"]').click()));
      } else {
        break; // neither sign-in nor consent: an error page of the server, or somewhere unexpected
      }
    }

    // Chromium commits its own error page just after reporting the failure, so
    // reading the page can race with that navigation: retry for a moment.
    let title = '';
    let text = '';
    for (let i = 0; i < 20; i++) {
      try {
        title = await page.title();
        text = (await page.evaluate(() => document.body?.innerText ?? '')).trim();
        if (text || !navError) break;
      } catch { /* execution context replaced by the error page */ }
      await new Promise((r) => { setTimeout(r, 100); });
    }
    const out = {
      reached_callback: !!callback && !endedOn,
      ended_on: endedOn,
      http_status: callback ? (callback.status ?? null) : lastStatus,
      title,
      text: text.slice(0, 2000),
      error_page: !!(callback?.error || navError),
    };
    if (opts.screenshot) await page.screenshot({ path: opts.screenshot });
    print(out);
  } finally {
    await browser.close();
  }
}

// --- curl mode: devInteractions pages driven with fetch, callback via curl ---

const decode = (s) => s
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (attrs, name) => {
  const m = attrs.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return m ? decode(m[1] ?? m[2] ?? m[3]) : undefined;
};
const formsOf = (html, base) => [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, attrs, inner]) => ({
  action: new URL(attr(attrs, 'action') ?? '', base),
  fields: Object.fromEntries([...inner.matchAll(/<input\b([^>]*)>/gi)]
    .map(([, a]) => [attr(a, 'name'), attr(a, 'value') ?? '']).filter(([n]) => n)),
}));

// Set-Cookie lines; getSetCookie() is missing from older Node 18 releases.
const setCookieLines = (headers) => headers.getSetCookie?.()
  ?? (headers.get('set-cookie') ?? '').split(/,(?=\s*[^;,=\s]+=)/).filter(Boolean);

async function viaCurl() {
  const jar = new Map(); // name -> { value, path }; one host, so no domain matching
  const cookieHeader = (url) => [...jar]
    .filter(([, c]) => url.pathname.startsWith(c.path)).map(([n, c]) => `${n}=${c.value}`).join('; ');
  const remember = (res) => {
    for (const line of setCookieLines(res.headers)) {
      const [pair, ...attrs] = line.split(';').map((s) => s.trim());
      const name = pair.slice(0, pair.indexOf('='));
      const get = (k) => attrs.find((a) => a.toLowerCase().startsWith(`${k}=`))?.slice(k.length + 1);
      const expires = get('expires');
      if ((expires && Date.parse(expires) <= Date.now()) || get('max-age') === '0') jar.delete(name);
      else jar.set(name, { value: pair.slice(name.length + 1), path: get('path') ?? '/' });
    }
  };

  let url = authUrl;
  let init = { method: 'GET' };
  let callbackUrl = null;
  for (let hop = 0; hop < 30 && !callbackUrl; hop++) {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: cookieHeader(url) },
      signal: AbortSignal.timeout(timeoutMs),
    });
    remember(res);
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.arrayBuffer();
      const next = new URL(location, url);
      if (isCallback(next)) callbackUrl = next;
      else { url = next; init = { method: 'GET' }; }
      continue;
    }
    const html = await res.text();
    const form = formsOf(html, url).find((f) => ['login', 'consent'].includes(f.fields.prompt));
    const abort = html.match(/<a\b[^>]*href="([^"]*)"[^>]*>\s*\[\s*Cancel\s*\]/i);
    const post = (fields) => {
      url = form.action;
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      };
    };
    if (form?.fields.prompt === 'login') {
      post({ ...form.fields, login: opts.login, password: 'any-password' });
    } else if (form?.fields.prompt === 'consent' && opts.deny && abort) {
      url = new URL(decode(abort[1]), url);
      init = { method: 'GET' };
    } else if (form?.fields.prompt === 'consent') {
      post(form.fields);
    } else {
      print({ reached_callback: false, http_status: res.status, body: html.slice(0, 4000) });
      return;
    }
  }
  if (!callbackUrl) fail('too many hops without reaching the callback');
  if (opts['callback-only']) { // the test delivers it itself, at a moment it chooses
    print({ reached_callback: false, callback: callbackUrl.href });
    return;
  }

  const curl = await runCurl(callbackUrl);
  const cut = curl.stdout.search(/\r?\n\r?\n/);
  const headers = cut < 0 ? curl.stdout : curl.stdout.slice(0, cut);
  const body = cut < 0 ? '' : curl.stdout.slice(cut).replace(/^\r?\n\r?\n/, '');
  const status = headers.match(/^HTTP\/[\d.]+ (\d{3})/);
  print({
    reached_callback: true,
    curl_exit: curl.code,
    http_status: status ? Number(status[1]) : null,
    headers: headers.trim(),
    body: body.slice(0, 4000),
    curl_stderr: curl.stderr.trim(),
  });
}

// The callback URL carries the authorization code: hand it to curl as a
// config file on stdin (-K -), so it never appears in a process's arguments.
function runCurl(url) {
  return new Promise((resolve, reject) => {
    const child = spawn('curl', ['-sS', '--max-time', '20', '-D', '-', '-K', '-']);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    const quoted = url.href.replace(/[\\"]/g, '\\$&');
    child.stdin.end(`url = "${quoted}"\nnoproxy = "*"\n`);
  });
}

try {
  await (opts.client === 'chromium' ? viaChromium() : viaCurl());
} catch (e) {
  fail(e.stack || String(e));
}
