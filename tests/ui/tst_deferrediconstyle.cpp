// The style's seldom-shown standard icons are made when first drawn, look
// exactly like the base style's, and keep the layout direction they were
// asked for with; every other icon comes from the base style at once.
#include "ui/deferrediconengine.h"
#include "ui/deferrediconstyle.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>

#include <memory>

using namespace Plugboard;

namespace {

/// Fusion, counting and recording what it is asked for.
class CountingStyle final : public QProxyStyle
{
public:
    CountingStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    { }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const override
    {
        ++made;
        lastDirection = option ? option->direction : Qt::LayoutDirectionAuto;
        return QProxyStyle::standardIcon(icon, option, widget);
    }

    mutable int made = 0;
    mutable Qt::LayoutDirection lastDirection = Qt::LayoutDirectionAuto;
};

QImage pixels(const QIcon& icon)
{
    return icon.pixmap(QSize(16, 16), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestDeferredIconStyle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seldomShownIconsAreMadeWhenFirstDrawn_data();
    void seldomShownIconsAreMadeWhenFirstDrawn();
    void directionIsKept();
    void otherIconsComeAtOnce();
    void lineEditClearButtonMakesNoIconUntilShown();
};

void TestDeferredIconStyle::seldomShownIconsAreMadeWhenFirstDrawn_data()
{
    QTest::addColumn<int>("icon");
    QTest::newRow("menu bar overflow") << int(QStyle::SP_ToolBarHorizontalExtensionButton);
    QTest::newRow("tool bar overflow") << int(QStyle::SP_ToolBarVerticalExtensionButton);
    QTest::newRow("line edit clear") << int(QStyle::SP_LineEditClearButton);
}

void TestDeferredIconStyle::seldomShownIconsAreMadeWhenFirstDrawn()
{
    QFETCH(int, icon);
    const auto which = QStyle::StandardPixmap(icon);
    auto* base = new CountingStyle;
    DeferredIconStyle style(base);
    const QIcon deferred = style.standardIcon(which);
    QCOMPARE(base->made, 0);

    const QImage drawn = pixels(deferred);
    QCOMPARE(base->made, 1);
    QVERIFY(!drawn.isNull());
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QCOMPARE(drawn, pixels(fusion->standardIcon(which)));
    (void)pixels(deferred);
    QCOMPARE(base->made, 1); // made once
    QVERIFY(!deferred.isNull());
    QVERIFY(!deferred.availableSizes().isEmpty());
}

void TestDeferredIconStyle::directionIsKept()
{
    auto* base = new CountingStyle;
    DeferredIconStyle style(base);
    QStyleOption option;
    option.direction = Qt::RightToLeft;
    const QIcon deferred = style.standardIcon(QStyle::SP_LineEditClearButton, &option);
    (void)pixels(deferred);
    QCOMPARE(base->lastDirection, Qt::RightToLeft);
}

void TestDeferredIconStyle::otherIconsComeAtOnce()
{
    auto* base = new CountingStyle;
    DeferredIconStyle style(base);
    (void)style.standardIcon(QStyle::SP_DialogOkButton);
    QCOMPARE(base->made, 1);
}

void TestDeferredIconStyle::lineEditClearButtonMakesNoIconUntilShown()
{
    auto* base = new CountingStyle;
    DeferredIconStyle style(base);
    QLineEdit edit;
    edit.setStyle(&style);
    edit.setClearButtonEnabled(true);
    QCOMPARE(base->made, 0);
}

QTEST_MAIN(TestDeferredIconStyle)
#include "tst_deferrediconstyle.moc"
