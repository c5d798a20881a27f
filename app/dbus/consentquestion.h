#pragma once

#include "app/dbus/consentprompter.h"
#include "core/job.h"

#include <QPointer>

#include <chrono>

class QTimer;

namespace Plugboard {

/// One consent question put to the user through a ConsentPrompter, as a
/// Job: answer() once finished. No answer before the deadline is Deny; so is
/// a prompter that goes away. Finishes without an error either way: a
/// refusal is an answer.
class ConsentQuestion final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentQuestion)

public:
    static constexpr std::chrono::seconds kDefaultTimeout { 60 };

    ConsentQuestion(ConsentPrompter* prompter, const ConsentRequest& request,
                    std::chrono::milliseconds timeout = kDefaultTimeout, QObject* parent = nullptr);
    ~ConsentQuestion() override;

    ConsentAnswer answer() const { return m_answer; }
    /// True when the deadline passed without an answer.
    bool timedOut() const { return m_timedOut; }

private:
    void run() override;
    void onAnswered(quint64 id, ConsentAnswer answer);
    void onTimeout();
    void finishing() override;

    QPointer<ConsentPrompter> m_prompter;
    ConsentRequest m_request;
    std::chrono::milliseconds m_timeout;
    quint64 m_id = 0;
    QTimer* m_deadline = nullptr;
    ConsentAnswer m_answer = ConsentAnswer::Deny;
    bool m_timedOut = false;
};

} // namespace Plugboard
