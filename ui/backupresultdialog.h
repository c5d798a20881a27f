#pragma once

#include "core/backup/backupitem.h"

#include <QDialog>

class QListWidget;

namespace Plugboard {

/// What File ▸ Import backup… did: what was restored, what was kept as it
/// was here, and what could not be restored with why. Informational; it
/// changes nothing.
class BackupResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupResultDialog)

public:
    BackupResultDialog(const QList<BackupItem>& restored, const QList<BackupItem>& kept,
                       const QList<BackupFailure>& failed, QWidget* parent = nullptr);
    ~BackupResultDialog() override;

    /// The listed lines, headings included, as shown.
    QStringList lines() const;

private:
    void addSection(const QString& heading, const QStringList& entries);

    QListWidget* m_list = nullptr;
};

} // namespace Plugboard
