#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include <initializer_list>
#include <optional>

namespace Plugboard {

/// Typed, path-aware reading of one JSON record, for PlatformRecordParser.
/// It keeps the first problem only, as an ErrorCode::InvalidRecord error
/// "<source>: <path>: <problem>": later fields may build on a wrong one, and
/// one precise message beats a cascade. Once failed, every call is a no-op.
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::RecordReader)

public:
    enum class Need { Required, Optional };

    /// One accepted spelling of an enum value.
    template<typename E> struct Name
    {
        const char* text;
        E value;
    };

    explicit RecordReader(QString source);

    bool ok() const { return !m_error.isError(); }
    const Error& error() const { return m_error; }
    /// Where the record came from, or a generic "platform record".
    QString where() const;

    void fail(const QString& path, const QString& problem);
    /// A problem with the whole document, such as a JSON syntax error.
    void failDocument(const QString& problem);

    /// Fails on the first key of `object` not in `known`.
    void checkKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> known);

    /// The member `key` when present and of `type`; nullopt when absent (a
    /// failure if required) or of another type (always a failure).
    std::optional<QJsonValue> field(const QJsonObject& object, const QString& parent, QLatin1String key,
                                    QJsonValue::Type type, Need need);

    /// Required strings must not be blank; optional ones keep `out` when absent.
    void string(const QJsonObject& object, const QString& parent, QLatin1String key, QString& out, Need need);
    void boolean(const QJsonObject& object, const QString& parent, QLatin1String key, bool& out);
    std::optional<qint64> integer(const QJsonObject& object, const QString& parent, QLatin1String key,
                                  Need need);
    /// An endpoint or help URL, checked with isAllowedEndpoint().
    void url(const QJsonObject& object, const QString& parent, QLatin1String key, QUrl& out, Need need);
    std::optional<QJsonObject> object(const QJsonObject& container, const QString& parent, QLatin1String key,
                                      Need need);
    std::optional<QJsonArray> array(const QJsonObject& container, const QString& parent, QLatin1String key,
                                    Need need);
    /// Element `index` of `list` (found at `path`) as an object.
    std::optional<QJsonObject> elementObject(const QJsonArray& list, const QString& path, qsizetype index);

    template<typename E, std::size_t N>
    void enumeration(const QJsonObject& object, const QString& parent, QLatin1String key,
                     const Name<E> (&names)[N], E& out, Need need)
    {
        const auto value = field(object, parent, key, QJsonValue::String, need);
        if (!value)
            return;
        QStringList allowed;
        for (const Name<E>& name : names) {
            if (value->toString() == QLatin1String(name.text)) {
                out = name.value;
                return;
            }
            allowed.append(QLatin1Char('"') + QLatin1String(name.text) + QLatin1Char('"'));
        }
        failNotOneOf(join(parent, key), allowed, value->toString());
    }

    /// "parent.key", or "key" at the top level.
    static QString join(const QString& parent, QLatin1String key);
    /// "parent[index]".
    static QString element(const QString& parent, qsizetype index);
    /// "must be a string" and the like.
    static QString typeProblem(QJsonValue::Type type);

private:
    void failNotOneOf(const QString& path, const QStringList& allowed, const QString& found);

    QString m_source;
    Error m_error;
};

} // namespace Plugboard
