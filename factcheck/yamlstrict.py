"""YAML read strictly: every scalar kept as the string written, with its line.

PyYAML's loaders turn ``70.000`` into the float 70.0, ``no`` into False and ``2025-10-24``
into a date, and silently keep the last of two duplicate keys. Claim files need the text as
typed, so we stop at PyYAML's node graph (safe: nothing is constructed) and build our own
small tree from it, refusing duplicate keys, merge keys, foreign tags and alias bombs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

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
    merge: bool = field(default=False, repr=False, compare=False)  # a plain `<<` (refused as a key)


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

    `first_line` is the line of the file where `text` starts (front matter starts on 2).

    The tree is built from the parser's events, measured as it grows: a document over the
    limits (nodes, characters, depth, aliases expanded) is refused when it reaches them,
    before the rest is read, in memory proportional to what was read. libyaml parses when
    installed (fast); a text it refuses is read again with PyYAML's Python parser when small
    enough: its messages are fuller, and it lets lone surrogates through to be named."""
    loaders = [_LOADER] if _LOADER is yaml.SafeLoader or len(text) > _REREAD_ERRORS_BELOW else [_LOADER, yaml.SafeLoader]
    for loader in loaders:
        try:
            return _Builder(first_line).build(yaml.parse(text, Loader=loader))
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


_NULLS = ("", "~", "null", "Null", "NULL")  # plain scalars YAML reads as null


@dataclass
class _Open:
    """A sequence or mapping being read: its items so far and its place."""

    mapping: bool
    line: int
    column: int
    anchor: str | None
    items: list = field(default_factory=list)
    key: YScalar | None = None  # a mapping's key waiting for its value
    seen: dict[str, int] = field(default_factory=dict)  # a mapping's keys -> their lines
    nodes: int = 1  # its size so far, aliases expanded: nodes (itself included), characters, levels below
    chars: int = 0
    height: int = 0


class _Builder:
    """Our tree from the parser's events. A node reached again through an alias is the same
    (immutable) object again, not a copy, but counts as often as it appears: the limits are
    on the document as a reader of its values would see it (aliases expanded)."""

    def __init__(self, first_line: int) -> None:
        self.first_line = first_line
        self.anchors: dict[str, tuple[YNode, int, int, int]] = {}  # -> (node, nodes, characters, height)
        self.open: list[_Open] = []
        self.nodes = self.chars = 0  # of the document so far, aliases expanded

    def build(self, events) -> YNode | None:
        root: YNode | None = None
        documents = 0
        for event in events:
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    line, column = self._place(event)
                    raise YamlError(line, column, "expected a single document in the stream, but found another")
                continue
            if kind in (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent):
                continue
            if kind is yaml.ScalarEvent:
                done = self._scalar(event)
            elif kind is yaml.AliasEvent:
                done = self._alias(event)
            elif kind in (yaml.SequenceStartEvent, yaml.MappingStartEvent):
                self._start(event, kind is yaml.MappingStartEvent)
                continue
            else:  # the end of a sequence or mapping
                done = self._end()
            if self.open:
                self._add(done)
            else:
                root = done[0]
        return root

    def _place(self, event) -> tuple[int, int]:
        return event.start_mark.line + self.first_line, event.start_mark.column + 1

    def _count(self, nodes: int, chars: int, height: int, event) -> None:
        """Count a node's (expanded) size against the limits, at the depth it is placed."""
        self.nodes += nodes
        self.chars += chars
        line, column = self._place(event)
        if self.nodes > MAX_NODES:
            raise YamlError(line, column, f"the document has more than {MAX_NODES:,} nodes, aliases expanded: "
                            f"over the limit of {MAX_NODES:,} nodes for a claim file")
        if self.chars > MAX_CHARS:
            raise YamlError(line, column, f"the document has more than {MAX_CHARS:,} characters of text, aliases "
                            f"expanded: over the limit of {MAX_CHARS:,} characters for a claim file")
        if len(self.open) + height > MAX_DEPTH:
            raise YamlError(line, column, f"nesting deeper than the limit of {MAX_DEPTH} levels")

    def _tag(self, event) -> None:
        if event.tag not in (None, "!") and event.tag not in _STANDARD_TAGS:
            line, column = self._place(event)
            raise YamlError(line, column, f"tag {event.tag!r} is not allowed")

    def _scalar(self, event) -> tuple[YNode, int, int, int]:
        self._tag(event)
        line, column = self._place(event)
        bad = _SURROGATE.search(event.value)
        if bad:
            raise YamlError(line, column, f"invalid character U+{ord(bad.group()):04X} (a lone surrogate)")
        plain = not event.style and event.tag is None
        is_null = plain and event.value in _NULLS
        node = YScalar("" if is_null else event.value, line, column, is_null)
        self._count(1, len(event.value), 0, event)
        if plain and event.value == "<<":
            node = YScalar(node.value, line, column, merge=True)
        self._remember(event.anchor, node, 1, len(event.value), 0)
        return node, 1, len(event.value), 0

    def _alias(self, event) -> tuple[YNode, int, int, int]:
        line, column = self._place(event)
        known = self.anchors.get(event.anchor)
        if known is None:
            if any(frame.anchor == event.anchor for frame in self.open):  # an alias inside its own anchor
                raise YamlError(line, column, f"nesting deeper than the limit of {MAX_DEPTH} levels")
            raise YamlError(line, column, f"found undefined alias {event.anchor!r}")
        self._count(*known[1:], event)
        return known

    def _start(self, event, mapping: bool) -> None:
        self._tag(event)
        self._count(1, 0, 1, event)
        line, column = self._place(event)
        self.open.append(_Open(mapping, line, column, event.anchor))

    def _end(self) -> tuple[YNode, int, int, int]:
        frame = self.open.pop()
        node: YNode = YMap(tuple(frame.items), frame.line, frame.column) if frame.mapping else \
            YSeq(tuple(frame.items), frame.line, frame.column)
        self._remember(frame.anchor, node, frame.nodes, frame.chars, frame.height + 1)
        return node, frame.nodes, frame.chars, frame.height + 1

    def _remember(self, anchor: str | None, node: YNode, nodes: int, chars: int, height: int) -> None:
        if anchor is not None:
            self.anchors[anchor] = (node, nodes, chars, height)

    def _add(self, done: tuple[YNode, int, int, int]) -> None:
        node, nodes, chars, height = done
        frame = self.open[-1]
        frame.nodes, frame.chars, frame.height = frame.nodes + nodes, frame.chars + chars, max(frame.height, height)
        if not frame.mapping:
            frame.items.append(node)
            return
        if frame.key is None:
            if not isinstance(node, YScalar):
                raise YamlError(node.line, node.column, "mapping keys must be plain text")
            if node.merge:
                raise YamlError(node.line, node.column, "merge keys (<<) are not supported")
            if node.value in frame.seen:
                raise YamlError(node.line, node.column,
                                f"duplicate key {node.value!r} (first on line {frame.seen[node.value]})")
            frame.seen[node.value] = node.line
            frame.key = node
        else:
            frame.items.append((frame.key, node))
            frame.key = None


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
