"""Write factcheck/lang/en_lexicon.txt: English antonym pairs and irregular word forms from WordNet.

    python bench/wordnet_lexicon.py [--wordnet DIR] [--check]

Reads the WordNet 3.0 database (Princeton University; Debian's `wordnet-base` package installs
it in /usr/share/wordnet: `apt-get install wordnet-base`) and writes, as plain data:

- [antonyms]: WordNet's direct antonym pairs between single words ("rise fall", "strong weak",
  "realistic unrealistic"), the lexical "!" pointers of data.noun/verb/adj/adv;
- [forms]: the irregular inflections of its morphological exception lists (verb.exc, adj.exc,
  noun.exc: "rose rise", "fell fall", "worst bad", "children child"), which a stemmer cannot
  undo.

factcheck reads the file at check time (factcheck/lang/en.py), so checking needs neither
WordNet nor this script. `--check` compares the database with the file instead of writing
it (exit 1 when they differ). The WordNet licence asks its notice to go with every copy of
the data: it heads the file, as comment lines.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "factcheck" / "lang" / "en_lexicon.txt"
_WORD = re.compile(r"[a-z]{3,}")  # single words of three letters or more: no phrases, no abbreviations

NOTICE = """\
WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by
Princeton University under the following license. By obtaining, using and/or copying this
software and database, you agree that you have read, understood, and will comply with these
terms and conditions.: Permission to use, copy, modify and distribute this software and
database and its documentation for any purpose and without fee or royalty is hereby granted,
provided that you agree to comply with the following copyright notice and statements,
including the disclaimer, and that the same appear on ALL copies of the software, database
and documentation, including modifications that you make for internal use or for
distribution.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.

THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS
FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
RIGHTS.

The name of Princeton University or Princeton may not be used in advertising or publicity
pertaining to distribution of the software and/or database. Title to copyright in this
software, database and any associated documentation shall at all times remain with
Princeton University and LICENSEE agrees to preserve same."""


def _lemma(word: str) -> str:
    return word.split("(")[0].lower()  # "good(a)": an adjective's syntactic marker


def antonyms(root: Path) -> list[str]:
    """WordNet's direct antonym pairs of single words, each "a b" with a < b."""
    words: dict[tuple[str, str], list[str]] = {}
    pointers: list[tuple[tuple[str, str], list[str]]] = []
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):  # the licence at the file's head
                continue
            fields = line.split(" | ")[0].split()
            kind = "a" if fields[2] == "s" else fields[2]  # satellite adjectives are adjectives
            count = int(fields[3], 16)
            key = (fields[0], kind)
            words[key] = [_lemma(fields[4 + 2 * n]) for n in range(count)]
            at = 4 + 2 * count
            found = [fields[at + 1 + 4 * n : at + 5 + 4 * n] for n in range(int(fields[at]))]
            pointers.append((key, [f"{target} {pos_} {which}" for symbol, target, pos_, which in found
                                   if symbol == "!"]))
    pairs = set()
    for key, targets in pointers:
        for target in targets:
            offset, pos_, which = target.split()
            source_word, target_word = int(which[:2], 16), int(which[2:], 16)
            a = words[key][source_word - 1]
            b = words[(offset, "a" if pos_ == "s" else pos_)][target_word - 1]
            if _WORD.fullmatch(a) and _WORD.fullmatch(b) and a != b:
                pairs.add(" ".join(sorted((a, b))))
    return sorted(pairs)


def forms(root: Path) -> list[str]:
    """Irregular forms and their base, each "form base": the exception lists' single words."""
    found = set()
    for pos in ("verb", "adj", "noun"):
        for line in (root / f"{pos}.exc").read_text(encoding="latin-1").splitlines():
            form, *bases = line.split()
            for base in bases[:1]:  # the first base: "found find" rather than also "found found"
                if _WORD.fullmatch(form) and _WORD.fullmatch(base) and form != base:
                    found.add(f"{form} {base}")
    return sorted(found)


def data_file(root: Path) -> str:
    """The file's text: the notice as comment lines, then one section a table."""
    head = ["English antonym pairs and irregular word forms from WordNet 3.0, as plain data.",
            "Generated by bench/wordnet_lexicon.py from the WordNet database; do not edit. Read by",
            "factcheck/lang/en.py. [antonyms]: one pair a line, \"a b\"; [forms]: \"form base\".", "",
            *NOTICE.rstrip("\n").split("\n")]
    lines = [f"# {line}".rstrip() for line in head]
    lines += ["", "[antonyms]", *antonyms(root), "", "[forms]", *forms(root)]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"),
                        help="the WordNet 3.0 database folder (default: Debian's wordnet-base)")
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    args = parser.parse_args()
    if not (args.wordnet / "data.adj").exists():
        print(f"no WordNet database in {args.wordnet} (apt-get install wordnet-base, or --wordnet DIR)",
              file=sys.stderr)
        return 2
    text = data_file(args.wordnet)
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET.relative_to(ROOT)} {'is' if same else 'is NOT'} what WordNet gives")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
