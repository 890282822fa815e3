"""Attribution claims: the source must attribute to `speaker` a statement that says `said`.

The statements a source attributes to a person are its quotations whose speaker is that
person and its reported speech ("X mengatakan, …", "Menurut X, …", "X said that …", and
"Ia berharap …" after X). The claim is a paraphrase: it passes when one statement shares
most of its content words and agrees on numbers, negation and names. The speaker check of
quote claims (`speaker_findings`) lives here too.

Examples of every code it reports are in `factcheck.codes` (`factcheck explain CODE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.checks.evidence import best_verdict, span_evidence
from factcheck.lang import tables
from factcheck.text.excerpt import cut
from factcheck.model import Claim, Finding, Status, Verdict
from factcheck.text.document import Source
from factcheck.speakers import Attribution, Basis, How, Statement, attribution_at, people_named, speech
from factcheck.speakers.names import fuller_name, written_in
from factcheck.text.tokens import NUMBER, WORD, tokenize

SUPPORTED = 0.6  # share of the claim's content words a statement must have to support it
WEAK = 0.35  # below this, a statement does not support the claim at all
_CUE_REACH = 120  # characters around a quotation searched for the cue naming its speaker
_STEM_PREFIX = 5  # words sharing this many first letters (and one containing the other) match


# -- the speaker of a quote ----------------------------------------------------------------


def speaker_findings(source: Source, start: int, end: int, claimed: str) -> list[Finding]:
    """Findings on whether the source gives the words at start..end to `claimed`.

    Confidence is asymmetric: the claim passes only when a cue names the claimed speaker
    for these words, or an unbroken chain (-nya, a pronoun, cue-less turns) leads back to
    one (`Basis.explicit`); it fails only when the source gives the words that explicitly
    to someone else; anything in between warns, saying what the speaker rests on."""
    attribution = attribution_at(source, start, end)
    candidates = people_named(source, claimed)
    if attribution is None or attribution.speaker is None:
        why = _undetermined(source, start, attribution)
        if not candidates:
            why += f'; {source.id} never names "{claimed}"'
        return [Finding("A201", f"speaker undetermined: {why}")]
    speaker = attribution.speaker
    explicit = attribution.basis.explicit
    evidence = _evidence(source, attribution)
    if not candidates:
        if fuller_name(source, claimed, speaker):
            if not written_in(source, claimed):
                return [Finding("A206", f'{source.id} gives these words to {speaker.full} ({evidence}) but never '
                                        f'calls them "{claimed}"; confirm the fuller name elsewhere', claimed,
                                speaker.full)]
            candidates = [speaker]
        elif explicit:
            return [_nobody(source, claimed, f"; it gives these words to {speaker.full} ({evidence})")]
        else:
            return [Finding("A205", f"speaker not confirmed: {source.id} never names \"{claimed}\"; it seems to "
                                    f"give these words to {speaker.full}, but {evidence}", claimed, speaker.full)]
    if speaker not in candidates:
        if explicit:
            return [Finding("A301", f"wrong speaker: {source.id} gives these words to {speaker.full} ({evidence}), "
                                    f"not {claimed}", claimed, speaker.full)]
        return [Finding("A205", f"speaker not confirmed: {source.id} seems to give these words to {speaker.full}, "
                                f"not {claimed}, but {evidence}", claimed, speaker.full)]
    if len(candidates) > 1:
        names = ", ".join(p.full for p in candidates)
        return [Finding("A202", f'"{claimed}" fits more than one person in {source.id} ({names}); '
                                f"the source gives the words to {speaker.full} ({evidence})")]
    if not explicit:
        return [Finding("A204", f"speaker probable, not confirmed: {speaker.full}, but {evidence}")]
    return [Finding("A101", f"speaker confirmed: {speaker.full} ({evidence})")]


def cue_span(source: Source, start: int, end: int) -> tuple[int, int] | None:
    """Where the source names the speaker of its words start..end: the cue and the name
    beside it ("ujar Andra Soni", "Menurut Andra", a transcript's label), as offsets; None
    when no cue names them (a quotation carrying on the previous speaker's)."""
    attribution = attribution_at(source, start, end)
    if attribution is None:
        return None
    words = [w for w in (attribution.mention, "" if attribution.how is How.TURN else attribution.cue) if w.strip()]
    if not words:
        return None
    text = source.text
    parts = attribution.parts or ((attribution.start, attribution.end),)
    # where a cue stands: between a quotation's parts, after it, or before it (a lead-in)
    regions = [(a[1], b[0], False) for a, b in zip(parts, parts[1:])]
    line_end = text.find("\n", attribution.end)
    regions.append((attribution.end, min(attribution.end + _CUE_REACH, len(text) if line_end < 0 else line_end), False))
    regions.append((max(text.rfind("\n", 0, attribution.start) + 1, attribution.start - _CUE_REACH), attribution.start,
                    True))
    for lo, hi, backwards in regions:
        spans = []
        for word in words:
            found = list(re.finditer(r"(?<!\w)" + r"\s+".join(map(re.escape, word.split())) + r"(?!\w)",
                                     text[lo:hi], re.IGNORECASE))
            if not found:
                break
            spans.append(found[-1 if backwards else 0].span())
        else:
            return lo + min(s for s, _ in spans), lo + max(e for _, e in spans)
    return None


def _undetermined(source: Source, start: int, attribution: Attribution | None) -> str:
    """Why the source gives the words to nobody it can name."""
    if attribution is not None:
        return f"{attribution.reason} ({_where(source, attribution.start)})"
    if not source.quotations.quotations:
        why = "has no quotation marks and no labelled speaker turns"
    elif source.quotations.at(start) is not None:
        why = "quotes these words as a term or title, not as anyone's speech"
    else:
        why = "has these words outside any quotation"
    return f"{source.id} {why}, so it gives them to no one"


def _evidence(source: Source, attribution: Attribution) -> str:
    """What the speaker rests on, in words: the cue beside the quotation, or the chain back
    to one, or why it is only inferred."""
    said = " ".join(w for w in (attribution.cue, attribution.mention) if w)
    if attribution.how is How.TURN:
        return f'the transcript\'s turn labelled "{attribution.mention}"' + \
            (f" at {attribution.cue}" if attribution.cue else "")
    if attribution.basis is Basis.CUE:
        cue = f"{attribution.mention} {attribution.cue}" if attribution.how is How.LEAD_IN else said
        return f'"{cue}", the cue of these words'
    origin = f'"{attribution.origin}" ({_where(source, attribution.origin_at)})' if attribution.origin else \
        "the speaker before"
    if attribution.how is How.PRONOUN:
        link = f'"{said}" refers back to {origin}'
    else:
        link = f"no cue: the quotation continues from {origin}"
    if attribution.basis is Basis.CHAIN:
        return f"{link}, nobody else named between"
    return f"no cue names the speaker of these words: {attribution.note}; {link}"


def _where(source: Source, offset: int) -> str:
    return source.locate(offset).where()


def _nobody(source: Source, claimed: str, more: str = "") -> Finding:
    from rapidfuzz import fuzz, process

    people = [p for p in speech(source).people if p.titled]  # people with a title or a say
    message = f'speaker "{claimed}" matches nobody named in {source.id}'
    names = {n: p.full for n, p in enumerate(people)}
    close = process.extractOne(claimed, {n: p.name or p.full for n, p in enumerate(people)},
                               scorer=fuzz.WRatio, score_cutoff=80)
    if close:
        message += f"; closest: {names[close[2]]}"
    elif people:
        message += f" (it names {', '.join(p.full for p in people[:6])})"
    return Finding("A302", message + more, claimed)


# -- attribution claims ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Support:
    statement: Statement
    share: float  # share of the claim's content words the statement has
    conflict: str  # why the statement contradicts the claim, "" when it does not


def check_attribution(claim: Claim, sources: list[Source]) -> Verdict:
    """Judge an attribution claim against each of its sources; the best verdict wins."""
    return best_verdict(_judge(claim, source) for source in sources)


def _judge(claim: Claim, source: Source) -> Verdict:
    speaker, said = claim.fields["speaker"], claim.fields["said"]
    content = _content(said)
    if not content:
        finding = Finding("E002", f"line {claim.line}: 'said' has no words to look for")
        return Verdict(Status.ERROR, finding.message, (finding,))
    candidates = people_named(source, speaker)
    if not candidates:
        finding = _nobody(source, speaker)
        return Verdict(Status.FAIL, finding.message, (finding,), claim_text=said)
    scored = [_support(said, content, s) for s in speech(source).statements]
    own = _best([s for s in scored if s.statement.speaker in candidates])
    other = _best([s for s in scored if s.statement.speaker is not None and s.statement.speaker not in candidates])
    unknown = _best([s for s in scored if s.statement.speaker is None])
    who = candidates[0].full if len(candidates) == 1 else speaker

    if own and own.share >= SUPPORTED and not own.conflict:
        finding = Finding("A102", f"supported by what {who} says ({_line(source, own)}, "
                                  f"{own.share:.0%} of the claim's words)", source_text=_text(own))
        return _verdict(Status.PASS, finding, source, own, said)
    if own and own.share >= SUPPORTED:
        finding = Finding("A303", f"{who} says otherwise: {own.conflict} ({_line(source, own)})", said, _text(own))
        return _verdict(Status.FAIL, finding, source, own, said)
    if other and other.share >= SUPPORTED and other.share > (own.share if own else 0) and not other.conflict:
        finding = Finding("A304", f"{source.id} attributes this to {other.statement.speaker.full}, not {speaker} "
                                  f"({_line(source, other)})", speaker, _text(other))
        return _verdict(Status.FAIL, finding, source, other, said)
    if unknown and unknown.share >= SUPPORTED and not unknown.conflict and unknown.share > (own.share if own else 0):
        finding = Finding("A201", f"{source.id} says this ({_line(source, unknown)}) but its speaker cannot be "
                                  "determined", source_text=_text(unknown))
        return _verdict(Status.WARN, finding, source, unknown, said)
    if own and own.share >= WEAK and not own.conflict:
        finding = Finding("A203", f"only partly supported by what {who} says ({_line(source, own)}, "
                                  f"{own.share:.0%} of the claim's words)", said, _text(own))
        return _verdict(Status.WARN, finding, source, own, said)
    message = f"{source.id} attributes nothing like this to {who}"
    if own:
        message += f"; the closest statement ({_line(source, own)}) has {own.share:.0%} of the claim's words"
    finding = Finding("A305", message, said, _text(own) if own else None)
    return _verdict(Status.FAIL, finding, source, own, said)


def _best(supports: list[_Support]) -> _Support | None:
    return max(supports, key=lambda s: (s.share, not s.conflict), default=None)


def _verdict(status: Status, finding: Finding, source: Source, support: _Support | None, said: str) -> Verdict:
    evidence = None
    if support is not None:
        st = support.statement
        words = " ".join(st.text.split())  # a transcript turn can be long: cut like any passage
        evidence = span_evidence(source, st.start, st.end, cut(words, 0, len(words), len(said))[0],
                                 round(100 * support.share, 1), status is not Status.FAIL or bool(support.conflict))
    return Verdict(status, finding.message, (finding,), evidence, claim_text=said)


def _line(source: Source, support: _Support) -> str:
    return source.locate(support.statement.start).where()


def _text(support: _Support | None) -> str | None:
    if support is None:
        return None
    words = " ".join(support.statement.text.split())
    return cut(words, 0, len(words), 0)[0]


# -- comparing a paraphrase with a statement ---------------------------------------------------


def _content(text: str) -> list[str]:
    """The claim's content words: not function words, not speech verbs."""
    tokens = tokenize(text)
    every = tables()
    skip = every.function_words | every.speech_cues | every.lead_ins
    return [k for k, kind in zip(tokens.keys, tokens.kinds) if kind in (WORD, NUMBER) and k not in skip]


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1].isdigit() or b[:1].isdigit():
        return False
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _STEM_PREFIX and short in long_ or (
        len(short) >= _STEM_PREFIX + 1 and a[:_STEM_PREFIX + 1] == b[:_STEM_PREFIX + 1])


def _support(said: str, content: list[str], statement: Statement) -> _Support:
    tokens = tokenize(statement.text)
    keys = [k for k, kind in zip(tokens.keys, tokens.kinds) if kind in (WORD, NUMBER)]
    vocabulary = set(keys)
    found = sum(1 for c in content if c in vocabulary or any(_same_word(c, k) for k in vocabulary))
    share = found / len(content)
    return _Support(statement, share, _conflict(said, keys, tokens.text) if share >= WEAK else "")


def _negated(keys: list[str]) -> set[str]:
    """The words a negation governs: the next two content words after "tidak", "not", …
    ("tidak hanya" and the like excepted)."""
    every = tables()
    idioms, negations, skip = every.negation_idioms, every.negations, every.function_words
    suffixes = tuple(every.negation_suffixes)
    governed: set[str] = set()
    for i, k in enumerate(keys):
        if (k in negations or k.endswith(suffixes)) and f"{k} {keys[i + 1] if i + 1 < len(keys) else ''}" not in idioms:
            governed.update([w for w in keys[i + 1 : i + 4] if w not in skip and w not in negations][:2])
    return governed


def _conflict(said: str, statement_keys: list[str], statement_text: str) -> str:
    claim = tokenize(said)
    claim_keys = [k for k, kind in zip(claim.keys, claim.kinds) if kind in (WORD, NUMBER)]
    claim_negated, source_negated = _negated(claim_keys), _negated(statement_keys)
    for word in _content(said):
        in_claim = any(_same_word(word, w) for w in claim_negated)
        in_source = any(_same_word(word, w) for w in source_negated)
        if in_claim != in_source and any(_same_word(word, k) for k in statement_keys):
            return f'"{word}" is negated in {"the claim" if in_claim else "the source"} but not in {"the source" if in_claim else "the claim"}'

    numbers = [k for k, kind in zip(claim.keys, claim.kinds) if kind == NUMBER]
    missing = [n for n in numbers if n not in statement_keys]
    if missing:
        return f"the number {missing[0]} is not in what the source says"
    names = re.findall(r"(?<=\s)[A-Z][\w'-]+", said)
    missing_names = [n for n in names if n.casefold() not in statement_keys]
    if missing_names:
        return f'the name "{missing_names[0]}" is not in what the source says'
    return ""
