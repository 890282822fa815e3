"""`factcheck quotes`: every quotation in some sources with its speaker, cue and location.

Three renderings: a plain table for reading, JSON for scripts, and YAML: a claims file
ready to edit (one quote claim per quotation, its speaker filled in when the source
determines it), which `factcheck check` accepts as written.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from factcheck.commands import fail, settings
from factcheck.files import write_atomic
from factcheck.trust import Refused
from factcheck.yamlstrict import comment
from factcheck.yamlstrict import scalar as _scalar
from factcheck.model import Location
from factcheck.run.config import ConfigError
from factcheck.text.quotations import quoted_words
from factcheck.sources.readers import FORMATS
from factcheck.sources.library import SourceError, SourceLibrary
from factcheck.text.document import Source
from factcheck.speakers import Attribution, How, speech


def execute(refs: list[str], sources: Path | None, output_format: str, output: Path | None, force: bool,
            config: Path | None = None, isolated: bool = False) -> int:
    """List the quotations as a table, JSON or a claims file, on standard output or into
    `output` (never over an existing file without `force`). Source ids are looked up in
    `--sources`, else the configuration's sources folder."""
    exists = f"{output.as_posix()} exists; use --force to overwrite it" if output is not None else ""
    if output is not None and output.exists() and not force:
        return fail(exists)
    try:
        configuration = settings(config, isolated, sources)
        target = configuration.boundary().writable(output, "a claims file", by_user=True) if output else None
        found = rows(resolve_sources(refs, configuration["sources"]))
    except (ConfigError, Refused) as exc:
        return fail(str(exc))
    except SourceError as exc:
        return fail(exc.message)
    render = {"table": render_table, "json": render_json, "yaml": render_yaml}[output_format]
    text = render(found)
    if output is None:
        sys.stdout.write(text)
        return 0
    try:
        write_atomic(target, text, replace=force)
    except FileExistsError:
        return fail(exists)  # it appeared while the sources were read
    except OSError as exc:
        return fail(f"{output.as_posix()}: cannot write: {exc.strerror or exc}")
    print(f"wrote {len(found)} quotations to {output.as_posix()}", file=sys.stderr)
    return 0


@dataclass(frozen=True, kw_only=True)
class QuoteRow:
    source: Source
    attribution: Attribution
    text: str  # the quoted words, quotation marks and edge commas stripped
    location: Location
    end_line: int
    end_column: int

    @property
    def where(self) -> str:
        """file:line:column, or for text extracted from a PDF or transcript its page or time."""
        loc = self.location
        return f"{self.source.display} ({loc.where()})" if loc.extracted else f"{self.source.display}:{loc.line}:{loc.column}"

    @property
    def speaker(self) -> str:
        """The speaker's name without titles ("Andra Soni"), or the description the source gives
        of someone it does not name ("pemudik"), "" when undetermined."""
        a = self.attribution
        if a.speaker is None:
            return a.described if a.basis.explicit else ""
        return a.speaker.name or a.speaker.full

    @property
    def cue(self) -> str:
        a = self.attribution
        if a.how is How.TURN:
            return "turn"  # its time is in `where`
        if a.how is How.DESCRIBED:
            return a.cue  # the verb and the description as written: "jawab pemudik"
        return " ".join(w for w in (a.cue, a.mention) if w) if a.how is not How.CARRIED else "(continues)"


def resolve_sources(refs: list[str], folder: Path) -> list[Source]:
    """Sources named on the command line: files, folders of sources, or ids in `folder`.
    Raises SourceError naming the first that cannot be found or read. What the command line
    names is trusted, not what it holds: a symbolic link in a folder (or a named link) to a
    file outside the working directory and the named folders is refused (E007)."""
    named = [Path(ref) for ref in refs]
    roots = (Path.cwd(), folder, *(path if path.is_dir() else path.parent for path in named))
    library = SourceLibrary(folder, roots)
    found: list[Source] = []
    for ref, path in zip(refs, named):
        if path.is_dir():
            found += [SourceLibrary(path, roots).resolve(p.stem, path) for p in sorted(path.iterdir())
                      if p.suffix.lower() in FORMATS and p.is_file()]
        else:
            found.append(library.resolve(ref, Path.cwd()))
    return list({id(s): s for s in found}.values())


def rows(sources: list[Source]) -> list[QuoteRow]:
    """One row per speech quotation (all paragraphs of a continued one together), or per
    speaker turn of a transcript."""
    result = []
    for source in sources:
        for attribution in speech(source).attributions:
            text = " ".join(quoted_words(source.visible(start, end)) for start, end in attribution.parts)
            end_line, end_column = source.lines.position(attribution.end)
            result.append(QuoteRow(source=source, attribution=attribution, text=text,
                                   location=source.locate(attribution.start), end_line=end_line, end_column=end_column))
    return result


def render_table(found: list[QuoteRow]) -> str:
    """Plain columns: location, speaker, cue, the quotation (shortened)."""
    if not found:
        return "no quotations found\n"
    table = [(r.where, r.speaker or "?", r.cue or "-", _short(r.text))
             for r in found]
    widths = [max(len(row[k]) for row in table) for k in range(3)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths)) + "  " + row[3] for row in table]
    determined = sum(1 for r in found if r.speaker)
    lines.append(f"\n{len(found)} quotations, {determined} with a speaker, {len(found) - determined} undetermined")
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 72) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_json(found: list[QuoteRow]) -> str:
    items = []
    for r in found:
        a = r.attribution
        items.append({
            "source": r.source.id, "path": r.source.display, "line": r.location.line, "column": r.location.column,
            "end_line": r.end_line, "end_column": r.end_column, "text": r.text,
            "speaker": r.speaker or None, "speaker_full": a.speaker.full if a.speaker else None,
            "aliases": list(a.speaker.aliases) if a.speaker else [],
            "cue": a.cue or None, "mention": a.mention or None, "how": a.how, "reason": a.reason or None,
            "where": r.location.where(),
        })
    return json.dumps({"version": 1, "quotes": items}, ensure_ascii=False, indent=2) + "\n"


def render_yaml(found: list[QuoteRow]) -> str:
    """A claims file: one quote claim per quotation, ready to edit."""
    sources = list(dict.fromkeys(r.source.id for r in found))
    lines = ["# Quotations found by `factcheck quotes`. Keep the ones your story uses, edit them",
             "# to the words it prints, and check each speaker before relying on it."]
    if len(sources) == 1:
        lines.append(f"source: {_scalar(sources[0])}")
    lines.append("claims:" if found else "claims: []")
    used: set[str] = set()
    for n, r in enumerate(found, start=1):
        claim_id = _unique(f"{r.source.id}-{n}", used)
        lines.append(f"  - id: {_scalar(claim_id)}")
        if len(sources) > 1:
            lines.append(f"    source: {_scalar(r.source.id)}")
        where = r.where if r.location.extracted else f"{r.source.display}:{r.location.line}"
        if r.speaker:
            lines.append(f"    speaker: {_scalar(r.speaker)}  # {comment(f'{r.cue} ({where})')}")
        else:
            lines.append(f"    # speaker undetermined: {comment(f'{r.attribution.reason} ({where})')}")
        lines.append(f"    quote: {_scalar(r.text)}")
    return "\n".join(lines) + "\n"


def _unique(claim_id: str, used: set[str]) -> str:
    base, k = claim_id, 2
    while claim_id in used:
        claim_id, k = f"{base}-{k}", k + 1
    used.add(claim_id)
    return claim_id


__all__ = ["QuoteRow", "SourceError", "render_json", "render_table", "render_yaml", "resolve_sources", "rows"]
