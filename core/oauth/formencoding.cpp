#include "core/oauth/formencoding.h"

#include <QUrl>

namespace Plugboard::FormEncoding {

namespace {

QString decodeComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QUrl::fromPercentEncoding(component);
}

} // namespace

Items decode(const QByteArray& encoded)
{
    Items items;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            items.append({ decodeComponent(pair), QString() });
        else
            items.append({ decodeComponent(pair.left(equals)), decodeComponent(pair.mid(equals + 1)) });
    }
    return items;
}

QByteArray encode(const Items& items)
{
    QByteArray encoded;
    for (const auto& [key, itemValue] : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(itemValue);
    }
    return encoded;
}

QString value(const Items& items, const QString& key, int* occurrences)
{
    QString found;
    int count = 0;
    for (const auto& [name, itemValue] : items) {
        if (name == key) {
            if (count == 0)
                found = itemValue;
            ++count;
        }
    }
    if (occurrences)
        *occurrences = count;
    return found;
}

} // namespace Plugboard::FormEncoding
