#pragma once

#include "tests/realpeers/hostilerequests.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Plugboard::Test {

class HostileClient;

/// Many hostile clients at once against one loopback listener: a flood of
/// short requests from HostileRequests (a few connections at a time, each
/// a new one), a pool of slowloris connections that is refilled as the
/// listener closes them, and a probe every 250 ms whose answer time shows
/// whether the listener still responds. Counts every outcome per category.
class HostileCrowd final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileCrowd)

public:
    struct Tally
    {
        int sent = 0;
        int answered = 0; ///< with a right status and page
        int closedSilently = 0;
        int refused = 0;
        int wrong = 0;
        qint64 maxMs = 0;
        QMap<int, int> statuses;
    };

    explicit HostileCrowd(ListenerTarget target, QObject* parent = nullptr);
    ~HostileCrowd() override;

    /// How many flood and slowloris connections to keep open; 0 stops
    /// starting new ones. `floodLimit`: stop the flood after that many.
    void setPressure(int flood, int slowloris, int floodLimit);
    /// Opens `count` idle connections at once.
    void openCrowd(int count);
    /// From now on a refused connection is expected (the sign-in is ending).
    void expectListenerToClose() { m_closingAllowed = true; }
    void stopAll();

    int active() const { return m_active; }
    int floodStarted() const { return m_floodStarted; }
    const QMap<QByteArray, Tally>& tallies() const { return m_tallies; }
    /// Every problem seen (wrong answers, refusals before the end).
    QStringList problems() const { return m_problems; }
    /// Every byte any listener answer held, for leak checks.
    const QList<QByteArray>& answers() const { return m_answers; }
    QString report() const;

private:
    void refill();
    void launch(const HostileRequest& request, bool flood);
    void onFinished(HostileClient* client);

    ListenerTarget m_target;
    QTimer m_probeTimer;
    int m_floodWanted = 0;
    int m_slowWanted = 0;
    int m_floodLimit = 0;
    int m_floodActive = 0;
    int m_slowActive = 0;
    int m_floodStarted = 0;
    int m_slowStarted = 0;
    int m_active = 0;
    bool m_closingAllowed = false;
    QMap<QByteArray, Tally> m_tallies;
    QStringList m_problems;
    QList<QByteArray> m_answers;
};

} // namespace Plugboard::Test
