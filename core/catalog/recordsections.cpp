#include "core/catalog/recordsections.h"

#include "core/catalog/platformrecordparser.h"
#include "core/catalog/recordreader.h"

#include <QRegularExpression>

namespace Plugboard::RecordSections {

namespace {

using Need = RecordReader::Need;

constexpr RecordReader::Name<ApiKeyPlacement> kApiKeyPlacements[] = {
    { "header", ApiKeyPlacement::Header },
    { "basic", ApiKeyPlacement::Basic },
    { "query", ApiKeyPlacement::Query },
};

// Days, as platforms document them; ten years is beyond any limit worth a
// warning, and keeps the arithmetic on dates far from overflowing.
void readDays(RecordReader& r, const QJsonObject& limits, QLatin1String key, int& out)
{
    const QString path = QStringLiteral("refresh_token");
    if (const auto days = r.integer(limits, path, key, Need::Optional)) {
        if (*days < 1 || *days > 3650)
            r.fail(RecordReader::join(path, key),
                   PlatformRecordParser::tr("must be a whole number of days from 1 to 3650"));
        else
            out = int(*days);
    }
}

} // namespace

void readRefreshToken(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("refresh_token");
    const auto limits = r.object(root, QString(), QLatin1String("refresh_token"), Need::Optional);
    if (!limits)
        return;
    if (record.authKind != AuthKind::OAuth2) {
        r.fail(path, PlatformRecordParser::tr("is only for platforms whose auth_kind is \"oauth2\""));
        return;
    }
    r.checkKeys(*limits, path, { "lifetime_days", "idle_days", "note" });
    readDays(r, *limits, QLatin1String("lifetime_days"), record.refreshToken.lifetimeDays);
    readDays(r, *limits, QLatin1String("idle_days"), record.refreshToken.idleDays);
    r.string(*limits, path, QLatin1String("note"), record.refreshToken.note, Need::Optional);
    if (r.ok() && record.refreshToken.isEmpty())
        r.fail(path, PlatformRecordParser::tr("must declare lifetime_days, idle_days or both"));
}

void readApiKey(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("api_key");
    const bool token = record.authKind == AuthKind::Token;
    const auto apiKey
        = r.object(root, QString(), QLatin1String("api_key"), token ? Need::Required : Need::Optional);
    if (!apiKey)
        return;
    if (!token) {
        r.fail(path, PlatformRecordParser::tr("is only for platforms whose auth_kind is \"token\""));
        return;
    }
    r.checkKeys(*apiKey, path, { "send", "header", "prefix", "parameter" });
    ApiKeyRule& rule = record.apiKey;
    r.enumeration(*apiKey, path, QLatin1String("send"), kApiKeyPlacements, rule.placement, Need::Required);
    const bool header = rule.placement == ApiKeyPlacement::Header;
    const bool query = rule.placement == ApiKeyPlacement::Query;
    r.string(*apiKey, path, QLatin1String("header"), rule.header, Need::Optional);
    r.string(*apiKey, path, QLatin1String("prefix"), rule.prefix, Need::Optional);
    r.string(*apiKey, path, QLatin1String("parameter"), rule.parameter,
             query ? Need::Required : Need::Optional);
    static const QRegularExpression headerName(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (r.ok() && header && !headerName.match(rule.header).hasMatch())
        r.fail(QStringLiteral("api_key.header"),
               PlatformRecordParser::tr("must be a header name such as X-Api-Key"));
    else if (r.ok() && !header && (apiKey->contains(QLatin1String("header")) || !rule.prefix.isEmpty()))
        r.fail(path, PlatformRecordParser::tr("header and prefix are only for \"send\": \"header\""));
    else if (r.ok() && !query && !rule.parameter.isEmpty())
        r.fail(QStringLiteral("api_key.parameter"),
               PlatformRecordParser::tr("is only for \"send\": \"query\""));
    static const QRegularExpression parameterName(QStringLiteral("^[A-Za-z0-9._~-]+$"));
    if (r.ok() && query && !parameterName.match(rule.parameter).hasMatch())
        r.fail(QStringLiteral("api_key.parameter"),
               PlatformRecordParser::tr("must be a query parameter name such as api_key"));
}

// A platform made from a template for one server remembers where it came
// from, so the user can see (and the CLI list) which server it is.
void readInstance(RecordReader& r, const QJsonObject& root, PlatformRecord& record)
{
    const QString path = QStringLiteral("instance");
    const auto instance = r.object(root, QString(), QLatin1String("instance"), Need::Optional);
    if (!instance)
        return;
    if (!record.custom) {
        r.fail(path,
               PlatformRecordParser::tr("is only for platforms added from a template (custom records)"));
        return;
    }
    r.checkKeys(*instance, path, { "template", "parameters" });
    r.string(*instance, path, QLatin1String("template"), record.templateId, Need::Required);
    const auto parameters = r.object(*instance, path, QLatin1String("parameters"), Need::Required);
    for (auto it = parameters ? parameters->constBegin() : QJsonObject::const_iterator();
         parameters && r.ok() && it != parameters->constEnd(); ++it) {
        if (!it.value().isString())
            r.fail(path + QStringLiteral(".parameters.") + it.key(),
                   RecordReader::typeProblem(QJsonValue::String));
        else
            record.templateParameters.insert(it.key(), it.value().toString());
    }
}

} // namespace Plugboard::RecordSections
