#include "core/backup/backupdocument.h"

#include "core/applicationinfo.h"
#include "core/catalog/platformrecordparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Plugboard {

namespace {

const QLatin1String kFormatField("format");
const QLatin1String kCreatedField("created");
const QLatin1String kVersionField("plugboard");
const QLatin1String kProvidersField("providers");
const QLatin1String kCredentialsField("credentials");
const QLatin1String kConnectionsField("connections");
const QLatin1String kAppSecretsField("app_secrets");
const QLatin1String kSettingsField("settings");
const QLatin1String kIdField("id");
const QLatin1String kRecordField("record");
const QLatin1String kPlatformField("platform");
const QLatin1String kSecretField("secret");
const QLatin1String kConnectionField("connection");
const QLatin1String kTokensField("tokens");
const QLatin1String kKeyField("key");
const QLatin1String kValueField("value");

void wipeText(QString& text)
{
    std::fill(text.begin(), text.end(), QChar(u'\0')); // begin() detaches: only this copy
    text.clear();
}

/// Walks the document's lists and remembers the first thing that is wrong.
class Reader
{
public:
    QString problem;

    QJsonArray list(const QJsonObject& root, QLatin1String field)
    {
        const QJsonValue value = root.value(field);
        if (!value.isUndefined() && !value.isArray())
            fail(QStringLiteral("\"%1\" is not a list").arg(field));
        return value.toArray();
    }
    QJsonObject object(const QJsonValue& value, QLatin1String list, qsizetype index)
    {
        if (!value.isObject())
            fail(QStringLiteral("%1[%2] is not an object").arg(list).arg(index));
        return value.toObject();
    }
    QString text(const QJsonObject& object, QLatin1String field, QLatin1String list, qsizetype index)
    {
        const QJsonValue value = object.value(field);
        if (!value.isString())
            fail(QStringLiteral("%1[%2].%3 is missing or not text").arg(list).arg(index).arg(field));
        return value.toString();
    }
    void check(bool condition, QLatin1String list, qsizetype index, const QString& why)
    {
        if (!condition)
            fail(QStringLiteral("%1[%2]: %3").arg(list).arg(index).arg(why));
    }

private:
    void fail(const QString& why)
    {
        if (problem.isEmpty())
            problem = why;
    }
};

void readProviders(Reader& reader, const QJsonArray& list, BackupDocument& document)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = reader.object(list.at(i), kProvidersField, i);
        const QString id = reader.text(entry, kIdField, kProvidersField, i);
        const QString record = reader.text(entry, kRecordField, kProvidersField, i);
        reader.check(PlatformRecordParser::isValidId(id), kProvidersField, i,
                     QStringLiteral("not a platform id"));
        document.providers.append({ id, record.toUtf8() });
    }
}

void readCredentials(Reader& reader, const QJsonArray& list, BackupDocument& document)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = reader.object(list.at(i), kCredentialsField, i);
        const QString platform = reader.text(entry, kPlatformField, kCredentialsField, i);
        reader.check(PlatformRecordParser::isValidId(platform), kCredentialsField, i,
                     QStringLiteral("not a platform id"));
        document.credentials.append({ platform, reader.text(entry, kSecretField, kCredentialsField, i) });
    }
}

void readConnections(Reader& reader, const QJsonArray& list, BackupDocument& document)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = reader.object(list.at(i), kConnectionsField, i);
        const QString where = QStringLiteral("connections[%1].connection").arg(i);
        const Result<Connection> connection
            = Connection::fromJson(entry.value(kConnectionField).toObject(), where);
        reader.check(connection.hasValue(), kConnectionsField, i,
                     connection ? QString() : connection.error().message);
        BackupDocument::ConnectionEntry restored { connection ? connection.value() : Connection(),
                                                   std::nullopt };
        if (entry.contains(kTokensField))
            restored.tokens = reader.text(entry, kTokensField, kConnectionsField, i);
        document.connections.append(std::move(restored));
    }
}

void readAppSecrets(Reader& reader, const QJsonArray& list, BackupDocument& document)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = reader.object(list.at(i), kAppSecretsField, i);
        BackupDocument::AppSecret secret { reader.text(entry, kKeyField, kAppSecretsField, i),
                                           reader.text(entry, kSecretField, kAppSecretsField, i) };
        reader.check(!secret.app().isEmpty(), kAppSecretsField, i, QStringLiteral("not an app secret's key"));
        document.appSecrets.append(std::move(secret));
    }
}

void readSettings(Reader& reader, const QJsonArray& list, BackupDocument& document)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = reader.object(list.at(i), kSettingsField, i);
        const BackupSettings::Entry setting { reader.text(entry, kKeyField, kSettingsField, i),
                                              reader.text(entry, kValueField, kSettingsField, i) };
        reader.check(BackupSettings::isMovable(setting.key), kSettingsField, i,
                     QStringLiteral("not a setting a backup restores"));
        document.settings.append(setting);
    }
}

QString recordName(const QByteArray& record)
{
    return QJsonDocument::fromJson(record).object().value(QLatin1String("name")).toString();
}

} // namespace

BackupDocument::~BackupDocument()
{
    wipe();
}

BackupDocument& BackupDocument::operator=(BackupDocument&& other) noexcept
{
    if (this != &other) {
        wipe();
        created = other.created;
        providers = std::move(other.providers);
        credentials = std::move(other.credentials);
        connections = std::move(other.connections);
        appSecrets = std::move(other.appSecrets);
        settings = std::move(other.settings);
    }
    return *this;
}

QString BackupDocument::AppSecret::app() const
{
    // "app/<app with % and / escaped>/<hash>" (SecretStore::appSecretKey()).
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("app") || parts.at(1).isEmpty()
        || parts.at(2).isEmpty())
        return QString();
    QString app = parts.at(1);
    app.replace(QLatin1String("%2F"), QLatin1String("/"));
    app.replace(QLatin1String("%25"), QLatin1String("%"));
    return app;
}

QList<BackupItem> BackupDocument::items() const
{
    QList<BackupItem> items;
    for (const Provider& provider : providers)
        items.append({ BackupItem::Kind::Provider, provider.id, recordName(provider.record) });
    for (const BackupSettings::Entry& setting : settings)
        items.append({ BackupItem::Kind::Setting, setting.key, QString() });
    for (const Credentials& entry : credentials)
        items.append({ BackupItem::Kind::Credentials, entry.platformId, QString() });
    for (const AppSecret& secret : appSecrets)
        items.append({ BackupItem::Kind::AppSecret, secret.key, secret.app() });
    for (const ConnectionEntry& entry : connections)
        items.append({ BackupItem::Kind::Connection, entry.connection.id(), entry.connection.accountName });
    return items;
}

QByteArray BackupDocument::toJson() const
{
    QJsonArray providerList;
    for (const Provider& provider : providers)
        providerList.append(
            QJsonObject { { kIdField, provider.id }, { kRecordField, QString::fromUtf8(provider.record) } });
    QJsonArray credentialList;
    for (const Credentials& entry : credentials)
        credentialList.append(
            QJsonObject { { kPlatformField, entry.platformId }, { kSecretField, entry.secret } });
    QJsonArray connectionList;
    for (const ConnectionEntry& entry : connections) {
        QJsonObject object { { kConnectionField, entry.connection.toJson() } };
        if (entry.tokens)
            object.insert(kTokensField, *entry.tokens);
        connectionList.append(object);
    }
    QJsonArray appSecretList;
    for (const AppSecret& secret : appSecrets)
        appSecretList.append(QJsonObject { { kKeyField, secret.key }, { kSecretField, secret.secret } });
    QJsonArray settingList;
    for (const BackupSettings::Entry& setting : settings)
        settingList.append(QJsonObject { { kKeyField, setting.key }, { kValueField, setting.value } });
    const QJsonObject root {
        { kFormatField, kFormat },
        { kCreatedField, created.toUTC().toString(Qt::ISODateWithMs) },
        { kVersionField, ApplicationInfo::version() },
        { kProvidersField, providerList },
        { kCredentialsField, credentialList },
        { kConnectionsField, connectionList },
        { kAppSecretsField, appSecretList },
        { kSettingsField, settingList },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<BackupDocument> BackupDocument::fromJson(const QByteArray& json, const QString& source)
{
    const auto unreadable = [&source](const QString& why) {
        return Error { ErrorCode::CorruptFile,
                       tr("%1 opened with this passphrase, but Plugboard cannot read what it holds (%2). "
                          "Nothing was changed.")
                           .arg(QDir::toNativeSeparators(source), why) };
    };
    QJsonParseError parseError {};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = parsed.object();
    const QJsonValue format = root.value(kFormatField);
    if (parseError.error != QJsonParseError::NoError || !parsed.isObject() || !format.isDouble()
        || format.toDouble() < 1)
        return unreadable(tr("no backup format number"));
    if (format.toDouble() > kFormat)
        return Error {
            ErrorCode::UnsupportedFileVersion,
            tr("%1 was made by a newer Plugboard (backup format %2; this version reads format %3). "
               "Update Plugboard to import it. Nothing was changed.")
                .arg(QDir::toNativeSeparators(source))
                .arg(format.toDouble())
                .arg(kFormat)
        };
    Reader reader;
    BackupDocument document;
    document.created = QDateTime::fromString(root.value(kCreatedField).toString(), Qt::ISODateWithMs);
    readProviders(reader, reader.list(root, kProvidersField), document);
    readCredentials(reader, reader.list(root, kCredentialsField), document);
    readConnections(reader, reader.list(root, kConnectionsField), document);
    readAppSecrets(reader, reader.list(root, kAppSecretsField), document);
    readSettings(reader, reader.list(root, kSettingsField), document);
    QSet<QString> keys;
    for (const BackupItem& item : document.items()) {
        if (keys.contains(item.key()) && reader.problem.isEmpty())
            reader.problem = QStringLiteral("%1 appears twice").arg(item.key());
        keys.insert(item.key());
    }
    if (!reader.problem.isEmpty())
        return unreadable(reader.problem);
    return document;
}

void BackupDocument::wipe()
{
    for (Credentials& entry : credentials)
        wipeText(entry.secret);
    for (ConnectionEntry& entry : connections) {
        if (entry.tokens)
            wipeText(*entry.tokens);
    }
    for (AppSecret& secret : appSecrets)
        wipeText(secret.secret);
    providers.clear();
    credentials.clear();
    connections.clear();
    appSecrets.clear();
    settings.clear();
}

} // namespace Plugboard
