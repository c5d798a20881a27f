#include "core/connectionstate.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Plugboard;

class TestConnectionState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreStable_data();
    void namesAreStable();
    void everyStateIsListedOnce();
    void namesAndLabelsAreUniqueAndWellFormed();
    void nameRoundTrips();
    void unknownNames_data();
    void unknownNames();
    void severity_data();
    void severity();
    void worstSeverityWins();
};

// These ids are read by scripts (plugboard-cli --json) and stored in
// connections.json: a rename here is a compatibility break.
void TestConnectionState::namesAreStable_data()
{
    QTest::addColumn<ConnectionState>("state");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");

    QTest::newRow("not set up") << ConnectionState::NotSetUp << QStringLiteral("not_set_up")
                                << QStringLiteral("Not set up");
    QTest::newRow("ready") << ConnectionState::Ready << QStringLiteral("ready")
                           << QStringLiteral("Ready to connect");
    QTest::newRow("connecting") << ConnectionState::Connecting << QStringLiteral("connecting")
                                << QStringLiteral("Connecting");
    QTest::newRow("connected") << ConnectionState::Connected << QStringLiteral("connected")
                               << QStringLiteral("Connected");
    QTest::newRow("expiring") << ConnectionState::Expiring << QStringLiteral("expiring")
                              << QStringLiteral("Expiring soon");
    QTest::newRow("refreshing") << ConnectionState::Refreshing << QStringLiteral("refreshing")
                                << QStringLiteral("Refreshing");
    QTest::newRow("degraded") << ConnectionState::Degraded << QStringLiteral("degraded")
                              << QStringLiteral("Degraded");
    QTest::newRow("needs reconnect") << ConnectionState::NeedsReconnect << QStringLiteral("needs_reconnect")
                                     << QStringLiteral("Needs reconnect");
    QTest::newRow("needs reconsent") << ConnectionState::NeedsReconsent << QStringLiteral("needs_reconsent")
                                     << QStringLiteral("Needs new consent");
    QTest::newRow("error") << ConnectionState::Error << QStringLiteral("error") << QStringLiteral("Error");
}

void TestConnectionState::namesAreStable()
{
    QFETCH(ConnectionState, state);
    QFETCH(QString, name);
    QFETCH(QString, label);
    QCOMPARE(stateName(state), name);
    QCOMPARE(stateLabel(state), label);
}

void TestConnectionState::everyStateIsListedOnce()
{
    // kAllConnectionStates must follow the enum: 0, 1, 2, … up to Error.
    for (size_t i = 0; i < kAllConnectionStates.size(); ++i)
        QCOMPARE(static_cast<size_t>(kAllConnectionStates[i]), i);
    QCOMPARE(kAllConnectionStates.back(), ConnectionState::Error);
}

void TestConnectionState::namesAndLabelsAreUniqueAndWellFormed()
{
    static const QRegularExpression snakeCase(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    QSet<QString> names;
    QSet<QString> labels;
    for (const ConnectionState state : kAllConnectionStates) {
        const QString name = stateName(state);
        QVERIFY2(snakeCase.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        const QString label = stateLabel(state);
        QVERIFY(!label.isEmpty());
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.insert(label);
    }
    QCOMPARE(names.size(), qsizetype(kAllConnectionStates.size()));
}

void TestConnectionState::nameRoundTrips()
{
    for (const ConnectionState state : kAllConnectionStates) {
        const std::optional<ConnectionState> back = stateFromName(stateName(state));
        QVERIFY2(back.has_value(), qPrintable(stateName(state)));
        QCOMPARE(*back, state);
    }
}

void TestConnectionState::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("label, not name") << QStringLiteral("Needs reconnect");
    QTest::newRow("wrong case") << QStringLiteral("CONNECTED");
    QTest::newRow("camel case") << QStringLiteral("needsReconnect");
    QTest::newRow("unknown") << QStringLiteral("unknown");
    QTest::newRow("trailing space") << QStringLiteral("connected ");
}

void TestConnectionState::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!stateFromName(name).has_value());
}

void TestConnectionState::severity_data()
{
    QTest::addColumn<ConnectionState>("state");
    QTest::addColumn<StateSeverity>("severity");

    QTest::newRow("not set up") << ConnectionState::NotSetUp << StateSeverity::Healthy;
    QTest::newRow("ready") << ConnectionState::Ready << StateSeverity::Healthy;
    QTest::newRow("connecting") << ConnectionState::Connecting << StateSeverity::Healthy;
    QTest::newRow("connected") << ConnectionState::Connected << StateSeverity::Healthy;
    QTest::newRow("refreshing") << ConnectionState::Refreshing << StateSeverity::Healthy;
    QTest::newRow("expiring") << ConnectionState::Expiring << StateSeverity::Attention;
    QTest::newRow("degraded") << ConnectionState::Degraded << StateSeverity::Attention;
    QTest::newRow("needs reconsent") << ConnectionState::NeedsReconsent << StateSeverity::Attention;
    QTest::newRow("needs reconnect") << ConnectionState::NeedsReconnect << StateSeverity::Broken;
    QTest::newRow("error") << ConnectionState::Error << StateSeverity::Broken;
}

void TestConnectionState::severity()
{
    QFETCH(ConnectionState, state);
    QFETCH(StateSeverity, severity);
    QCOMPARE(Plugboard::severity(state), severity);
}

void TestConnectionState::worstSeverityWins()
{
    const QList<ConnectionState> states { ConnectionState::Connected, ConnectionState::NeedsReconnect,
                                          ConnectionState::Expiring };
    StateSeverity worst = StateSeverity::Healthy;
    for (const ConnectionState state : states)
        worst = std::max(worst, Plugboard::severity(state));
    QCOMPARE(worst, StateSeverity::Broken);
    QVERIFY(StateSeverity::Healthy < StateSeverity::Attention);
    QVERIFY(StateSeverity::Attention < StateSeverity::Broken);
}

QTEST_GUILESS_MAIN(TestConnectionState)
#include "tst_connectionstate.moc"
