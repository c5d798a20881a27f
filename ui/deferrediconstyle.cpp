#include "ui/deferrediconstyle.h"

#include "ui/deferrediconengine.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPointer>
#include <QStyleFactory>
#include <QStyleOption>

namespace Plugboard {

namespace {

/// Asked for by QMenuBar and QLineEdit when they are made; drawn only when
/// the menu bar overflows or the line edit has text.
bool builtButSeldomShown(QStyle::StandardPixmap icon)
{
    switch (icon) {
    case QStyle::SP_ToolBarHorizontalExtensionButton:
    case QStyle::SP_ToolBarVerticalExtensionButton:
    case QStyle::SP_LineEditClearButton:
        return true;
    default:
        return false;
    }
}

} // namespace

DeferredIconStyle::DeferredIconStyle(QStyle* base)
    : QProxyStyle(base)
{ }

DeferredIconStyle::~DeferredIconStyle() = default;

void DeferredIconStyle::install()
{
    // A second instance of the chosen style, so the proxy owns its base.
    QStyle* base = QStyleFactory::create(QApplication::style()->name());
    if (!base)
        return; // a style only its plugin can make twice: keep it as it is
    QApplication::setStyle(new DeferredIconStyle(base));
}

QIcon DeferredIconStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                                      const QWidget* widget) const
{
    if (!builtButSeldomShown(icon))
        return QProxyStyle::standardIcon(icon, option, widget);
    // The widget and its option may be gone when the icon is first drawn;
    // of them, the base style reads only the layout direction (which way
    // an arrow or a clear mark points), so that is what is kept.
    QStyleOption kept;
    kept.direction = option ? option->direction : QGuiApplication::layoutDirection();
    const QPointer<QStyle> base = baseStyle();
    return QIcon(new DeferredIconEngine(
        [base, icon, kept] { return base ? base->standardIcon(icon, &kept) : QIcon(); }));
}

} // namespace Plugboard
