#include "core/storage/connection.h"

#include "core/translator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Plugboard {

namespace {

const QLatin1String kPlatformKey("platform");
const QLatin1String kAccountIdKey("account_id");
const QLatin1String kAccountNameKey("account_name");
const QLatin1String kGrantedKey("granted_scopes");
const QLatin1String kRequestedKey("requested_scopes");
const QLatin1String kDefaultScopesKey("default_scopes");
const QLatin1String kRefreshableKey("refreshable");
const QLatin1String kExpiresKey("expires_at");
const QLatin1String kStateKey("state");
const QLatin1String kLastRefreshKey("last_refresh");
const QLatin1String kLastCheckedKey("last_checked");
const QLatin1String kLastErrorKey("last_error");
const QLatin1String kCodeKey("code");
const QLatin1String kMessageKey("message");
const QLatin1String kLanguageKey("language");
const QLatin1String kClientKey("client");
const QLatin1String kRefreshIssuedKey("refresh_issued_at");
const QLatin1String kGrantsKey("grants");
const QLatin1String kAppKey("app");
const QLatin1String kGrantedAtKey("granted");
const QLatin1String kLastUsedKey("last_used");
const QLatin1String kUsesKey("uses");
const QLatin1String kCreatedKey("created");
const QLatin1String kUpdatedKey("updated");

/// Reads the fields of one JSON object, remembering the first problem so
/// the caller checks once at the end instead of after every field.
struct FieldReader
{
    const QJsonObject& object;
    QString where;
    QString problem;

    bool absent(const QJsonValue& value) const { return value.isUndefined() || value.isNull(); }

    void fail(QLatin1String key, const QString& what)
    {
        if (problem.isEmpty())
            problem
                = (where.isEmpty() ? QString() : where + QLatin1Char('.')) + key + QLatin1String(": ") + what;
    }

    void string(QLatin1String key, QString& out, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (absent(value) && !required)
            return;
        if (!value.isString() || (required && value.toString().isEmpty()))
            return fail(key,
                        QCoreApplication::translate("Plugboard::Connection", "must be a non-empty string"));
        out = value.toString();
    }

    void strings(QLatin1String key, QStringList& out)
    {
        const QJsonValue value = object.value(key);
        if (absent(value))
            return;
        if (!value.isArray())
            return fail(key,
                        QCoreApplication::translate("Plugboard::Connection", "must be a list of strings"));
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            if (!item.isString())
                return fail(
                    key, QCoreApplication::translate("Plugboard::Connection", "must be a list of strings"));
            out.append(item.toString());
        }
    }

    void flag(QLatin1String key, bool& out)
    {
        const QJsonValue value = object.value(key);
        if (absent(value))
            return;
        if (!value.isBool())
            return fail(key, QCoreApplication::translate("Plugboard::Connection", "must be true or false"));
        out = value.toBool();
    }

    void time(QLatin1String key, QDateTime& out)
    {
        QString text;
        string(key, text);
        if (text.isEmpty())
            return;
        out = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        if (!out.isValid())
            fail(key,
                 QCoreApplication::translate("Plugboard::Connection", "must be an ISO 8601 date and time"));
    }
};

/// Reads one entry of "grants"; a grant that names no application, or
/// one application twice, is a damaged file.
void readGrant(FieldReader& r, QList<AppGrant>& grants)
{
    AppGrant grant;
    r.string(kAppKey, grant.app, true);
    r.time(kGrantedAtKey, grant.granted);
    r.time(kLastUsedKey, grant.lastUsed);
    const QJsonValue uses = r.object.value(kUsesKey);
    if (!r.absent(uses)) {
        if (!uses.isDouble() || uses.toDouble() < 0 || uses.toDouble() != double(uses.toInteger()))
            r.fail(kUsesKey, QCoreApplication::translate("Plugboard::Connection", "must be a whole number"));
        grant.uses = uses.toInteger();
    }
    if (!r.problem.isEmpty())
        return;
    if (!AppGrant::checkApp(grant.app))
        return r.fail(kAppKey,
                      QCoreApplication::translate("Plugboard::Connection", "does not name an application"));
    for (const AppGrant& other : std::as_const(grants)) {
        if (other.app == grant.app)
            return r.fail(kAppKey, QCoreApplication::translate("Plugboard::Connection", "is listed twice"));
    }
    grants.append(grant);
}

void readGrants(FieldReader& r, QList<AppGrant>& grants)
{
    const QJsonValue value = r.object.value(kGrantsKey);
    if (r.absent(value))
        return;
    if (!value.isArray())
        return r.fail(kGrantsKey, QCoreApplication::translate("Plugboard::Connection", "must be a list"));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size() && r.problem.isEmpty(); ++i) {
        const QString where = (r.where.isEmpty() ? QString() : r.where + QLatin1Char('.')) + kGrantsKey
            + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!list.at(i).isObject())
            return r.fail(kGrantsKey,
                          QCoreApplication::translate("Plugboard::Connection", "must hold objects"));
        const QJsonObject object = list.at(i).toObject();
        FieldReader g { object, where, QString() };
        readGrant(g, grants);
        r.problem = g.problem;
    }
}

void insertTime(QJsonObject& object, QLatin1String key, const QDateTime& time)
{
    if (time.isValid())
        object.insert(key, time.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace

QString Connection::makeId(const QString& platformId, const QString& accountId)
{
    return platformId + QLatin1Char('/') + accountId;
}

QString Connection::platformOf(const QString& id)
{
    return id.section(QLatin1Char('/'), 0, 0);
}

QString Connection::accountOf(const QString& id)
{
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : id.mid(slash + 1);
}

void Connection::setLastError(const Error& error)
{
    lastError = error;
    lastErrorLanguage = error.isError() ? Translator::current() : QString();
}

const AppGrant* Connection::grantFor(const QString& app) const
{
    for (const AppGrant& grant : grants) {
        if (grant.app == app)
            return &grant;
    }
    return nullptr;
}

Result<void> Connection::validate() const
{
    if (platformId.isEmpty() || platformId.contains(QLatin1Char('/')) || accountId.isEmpty())
        return Error { ErrorCode::InvalidArgument,
                       QCoreApplication::translate(
                           "Plugboard::Connection",
                           "A connection needs a platform id without '/' and an account id. This is a bug in "
                           "Plugboard; please report it.") };
    return {};
}

QJsonObject Connection::toJson() const
{
    QJsonObject object {
        { kPlatformKey, platformId },
        { kAccountIdKey, accountId },
        { kAccountNameKey, accountName },
        { kGrantedKey, QJsonArray::fromStringList(grantedScopes) },
        { kRequestedKey, QJsonArray::fromStringList(requestedScopes) },
        { kStateKey, stateName(state) },
    };
    if (usesDefaultScopes)
        object.insert(kDefaultScopesKey, true);
    if (refreshable)
        object.insert(kRefreshableKey, true);
    insertTime(object, kExpiresKey, expiresAt);
    insertTime(object, kLastRefreshKey, lastRefresh);
    insertTime(object, kLastCheckedKey, lastChecked);
    if (hasLastError()) {
        QJsonObject error { { kCodeKey, lastError.codeName() }, { kMessageKey, lastError.message } };
        if (!lastErrorLanguage.isEmpty())
            error.insert(kLanguageKey, lastErrorLanguage);
        object.insert(kLastErrorKey, error);
    }
    if (!clientFingerprint.isEmpty())
        object.insert(kClientKey, clientFingerprint);
    insertTime(object, kRefreshIssuedKey, refreshIssuedAt);
    if (!grants.isEmpty()) {
        QJsonArray list;
        for (const AppGrant& grant : grants) {
            QJsonObject entry { { kAppKey, grant.app }, { kUsesKey, grant.uses } };
            insertTime(entry, kGrantedAtKey, grant.granted);
            insertTime(entry, kLastUsedKey, grant.lastUsed);
            list.append(entry);
        }
        object.insert(kGrantsKey, list);
    }
    insertTime(object, kCreatedKey, created);
    insertTime(object, kUpdatedKey, updated);
    return object;
}

Result<Connection> Connection::fromJson(const QJsonObject& object, const QString& where)
{
    Connection c;
    FieldReader r { object, where, QString() };
    r.string(kPlatformKey, c.platformId, true);
    r.string(kAccountIdKey, c.accountId, true);
    r.string(kAccountNameKey, c.accountName);
    r.strings(kGrantedKey, c.grantedScopes);
    r.strings(kRequestedKey, c.requestedScopes);
    r.flag(kDefaultScopesKey, c.usesDefaultScopes);
    r.flag(kRefreshableKey, c.refreshable);
    r.time(kExpiresKey, c.expiresAt);
    r.time(kLastRefreshKey, c.lastRefresh);
    r.time(kLastCheckedKey, c.lastChecked);
    r.string(kClientKey, c.clientFingerprint);
    r.time(kRefreshIssuedKey, c.refreshIssuedAt);
    r.time(kCreatedKey, c.created);
    r.time(kUpdatedKey, c.updated);
    readGrants(r, c.grants);

    QString stateText;
    r.string(kStateKey, stateText, true);
    if (const std::optional<ConnectionState> state = stateFromName(stateText))
        c.state = *state;
    else if (!stateText.isEmpty())
        r.fail(kStateKey,
               QCoreApplication::translate("Plugboard::Connection", "\"%1\" is not a known state")
                   .arg(stateText));

    const QJsonValue lastError = object.value(kLastErrorKey);
    if (lastError.isObject()) {
        FieldReader e { lastError.toObject(), r.where + QLatin1Char('.') + kLastErrorKey, QString() };
        QString code;
        e.string(kCodeKey, code, true);
        e.string(kMessageKey, c.lastError.message);
        e.string(kLanguageKey, c.lastErrorLanguage);
        if (const std::optional<ErrorCode> known = errorCodeFromName(code);
            known && *known != ErrorCode::None)
            c.lastError.code = *known;
        else if (!code.isEmpty())
            e.fail(kCodeKey,
                   QCoreApplication::translate("Plugboard::Connection", "\"%1\" is not a known error code")
                       .arg(code));
        if (r.problem.isEmpty())
            r.problem = e.problem;
    } else if (!r.absent(lastError)) {
        r.fail(kLastErrorKey,
               QCoreApplication::translate("Plugboard::Connection",
                                           "must be an object with \"code\" and \"message\""));
    }

    if (r.problem.isEmpty() && c.platformId.contains(QLatin1Char('/')))
        r.fail(kPlatformKey, QCoreApplication::translate("Plugboard::Connection", "must not contain '/'"));
    if (!r.problem.isEmpty())
        return Error { ErrorCode::CorruptFile, r.problem };
    return c;
}

} // namespace Plugboard
