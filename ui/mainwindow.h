#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;

namespace Plugboard {

class CardGrid;
struct PlatformRecord;

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

    /// Shows one card per platform the catalog offers (or the empty state
    /// when there is none). Reads no secret: cards come from metadata.
    void setPlatforms(const QList<PlatformRecord>& platforms);
    CardGrid* cardGrid() const { return m_cardGrid; }

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
    CardGrid* m_cardGrid = nullptr;
    QLabel* m_emptyStateLabel = nullptr;
};

} // namespace Plugboard
