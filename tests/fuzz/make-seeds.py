#!/usr/bin/env python3
"""Writes the seed corpora in corpus/<target>/ (committed; rerun after a
format changes). Seeds are small, realistic inputs: requests as browsers and
tools send them, answers shaped like GitHub's, Google's and oidc-provider's,
the shipped platform records, files as Plugboard writes them. Byte 0 of most
targets picks a mode; see each fuzz_<target>.cpp."""
import hashlib
import json
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"
STATE = "fuzz-state-Zm9vYmFy"  # fuzz_callback.cpp's expected state


def put(target, name, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def compact(value):
    return json.dumps(value, separators=(",", ":"))


CHROMIUM = ("GET /callback?code=4%2F0AfJohXn&scope=email%20profile&state={state} HTTP/1.1\r\n"
            "Host: 127.0.0.1:8741\r\nConnection: keep-alive\r\nsec-ch-ua: \"Chromium\";v=\"120\"\r\n"
            "Upgrade-Insecure-Requests: 1\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0\r\n"
            "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\nSec-Fetch-Site: cross-site\r\n"
            "Accept-Encoding: gzip, deflate, br\r\nAccept-Language: de-DE,de;q=0.9\r\n\r\n")
FIREFOX = ("GET /callback?code=gho_abc123&state={state} HTTP/1.1\r\nHost: localhost:8741\r\n"
           "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0\r\n"
           "Accept: text/html\r\nDNT: 1\r\nConnection: keep-alive\r\n\r\n")
CURL = "GET /callback?error=access_denied&error_description=The+user+denied&state={state} HTTP/1.1\nHost: [::1]:8741\nUser-Agent: curl/7.88.1\nAccept: */*\n\n"
OTHERS = [
    "GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:8741\r\n\r\n",
    "POST /callback HTTP/1.1\r\nHost: 127.0.0.1:8741\r\nContent-Length: 7\r\n\r\ncode=x\n",
    "GET /callback?code=a&code=b&state={state} HTTP/1.0\r\nHost: 127.0.0.1:8741\r\nhost: evil.example\r\n\r\n",
    "GET http://evil.example/callback HTTP/1.1\r\nHost: evil.example\r\n\r\n",
    "GET /callback?state={state}&code=%E2%9C%93%00 HTTP/1.1\r\nHost: rebind.example:8741\r\n\r\n",
]


def requests():
    heads = [h.format(state=STATE) for h in [CHROMIUM, FIREFOX, CURL] + OTHERS]
    for i, head in enumerate(heads):
        put("httprequest", f"request-{i}", bytes([0 if i % 2 else 255]) + head.encode())
        put("callback", f"request-{i}", b"\x00" + head.encode())
    pasted = [f"http://127.0.0.1:8741/callback?code=4%2F0AfJohXn&state={STATE}",
              f"http://127.0.0.1:8741/callback?state={STATE}&code=x&code=y",
              f"http://localhost:8741/callback?code=x&state={STATE}",
              "http://127.0.0.1:8741/callback?error=access_denied&state=other"]
    for i, address in enumerate(pasted):
        put("callback", f"pasted-{i}", b"\x01" + address.encode())


def forms():
    for i, text in enumerate([
            f"code=4%2F0AfJohXn&scope=email+profile&state={STATE}",
            "error=access_denied&error_description=The+user+has+denied+your+application+access.",
            "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer",
            "a=1&a=2&&=x&y&%zz=%4&%E2%9C%93=%C3%A9+%2B"]):
        put("formencoding", f"form-{i}", text)


STATUS = {200: 0, 400: 2, 401: 3, 404: 5, 500: 7}
TYPE = {"json": 0, "json-utf8": 1, "form": 2, "text": 4, "html": 5, "none": 6}
GOOGLE_TOKENS = {"access_token": "ya29.a0AfB_byC", "expires_in": 3599, "refresh_token": "1//0gdXmkq",
                 "scope": "openid https://www.googleapis.com/auth/userinfo.email", "token_type": "Bearer",
                 "id_token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"}
OIDC_TOKENS = {"access_token": "Kx3yQ", "expires_in": 3600, "id_token": "eyJ.eyJ.sig",
               "refresh_token": "Rt1", "scope": "openid offline_access", "token_type": "Bearer"}


def token_answers():
    answers = [
        (200, "form", "access_token=gho_16C7e42F292c6912E7710c838347Ae178B4a&scope=repo%2Cgist&token_type=bearer"),
        (200, "json", compact({"access_token": "gho_16C7e", "token_type": "bearer", "scope": "repo,gist"})),
        (200, "json", compact({"error": "bad_verification_code", "error_description":
                               "The code passed is incorrect or expired.",
                               "error_uri": "https://docs.github.com/apps/troubleshooting"})),
        (200, "json-utf8", compact(GOOGLE_TOKENS)),
        (400, "json", compact({"error": "invalid_grant", "error_description": "Bad Request"})),
        (401, "json", compact({"error": "invalid_client", "error_description": "client authentication failed"})),
        (200, "json-utf8", compact(OIDC_TOKENS)),
        (400, "json", compact({"error": "redirect_uri_mismatch"})),
        (404, "html", "<!DOCTYPE html><html><title>Error 400 (OAuth2 Error)</title><p>redirect_uri_mismatch"
                      "<p>Error 401: invalid_client The OAuth client was not found.</html>"),
        (200, "form", "device_code=3584d83530557fdd1f46af8289938c8ef79f9dc5&expires_in=899&interval=5"
                      "&user_code=WDJB-MJHT&verification_uri=https%3A%2F%2Fgithub.com%2Flogin%2Fdevice"),
        (200, "json", compact({"device_code": "AH-1Ng2", "user_code": "GQVQ-JKEC", "expires_in": 1800,
                               "interval": 5, "verification_url": "https://www.google.com/device"})),
        (200, "json", compact({"device_code": "Dc1", "user_code": "ABCD-EFGH", "expires_in": 600,
                               "verification_uri": "http://127.0.0.1:3000/device",
                               "verification_uri_complete": "http://127.0.0.1:3000/device?user_code=ABCD-EFGH"})),
        (500, "text", "upstream connect error"),
    ]
    for i, (status, kind, body) in enumerate(answers):
        put("tokenresponse", f"answer-{i}", bytes([STATUS[status], TYPE[kind]]) + body.encode())


def discovery():
    issuer = "https://id.example.com"
    google_like = {
        "issuer": issuer, "authorization_endpoint": issuer + "/o/oauth2/v2/auth",
        "device_authorization_endpoint": issuer + "/device/code", "token_endpoint": issuer + "/token",
        "userinfo_endpoint": issuer + "/v1/userinfo", "revocation_endpoint": issuer + "/revoke",
        "jwks_uri": issuer + "/oauth2/v3/certs", "response_types_supported": ["code", "token", "id_token"],
        "subject_types_supported": ["public"], "id_token_signing_alg_values_supported": ["RS256"],
        "scopes_supported": ["openid", "email", "profile"],
        "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
        "claims_supported": ["aud", "email", "email_verified", "exp", "name", "sub"],
        "code_challenge_methods_supported": ["plain", "S256"],
        "grant_types_supported": ["authorization_code", "refresh_token",
                                  "urn:ietf:params:oauth:grant-type:device_code"]}
    oidc_provider = {
        "issuer": issuer + "/", "authorization_endpoint": issuer + "/auth", "token_endpoint": issuer + "/token",
        "userinfo_endpoint": issuer + "/me", "end_session_endpoint": issuer + "/session/end",
        "claims_supported": ["sub", "preferred_username", "email"], "scopes_supported": ["openid", "offline_access"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "private_key_jwt"],
        "code_challenge_methods_supported": ["S256"], "response_modes_supported": ["form_post", "query"]}
    rfc8414 = {"issuer": issuer, "authorization_endpoint": issuer + "/authorize",
               "token_endpoint": "http://127.0.0.1:4000/token", "response_types_supported": ["code"]}
    put("discovery", "google-like", b"\x00" + json.dumps(google_like, indent=1).encode())
    put("discovery", "oidc-provider", b"\x00" + json.dumps(oidc_provider).encode())
    put("discovery", "rfc8414", b"\x01" + json.dumps(rfc8414).encode())


def platform_records():
    for path in sorted((ROOT / "resources/platforms").glob("*.json")):
        mode = b"\x00" if path.stem == "github" else b"\x01"
        put("platformrecord", path.stem, mode + path.read_bytes())


CONNECTION = {
    "platform": "github", "account_id": "583231", "account_name": "octocat", "granted_scopes": ["repo", "gist"],
    "requested_scopes": ["repo"], "default_scopes": True, "refreshable": True,
    "expires_at": "2026-12-02T18:00:00.000Z", "state": "connected", "last_refresh": "2026-12-02T10:00:00.000Z",
    "last_checked": "2026-12-02T10:05:00.000Z", "last_error": {"code": "network", "message": "offline", "language": "de"},
    "client": "3f2a9c0d41be", "refresh_issued_at": "2026-11-30T09:00:00.000Z",
    "grants": [{"app": "/usr/bin/gnome-calendar", "granted": "2026-11-01T08:00:00.000Z",
                "last_used": "2026-12-01T08:00:00.000Z", "uses": 3}, {"app": "flatpak:org.gnome.Evolution",
                                                                     "granted": "2026-11-02T08:00:00.000Z"}],
    "created": "2026-10-01T12:00:00.000Z", "updated": "2026-12-02T10:05:00.000Z"}
API_KEY = {"platform": "huggingface", "account_id": "team/ml", "account_name": "ml", "state": "needs_reconnect",
           "created": "2026-10-01T12:00:00.000Z", "updated": "2026-10-01T12:00:00.000Z"}


def connections():
    put("connections", "connections.json",
        json.dumps({"version": 1, "connections": [CONNECTION, API_KEY]}, indent=4) + "\n")
    put("connections", "empty.json", '{"version": 1, "connections": []}\n')
    put("connections", "newer.json", '{"version": 2, "connections": [], "folders": []}\n')


def seal_header(kind, log2n, r, p):
    return (b"PBSEAL" + struct.pack(">H", 1) + kind + bytes([1, log2n]) + struct.pack(">II", r, p)
            + bytes(range(16)) + bytes(range(100, 112)) + b"\0" * 32)


def sealed(kind, body, log2n=1, r=1, p=1):
    data = seal_header(kind, log2n, r, p) + body + b"\x11" * 16
    return data + hashlib.sha256(data).digest()


TOKENS = compact({"v": 1, "access_token": "gho_16C7e", "refresh_token": "ghr_1B4a2", "token_type": "bearer",
                  "expires_at": "2026-12-02T18:00:00.000Z", "scopes": ["repo"]})


def vault():
    put("vault", "vault-raw", b"\x00" + sealed(b"VLT1", b"\x8a" * 40, 16, 8, 1))
    put("vault", "vault-cheap", b"\x01" + sealed(b"VLT1", b"\x8a" * 40, 4, 8, 1))
    put("vault", "vault-newer", b"\x00" + sealed(b"VLT1", b"", 1)[:6] + b"\x00\x02" + b"\0" * 100)
    put("vault", "backup-cheap", b"\x02" + sealed(b"BKP1", b"\x5c" * 64, 2, 2, 1))
    put("vault", "contents", b"\x03" + compact({"format": 1, "secrets": {
        "github/583231": TOKENS, "credentials/github": compact({"v": 1, "client_id": "Iv1.8a61", "client_secret": "s"}),
        "audit-key": "9b1d"}}).encode())


def backup():
    record = (ROOT / "resources/platforms/gitlab.json").read_text()
    document = {
        "format": 1, "created": "2026-12-02T10:00:00.000Z", "plugboard": "0.1.0",
        "providers": [{"id": "gitlab", "record": record}],
        "credentials": [{"platform": "github", "secret": compact({"v": 1, "client_id": "Iv1.8a61",
                                                                  "client_secret": "0123abcd"})},
                        {"platform": "huggingface", "secret": compact({"v": 1, "api_key": "hf_abc"})}],
        "connections": [{"connection": CONNECTION, "tokens": TOKENS}, {"connection": API_KEY}],
        "app_secrets": [{"key": "app/usr/bin/gnome-calendar/3f2a9c", "secret": "c2VjcmV0"}],
        "settings": [{"key": "ui/cardView", "value": "list"}]}
    put("backup", "backup.json", compact(document))
    put("backup", "newer.json", compact({"format": 2, "created": "2026-12-02T10:00:00.000Z"}))


def audit():
    def line(seq, event, subject, actor, outcome="ok", detail="", late=False):
        body = compact({"actor": actor, "detail": detail, "event": event, "late": late, "outcome": outcome,
                        "seq": seq, "subject": subject, "time": f"2026-12-02T07:00:0{seq % 10}.123Z"})
        return body[:-1] + ',"mac":"' + "0" * 64 + '"}\n'
    trail = (line(1, "connection.added", "github/583231", "plugboard")
             + line(2, "token.handed_out", "github/583231", "cli:/usr/bin/bash")
             + line(3, "grant.added", "github/583231", "dbus:/usr/bin/gnome-calendar", detail="/usr/bin/gnome-calendar")
             + line(4, "token.refreshed", "github/583231", "plugboard", outcome="network_error", late=True))
    pending = compact({"actor": "cli:/usr/bin/zsh", "detail": "", "event": "token.handed_out", "late": False,
                       "outcome": "ok", "seq": 0, "subject": "github/583231",
                       "time": "2026-12-02T08:00:00.000Z"}) + "\n"
    put("audit", "trail-signed", b"\x01" + trail.encode())
    put("audit", "trail-rotated", b"\x01" + (line(5, "token.handed_out", "github/583231", "plugboard")
                                            + "\f" + pending + "\f" + trail).encode())
    put("audit", "trail-torn", b"\x00" + (trail + trail[:40]).encode())


def identity():
    answers = [
        (1, {"login": "octocat", "id": 583231, "node_id": "MDQ6VXNlcjU4MzIzMQ==", "name": "The Octocat",
             "email": None, "plan": {"name": "free"}}),
        (3, {"sub": "110169484474386276334", "name": "Ada Lovelace", "email": "ada@example.com",
             "email_verified": True, "picture": "https://lh3.googleusercontent.com/a/x"}),
        (20, {"user": {"id": "U0123", "username": "ada"}, "ok": True}),
        (16, {"bot": {"owner": {"user": {"id": "8f1c", "name": "Ada"}}}, "object": "user"}),
        (22, {"data": [{"login": "ada", "id": "141981"}], "total": 1}),
        (0, {"id": 1.5e300}),
        (19, {"result": {"id": "0123456789abcdef"}, "success": True, "errors": []}),
    ]
    for i, (path, answer) in enumerate(answers):
        put("identity", f"answer-{i}", bytes([path]) + json.dumps(answer).encode())


if __name__ == "__main__":
    identity()
    requests()
    forms()
    token_answers()
    discovery()
    platform_records()
    connections()
    vault()
    backup()
    audit()
