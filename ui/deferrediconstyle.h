#pragma once

#include <QProxyStyle>

namespace Plugboard {

/// The application's style (whichever Qt chose: platform theme, -style or
/// QT_STYLE_OVERRIDE), except that the standard icons widgets ask for while
/// they are built, and seldom show, are made when first drawn
/// (DeferredIconEngine). They look the same; the window shows sooner.
class DeferredIconStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredIconStyle)

public:
    /// Takes ownership of `base`.
    explicit DeferredIconStyle(QStyle* base);
    ~DeferredIconStyle() override;

    /// Wraps the application's current style in a DeferredIconStyle and
    /// makes that the application's style.
    static void install();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace Plugboard
