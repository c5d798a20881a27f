#include "core/catalog/recordreader.h"

#include "core/catalog/platformrecord.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace Plugboard {

RecordReader::RecordReader(QString source)
    : m_source(std::move(source))
{ }

QString RecordReader::where() const
{
    return m_source.isEmpty() ? tr("platform record") : m_source;
}

void RecordReader::fail(const QString& path, const QString& problem)
{
    if (ok())
        m_error = { ErrorCode::InvalidRecord, tr("%1: %2: %3").arg(where(), path, problem) };
}

void RecordReader::failDocument(const QString& problem)
{
    if (ok())
        m_error = { ErrorCode::InvalidRecord, tr("%1: %2").arg(where(), problem) };
}

void RecordReader::failNotOneOf(const QString& path, const QStringList& allowed, const QString& found)
{
    fail(path, tr("must be one of %1, not \"%2\"").arg(allowed.join(QLatin1String(", ")), found));
}

// Unknown keys are errors: a misspelt optional key would otherwise be
// ignored and the record would quietly behave differently.
void RecordReader::checkKeys(const QJsonObject& object, const QString& path,
                             std::initializer_list<const char*> known)
{
    const QStringList keys = object.keys();
    for (const QString& key : keys) {
        const bool isKnown = std::any_of(known.begin(), known.end(),
                                         [&](const char* name) { return key == QLatin1String(name); });
        if (!isKnown) {
            fail(path.isEmpty() ? key : path + QLatin1Char('.') + key,
                 tr("unknown key; check its spelling against resources/platforms/SCHEMA.md"));
            return;
        }
    }
}

std::optional<QJsonValue> RecordReader::field(const QJsonObject& object, const QString& parent,
                                              QLatin1String key, QJsonValue::Type type, Need need)
{
    if (!ok())
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (need == Need::Required)
            fail(join(parent, key), tr("is missing"));
        return std::nullopt;
    }
    if (value.type() != type) {
        fail(join(parent, key), typeProblem(type));
        return std::nullopt;
    }
    return value;
}

void RecordReader::string(const QJsonObject& object, const QString& parent, QLatin1String key, QString& out,
                          Need need)
{
    if (const auto value = field(object, parent, key, QJsonValue::String, need)) {
        out = value->toString();
        if (need == Need::Required && out.trimmed().isEmpty())
            fail(join(parent, key), tr("must not be empty"));
    }
}

void RecordReader::boolean(const QJsonObject& object, const QString& parent, QLatin1String key, bool& out)
{
    if (const auto value = field(object, parent, key, QJsonValue::Bool, Need::Optional))
        out = value->toBool();
}

std::optional<qint64> RecordReader::integer(const QJsonObject& object, const QString& parent,
                                            QLatin1String key, Need need)
{
    const auto value = field(object, parent, key, QJsonValue::Double, need);
    if (!value)
        return std::nullopt;
    // JSON has one number type; 1.5 or 1e30 is not a port or a version.
    constexpr qint64 kNotInteger = std::numeric_limits<qint64>::min();
    const qint64 number = value->toInteger(kNotInteger);
    if (number == kNotInteger) {
        fail(join(parent, key), typeProblem(QJsonValue::Double));
        return std::nullopt;
    }
    return number;
}

void RecordReader::url(const QJsonObject& object, const QString& parent, QLatin1String key, QUrl& out,
                       Need need)
{
    const auto value = field(object, parent, key, QJsonValue::String, need);
    if (!value)
        return;
    const QUrl parsed(value->toString());
    if (!isAllowedEndpoint(parsed)) {
        fail(join(parent, key), tr("must be an https:// URL (http:// only for loopback hosts)"));
        return;
    }
    out = parsed;
}

std::optional<QJsonObject> RecordReader::object(const QJsonObject& container, const QString& parent,
                                                QLatin1String key, Need need)
{
    if (const auto value = field(container, parent, key, QJsonValue::Object, need))
        return value->toObject();
    return std::nullopt;
}

std::optional<QJsonArray> RecordReader::array(const QJsonObject& container, const QString& parent,
                                              QLatin1String key, Need need)
{
    if (const auto value = field(container, parent, key, QJsonValue::Array, need))
        return value->toArray();
    return std::nullopt;
}

std::optional<QJsonObject> RecordReader::elementObject(const QJsonArray& list, const QString& path,
                                                       qsizetype index)
{
    if (!ok())
        return std::nullopt;
    if (!list.at(index).isObject()) {
        fail(element(path, index), typeProblem(QJsonValue::Object));
        return std::nullopt;
    }
    return list.at(index).toObject();
}

QString RecordReader::join(const QString& parent, QLatin1String key)
{
    return parent.isEmpty() ? QString(key) : parent + QLatin1Char('.') + key;
}

QString RecordReader::element(const QString& parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString RecordReader::typeProblem(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String:
        return tr("must be a string");
    case QJsonValue::Bool:
        return tr("must be true or false");
    case QJsonValue::Double:
        return tr("must be a whole number");
    case QJsonValue::Object:
        return tr("must be an object ({…})");
    case QJsonValue::Array:
        return tr("must be a list ([…])");
    default:
        return tr("has the wrong type");
    }
}

} // namespace Plugboard
