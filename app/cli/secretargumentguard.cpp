#include "app/cli/secretargumentguard.h"

namespace Plugboard::Cli {

QString findSecretArgument(const QStringList& arguments)
{
    static const QStringList secretOptions = {
        QStringLiteral("--client-secret"), QStringLiteral("--secret"),
        QStringLiteral("--api-key"),       QStringLiteral("--token"),
        QStringLiteral("--access-token"),  QStringLiteral("--refresh-token"),
        QStringLiteral("--password"),
    };
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        const QString option = argument.section(QLatin1Char('='), 0, 0);
        if (secretOptions.contains(option))
            return option;
    }
    return {};
}

} // namespace Plugboard::Cli
