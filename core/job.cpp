#include "core/job.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcJob, "plugboard.job")

namespace Plugboard {

Job::Job(QObject* parent)
    : QObject(parent)
{ }

Job::~Job() = default;

void Job::start()
{
    if (m_started) {
        qCWarning(lcJob) << metaObject()->className() << "started twice; ignored";
        return;
    }
    m_started = true;
    // Queued even when the outcome is known at once, so finished() never
    // reaches a caller that has not returned from start() yet.
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            run();
    });
}

void Job::emitFinished(Error error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    finishing();
    const QPointer<Job> self(this); // a slot may delete the job or its parent
    Q_EMIT finished(this);
    if (self && m_autoDelete)
        deleteLater();
}

void Job::finishSoon(Error error)
{
    QTimer::singleShot(0, this,
                       [this, error = std::move(error)]() mutable { emitFinished(std::move(error)); });
}

} // namespace Plugboard
