"""YAML read strictly: every scalar kept as the string written, with its line.

PyYAML's loaders turn ``70.000`` into the float 70.0, ``no`` into False and ``2025-10-24``
into a date, and silently keep the last of two duplicate keys. Claim files need the text as
typed, so we stop at PyYAML's node graph (safe: nothing is constructed) and build our own
small tree from it, refusing duplicate keys, merge keys, foreign tags and alias bombs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

MAX_NODES = 100_000  # bounds alias expansion ("billion laughs")
MAX_DEPTH = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
_STANDARD_TAGS = {
    "tag:yaml.org,2002:" + t
    for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")
}


class YamlError(Exception):
    """A YAML problem at a 1-based line and column."""

    def __init__(self, line: int, column: int, message: str):
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


@dataclass(frozen=True)
class YScalar:
    value: str  # exactly as written (quotes removed); "" for an empty value
    line: int
    column: int
    is_null: bool = False  # an empty or ~ plain scalar


@dataclass(frozen=True)
class YMap:
    items: tuple[tuple[YScalar, "YNode"], ...]
    line: int
    column: int

    def get(self, key: str) -> "YNode | None":
        for k, v in self.items:
            if k.value == key:
                return v
        return None


@dataclass(frozen=True)
class YSeq:
    items: tuple["YNode", ...]
    line: int
    column: int


YNode = YScalar | YMap | YSeq


def describe(node: YNode) -> str:
    """A node's type in words, for error messages."""
    if isinstance(node, YMap):
        return "a mapping"
    if isinstance(node, YSeq):
        return "a list"
    return "empty" if node.is_null else "text"


def load(text: str, first_line: int = 1) -> YNode | None:
    """Parse one YAML document into a line-numbered tree of strings; None if empty.

    `first_line` is the line of the file where `text` starts (front matter starts on 2)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise YamlError(mark.line + first_line if mark else first_line, mark.column + 1 if mark else 1, message) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow
        line, column = _line_col(text, exc.position)
        line += first_line - 1
        character = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise YamlError(line, column, f"character U+{ord(character):04X} is not allowed in YAML") from None
    except RecursionError:
        raise YamlError(first_line, 1, f"nesting deeper than {MAX_DEPTH} levels") from None
    if root is None:
        return None
    return _Builder(first_line).build(root, 0)


def _line_col(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


class _Builder:
    def __init__(self, first_line: int) -> None:
        self.nodes = 0
        self.first_line = first_line

    def build(self, node: yaml.Node, depth: int) -> YNode:
        self.nodes += 1
        line, column = node.start_mark.line + self.first_line, node.start_mark.column + 1
        if self.nodes > MAX_NODES:
            raise YamlError(line, column, f"document expands to more than {MAX_NODES} nodes (aliases?)")
        if depth > MAX_DEPTH:
            raise YamlError(line, column, f"nesting deeper than {MAX_DEPTH} levels")
        if node.tag not in _STANDARD_TAGS:
            raise YamlError(line, column, f"tag {node.tag!r} is not allowed")
        if isinstance(node, yaml.ScalarNode):
            bad = _SURROGATE.search(node.value)
            if bad:
                raise YamlError(line, column, f"invalid character U+{ord(bad.group()):04X} (a lone surrogate)")
            is_null = node.tag == "tag:yaml.org,2002:null" and node.style is None
            return YScalar("" if is_null else node.value, line, column, is_null)
        if isinstance(node, yaml.SequenceNode):
            return YSeq(tuple(self.build(item, depth + 1) for item in node.value), line, column)
        return self._mapping(node, depth, line, column)

    def _mapping(self, node: yaml.MappingNode, depth: int, line: int, column: int) -> YMap:
        items: list[tuple[YScalar, YNode]] = []
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node, depth + 1)
            if not isinstance(key, YScalar):
                raise YamlError(key.line, key.column, "mapping keys must be plain text")
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError(key.line, key.column, "merge keys (<<) are not supported")
            if key.value in seen:
                raise YamlError(
                    key.line, key.column, f"duplicate key {key.value!r} (first on line {seen[key.value]})"
                )
            seen[key.value] = key.line
            items.append((key, self.build(value_node, depth + 1)))
        return YMap(tuple(items), line, column)
