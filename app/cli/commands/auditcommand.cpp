#include "app/cli/commands/auditcommand.h"

#include "app/cli/console.h"
#include "core/audit/auditfilter.h"
#include "core/audit/auditlog.h"
#include "core/audit/audittrail.h"
#include "core/services.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Plugboard::Cli {

namespace {

const QLatin1String kVerify("verify");

QJsonObject toJson(const AuditEntry& entry)
{
    return {
        { QStringLiteral("seq"), entry.sequence },
        { QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("event"), entry.event },
        { QStringLiteral("subject"), entry.subject },
        { QStringLiteral("actor"), entry.actor },
        { QStringLiteral("outcome"), entry.outcome },
        { QStringLiteral("detail"), entry.detail },
        { QStringLiteral("late"), entry.late },
        { QStringLiteral("pending"), entry.sequence == 0 },
    };
}

QString toText(const AuditEntry& entry)
{
    QString line
        = QStringLiteral("%1  %2  %3  %4  %5")
              .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.event,
                   entry.subject.isEmpty() ? QStringLiteral("-") : entry.subject, entry.actor, entry.outcome);
    if (!entry.detail.isEmpty())
        line += QStringLiteral("  (%1)").arg(entry.detail);
    if (entry.sequence == 0)
        line += QStringLiteral("  [pending]");
    else if (entry.late)
        line += QStringLiteral("  [late]");
    return line;
}

QString problemName(AuditVerdict::Problem problem)
{
    switch (problem) {
    case AuditVerdict::Problem::None:
        return QStringLiteral("none");
    case AuditVerdict::Problem::Changed:
        return QStringLiteral("changed");
    case AuditVerdict::Problem::Missing:
        return QStringLiteral("missing");
    case AuditVerdict::Problem::Reordered:
        return QStringLiteral("reordered");
    case AuditVerdict::Problem::KeyMissing:
        return QStringLiteral("key_missing");
    }
    return QString();
}

} // namespace

AuditCommand::AuditCommand(QObject* parent)
    : Command(parent)
    , m_json(QStringLiteral("json"), tr("Prints JSON for programs."))
    , m_since(QStringLiteral("since"), tr("Only entries since WHEN: 2026-12-01, 2026-12-01T14:30, 12h, 7d."),
              QStringLiteral("WHEN"))
    , m_connection(
          QStringLiteral("connection"),
          tr("Only entries about CONNECTION (github/42), or a platform and its connections (github)."),
          QStringLiteral("CONNECTION"))
    , m_event(QStringLiteral("event"), tr("Only EVENT (token.handed_out) or a group of events (token)."),
              QStringLiteral("EVENT"))
{ }

AuditCommand::~AuditCommand() = default;

QString AuditCommand::summary() const
{
    return tr("Shows what happened to your secrets and who took tokens; `verify` checks that nobody changed "
              "the record.");
}

QString AuditCommand::synopsis() const
{
    return QStringLiteral("[verify] [--json] [--since WHEN] [--connection CONNECTION] [--event EVENT]");
}

QList<Command::Argument> AuditCommand::arguments() const
{
    return { { QStringLiteral("verify"), tr("Checks the record's chain instead of printing it."), true } };
}

void AuditCommand::configure(QCommandLineParser& parser)
{
    parser.addOption(m_json);
    parser.addOption(m_since);
    parser.addOption(m_connection);
    parser.addOption(m_event);
}

void AuditCommand::run(const QCommandLineParser& parser, Console& console)
{
    m_printJson = parser.isSet(m_json);
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        list(parser, console);
        return;
    }
    if (words.first() != kVerify || parser.isSet(m_since) || parser.isSet(m_connection)
        || parser.isSet(m_event)) {
        console.error({ ErrorCode::InvalidArgument, tr("Use `plugboard-cli audit %1`.").arg(synopsis()) });
        finishLater(ExitCode::Usage);
        return;
    }
    verify(console);
}

void AuditCommand::list(const QCommandLineParser& parser, Console& console)
{
    AuditFilter filter;
    filter.subject = parser.value(m_connection);
    if (parser.isSet(m_since)) {
        const Result<QDateTime> since
            = AuditFilter::parseSince(parser.value(m_since), QDateTime::currentDateTime());
        if (!since) {
            console.error(since.error());
            finishLater(ExitCode::Usage);
            return;
        }
        filter.since = since.value();
    }
    if (parser.isSet(m_event)) {
        const Result<QString> event = AuditFilter::parseEvent(parser.value(m_event));
        if (!event) {
            console.error(event.error());
            finishLater(ExitCode::Usage);
            return;
        }
        filter.event = event.value();
    }
    const QList<AuditEntry> entries = filter.apply(AuditLog().readAll());
    if (m_printJson) {
        QJsonArray array;
        for (const AuditEntry& entry : entries)
            array.append(toJson(entry));
        console.data(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        for (const AuditEntry& entry : entries)
            console.data(toText(entry));
        if (entries.isEmpty())
            console.hint(tr("No entries."));
    }
    finishLater(ExitCode::Ok);
}

void AuditCommand::verify(Console& console)
{
    m_services = std::make_unique<Services>(passphrases(console));
    m_services->audit()->verify(this, [this, console = &console](const Result<AuditVerdict>& verdict) {
        if (!verdict) {
            fail(*console, verdict.error());
            return;
        }
        report(verdict.value(), *console);
    });
}

void AuditCommand::report(const AuditVerdict& verdict, Console& console)
{
    if (m_printJson) {
        QJsonObject object { { QStringLiteral("holds"), verdict.holds() },
                             { QStringLiteral("entries"), verdict.entries },
                             { QStringLiteral("problem"), problemName(verdict.problem) },
                             { QStringLiteral("torn"), QJsonArray::fromStringList(verdict.tornLines) },
                             { QStringLiteral("pending"), verdict.pending } };
        if (!verdict.holds()) {
            object.insert(QStringLiteral("sequence"), verdict.sequence);
            object.insert(QStringLiteral("file"), verdict.file);
            object.insert(QStringLiteral("line"), verdict.line);
            object.insert(QStringLiteral("why"), verdict.why);
        }
        console.data(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    }
    for (const QString& torn : verdict.tornLines)
        console.hint(tr("Note: %1 was left half-written (a crash while writing); it is not part of the "
                        "chain.")
                         .arg(torn));
    if (verdict.pending > 0)
        console.hint(
            tr("%n entry(ies) wait to be signed: the next command that reads your secrets signs them.",
               nullptr, int(verdict.pending)));
    if (!verdict.holds()) {
        const QString where
            = verdict.file.isEmpty() ? QString() : tr(" (%1 line %2)").arg(verdict.file).arg(verdict.line);
        console.error({ ErrorCode::CorruptFile,
                        verdict.problem == AuditVerdict::Problem::KeyMissing
                            ? verdict.why
                            : tr("The audit trail was tampered with at entry %1%2: %3")
                                  .arg(verdict.sequence)
                                  .arg(where, verdict.why) });
        Q_EMIT finished(ExitCode::Failure);
        return;
    }
    if (!m_printJson)
        console.hint(tr("The audit trail holds: %n entry(ies) checked, none changed, missing or moved.",
                        nullptr, int(verdict.entries)));
    Q_EMIT finished(ExitCode::Ok);
}

} // namespace Plugboard::Cli
