#include "app/dbus/consentquestion.h"

#include <QTimer>

namespace Plugboard {

namespace {

quint64 nextQuestionId()
{
    static quint64 last = 0;
    return ++last;
}

} // namespace

ConsentQuestion::ConsentQuestion(ConsentPrompter* prompter, const ConsentRequest& request,
                                 std::chrono::milliseconds timeout, QObject* parent)
    : Job(parent)
    , m_prompter(prompter)
    , m_request(request)
    , m_timeout(timeout)
    , m_id(nextQuestionId())
{ }

ConsentQuestion::~ConsentQuestion()
{
    if (m_prompter && !isFinished())
        m_prompter->withdraw(m_id);
}

void ConsentQuestion::run()
{
    if (!m_prompter) {
        emitFinished();
        return;
    }
    connect(m_prompter, &ConsentPrompter::answered, this, &ConsentQuestion::onAnswered);
    connect(m_prompter, &QObject::destroyed, this, [this] { emitFinished(); });
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ConsentQuestion::onTimeout);
    m_deadline->start(m_timeout);
    m_prompter->ask(m_id, m_request, QDeadlineTimer(m_timeout));
}

void ConsentQuestion::onAnswered(quint64 id, ConsentAnswer answer)
{
    if (id != m_id)
        return;
    m_answer = answer;
    emitFinished();
}

void ConsentQuestion::onTimeout()
{
    m_timedOut = true;
    m_answer = ConsentAnswer::Deny;
    if (m_prompter)
        m_prompter->withdraw(m_id);
    emitFinished();
}

void ConsentQuestion::finishing()
{
    if (m_deadline)
        m_deadline->stop();
    if (m_prompter)
        disconnect(m_prompter, nullptr, this, nullptr);
}

} // namespace Plugboard
