#include "ui/devicesignindialog.h"

#include "core/oauth/devicecode.h"
#include "ui/qrcodewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace Plugboard {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

DeviceSignInDialog::DeviceSignInDialog(const QString& platformName, QWidget* parent)
    : QDialog(parent)
    , m_platformName(platformName)
    , m_intro(makeLabel(this, QStringLiteral("introLabel")))
    , m_qrCode(new QrCodeWidget(this))
    , m_status(makeLabel(this, QStringLiteral("statusLabel")))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("deviceSignInDialog"));
    setWindowTitle(tr("Connect %1 with another device").arg(platformName));
    m_intro->setText(tr("Asking %1 for a code…").arg(platformName));
    m_qrCode->setObjectName(QStringLiteral("qrCodeWidget"));
    m_qrCode->hide();
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &DeviceSignInDialog::reject);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DeviceSignInDialog::updateCountdown);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    // Room for the address and the countdown on one or two lines each; the
    // dialog grows with its contents rather than clipping them.
    m_intro->setMinimumWidth(m_intro->fontMetrics().averageCharWidth() * 64);
    // A fixed size a phone reads from a metre away (4 px a module for the
    // usual address), not stretched into empty space by the dialog.
    m_qrCode->setFixedSize(QSize(200, 200));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_qrCode, 0, Qt::AlignHCenter);
    layout->addWidget(createCodeRow());
    layout->addWidget(createAddressRow());
    layout->addLayout(buttons);
}

DeviceSignInDialog::~DeviceSignInDialog() = default;

QWidget* DeviceSignInDialog::createCodeRow()
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("codeRow"));
    m_userCode = makeLabel(row, QStringLiteral("userCodeLabel"));
    m_userCode->setWordWrap(false);
    // Large and fixed-width: read off the screen and typed on a phone, where
    // "0" and "O" or "1" and "l" must not be confused.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(QFontInfo(m_userCode->font()).pointSizeF() * 2);
    font.setBold(true);
    m_userCode->setFont(font);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyCode = new QPushButton(tr("Copy code"), row);
    m_copyCode->setObjectName(QStringLiteral("copyCodePushButton"));
    m_copyCode->setAutoDefault(false);
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { copy(m_userCode->text(), tr("Code copied.")); });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    layout->addWidget(m_userCode);
    layout->addWidget(m_copyCode);
    layout->addStretch();
    row->hide();
    return row;
}

QWidget* DeviceSignInDialog::createAddressRow()
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("addressRow"));
    m_address = makeLabel(row, QStringLiteral("addressLabel"));
    m_address->setWordWrap(false); // one line: a wrapped address splits the code in it
    m_address->setTextFormat(Qt::RichText);
    m_address->setOpenExternalLinks(true); // a browser here works too, if there is one
    m_address->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_copyAddress = new QPushButton(tr("Copy address"), row);
    m_copyAddress->setObjectName(QStringLiteral("copyAddressPushButton"));
    m_copyAddress->setAutoDefault(false);
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { copy(m_url.toString(QUrl::FullyEncoded), tr("Address copied.")); });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address, 1);
    layout->addWidget(m_copyAddress, 0, Qt::AlignTop);
    row->hide();
    return row;
}

void DeviceSignInDialog::showCode(const DeviceCode& code)
{
    m_url = code.preferredUrl();
    m_expiresAt = code.expiresAt;
    m_intro->setText(
        code.verificationUriComplete.isValid()
            ? tr("Scan the code with your phone's camera, or open the address below on any device. "
                 "Check that %1 shows the code below, then approve.")
                  .arg(m_platformName)
            : tr("Scan the code with your phone's camera, or open the address below on any device. "
                 "Enter the code below there, then approve."));
    m_qrCode->setUrl(m_url);
    m_qrCode->setVisible(m_qrCode->hasCode());
    m_userCode->setText(code.userCode);
    m_userCode->setAccessibleName(tr("Code to enter: %1").arg(code.userCode));
    const QString shown = m_url.toDisplayString();
    m_address->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(m_url.toString(QUrl::FullyEncoded).toHtmlEscaped(), shown.toHtmlEscaped()));
    m_address->setAccessibleName(shown);
    m_userCode->parentWidget()->show();
    m_address->parentWidget()->show();
    m_tick->start();
    updateCountdown();
    // It grew from "asking for a code": centre it again over the window.
    adjustSize();
    if (!parentWidget())
        return;
    QPoint topLeft = parentWidget()->window()->frameGeometry().center() - rect().center();
    if (const QScreen* shown = screen()) { // and on the screen, also a small one
        const QRect area = shown->availableGeometry();
        topLeft.setX(std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() - width())));
        topLeft.setY(std::clamp(topLeft.y(), area.top(), std::max(area.top(), area.bottom() - height())));
    }
    move(topLeft);
}

void DeviceSignInDialog::reject()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_tick->stop();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
    Q_EMIT cancelRequested();
}

void DeviceSignInDialog::finish()
{
    m_cancelling = true; // closing must not ask to cancel what has ended
    m_tick->stop();
    done(QDialog::Accepted);
}

void DeviceSignInDialog::copy(const QString& text, const QString& confirmation)
{
    QApplication::clipboard()->setText(text);
    m_status->setText(confirmation);
    m_confirmedAt.start(); // the countdown takes the line back after a moment
}

void DeviceSignInDialog::updateCountdown()
{
    if (m_cancelling || !m_expiresAt.isValid() || (m_confirmedAt.isValid() && m_confirmedAt.elapsed() < 2000))
        return;
    const qint64 seconds = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt));
    m_status->setText(tr("Waiting for your approval. The code expires in %1:%2.")
                          .arg(seconds / 60)
                          .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

} // namespace Plugboard
