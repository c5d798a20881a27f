#!/usr/bin/env node
// Plays the person approving a device sign-in (RFC 8628) on "another
// device": headless Chromium opens the verification address, enters the
// user code when the page asks for it, confirms the device, then signs in and
// consents on oidc-server.mjs's devInteractions pages (or aborts with --deny).
//
//   node device.mjs [--login NAME] [--deny] [--timeout-ms 60000]  < two lines: URL, user code
//
// The input is exactly what `plugboard-cli connect --device` prints on
// stdout. Prints one JSON line, {"approved","title","text","steps"}, and
// exits 0 whatever the outcome; exits 2 with the reason on stderr only when
// the harness itself fails.
import { parseArgs } from 'node:util';

const fail = (msg) => { process.stderr.write(`device: ${msg}\n`); process.exit(2); };

let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      login: { type: 'string', default: 'alice' },
      deny: { type: 'boolean', default: false },
      'timeout-ms': { type: 'string', default: '60000' },
    },
  }));
} catch (e) { fail(e.message); }
const timeoutMs = Number(opts['timeout-ms']);
if (!(timeoutMs > 0)) fail('--timeout-ms must be a positive number');
setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs).unref();

let input = '';
for await (const chunk of process.stdin) input += chunk;
const [urlLine, userCode] = input.split('\n').map((s) => s.trim());
let url;
try { url = new URL(urlLine); } catch { fail('stdin must start with the verification URL line'); }
if (!userCode) fail('the second stdin line must be the user code');

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]'],
});
try {
  const page = await (await browser.newContext()).newPage();
  page.setDefaultTimeout(timeoutMs);
  const submit = async (click) => { await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), click()]); };
  await page.goto(url.href, { waitUntil: 'load' });
  const steps = [];
  for (let step = 0; step < 10; step++) {
    if (await page.locator('form#op\\.deviceInputForm input[name="user_code"]').count()) {
      steps.push('code');
      await page.fill('input[name="user_code"]', userCode);
      await submit(() => page.click('button[form="op.deviceInputForm"]'));
    } else if (await page.locator('button[form="op.deviceConfirmForm"][autofocus]').count()) {
      steps.push('confirm');
      await submit(() => page.click(opts.deny ? 'button[name="abort"]' : 'button[form="op.deviceConfirmForm"][autofocus]'));
    } else if (await page.locator('form input[name="login"]').count()) {
      steps.push('login');
      await page.fill('input[name="login"]', opts.login);
      await page.fill('input[name="password"]', 'any-password');
      await submit(() => page.click('form button[type="submit"]'));
    } else if (await page.locator('form:has(input[name="prompt"][value="consent"])').count()) {
      steps.push('consent');
      await submit(() => page.locator('form:has(input[name="prompt"][value="consent"]) button[type="submit"]').click());
    } else {
      break; // the success page, an error page, or somewhere unexpected
    }
  }
  const title = await page.title();
  const text = (await page.evaluate(() => document.body?.innerText ?? '')).trim().slice(0, 2000);
  process.stdout.write(`${JSON.stringify({ approved: title === 'Sign-in Success', title, text, steps })}\n`);
} finally {
  await browser.close();
}
