#include "core/storage/secretjobqueue.h"

#include "core/storage/secretjob.h"

namespace Plugboard {

SecretJobQueue::SecretJobQueue(std::function<void(SecretJob*)> start)
    : m_start(std::move(start))
{ }

SecretJobQueue::~SecretJobQueue() = default;

void SecretJobQueue::add(SecretJob* job)
{
    m_waiting.append(job);
    startNext();
}

void SecretJobQueue::runningDone()
{
    m_busy = false;
    startNext();
}

void SecretJobQueue::startNext()
{
    if (m_busy)
        return;
    while (!m_waiting.isEmpty()) {
        SecretJob* const job = m_waiting.takeFirst();
        if (!job)
            continue; // deleted by its owner while waiting
        m_busy = true;
        m_start(job);
        return; // the store, and this queue with it, may be gone by now
    }
}

} // namespace Plugboard
