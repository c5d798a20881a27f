#pragma once

#include <QStringList>
#include <QtMessageHandler>

namespace Plugboard::Test {

/// Records every log message (all categories, debug included) while it
/// lives, so a test can prove no secret was ever logged. Only one may live
/// at a time; messages still reach the previous handler.
class LogCapture final
{
    Q_DISABLE_COPY_MOVE(LogCapture)

public:
    LogCapture();
    ~LogCapture();

    QStringList messages() const;
    /// The messages that contain `needle`, for a readable failure.
    QStringList messagesContaining(const QString& needle) const;

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);

    QtMessageHandler m_previous = nullptr;
};

} // namespace Plugboard::Test
