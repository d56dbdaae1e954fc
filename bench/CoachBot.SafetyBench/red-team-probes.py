#!/usr/bin/env python3
"""Prints the red-team probes of tests/CoachBot.Tests/Safety/CrisisDetectorTests.cs as `level TAB text` lines (crisis,
check, none), for `--held-apart-rules ... PROBES.tsv`: the grid then admits only rules under which every probe keeps the
level its RedTeamTranscriptTests demand. The tests stay the one place the probes are written; the raw-string pasted
rejection is left out (a None probe the built-in detector already reads as ordinary talk)."""
import re
import sys
from pathlib import Path

source = Path(__file__).resolve().parents[2] / "tests" / "CoachBot.Tests" / "Safety" / "CrisisDetectorTests.cs"
text = source.read_text(encoding="utf-8")
literal = r'"((?:[^"\\\n]|\\.)*)"'


def block(name: str) -> str:
    start = text.index(f" {name}() =>")
    end = text.index(";\n", start)
    return text[start:end]


def unescape(value: str) -> str:
    return value.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in value else value


count = 0
for level, name in (("crisis", "CrisisProbes"), ("check", "CheckProbes"), ("none", "NoneProbes")):
    body = "\n".join(line.split("//")[0] if line.strip().startswith("//") else line for line in block(name).splitlines())
    for match in re.finditer(literal, body):
        value = unescape(match.group(1))
        if value.strip():
            sys.stdout.write(f"{level}\t{value}\n")
            count += 1
print(f"{count} probes", file=sys.stderr)
