#include "testsecrets.h"

#include "securerandom.h"

namespace Plugboard::Test {

QString fakeSecret(const QString& tag)
{
    return secretMarker() + tag + QLatin1Char('-') + QString::fromLatin1(SecureRandom::urlSafeToken(12));
}

} // namespace Plugboard::Test
