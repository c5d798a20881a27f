#pragma once

#include "ui/grantpresentation.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Plugboard {

/// View ▸ App access: every application that may take a connection's
/// tokens, with the connection, since when, when it last took one and how
/// often, and Revoke for the selected row; without grants, how apps come
/// to have access. Shows what setGrants() gives it; revoking is its owner's.
class GrantsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantsDialog)

public:
    enum Column {
        ApplicationColumn,
        ConnectionColumn,
        GrantedColumn,
        LastUsedColumn,
        UsesColumn,
        ColumnCount,
    };

    explicit GrantsDialog(QWidget* parent = nullptr);
    ~GrantsDialog() override;

    /// Replaces the rows (GrantPresentation::entries() builds them), keeping
    /// the selected one when it is still there.
    void setGrants(const QList<GrantEntry>& grants);
    const QList<GrantEntry>& grants() const { return m_grants; }

Q_SIGNALS:
    /// Revoke was pressed for the selected row.
    void revokeRequested(const QString& connectionId, const QString& app);

private:
    QWidget* createTablePage();
    QWidget* createEmptyPage();
    void fillRow(int row, const GrantEntry& entry, const QDateTime& now);
    void revokeSelected();
    void updateRevokeButton();
    int selectedRow() const;

    QList<GrantEntry> m_grants;
    QStackedWidget* m_pages = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace Plugboard
