"""YAML read strictly: every scalar kept as the string written, with its line.

PyYAML's loaders turn ``70.000`` into the float 70.0, ``no`` into False and ``2025-10-24``
into a date, and silently keep the last of two duplicate keys. Claim files need the text as
typed, so we stop at PyYAML's node graph (safe: nothing is constructed) and build our own
small tree from it, refusing duplicate keys, merge keys, foreign tags and alias bombs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

MAX_NODES = 1_000_000  # nodes of a document, aliases expanded ("billion laughs")
MAX_CHARS = 8 * 1024 * 1024  # characters of its text, aliases expanded: no more than a claim file may hold
MAX_DEPTH = 64
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: about 7 times faster
_REREAD_ERRORS_BELOW = 1024 * 1024  # characters
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
        root = _compose(text, first_line)
    except RecursionError:
        raise YamlError(first_line, 1, f"nesting deeper than the limit of {MAX_DEPTH} levels") from None
    if root is None:
        return None
    _check_size(root, first_line)
    return _Builder(first_line).build(root)


def _compose(text: str, first_line: int) -> yaml.Node | None:
    """PyYAML's node graph of `text`: libyaml's parser when installed (fast, and it limits
    nesting itself). A text libyaml refuses is read again with PyYAML's Python parser when
    it is small enough: its messages are fuller, and it lets lone surrogates through for
    `_Builder` to name."""
    loaders = [_LOADER] if _LOADER is yaml.SafeLoader or len(text) > _REREAD_ERRORS_BELOW else [_LOADER, yaml.SafeLoader]
    for loader in loaders:
        try:
            return yaml.compose(text, Loader=loader)
        except (yaml.MarkedYAMLError, yaml.reader.ReaderError) as exc:
            error = _error(exc, text, first_line)
    raise error


def _error(exc: yaml.YAMLError, text: str, first_line: int) -> YamlError:
    if isinstance(exc, yaml.reader.ReaderError):  # a character YAML does not allow
        line, column = _line_col(text, exc.position)
        character = exc.character if isinstance(exc.character, str) else chr(exc.character)
        return YamlError(line + first_line - 1, column, f"character U+{ord(character):04X} is not allowed in YAML")
    mark = exc.problem_mark or exc.context_mark
    message = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
    if "maximum nesting depth" in message:  # libyaml's own limit, deeper than ours
        message = f"nesting deeper than the limit of {MAX_DEPTH} levels"
    return YamlError(mark.line + first_line if mark else first_line, mark.column + 1 if mark else 1, message)


def _line_col(text: str, position: int) -> tuple[int, int]:
    before = text[:position]
    return before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1


def _check_size(root: yaml.Node, first_line: int) -> None:
    """Refuse a document whose tree, aliases expanded, is deeper than MAX_DEPTH, has more
    than MAX_NODES nodes or more than MAX_CHARS characters of text.

    Sizes are summed once per node of the graph (an alias is the same node object again),
    so a "billion laughs" file is measured, and refused, in time and memory proportional
    to its length, never to what it expands to."""
    sizes: dict[int, tuple[int, int, int]] = {}  # id(node) -> (nodes, characters, height)

    def size(node: yaml.Node, depth: int) -> tuple[int, int, int]:
        line, column = node.start_mark.line + first_line, node.start_mark.column + 1
        known = sizes.get(id(node))
        if known is None:
            if depth > MAX_DEPTH:  # also ends an alias that contains itself
                raise YamlError(line, column, f"nesting deeper than the limit of {MAX_DEPTH} levels")
            if isinstance(node, yaml.ScalarNode):
                known = (1, len(node.value), 0)
            else:
                children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
                nodes, chars, height = 1, 0, 0
                for child in children:
                    n, c, h = size(child, depth + 1)
                    nodes, chars, height = nodes + n, chars + c, max(height, h + 1)
                    if nodes > MAX_NODES:
                        raise YamlError(line, column, f"the document has more than {MAX_NODES:,} nodes, "
                                        f"aliases expanded: over the limit of {MAX_NODES:,} nodes for a claim file")
                    if chars > MAX_CHARS:
                        raise YamlError(line, column, f"the document has more than {MAX_CHARS:,} characters of text, "
                                        f"aliases expanded: over the limit of {MAX_CHARS:,} characters for a claim file")
                known = (nodes, chars, height)
            sizes[id(node)] = known
        if depth + known[2] > MAX_DEPTH:
            raise YamlError(line, column, f"nesting deeper than the limit of {MAX_DEPTH} levels")
        return known

    size(root, 0)


class _Builder:
    """Our tree from PyYAML's node graph (already measured by `_check_size`). A node reached
    again through an alias becomes the same (immutable) object again, not a copy."""

    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.built: dict[int, YNode] = {}

    def build(self, node: yaml.Node) -> YNode:
        done = self.built.get(id(node))
        if done is None:
            done = self.built[id(node)] = self._build(node)
        return done

    def _build(self, node: yaml.Node) -> YNode:
        line, column = node.start_mark.line + self.first_line, node.start_mark.column + 1
        if node.tag not in _STANDARD_TAGS:
            raise YamlError(line, column, f"tag {node.tag!r} is not allowed")
        if isinstance(node, yaml.ScalarNode):
            bad = _SURROGATE.search(node.value)
            if bad:
                raise YamlError(line, column, f"invalid character U+{ord(bad.group()):04X} (a lone surrogate)")
            is_null = node.tag == "tag:yaml.org,2002:null" and not node.style  # plain: None, or "" from libyaml
            return YScalar("" if is_null else node.value, line, column, is_null)
        if isinstance(node, yaml.SequenceNode):
            return YSeq(tuple(self.build(item) for item in node.value), line, column)
        return self._mapping(node, line, column)

    def _mapping(self, node: yaml.MappingNode, line: int, column: int) -> YMap:
        items: list[tuple[YScalar, YNode]] = []
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = self.build(key_node)
            if not isinstance(key, YScalar):
                raise YamlError(key.line, key.column, "mapping keys must be plain text")
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError(key.line, key.column, "merge keys (<<) are not supported")
            if key.value in seen:
                raise YamlError(
                    key.line, key.column, f"duplicate key {key.value!r} (first on line {seen[key.value]})"
                )
            seen[key.value] = key.line
            items.append((key, self.build(value_node)))
        return YMap(tuple(items), line, column)


# -- writing -------------------------------------------------------------------------------
# Characters a YAML reader refuses raw (DEL, C1 controls, U+FFFE/U+FFFF), those it reads as
# line breaks (NEL, U+2028/9), and bidirectional controls that make text display other than it
# reads; written as escapes, they read back as the same text.
_ESCAPED = re.compile("[\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]")


def scalar(text: str) -> str:
    """`text` as a YAML double-quoted scalar that reads back as the same text (lone
    surrogates, which no file may hold, become U+FFFD)."""
    text = _SURROGATE.sub("\ufffd", text)
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def comment(text: str) -> str:
    """`text` for a YAML comment: one line, nothing a reader refuses or a terminal obeys."""
    text = " ".join(_SURROGATE.sub("\ufffd", text).split())
    return re.sub("[\x00-\x1f]", lambda m: f"\\x{ord(m.group()):02x}",
                  _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text))
