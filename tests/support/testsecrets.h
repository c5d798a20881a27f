#pragma once

#include <QString>
#include <QStringList>

namespace Plugboard::Test {

/// Every secret a test invents starts with this marker, so the suite's last
/// test (tst_noleakedsecrets) can prove none was written to any file, and
/// log captures can prove none was logged.
inline QString secretMarker()
{
    return QStringLiteral("pb-test-secret-");
}

/// A fake secret such as "pb-test-secret-refresh-3f9a…", unique per call.
QString fakeSecret(const QString& tag);

/// Every file below `root` (hidden ones included) whose bytes contain `needle`.
QStringList filesContaining(const QString& root, const QByteArray& needle);

} // namespace Plugboard::Test
