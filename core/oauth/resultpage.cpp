#include "core/oauth/resultpage.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

namespace Plugboard::ResultPage {

namespace {

struct Texts
{
    QString kind;
    QString mark;
    QString heading;
    QString message;
    QString hint;
};

QByteArray render(const Texts& texts)
{
    QFile file(QStringLiteral(":/pages/result.html"));
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    else // resources are compiled in; this only guards against a broken build
        html = QStringLiteral("<!doctype html><meta charset=\"utf-8\"><h1>{{heading}}</h1><p>{{message}}</p>"
                              "<p>{{hint}}</p>");
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    html.replace(QLatin1String("{{lang}}"), language.toHtmlEscaped());
    html.replace(QLatin1String("{{title}}"), texts.heading.toHtmlEscaped());
    html.replace(QLatin1String("{{kind}}"), texts.kind);
    html.replace(QLatin1String("{{mark}}"), texts.mark);
    html.replace(QLatin1String("{{heading}}"), texts.heading.toHtmlEscaped());
    html.replace(QLatin1String("{{message}}"), texts.message.toHtmlEscaped());
    html.replace(QLatin1String("{{hint}}"), texts.hint.toHtmlEscaped());
    return html.toUtf8();
}

} // namespace

QByteArray success(const QString& platformName, const QString& accountName)
{
    return render({ QStringLiteral("success"), QStringLiteral("&#10003;"),
                    QCoreApplication::translate("Plugboard::ResultPage", "Connected to %1").arg(platformName),
                    QCoreApplication::translate("Plugboard::ResultPage", "Plugboard is now connected as %1.")
                        .arg(accountName),
                    QCoreApplication::translate("Plugboard::ResultPage", "You can close this tab.") });
}

QByteArray failure(const QString& platformName, const QString& message)
{
    return render(
        { QStringLiteral("failure"), QStringLiteral("!"),
          QCoreApplication::translate("Plugboard::ResultPage", "Could not connect to %1").arg(platformName),
          message,
          QCoreApplication::translate("Plugboard::ResultPage",
                                      "You can close this tab and try again from Plugboard.") });
}

} // namespace Plugboard::ResultPage
