"""JSON Schemas (draft-07) for claim files and for the JSON report.

The claim-file schema is built from the tables in claims.py (CLAIM_KEYS, KIND_KEYS,
LIST_KEYS, REQUIRES), so a new claim key needs no change here; a line in DESCRIPTIONS
gives it help text in editors. The published copies in schemas/ are `factcheck schema
claims` and `factcheck schema report`; a test keeps them equal.
"""

from __future__ import annotations

import json
import sys

from factcheck.claims.claimfile import CLAIM_KEYS, FILE_KEYS, LIST_KEYS, REQUIRES
from factcheck.lang import LANGUAGE_CHOICES
from factcheck.model import KIND_KEYS
from factcheck.codes import CODES

DRAFT = "http://json-schema.org/draft-07/schema#"
DESCRIPTIONS = {
    "id": "The claim's name in reports; unique in the file. Default: its 1-based position.",
    "source": "A source id (file name in sources/ without extension) or a path relative to this file; "
              "a list means any of them.",
    "language": "Language of the claims: id, en or auto.",
    "claims": "The claims of the story.",
    "speaker": "Who said it.",
    "context": "What the date or figure is about, in the source's words.",
    "quote": "The words as the story quotes them. ... or … marks an omission, [text] an editor's insertion.",
    "said": "An attributed statement (paraphrase allowed); needs speaker.",
    "date": "The date of an event, YYYY-MM-DD; needs context.",
    "figure": "A figure such as Rp20.000 or 25%; needs context.",
    "ignore": "Finding codes to suppress for this claim (see factcheck explain CODE); needs reason.",
    "tolerance": "How far a figure may be from the source's and still pass, e.g. 5% or 1000.",
    "sha256": "The SHA-256 of the one source's file (64 hex digits), so a changed source is noticed.",
    "reason": "Why the findings in ignore are suppressed.",
}
# YAML editors read `figure: 70.000` as a number and `quote: true` as a boolean; factcheck
# reads every scalar as the text written, so the schema accepts any scalar as text.
_TEXT = {"type": ["string", "number", "boolean"]}


def _key(name: str) -> dict:
    if name == "ignore":
        code = {"type": "string", "enum": list(CODES)}
        schema = {"oneOf": [code, {"type": "array", "items": code, "minItems": 1}]}
    elif name in LIST_KEYS:
        schema = {"oneOf": [_TEXT, {"type": "array", "items": _TEXT, "minItems": 1}]}
    elif name == "date":
        schema = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    elif name == "sha256":
        schema = {"type": "string", "pattern": "^[0-9a-fA-F]{64}$"}
    else:
        schema = dict(_TEXT)
    return {"description": DESCRIPTIONS.get(name, "See docs/claims.md.")} | schema


def claims_schema() -> dict:
    claim = {
        "type": "object",
        "description": "One claim: exactly one of " + ", ".join(KIND_KEYS) + ".",
        "properties": {name: _key(name) for name in CLAIM_KEYS},
        "additionalProperties": False,
        "oneOf": [{"required": [key]} for key in KIND_KEYS],
        "dependencies": {key: [needed] for key, needed in REQUIRES.items()},
    }
    special = {
        "language": {"description": DESCRIPTIONS["language"], "enum": list(LANGUAGE_CHOICES)},
        "claims": {"description": DESCRIPTIONS["claims"], "type": ["array", "null"], "items": claim},
    }
    properties = {name: special.get(name) or _key(name) for name in FILE_KEYS}
    return {
        "$schema": DRAFT,
        "title": "factcheck claim file",
        "description": "Claims of a story, checked against their sources by `factcheck check`.",
        "type": "object",
        "properties": properties,
        "required": ["claims"],
        "additionalProperties": False,
    }


def _problem() -> dict:
    return {"type": "object", "required": ["file", "line", "column", "code", "message"],
            "properties": {"file": {"type": "string"}, "line": {"type": "integer", "minimum": 1},
                           "column": {"type": "integer", "minimum": 1}, "code": {"type": "string"},
                           "message": {"type": "string"}}}


def _finding() -> dict:
    text = {"type": ["string", "null"]}
    return {"type": "object", "required": ["code", "name", "severity", "message"],
            "properties": {"code": {"type": "string"}, "name": {"type": "string"},
                           "severity": {"enum": ["note", "warn", "fail", "error"]},
                           "message": {"type": "string"}, "claim_text": text, "source_text": text}}


def report_schema() -> dict:
    """The version 1 JSON report. Fields may be added, never renamed or removed, so objects
    allow more properties than listed."""
    count = {"type": "integer", "minimum": 0}
    status = {"enum": ["pass", "warn", "fail", "error"]}
    result = {
        "type": "object",
        "required": ["file", "line", "id", "kind", "status", "message"],
        "properties": {
            "file": {"type": "string", "description": "The claim file as given or relative to the working directory."},
            "line": {"type": "integer", "minimum": 1, "description": "1-based line where the claim starts."},
            "column": {"type": "integer", "minimum": 1},
            "id": {"type": "string", "description": "The claim's id, or its 1-based position as a string."},
            "kind": {"type": ["string", "null"], "description": "quote, attribution, date or figure; null when malformed."},
            "status": status,
            "message": {"type": "string"},
            "skipped": {"type": "boolean", "description": "Suppressions alone made the claim pass."},
            "codes": {"type": "array", "items": {"type": "string"}},
            "findings": {"type": "array", "items": _finding()},
            "suppressed": {"type": "array", "items": _finding() | {
                "required": ["code", "name", "severity", "message", "by", "reason"]}},
            "source": {"type": ["object", "null"], "required": ["id", "path", "line", "column", "text", "found"]},
            "score": {"type": ["number", "null"], "minimum": 0, "maximum": 100},
        },
    }
    return {
        "$schema": DRAFT,
        "title": "factcheck JSON report, version 1",
        "type": "object",
        "required": ["version", "summary", "results"],
        "properties": {
            "version": {"const": 1},
            "summary": {"type": "object", "required": ["total", "pass", "warn", "fail", "error"],
                        "properties": {k: count for k in ("total", "pass", "warn", "fail", "error")}},
            "results": {"type": "array", "items": result},
            "errors": {"type": "array", "items": _problem(), "description": "Claim files that could not be read."},
            "notices": {"type": "array", "items": _problem(), "description": "Run-level findings (stale baseline entries)."},
        },
    }


SCHEMAS = {"claims": claims_schema, "report": report_schema}


def execute(name: str) -> int:
    """Print the schema `name` (claims or report)."""
    sys.stdout.write(render(name))
    return 0


def render(name: str) -> str:
    return json.dumps(SCHEMAS[name](), ensure_ascii=False, indent=2) + "\n"
