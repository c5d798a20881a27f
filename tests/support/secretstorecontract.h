#pragma once

#include "core/storage/secretstore.h"

namespace Plugboard::Test {

/// What one SecretJob reported, as runSecretJob() collected it.
struct SecretJobOutcome
{
    Error error;
    QString value;
    QStringList removedKeys;
    int finishedCount = 0; ///< finished() emissions seen while waiting
    bool finishedInsideStart = false; ///< finished() came from inside start()
    bool timedOut = false;
};

/// Connects to `job`, starts it and waits (at most `timeoutMs`) for
/// finished(). The job keeps its auto-delete setting.
SecretJobOutcome runSecretJob(SecretJob* job, int timeoutMs = 20'000);

/// The behaviour every SecretStore must show, as QtTest checks. Each
/// function is a whole test: call it from one test slot, with a store in
/// which the keys under "connection/contract/" and "credentials/contract"
/// are free. KeychainSecretStore and MemorySecretStore run all of them.
namespace SecretStoreContract {

/// finished() exactly once, from the event loop, then auto-delete (or not).
void jobShape(SecretStore& store);
void roundTrip(SecretStore& store);
void overwrite(SecretStore& store);
/// SecretNotFound with an empty value and a message that mentions locking.
void readMissing(SecretStore& store);
/// remove() deletes one key; removing a missing key succeeds.
void remove(SecretStore& store);
/// removeAll(connectionKey(p, a)) deletes that connection's keys only.
void removeAllIsScoped(SecretStore& store);
/// Unicode, JSON, line breaks, an empty value and 100 KB round-trip intact.
void unusualValues(SecretStore& store);
/// An empty key or a value with U+0000 fails with InvalidArgument, stores
/// nothing, and still finishes from the event loop.
void invalidArguments(SecretStore& store);

} // namespace SecretStoreContract
} // namespace Plugboard::Test
