#include "ui/registrationhelp.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Plugboard::RegistrationHelp {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Plugboard::RegistrationHelp", text);
}

} // namespace

QWidget* show(QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("registrationHelpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Why do I need to register an app?"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(dialog);
    text->setObjectName(QStringLiteral("registrationHelpTextLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
            .arg(tr("Platforms such as GitHub or Google only let a program sign you in when they know it: "
                    "every program that asks for access is registered with the platform as an \"app\". "
                    "Plugboard is not registered for you in advance, so that your connections depend on "
                    "nobody but you and the platform.")
                     .toHtmlEscaped(),
                 tr("Registering takes a few minutes, once per platform: in the platform's developer "
                    "console, create an app, enter the redirect URI Plugboard shows, and copy the client ID "
                    "(and, where the platform gives one, the client secret) into Plugboard.")
                     .toHtmlEscaped(),
                 tr("Plugboard keeps them in your system keyring. Your own account then connects with a "
                    "normal sign-in in your browser.")
                     .toHtmlEscaped()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(480, 0)));
    dialog->show();
    return dialog;
}

} // namespace Plugboard::RegistrationHelp
