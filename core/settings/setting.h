#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Plugboard {

/// One setting a person changes, as the window's Settings dialog and
/// `plugboard-cli config` both see it: a stable key, the values it takes
/// (words, never a secret), and how to read and record it. The rows are in
/// SettingsRegistry; each reads the place that is the truth (a file, the
/// settings file), so there is no second copy to fall out of step.
struct Setting
{
    QString key; ///< "notifications": stable, in scripts and in the dialog's objectNames
    QString description; ///< one translated line for `config list` and the dialog's tooltips
    /// Every value it takes, in the order to show them; with `check`, the
    /// forms it takes ("http://HOST:PORT"), for `config list` and errors.
    QStringList values;
    std::function<QString()> value; ///< what it is now: one of `values`, or one `check` accepts
    /// Records `value` (already checked against `values`, or by `check`).
    std::function<Result<void>(const QString& value)> apply;
    /// The values that can be chosen now (the vault only once it exists);
    /// unset means all of `values`.
    std::function<QStringList()> available = {};
    /// What the person should know after choosing `value`, or empty.
    std::function<QString(const QString& value)> note = {};
    /// For a value a person types (a proxy address): checks it instead of
    /// `values`, InvalidArgument saying what is wrong.
    std::function<Result<void>(const QString& value)> check = {};

    QStringList availableValues() const { return available ? available() : values; }
};

} // namespace Plugboard
