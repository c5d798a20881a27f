#pragma once

#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QStatusBar;

namespace Plugboard {

/// Keeps the outcome of what the user did readable in the status bar: a
/// message stays until the user's next action or kMinimumMs, whichever
/// comes later ("Connected as octocat." must not vanish because the cards
/// were rebuilt a moment later). The platform count lives in its own
/// permanent label beside it, so updating it never replaces a message.
class StatusMessages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusMessages)

public:
    static constexpr int kMinimumMs = 6000;

    /// Shows messages in `bar`; every key press or click in the application
    /// counts as the user's next action.
    explicit StatusMessages(QStatusBar* bar);
    ~StatusMessages() override;

    void show(const QString& message);
    QString current() const;
    /// The quiet summary on the right ("13 platforms available").
    void setSummary(const QString& summary);
    /// Tests shorten the minimum.
    void setMinimumDuration(int milliseconds) { m_minimumMs = milliseconds; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void clearIfDue();

    QStatusBar* m_bar = nullptr;
    QLabel* m_summary = nullptr;
    QElapsedTimer m_shown;
    bool m_userActed = false;
    int m_minimumMs = kMinimumMs;
};

} // namespace Plugboard
