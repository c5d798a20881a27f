#pragma once

#include "core/catalog/platformrecord.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Plugboard {

/// The platforms Plugboard knows: the shipped records embedded as
/// ":/platforms/<id>.json" and the user's custom ones in
/// "<AppConfigLocation>/platforms/<id>.json" (~/.config/plugboard/platforms/).
///
/// A plain value class, not a QObject: loading is synchronous and quick, and
/// whoever owns the catalog (the connection manager, the CLI) tells its own
/// listeners when it changes it. A shipped id cannot be shadowed: a custom
/// file with a shipped id is reported and ignored.
///
/// The application name must be set first (ApplicationInfo::applyToApplication())
/// so QStandardPaths finds the right folder.
class PlatformCatalog
{
    Q_DECLARE_TR_FUNCTIONS(Plugboard::PlatformCatalog)

public:
    enum class ExistingCustom {
        Refuse, ///< addCustom() fails if the id is already a custom platform
        Replace, ///< addCustom() overwrites it
    };

    PlatformCatalog() = default;

    /// Reads every shipped and custom record, replacing what was loaded.
    /// Returns one error per record that could not be used (naming its
    /// file); every other record loads anyway.
    QList<Error> loadAll();

    /// The loaded platforms, sorted by display name.
    const QList<PlatformRecord>& platforms() const { return m_platforms; }

    /// The loaded platform `id`, or nullptr. The pointer is valid until the
    /// next loadAll(), addCustom() or removeCustom().
    const PlatformRecord* platform(const QString& id) const;

    /// Reads and parses only the record `id`, shipped first, then custom:
    /// for the command line, which needs one platform, not all of them.
    /// Unknown ids give ErrorCode::UnknownPlatform.
    static Result<PlatformRecord> loadOne(const QString& id);

    /// Validates `record`, marks it custom and writes it atomically to the
    /// custom folder, then adds it to platforms(). Refuses shipped ids
    /// (InvalidArgument), invalid records (InvalidRecord) and, unless
    /// `existing` is Replace, ids that are already custom (InvalidArgument).
    Result<void> addCustom(const PlatformRecord& record, ExistingCustom existing = ExistingCustom::Refuse);

    /// Deletes the custom record `id` (even one too broken to load).
    /// Shipped ids give InvalidArgument, unknown ones UnknownPlatform.
    Result<void> removeCustom(const QString& id);

    /// Ids of the shipped records, sorted.
    static QStringList shippedIds();
    /// Where custom records live; it may not exist yet.
    static QString customDirectory();

private:
    void insertSorted(const PlatformRecord& record);
    void removeLoaded(const QString& id);

    QList<PlatformRecord> m_platforms;
};

} // namespace Plugboard
