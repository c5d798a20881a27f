#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

namespace Plugboard {

/// One tab of the Settings dialog, showing some of SettingsRegistry's keys.
/// It is told each setting's value (and the values that can be chosen now)
/// and asks for a change by key; the application records it and shows the
/// result back, so a page never holds a value the files do not.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    /// The tab's label, with its mnemonic ("&General").
    virtual QString title() const = 0;
    /// Shows `key`'s value when the page has it; false when it has not.
    virtual bool showSetting(const QString& key, const QString& value, const QStringList& available) = 0;

Q_SIGNALS:
    /// The person chose `value` for `key`.
    void changeRequested(const QString& key, const QString& value);
};

} // namespace Plugboard
