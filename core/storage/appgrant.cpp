#include "core/storage/appgrant.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Plugboard {

namespace {

constexpr qsizetype kMaxAppLength = 4096; // PATH_MAX

bool isCleanAbsolutePath(const QString& app)
{
    if (!app.startsWith(QLatin1Char('/')) || app.contains(QChar(0)) || app.endsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = app.mid(1).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

} // namespace

Result<void> AppGrant::checkApp(const QString& app)
{
    static const QRegularExpression flatpak(
        QStringLiteral("^flatpak:[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z_][A-Za-z0-9_-]*)+$"));
    static const QRegularExpression snap(QStringLiteral("^snap:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"));
    if (app.size() <= kMaxAppLength
        && (isCleanAbsolutePath(app) || flatpak.match(app).hasMatch() || snap.match(app).hasMatch()))
        return {};
    return Error { ErrorCode::InvalidArgument,
                   QCoreApplication::translate(
                       "Plugboard::AppGrant",
                       "\"%1\" does not name an application. Give the absolute path of its executable "
                       "(for example /usr/bin/gnome-calendar), flatpak:ID or snap:NAME; `plugboard-cli "
                       "grants list` shows the applications that have asked.")
                       .arg(app.left(200)) };
}

} // namespace Plugboard
