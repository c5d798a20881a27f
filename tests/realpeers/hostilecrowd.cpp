#include "tests/realpeers/hostilecrowd.h"

#include "tests/realpeers/hostileclient.h"

namespace Plugboard::Test {

namespace {

// Long enough for the listener's 10 s read deadline on a slowloris client.
constexpr int kClientTimeoutMs = 20'000;
constexpr int kProbeIntervalMs = 250;

} // namespace

HostileCrowd::HostileCrowd(ListenerTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_probeTimer.setInterval(kProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this,
            [this] { launch(HostileRequests::probe(m_target), false); });
}

HostileCrowd::~HostileCrowd() = default;

void HostileCrowd::setPressure(int flood, int slowloris, int floodLimit)
{
    m_floodWanted = flood;
    m_slowWanted = slowloris;
    m_floodLimit = floodLimit;
    if (!m_probeTimer.isActive())
        m_probeTimer.start();
    refill();
}

void HostileCrowd::openCrowd(int count)
{
    for (int i = 0; i < count; ++i)
        launch(HostileRequests::idle(), false);
}

void HostileCrowd::stopAll()
{
    setPressure(0, 0, 0);
    m_probeTimer.stop();
}

void HostileCrowd::refill()
{
    while (m_floodActive < m_floodWanted && m_floodStarted < m_floodLimit)
        launch(HostileRequests::flood(m_floodStarted, m_target), true);
    while (m_slowActive < m_slowWanted)
        launch(HostileRequests::slowloris(m_slowStarted, m_target), false);
}

void HostileCrowd::launch(const HostileRequest& request, bool flood)
{
    auto* client = new HostileClient(request, m_target.port, kClientTimeoutMs, this);
    connect(client, &HostileClient::finished, this, &HostileCrowd::onFinished);
    ++m_active;
    if (flood) {
        ++m_floodActive;
        ++m_floodStarted;
    } else if (request.category == "slowloris") {
        ++m_slowActive;
        ++m_slowStarted;
    }
    ++m_tallies[request.category].sent;
    client->start();
}

void HostileCrowd::onFinished(HostileClient* client)
{
    const HostileRequest& request = client->request();
    Tally& tally = m_tallies[request.category];
    tally.maxMs = std::max(tally.maxMs, client->elapsedMs());
    ++tally.statuses[client->status()];
    switch (client->outcome()) {
    case HostileClient::Outcome::Answered:
        ++tally.answered;
        break;
    case HostileClient::Outcome::ClosedSilently:
        ++tally.closedSilently;
        break;
    case HostileClient::Outcome::Unanswered:
        // Right only when the sign-in ended and its process exited mid-request.
        ++tally.closedSilently;
        if (!m_closingAllowed)
            m_problems.append(
                QStringLiteral("%1 (%2): closed without an answer")
                    .arg(QString::fromLatin1(request.category),
                         QString::fromLatin1(request.chunks.value(0).left(80).toPercentEncoding(" /?=&:"))));
        break;
    case HostileClient::Outcome::Refused:
        ++tally.refused;
        if (!m_closingAllowed)
            m_problems.append(QStringLiteral("%1: refused while the sign-in waited")
                                  .arg(QString::fromLatin1(request.category)));
        m_floodWanted = m_slowWanted = 0; // the listener is gone: nothing more to attack
        break;
    case HostileClient::Outcome::Wrong:
        ++tally.wrong;
        m_problems.append(
            QStringLiteral("%1 (%2): %3")
                .arg(QString::fromLatin1(request.category),
                     QString::fromLatin1(request.chunks.value(0).left(80).toPercentEncoding(" /?=&:")),
                     client->problem()));
        break;
    }
    if (!client->answer().isEmpty())
        m_answers.append(client->answer());
    --m_active;
    if (request.category == "slowloris")
        --m_slowActive;
    else if (request.category != "probe" && request.category != "crowd")
        --m_floodActive;
    client->deleteLater();
    refill();
}

QString HostileCrowd::report() const
{
    QString text;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it) {
        QStringList statuses;
        for (auto s = it->statuses.cbegin(); s != it->statuses.cend(); ++s)
            statuses.append(QStringLiteral("%1×%2")
                                .arg(s.key() == 0 ? QStringLiteral("none") : QString::number(s.key()))
                                .arg(s.value()));
        text += QStringLiteral(
                    "  %1: sent %2, right answer %3, closed without answer %4, refused %5, wrong %6, "
                    "slowest %7 ms [%8]\n")
                    .arg(QString::fromLatin1(it.key()))
                    .arg(it->sent)
                    .arg(it->answered)
                    .arg(it->closedSilently)
                    .arg(it->refused)
                    .arg(it->wrong)
                    .arg(it->maxMs)
                    .arg(statuses.join(QLatin1Char(' ')));
    }
    return text;
}

} // namespace Plugboard::Test
