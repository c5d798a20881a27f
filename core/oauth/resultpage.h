#pragma once

#include <QByteArray>
#include <QString>

namespace Plugboard::ResultPage {

/// The page the browser tab shows once Plugboard has the answer: on success
/// the platform and account and "you can close this tab"; on failure what
/// went wrong and what to do. Every text is HTML-escaped here.
QByteArray success(const QString& platformName, const QString& accountName);
QByteArray failure(const QString& platformName, const QString& message);

} // namespace Plugboard::ResultPage
