#pragma once

#include <QLabel>

namespace Plugboard {

/// A pill-shaped label for a connection's state. Its colour says how much
/// attention the state needs; the text always says what it is, so colour
/// is never the only signal.
class StatusBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    enum class Tone { Neutral, Good, Busy, Attention, Broken };
    Q_ENUM(Tone)

    explicit StatusBadge(QWidget* parent = nullptr);
    ~StatusBadge() override;

    void setStatus(const QString& label, Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int kPaddingX = 9;
    static constexpr int kPaddingY = 2;

    Tone m_tone = Tone::Neutral;
};

} // namespace Plugboard
