#include "core/services.h"

#include "core/catalog/platformcatalog.h"
#include "core/storage/configuredsecretstore.h"
#include "core/storage/secretstore.h"

namespace Plugboard {

namespace {

std::optional<PlatformRecord> parseRecord(const QString& platformId)
{
    Result<PlatformRecord> record = PlatformCatalog::loadOne(platformId);
    if (!record)
        return std::nullopt;
    return std::move(record).value();
}

} // namespace

Services::Services(VaultPassphraseProvider* passphrases)
    : Services(&parseRecord, passphrases)
{ }

Services::Services(TokenService::RecordLookup records, VaultPassphraseProvider* passphrases)
    : m_secrets(std::make_unique<ConfiguredSecretStore>(passphrases))
    , m_proxy(m_secrets.get())
    , m_audit(m_secrets.get())
    , m_tokens(m_secrets.get(), &m_connections, &m_network, std::move(records))
    , m_grants(&m_connections)
{ }

Services::~Services() = default;

} // namespace Plugboard
