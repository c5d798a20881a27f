#pragma once

#include "core/storage/appgrant.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Plugboard {

/// The applications that may take one connection's tokens, one row each:
/// the app's name (its full id as tooltip), when it last took a token and
/// how often, and a Revoke button. Shows nothing itself without grants.
class GrantList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantList)

public:
    explicit GrantList(QWidget* parent = nullptr);
    ~GrantList() override;

    void setGrants(const QList<AppGrant>& grants);
    const QList<AppGrant>& grants() const { return m_grants; }
    /// Refreshes "last used 3 min ago" against `now`.
    void updateTimes(const QDateTime& now);

Q_SIGNALS:
    /// Revoke was pressed on the row of `app` (an AppGrant::app).
    void revokeRequested(const QString& app);

private:
    void clearRows();

    QList<AppGrant> m_grants;
    QGridLayout* m_rows = nullptr;
    QList<QLabel*> m_usageLabels; ///< one per grant, in order
};

} // namespace Plugboard
