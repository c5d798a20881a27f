#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QTabWidget;

namespace Plugboard {

class SettingsPage;

/// Settings… (File menu, the platform's Preferences shortcut): one tab per
/// SettingsPage. Changes apply at once, as GNOME and KDE settings do, so
/// there is only Close; the dialog shows what the files say, including
/// changes made from the command line or the desktop's own settings.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Adds a tab; the dialog takes the page and relays its requests.
    void addPage(SettingsPage* page);
    QList<SettingsPage*> pages() const { return m_pages; }
    /// Shows `key`'s current value on the page that has it.
    void showSetting(const QString& key, const QString& value, const QStringList& available);
    /// A change that failed, in plain words; empty hides it.
    void showProblem(const QString& message);

Q_SIGNALS:
    void changeRequested(const QString& key, const QString& value);
    /// The dialog came back to the front: the files may have changed meanwhile.
    void refreshRequested();

protected:
    bool event(QEvent* event) override;

private:
    QTabWidget* m_tabs = nullptr;
    QLabel* m_problem = nullptr;
    QList<SettingsPage*> m_pages;
};

} // namespace Plugboard
