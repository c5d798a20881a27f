#include "tests/realpeers/hostilerequests.h"

#include <functional>

namespace Plugboard::Test::HostileRequests {

namespace {

// The pages the listener and its reply handler answer with (English: tests
// run untranslated). Each names the check that turned a request away.
const QByteArray kNotUnderstood = "not a request Plugboard understands";
const QByteArray kWrongState = "does not belong to the sign-in";
const QByteArray kNothingHere = "Nothing here.";
const QByteArray kOnlyGet = "Only GET is accepted here.";
const QByteArray kRepeats = "repeats a parameter";
const QByteArray kForeignHost = "does not belong to Plugboard";
const QByteArray kTooLarge = "too large";
const QByteArray kAlreadyAnswered = "already received the answer";

using Builder = std::function<HostileRequest(int, const ListenerTarget&)>;

QByteArray head(const QByteArray& requestLine, const ListenerTarget& t, const QByteArray& extra = {})
{
    return requestLine + "\r\nHost: " + t.hostHeader + "\r\n" + extra + "\r\n";
}

QByteArray get(const QByteArray& target)
{
    return "GET " + target + " HTTP/1.1";
}

HostileRequest make(const char* category, const QByteArray& bytes, int status, const QByteArray& page)
{
    return HostileRequest { category, { bytes },
                            0,        { status },
                            false,    page.isEmpty() ? QList<QByteArray>() : QList<QByteArray> { page } };
}

HostileRequest malformed(int v, const ListenerTarget& t)
{
    const QList<QByteArray> heads {
        "\r\n\r\n",
        "GARBAGE\r\n\r\n",
        head("GET " + t.path, t),
        head(get(t.path).replace("HTTP/1.1", "HTTP/2.0"), t),
        head("get " + t.path + "?state=x HTTP/1.1", t),
        head(get("http://" + t.hostHeader + t.path + "?state=x"), t),
        head(get("//" + t.hostHeader + t.path), t),
        head(get(t.path) + " extra", t),
        head("GET  " + t.path + " HTTP/1.1", t),
        head(get(t.path + "?state=%ZZ&code=%"), t),
        QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15),
        head(get("*"), t),
    };
    return make("malformed", heads.at(v % heads.size()), 400, kNotUnderstood);
}

HostileRequest oversized(int v, const ListenerTarget& t)
{
    HostileRequest r { "oversized", {}, 0, { 431 }, true, { kTooLarge } };
    switch (v % 5) {
    case 0: // a request line past the head limit
        r.chunks = { head(get(t.path + "?state=" + QByteArray(9000, 'a')), t) };
        break;
    case 1: // one endless header line, never terminated
        r.chunks = { get(t.path) + "\r\nX-Pad: " + QByteArray(20000, 'p') };
        break;
    case 2: { // many headers, a little each
        QByteArray many;
        for (int i = 0; i < 120; ++i)
            many += "X-H" + QByteArray::number(i) + ": " + QByteArray(90, 'h') + "\r\n";
        r.chunks = { head(get(t.path), t, many) };
        break;
    }
    case 3: // a huge body announced and sent: the method decides, the body is never read
        r = { "oversized",
              { head("POST " + t.path + " HTTP/1.1", t, "Content-Length: 50000000\r\n")
                + QByteArray(256 * 1024, 'b') },
              0,
              { 405 },
              true,
              { kOnlyGet } };
        break;
    default: // a body after a GET with a wrong state
        r = { "oversized", { head(get(t.path + "?state=nope&code=x"), t) + QByteArray(512 * 1024, 'B') },
              0,           { 400 },
              true,        { kWrongState } };
        break;
    }
    return r;
}

HostileRequest split(int v, const ListenerTarget& t)
{
    // A request judged by its state (wrong) must be reassembled from any
    // number of segments, whatever the cut.
    const QByteArray whole
        = head(get(t.path + "?code=split&state=split" + QByteArray::number(v)), t, "User-Agent: split\r\n");
    const int size = 1 + v % 7;
    HostileRequest r { "split", {}, v % 3, { 400 }, false, { kWrongState } };
    for (qsizetype at = 0; at < whole.size(); at += size)
        r.chunks.append(whole.mid(at, size));
    return r;
}

HostileRequest wrongPath(int v, const ListenerTarget& t)
{
    const QList<QByteArray> paths { "/favicon.ico",   t.path + "x", t.path + "/",
                                    t.path.toUpper(), "/",          "/callback/../callback",
                                    t.path + ";a=b",  "/robots.txt" };
    return make("wrong-path", head(get(paths.at(v % paths.size()) + "?state=" + t.state + "&code=x"), t), 404,
                kNothingHere);
}

HostileRequest wrongMethod(int v, const ListenerTarget& t)
{
    const QList<QByteArray> methods {
        "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "CONNECT"
    };
    const QByteArray method = methods.at(v % methods.size());
    return make("wrong-method", head(method + ' ' + t.path + "?code=x&state=" + t.state + " HTTP/1.1", t),
                405, method == "HEAD" ? QByteArray() : kOnlyGet);
}

HostileRequest wrongState(int v, const ListenerTarget& t)
{
    const QList<QByteArray> states {
        t.state.left(t.state.size() - 1), t.state + 'x',  t.state.toUpper(), "", "x" + t.state,
        QByteArray(t.state.size(), 'A'),  t.state + "%20"
    };
    return make("wrong-state", head(get(t.path + "?code=stolen&state=" + states.at(v % states.size())), t),
                400, kWrongState);
}

HostileRequest noCode(int v, const ListenerTarget& t)
{
    // None of these carries the real state: a page that could make the
    // browser send one (an attacker) must not end or fail the sign-in.
    const QList<QByteArray> targets { t.path,
                                      t.path + "?state=nostate",
                                      t.path + "?error=access_denied",
                                      t.path + "?error=access_denied&state=z",
                                      t.path + "?code=&state=",
                                      t.path + "?" };
    return make("no-code", head(get(targets.at(v % targets.size())), t), 400, kWrongState);
}

HostileRequest duplicate(int v, const ListenerTarget& t)
{
    const QByteArray s = t.state;
    const QList<QByteArray> queries { "state=" + s + "&state=" + s + "&code=dup",
                                      "code=dup&state=" + s + "&state=other", "state=" + s + "&code=a&code=b",
                                      "state=" + s + "&code=a&iss=x&iss=y" };
    const int which = v % queries.size();
    // Two states are no state; the real state once with a repeated
    // parameter is refused as a repeat. Neither is accepted.
    HostileRequest r = make("duplicate-parameter", head(get(t.path + "?" + queries.at(which)), t), 400,
                            which < 2 ? kWrongState : kRepeats);
    if (which >= 2)
        r.pages.append(kAlreadyAnswered); // once the real callback was accepted
    return r;
}

HostileRequest nul(int v, const ListenerTarget& t)
{
    const QByteArray zero(1, '\0');
    switch (v % 4) {
    case 0:
        return make("nul", head(get(t.path + "?state=" + zero + "&code=x"), t), 400, kNotUnderstood);
    case 1:
        return make("nul", head("G" + zero + "ET " + t.path + " HTTP/1.1", t), 400, kNotUnderstood);
    case 2:
        return make("nul", head(get(t.path + "?state=%00&code=%00"), t), 400, kWrongState);
    default: // a Host that is ours up to a NUL
        return make("nul",
                    get(t.path + "?state=x") + "\r\nHost: " + t.hostHeader + zero + ".evil.example\r\n\r\n",
                    421, kForeignHost);
    }
}

HostileRequest nonUtf8(int v, const ListenerTarget& t)
{
    // Raw bytes above 0x7F in the target are taken percent-encoded (as Qt
    // reads URLs), so they are judged like any other state or path.
    switch (v % 4) {
    case 0:
        return make("non-utf8", head(get(t.path + "?state=\xff\xfe&code=\xc3\x28"), t), 400, kWrongState);
    case 1:
        return make("non-utf8", head(get(t.path + "?state=%FF%FE%C3%28&code=%80"), t), 400, kWrongState);
    case 2:
        return make("non-utf8", head(get(t.path + "?state=x"), t, "X-Bytes: \xff\xfe\xfd\r\n"), 400,
                    kWrongState);
    default:
        return make("non-utf8", head(get("/\xe2\x82" + t.path), t), 404, kNothingHere);
    }
}

HostileRequest foreignHost(int v, const ListenerTarget& t)
{
    const QByteArray line = get(t.path + "?code=x&state=" + t.state);
    const QByteArray port = QByteArray::number(t.port);
    const QList<QByteArray> hosts { "evil.example",
                                    "evil.example:" + port,
                                    "127.0.0.1",
                                    "127.0.0.1:" + QByteArray::number(t.port + 1),
                                    "127.0.0.2:" + port,
                                    t.hostHeader + ".evil.example",
                                    "localhost.evil.example:" + port,
                                    "" };
    const int which = v % (hosts.size() + 2);
    if (which == hosts.size()) // no Host at all (HTTP/1.0 style)
        return make("foreign-host", line.left(line.size() - 1) + "0\r\n\r\n", 421, kForeignHost);
    if (which == hosts.size() + 1) // two Host headers: request smuggling
        return make("foreign-host", head(line, t, "Host: evil.example\r\n"), 400, kNotUnderstood);
    return make("foreign-host", line + "\r\nHost: " + hosts.at(which) + "\r\n\r\n", 421, kForeignHost);
}

const QList<std::pair<QByteArray, Builder>>& builders()
{
    static const QList<std::pair<QByteArray, Builder>> all {
        { "malformed", malformed },  { "oversized", oversized },           { "split", split },
        { "wrong-path", wrongPath }, { "wrong-method", wrongMethod },      { "wrong-state", wrongState },
        { "no-code", noCode },       { "duplicate-parameter", duplicate }, { "nul", nul },
        { "non-utf8", nonUtf8 },     { "foreign-host", foreignHost },
    };
    return all;
}

} // namespace

QList<QByteArray> floodCategories()
{
    QList<QByteArray> names;
    for (const auto& [name, builder] : builders())
        names.append(name);
    return names;
}

HostileRequest flood(int index, const ListenerTarget& target)
{
    const auto& all = builders();
    return all.at(index % all.size()).second(index / all.size(), target);
}

HostileRequest slowloris(int index, const ListenerTarget& target)
{
    // The listener answers 408 once its read deadline passes, or drops the
    // connection sooner to make room for a newer one.
    HostileRequest r { "slowloris", {}, 1000, { 408 }, true, { "took too long" } };
    if (index % 4 == 3)
        return r; // connects and sends nothing
    r.chunks.append(get(target.path + "?state=slow") + "\r\n");
    for (int i = 0; i < 40; ++i)
        r.chunks.append("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
    return r;
}

HostileRequest idle()
{
    // Dropped to make room for newer connections, or 408 at the deadline.
    return HostileRequest { "crowd", {}, 0, { 408 }, true, { "took too long" } };
}

HostileRequest probe(const ListenerTarget& target)
{
    return make("probe", head(get("/favicon.ico"), target), 404, kNothingHere);
}

} // namespace Plugboard::Test::HostileRequests
