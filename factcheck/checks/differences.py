"""The differences between a quote and the source passage it was located at, each
classified by its kind (`factcheck.checks.quote` locates the passage and picks the best
source): cosmetic (Q1xx, a note), minor (Q2xx, warn) or material (Q3xx, fail).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from factcheck.checks.evidence import PreparedQuote, similarity, words_evidence
from factcheck.text.align import BRACKET_GAP, CLAIM_ONLY, ELLIPSIS_GAP, EQUAL, GAP, SOURCE_ONLY, SUB, Op
from factcheck.codes import CODES
from factcheck.lang import cldr, tables
from factcheck.text.locate import Match, locate
from factcheck.text.excerpt import cut, measure, whole_chunks
from factcheck.model import RANK, Evidence, Finding, Mark, Status, Verdict
from factcheck.text.normalize import is_dash, is_quote_mark
from factcheck.text.numbers import find_figures, same_value, units_agree
from factcheck.text.document import Source
from factcheck.text.tokens import MATCHED_KINDS, PUNCT, is_sentence_start

RELOCATE_SHARE = 0.8  # a misplaced fragment counts as found elsewhere at this share
REANCHOR_REACH = 60  # how far beyond the aligned words an unmarked omission is looked for
REANCHOR_PER_WORD = 8  # … at most this many words per claim word placed there
MAX_RELOCATED = 8  # fragments of one quote looked for elsewhere in the source


class Differences:
    """Classifies the differences of one located quote."""

    def __init__(self, claim: PreparedQuote, source: Source, match: Match):
        self.claim, self.source = claim, source
        self.ops = list(match.alignment.ops)
        self.findings: list[Finding] = []
        self.marks: list[Mark] = []

    # -- helpers -------------------------------------------------------------------------
    def claim_span(self, items: list[int]) -> tuple[int, int]:
        tokens = self.claim.tokens
        ts = [self.claim.item_token[i] for i in items]
        return tokens.starts[min(ts)], tokens.ends[max(ts)]

    def source_span(self, positions: list[int]) -> tuple[int, int]:
        tokens, words = self.source.tokens, self.source.words
        return tokens.starts[words[min(positions)]], tokens.ends[words[max(positions)]]

    def add(self, code: str, message: str, items: list[int] = (), positions: list[int] = ()) -> None:
        claim_text = source_text = None
        severity = CODES[code].severity
        if items:
            start, end = whole_chunks(self.claim.text, *self.claim_span(list(items)))
            claim_text = self.claim.text[start:end]
            self.marks.append(Mark("claim", start, end, severity))
        if positions:
            start, end = whole_chunks(self.source.text, *self.source_span(list(positions)))
            source_text = cut(self.source.text, start, end, measure(self.claim.text))[0]
            self.marks.append(Mark("source", start, end, severity))
        self.findings.append(Finding(code, message, claim_text, source_text))

    def claim_words(self, items: list[int]) -> str:
        """The claim's words for `items` as written, whole ("Rp25.000", not "25.000")."""
        return _squash(self.claim.text[slice(*whole_chunks(self.claim.text, *self.claim_span(items)))]) if items else ""

    def source_words(self, positions: list[int]) -> str:
        if not positions:
            return ""
        words = _squash(self.source.text[slice(*whole_chunks(self.source.text, *self.source_span(positions)))])
        return cut(words, 0, len(words), measure(self.claim.text))[0]

    def source_key(self, position: int) -> str:
        return self.source.word_keys[position]

    def source_surface(self, position: int) -> str:
        return self.source.tokens.surface(self.source.words[position])

    # -- the verdict ---------------------------------------------------------------------
    def verdict(self) -> Verdict:
        self.trim_edges()
        self.misplaced_fragments()
        self.edits()
        self.cut_negation()
        self.gaps()
        self.words_as_written()
        self.between_words()
        self.edges()
        self.narration()
        used = [op.sj for op in self.ops if op.kind in (EQUAL, SUB)]
        first, last = min(used), max(used)
        evidence = words_evidence(self.source, first, last, similarity(self.claim, self.source, first, last),
                                  self.claim)
        self.annotations(evidence)
        return Verdict(Status.of_findings(self.findings), self.message(evidence), tuple(self._sorted()), evidence,
                       claim_text=self.claim.text, marks=tuple(self.marks))

    def _sorted(self) -> list[Finding]:
        return worst_first(self.findings)

    def message(self, evidence: Evidence) -> str:
        where = f"{self.source.id} ({evidence.location.where()})"
        findings = self._sorted()
        if not findings:
            return f"quote found verbatim in {where}"
        top = findings[0]
        if top.severity == "fail":
            return f"misquote: {top.message} — {where}"
        if top.severity == "warn":
            return f"quote found in {where} with minor differences: {top.message}"
        names = ", ".join(dict.fromkeys(CODES[f.code].name.replace("-", " ") for f in findings))
        return f"quote found in {where}; cosmetic differences only ({names})"

    # -- fragments around ellipses -----------------------------------------------------
    def misplaced_fragments(self) -> None:
        """A fragment the in-order alignment could not place may sit elsewhere: out of
        order (Q307) or in another quotation (Q308)."""
        fragments = self.claim.fragments()
        if len(fragments) < 2:
            return
        by_item = {op.ci: op for op in self.ops if op.ci is not None}
        placed = []
        for lo, hi in fragments:
            equal = [by_item[i].sj for i in range(lo, hi) if by_item[i].kind == EQUAL]
            placed.append((min(equal), max(equal)) if len(equal) >= (hi - lo) / 2 else None)
        unplaced = [k for k, p in enumerate(placed) if p is None]
        for k, (lo, hi) in enumerate(fragments):
            if placed[k] is not None or k not in unplaced[:MAX_RELOCATED]:
                continue  # (beyond the first few, a fragment's words are judged as changed: bounded work)
            alone = locate(self.claim.items[lo:hi], self.source)
            if alone is None or alone.alignment.equal < RELOCATE_SHARE * (hi - lo):
                continue  # not elsewhere either: its words are judged as changed
            at = alone.alignment.start
            before = [p[1] for p in placed[:k] if p]
            after = [p[0] for p in placed[k + 1 :] if p]
            where = self.source.locate(self.source.tokens.starts[self.source.words[at]]).where()
            if (before and at < max(before)) or (after and at > min(after)):
                code, what = "Q307", f"is in the source in another order ({where})"
            else:
                code, what = "Q308", f"comes from another passage of the source ({where})"
            self.add(code, f"a fragment of the quote {what}", list(range(lo, hi)),
                     [op.sj for op in alone.alignment.ops if op.kind == EQUAL])
            self.remove_items(lo, hi)

    def remove_items(self, lo: int, hi: int) -> None:
        """Drop the ops of claim items lo..hi-1 and of the gap joining them to the rest."""
        index = {op.ci: n for n, op in enumerate(self.ops) if op.ci is not None}
        first, last = (index[lo - 1], index[hi - 1]) if lo > 0 else (index[lo], index[hi])
        del self.ops[first : last + 1]

    def trim_edges(self) -> None:
        """Repair the alignment's edges, where the free start and end let it cheat.

        Words the claim adds at an edge align, as substitutions, with whatever the source
        has next; beyond a quotation mark they are additions. And when the claim leaves out
        words without an ellipsis, its edge words align with the wrong source words; if
        they occur exactly a little further out, they belong there, with the words
        between them left out.
        """
        kinds = [op.kind for op in self.ops]
        if EQUAL not in kinds:
            return
        first, last = kinds.index(EQUAL), len(kinds) - 1 - kinds[::-1].index(EQUAL)
        lead, middle, trail = self.ops[:first], self.ops[first : last + 1], self.ops[last + 1 :]
        lead = self.reanchor(lead, middle[0].sj, -1) or lead
        trail = self.reanchor(trail, middle[-1].sj, 1) or trail
        if trail and trail[0].kind != EQUAL:
            trail = self.within_quotation(trail, middle[-1].sj, middle[-1].sj_end)
        if lead and lead[-1].kind != EQUAL:
            lead = self.within_quotation(lead[::-1], middle[0].sj, middle[0].sj)[::-1]
        self.ops = lead + middle + trail

    def within_quotation(self, run: list[Op], anchor: int, at: int) -> list[Op]:
        """An edge run (outwards from source word `anchor`) with the claim words it aligns
        beyond a quotation mark turned into additions: those before the mark stay as they are
        ("Rp 20 ribu" against “… Rp20.000,” keeps "20"/"20.000" a changed number)."""
        kept = []
        for n, op in enumerate(run):
            if op.kind != SOURCE_ONLY and self.quote_mark_between(min(op.sj, anchor), max(op.sj, anchor)):
                added = [Op(CLAIM_ONLY, o.ci, at, at) for o in run[n:] if o.ci is not None]
                return kept + added
            kept.append(op)
        return kept

    def reanchor(self, run: list[Op], anchor: int, step: int) -> list[Op] | None:
        """Place an edge run's claim words exactly, a little beyond `anchor` (the further,
        the more words it takes to be sure) and within the same quotation."""
        items = [op.ci for op in run if op.ci is not None]
        if not items or any(self.claim.items[i] in (ELLIPSIS_GAP, BRACKET_GAP) for i in items):
            return None
        keys, wanted, k = self.source.word_keys, [self.claim.items[i] for i in items], len(items)
        for distance in range(1, min(REANCHOR_REACH, REANCHOR_PER_WORD * k) + 1):
            start = anchor - distance - k + 1 if step < 0 else anchor + distance
            if start < 0 or start + k > len(keys):
                break
            if keys[start : start + k] == wanted and not self.quote_mark_between(min(start, anchor), max(start, anchor)):
                placed = [Op(EQUAL, ci, start + n, start + n + 1) for n, ci in enumerate(items)]
                between = range(start + k, anchor) if step < 0 else range(anchor + 1, start)
                skipped = [Op(SOURCE_ONLY, None, p, p + 1) for p in between]
                return placed + skipped if step < 0 else skipped + placed
        return None

    def quote_mark_between(self, a: int, b: int) -> bool:
        """Is there a quotation mark between source words a and b? Words a claim adds past
        the source's last word sit one past it: b may be len(words), the end of the text."""
        tokens, words = self.source.tokens, self.source.words
        end = words[b] if b < len(words) else len(tokens.keys)
        return any(tokens.keys[t] == '"' for t in range(words[a] + 1, end))

    # -- word changes ----------------------------------------------------------------------
    def edits(self) -> None:
        """Group runs of changed, added and removed words and classify each run."""
        run: list[Op] = []
        for op in self.ops + [Op(EQUAL, None, -1, -1)]:
            if op.kind in (SUB, CLAIM_ONLY, SOURCE_ONLY):
                run.append(op)
                continue
            if run:
                self.classify(run)
                run = []

    def classify(self, run: list[Op]) -> None:
        items = [op.ci for op in run if op.kind != SOURCE_ONLY]
        positions = [op.sj for op in run if op.kind != CLAIM_ONLY]
        claim_keys = [self.claim.items[i] for i in items]
        source_keys = [self.source_key(p) for p in positions]
        said, wrote = self.source_words(positions), self.claim_words(items)
        if not items and self.interrupting_cue(positions):
            self.add("Q108", f'the cue "{said}" between the parts of the quotation is left out')
            return
        both = f'the source says "{said}", the claim ' + (f'"{wrote}"' if wrote else "leaves it out")
        negations = sum(map(_negation, claim_keys)) != sum(map(_negation, source_keys))
        numbers = Counter(filter(_numeric, claim_keys)) != Counter(filter(_numeric, source_keys))
        if numbers and self.same_figures(wrote, said):
            self.add("Q204", f"number written differently, same value: {both}", items, positions)
            numbers = False  # the words around the numbers are judged on their own
            items = [i for i in items if not _numeric(self.claim.items[i])]
            positions = [p for p in positions if not _numeric(self.source_key(p))]
            claim_keys = [self.claim.items[i] for i in items]
            source_keys = [self.source_key(p) for p in positions]
            if claim_keys == source_keys:
                return
            said, wrote = self.source_words(positions), self.claim_words(items)
            both = f'the source says "{said}", the claim ' + (f'"{wrote}"' if wrote else "leaves it out")
        if negations:
            removed = sum(map(_negation, source_keys)) > sum(map(_negation, claim_keys))
            self.add("Q302", f"negation {'removed' if removed else 'added'}: {both}", items, positions)
        if numbers:
            self.add("Q301", f"number changed: {both}", items, positions)
        if negations or numbers:
            return
        if items and positions:
            if self.names_involved(items, positions):
                self.add("Q303", f"name changed: {both}", items, positions)
            else:
                self.add("Q304", f"{'word' if len(run) == 1 else 'words'} changed: {both}", items, positions)
        elif items:
            self.add("Q305", f'words added that the source does not have: "{wrote}"', items)
        else:
            self.add("Q306", f'words of the source left out without an ellipsis: "{said}"', positions=positions)

    def same_figures(self, wrote: str, said: str) -> bool:
        """Do the claim's and the source's words state the same figures, written differently?"""
        language = self.claim.language if self.claim.language != "auto" else self.source.language
        ours, theirs = find_figures(wrote, language), find_figures(said, language)
        return bool(ours) and len(ours) == len(theirs) and all(
            same_value(a, b) and units_agree(a, b) for a, b in zip(ours, theirs))

    def interrupting_cue(self, positions: list[int]) -> bool:
        """Are source words `positions` the narration between two parts of one quotation
        (“Kami siap,” kata Andra, “untuk bekerja.”), which a quote may leave out?"""
        starts, words, quotes = self.source.tokens.starts, self.source.words, self.source.quotations
        if any(quotes.at(starts[words[p]]) is not None for p in positions):
            return False
        if min(positions) == 0 or max(positions) + 1 >= len(words):
            return False
        before = quotes.at(starts[words[min(positions) - 1]])
        after = quotes.at(starts[words[max(positions) + 1]])
        return before is not None and after is not None and before is not after and before.group == after.group

    def names_involved(self, items: list[int], positions: list[int]) -> bool:
        tokens, words, text = self.source.tokens, self.source.words, self.source.text
        for p in positions:
            start = tokens.starts[words[p]]
            if text[start].isupper() and not is_sentence_start(text, start):
                return True
        ctokens = self.claim.tokens
        for i in items:
            start = ctokens.starts[self.claim.item_token[i]]
            if self.claim.text[start].isupper() and i > 0:
                return True
        return False

    # -- a negation right outside the quote -----------------------------------------------
    def cut_negation(self) -> None:
        """Q311: the source negates the quoted words right outside them — "Jangan | untuk beli
        mobil", "I don't | know the reason", "The suspect was | not at home" — so the quote says
        the opposite. A negation that a punctuation mark separates ("Tidak. Kami …", "No, we …"),
        that closes an alternative ("mau atau tidak kita …") or that starts "tidak hanya" / "not
        only" after the quote does not count."""
        used = [op.sj for op in self.ops if op.kind in (EQUAL, SUB)]
        first, last = min(used), max(used)
        keys, lang = self.source.word_keys, tables()  # every language's words, as for negations
        before, after = first - 1, last + 1
        if before >= 0 and _negation(keys[before]) and self.adjacent(before, first) \
                and (before == 0 or keys[before - 1] not in lang.negation_alternatives):
            said = self.source_surface(before)
            self.add("Q311", f'the quote starts right after "{said}" in the source, which negates it: '
                             f'"{said} {self.source_words([first, min(last, first + 5)])} …"', positions=[before])
        if after < len(keys) and _negation(keys[after]) and self.adjacent(last, after) \
                and keys[last] in lang.auxiliaries and not self.idiom(after):
            said = self.source_surface(after)
            self.add("Q311", f'the quote ends right before "{said}" in the source, which negates it: '
                             f'"… {self.source_words([max(first, last - 5), last])} {said}"', positions=[after])

    def adjacent(self, a: int, b: int) -> bool:
        """Are source words a and b (a < b) next to each other, with no punctuation between?"""
        tokens, words = self.source.tokens, self.source.words
        return b == a + 1 and not any(tokens.kinds[t] == PUNCT for t in range(words[a] + 1, words[b]))

    # -- ellipses and brackets ------------------------------------------------------------
    def gaps(self) -> None:
        for n, op in enumerate(self.ops):
            if op.kind != GAP:
                continue
            marker = self.claim.items[op.ci]
            omitted = list(range(op.sj, op.sj_end))
            mark = self.claim.text[slice(*self.claim_span([op.ci]))]
            if marker == ELLIPSIS_GAP and omitted and not self.same_quotation(n):
                self.add("Q308", f'"{mark}" joins words from two different quotations', [op.ci], omitted)
                continue
            hidden = [p for p in omitted if _negation(self.source_key(p)) and not (self.idiom(p) and p + 1 in omitted)]
            if hidden:
                words = " ".join(self.source_surface(p) for p in hidden)
                self.add("Q309", f'"{mark}" leaves out a negation the source has: "{words}"', [op.ci], hidden)
            elif marker == BRACKET_GAP:
                stands_for = " ".join(self.source_surface(p) for p in omitted)
                self.add("Q107", f'{mark} stands for "{stands_for}"' if omitted else f"{mark} inserted")
            elif omitted:
                self.add("Q106", f'"{mark}" leaves out {len(omitted)} words')

    def idiom(self, position: int) -> bool:
        """Is the negation at `position` part of a phrase like "tidak hanya" (not only)?"""
        keys = self.source.word_keys
        following = keys[position + 1] if position + 1 < len(keys) else ""
        return f"{keys[position]} {following}" in tables().negation_idioms

    def same_quotation(self, n: int) -> bool:
        """Do the matched words on both sides of gap op `n` lie in the same quotation?"""
        before = next((op.sj for op in reversed(self.ops[:n]) if op.kind in (EQUAL, SUB)), None)
        after = next((op.sj for op in self.ops[n + 1 :] if op.kind in (EQUAL, SUB)), None)
        if before is None or after is None:
            return True
        starts, words, quotes = self.source.tokens.starts, self.source.words, self.source.quotations
        q1, q2 = quotes.at(starts[words[before]]), quotes.at(starts[words[after]])
        if q1 is None or q2 is None:
            return q1 is q2  # narration on both sides is judged as narration (Q203)
        return q1.group == q2.group

    # -- words that match, compared as written ------------------------------------------------
    def words_as_written(self) -> None:
        first_item = min((op.ci for op in self.ops if op.ci is not None), default=0)
        for op in self.ops:
            if op.kind != EQUAL:
                continue
            wrote = self.claim.tokens.surface(self.claim.item_token[op.ci])
            said = self.source_surface(op.sj)
            if wrote == said:
                continue
            if "[" in wrote:
                self.add("Q107", f'{wrote}: an editor\'s change of "{said}"')
                continue
            if wrote.casefold() == said.casefold() or wrote.lower() == said.lower():
                if op.ci == first_item and wrote[1:] == said[1:]:
                    self.add("Q104", f'"{said}" begins with a different case')
                else:
                    self.add("Q202", f'capitalisation changed: the source says "{said}", the claim "{wrote}"',
                             [op.ci], [op.sj])
            else:
                self.add(_style_code(wrote, said), f'written differently: the source has "{said}", the claim "{wrote}"')

    def between_words(self) -> None:
        """Punctuation and spacing between two adjacent matched words."""
        ops = [op for op in self.ops if op.kind in (EQUAL, SUB, GAP, CLAIM_ONLY, SOURCE_ONLY)]
        for a, b in zip(ops, ops[1:]):
            if a.kind not in (EQUAL, SUB) or b.kind not in (EQUAL, SUB) or b.sj != a.sj + 1 or b.ci != a.ci + 1:
                continue
            ct, st = self.claim.tokens, self.source.tokens
            c_lo, c_hi = self.claim.item_token[a.ci], self.claim.item_token[b.ci]
            s_lo, s_hi = self.source.words[a.sj], self.source.words[b.sj]
            c_raw = self.claim.text[ct.ends[c_lo] : ct.starts[c_hi]]
            s_raw = self.source.visible(st.ends[s_lo], st.starts[s_hi])  # page marks, labels: spaces
            if c_raw == s_raw:
                continue
            c_punct = [ct.keys[t] for t in range(c_lo + 1, c_hi)]
            s_punct = [st.keys[t] for t in range(s_lo + 1, s_hi)]
            if c_punct != s_punct:
                wrote = ct.surface(c_lo) + c_raw + ct.surface(c_hi)
                said = st.surface(s_lo) + s_raw + st.surface(s_hi)
                self.add("Q201", f'punctuation changed: the source says "{_squash(said)}", the claim "{_squash(wrote)}"',
                         [a.ci, b.ci], [a.sj, b.sj])
            elif "".join(c_raw.split()) != "".join(s_raw.split()):
                self.add(_style_code(c_raw, s_raw), f'"{c_raw.strip()}" written as "{s_raw.strip()}" in the source')
            else:
                self.add("Q103", "spacing or line breaks differ")

    def edges(self) -> None:
        """Punctuation and ellipses before the first and after the last word are cosmetic."""
        if ELLIPSIS_GAP in self.claim.edge_gaps:
            self.add("Q106", "the quote starts or ends mid-passage, marked with an ellipsis")
        if BRACKET_GAP in self.claim.edge_gaps:
            self.add("Q107", "an editor's [bracketed] words at the start or end are not matched")
        tokens = self.claim.tokens
        words = [t for t, k in enumerate(tokens.kinds) if k in MATCHED_KINDS]
        leading = [tokens.keys[t] for t in range(0, words[0]) if tokens.kinds[t] == PUNCT]
        trailing = [tokens.keys[t] for t in range(words[-1] + 1, len(tokens)) if tokens.kinds[t] == PUNCT]
        used = [op.sj for op in self.ops if op.kind in (EQUAL, SUB)]
        if (leading and leading != self.source_punct(min(used), -1)) or (
            trailing and trailing != self.source_punct(max(used), 1)
        ):
            self.add("Q105", "punctuation at the start or end of the quote differs from the source")

    def source_punct(self, position: int, step: int) -> list[str]:
        """Punctuation keys directly before (step -1) or after (step 1) a source word."""
        tokens, t = self.source.tokens, self.source.words[position] + step
        found = []
        while 0 <= t < len(tokens) and tokens.kinds[t] == PUNCT:
            found.append(tokens.keys[t])
            t += step
        return found[::-1] if step < 0 else found

    def annotations(self, evidence: Evidence) -> None:
        """Transcript annotations the matched passage steps over ([inaudible], (ph), …)."""
        found = self.source.annotations(evidence.start, evidence.end)
        if found:
            self.add("S003", f"the transcript has {', '.join(found)} inside the quote; not matched")

    def narration(self) -> None:
        quotes = self.source.quotations
        if not quotes.quotations or self.source.transcript is not None:
            # a source without quotation marks (a speech) is all speech, and so is every
            # transcript turn: a speaker quoting someone (‘well, there are many…’) makes the
            # rest of the turn no narration
            return
        outside = [op.sj for op in self.ops if op.kind in (EQUAL, SUB)
                   and quotes.at(self.source.tokens.starts[self.source.words[op.sj]]) is None]
        if not outside:
            return
        said = " ".join(self.source_surface(p) for p in outside[:12])
        if len(outside) == sum(op.kind in (EQUAL, SUB) for op in self.ops):
            message = "the source has these words as narration, not inside quotation marks"
        else:
            message = f'some words are narration in the source, not inside quotation marks: "{said}"'
        self.add("Q203", message, positions=outside)


def _negation(key: str) -> bool:
    every = tables()
    return key in every.negations or key.endswith(tuple(every.negation_suffixes))


def _number(key: str) -> bool:
    return key[:1].isdigit() or key in tables().number_words


def _numeric(key: str) -> bool:
    """Is this word part of how a figure is written: a digit, number word, scale or unit?"""
    return _number(key) or key in _figure_words()


@cache
def _figure_words() -> frozenset[str]:
    # one-word entries only: "as" of "dolar AS" or "per" of "per cent" are ordinary words too
    every = tables()
    entries = [*every.percent_words, *every.currency_words, *every.currency_prefixes,
               *cldr.scale_words(), *every.number_values]
    return frozenset(e.rstrip(".") for e in entries if " " not in e) | {"$"}


def _style_code(wrote: str, said: str) -> str:
    changed = set(wrote) ^ set(said)
    if any(is_quote_mark(c) for c in changed):
        return "Q101"
    if any(is_dash(c) or c in ".…" for c in changed):
        return "Q102"
    return "Q103"


def _squash(text: str) -> str:
    return " ".join(text.split())


def worst_first(findings) -> list[Finding]:
    """The findings, the most serious first, then by code."""
    return sorted(findings, key=lambda f: (-RANK[f.severity], f.code))
