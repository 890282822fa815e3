"""Tests for factcheck.lang.tables: the documented, frozen shape of a language's tables, how
languages merge, and the language modules' sources (no entry written twice)."""

from __future__ import annotations

import ast
import dataclasses
import pydoc
from collections import Counter
from pathlib import Path

import pytest

from factcheck.lang import en, tables
from factcheck.lang import id as id_
from factcheck.lang.tables import LanguageTables, merged
from helpers import ROOT

FIELDS = dataclasses.fields(LanguageTables)
LANGUAGE_MODULES = [ROOT / "factcheck" / "lang" / "id.py", ROOT / "factcheck" / "lang" / "en.py"]


def test_every_field_is_documented_for_help():
    shown = pydoc.render_doc(LanguageTables, renderer=pydoc.plaintext)
    for f in FIELDS:
        doc = f.metadata["doc"]
        assert len(doc) > 20, f.name
        assert f.name in shown and " ".join(doc.split()[:4]) in " ".join(shown.split()), f.name


def test_tables_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        id_.TABLES.negations = frozenset()
    with pytest.raises(TypeError):
        id_.TABLES.relative_days["kemarin"] = 0
    assert isinstance(id_.TABLES.negations, frozenset)


def test_word_lists_and_mappings_are_stored_frozen():
    made = dataclasses.replace(en.TABLES, negations=["not", "never"], relative_days={"today": 0})
    assert made.negations == frozenset({"not", "never"})
    with pytest.raises(TypeError):
        made.relative_days["today"] = 1


@pytest.mark.parametrize("changes", [{"negations": {"not": 1}}, {"relative_days": {"today"}}, {"code": 1},
                                     {"negations": "not"}])
def test_a_table_of_the_wrong_kind_is_refused(changes):
    with pytest.raises(TypeError, match=next(iter(changes))):
        dataclasses.replace(en.TABLES, **changes)


def test_merged_unites_word_lists_and_lets_the_later_mapping_win():
    first = dataclasses.replace(en.TABLES, negations={"not"}, relative_days={"a": 1, "b": 1})
    second = dataclasses.replace(id_.TABLES, negations={"tidak"}, relative_days={"b": 2, "c": 2})
    both = merged([first, second], code="x", name="X", locale="und")
    assert both.negations == {"not", "tidak"}
    assert list(both.relative_days.items()) == [("a", 1), ("b", 2), ("c", 2)]
    assert (both.code, both.name, both.locale) == ("x", "X", "und")


@pytest.mark.parametrize("language", ["id", "en"])
def test_word_entries_are_lower_case_keys(language):
    for f in FIELDS:
        value = getattr(tables(language), f.name)
        for entry in value if f.metadata["kind"] != "name" else ():
            assert entry == " ".join(entry.casefold().split()), (f.name, entry)


# -- no entry written twice ---------------------------------------------------------------------


def duplicates(source: str) -> list[tuple[int, str]]:
    """(line, entry) of every string a set, list or tuple literal holds twice (or a union of
    literals: `_SPEECH_CUES | {...}`), and every key a dict literal gives twice: a frozenset or
    dict would keep one silently."""
    tree = ast.parse(source)
    named = {node.targets[0].id: node.value for node in tree.body
             if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)}

    def entries(node) -> list | None:
        if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
            return node.elts
        if isinstance(node, ast.Dict):
            return [k for k in node.keys if k is not None]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            parts = [entries(named.get(side.id) if isinstance(side, ast.Name) else side)
                     for side in (node.left, node.right)]
            return None if None in parts else parts[0] + parts[1]
        return None

    found = []
    for node in ast.walk(tree):
        items = entries(node)
        if items is None:
            continue
        counts = Counter(i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str))
        found += [(node.lineno, entry) for entry, n in counts.items() if n > 1]
    return sorted(set(found))


@pytest.mark.parametrize("path", LANGUAGE_MODULES, ids=lambda p: p.name)
def test_no_table_has_an_entry_twice(path: Path):
    assert duplicates(path.read_text(encoding="utf-8")) == []


def test_the_duplicate_check_sees_a_repeated_entry():
    source = ('_CUES = {"said", "told"}\n'
              'T = LanguageTables(\n    negations={"not", "no",\n        "not"},\n    months={"sept": 9, "sept": 9},\n'
              '    lead_ins=_CUES | {"thinks", "told"},\n    other=_CUES | {"thinks"},\n)\n')
    assert duplicates(source) == [(3, "not"), (5, "sept"), (6, "told")]
