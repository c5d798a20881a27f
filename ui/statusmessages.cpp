#include "ui/statusmessages.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace Plugboard {

StatusMessages::StatusMessages(QStatusBar* bar)
    : QObject(bar)
    , m_bar(bar)
    , m_summary(new QLabel(bar))
{
    m_summary->setObjectName(QStringLiteral("platformSummaryLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_bar->addPermanentWidget(m_summary);
    // Watching the application catches every child widget and dialog
    // without a filter on each.
    qApp->installEventFilter(this);
}

StatusMessages::~StatusMessages()
{
    qApp->removeEventFilter(this);
}

void StatusMessages::show(const QString& message)
{
    m_bar->showMessage(message);
    m_shown.start();
    m_userActed = false;
    QTimer::singleShot(m_minimumMs, this, [this, message] {
        if (current() == message && m_userActed)
            m_bar->clearMessage();
    });
}

QString StatusMessages::current() const
{
    return m_bar->currentMessage();
}

void StatusMessages::setSummary(const QString& summary)
{
    m_summary->setText(summary);
}

bool StatusMessages::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::KeyPress || type == QEvent::MouseButtonPress)
        clearIfDue();
    return QObject::eventFilter(watched, event);
}

void StatusMessages::clearIfDue()
{
    if (current().isEmpty())
        return;
    m_userActed = true;
    if (m_shown.isValid() && m_shown.elapsed() >= m_minimumMs)
        m_bar->clearMessage();
}

} // namespace Plugboard
