#pragma once

#include "core/backup/backupitem.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;

namespace Plugboard {

/// Asked during File ▸ Import backup… when items of the backup exist here
/// already: one line per item with a Replace check box, unticked (keep what
/// is here) until the user ticks it; Replace all and Keep all for many.
/// Import goes on with those choices (what is new is restored anyway),
/// Cancel imports nothing.
class BackupConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupConflictDialog)

public:
    explicit BackupConflictDialog(const QList<BackupItem>& existing, QWidget* parent = nullptr);
    ~BackupConflictDialog() override;

    /// The keys (BackupItem::key()) of the items ticked for replacing.
    QStringList replacedKeys() const;
    /// Ticks or unticks one item's box, as a click would.
    void setReplaced(const QString& key, bool replace);

private:
    void setAll(bool replace);

    QList<QCheckBox*> m_boxes; ///< each holds its item's key in the "itemKey" property
};

} // namespace Plugboard
