#!/usr/bin/env python3
"""Writes plugboard-cli's man page and bash completion from its own help.

    clidocs.py CLI VERSION OUT_DIR

Runs `CLI --help` and `CLI COMMAND --help` for every command the first one
lists (in English, in an empty HOME), and writes OUT_DIR/plugboard-cli.1,
OUT_DIR/plugboard-cli.1.gz and OUT_DIR/plugboard-cli.bash. Run by the build
whenever plugboard-cli is relinked, so a new command or option is in both
without anyone editing them."""

import gzip
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Entry:
    """An option ("--since", its other names, value "WHEN") or an argument."""

    names: list
    value: str
    text: str


@dataclass
class Command:
    name: str
    synopsis: str
    summary: str
    description: str = ""
    usage: list = field(default_factory=list)  # positional words of the usage line
    options: list = field(default_factory=list)
    arguments: list = field(default_factory=list)


@dataclass
class Overview:
    description: str
    commands: list
    notes: list
    exit_codes: list


def run_help(cli, args, home):
    # The help is translated: C.UTF-8 and no LANGUAGE give the English one.
    # An instrumented build (scripts/sanitize.sh) runs this too: leaks are
    # for its test suite to report, not for the build to fail on.
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
           "HOME": home, "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home,
           "XDG_CACHE_HOME": home, "XDG_RUNTIME_DIR": home, "ASAN_OPTIONS": "detect_leaks=0"}
    done = subprocess.run([cli, *args, "--help"], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or not done.stdout.strip():
        sys.exit(f"clidocs.py: `{cli} {' '.join(args)} --help` failed ({done.returncode}): {done.stderr}")
    return done.stdout


def paragraphs(lines):
    """Blank-line separated blocks of text, each joined into one line."""
    blocks, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(" ".join(current))
            current = []
    return blocks


def parse_overview(text):
    lines = text.splitlines()
    if "Commands:" not in lines or "Exit codes:" not in lines:
        sys.exit("clidocs.py: plugboard-cli --help has no \"Commands:\" or \"Exit codes:\"; update the parser")
    start = lines.index("Commands:")
    end = lines.index("Exit codes:")
    description = " ".join(paragraphs(lines[1:start]))
    commands = []
    i = start + 1
    while i < end and lines[i].strip():
        match = re.match(r"^  (\S+) ?(.*)$", lines[i])
        summary = lines[i + 1].strip() if i + 1 < end and lines[i + 1].startswith("      ") else ""
        commands.append(Command(match.group(1), match.group(2).strip(), summary))
        i += 2 if summary else 1
    if not commands:
        sys.exit("clidocs.py: read no command from plugboard-cli --help; update the parser")
    notes = paragraphs(lines[i:end])
    exit_codes = [m.groups() for m in (re.match(r"^\s+(\d+)\s+(.*)$", l) for l in lines[end + 1:]) if m]
    return Overview(description, commands, notes, exit_codes)


def parse_entries(lines):
    """QCommandLineParser's two-column list: names, then wrapped text."""
    entries = []
    for line in lines:
        if re.match(r"^  \S", line):
            parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            head, text = parts[0], parts[1] if len(parts) > 1 else ""
            value = re.search(r"<([^>]*)>", head)
            names = [n.strip() for n in re.sub(r"<[^>]*>", "", head).split(",")]
            entries.append(Entry(names, value.group(1) if value else "", text.strip()))
        elif line.strip() and entries:
            entries[-1].text = (entries[-1].text + " " + line.strip()).strip()
    return entries


def parse_command(command, text):
    lines = text.splitlines()
    usage = re.search(r"\[options\]\s*(.*)$", lines[0])
    command.usage = usage.group(1).split() if usage else []
    sections = {"": []}
    current = ""
    for line in lines[1:]:
        if re.match(r"^[A-Z][a-z]+:$", line):
            current = line[:-1]
            sections[current] = []
        else:
            sections[current].append(line)
    command.description = " ".join(paragraphs(sections[""]))
    command.options = parse_entries(sections.get("Options", []))
    command.arguments = parse_entries(sections.get("Arguments", []))


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    cli, version, out_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    # Its modules beside it; no __pycache__ in the source tree.
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    import manpage
    import completion

    with tempfile.TemporaryDirectory(prefix="plugboard-clidocs.") as home:
        overview = parse_overview(run_help(cli, [], home))
        for command in overview.commands:
            parse_command(command, run_help(cli, [command.name], home))
    out_dir.mkdir(parents=True, exist_ok=True)
    page = manpage.render(overview, version)
    (out_dir / "plugboard-cli.1").write_text(page, encoding="ascii")
    # mtime 0 and no file name: the same help gives the same bytes.
    with open(out_dir / "plugboard-cli.1.gz", "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as packed:
            packed.write(page.encode("ascii"))
    (out_dir / "plugboard-cli.bash").write_text(completion.render(overview, HERE), encoding="utf-8")


if __name__ == "__main__":
    main()
