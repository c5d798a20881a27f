#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace Plugboard {

/// The shape of every asynchronous operation in Plugboard (a keyring read, a
/// token renewal, a sign-in, a health check), written once, after
/// QtKeychain's Job and KDE's KJob:
///
///     startJob(store->read(key), this, &Reader::onRead);    // a member…
///     startJob(new HealthCheck(service, id), this, [](HealthCheck* check) {
///         use(check->error(), check->state());                // …or a lambda
///     });
///
/// - start() queues the work on the event loop and may be called once;
///   later calls are ignored. A job that is never started never finishes.
/// - finished() is emitted exactly once per started job, from the event
///   loop, never from inside start() (nor from a cancel() the caller made):
///   a caller always returns from start() before it hears the outcome.
/// - error() is none on success; the subclass holds its typed results.
/// - After finished() the job deletes itself (deleteLater) unless
///   setAutoDelete(false) was called; a slot may also delete it, or its
///   parent, during the signal: nothing touches the job after that.
/// - Deleting a running job (or its parent) cancels it without finished().
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    ~Job() override;

    /// Queues the job on the event loop. Call once; later calls are ignored.
    void start();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const Error& error() const { return m_error; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    /// Connect through startJob() or onFinished() to receive the job with
    /// its own type.
    void finished(Plugboard::Job* job);

protected:
    explicit Job(QObject* parent = nullptr);

    /// The job's work, called once from the event loop after start().
    virtual void run() = 0;
    /// Called once with error() set, just before finished(): drop what is
    /// no longer needed (secrets, half results) and log the outcome.
    virtual void finishing() { }

    /// Ends the job with `error` (none for success): finishing(), then
    /// finished(), then the guarded auto-delete. Later calls are ignored.
    /// Call it from the job's own slots or run(); where the caller's call
    /// leads here (a cancel()), use finishSoon() instead.
    void emitFinished(Error error = {});
    /// emitFinished() from the event loop, for outcomes known at once.
    void finishSoon(Error error);

private:
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

/// Calls `handler` with the job as its own type when it finishes: a
/// function of `JobType*`, or a member function of `context`. The
/// connection ends with `context`. Does not start the job (for jobs that
/// others start, or that need more connections first).
template<typename JobType, typename Context, typename Handler>
JobType* onFinished(JobType* job, Context* context, Handler handler)
{
    static_assert(std::is_base_of_v<Job, JobType>, "onFinished() takes a Plugboard::Job");
    if constexpr (std::is_member_function_pointer_v<Handler>) {
        QObject::connect(job, &Job::finished, context,
                         [context, handler](Job* done) { (context->*handler)(static_cast<JobType*>(done)); });
    } else if constexpr (std::is_invocable_v<Handler&, JobType*>) {
        QObject::connect(job, &Job::finished, context, [handler = std::move(handler)](Job* done) mutable {
            handler(static_cast<JobType*>(done));
        });
    } else {
        QObject::connect(job, &Job::finished, context, std::move(handler)); // takes no arguments
    }
    return job;
}

/// onFinished(), then start(): the create → connect → start of every call site.
template<typename JobType, typename Context, typename Handler>
JobType* startJob(JobType* job, Context* context, Handler handler)
{
    onFinished(job, context, std::move(handler));
    job->start();
    return job;
}

template<typename JobType, typename Context, typename Handler>
JobType* onFinished(const QPointer<JobType>& job, Context* context, Handler handler)
{
    return onFinished(job.data(), context, std::move(handler));
}

template<typename JobType, typename Context, typename Handler>
JobType* startJob(const QPointer<JobType>& job, Context* context, Handler handler)
{
    return startJob(job.data(), context, std::move(handler));
}

} // namespace Plugboard
