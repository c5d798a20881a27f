#include "core/storage/vaultsetup.h"

#include "core/crypto/cryptoprimitives.h"
#include "core/storage/secretbackend.h"
#include "core/storage/secretjob.h"
#include "core/storage/secretkeyindex.h"
#include "core/storage/secretstore.h"
#include "core/storage/vaultsecretstore.h"

namespace Plugboard {

VaultSetup::VaultSetup(const QString& vaultPath, QByteArray passphrase, const Crypto::ScryptParams& params,
                       SecretStore* moveFrom, QObject* parent)
    : Job(parent)
    , m_vault(vaultPath)
    , m_passphrase(std::move(passphrase))
    , m_params(params)
    , m_source(moveFrom)
{ }

VaultSetup::~VaultSetup()
{
    Crypto::wipe(m_passphrase);
}

void VaultSetup::run()
{
    if (m_vault.exists()) {
        emitFinished(
            { ErrorCode::InvalidArgument,
              tr("There is a vault at %1 already. Plugboard did not change it.").arg(m_vault.filePath()) });
        return;
    }
    m_pending = m_source ? m_source->knownKeys() : QStringList(); // names only: no keyring call yet
    readNext();
}

void VaultSetup::readNext()
{
    if (m_pending.isEmpty()) {
        createVault();
        return;
    }
    const QString key = m_pending.takeFirst();
    startJob(m_source->read(key), this, [this, key](SecretJob* read) {
        if (read->error().isError()) {
            emitFinished({ read->error().code,
                           tr("%1 Nothing was moved and no vault was created.").arg(read->error().message) });
            return;
        }
        m_moved.insert(key, read->value());
        readNext();
    });
}

void VaultSetup::createVault()
{
    const Result<void> created = m_vault.create(m_passphrase, m_params, m_moved);
    Crypto::wipe(m_passphrase);
    if (!created) {
        emitFinished(created.error());
        return;
    }
    if (const Result<void> chosen = SecretBackend::setConfigured(SecretBackend::Kind::Vault); !chosen) {
        emitFinished(chosen.error());
        return;
    }
    SecretKeyIndex index(VaultSecretStore::indexService());
    for (auto it = m_moved.constBegin(); it != m_moved.constEnd(); ++it)
        (void)index.add(it.key()); // the vault holds them; the index only speeds up the window
    m_movedCount = int(m_moved.size());
    m_moved.clear();
    if (m_movedCount == 0) {
        emitFinished();
        return;
    }
    startJob(m_source->removeAll(QString()), this, [this](SecretJob* removal) {
        if (removal->error().isError())
            m_cleanupError
                = { removal->error().code,
                    tr("The vault holds the secrets now, but deleting them from the keyring failed: "
                       "%1 Delete Plugboard's entries there by hand.")
                        .arg(removal->error().message) };
        emitFinished();
    });
}

void VaultSetup::finishing()
{
    m_moved.clear();
    Crypto::wipe(m_passphrase);
}

} // namespace Plugboard
