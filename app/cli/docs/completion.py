"""plugboard-cli's bash completion: what each command takes, from the
parsed help (clidocs.py), followed by the logic in completion.bash."""

import re

# What a value or argument named like this is completed with; others with
# nothing (a number, a URL, a passphrase-free name).
KINDS = {"CONNECTION": "connection", "PLATFORM": "platform", "FILE": "file", "APP": "file"}


def kind_of(name):
    """'connection', 'platform', 'file', 'words:a b' or 'none'."""
    bare = name.strip("[]")
    if "|" in bare or re.fullmatch(r"[a-z][a-z-]*", bare):
        return "words:" + " ".join(bare.split("|"))
    return KINDS.get(bare, "none")


def quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def case_function(name, comment, rows):
    lines = [f"# {comment}", f"{name}() {{", '    case "$1" in']
    lines += [f"        {quote(key)}) echo {quote(value)} ;;" for key, value in rows]
    lines += ["    esac", "}", ""]
    return lines


def render(overview, here):
    names = " ".join(c.name for c in overview.commands)
    options, values, positions = [], [], []
    for command in overview.commands:
        options.append((command.name, " ".join(n for e in command.options for n in e.names)))
        for entry in command.options:
            for option in entry.names:
                if entry.value:
                    values.append((f"{command.name} {option}", kind_of(entry.value)))
        for index, word in enumerate(command.usage):
            positions.append((f"{command.name} {index}", kind_of(word)))
    lines = [
        "# bash completion for plugboard-cli. Generated at build time from",
        "# `plugboard-cli --help` and each `plugboard-cli COMMAND --help` by",
        "# app/cli/docs/clidocs.py: change the commands, not this file.",
        "",
        f"_plugboard_cli_commands={quote(names)}",
        "",
    ]
    lines += case_function("_plugboard_cli_options", "_plugboard_cli_options COMMAND: its options.", options)
    lines += case_function("_plugboard_cli_value",
                           "_plugboard_cli_value 'COMMAND OPTION': what its value is; nothing for a flag.",
                           values)
    lines += case_function("_plugboard_cli_positional",
                           "_plugboard_cli_positional 'COMMAND INDEX': what that argument is.", positions)
    return "\n".join(lines) + (here / "completion.bash").read_text(encoding="utf-8")
