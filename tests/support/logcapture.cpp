#include "tests/support/logcapture.h"

#include <QLoggingCategory>
#include <QMutex>

namespace Plugboard::Test {

namespace {

QMutex mutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&mutex);
    captured.clear();
    // Every level of every category: a secret in a debug line is still a leak.
    QLoggingCategory::setFilterRules(QStringLiteral("*=true"));
    m_previous = qInstallMessageHandler(&LogCapture::handler);
    previousHandler = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QLoggingCategory::setFilterRules(QString());
    QMutexLocker lock(&mutex);
    previousHandler = nullptr;
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&mutex);
    return captured;
}

QStringList LogCapture::messagesContaining(const QString& needle) const
{
    return messages().filter(needle);
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QtMessageHandler forward = nullptr;
    {
        QMutexLocker lock(&mutex);
        captured.append(QString::fromLatin1(context.category ? context.category : "default")
                        + QLatin1String(": ") + message);
        forward = previousHandler;
    }
    if (forward)
        forward(type, context, message);
}

} // namespace Plugboard::Test
