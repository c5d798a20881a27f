#pragma once

#include <QIcon>
#include <QIconEngine>

#include <functional>
#include <optional>

namespace Plugboard {

/// An icon that is made the first time something asks for its pixels or
/// sizes, not when it is handed out. Widgets that ask the style for an
/// icon they rarely show (the menu bar's overflow arrow, a line edit's
/// clear button) would otherwise make it while the window is built, and
/// making a style icon reads a PNG, which loads every image format plugin
/// (SVG, GIF, ICO, JPEG and their libraries) before the first frame.
class DeferredIconEngine final : public QIconEngine
{
public:
    using Maker = std::function<QIcon()>;

    explicit DeferredIconEngine(Maker maker);
    ~DeferredIconEngine() override;

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    bool isNull() override;
    QString key() const override;
    QIconEngine* clone() const override;

    /// Whether the icon has been made (for tests).
    bool isMade() const { return m_icon.has_value(); }

private:
    DeferredIconEngine(const DeferredIconEngine& other) = default;
    const QIcon& icon();

    Maker m_maker;
    std::optional<QIcon> m_icon;
};

} // namespace Plugboard
