#!/usr/bin/env python3
"""Reports the shape limits of Plugboard's production code (CONTRIBUTING.md):
no file over 500 lines and no function over 60 lines in core/, ui/ and app/.

  scripts/code-shape.py            the ten longest functions and files
  scripts/code-shape.py --check    exit 1 and name each file or function over a limit

Functions are found the way clang-format lays them out (.clang-format): a
definition's body opens with "{" and closes with "}" in the first column. A
function's length counts from its signature to its closing brace.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAYERS = ("core", "ui", "app")
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 60
NOT_A_SIGNATURE = re.compile(r"^(#|//|/\*|\*|namespace\b|class\b|struct\b|enum\b|union\b|template\b|using\b|Q_|\}|\{|$)")


def sources():
    for layer in LAYERS:
        for folder, _, names in os.walk(os.path.join(ROOT, layer)):
            for name in sorted(names):
                if name.endswith((".cpp", ".h")):
                    yield os.path.join(folder, name)


def functions(path, lines):
    """(name, first line number, length) for each function body in the file."""
    signature_start = None
    for number, line in enumerate(lines, 1):
        if line.startswith("{") and signature_start is not None:
            body_start = number
            for end in range(number, len(lines) + 1):
                if lines[end - 1].startswith("}"):
                    break
            signature = " ".join(l.strip() for l in lines[signature_start - 1:body_start - 1])
            name = signature.split("(")[0].split()[-1] if "(" in signature else signature
            yield name, signature_start, end - signature_start + 1
            signature_start = None
        elif line and not line[0].isspace() and not NOT_A_SIGNATURE.match(line) and not line.rstrip().endswith(";"):
            if signature_start is None:
                signature_start = number
        elif line.startswith(("}", "#", "//")) or not line.strip():
            signature_start = None


def main():
    check = "--check" in sys.argv[1:]
    too_long = []
    all_functions = []
    all_files = []
    for path in sources():
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        relative = os.path.relpath(path, ROOT)
        all_files.append((len(lines), relative))
        if len(lines) > MAX_FILE_LINES:
            too_long.append(f"{relative}: {len(lines)} lines (limit {MAX_FILE_LINES})")
        for name, start, length in functions(path, lines):
            all_functions.append((length, f"{relative}:{start} {name}"))
            if length > MAX_FUNCTION_LINES:
                too_long.append(f"{relative}:{start}: {name} is {length} lines (limit {MAX_FUNCTION_LINES})")
    if check:
        for problem in too_long:
            print(problem)
        print(f"{len(all_files)} files, {len(all_functions)} functions checked; {len(too_long)} over the limits")
        return 1 if too_long else 0
    print("Longest functions:")
    for length, where in sorted(all_functions, reverse=True)[:10]:
        print(f"  {length:4d}  {where}")
    print("Longest files:")
    for length, where in sorted(all_files, reverse=True)[:10]:
        print(f"  {length:4d}  {where}")
    print(f"{len(all_files)} files, {len(all_functions)} functions; {len(too_long)} over the limits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
