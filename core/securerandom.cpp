#include "core/securerandom.h"

#include <QRandomGenerator>

#include <cstring>
#include <vector>

namespace Plugboard::SecureRandom {

QByteArray bytes(int count)
{
    if (count <= 0)
        return {};
    // The kernel's CSPRNG (getrandom), through Qt: QRandomGenerator::system()
    // never falls back to a seeded generator. Qt aborts by itself if the
    // system cannot provide entropy, which is right: carrying on with weak
    // randomness would let another program guess a login's state.
    std::vector<quint32> words((size_t(count) + sizeof(quint32) - 1) / sizeof(quint32));
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray buffer(count, Qt::Uninitialized);
    std::memcpy(buffer.data(), words.data(), size_t(count));
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
    // Every byte is looked at whatever the earlier ones were; volatile keeps
    // the compiler from turning the loop into an early-exit comparison.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace Plugboard::SecureRandom
