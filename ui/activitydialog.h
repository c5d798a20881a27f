#pragma once

#include "core/audit/auditentry.h"
#include "core/audit/auditverdict.h"
#include "core/error.h"

#include <QDateTime>
#include <QDialog>
#include <QMap>

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Plugboard {

class ActivityModel;

/// View ▸ Activity: what happened to the secrets and who took tokens, from
/// the audit trail, newest first, narrowed by event group, connection and
/// period; and whether the record is as Plugboard wrote it. It shows what it
/// is given (setEntries(), showVerdict()) and says what the user wants
/// (filterChanged(), verifyRequested()); reading the trail and checking it
/// are its owner's.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    /// What the filters ask for, in AuditFilter's terms.
    struct Query
    {
        QStringList events; ///< event names or groups, any of them; empty: all
        QString subject; ///< a connection or platform; empty: all
        QDateTime since; ///< invalid: all time
    };

    explicit ActivityDialog(QWidget* parent = nullptr);
    ~ActivityDialog() override;

    /// The entries that match query(), and how many the trail holds in all
    /// (for "nothing recorded yet" versus "nothing matches").
    void setEntries(const QList<AuditEntry>& entries, qsizetype recorded);
    /// Every subject the trail names, with what it is called
    /// ("github/42" → "GitHub · octocat"): the connection filter's choices.
    void setSubjects(const QMap<QString, QString>& names);
    /// Narrows the view to one connection (or platform); empty: all.
    void setSubjectFilter(const QString& subject);
    /// Back to every event, connection and time.
    void clearFilters();
    Query query(const QDateTime& now) const;
    ActivityModel* model() const { return m_model; }

    /// Verification: under way, its verdict (with the entry it stopped at,
    /// when it could be read), or why it could not run.
    void showChecking();
    void showVerdict(const AuditVerdict& verdict, const std::optional<AuditEntry>& failed);
    void showNotChecked(const Error& error);

Q_SIGNALS:
    /// A filter changed: answer with setEntries() for the new query().
    void filterChanged();
    /// "Check again" was pressed.
    void verifyRequested();

private:
    QWidget* createFilterRow();
    QWidget* createBanner();
    QWidget* createEmptyPage();
    QWidget* createVerificationRow();
    void showProblem(const QString& title, const QString& text);
    QString describe(const AuditEntry& entry) const;
    QString tamperingText(const AuditVerdict& verdict, const std::optional<AuditEntry>& failed) const;

    ActivityModel* m_model = nullptr;
    QMap<QString, QString> m_subjectNames;
    QComboBox* m_events = nullptr;
    QComboBox* m_subjects = nullptr;
    QComboBox* m_periods = nullptr;
    QLabel* m_count = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerTitle = nullptr;
    QLabel* m_bannerText = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_showAll = nullptr;
    QLabel* m_verification = nullptr;
    QPushButton* m_checkAgain = nullptr;
};

} // namespace Plugboard
