#pragma once

#include "tests/realpeers/hostilerequests.h"

#include <QElapsedTimer>
#include <QObject>

class QTcpSocket;
class QTimer;

namespace Plugboard::Test {

/// Sends one HostileRequest on its own loopback TCP connection, without
/// blocking (many run at once in one thread), and judges the answer.
class HostileClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileClient)

public:
    enum class Outcome {
        Answered, ///< a right status with a right page
        ClosedSilently, ///< closed or reset without an answer, and that is allowed
        Unanswered, ///< closed or reset without an answer where one was due
        Refused, ///< could not connect (the listener had closed)
        Wrong, ///< any other answer, or the connection stayed open too long
    };

    HostileClient(HostileRequest request, quint16 port, int timeoutMs, QObject* parent = nullptr);
    ~HostileClient() override;

    void start();
    const HostileRequest& request() const { return m_request; }
    Outcome outcome() const { return m_outcome; }
    int status() const; ///< from the status line, 0 if none
    QByteArray answer() const { return m_answer; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    /// Why the outcome is Wrong, for the failure message.
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void finished(Plugboard::Test::HostileClient* client);

private:
    void sendNext();
    void finish(bool timedOut);
    QString judge() const;

    HostileRequest m_request;
    quint16 m_port = 0;
    QTcpSocket* m_socket = nullptr;
    QTimer* m_gap = nullptr;
    QTimer* m_deadline = nullptr;
    QElapsedTimer m_clock;
    qsizetype m_next = 0;
    bool m_connected = false;
    bool m_done = false;
    QByteArray m_answer;
    Outcome m_outcome = Outcome::Wrong;
    qint64 m_elapsedMs = 0;
    QString m_problem;
};

} // namespace Plugboard::Test
