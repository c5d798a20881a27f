#include "app/gui/activityflow.h"

#include "core/audit/auditfilter.h"
#include "core/audit/audittrail.h"
#include "core/catalog/platformcatalog.h"
#include "core/storage/connectionstore.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <algorithm>

namespace Plugboard {

ActivityFlow::ActivityFlow(AuditTrail* trail, const PlatformCatalog* catalog,
                           const ConnectionStore* connections, MainWindow* window, QObject* parent)
    : QObject(parent)
    , m_trail(trail)
    , m_catalog(catalog)
    , m_connections(connections)
    , m_window(window)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, &ActivityFlow::reload);
    connect(m_window, &MainWindow::activityRequested, this,
            [this](const QString& subject) { open(subject); });
    // This process's entries, including those waiting for the key.
    connect(m_trail, &AuditTrail::recorded, m_settle, qOverload<>(&QTimer::start));
    // Another process's (plugboard-cli, a second session's window).
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    m_window->installEventFilter(this);
    watch();
    // After the window's first frame: startup reads nothing it does not show.
    QTimer::singleShot(0, this, &ActivityFlow::reload);
}

ActivityFlow::~ActivityFlow() = default;

bool ActivityFlow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_stale)
        QTimer::singleShot(0, this, &ActivityFlow::reload);
    return QObject::eventFilter(watched, event);
}

void ActivityFlow::watch()
{
    // The folder shows files appearing (the first entry, rotation, pending
    // entries); the files show appends. A rotated or recreated file drops
    // out of the watch list: add it back.
    const AuditLog& log = m_trail->log();
    if (!m_watcher->directories().contains(log.folder()) && QDir().mkpath(log.folder()))
        m_watcher->addPath(log.folder());
    for (const QString& file : { log.currentFile(), log.pendingFile() }) {
        if (QFileInfo::exists(file) && !m_watcher->files().contains(file))
            m_watcher->addPath(file);
    }
}

void ActivityFlow::reload()
{
    watch();
    // In the tray nobody sees the cards: read when the window shows again
    // (an app taking a token every minute would otherwise mean a read of
    // the whole trail every minute for nothing).
    m_stale = !m_window->isVisible() && !(m_dialog && m_dialog->isVisible());
    if (m_stale)
        return;
    m_entries = m_trail->log().readAll();
    showRecentActivity();
    if (m_dialog && m_dialog->isVisible())
        showEntries();
}

void ActivityFlow::open(const QString& subject)
{
    const bool opening = !m_dialog || !m_dialog->isVisible();
    if (!m_dialog) {
        m_dialog = new ActivityDialog(m_window);
        connect(m_dialog, &ActivityDialog::filterChanged, this, &ActivityFlow::showEntries);
        connect(m_dialog, &ActivityDialog::verifyRequested, this, &ActivityFlow::verify);
    }
    if (opening || !subject.isEmpty()) {
        m_dialog->clearFilters();
        m_dialog->setSubjectFilter(subject);
    }
    if (opening)
        m_entries = m_trail->log().readAll();
    showEntries();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (opening)
        verify();
}

void ActivityFlow::showEntries()
{
    if (!m_dialog)
        return;
    m_dialog->setSubjects(subjectNames());
    m_dialog->setEntries(matching(m_dialog->query(QDateTime::currentDateTimeUtc())), m_entries.size());
}

QList<AuditEntry> ActivityFlow::matching(const ActivityDialog::Query& query) const
{
    // One filter per event group the view asks for; an entry any of them
    // keeps is shown.
    QList<AuditFilter> filters;
    for (const QString& event : query.events.isEmpty() ? QStringList { QString() } : query.events) {
        AuditFilter filter;
        filter.since = query.since;
        filter.subject = query.subject;
        filter.event = event;
        filters.append(filter);
    }
    QList<AuditEntry> kept;
    for (const AuditEntry& entry : m_entries) {
        if (std::any_of(filters.cbegin(), filters.cend(),
                        [&entry](const AuditFilter& filter) { return filter.matches(entry); }))
            kept.append(entry);
    }
    return kept;
}

QMap<QString, QString> ActivityFlow::subjectNames() const
{
    // "GitHub · octocat" for a connection, by its account's name while it
    // exists and by its account id after a disconnect; "GitHub" for a platform.
    const QList<Connection> connections = m_connections->connections();
    QMap<QString, QString> names;
    for (const AuditEntry& entry : m_entries) {
        if (entry.subject.isEmpty() || names.contains(entry.subject))
            continue;
        const QString platformId = Connection::platformOf(entry.subject);
        const PlatformRecord* record = m_catalog->platform(platformId);
        const QString platform = record ? record->name : platformId;
        QString account = Connection::accountOf(entry.subject);
        for (const Connection& connection : connections) {
            if (connection.id() == entry.subject && !connection.accountName.isEmpty())
                account = connection.accountName;
        }
        names.insert(entry.subject, account.isEmpty() ? platform : tr("%1 · %2").arg(platform, account));
    }
    return names;
}

void ActivityFlow::showRecentActivity()
{
    // Newest first: the trail is in the order written, and entries that
    // waited for the key come last however old they are.
    QList<AuditEntry> newest = m_entries;
    std::reverse(newest.begin(), newest.end());
    std::stable_sort(newest.begin(), newest.end(),
                     [](const AuditEntry& a, const AuditEntry& b) { return a.time > b.time; });
    QMap<QString, QList<AuditEntry>> recent;
    for (const AuditEntry& entry : std::as_const(newest)) {
        if (!entry.subject.contains(QLatin1Char('/'))) // a platform, the vault: no account card
            continue;
        QList<AuditEntry>& shown = recent[entry.subject];
        if (shown.size() < kRecentPerCard)
            shown.append(entry);
    }
    m_window->setRecentActivity(recent);
}

void ActivityFlow::verify()
{
    if (!m_dialog || m_verifying)
        return;
    m_verifying = true;
    m_dialog->showChecking();
    // Reads the trail's key: the keyring, or the vault (which may ask for
    // its passphrase). Only ever from here, when the person opened the view.
    m_trail->verify(this, [this](const Result<AuditVerdict>& verdict) { onVerified(verdict); });
}

void ActivityFlow::onVerified(const Result<AuditVerdict>& verdict)
{
    m_verifying = false;
    if (!m_dialog)
        return;
    if (!verdict) {
        m_dialog->showNotChecked(verdict.error());
        Q_EMIT verified();
        return;
    }
    // The entry it stopped at, as it reads now, for the warning to name.
    std::optional<AuditEntry> failed;
    if (!verdict.value().holds()) {
        m_entries = m_trail->log().readAll();
        showEntries();
        const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const AuditEntry& entry) {
            return entry.sequence == verdict.value().sequence;
        });
        if (found != m_entries.cend())
            failed = *found;
    }
    m_dialog->showVerdict(verdict.value(), failed);
    Q_EMIT verified();
}

} // namespace Plugboard
