"""Baselines: adopt factcheck on existing claims without fixing every finding first.

A baseline file records findings to leave unreported, each keyed by its claim file
(relative to the baseline file), the claim's id, the finding code and a hash of the
claim's text, never by line numbers: moving a claim keeps its entry, editing its text
retires it. Entries that match nothing are reported as stale (X002).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from factcheck.files import TextError, display_path, read_limited, write_atomic
from factcheck.model import Problem, Report, Result
from factcheck.run.policy import suppress

VERSION = 1
MAX_BASELINE_BYTES = 64 * 1024 * 1024  # some 300,000 entries
Key = tuple[str, str, str, str]  # file, claim id, code, text hash


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


@dataclass
class Baseline:
    path: Path
    entries: set[Key] = field(default_factory=set)
    _file_keys: dict[str, str] = field(default_factory=dict, repr=False)

    def _file_key(self, claim_file: str) -> str:
        """The claim file relative to the baseline's folder (cached: asked once per finding)."""
        if claim_file not in self._file_keys:
            self._file_keys[claim_file] = Path(
                os.path.relpath(Path(claim_file).resolve(), self.path.resolve().parent)).as_posix()
        return self._file_keys[claim_file]

    def key(self, result: Result, code: str) -> Key:
        claim = result.claim
        return (self._file_key(claim.file), claim.id, code, claim.text_hash())

    @classmethod
    def load(cls, path: Path) -> Baseline:
        shown = display_path(path)
        if not path.exists():
            raise BaselineError(f"{shown}: no such baseline file (create one with --write-baseline {shown})")
        try:
            document = json.loads(read_limited(path, shown, MAX_BASELINE_BYTES, "a baseline file").decode("utf-8"))
        except TextError as exc:
            raise BaselineError(str(exc)) from None
        except RecursionError:  # the configuration naming it may come from anyone's pull request
            raise BaselineError(f"{shown}: nested too deeply: not a factcheck baseline") from None
        except UnicodeDecodeError:
            raise BaselineError(f"{shown}: not valid UTF-8") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{shown}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
        entries = document.get("entries") if isinstance(document, dict) else None
        if not isinstance(entries, list) or document.get("version") != VERSION:
            raise BaselineError(f"{shown}: not a factcheck baseline (expected {{\"version\": {VERSION}, \"entries\": [...]}})")
        baseline = cls(path)
        for n, entry in enumerate(entries, start=1):
            values = tuple(entry.get(k) for k in ("file", "id", "code", "hash")) if isinstance(entry, dict) else ()
            if len(values) != 4 or not all(isinstance(v, str) and v for v in values):
                raise BaselineError(f"{shown}: entry {n} needs the texts file, id, code and hash")
            baseline.entries.add(values)
        return baseline

    @classmethod
    def from_report(cls, path: Path, report: Report) -> Baseline:
        """Every warning and failure the report still counts, as entries (notes do not count;
        errors mean a claim was not checked at all, and are never baselined)."""
        baseline = cls(path)
        for result in report.results:
            for finding in result.verdict.findings:
                if finding.severity in ("warn", "fail"):
                    baseline.entries.add(baseline.key(result, finding.code))
        return baseline

    def save(self) -> None:
        """Write the file atomically, entries sorted, so reruns give the same bytes."""
        document = {
            "version": VERSION,
            "comment": "factcheck baseline: these findings are not reported. "
                       "Regenerate with: factcheck check --write-baseline FILE",
            "entries": [dict(zip(("file", "id", "code", "hash"), key)) for key in sorted(self.entries)],
        }
        write_atomic(self.path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")

    def apply(self, report: Report, strictness: str = "standard") -> Report:
        """`report` with recorded findings suppressed and stale entries as X002 notices."""
        used: set[Key] = set()
        reason = f"recorded in baseline {display_path(self.path)}"

        def matched(result: Result):
            def reason_for(finding):
                key = self.key(result, finding.code)
                if key in self.entries and finding.severity != "note":
                    used.add(key)
                    return reason
                return None
            return reason_for

        results = [suppress(r, matched(r), "baseline", strictness) for r in report.results]
        return replace(report, results=results, notices=report.notices + self._stale(results, report, used))

    def _stale(self, results: list[Result], report: Report, used: set[Key]) -> list[Problem]:
        checked = {self._file_key(r.claim.file): r.claim.file for r in results}
        unreadable = {self._file_key(p.file) for p in report.problems}
        places = {(self._file_key(r.claim.file), r.claim.id): (r.claim.line, r.claim.column) for r in results}
        stale = []
        for key in sorted(self.entries - used):
            file, claim_id, code, _ = key
            on_disk = self.path.resolve().parent / file
            if file in unreadable or (file not in checked and on_disk.exists()):
                continue  # not part of this run
            place = places.get((file, claim_id))
            why = "the claim changed or its finding is gone" if place else "no such claim any more"
            line, column = place or (1, 1)
            stale.append(Problem(file=checked.get(file, display_path(on_disk)), line=line, column=column, code="X002",
                                 message=f"baseline entry no longer matches: claim {claim_id!r} {code} ({why}); "
                                         f"rewrite the baseline with --write-baseline"))
        return stale
