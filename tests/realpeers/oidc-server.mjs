#!/usr/bin/env node
// A real OpenID Connect authorization server (panva's certified oidc-provider)
// for Plugboard's tests. Configured like a strict production server; only the
// storage (memory), the sign-in pages (devInteractions) and the /test/ control
// API are test conveniences.
//
//   node oidc-server.mjs [--port N] [--access-token-ttl SECONDS]
//
// stdout carries exactly one line, {"issuer":"http://127.0.0.1:PORT","port":PORT},
// once the server accepts connections. It exits when stdin closes (so a dead
// test never leaves it behind) and on SIGTERM/SIGINT. OIDC_DEBUG=1 logs events
// to stderr.
import crypto from 'node:crypto';
import http from 'node:http';
import { parseArgs, promisify } from 'node:util';

// Per-run RS256 signing key rather than oidc-provider's well-known development
// key. Generated on the thread pool while oidc-provider loads: each takes
// 100-400 ms and startup time is paid by every test.
const keyPair = promisify(crypto.generateKeyPair)('rsa', { modulusLength: 2048 });
const { default: Provider } = await import('oidc-provider');

const DEBUG = process.env.OIDC_DEBUG === '1';
const debug = (...a) => { if (DEBUG) process.stderr.write(`[oidc-server] ${a.join(' ')}\n`); };

// oidc-provider prints development notices with console.info, i.e. to stdout,
// which would break the one-line stdout contract; route them to stderr, and
// only when debugging.
console.log = console.info = console.debug = console.warn = (...a) => debug(...a);

const usage = (msg) => {
  process.stderr.write(`oidc-server: ${msg}\nusage: node oidc-server.mjs [--port N] [--access-token-ttl SECONDS]\n`);
  process.exit(2);
};
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'access-token-ttl': { type: 'string', default: '3600' },
    },
  }));
} catch (e) { usage(e.message); }
const positiveInt = (s) => (/^[1-9]\d*$/.test(s ?? '') ? Number(s) : null);
let accessTokenTtl = positiveInt(opts['access-token-ttl']);
if (!accessTokenTtl) usage('--access-token-ttl takes a whole number of seconds');
const listenPort = opts.port === '0' ? 0 : positiveInt(opts.port);
if (listenPort === null || listenPort > 65535) usage('--port takes a port number (0 = any free one)');

// Storage shared by all models. The adapter bundled with oidc-provider is an
// LRU capped at 1000 entries: in a long test run it could silently evict a
// grant's token index, and then revoking the grant would leave tokens alive.
// This one keeps everything until it expires.
const store = new Map(); // key -> { value, expiresAt (ms, 0 = never) }
const grantIndex = new Map(); // grantId -> Set of keys of tokens issued under it
const GRANTABLE = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);
const storeGet = (key) => {
  const e = store.get(key);
  if (e && e.expiresAt && e.expiresAt <= Date.now()) { store.delete(key); return undefined; }
  return e?.value;
};
const storeSet = (key, value, expiresIn) => store.set(key, { value, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : 0 });

class MapAdapter {
  constructor(model) { this.model = model; }
  key(id) { return `${this.model}:${id}`; }
  async upsert(id, payload, expiresIn) {
    const key = this.key(id);
    storeSet(key, payload, expiresIn);
    if (this.model === 'Session') storeSet(`sessionUid:${payload.uid}`, id, expiresIn);
    if (payload.userCode) storeSet(`userCode:${payload.userCode}`, id, expiresIn);
    if (GRANTABLE.has(this.model) && payload.grantId) {
      if (!grantIndex.has(payload.grantId)) grantIndex.set(payload.grantId, new Set());
      grantIndex.get(payload.grantId).add(key);
    }
  }
  async find(id) { return storeGet(this.key(id)); }
  async findByUid(uid) { const id = storeGet(`sessionUid:${uid}`); return id && this.find(id); }
  async findByUserCode(code) { const id = storeGet(`userCode:${code}`); return id && this.find(id); }
  async consume(id) { const v = storeGet(this.key(id)); if (v) v.consumed = Math.floor(Date.now() / 1000); }
  async destroy(id) { store.delete(this.key(id)); }
  async revokeByGrantId(grantId) {
    for (const key of grantIndex.get(grantId) ?? []) store.delete(key);
    grantIndex.delete(grantId);
  }
}

// Native apps use loopback redirects; oidc-provider lets a native client's
// http://127.0.0.1/… or http://localhost/… redirect_uri match on any port
// (RFC 8252 §7.3), so no port is registered here.
const nativeClient = (extra) => ({
  application_type: 'native',
  redirect_uris: ['http://127.0.0.1/callback', 'http://localhost/callback'],
  grant_types: ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
  response_types: ['code'],
  ...extra,
});

const configuration = {
  adapter: MapAdapter,
  clients: [
    nativeClient({ client_id: 'plugboard-public', token_endpoint_auth_method: 'none' }),
    nativeClient({ client_id: 'plugboard-basic', token_endpoint_auth_method: 'client_secret_basic', client_secret: 'pb-test-secret-basic-client' }),
    nativeClient({ client_id: 'plugboard-post', token_endpoint_auth_method: 'client_secret_post', client_secret: 'pb-test-secret-post-client' }),
  ],
  clientAuthMethods: ['none', 'client_secret_basic', 'client_secret_post'],
  responseTypes: ['code'], // authorization code flow only, no implicit
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
  // Any login name is an account; the password is not checked (devInteractions).
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() { return { sub: id, name: `Test User ${id}`, email: `${id}@example.test` }; },
    };
  },
  features: {
    devInteractions: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    userinfo: { enabled: true },
    deviceFlow: { enabled: true },
    rpInitiatedLogout: { enabled: false },
  },
  pkce: { methods: ['S256'], required: () => true },
  // Every client allowed the refresh_token grant gets one, with or without
  // offline_access; each use rotates it, and reuse of a rotated one revokes
  // the whole grant (built into oidc-provider's refresh_token grant).
  issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  ttl: {
    AccessToken: () => accessTokenTtl, // read per token so POST /test/ttl applies to new ones
    AuthorizationCode: 60,
    RefreshToken: 24 * 60 * 60,
    IdToken: 60 * 60,
    DeviceCode: 10 * 60,
    Interaction: 60 * 60,
    Session: 24 * 60 * 60,
    Grant: 14 * 24 * 60 * 60,
  },
  cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
};

const { privateKey } = await keyPair;
configuration.jwks = { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'rs256-test', use: 'sig', alg: 'RS256' }] };

// Endpoints (oidc-provider's default routes) where clients authenticate.
const CLIENT_AUTH_PATHS = new Set(['/token', '/token/revocation', '/token/introspection', '/device/auth', '/request']);

const newStats = () => ({
  refresh_grants: 0, code_grants: 0, revoked_grants: 0, refresh_failures: 0, revocations: 0,
  proxy_forwarded: 0, proxy_secrets_seen: 0,
});
let stats = newStats();
const issued = { access: [], refresh: [] };

const server = http.createServer();
server.listen(listenPort, '127.0.0.1', () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, configuration);

  provider.on('grant.success', (ctx) => {
    const gt = ctx.oidc.params.grant_type;
    if (gt === 'refresh_token') stats.refresh_grants += 1;
    if (gt === 'authorization_code') stats.code_grants += 1;
    debug('grant.success', gt, ctx.oidc.client?.clientId);
  });
  provider.on('grant.error', (ctx, err) => {
    if (ctx.oidc?.params?.grant_type === 'refresh_token') stats.refresh_failures += 1;
    debug('grant.error', ctx.oidc?.params?.grant_type, err.error, err.error_description);
  });
  provider.on('grant.revoked', (ctx, grantId) => { stats.revoked_grants += 1; debug('grant.revoked', grantId); });
  provider.on('access_token.saved', (t) => issued.access.push(t.jti)); // opaque: the jti is the value
  provider.on('refresh_token.saved', (t) => issued.refresh.push(t.jti));
  if (DEBUG) {
    for (const ev of ['authorization.success', 'authorization.error', 'revocation.error', 'introspection.error', 'userinfo.error', 'server_error']) {
      provider.on(ev, (ctx, x) => debug(ev, x?.error ?? '', x?.error_description ?? x?.message ?? ''));
    }
  }
  // oidc-provider accepts client_secret_basic and client_secret_post
  // interchangeably for any secret client. Hold each client to its registered
  // method, as stricter servers do, so a client sending its secret the wrong
  // way fails here and not only in production.
  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && CLIENT_AUTH_PATHS.has(ctx.path) && ctx.is('application/x-www-form-urlencoded')) {
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      ctx.req.body = Buffer.concat(chunks).toString('utf8'); // oidc-provider reads an already-read body from here
      const params = new URLSearchParams(ctx.req.body);
      const basic = /^basic\s+(\S+)$/i.exec(ctx.get('authorization'));
      const used = basic ? 'client_secret_basic' : params.has('client_secret') && 'client_secret_post';
      let id = params.get('client_id');
      if (basic) {
        try { id = decodeURIComponent(Buffer.from(basic[1], 'base64').toString().split(':')[0].replace(/\+/g, ' ')); } catch { /* oidc-provider rejects it */ }
      }
      const client = used && id ? await provider.Client.find(id) : undefined;
      if (client && client.clientAuthMethod !== used && client.clientAuthMethod.startsWith('client_secret_')) {
        if (params.get('grant_type') === 'refresh_token') stats.refresh_failures += 1;
        debug('client auth method mismatch', id, 'registered', client.clientAuthMethod, 'used', used);
        ctx.status = 401;
        ctx.set('cache-control', 'no-store');
        if (basic) ctx.set('www-authenticate', `Basic realm="${issuer}", error="invalid_client"`);
        ctx.body = { error: 'invalid_client', error_description: 'client authentication failed' };
        return;
      }
    }
    await next();
  });
  // oidc-provider has no revocation success event: count revocation requests
  // that found a token (the endpoint answers 200 for unknown tokens as well).
  provider.use(async (ctx, next) => {
    await next();
    const found = ctx.oidc?.entities?.AccessToken || ctx.oidc?.entities?.RefreshToken;
    if (ctx.oidc?.route === 'revocation' && ctx.status === 200 && found) {
      stats.revocations += 1;
      debug('revocation', found.kind);
    }
  });

  const oidc = provider.callback();
  server.on('request', (req, res) => {
    if (req.url.startsWith('/test/')) testApi(provider, req, res).catch((e) => send(res, 500, { error: String(e) }));
    else oidc(req, res);
  });
  process.stdout.write(`${JSON.stringify({ issuer, port })}\n`);
});
server.on('error', (e) => { process.stderr.write(`oidc-server: ${e.message}\n`); process.exit(1); });

const send = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
};

// Test-only control API; the server listens on 127.0.0.1 only.
async function testApi(provider, req, res) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case 'GET /test/stats': return send(res, 200, stats);
    case 'POST /test/reset-stats': stats = newStats(); return send(res, 200, stats);
    case 'GET /test/tokens': return send(res, 200, issued);
    case 'GET /test/introspect': {
      const value = url.searchParams.get('token') ?? '';
      for (const Model of [provider.AccessToken, provider.RefreshToken]) {
        // Storage drops a token when it expires, as a real store's TTL does, so
        // expired and revoked tokens alike come back as kind null.
        const t = await Model.find(value, { ignoreExpiration: true });
        if (t) return send(res, 200, { active: !t.isExpired && !t.consumed, kind: t.kind });
      }
      return send(res, 200, { active: false, kind: null });
    }
    case 'POST /test/exchange-proxy': return exchangeProxy(req, res, url.searchParams.get('client') ?? '');
    case 'POST /test/ttl': {
      const ttl = positiveInt(url.searchParams.get('access'));
      if (!ttl) return send(res, 400, { error: 'access must be a whole number of seconds' });
      accessTokenTtl = ttl;
      return send(res, 200, { access: accessTokenTtl });
    }
    default: return send(res, 404, { error: `no test route ${route}` });
  }
}

// A team's token-exchange proxy for one confidential client: it holds the
// client secret, so a desktop app never has it. It refuses a request that
// carries a secret (and counts it: the tests assert none ever arrives), adds
// the secret the way the client is registered, and forwards the grant to the
// token endpoint (a revocation, which carries `token`, to the revocation
// endpoint), relaying the answer as it comes.
async function exchangeProxy(req, res, clientId) {
  const client = configuration.clients.find((c) => c.client_id === clientId && c.client_secret);
  if (!client) return send(res, 404, { error: `no confidential client ${clientId}` });
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  if (params.has('client_secret') || req.headers.authorization) {
    stats.proxy_secrets_seen += 1;
    return send(res, 400, { error: 'invalid_request', error_description: 'the proxy adds the client secret' });
  }
  const headers = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  params.set('client_id', clientId);
  if (client.token_endpoint_auth_method === 'client_secret_basic') {
    const encode = (v) => encodeURIComponent(v).replace(/%20/g, '+');
    headers.authorization = `Basic ${Buffer.from(`${encode(clientId)}:${encode(client.client_secret)}`).toString('base64')}`;
  } else {
    params.set('client_secret', client.client_secret);
  }
  stats.proxy_forwarded += 1;
  const path = params.has('token') ? '/token/revocation' : '/token';
  const upstream = http.request({ host: '127.0.0.1', port: server.address().port, path, method: 'POST', headers }, (answer) => {
    res.writeHead(answer.statusCode, { 'content-type': answer.headers['content-type'] ?? 'application/json', 'cache-control': 'no-store' });
    answer.pipe(res);
  });
  upstream.on('error', (e) => send(res, 502, { error: 'temporarily_unavailable', error_description: e.message }));
  upstream.end(params.toString());
}

const stop = () => { server.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
