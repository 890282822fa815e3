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
from bisect import bisect_left
from dataclasses import dataclass

from factcheck.checks.evidence import best_verdict, span_evidence
from factcheck.checks.statement import MAX_UNITS, Paraphrase, Reading
from factcheck.lang import tables
from factcheck.text.excerpt import cut, measure
from factcheck.model import Claim, Finding, Status, Verdict
from factcheck.text.document import Source
from factcheck.speakers import Attribution, Basis, How, Person, Statement, attribution_at, people_named, speech
from factcheck.speakers.names import fuller_name, written_in
from factcheck.speakers.tokenview import plain
from factcheck.text.tokens import WORD, tokenize

SUPPORTED = 0.6  # a statement with this share of the claim's words is about what the claim says
WEAK = 0.35  # below this, a statement is not about it at all
NEARLY = 0.8  # someone else's statement holding this share of the claim's words is what the claim says
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s)")
_CUE_REACH = 120  # characters around a quotation searched for the cue naming its speaker


# -- the speaker of a quote ----------------------------------------------------------------


def speaker_findings(source: Source, start: int, end: int, claimed: str) -> list[Finding]:
    """Findings on whether the source gives the words at start..end to `claimed`.

    Confidence is asymmetric: the claim passes only when a cue names the claimed speaker
    for these words, or an unbroken chain (-nya, a pronoun, cue-less turns) leads back to
    one (`Basis.explicit`); it fails only when the source gives the words that explicitly
    to someone else; anything in between warns, saying what the speaker rests on."""
    attribution = attribution_at(source, start, end)
    candidates = people_named(source, claimed)
    if attribution is not None and attribution.speaker is None and attribution.described:
        return [_described(source, attribution, claimed, candidates)]
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


def _described(source: Source, attribution: Attribution, claimed: str, candidates: list) -> Finding:
    """The verdict on words the source gives to someone it describes but does not name ("jawab
    pemudik", "said his wife"): a claim naming them so passes; a claim naming a person the
    source names fails when the description is of someone unnamed ("seorang warga", "jawab
    pemudik") and the person was never given its words as a role; otherwise it warns."""
    described = attribution.described
    evidence = _evidence(source, attribution)
    explicit = attribution.basis.explicit
    if _words_of(claimed) and _words_of(claimed) <= _words_of(described):
        if explicit:
            return Finding("A101", f'speaker confirmed: "{described}" ({evidence})')
        return Finding("A204", f'speaker probable, not confirmed: "{described}", but {evidence}')
    fitting = [p for p in candidates if _words_of(described) & (p.roles | p.tokens)]
    if candidates and attribution.unnamed and explicit and not fitting:
        return Finding("A301", f'wrong speaker: {source.id} gives these words to "{described}", someone it does not '
                               f"name ({evidence}), not {claimed}", claimed, described)
    return Finding("A201", f'speaker undetermined: {source.id} gives these words to "{described}" and does not '
                           f"name them ({evidence}); confirm that is {claimed}")


def _words_of(name: str) -> set[str]:
    """The words of a name or description that tell who it is: no articles or determiners."""
    every = tables()
    skip = every.articles | every.describers | every.indefinites | every.demonstratives | every.function_words
    tokens = tokenize(name)
    return {plain(k) for k, kind in zip(tokens.keys, tokens.kinds) if kind == WORD and plain(k) not in skip}


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
        cue = f"{attribution.mention} {attribution.cue}" if attribution.how is How.LEAD_IN else \
            attribution.cue if attribution.how is How.DESCRIBED else said
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
class _Said:
    """One statement of the source, what it says about the claim, and whether the source
    gives it to its speaker explicitly."""

    statement: Statement
    reading: Reading
    explicit: bool


def check_attribution(claim: Claim, sources: list[Source]) -> Verdict:
    """Judge an attribution claim against each of its sources; the best verdict wins."""
    return best_verdict(_judge(claim, source) for source in sources)


def _judge(claim: Claim, source: Source) -> Verdict:
    """Pass only on a statement the source gives the speaker explicitly that supports the
    claim strongly; fail only on one of theirs that says the opposite, or when the source
    explicitly gives the statement to someone else; warn, saying what to confirm, otherwise."""
    speaker, said = claim.fields["speaker"], claim.fields["said"]
    language = claim.language if claim.language != "auto" else source.language
    paraphrase = Paraphrase(said, language)
    if not paraphrase.hard:
        finding = Finding("E002", f"line {claim.line}: 'said' has no words to look for")
        return Verdict(Status.ERROR, finding.message, (finding,))
    if len(paraphrase.hard) > MAX_UNITS:  # (and so a said: claim costs a bounded time per statement)
        finding = Finding("E002", f"line {claim.line}: 'said' paraphrases one statement, in at most {MAX_UNITS} "
                                  f"words, names and figures; this one has {len(paraphrase.hard)} (check a longer "
                                  "passage as a quote)")
        return Verdict(Status.ERROR, finding.message, (finding,))
    every = tables(language)
    analysis = speech(source)
    unbroken = _unbroken(source, analysis.statements, analysis.people)
    read = [_Said(st, paraphrase.glance(_keys(source, st)) or
                  paraphrase.compare(st.text, _context(source, st), not st.direct and st.cue.casefold() in every.denials),
                  n in unbroken)
            for n, st in enumerate(analysis.statements)]
    supporting = [s for s in read if s.reading.supports]
    candidates = people_named(source, speaker)
    if not candidates:  # a fuller name than the source's ("Gabriel Syme" for "Syme") is that person
        fuller = [s for s in supporting if s.statement.speaker and fuller_name(source, speaker, s.statement.speaker)]
        if fuller and written_in(source, speaker):
            candidates = [fuller[0].statement.speaker]
        elif fuller:
            st = fuller[0].statement
            return _verdict(Status.WARN, Finding("A206", f'{source.id} gives this to {st.speaker.full} '
                                                         f'({_line(source, fuller[0])}) but never calls them '
                                                         f'"{speaker}"; confirm the fuller name elsewhere',
                                                 speaker, st.speaker.full), source, fuller[0], said)
    if not candidates:
        told = _best([s for s in supporting if s.explicit])
        if told is not None:
            finding = _nobody(source, speaker, f"; it gives this to {told.statement.speaker.full} "
                                               f"({_line(source, told)})")
            return _verdict(Status.FAIL, finding, source, told, said)
        finding = _nobody(source, speaker, ", so nothing in it confirms the claim")
        return _verdict(Status.WARN, Finding("A207", finding.message, speaker), source, None, said)

    own = [s for s in read if s.statement.speaker in candidates]
    who = candidates[0].full if len(candidates) == 1 else speaker
    backed = _best([s for s in own if s.reading.supports and s.explicit])
    against = _best([s for s in own if s.reading.conflict and s.explicit])
    if backed and not against:
        if len(candidates) > 1:
            names = ", ".join(p.full for p in candidates)
            return _verdict(Status.WARN, Finding("A202", f'"{speaker}" fits more than one person in {source.id} '
                                                         f"({names}); {backed.statement.speaker.full} says this "
                                                         f"({_line(source, backed)})"), source, backed, said)
        return _verdict(Status.PASS, Finding("A102", f"supported by what {who} says ({_line(source, backed)}, "
                                                     f"{_evidence_of(backed)})", source_text=_text(backed)),
                        source, backed, said)
    if against:
        message = f"{who} says otherwise: {against.reading.conflict} ({_line(source, against)})"
        if backed:
            message += f"; yet {_line(source, backed)} supports the claim: confirm which holds"
            return _verdict(Status.WARN, Finding("A203", message, said, _text(against)), source, against, said)
        return _verdict(Status.FAIL, Finding("A303", message, said, _text(against)), source, against, said)
    probable = _best([s for s in own if s.reading.supports])
    if probable:
        return _verdict(Status.WARN, Finding("A204", f"supported by what {source.id} seems to give {who} "
                                                     f"({_line(source, probable)}), but no cue names them for "
                                                     f"these words ({_why_inferred(probable)}); confirm who said it"),
                        source, probable, said)
    # someone else's statement holding (nearly) every word of the claim: the source gives it to them
    others = [s for s in read if s.statement.speaker is not None and s.statement.speaker not in candidates
              and (s.reading.supports or s.reading.held >= NEARLY and not s.reading.conflict and not s.reading.unclear)]
    closest = _best(own)
    other = _best([s for s in others if s.explicit])
    if other and (closest is None or closest.reading.share < SUPPORTED):
        finding = Finding("A304", f"{source.id} attributes this to {other.statement.speaker.full}, not {speaker} "
                                  f"({_line(source, other)})", speaker, _text(other))
        return _verdict(Status.FAIL, finding, source, other, said)
    other = _best(others)
    if other:
        finding = Finding("A205", f"{source.id} seems to give this to {other.statement.speaker.full}, not {speaker} "
                                  f"({_line(source, other)}), but {_why_inferred(other)}; confirm who said it",
                          speaker, other.statement.speaker.full)
        return _verdict(Status.WARN, finding, source, other, said)
    nobody = _best([s for s in supporting if s.statement.speaker is None])
    if nobody:
        finding = Finding("A201", f"{source.id} says this ({_line(source, nobody)}) but its speaker cannot be "
                                  "determined", source_text=_text(nobody))
        return _verdict(Status.WARN, finding, source, nobody, said)
    if closest and (closest.reading.share >= WEAK or closest.reading.conflict):
        return _verdict(Status.WARN, Finding("A203", f"not confirmed by what {who} says: {_unconfirmed(closest)} "
                                                     f"({_line(source, closest)})", said, _text(closest)),
                        source, closest, said)
    message = f"{source.id} attributes nothing like this to {who}"
    if closest:
        message += f"; the closest statement ({_line(source, closest)}) has {closest.reading.share:.0%} of the claim's words"
    return _verdict(Status.WARN, Finding("A207", message + "; confirm it elsewhere", said, _text(closest)),
                    source, closest, said)


def _unbroken(source: Source, statements: list[Statement], people: list[Person]) -> set[int]:
    """The statements the source gives their speaker explicitly: by a cue, or by a chain
    (-nya, a pronoun, no cue) from where the speaker was last named that no other person's
    name interrupts, even one without a title ("Karsim sendiri menunda panen. “…,” ujarnya").
    Stricter than the speaker check of quotes: a said: claim has no quotation to anchor it."""
    found: set[int] = set()
    named: dict[int, int] = {}  # speaker id -> where the source last gave them a statement
    analysis = speech(source)
    mentions = source.derived("said:name-mentions", lambda s: _name_mentions(s, people))
    starts = [start for start, _, _ in mentions]
    for n in sorted(range(len(statements)), key=lambda n: statements[n].start):
        st = statements[n]
        if st.speaker is None or not st.basis.explicit:
            continue
        origin = named.get(id(st.speaker))
        attribution = analysis.at(st.start) if st.direct else None
        if attribution is not None and attribution.origin_at >= 0:
            origin = max(origin or 0, attribution.origin_at)
        if st.basis is Basis.CUE or origin is None or not _other_named(mentions, starts, origin, st, people):
            found.add(n)
            named[id(st.speaker)] = st.end
    return found


def _name_mentions(source: Source, people: list[Person]) -> list[tuple[int, int, int]]:
    """Where the source names each person by any form it uses for them, as whole words:
    (start, end, index in `people`), in order. Found once per source: a chain is checked
    against them by position, not by searching the text between for every person."""
    text, found = source.text, []
    for k, person in enumerate(people):
        for form in sorted({person.name, *person.aliases} - {""}):
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if not (at > 0 and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
                    found.append((at, end, k))
                at = text.find(form, at + 1)
    return sorted(found)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _other_named(mentions: list[tuple[int, int, int]], starts: list[int], origin: int, statement: Statement,
                 people: list[Person]) -> bool:
    """Is a person other than the statement's speaker named between `origin` and it?"""
    i = bisect_left(starts, origin)
    while i < len(mentions) and mentions[i][0] < statement.start:
        _, end, k = mentions[i]
        if end <= statement.start and people[k] is not statement.speaker:
            return True
        i += 1
    return False


def _best(said: list[_Said]) -> _Said | None:
    return max(said, key=lambda s: (s.reading.share, s.explicit), default=None)


def _evidence_of(support: _Said) -> str:
    cue = f'"{support.statement.cue}"' if support.statement.cue else "a chain back to its cue"
    kind = "quoted" if support.statement.direct else "reported"
    return f"{kind}, {cue}; every word of the claim agrees"


def _why_inferred(said: _Said) -> str:
    st = said.statement
    if st.speaker is None:
        return "the source does not say who"
    return "the chain back to the cue is broken" if st.basis is Basis.INFERRED else "no cue names the speaker"


def _unconfirmed(said: _Said) -> str:
    """What a person must confirm, in words."""
    reading = said.reading
    parts = []
    if reading.conflict:
        parts.append(f"{reading.conflict}, but too few of the claim's words are there to call it a contradiction")
    if reading.missing:
        parts.append("it does not say " + ", ".join(f'"{w}"' for w in reading.missing))
    if reading.unclear:
        parts.append(reading.unclear)
    if not parts:
        parts.append("most of the claim's words are only around it, not in it")
    return "; ".join(parts)


def _keys(source: Source, statement: Statement) -> list[str]:
    """The folded words of a statement, from the source's own tokens (not read again)."""
    tokens = source.tokens
    first = bisect_left(tokens.starts, statement.start)
    last = bisect_left(tokens.starts, statement.end)
    return tokens.keys[first:last]


def _context(source: Source, statement: Statement) -> str:
    """The text around a statement where its topic or its speaker's title stands: from the
    sentence before it (in its paragraph) to the end of the sentence that holds it."""
    text = source.text
    para_start = max(text.rfind("\n", 0, statement.start) + 1, 0)
    para_end = text.find("\n", statement.end)
    para_end = len(text) if para_end < 0 else para_end
    ends = [m.end() for m in _SENTENCE_END.finditer(text, para_start, para_end)]
    before = [e for e in ends if e <= statement.start]
    start = before[-2] if len(before) >= 2 else para_start
    end = next((e for e in ends if e >= statement.end), para_end)
    return text[start:end]


def _verdict(status: Status, finding: Finding, source: Source, support: _Said | None, said: str) -> Verdict:
    evidence = None
    if support is not None:
        st = support.statement
        words = " ".join(st.text.split())  # a transcript turn can be long: cut like any passage
        evidence = span_evidence(source, st.start, st.end, cut(words, 0, len(words), measure(said))[0],
                                 round(100 * support.reading.share, 1),
                                 status is not Status.FAIL or bool(support.reading.conflict))
    return Verdict(status, finding.message, (finding,), evidence, claim_text=said)


def _line(source: Source, support: _Said) -> str:
    return source.locate(support.statement.start).where()


def _text(support: _Said | None) -> str | None:
    if support is None:
        return None
    words = " ".join(support.statement.text.split())
    return cut(words, 0, len(words), 0)[0]
