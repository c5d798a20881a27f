#pragma once

#include "app/cli/command.h"
#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <memory>
#include <optional>

namespace Plugboard {
class PlatformCatalog;
class ProviderDiscovery;
class Services;
} // namespace Plugboard

namespace Plugboard::Cli {

/// `plugboard-cli providers [--json]` lists the platforms Plugboard can
/// connect to (`--templates`: the templates for self-hosted servers);
/// `providers add ID --discover ISSUER_URL [--name NAME] [--scopes "a b"]`
/// adds a custom one from its OpenID Connect / RFC 8414 discovery document;
/// `providers add ID --template TEMPLATE --param NAME=VALUE…` adds one
/// self-hosted server; `providers remove ID` deletes a custom one;
/// `providers export ID [FILE]` and `providers import FILE [--replace]`
/// share a custom one's record (ProviderSharing).
class ProvidersCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersCommand)

public:
    explicit ProvidersCommand(QObject* parent = nullptr);
    ~ProvidersCommand() override;

    QString name() const override { return QStringLiteral("providers"); }
    QString summary() const override;
    QString synopsis() const override;
    QList<Argument> arguments() const override;
    void configure(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, Console& console) override;

private:
    void list(bool json, Console& console);
    void listTemplates(bool json, Console& console);
    void add(const QString& id, const QCommandLineParser& parser, Console& console);
    void addFromTemplate(const QString& id, const QCommandLineParser& parser, Console& console);
    void remove(const QString& id, Console& console);
    /// Ends with `outcome`: Ok, or its error reported.
    void finishWith(Console& console, const Result<void>& outcome);
    void onDiscovered(ProviderDiscovery* discovery, const QStringList& scopes,
                      std::optional<ClientAuthentication> clientAuth, Console* console);

    QCommandLineOption m_json;
    QCommandLineOption m_discover;
    QCommandLineOption m_name;
    QCommandLineOption m_scopes;
    QCommandLineOption m_clientAuth;
    QCommandLineOption m_templates;
    QCommandLineOption m_template;
    QCommandLineOption m_param;
    QCommandLineOption m_replace;
    /// Made when an add runs (discovery, registering with a server): every
    /// CLI start creates all commands, and `token` should not pay for it here.
    std::unique_ptr<Services> m_services;
    std::unique_ptr<PlatformCatalog> m_catalog;
};

} // namespace Plugboard::Cli
