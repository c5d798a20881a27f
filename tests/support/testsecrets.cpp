#include "tests/support/testsecrets.h"

#include "core/securerandom.h"

#include <QDirIterator>
#include <QFile>

namespace Plugboard::Test {

QString fakeSecret(const QString& tag)
{
    return secretMarker() + tag + QLatin1Char('-') + QString::fromLatin1(SecureRandom::urlSafeToken(12));
}

QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace Plugboard::Test
