#pragma once

#include <QDateTime>
#include <QDialog>
#include <QMap>
#include <QStringList>

class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace Plugboard {

struct CallerApplication;

/// Asks whether an application may use a connection (or have the user sign
/// in to a platform for it): who asks, for which account and scopes, what
/// it would get (access tokens, never the refresh token) and where access
/// is taken back. Not modal unless its owner makes it so. It decides
/// nothing: answered() says what the person chose, exactly once; Deny is
/// the default button and what Escape and closing the window mean. A
/// deadline only shows a countdown: refusing when it passes is the owner's
/// call (dismiss() then takes the question away without an answer).
class ConsentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentDialog)

public:
    enum class Answer {
        AllowOnce, ///< this request only
        AlwaysAllow, ///< keep a grant for the app and the connection
        Deny,
    };
    Q_ENUM(Answer)

    explicit ConsentDialog(QWidget* parent = nullptr);
    ~ConsentDialog() override;

    /// The application as people know it ("python3 running tool.py") and,
    /// smaller and selectable, what tells it apart (its path, its Flatpak id).
    void setApplication(const QString& name, const QString& detail);
    /// The same for a caller the D-Bus service identified.
    void setApplication(const CallerApplication& caller);
    /// The account asked for; with an empty `accountName` the app asks the
    /// person to sign in to the platform. `iconPath` as on the cards (a
    /// monogram when there is no such file).
    void setConnection(const QString& platformName, const QString& accountName,
                       const QString& iconPath = QString());
    /// The scopes the app would get, with descriptions where known.
    void setScopes(const QStringList& scopes, const QMap<QString, QString>& descriptions = {});
    /// Counts down to `deadline` ("Refused automatically in 58 s"); an
    /// invalid time hides the line.
    void setDeadline(const QDateTime& deadline);

    /// Whether the question is settled: answered, or dismissed.
    bool isAnswered() const { return m_answered; }
    /// Closes without an answer: the owner refused (the deadline passed)
    /// or the application went away.
    void dismiss();

public Q_SLOTS:
    /// Escape and the window's close button: Deny.
    void reject() override;

Q_SIGNALS:
    void answered(Plugboard::ConsentDialog::Answer answer);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createBody();
    QLayout* createButtons();
    QPushButton* addButton(const QString& text, const QString& objectName, Answer answer);
    void answer(Answer answer);
    void updateTexts();
    void updateCountdown();
    void fitContents();

    QString m_appName;
    QString m_platformName;
    QString m_accountName;
    bool m_answered = false;
    QDateTime m_deadline;

    QLabel* m_icon = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_appDetail = nullptr;
    QLabel* m_scopesIntro = nullptr;
    QLabel* m_scopes = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_countdown = nullptr;
    QScrollArea* m_scroll = nullptr;
    QPushButton* m_deny = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace Plugboard
