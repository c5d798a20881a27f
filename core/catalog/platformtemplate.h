#pragma once

#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Plugboard {

/// A value the user fills in to add one self-hosted server, such as
/// `instance_url`. Names ending in `_url` take a server address; the others
/// a single word (a Keycloak realm).
struct TemplateParameter
{
    QString name; ///< "instance_url": written {instance_url} in the record
    QString label; ///< "Server address"
    QString description; ///< one line under the field
    QString example; ///< "https://gitlab.example.com": also checks the template

    bool isUrl() const { return name.endsWith(QLatin1String("_url")); }
};

/// How a platform made from a template gets its app credentials.
enum class AppRegistration {
    Manual, ///< the user registers an app on the server, as for any platform
    Mastodon, ///< Plugboard registers itself through POST /api/v1/apps
};

/// A platform record for a kind of server people host themselves (GitLab,
/// Gitea and Forgejo, Keycloak, Mastodon): the record of resources/templates/
/// with {parameter} placeholders in its texts and URLs, plus a "template"
/// section that declares the parameters. instantiate() turns it into the
/// record of one server: a custom platform with its own id, credentials and
/// connections. See resources/platforms/SCHEMA.md, "Templates".
class PlatformTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::PlatformTemplate)

public:
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    QString icon() const { return m_icon; }
    const QList<TemplateParameter>& parameters() const { return m_parameters; }
    AppRegistration registration() const { return m_registration; }
    /// "instance_url, realm"-style list of what instantiate() takes.
    QStringList parameterNames() const;

    /// Reads a template strictly: its "template" section, then the record
    /// made with every parameter's example must parse as a platform record,
    /// so a broken template fails here and not when someone adds a server.
    static Result<PlatformTemplate> parse(const QByteArray& json, const QString& source);
    /// Ids of the shipped templates, sorted.
    static QStringList shippedIds();
    /// The shipped template `id`; UnknownPlatform when there is none.
    static Result<PlatformTemplate> loadShipped(const QString& id);

    /// The record of one server: `values` fill the parameters (each one
    /// exactly once; addresses must be https://, or http:// on loopback,
    /// and lose a trailing slash), `id` becomes the platform's id. The record
    /// is custom and remembers the template and the values.
    Result<PlatformRecord> instantiate(const QString& id, const QMap<QString, QString>& values) const;

private:
    Result<QMap<QString, QString>> checkedValues(const QMap<QString, QString>& values) const;

    QString m_id;
    QString m_name;
    QString m_icon;
    QString m_instanceName; ///< "GitLab ({instance_host})"
    QList<TemplateParameter> m_parameters;
    AppRegistration m_registration = AppRegistration::Manual;
    QJsonObject m_record; ///< the record part, placeholders and all
};

} // namespace Plugboard
