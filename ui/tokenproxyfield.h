#pragma once

#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace Plugboard {

/// The optional token-exchange proxy of a confidential client: the address
/// of a team's server that holds the client secret and adds it to the code
/// exchange and to renewals, so the secret never reaches this desktop.
/// Checked as it is typed: https://, or http:// on the loopback only.
class TokenProxyField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProxyField)

public:
    explicit TokenProxyField(QWidget* parent = nullptr);
    ~TokenProxyField() override;

    void setUrl(const QUrl& url);
    /// The proxy entered, when it is one Plugboard may use; empty otherwise.
    QUrl url() const;
    /// Something is typed that is not a usable proxy address.
    bool isInvalid() const;

Q_SIGNALS:
    void changed();

private:
    void showStatus();

    QLineEdit* m_edit = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace Plugboard
