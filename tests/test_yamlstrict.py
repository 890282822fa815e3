"""Tests for factcheck.yamlstrict: YAML read as written, with positions, refusing risky input."""

from __future__ import annotations

import time

import pytest

from factcheck.yamlstrict import MAX_DEPTH, MAX_NODES, YamlError, YMap, YScalar, YSeq, describe, load


def scalar(text: str, key: str) -> YScalar:
    root = load(text)
    assert isinstance(root, YMap)
    node = root.get(key)
    assert isinstance(node, YScalar)
    return node


# --- scalars are kept as written -----------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "70.000",  # a float to PyYAML (70.0)
        "no",  # a bool to YAML 1.1
        "yes",
        "off",
        "2025-10-24",  # a date
        "1e3",
        "0x1F",  # an int
        "007",
        "-0",
        ".inf",
        "Rp70.000",
    ],
)
def test_plain_scalars_are_kept_as_written(written):
    node = scalar(f"value: {written}\n", "value")
    assert node.value == written
    assert isinstance(node.value, str)
    assert not node.is_null


@pytest.mark.parametrize("text", ["value: '70.000'\n", 'value: "70.000"\n', "value: !!str 70.000\n"])
def test_quoted_and_tagged_scalars_lose_only_their_quotes(text):
    assert scalar(text, "value").value == "70.000"


def test_block_scalar_keeps_its_lines():
    assert scalar("value: |\n  line one\n  line two\n", "value").value == "line one\nline two\n"


@pytest.mark.parametrize("text", ["value:\n", "value: ~\n", "value: null\n", "value:   \nother: x\n"])
def test_empty_or_tilde_value_is_null(text):
    node = scalar(text, "value")
    assert node.is_null
    assert node.value == ""


@pytest.mark.parametrize("text", ["value: ''\n", "value: '~'\n", 'value: "null"\n'])
def test_quoted_empty_or_tilde_is_not_null(text):
    assert not scalar(text, "value").is_null


# --- positions -----------------------------------------------------------------------------


def test_nodes_carry_one_based_line_and_column():
    root = load("first: a\nlist:\n  - x\n  -   y\nmap:\n    inner: z\n")
    assert isinstance(root, YMap)
    assert (root.line, root.column) == (1, 1)
    keys = [k for k, _ in root.items]
    assert [(k.value, k.line, k.column) for k in keys] == [("first", 1, 1), ("list", 2, 1), ("map", 5, 1)]
    first = root.get("first")
    assert (first.line, first.column) == (1, 8)
    seq = root.get("list")
    assert isinstance(seq, YSeq)
    assert [(i.value, i.line, i.column) for i in seq.items] == [("x", 3, 5), ("y", 4, 7)]
    inner = root.get("map")
    assert isinstance(inner, YMap)
    assert (inner.line, inner.column) == (6, 5)
    assert (inner.get("inner").line, inner.get("inner").column) == (6, 12)


def test_mapping_keeps_key_order_and_get_returns_none_for_missing_key():
    root = load("b: 1\na: 2\nc: 3\n")
    assert [k.value for k, _ in root.items] == ["b", "a", "c"]
    assert root.get("a").value == "2"
    assert root.get("zzz") is None


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_empty_document_is_none(text):
    assert load(text) is None


def test_alias_is_expanded_to_its_value():
    root = load("- &x hello\n- *x\n")
    assert isinstance(root, YSeq)
    assert [i.value for i in root.items] == ["hello", "hello"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a: [x]\n", "a list"), ("a: {x: 1}\n", "a mapping"), ("a: x\n", "text"), ("a:\n", "empty")],
)
def test_describe(text, expected):
    assert describe(load(text).get("a")) == expected


# --- refused input -------------------------------------------------------------------------


def test_duplicate_key_names_the_key_and_its_first_line():
    with pytest.raises(YamlError) as info:
        load("quote: a\nsource: s\nquote: b\n")
    err = info.value
    assert (err.line, err.column) == (3, 1)
    assert "'quote'" in err.message
    assert "first on line 1" in err.message


def test_duplicate_key_is_found_whatever_the_quoting():
    with pytest.raises(YamlError) as info:
        load("a: 1\n'a': 2\n")
    assert info.value.line == 2


def test_duplicate_key_in_nested_mapping():
    with pytest.raises(YamlError) as info:
        load("claims:\n  - quote: a\n    id: x\n    id: y\n")
    assert (info.value.line, info.value.column) == (4, 5)
    assert "first on line 3" in info.value.message


def test_merge_key_is_refused():
    with pytest.raises(YamlError) as info:
        load("base: &b {x: 1}\nother:\n  <<: *b\n")
    assert (info.value.line, info.value.column) == (3, 3)
    assert "merge" in info.value.message


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object:os.system x\n",
        "a: !!python/object/apply:os.system ['echo hi']\n",
        "a: !custom x\n",
        "a: !!binary aGVsbG8=\n",
        "a: !!set {x, y}\n",
    ],
)
def test_foreign_tags_are_refused(text):
    with pytest.raises(YamlError) as info:
        load(text)
    assert "tag" in info.value.message
    assert info.value.line == 1


def test_non_scalar_mapping_key_is_refused():
    with pytest.raises(YamlError, match="plain text"):
        load("? [a, b]\n: 1\n")


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("a: b: c\n", 1, 5),  # the second ':'
        ("a: 1\n\tb: 2\n", 2, 1),  # a tab cannot start a token
        ("a: [1, 2\nb: 3\n", 2, 2),
    ],
)
def test_syntax_error_has_line_and_column(text, line, column):
    with pytest.raises(YamlError) as info:
        load(text)
    assert (info.value.line, info.value.column) == (line, column)
    assert info.value.message
    assert str(info.value) == info.value.message


def test_bad_character_is_reported_at_its_position():
    with pytest.raises(YamlError) as info:
        load("a: 1\nb: 2\nc: x\x07y\n")
    assert (info.value.line, info.value.column) == (3, 5)


def test_two_documents_are_refused():
    with pytest.raises(YamlError) as info:
        load("a: 1\n---\nb: 2\n")
    assert info.value.line == 2


def _billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    previous = "a"
    for name in "bcdefghi":
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
        previous = name
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_quickly():
    started = time.perf_counter()
    with pytest.raises(YamlError) as info:
        load(_billion_laughs())
    assert time.perf_counter() - started < 5  # 9**9 nodes if expanded
    assert "nodes" in info.value.message
    assert f"over the limit of {MAX_NODES:,} nodes for a claim file" in info.value.message


def test_many_aliases_below_the_limit_are_fine():
    root = load("a: &a [x, y]\nb: [*a, *a, *a]\n")
    assert [len(s.items) for s in root.get("b").items] == [2, 2, 2]


def test_nesting_within_the_limit_is_fine():
    depth = MAX_DEPTH
    root = load("[" * depth + "x" + "]" * depth)
    for _ in range(depth):
        assert isinstance(root, YSeq)
        root = root.items[0]
    assert root.value == "x"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 10, 600])  # 600: deep enough to hit Python's recursion limit
def test_deep_nesting_is_refused(depth):
    with pytest.raises(YamlError) as info:
        load("[" * depth + "]" * depth)
    assert "nesting deeper than" in info.value.message


def test_deep_block_nesting_is_refused():
    text = "".join("  " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "v\n"
    with pytest.raises(YamlError, match="nesting"):
        load(text)


def test_a_document_is_measured_while_it_is_built(monkeypatch):
    """An 8 MB `{a,a,…}` was composed whole (2.9 GB) before any limit was checked: now the
    second `a` is a duplicate key, and a long list stops at the node limit, having built no
    more than that."""
    import tracemalloc

    from factcheck import yamlstrict

    with pytest.raises(YamlError) as info:
        load("{" + "a," * 1_000_000 + "a}\n")
    assert "duplicate key 'a' (first on line 1)" in info.value.message
    monkeypatch.setattr(yamlstrict, "MAX_NODES", 20_000)
    text = "[" + "a," * 400_000 + "a]\n"  # 400,000 nodes: 20 times the limit
    tracemalloc.start()
    try:
        with pytest.raises(YamlError) as info:
            load(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "over the limit of 20,000 nodes for a claim file" in info.value.message
    assert peak < 20 * 1024 * 1024  # bytes: about the 20,000 nodes built (400,000 would take some 60 MB)


def test_an_undefined_alias_is_named():
    with pytest.raises(YamlError) as info:
        load("a: *nothing\n")
    assert "undefined alias" in info.value.message
