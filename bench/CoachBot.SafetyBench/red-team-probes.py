#!/usr/bin/env python3
"""Prints the red-team probes of tests/CoachBot.Tests/Safety/CrisisDetectorTests.cs as `level TAB text` lines (crisis,
check, none: the level the whole bot must give, as RedTeamTranscriptTests demand), then the sentences of
Semantic/SemanticCrisisAssessorTests.cs with the level the semantic layer alone must give (`semantic:crisis`,
`semantic:check`, `semantic:none`), for `--held-apart-rules ... PROBES.tsv`: the grid then admits only rules under which
every probe keeps its level. The tests stay the one place the probes are written; the raw-string pasted rejection is
left out (a None probe the built-in detector already reads as ordinary talk)."""
import re
import sys
from pathlib import Path

safety = Path(__file__).resolve().parents[2] / "tests" / "CoachBot.Tests" / "Safety"
text = (safety / "CrisisDetectorTests.cs").read_text(encoding="utf-8")
semantic = (safety / "Semantic" / "SemanticCrisisAssessorTests.cs").read_text(encoding="utf-8")
literal = r'"((?:[^"\\\n]|\\.)*)"'


def block(name: str, source: str = text) -> str:
    start = source.index(f" {name}() =>")
    end = source.index(";\n", start)
    return source[start:end]


def inline_data(method: str) -> list[str]:
    """The [InlineData("...")] lines right above the theory `method`."""
    lines = semantic[: semantic.index(f" {method}(")].splitlines()[:-1]
    found = []
    while lines and lines[-1].strip().startswith("[InlineData("):
        found.insert(0, re.search(literal, lines.pop()).group(1))
    return found


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
semantic_probes = [("semantic:crisis", m.group(1)) for m in re.finditer(literal, block("CrisisMessages", semantic))]
semantic_probes += [("semantic:check", t) for t in inline_data("Distress_without_a_crisis_word_gets_a_gentle_check")]
semantic_probes += [("semantic:none", t) for m in ("Job_talk_that_sounds_deadly_stays_quiet", "A_pasted_signature_line_is_no_concern") for t in inline_data(m)]
for level, value in semantic_probes:
    sys.stdout.write(f"{level}\t{unescape(value)}\n")
    count += 1
print(f"{count} probes", file=sys.stderr)
