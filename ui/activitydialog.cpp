#include "ui/activitydialog.h"

#include "core/audit/auditevent.h"
#include "ui/activitymodel.h"
#include "ui/activitypresentation.h"
#include "ui/problemcolor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

QLabel* textLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QComboBox* filterBox(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

/// "Command line…deploy.sh)": who it was is at the end of the name.
class MiddleElidingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

} // namespace

ActivityDialog::ActivityDialog(QWidget* parent)
    : QDialog(parent)
    , m_model(new ActivityModel(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("Activity"));
    m_model->setProblemColor(ProblemColor::on(palette()));

    m_table = new QTableView(m_pages);
    m_table->setObjectName(QStringLiteral("activityTableView"));
    m_table->setAccessibleName(tr("Activity, newest first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(ActivityModel::ActorColumn, new MiddleElidingDelegate(m_table));
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // What and when are short and always whole; names and details share
    // the rest (elided, whole in their tooltips), so nothing scrolls sideways.
    for (const int stretched :
         { ActivityModel::SubjectColumn, ActivityModel::ActorColumn, ActivityModel::DetailColumn })
        header->setSectionResizeMode(stretched, QHeaderView::Stretch);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closePushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createBanner());
    layout->addWidget(createFilterRow());
    layout->addWidget(m_pages, 1);
    layout->addWidget(createVerificationRow());
    layout->addWidget(buttons);

    const QSize preferred(940, 540);
    const QScreen* screen = QGuiApplication::primaryScreen();
    resize(screen ? preferred.boundedTo(screen->availableSize() * 9 / 10) : preferred);
    // Reading order, not creation order (the table was made first).
    setTabOrder(m_events, m_subjects);
    setTabOrder(m_subjects, m_periods);
    setTabOrder(m_periods, m_table);
    setTabOrder(m_table, m_showAll);
    setTabOrder(m_showAll, m_checkAgain);
    setTabOrder(m_checkAgain, buttons->button(QDialogButtonBox::Close));
    setEntries({}, 0);
}

ActivityDialog::~ActivityDialog() = default;

QWidget* ActivityDialog::createFilterRow()
{
    auto* row = new QWidget(this);
    m_events = filterBox(QStringLiteral("eventFilterComboBox"), tr("Show events"), row);
    for (const ActivityGroup& group : ActivityPresentation::eventGroups())
        m_events->addItem(group.label, group.events);
    m_subjects = filterBox(QStringLiteral("connectionFilterComboBox"), tr("Show connection"), row);
    m_subjects->addItem(tr("All connections"), QString());
    m_periods = filterBox(QStringLiteral("periodFilterComboBox"), tr("Show period"), row);
    for (const ActivityPeriod& period : ActivityPresentation::periods())
        m_periods->addItem(period.label, period.seconds);
    m_periods->setCurrentIndex(m_periods->count() - 1); // all time
    for (QComboBox* box : { m_events, m_subjects, m_periods })
        connect(box, &QComboBox::activated, this, &ActivityDialog::filterChanged);
    m_count = textLabel(QStringLiteral("activityCountLabel"), row);
    m_count->setWordWrap(false);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto* eventsLabel = new QLabel(tr("&Show:"), row);
    eventsLabel->setBuddy(m_events);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(eventsLabel);
    layout->addWidget(m_events);
    layout->addWidget(m_subjects);
    layout->addWidget(m_periods);
    layout->addStretch(1);
    layout->addWidget(m_count);
    return row;
}

QWidget* ActivityDialog::createBanner()
{
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("verificationBannerFrame"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    // The base colour with a touch of the problem colour: it reads as a
    // warning in a light and in a dark palette.
    QPalette tinted = m_banner->palette();
    const QColor base = tinted.color(QPalette::Base);
    const QColor problem = ProblemColor::on(tinted);
    const auto mix = [](float a, float b) { return a * 0.88f + b * 0.12f; };
    tinted.setColor(QPalette::Window,
                    QColor::fromRgbF(mix(base.redF(), problem.redF()), mix(base.greenF(), problem.greenF()),
                                     mix(base.blueF(), problem.blueF())));
    m_banner->setPalette(tinted);
    m_bannerTitle = textLabel(QStringLiteral("verificationWarningTitleLabel"), m_banner);
    QFont titleFont = m_bannerTitle->font();
    titleFont.setBold(true);
    m_bannerTitle->setFont(titleFont);
    QPalette titlePalette = m_bannerTitle->palette();
    titlePalette.setColor(QPalette::WindowText, ProblemColor::on(titlePalette));
    m_bannerTitle->setPalette(titlePalette);
    m_bannerText = textLabel(QStringLiteral("verificationWarningLabel"), m_banner);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(m_banner);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_bannerTitle);
    layout->addWidget(m_bannerText);
    m_banner->hide();
    return m_banner;
}

QWidget* ActivityDialog::createEmptyPage()
{
    auto* page = new QWidget(m_pages);
    m_empty = textLabel(QStringLiteral("activityEmptyLabel"), page);
    m_empty->setAlignment(Qt::AlignCenter);
    m_showAll = new QPushButton(tr("Show all activity"), page);
    m_showAll->setObjectName(QStringLiteral("showAllPushButton"));
    m_showAll->setAutoDefault(false);
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        clearFilters();
        Q_EMIT filterChanged();
    });
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch();
    layout->addWidget(m_empty);
    layout->addSpacing(8);
    layout->addWidget(m_showAll, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget* ActivityDialog::createVerificationRow()
{
    auto* row = new QWidget(this);
    m_verification = textLabel(QStringLiteral("verificationLabel"), row);
    m_verification->setForegroundRole(QPalette::PlaceholderText);
    m_verification->setAccessibleName(tr("Check of the record"));
    m_checkAgain = new QPushButton(tr("Check &again"), row);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainPushButton"));
    m_checkAgain->setToolTip(tr("Checks that every entry is still as Plugboard wrote it"));
    m_checkAgain->setAutoDefault(false);
    connect(m_checkAgain, &QPushButton::clicked, this, &ActivityDialog::verifyRequested);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verification, 1);
    layout->addWidget(m_checkAgain, 0, Qt::AlignTop);
    return row;
}

void ActivityDialog::setEntries(const QList<AuditEntry>& entries, qsizetype recorded)
{
    m_model->setEntries(entries);
    m_pages->setCurrentIndex(entries.isEmpty() ? 0 : 1);
    const bool nothingYet = recorded == 0;
    m_empty->setText(
        nothingYet
            ? tr("Nothing has happened to your secrets yet.\n\nPlugboard writes down here everything that "
                 "touches them: app credentials saved or removed, sign-ins, renewals and checks, every "
                 "token handed to a program and who took it, access given to apps, disconnects, "
                 "backups and vault unlocks. Each entry is sealed, so a change to the record shows.")
            : tr("No activity matches these filters."));
    m_showAll->setVisible(!nothingYet);
    m_count->setText(
        nothingYet
            ? QString()
            : tr("%1 of %2 shown").arg(QLocale().toString(entries.size()), QLocale().toString(recorded)));
}

void ActivityDialog::setSubjects(const QMap<QString, QString>& names)
{
    m_subjectNames = names;
    m_model->setSubjectNames(names);
    const QString current = m_subjects->currentData().toString();
    QList<std::pair<QString, QString>> sorted; // name, subject
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        sorted.append({ ActivityPresentation::subjectName(it.key(), names), it.key() });
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
    const QSignalBlocker quiet(m_subjects);
    while (m_subjects->count() > 1)
        m_subjects->removeItem(1);
    for (const auto& [name, subject] : std::as_const(sorted)) {
        m_subjects->addItem(name, subject);
        m_subjects->setItemData(m_subjects->count() - 1, subject, Qt::ToolTipRole);
    }
    setSubjectFilter(current);
}

void ActivityDialog::setSubjectFilter(const QString& subject)
{
    const QSignalBlocker quiet(m_subjects);
    int index = m_subjects->findData(subject);
    if (index < 0) {
        // Asked for before it has any entry: still say what is shown.
        m_subjects->addItem(ActivityPresentation::subjectName(subject, m_subjectNames), subject);
        index = m_subjects->count() - 1;
    }
    m_subjects->setCurrentIndex(index);
}

void ActivityDialog::clearFilters()
{
    m_events->setCurrentIndex(0);
    m_subjects->setCurrentIndex(0);
    m_periods->setCurrentIndex(m_periods->count() - 1);
}

ActivityDialog::Query ActivityDialog::query(const QDateTime& now) const
{
    Query query;
    query.events = m_events->currentData().toStringList();
    query.subject = m_subjects->currentData().toString();
    if (const qint64 seconds = m_periods->currentData().toLongLong(); seconds > 0)
        query.since = now.addSecs(-seconds);
    return query;
}

void ActivityDialog::showChecking()
{
    m_checkAgain->setEnabled(false);
    m_verification->setText(tr("Checking that the record is as Plugboard wrote it…"));
}

void ActivityDialog::showNotChecked(const Error& error)
{
    m_checkAgain->setEnabled(true);
    m_banner->hide();
    m_model->setFlaggedSequence(0);
    m_verification->setText(
        tr("Not checked: %1 The record can be checked once Plugboard can read your secrets.")
            .arg(error.message));
}

QString ActivityDialog::describe(const AuditEntry& entry) const
{
    return tr("%1 · %2 · %3")
        .arg(AuditEvents::title(entry.event),
             ActivityPresentation::subjectName(entry.subject, m_subjectNames),
             ActivityPresentation::time(entry.time));
}

void ActivityDialog::showVerdict(const AuditVerdict& verdict, const std::optional<AuditEntry>& failed)
{
    m_checkAgain->setEnabled(true);
    m_model->setFlaggedSequence(verdict.holds() ? 0 : verdict.sequence);
    QStringList lines;
    if (verdict.holds()) {
        m_banner->hide();
        lines.append(verdict.entries > 0
                         ? tr("Checked: %n entry(ies), unchanged.", nullptr, int(verdict.entries))
                         : tr("Checked: nothing has been recorded yet."));
    } else if (verdict.problem == AuditVerdict::Problem::KeyMissing) {
        showProblem(tr("The activity record cannot be checked"),
                    verdict.why + QStringLiteral("\n\n")
                        + tr("The entries are shown as they are on disk; whether someone changed them "
                             "cannot be told."));
        lines.append(tr("Not checked: the record's key is missing."));
    } else {
        showProblem(tr("Someone changed the activity record"), tamperingText(verdict, failed));
        lines.append(tr("Check failed at entry %1 (in bold below).").arg(verdict.sequence));
    }
    for (const QString& torn : verdict.tornLines)
        lines.append(tr("Note: %1 was left half-written when Plugboard stopped while writing it. It is not "
                        "part of the record; nothing after it was lost.")
                         .arg(torn));
    if (verdict.pending > 0)
        lines.append(
            tr("Note: %n entry(ies) wait to be signed; Plugboard signs them the next time it can read "
               "your secrets.",
               nullptr, int(verdict.pending)));
    m_verification->setText(lines.join(QLatin1Char('\n')));
}

QString ActivityDialog::tamperingText(const AuditVerdict& verdict,
                                      const std::optional<AuditEntry>& failed) const
{
    // Which entry, in words a person can find in the table (as it reads
    // now), then what it means and what to do.
    const QString entry = failed ? tr("Entry %1 (%2)").arg(verdict.sequence).arg(describe(*failed))
                                 : tr("Entry %1").arg(verdict.sequence);
    QString what = verdict.problem == AuditVerdict::Problem::Changed
        ? tr("%1 is no longer what Plugboard wrote.").arg(entry)
        : verdict.why + QLatin1Char(' ') + tr("%1 is where the record breaks.").arg(entry);
    if (!verdict.file.isEmpty())
        what += QLatin1Char(' ') + tr("It is line %1 of %2.").arg(verdict.line).arg(verdict.file);
    return what + QStringLiteral("\n\n")
        + tr("Your secrets are not affected by this by itself: the record holds none of them. But something "
             "that can write to your files changed it, so what it says from that entry on cannot be "
             "trusted. If you did not change it yourself, look for programs on this computer you do not "
             "recognise, then disconnect and reconnect the accounts you care about so that their tokens "
             "are replaced.");
}

void ActivityDialog::showProblem(const QString& title, const QString& text)
{
    m_bannerTitle->setText(title);
    m_bannerText->setText(text);
    m_banner->setAccessibleName(title);
    m_banner->show();
}

} // namespace Plugboard
