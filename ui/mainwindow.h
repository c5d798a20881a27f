#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace Plugboard {

/// The window of connection cards. It shows an empty state until the
/// catalog has platforms to show, and stays small: cards, forms and the tray
/// live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    QAction* quitAction() const { return m_quitAction; }

Q_SIGNALS:
    /// The user asked to leave Plugboard entirely (not just close the window).
    void quitRequested();

private:
    void createActions();
    void createMenus();
    QWidget* createEmptyState();
    void showAbout();

    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QStackedWidget* m_contentStack = nullptr;
    QLabel* m_emptyStateLabel = nullptr;
};

} // namespace Plugboard
