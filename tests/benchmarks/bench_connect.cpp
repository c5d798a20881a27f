// Measures how long Plugboard takes from the browser's callback arriving to
// the connection being stored (code exchange, identity lookup, keyring
// write, metadata write), against the suite's fake provider on 127.0.0.1.
// Prints figures; asserts nothing. Run with scripts/run-benchmark.sh.
#include "core/applicationinfo.h"
#include "core/lifecycle/connectoperation.h"
#include "core/logging.h"
#include "core/storage/connectionstore.h"
#include "core/storage/credentialsjob.h"
#include "core/storage/keychainsecretstore.h"
#include "tests/support/fakebrowser.h"
#include "tests/support/fakeoauthprovider.h"
#include "tests/support/memorysecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Plugboard;

namespace {

constexpr int kRounds = 20;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyToApplication();
    Logging::applyDefaultRules();
    QTemporaryDir folder;
    const bool realKeyring = qEnvironmentVariable("PLUGBOARD_PRIVATE_KEYRING") == QLatin1String("1");
    std::unique_ptr<SecretStore> secrets;
    if (realKeyring)
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("org.plugboard.Plugboard.bench"),
                                                        folder.filePath(QStringLiteral("index.conf")));
    else
        secrets = std::make_unique<Test::MemorySecretStore>();
    ConnectionStore connections(folder.filePath(QStringLiteral("connections.json")));
    (void)connections.load();

    Test::FakeOAuthProvider provider;
    CredentialsJob* save
        = CredentialsJob::save(secrets.get(), provider.record(),
                               { { QStringLiteral("client_id"), provider.clientId() },
                                 { QStringLiteral("client_secret"), provider.clientSecret() } });
    QSignalSpy saved(save, &CredentialsJob::finished);
    save->start();
    saved.wait(10000);

    std::vector<double> callbackToStored;
    std::vector<double> whole;
    for (int round = 0; round < kRounds; ++round) {
        Test::FakeBrowser browser;
        QElapsedTimer total;
        QElapsedTimer afterCallback;
        total.start();
        auto* operation = new ConnectOperation(provider.record(), secrets.get(), &connections);
        QObject::connect(operation, &ConnectOperation::authorizationUrlReady, &browser, [&](const QUrl& url) {
            QObject::connect(operation->session(), &AuthorizationSession::stageChanged,
                             [&](AuthorizationSession::Stage stage) {
                                 if (stage == AuthorizationSession::Stage::ExchangingCode)
                                     afterCallback.start();
                             });
            browser.open(url);
        });
        QSignalSpy finished(operation, &ConnectOperation::finished);
        operation->start();
        if (!finished.wait(20000) || operation->error().isError()) {
            std::fprintf(stderr, "round %d failed\n", round);
            return 1;
        }
        callbackToStored.push_back(double(afterCallback.nsecsElapsed()) / 1e6);
        whole.push_back(double(total.nsecsElapsed()) / 1e6);
    }
    std::printf("connect, %d rounds, %s keyring\n", kRounds, realKeyring ? "gnome-keyring" : "in-memory");
    std::printf("  callback received -> connection stored: median %.2f ms, min %.2f ms, max %.2f ms\n",
                median(callbackToStored), *std::min_element(callbackToStored.begin(), callbackToStored.end()),
                *std::max_element(callbackToStored.begin(), callbackToStored.end()));
    std::printf("  whole connect (browser included):       median %.2f ms\n", median(whole));
    return 0;
}
