"""Interview transcripts: WebVTT and SRT (through webvtt-py), and transcript text.

A cue becomes one line, ``[HH:MM:SS.mmm] Speaker: words``, the label written where the
speaker changes. Speakers come from ``<v Name>`` voice tags, or from a ``NAME:`` /
``Name Name:`` label at the start of a cue or line. The same lines typed by hand (a
Markdown source with ``format: transcript``) are read the same way, by `layout`.

In matching, timestamps, speaker labels and annotations such as (ph), [inaudible],
(crosstalk), [laughter] or (through translator) are skipped: they are not the speaker's
words. Annotations inside a matched quote are reported as a note (S003).
"""

from __future__ import annotations

import io
import re

from factcheck.lang import tables
from factcheck.sources.readers.base import Document, ReadError
from factcheck.text.document import Cue, Layout

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_NAME_WORD = r"[^\W\d_][\w.'’-]*"
_NAME = rf"{_NAME_WORD}(?:[ \t](?:{_NAME_WORD}|\d{{1,2}})){{0,4}}"
# "[00:01:02.500] Helmi Hasan: …", "00:01:02 HELMI: …", and Rev's "Helmi Hasan (01:02):"
_HEAD = re.compile(
    rf"[ \t]*(?:(?P<label2>{_NAME})[ \t]*(?P<stamp2>[\[(](?P<t4>{_TIME})[\])])[ \t]*:(?=[ \t]|$)"
    rf"|(?P<stamp>\[(?P<t1>{_TIME})\]|\((?P<t2>{_TIME})\)|(?P<t3>{_TIME})(?=[ \t]))?[ \t]*"
    rf"(?:(?P<label>{_NAME})[ \t]*:(?=[ \t]|$))?)"
)
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,60})\]|\(([^()\n]{1,60})\)")
_INNER_TIME = re.compile(rf"\s*{_TIME}\s*")
MAX_LABEL = 40


def read(data: bytes, fmt: str, shown: str) -> Document:
    """A .vtt or .srt file as transcript lines."""
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    from factcheck.sources.readers.text import decode

    text, warnings = decode(data, shown)
    try:
        captions = webvtt.from_buffer(io.StringIO(text.lstrip("\ufeff")), format=fmt).captions
    except (MalformedFileError, MalformedCaptionError, ValueError) as exc:
        raise ReadError(f"{shown}: not a valid {fmt.upper()} file: {exc}") from None
    lines, last = [], None
    for caption in captions:
        words_ = " ".join(caption.text.split())
        if not words_:
            continue
        head = f"[{normal_time(caption.start)}] "
        if caption.voice and caption.voice != last:
            head += f"{caption.voice.strip()}: "
            last = caption.voice
        lines.append(head + words_)
    if not lines:
        raise ReadError(f"{shown}: the {fmt.upper()} file has no cues with text")
    return Document("\n".join(lines) + "\n", fmt, extracted=True, warnings=warnings)


def normal_time(stamp: str) -> str:
    """A timestamp as HH:MM:SS.mmm ("1:02" → "00:01:02.000", "00:00:01,5" → "00:00:01.500")."""
    main, _, fraction = stamp.replace(",", ".").partition(".")
    parts = [int(p) for p in main.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    hours, minutes, seconds = parts
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{(fraction + '000')[:3]}"


def layout(text: str, start: int = 0) -> Layout:
    """Cues, skipped spans and annotations of transcript text from offset `start` on."""
    cues: list[Cue] = []
    skipped: list[tuple[int, int]] = []
    time = speaker = None
    for line in re.finditer(r"[^\n]*", text[start:]):
        lo, hi = start + line.start(), start + line.end()
        if lo == hi or not text[lo:hi].strip():
            continue
        head = _HEAD.match(text, lo, hi)
        label = head.group("label") or head.group("label2")
        if label and not _is_name(label):
            head = _HEAD.match(text, lo, head.start("label")) if head.group("label") else None
            label = None
        if head and (head.group("stamp") or head.group("stamp2")):
            time = normal_time(head.group("t1") or head.group("t2") or head.group("t3") or head.group("t4"))
            skipped.append(head.span("stamp") if head.group("stamp") else head.span())
        if label:
            speaker = " ".join(label.split())
            skipped.append((head.start("label") if head.group("label") else head.start("label2"), head.end()))
        cues.append(Cue(lo, hi, time, speaker))
    noise = []
    noise_words = tables().transcript_noise
    for m in _BRACKETED.finditer(text, start):
        inner = (m.group(1) or m.group(2)).strip()
        if _INNER_TIME.fullmatch(inner):
            skipped.append(m.span())
        elif _is_noise(inner, noise_words):
            noise.append(m.span())
    return Layout(cues, sorted(skipped + noise), noise)


def _is_name(label: str) -> bool:
    names = label.split()
    if len(label) > MAX_LABEL or not names[0][0].isupper():
        return False
    particles = tables().name_particles  # "Ahmad bin Said:", "Maria dos Santos:"
    return all(w[0].isupper() or w.isdigit() or w.lower() in particles for w in names)


def _is_noise(inner: str, noise_words: frozenset[str]) -> bool:
    """Is "inaudible 00:03:12" / "laughs" / "through translator" an annotation?"""
    key = " ".join(_INNER_TIME.sub(" ", inner).casefold().replace("?", " ").split())
    key = key.rstrip(".:;,")
    return key in noise_words or any(key.startswith(w + " ") for w in noise_words)
