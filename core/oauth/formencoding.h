#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace Plugboard::FormEncoding {

using Items = QList<std::pair<QString, QString>>;

/// Decodes application/x-www-form-urlencoded text (a redirect's query or a
/// token endpoint's form answer) fully: "%2F" -> "/", and "+" -> " ", which
/// QUrlQuery does not do (so GitHub's "The+code+passed" stays unreadable
/// otherwise). Pairs keep their order; a key without "=" has an empty value.
Items decode(const QByteArray& encoded);

/// Encodes pairs as an application/x-www-form-urlencoded body, every
/// reserved character percent-encoded (decode()'s inverse).
QByteArray encode(const Items& items);

/// The value of `key`, and how often the key occurs (callers reject
/// repeated OAuth parameters as ambiguous).
QString value(const Items& items, const QString& key, int* occurrences = nullptr);

} // namespace Plugboard::FormEncoding
