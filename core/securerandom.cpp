#include "securerandom.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <cstdlib>

namespace Plugboard::SecureRandom {

QByteArray bytes(int count)
{
    QByteArray buffer(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(buffer.data()), count) != 1) {
        // Without entropy we cannot protect a login; carrying on with weak
        // randomness would be worse than stopping.
        std::abort();
    }
    return buffer;
}

QByteArray urlSafeToken(int byteCount)
{
    return bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace Plugboard::SecureRandom
