#pragma once

#include <QFrame>
#include <QStringList>

class QHBoxLayout;

namespace Plugboard {

/// What a newcomer sees above the cards while nothing is connected: what
/// Plugboard does and the first step in two sentences, the most used
/// platforms and "Add custom provider…" one click away, and why a platform
/// wants an app registered first. Intent out through signals.
class WelcomePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePanel)

public:
    /// Shown first because most people start with them.
    static inline const QStringList kPopularPlatforms { QStringLiteral("github"), QStringLiteral("google"),
                                                        QStringLiteral("microsoft") };

    explicit WelcomePanel(QWidget* parent = nullptr);
    ~WelcomePanel() override;

    /// Offers a button for each popular platform among `available`
    /// (id → display name).
    void setPlatforms(const QMap<QString, QString>& available);

Q_SIGNALS:
    void setUpRequested(const QString& platformId);
    void addCustomProviderRequested();
    void registrationHelpRequested();

private:
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace Plugboard
