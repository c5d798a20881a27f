#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace Plugboard {

/// A masked line edit with a reveal toggle, for client secrets and API
/// keys. Masked by default; revealing is a deliberate click, and the field
/// masks itself again when it loses focus.
class SecretLineEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLineEdit)

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* revealButton() const { return m_reveal; }
    QString text() const;
    void setPlaceholderText(const QString& text);
    bool isRevealed() const;

Q_SIGNALS:
    void textChanged(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setRevealed(bool revealed);

    QLineEdit* m_edit = nullptr;
    QToolButton* m_reveal = nullptr;
};

} // namespace Plugboard
