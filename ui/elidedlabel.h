#pragma once

#include <QLabel>

namespace Plugboard {

/// A one-line label that ends with "…" when its text does not fit, and then
/// shows the whole text as its tooltip. Card facts use it: cut mid-word
/// ("checked 1 mi") a line reads as wrong, elided it reads as "more".
/// Plain text, no wrapping and no selection, so it stays cheap to lay out
/// with fifty cards on screen.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    ~ElidedLabel() override;

    /// `toolTip`, when given, is shown whether or not the text fits (an
    /// app's full id behind its name); it should contain the whole text.
    void setFullText(const QString& text, const QString& toolTip = QString());
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    QString m_fullText;
    QString m_toolTip;
};

} // namespace Plugboard
