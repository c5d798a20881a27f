#pragma once

#include <QSet>
#include <QString>

class QWidget;

namespace Plugboard {

class ConnectionCard;

/// What a rebuild of the cards must keep: the scope details, the apps with
/// access and the recent activity a person opened, and the card (and
/// control on it) that had the keyboard focus. A renewal, a token handed to an app or a change from
/// the command line replaces every card; without this it would close what
/// was open and take the focus away.
class CardMemory final
{
public:
    /// Notes what the cards under `root` have open and where the focus is.
    void remember(const QWidget* root);
    /// Gives a newly built card what the card it replaces had.
    void restore(ConnectionCard* card);

private:
    QSet<QString> m_detailsOpen;
    QSet<QString> m_grantsOpen;
    QSet<QString> m_activityOpen;
    QString m_focusedCard;
    QString m_focusedChild;
};

} // namespace Plugboard
