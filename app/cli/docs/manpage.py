"""plugboard-cli(1) in man(7) macros, from the parsed help (clidocs.py)."""

import re


def escape(text):
    """Text for a roff line: backslashes, minus signs (so options copy as
    ASCII), quotes, non-ASCII characters, and `code` in bold."""
    text = text.replace("\\", "\\e").replace("-", "\\-").replace('"', "\\(dq")
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)
    text = re.sub(r"`([^`]*)`", r"\\fB\1\\fR", text)
    # A line starting with a dot or quote would be read as a request.
    return "\\&" + text if text[:1] in (".", "'") else text


def names_of(entry):
    """--connection, -h: bold names, then the value in italics."""
    names = ", ".join(f"\\fB{escape(n)}\\fR" for n in entry.names)
    return f"{names} \\fI{escape(entry.value)}\\fR" if entry.value else names


def command_section(command):
    lines = [f".SS {escape(command.name)}",
             f"\\fBplugboard\\-cli {escape(command.name)}\\fR {escape(command.synopsis)}",
             ".PP", escape(command.description or command.summary)]
    if command.arguments:
        lines += [".PP", "Arguments:", ".RS"]
        for entry in command.arguments:
            lines += [".TP", f"\\fI{escape(entry.names[0])}\\fR", escape(entry.text)]
        lines.append(".RE")
    if command.options:
        lines += [".PP", "Options:", ".RS"]
        for entry in command.options:
            lines += [".TP", names_of(entry), escape(entry.text)]
        lines.append(".RE")
    return lines


def render(overview, version):
    first_sentence = overview.description.split(". ")[0].rstrip(".")
    lines = [
        ".\\\" Generated from `plugboard-cli --help` by app/cli/docs/clidocs.py: do not edit.",
        f'.TH PLUGBOARD\\-CLI 1 "" "Plugboard {escape(version)}" "User Commands"',
        ".SH NAME",
        f"plugboard\\-cli \\- {escape(first_sentence)}",
        ".SH SYNOPSIS",
        ".B plugboard\\-cli",
        ".I COMMAND",
        ".RI [ OPTIONS ]",
        ".br",
        ".B plugboard\\-cli",
        ".I COMMAND",
        ".B \\-\\-help",
        ".br",
        ".B plugboard\\-cli",
        ".BR \\-\\-help \" | \" \\-\\-version",
        # No hyphenation and a ragged right edge: options stay whole.
        ".nh",
        ".ad l",
        ".SH DESCRIPTION",
        escape(overview.description),
    ]
    for note in overview.notes:
        lines += [".PP", escape(note)]
    lines.append(".SH COMMANDS")
    for command in overview.commands:
        lines += command_section(command)
    lines.append(".SH \"EXIT STATUS\"")
    for code, meaning in overview.exit_codes:
        lines += [".TP", f".B {escape(code)}", escape(meaning)]
    return "\n".join(lines) + "\n"
