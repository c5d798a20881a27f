#include "ui/deferrediconengine.h"

#include <QPainter>

namespace Plugboard {

DeferredIconEngine::DeferredIconEngine(Maker maker)
    : m_maker(std::move(maker))
{ }

DeferredIconEngine::~DeferredIconEngine() = default;

const QIcon& DeferredIconEngine::icon()
{
    if (!m_icon)
        m_icon = m_maker();
    return *m_icon;
}

void DeferredIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    icon().paint(painter, rect, Qt::AlignCenter, mode, state);
}

QPixmap DeferredIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    // QIcon::pixmap() has already scaled `size` to device pixels: ratio 1.
    return icon().pixmap(size, 1.0, mode, state);
}

QSize DeferredIconEngine::actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return icon().actualSize(size, mode, state);
}

QList<QSize> DeferredIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    return icon().availableSizes(mode, state);
}

QString DeferredIconEngine::iconName()
{
    return icon().name();
}

bool DeferredIconEngine::isNull()
{
    return icon().isNull();
}

QString DeferredIconEngine::key() const
{
    return QStringLiteral("PlugboardDeferredIconEngine");
}

QIconEngine* DeferredIconEngine::clone() const
{
    return new DeferredIconEngine(*this);
}

} // namespace Plugboard
