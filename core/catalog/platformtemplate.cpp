#include "core/catalog/platformtemplate.h"

#include "core/catalog/platformrecordparser.h"
#include "core/catalog/platformtexts.h"
#include "core/catalog/recordreader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Plugboard {

namespace {

using Need = RecordReader::Need;

constexpr RecordReader::Name<AppRegistration> kRegistrations[] = {
    { "manual", AppRegistration::Manual },
    { "mastodon", AppRegistration::Mastodon },
};

/// Every string in `value` with each {name} replaced by its value.
QJsonValue substituted(const QJsonValue& value, const QMap<QString, QString>& values)
{
    if (value.isString()) {
        QString text = value.toString();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
        return text;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(substituted(item, values));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = substituted(it.value(), values);
        return object;
    }
    return value;
}

QString translated(const QString& text)
{
    return text.isEmpty() ? text
                          : QCoreApplication::translate(kPlatformRecordContext, text.toUtf8().constData());
}

/// The record part with its help steps, field labels and hints and scope
/// descriptions in the user's language, placeholders untouched: they are
/// filled in after, so the translations match the texts as shipped.
QJsonObject translatedRecord(QJsonObject record)
{
    QJsonObject help = record.value(QLatin1String("help")).toObject();
    QJsonArray steps;
    for (const QJsonValue& step : help.value(QLatin1String("steps")).toArray())
        steps.append(translated(step.toString()));
    help.insert(QStringLiteral("steps"), steps);
    record.insert(QStringLiteral("help"), help);
    for (const char* list : { "credentials", "scopes" }) {
        QJsonArray items = record.value(QLatin1String(list)).toArray();
        for (auto item = items.begin(); item != items.end(); ++item) {
            QJsonObject object = item->toObject();
            for (const char* key : { "label", "description" }) {
                if (object.contains(QLatin1String(key)))
                    object.insert(QLatin1String(key),
                                  translated(object.value(QLatin1String(key)).toString()));
            }
            *item = object;
        }
        record.insert(QLatin1String(list), items);
    }
    return record;
}

void readParameters(RecordReader& r, const QJsonObject& section, QList<TemplateParameter>& out)
{
    const QString path = QStringLiteral("template.parameters");
    const auto parameters
        = r.array(section, QStringLiteral("template"), QLatin1String("parameters"), Need::Required);
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (qsizetype i = 0; parameters && r.ok() && i < parameters->size(); ++i) {
        const QString itemPath = RecordReader::element(path, i);
        const auto item = r.elementObject(*parameters, path, i);
        if (!item)
            return;
        r.checkKeys(*item, itemPath, { "name", "label", "description", "example" });
        TemplateParameter parameter;
        r.string(*item, itemPath, QLatin1String("name"), parameter.name, Need::Required);
        r.string(*item, itemPath, QLatin1String("label"), parameter.label, Need::Required);
        r.string(*item, itemPath, QLatin1String("description"), parameter.description, Need::Optional);
        r.string(*item, itemPath, QLatin1String("example"), parameter.example, Need::Required);
        if (r.ok()
            && (!name.match(parameter.name).hasMatch() || parameter.name == QLatin1String("instance_host")))
            r.fail(RecordReader::join(itemPath, QLatin1String("name")),
                   PlatformTemplate::tr("must be lowercase a-z, digits and '_', and not instance_host "
                                        "(Plugboard derives that one)"));
        parameter.label = translated(parameter.label);
        parameter.description = translated(parameter.description);
        out.append(parameter);
    }
    if (r.ok() && out.isEmpty())
        r.fail(path, PlatformTemplate::tr("must declare at least one parameter"));
}

} // namespace

Result<PlatformTemplate> PlatformTemplate::parse(const QByteArray& json, const QString& source)
{
    RecordReader r(source);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject())
        r.failDocument(tr("must hold one JSON object ({…}) with valid JSON syntax"));
    if (!r.ok())
        return r.error();
    PlatformTemplate result;
    result.m_record = document.object();
    const auto section = r.object(result.m_record, QString(), QLatin1String("template"), Need::Required);
    if (section) {
        r.checkKeys(*section, QStringLiteral("template"), { "instance_name", "registration", "parameters" });
        r.string(*section, QStringLiteral("template"), QLatin1String("instance_name"), result.m_instanceName,
                 Need::Required);
        r.enumeration(*section, QStringLiteral("template"), QLatin1String("registration"), kRegistrations,
                      result.m_registration, Need::Optional);
        readParameters(r, *section, result.m_parameters);
    }
    if (!r.ok())
        return r.error();
    result.m_record.remove(QStringLiteral("template"));
    result.m_record = translatedRecord(result.m_record);
    result.m_id = result.m_record.value(QStringLiteral("id")).toString();
    result.m_name = result.m_record.value(QStringLiteral("name")).toString();
    result.m_icon = result.m_record.value(QStringLiteral("icon")).toString();
    // The examples must make a valid record: the template's own check.
    QMap<QString, QString> examples;
    for (const TemplateParameter& parameter : std::as_const(result.m_parameters))
        examples.insert(parameter.name, parameter.example);
    const Result<PlatformRecord> example = result.instantiate(result.m_id, examples);
    if (!example)
        return Error { ErrorCode::InvalidRecord,
                       tr("%1: with its example values: %2").arg(source, example.error().message) };
    return result;
}

Result<QMap<QString, QString>> PlatformTemplate::checkedValues(const QMap<QString, QString>& values) const
{
    QMap<QString, QString> checked;
    for (const TemplateParameter& parameter : m_parameters) {
        const QString value = values.value(parameter.name).trimmed();
        if (value.isEmpty())
            return Error { ErrorCode::InvalidArgument,
                           tr("%1 needs the %2 (%3), for example %4.")
                               .arg(m_name, parameter.label, parameter.name, parameter.example) };
        if (parameter.isUrl()) {
            QUrl url(value.endsWith(QLatin1Char('/')) ? value.chopped(1) : value, QUrl::StrictMode);
            // The address is saved in a plain file: never with a password,
            // and never repeated in a message when it has one.
            if (!url.userInfo().isEmpty())
                return Error {
                    ErrorCode::InvalidArgument,
                    tr("Leave the user name and password out of the %1: Plugboard signs in another "
                       "way, and keeps the address in a plain file.")
                        .arg(parameter.label)
                };
            if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
                || !isAllowedEndpoint(url))
                return Error { ErrorCode::InvalidArgument,
                               tr("\"%1\" is not an address Plugboard can use: it must start with https://, "
                                  "such as %2 (plain http:// only for this computer).")
                                   .arg(value, parameter.example) };
            checked.insert(parameter.name, url.toString(QUrl::FullyEncoded));
            if (!checked.contains(QStringLiteral("instance_host")))
                checked.insert(QStringLiteral("instance_host"),
                               url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port())
                                              : url.host());
            continue;
        }
        static const QRegularExpression word(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!word.match(value).hasMatch())
            return Error {
                ErrorCode::InvalidArgument,
                tr("%1: use only letters, digits, '.', '_' and '-', not \"%2\".").arg(parameter.label, value)
            };
        checked.insert(parameter.name, value);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!checked.contains(it.key()) || it.key() == QLatin1String("instance_host"))
            return Error { ErrorCode::InvalidArgument,
                           tr("%1 takes no parameter \"%2\"; it takes %3.")
                               .arg(m_name, it.key(), parameterNames().join(QStringLiteral(", "))) };
    }
    return checked;
}

Result<PlatformRecord> PlatformTemplate::instantiate(const QString& id,
                                                     const QMap<QString, QString>& values) const
{
    const Result<QMap<QString, QString>> checked = checkedValues(values);
    if (!checked)
        return checked.error();
    QJsonObject record = substituted(m_record, checked.value()).toObject();
    record.insert(QStringLiteral("id"), id);
    record.insert(QStringLiteral("name"), substituted(m_instanceName, checked.value()));
    record.insert(QStringLiteral("custom"), true);
    QJsonObject parameters;
    for (auto it = checked.value().cbegin(); it != checked.value().cend(); ++it) {
        if (it.key() != QLatin1String("instance_host"))
            parameters.insert(it.key(), it.value());
    }
    record.insert(
        QStringLiteral("instance"),
        QJsonObject { { QStringLiteral("template"), m_id }, { QStringLiteral("parameters"), parameters } });
    return PlatformRecordParser::parse(QJsonDocument(record).toJson(), id + QStringLiteral(".json"));
}

QStringList PlatformTemplate::parameterNames() const
{
    QStringList names;
    for (const TemplateParameter& parameter : m_parameters)
        names.append(parameter.name);
    return names;
}

QStringList PlatformTemplate::shippedIds()
{
    QStringList ids;
    const QStringList files = QDir(QStringLiteral(":/templates"))
                                  .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& file : files)
        ids.append(file.chopped(5));
    return ids;
}

Result<PlatformTemplate> PlatformTemplate::loadShipped(const QString& id)
{
    QFile file(QStringLiteral(":/templates/%1.json").arg(id));
    if (!PlatformRecordParser::isValidId(id) || !file.open(QIODevice::ReadOnly))
        return Error {
            ErrorCode::UnknownPlatform,
            tr("There is no template \"%1\". Run `plugboard-cli providers --templates` for the list.").arg(id)
        };
    return parse(file.readAll(), id + QStringLiteral(".json"));
}

} // namespace Plugboard
