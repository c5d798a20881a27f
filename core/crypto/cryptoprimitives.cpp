#include "core/crypto/cryptoprimitives.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <memory>

namespace Plugboard::Crypto {

namespace {

constexpr int kGcmNonceBytes = 12;
constexpr int kGcmTagBytes = 16;
constexpr int kAes256KeyBytes = 32;

struct KdfFree
{
    void operator()(EVP_KDF* kdf) const { EVP_KDF_free(kdf); }
    void operator()(EVP_KDF_CTX* context) const { EVP_KDF_CTX_free(context); }
    void operator()(EVP_MAC* mac) const { EVP_MAC_free(mac); }
    void operator()(EVP_MAC_CTX* context) const { EVP_MAC_CTX_free(context); }
    void operator()(EVP_CIPHER* cipher) const { EVP_CIPHER_free(cipher); }
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
template<typename T> using Owned = std::unique_ptr<T, KdfFree>;

// OSSL_PARAM wants non-const pointers; OpenSSL only reads them. An empty
// array still needs a valid pointer (RFC 7914's first vector has an empty
// password and salt).
OSSL_PARAM octets(const char* name, const QByteArray& bytes)
{
    static char empty = 0;
    void* data = bytes.isEmpty() ? static_cast<void*>(&empty) : const_cast<char*>(bytes.constData());
    return OSSL_PARAM_construct_octet_string(name, data, size_t(bytes.size()));
}

unsigned char* bytesOf(QByteArray& bytes)
{
    return reinterpret_cast<unsigned char*>(bytes.data());
}

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

std::optional<QByteArray> derive(const char* algorithm, OSSL_PARAM* params, int length)
{
    if (length <= 0)
        return std::nullopt;
    const Owned<EVP_KDF> kdf(EVP_KDF_fetch(nullptr, algorithm, nullptr));
    if (!kdf)
        return std::nullopt;
    const Owned<EVP_KDF_CTX> context(EVP_KDF_CTX_new(kdf.get()));
    QByteArray out(length, '\0');
    if (!context || EVP_KDF_derive(context.get(), bytesOf(out), size_t(length), params) != 1) {
        wipe(out);
        return std::nullopt;
    }
    return out;
}

Owned<EVP_CIPHER_CTX> gcmContext(const QByteArray& key, const QByteArray& nonce, bool encrypt)
{
    if (key.size() != kAes256KeyBytes || nonce.size() != kGcmNonceBytes)
        return {};
    const Owned<EVP_CIPHER> cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    Owned<EVP_CIPHER_CTX> context(EVP_CIPHER_CTX_new());
    if (!cipher || !context)
        return {};
    // GCM's default nonce length is 96 bits: the one this module uses.
    if (EVP_CipherInit_ex2(context.get(), cipher.get(), bytesOf(key), bytesOf(nonce), encrypt ? 1 : 0,
                           nullptr)
        != 1)
        return {};
    return context;
}

bool feedAad(EVP_CIPHER_CTX* context, const QByteArray& aad)
{
    int written = 0;
    return aad.isEmpty() || EVP_CipherUpdate(context, nullptr, &written, bytesOf(aad), int(aad.size())) == 1;
}

} // namespace

std::optional<QByteArray> scrypt(const QByteArray& passphrase, const QByteArray& salt, quint64 n, quint32 r,
                                 quint32 p, int length, quint64 maxMemory)
{
    uint64_t cost = n;
    uint32_t blockSize = r;
    uint32_t parallel = p;
    uint64_t memoryLimit = maxMemory;
    OSSL_PARAM params[] = {
        octets(OSSL_KDF_PARAM_PASSWORD, passphrase),
        octets(OSSL_KDF_PARAM_SALT, salt),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &cost),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &blockSize),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &parallel),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &memoryLimit),
        OSSL_PARAM_construct_end(),
    };
    return derive(OSSL_KDF_NAME_SCRYPT, params, length);
}

std::optional<QByteArray> hkdfSha256(const QByteArray& key, const QByteArray& salt, const QByteArray& info,
                                     int length)
{
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        octets(OSSL_KDF_PARAM_KEY, key),
        octets(OSSL_KDF_PARAM_SALT, salt),
        octets(OSSL_KDF_PARAM_INFO, info),
        OSSL_PARAM_construct_end(),
    };
    return derive(OSSL_KDF_NAME_HKDF, params, length);
}

std::optional<QByteArray> hmacSha256(const QByteArray& key, const QByteArray& message)
{
    const Owned<EVP_MAC> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    if (!mac)
        return std::nullopt;
    const Owned<EVP_MAC_CTX> context(EVP_MAC_CTX_new(mac.get()));
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_end(),
    };
    QByteArray out(EVP_MAX_MD_SIZE, '\0');
    size_t written = 0;
    if (!context || EVP_MAC_init(context.get(), bytesOf(key), size_t(key.size()), params) != 1
        || EVP_MAC_update(context.get(), bytesOf(message), size_t(message.size())) != 1
        || EVP_MAC_final(context.get(), bytesOf(out), &written, size_t(out.size())) != 1)
        return std::nullopt;
    out.truncate(qsizetype(written));
    return out;
}

std::optional<GcmOutput> aes256GcmEncrypt(const QByteArray& key, const QByteArray& nonce,
                                          const QByteArray& aad, const QByteArray& plaintext)
{
    const Owned<EVP_CIPHER_CTX> context = gcmContext(key, nonce, true);
    if (!context || !feedAad(context.get(), aad))
        return std::nullopt;
    GcmOutput out { QByteArray(plaintext.size(), '\0'), QByteArray(kGcmTagBytes, '\0') };
    int written = 0;
    int finalWritten = 0;
    if ((!plaintext.isEmpty()
         && EVP_CipherUpdate(context.get(), bytesOf(out.ciphertext), &written, bytesOf(plaintext),
                             int(plaintext.size()))
             != 1)
        || EVP_CipherFinal_ex(context.get(), bytesOf(out.ciphertext) + written, &finalWritten) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagBytes, out.tag.data()) != 1)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> aes256GcmDecrypt(const QByteArray& key, const QByteArray& nonce,
                                           const QByteArray& aad, const QByteArray& ciphertext,
                                           const QByteArray& tag)
{
    if (tag.size() != kGcmTagBytes)
        return std::nullopt;
    const Owned<EVP_CIPHER_CTX> context = gcmContext(key, nonce, false);
    if (!context || !feedAad(context.get(), aad))
        return std::nullopt;
    QByteArray plaintext(ciphertext.size(), '\0');
    int written = 0;
    int finalWritten = 0;
    QByteArray expectedTag = tag; // OpenSSL wants a writable pointer
    const bool opened = (ciphertext.isEmpty()
                         || EVP_CipherUpdate(context.get(), bytesOf(plaintext), &written, bytesOf(ciphertext),
                                             int(ciphertext.size()))
                             == 1)
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagBytes, expectedTag.data()) == 1
        && EVP_CipherFinal_ex(context.get(), bytesOf(plaintext) + written, &finalWritten) == 1;
    if (!opened) {
        // Never hand out plaintext whose tag failed.
        wipe(plaintext);
        return std::nullopt;
    }
    return plaintext;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

std::optional<QByteArray> randomBytes(int count)
{
    if (count <= 0)
        return QByteArray();
    QByteArray out(count, '\0');
    if (RAND_bytes(bytesOf(out), count) != 1)
        return std::nullopt;
    return out;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace Plugboard::Crypto
