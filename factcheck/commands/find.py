"""`factcheck find TEXT`: where in the sources a passage, or something close to it, occurs.

The index (`factcheck.sources.index`) picks the sources sharing the most word 3-grams with the
passage; each is aligned word by word like a quote (`factcheck.text.locate`), and the best
passage of each source is ranked by its similarity to the text.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from factcheck.checks.evidence import prepare, similarity, words_evidence  # the quote judge's own measures
from factcheck.text.locate import locate
from factcheck.model import Evidence
from factcheck.sources.library import SourceError, SourceLibrary
from factcheck.text.document import Source

MIN_SCORE = 50.0


class FindError(Exception):
    """The passage or the sources folder cannot be searched."""


@dataclass(frozen=True)
class Hit:
    """One source's passage closest to the text."""

    evidence: Evidence  # where, the source's words, and the 0-100 score
    matched: int  # words of the text found in the passage
    words: int  # words in the text
    speaker: str | None  # who says these words, when the source attributes them


def speaker_name_at(source: Source, start: int, end: int) -> str | None:
    """The name of who speaks the words at source.text[start:end], as the attribution engine
    determines it (a quotation's speaker, a transcript turn's label); None for narration or
    when the source leaves it undetermined."""
    from factcheck.speakers import attribution_at

    attribution = attribution_at(source, start, end)
    return attribution.speaker.name if attribution is not None and attribution.speaker is not None else None


def execute(text: str, sources: Path | None, limit: int, min_score: float, output_format: str,
            config: Path | None = None, isolated: bool = False) -> int:
    """Print the passages found (text or JSON); exit 0 found, 1 nothing found, 2 bad input.
    The sources folder is `--sources`, else the configuration's."""
    from factcheck.commands import fail, settings
    from factcheck.run.config import ConfigError

    try:
        folder = settings(config, isolated, sources)["sources"]
        hits = find(text, folder, limit, min_score)
    except (ConfigError, FindError) as exc:
        return fail(str(exc))
    if output_format == "json":
        sys.stdout.write(render_json(text, hits))
    else:
        sys.stdout.write(render_text(hits))
        if not hits:
            print("no passage found", file=sys.stderr)
    return 0 if hits else 1


def find(text: str, folder: Path, limit: int = 10, min_score: float = MIN_SCORE) -> list[Hit]:
    """The passages of the sources in `folder` closest to `text`, best first."""
    from factcheck.sources.index import CANDIDATES, index_for

    prepared = prepare(text)
    if not prepared.word_count:
        raise FindError("the text has no words to look for")
    library = SourceLibrary(folder, (Path.cwd(), folder))  # the folder named, not where its links lead
    if not library.paths():
        raise FindError(f"{folder.as_posix()} holds no sources (use --sources DIR)")
    picked = index_for(library).search(text, max(CANDIDATES, 2 * limit))
    names = [name for name, _ in picked] if picked is not None else [p.name for p in library.paths()]
    hits = []
    for source_id in dict.fromkeys(Path(name).stem for name in names):
        try:
            source = library.resolve(source_id, folder)
        except SourceError:
            continue  # unreadable or outside the root: `check` reports it; find shows what can be found
        match = locate(prepared.items, source)
        if match is None or match.alignment.equal == 0:
            continue
        a = match.alignment
        evidence = words_evidence(source, a.start, a.end - 1, similarity(prepared, source, a.start, a.end - 1),
                                  prepared)
        if evidence.score >= min_score:
            hits.append(Hit(evidence, a.equal, prepared.word_count,
                            speaker_name_at(source, evidence.start, evidence.end)))
    hits.sort(key=lambda h: (-h.evidence.score, -h.matched, h.evidence.source_id, h.evidence.start))
    return hits[:limit]


def render_text(hits: list[Hit]) -> str:
    """One line per hit with its location, then the source's words."""
    lines = []
    for rank, hit in enumerate(hits, 1):
        e = hit.evidence
        where = f" ({e.location.where()})" if e.location and e.location.extracted else ""  # page, time
        speaker = f"  speaker {hit.speaker}" if hit.speaker else ""
        lines.append(f"{rank:>2}. {e.source_id}  {e.path}:{e.line}:{e.column}{where}  score {e.score:.1f}  "
                     f"({hit.matched}/{hit.words} words){speaker}")
        lines.append("    " + " ".join(e.text.split()))
    return "\n".join(lines) + ("\n" if lines else "")


def render_json(text: str, hits: list[Hit]) -> str:
    import json

    results = [
        {
            "rank": rank,
            "source": {"id": e.source_id, "path": e.path, "line": e.line, "column": e.column,
                       "end_line": e.end_line, "end_column": e.end_column, "text": e.text,
                       "where": e.location.where() if e.location else f"line {e.line}"},
            "score": e.score,
            "matched_words": hit.matched,
            "words": hit.words,
            "speaker": hit.speaker,
        }
        for rank, hit in enumerate(hits, 1)
        for e in [hit.evidence]
    ]
    return json.dumps({"version": 1, "query": text, "results": results}, ensure_ascii=False, indent=2) + "\n"
