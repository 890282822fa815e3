"""Read claim files (docs/claims.md) into `Claim`s, every value as the string written.

Problems with the file as a whole (unreadable, not YAML, not the expected shape) become
`Problem`s; problems with one claim (unknown key, no kind, duplicate id) stay with that
claim, so the other claims of the file are still checked.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path

from factcheck.codes import CODES
from factcheck.model import KIND_KEYS, Claim, ClaimFile, Finding, Problem
from factcheck.files import TextError, read_text
from factcheck.lang import LANGUAGE_CHOICES
from factcheck.yamlstrict import YamlError, YMap, YNode, YScalar, YSeq, describe, load

MAX_CLAIM_FILE_BYTES = 8 * 1024 * 1024
MAX_VALUE_CHARS = 10_000  # a quote of about 1,500 words; checking time grows with the length
MAX_SOURCE_REF_CHARS = 1_024  # a `source:` id or path; the file system allows less
FILE_KEYS = ("source", "language", "sha256", "claims")
CLAIM_KEYS = ("id", "source", "speaker", "context", "tolerance", "sha256", "ignore", "reason", *KIND_KEYS)
LIST_KEYS = ("source", "ignore")  # keys taking one text or a list of texts; the others take text
REQUIRES = {"said": "speaker", "date": "context", "figure": "context", "ignore": "reason", "reason": "ignore"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def nearest(key: str, known: tuple[str, ...]) -> str:
    """The known key most like `key` (always one)."""
    return (difflib.get_close_matches(key, known, n=1, cutoff=0.0) or [known[0]])[0]


def read_claim_file(path: Path, display: str, default_language: str = "auto") -> ClaimFile:
    """Parse one claim file; never raises for bad input. `default_language` applies when
    the file has no `language:` key."""
    result = ClaimFile(path, display)

    def problem(line: int, column: int, message: str) -> ClaimFile:
        result.problems.append(Problem(file=display, line=line, column=column, code="E006", message=message))
        return result

    try:
        root = load(read_text(path, display, MAX_CLAIM_FILE_BYTES, "a claim file"))
    except TextError as exc:
        return problem(exc.line or 1, 1, exc.message)
    except YamlError as exc:
        return problem(exc.line, exc.column, exc.message)
    if root is None:
        return problem(1, 1, "the file is empty; expected a mapping with a 'claims:' list")
    if not isinstance(root, YMap):
        hint = " (put the list under a 'claims:' key)" if isinstance(root, YSeq) else ""
        return problem(root.line, root.column, f"expected a mapping with a 'claims:' list, found {describe(root)}{hint}")

    for key, _ in root.items:
        if key.value not in FILE_KEYS:
            problem(key.line, key.column,
                    f"unknown key {key.value!r} (nearest known key: {nearest(key.value, FILE_KEYS)!r})")
    language = default_language
    language_node = root.get("language")
    if language_node is not None:
        if isinstance(language_node, YScalar) and language_node.value in LANGUAGE_CHOICES:
            language = language_node.value
        else:
            problem(language_node.line, language_node.column,
                    f"'language' must be one of {', '.join(LANGUAGE_CHOICES)}, not {_shown(language_node)}")
    try:
        default_sources = _sources(root.get("source"))
    except YamlError as exc:
        return problem(exc.line, exc.column, exc.message)
    file_pin = None
    pin_node = root.get("sha256")
    if pin_node is not None:
        problem_text = _pin_problem(pin_node, default_sources)
        if problem_text:
            problem(pin_node.line, pin_node.column, problem_text)
        else:
            file_pin = pin_node.value.strip().lower()
    claims_node = root.get("claims")
    if claims_node is None:
        return problem(root.line, root.column, "no 'claims:' list in the file")
    if not isinstance(claims_node, YSeq):
        if isinstance(claims_node, YScalar) and claims_node.is_null:
            return result  # "claims:" with nothing under it: no claims yet
        return problem(claims_node.line, claims_node.column, f"'claims' must be a list, found {describe(claims_node)}")

    first_line: dict[str, int] = {}
    for position, node in enumerate(claims_node.items, start=1):
        claim = _claim(node, position, display, path.parent, language, default_sources, file_pin)
        if claim.id in first_line:
            duplicate = Finding("E004", f"line {claim.line}: duplicate id {claim.id!r} (first used on line {first_line[claim.id]})")
            claim = _with_problem(claim, duplicate)
        else:
            first_line[claim.id] = claim.line
        result.claims.append(claim)
    return result


def _shown(node: YNode) -> str:
    return repr(node.value) if isinstance(node, YScalar) and not node.is_null else describe(node)


def _sources(node: YNode | None) -> tuple[str, ...]:
    """A `source:` value: one reference or a list of them."""
    if node is None:
        return ()
    values = node.items if isinstance(node, YSeq) else (node,)
    for value in values:
        if isinstance(value, YScalar) and (value.is_null or not value.value.strip()):
            raise YamlError(value.line, value.column, "'source' is empty")
        if not isinstance(value, YScalar):
            raise YamlError(value.line, value.column,
                            f"'source' must be a source id or path, or a list of them; found {describe(value)}")
        if len(value.value) > MAX_SOURCE_REF_CHARS:
            raise YamlError(value.line, value.column, f"'source' is {len(value.value):,} characters long: over the "
                            f"limit of {MAX_SOURCE_REF_CHARS:,} characters for a source id or path")
    return tuple(value.value.strip() for value in values)


def _too_long(key: str, value: str) -> str:
    return (f"{key!r} is {len(value):,} characters long: over the limit of {MAX_VALUE_CHARS:,} characters "
            "for a claim value")


def _pin_problem(node: YNode, sources: tuple[str, ...]) -> str | None:
    """Why a `sha256:` value cannot pin `sources`, or None.

    A pin is the hash of one source file, so it needs exactly one source: with a list (the
    best match counts) or every source of the folder, which file it pins would be unclear.
    """
    if not isinstance(node, YScalar) or not _SHA256.fullmatch(node.value.strip()):
        return f"'sha256' must be 64 hexadecimal digits (the output of sha256sum), not {_shown(node)}"
    if len(sources) != 1:
        named = "none" if not sources else f"{len(sources)}"
        return f"'sha256' pins one source file, so it needs exactly one 'source' (this names {named})"
    return None


def _claim(node: YNode, position: int, file: str, base_dir: Path, language: str,
           default_sources: tuple[str, ...], file_pin: str | None = None) -> Claim:
    problems: list[Finding] = []

    def bad(line: int, message: str) -> None:
        problems.append(Finding("E002", f"line {line}: {message}"))

    if not isinstance(node, YMap):
        bad(node.line, f"a claim must be a mapping of keys such as 'quote:' and 'source:', found {describe(node)}")
        return Claim(file=file, line=node.line, column=node.column, id=str(position), kind=None, fields={},
                     sources=default_sources, base_dir=base_dir, language=language, problems=tuple(problems))

    fields: dict[str, str] = {}
    sources = default_sources
    ignore: tuple[str, ...] = ()
    for key, value in node.items:
        name = key.value
        if name not in CLAIM_KEYS:
            bad(key.line, f"unknown key {name!r} (nearest known key: {nearest(name, CLAIM_KEYS)!r})")
        elif name == "source":
            try:
                sources = _sources(value)
            except YamlError as exc:
                bad(exc.line, exc.message)
        elif name == "ignore":
            try:
                ignore = _codes(value)
            except YamlError as exc:
                bad(exc.line, exc.message)
        elif not isinstance(value, YScalar):
            bad(value.line, f"{name!r} must be text, found {describe(value)}")
        elif value.is_null or not value.value.strip():
            bad(key.line, f"{name!r} is empty")
        elif len(value.value) > MAX_VALUE_CHARS:
            bad(value.line, _too_long(name, value.value))
        else:
            fields[name] = value.value

    kinds = [k for k in KIND_KEYS if k in fields]
    kind = KIND_KEYS[kinds[0]] if len(kinds) == 1 else None
    if not kinds and not problems:
        bad(node.line, f"the claim says nothing to check: give one of {', '.join(KIND_KEYS)}")
    elif len(kinds) > 1:
        bad(node.line, f"a claim has exactly one of {', '.join(KIND_KEYS)}; this one has {' and '.join(kinds)}")
    present = set(fields) | ({"ignore"} if ignore else set())
    for key, needed in REQUIRES.items():
        if key in present and needed not in present:
            what = f"a {key!r} claim" if key in KIND_KEYS else f"{key!r}"
            bad(node.line, f"{what} needs {needed!r}")
    if "tolerance" in fields and "figure" not in fields:
        bad(node.line, "'tolerance' goes with a 'figure' claim only")
    if "date" in fields and not _is_iso_date(fields["date"]):
        bad(node.line, f"'date' must be a calendar date written YYYY-MM-DD, not {fields['date']!r}")
    pin = file_pin if sources == default_sources else None  # the file's pin is its own source's
    pin_node = node.get("sha256")
    if pin_node is not None and "sha256" in fields:
        why = _pin_problem(pin_node, sources)
        if why:
            bad(pin_node.line, why)
        pin = fields["sha256"].strip().lower()
    claim_id = fields.get("id", str(position))
    return Claim(file=file, line=node.line, column=node.column, id=claim_id, kind=kind, fields=fields, sources=sources,
                 base_dir=base_dir, language=language, problems=tuple(problems), sha256=pin, ignore=ignore)


def _codes(node: YNode) -> tuple[str, ...]:
    """An `ignore:` value: one finding code or a list of them, each a known code."""
    values = node.items if isinstance(node, YSeq) else (node,)
    if not values:
        raise YamlError(node.line, node.column, "'ignore' is an empty list: give finding codes, or remove it")
    codes = []
    for value in values:
        if not isinstance(value, YScalar) or value.is_null or not value.value.strip():
            raise YamlError(value.line, value.column,
                            f"'ignore' must be a finding code such as Q301, or a list of them; found {describe(value)}")
        code = value.value.strip().upper()
        if code not in CODES:
            raise YamlError(value.line, value.column, f"'ignore': unknown finding code {value.value.strip()!r} "
                            f"(nearest known code: {nearest(code, tuple(CODES))!r}; see factcheck explain)")
        codes.append(code)
    return tuple(dict.fromkeys(codes))


def _is_iso_date(value: str) -> bool:
    if not _ISO_DATE.fullmatch(value.strip()):
        return False
    try:
        dt.date.fromisoformat(value.strip())
    except ValueError:
        return False
    return True


def _with_problem(claim: Claim, finding: Finding) -> Claim:
    from dataclasses import replace

    return replace(claim, problems=claim.problems + (finding,))
