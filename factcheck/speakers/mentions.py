"""Name phrases: a mention's titles, role and name as the text writes them ("Gubernur
Bengkulu Helmi Hasan": titles "gubernur", role "bengkulu", name "Helmi Hasan"), a role that
runs on to its name ("juru bicara KPK, Ali Fikri"), and a name written on its own (a
claim's `speaker`, a transcript's label)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.lang import cldr, tables
from factcheck.speakers.model import Mention
from factcheck.speakers.tokenview import MAX_TITLE_WORDS, TokenView, plain, title_phrases
from factcheck.text.tokens import NUMBER, PUNCT, tokenize

_MAX_INITIAL = 2  # letters of an initial ("M." in "Daeng M. Faqih")
_MIN_TITLE_IN_NAME = 3  # a shorter title word among a name's words is an initial
_MAX_LOWER_ROLE_WORDS = 3  # a role in lower case before a name: "said fire chief Victor Duarte"
_BRACKET_REACH = 8  # tokens from "(" to ")" inside a name: "PT Kereta Commuter Indonesia (KAI Commuter)"
_ACRONYM_REACH = 5  # tokens from "(" to ")" of an acronym in a role: "(Asnel)"
_APPOSITION_REACH = 14  # tokens from a role to the comma before its name
_MAX_ROLE_TOKENS = 24  # how far a long role may run before the name it belongs to
_ROLE_WORDS_AFTER = 2  # lower-case role words right after a mention: "ahli epidemiologi"
_MIN_AFFIXED = 8  # letters of a word shaped like a common noun ("penyusunan")


class MentionReader:
    """Reads the name phrases of one source's tokens."""

    def __init__(self, view: TokenView):
        self.view = view

    def read(self, i: int, lower_titles: bool = False, speaker: bool = False) -> Mention | None:
        """The name phrase starting at token i: titles and roles, then the name (initials,
        particles such as "bin" or "van", a title inside it: "Sultra dr Ridwan"). After a
        role alone, an apposition is read whole ("juru bicara KPK, Ali Fikri"). Outside a
        speaker position (`speaker`), leading words the text also writes in lower case are
        dropped: a sentence's first word ("Belum bisa …") is no name."""
        view = self.view
        if not (0 <= i < len(view.tokens)) or view.quoted[i]:
            return None
        if (view.keys[i] in view.own.not_names or view.keys[i] in view.shared.passive_lead_ins) \
                and not view.title_at(i) and not (speaker and self.named_after_cue(i)):
            return None
        j, n = i, len(view.tokens)
        if lower_titles and view.keys[j] in view.shared.articles:
            j += 1
        words_: list[int] = []
        titles: list[int] = []
        boundary = 0  # index in words_ where the name may begin: after the last title or bracket
        if lower_titles:  # a role in lower case before the name: "said fire chief Victor Duarte"
            k = j
            while k < min(j + _MAX_LOWER_ROLE_WORDS, n) and view.is_word(k) and not view.capitalised(k) \
                    and not view.title_at(k) \
                    and view.keys[k] not in view.own.function_words and view.joined(k):
                k += 1
            if k > j and (view.capitalised(k) or view.title_at(k)) and view.joined(k):
                titles = list(range(j, k))
                words_ = list(titles)
                boundary, j = len(words_), k
        while j < n and (j == i or view.joined(j)):
            size = view.title_at(j) if view.is_word(j) else 0
            inside = len(words_) > boundary  # a title among the name's words: not an initial
            if size and (view.capitalised(j) or lower_titles and not words_ or words_ and view.capitalised(j + size)) \
                    and (not inside or len(view.keys[j]) >= _MIN_TITLE_IN_NAME):
                taken = [k for k in range(j, j + size) if view.is_word(k)]
                words_ += taken
                titles += taken
                boundary = len(words_)
                j += size
            elif view.name_word(j) and not (words_ and view.keys[j] in view.own.not_names
                                            and not self.inside_name(j)):
                words_.append(j)
                j += 1
                if possessive(view.keys[j - 1]):
                    break  # "Mr. Durbeyfield's name": the name ends with its owner
                if view.is_punct(j, ".") and len(view.surface(j - 1)) <= _MAX_INITIAL and view.capitalised(j + 1):
                    j += 1  # an initial: "M." in "Daeng M. Faqih"
            elif words_ and view.keys[j] in view.shared.name_particles and view.name_word(j + 1):
                j += 1
            elif titles and view.keys[j] in view.shared.role_joiners and view.name_word(j + 1) and view.joined(j + 1) \
                    and not view.title_at(j + 1):
                j += 1  # "Menteri Riset dan Teknologi / Kepala Badan Riset …"
            elif words_ and view.is_punct(j, "-") and (view.tokens.kinds[j + 1] == NUMBER if j + 1 < n else False):
                j += 2  # "Covid - 19"
            elif titles and view.tokens.kinds[j] == NUMBER and view.capitalised(j + 1) and view.joined(j + 1):
                boundary = len(words_)  # "Manajer Humas PT KAI Daop 8 Surabaya Suprapto"
                j += 1
            elif words_ and view.is_punct(j, "("):
                close = next((k for k in range(j + 1, min(j + 1 + _BRACKET_REACH, n)) if view.is_punct(k, ")")), None)
                if close is None or not view.capitalised(close + 1) or not view.joined(close + 1):
                    break
                boundary = len(words_)  # "PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti"
                j = close + 1
            else:
                break
        if not words_:
            return None
        first = view.keys[words_[0]]
        if not titles and not speaker and (first in view.common or not_a_name(first, view.language)):
            rest = words_[1] if len(words_) > 1 else None
            return self.read(rest) if rest is not None and rest == words_[0] + 1 else None
        last = words_[-1]
        owner = possessive(view.keys[last])
        candidates = words_[boundary:]
        keys = [_owner(view.keys[k]) for k in candidates]
        roled = bool(titles) or bool(keys) and keys[0] in view.own.organisation_words
        name = split_name(keys, view.place_like, roled)
        body = any(view.keys[k] in view.own.organisation_words for k in words_ if k not in titles)
        if titles and (not name or body):
            apposed = self.apposition(j)
            if apposed is not None:
                candidates, last = [k for k in range(apposed.first, apposed.last + 1) if view.is_word(k)], apposed.last
                words_ = words_ + candidates
                keys = [_owner(view.keys[k]) for k in candidates]
                name = split_name(keys, view.place_like, False)
                owner = possessive(view.keys[last])
        name_tokens = candidates[len(candidates) - len(name):]
        title_keys = tuple(view.keys[k] for k in titles)
        role = tuple(view.keys[k] for k in words_ if k not in titles and k not in name_tokens)
        cut = _POSSESSIVE_LETTERS if owner else 0  # the "'s" is not part of the name as written
        name_text = view.text[view.tokens.starts[name_tokens[0]] : view.tokens.ends[name_tokens[-1]] - cut] if name else ""
        start, end = view.tokens.starts[i], view.tokens.ends[last]
        return Mention(first=i, last=last, start=start, end=end, text=_one_line(view.text[start : end - cut]),
                       titles=title_keys, role=role, name=tuple(name), name_text=_one_line(name_text), possessive=owner)

    def inside_name(self, j: int) -> bool:
        """Is token j, a word that names no one alone ("hari": day), a name word between two
        others ("Agung Hari Setiyono")? Never a function word, a weekday or a month."""
        view = self.view
        key = view.keys[j]
        return view.name_word(j - 1) and view.name_word(j + 1) and view.joined(j) and view.joined(j + 1) \
            and key not in view.own.function_words and key not in _calendar_words() \
            and view.keys[j + 1] not in view.own.not_names

    def named_after_cue(self, i: int) -> bool:
        """Is token i, right after a cue verb, capitalised and written elsewhere inside a name
        ("kata Hari" after "Kejaksaan Agung Hari Setiyono": "hari" is no name alone)?"""
        view = self.view
        key = view.keys[i]
        return view.capitalised(i) and any(view.keys[k] == key and self.inside_name(k) for k in range(1, view.n - 1))

    def apposition(self, j: int) -> Mention | None:
        """The name after a role's comma, a few words on: "kata juru bicara Gugus Tugas
        Covid-19 Kabupaten Bekasi, Alamsyah"."""
        view = self.view
        for k in range(j, min(j + _APPOSITION_REACH, len(view.tokens) - 1)):
            if view.quoted[k] or view.sentence_end(k) or not view.joined(k):
                return None
            if view.is_word(k) and not view.capitalised(k) and view.keys[k] not in view.shared.role_joiners:
                return None  # "kata Presiden dalam rapat …, Jakarta": the role has ended
            if view.is_punct(k, "(") or view.is_punct(k, ")"):
                continue
            if view.is_punct(k, ",") and view.capitalised(k + 1) and view.joined(k + 1):
                apposed = self.read(k + 1, speaker=True)
                if apposed is None:
                    return None
                if apposed.name and not apposed.titles and self.person_like(apposed) \
                        and not any(w in view.place_like for w in apposed.name):
                    return apposed
                # "Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo"
        return None

    def role_name(self, mention: Mention) -> Mention:
        """A titled mention whose role runs on, past commas, brackets, numbers and linking
        words, to the name it ends with: "Kepala Bagian Umum dan Humas, Rumah Sakit Sejahtera,
        Budi Pranata", "pengamat ekonomi Universitas Nusantara, Dewi Lestari" is that person
        with the whole role; the mention itself when no name ends it."""
        view = self.view
        if not mention.titles:
            return mention
        if len(mention.name) > 1 and not any(w in view.place_like for w in mention.name) \
                and view.is_word(mention.last + 1) and view.keys[mention.last + 1] in view.shared.prepositions:
            return mention  # "Economist Raj Mehta of Capital Economics": a full name, then where they work
        k, stop = mention.last + 1, min(mention.first + _MAX_ROLE_TOKENS, view.n)
        while k < stop and not view.quoted[k] and not view.sentence_end(k) and view.joined(k):
            if view.is_punct(k, "("):  # an acronym in brackets belongs to the role: "(Asnel)"
                reach = min(k + 1 + _ACRONYM_REACH, stop)
                close = next((c for c in range(k + 1, reach) if view.is_punct(c, ")")), None)
                if close is None or any(not view.is_word(c) for c in range(k + 1, close)):
                    break
                k = close + 1
                continue
            if view.kinds[k] == NUMBER or view.is_punct(k, ",/-&."):
                k += 1
                continue
            if not view.is_word(k):
                break
            if not view.capitalised(k) and not view.title_at(k):
                if view.keys[k] in view.own.demonstratives and not mention.name and k > mention.last + 1:
                    # "kata politisi dari Partai Damai ini": the whole role refers back
                    return replace(mention, last=k - 1, end=view.tokens.ends[k - 1],
                                   text=view.text[mention.start : view.tokens.ends[k - 1]])
                glued = view.is_punct(k - 1, ".") and view.tokens.ends[k - 2] == view.tokens.starts[k - 1] \
                    and view.tokens.ends[k - 1] == view.tokens.starts[k]  # "Nusantaraventures.id"
                if view.keys[k] not in view.shared.role_links and not self.role_word(k, mention) and not glued:
                    break
                if mention.name and view.keys[k] in view.own.place_markers:
                    break  # "Budi Pranata di Kabupaten Sleman": where the named person is
                k += 1
                continue
            part = self.read(k, lower_titles=True, speaker=True)
            if part is None:
                break
            # the name is the part's last words that are no place or body: "… (LKSH) Sulteng Rudi Hartono"
            name = tuple(split_name(list(part.name), view.place_like, True))
            if (len(name) > 1 or name == part.name) and self.person_like(part):
                named = [c for c in range(part.first, part.last + 1) if view.is_word(c)][-len(name):]
                role = part.role + part.name[: len(part.name) - len(name)]
                return Mention(first=mention.first, last=part.last, start=mention.start, end=part.end,
                               text=view.text[mention.start : part.start + len(part.text)],
                               titles=mention.titles + part.titles,
                               role=mention.role + role, name=name, possessive=part.possessive,
                               name_text=view.text[view.tokens.starts[named[0]] : part.start + len(part.text)])
            k = part.last + 1
        return mention

    def role_word(self, k: int, mention: Mention) -> bool:
        """A lower-case word of the role, among the first two right after the mention: "ahli
        [epidemiologi]", "pengamat [politik]"; never a verb or a function word."""
        view = self.view
        key = view.keys[k]
        return k - mention.last <= _ROLE_WORDS_AFTER \
            and all(view.is_word(c) and not view.capitalised(c) for c in range(mention.last + 1, k + 1)) \
            and key not in view.own.function_words and key not in view.shared.lead_ins \
            and key not in view.shared.speech_cues and not any(key.startswith(p) for p in view.own.verb_prefixes)

    def person_like(self, mention: Mention, speaker: bool = False) -> bool:
        """Could this mention name a person (not a place, body or sentence-initial word)?
        Next to a speech cue (`speaker`) a name that the text also uses for a place still
        names a person ("kata Risma" after "Wali Kota Risma")."""
        view = self.view
        if not mention.name:
            return bool(mention.titles)
        if mention.name[0] in view.own.organisation_words and not mention.role:
            return False
        if not speaker and not mention.titles and all(k in view.place_like for k in mention.name):
            return False
        return True

    def anaphoric(self, mention: Mention) -> bool:
        """A role followed by "itu", "ini", "tersebut" refers back ("politisi ini", "Mantan
        Gubernur Sulawesi itu": a role whose last word is a place the text never marks)."""
        view = self.view
        after = mention.last + 1
        return (not mention.name or bool(mention.titles) and len(mention.name) == 1) and view.is_word(after) \
            and view.keys[after] in view.own.demonstratives

    def ending_at(self, i: int) -> Mention | None:
        """The name phrase whose last token is i ("Smith" in "Smith said")."""
        view = self.view
        j = i
        while j > 0 and not view.quoted[j - 1] and (
            view.capitalised(j - 1) or view.keys[j - 1] in view.shared.name_particles or view.is_punct(j - 1, ".")
            and len(view.surface(j - 2) if j >= 2 else "") <= _MAX_INITIAL or view.title_at(j - 1)
            or view.keys[j - 1] in view.shared.articles):
            if view.is_punct(j - 1, ".") and not view.capitalised(j - 2):
                break
            j -= 1
            if view.keys[j] in view.shared.articles:
                break  # "the Mem Sahib": an article opens the phrase ("Down the Rabbit-Hole Alice" is no name)
        for start in range(j, i + 1):
            mention = self.read(start, lower_titles=True, speaker=True)
            if mention is not None and mention.last == i and self.person_like(mention) and not mention.possessive:
                return mention
        return None

    def role_like(self, mention: Mention) -> bool:
        """A mention that reads as a role or body: a title, or words of a place or body."""
        return bool(mention.titles) or any(w in self.view.place_like for w in mention.name + mention.role)


_POSSESSIVE_LETTERS = 2  # "'s"


def _one_line(text: str) -> str:
    """A name as one line: "Mr.⏎Bounderby" is "Mr. Bounderby"."""
    return " ".join(text.split())


def possessive(key: str) -> bool:
    """Is the word a name's possessive ("durbeyfield's", "lucy's" for "Lucy’s")?"""
    return key.endswith("'s") and len(key) > _POSSESSIVE_LETTERS


def _owner(key: str) -> str:
    """The name word of a possessive ("durbeyfield" for "durbeyfield's")."""
    return key[:-_POSSESSIVE_LETTERS] if possessive(key) else key


@cache
def _calendar_words() -> frozenset[str]:
    """Weekday and month names of every language: capitalised, yet no name words."""
    return frozenset(plain(k) for k in (*cldr.weekday_names(), *cldr.month_names()))


@cache
def _affixes(language: str) -> list[tuple[str, str]]:
    return [tuple(a.split("-")) for a in tables(language).not_name_affixes]


def not_a_name(word: str, language: str) -> bool:
    """Is the word shaped like a common noun ("penyusunan", "kemampuan", "information")?"""
    return len(word) >= _MIN_AFFIXED and any(word.startswith(pre) and word.endswith(suf)
                                             for pre, suf in _affixes(language))


def split_name(keys: list[str], place_like: set[str] | frozenset[str], titled: bool) -> list[str]:
    """The name part of a mention's words: after a title, the trailing words that are not a
    place or body ("Gubernur [Bengkulu] Helmi Hasan"); without one, every word."""
    if not titled:
        return list(keys)
    name: list[str] = []
    for key in reversed(keys):
        if key in place_like or not re.match(r"[^\W\d_]", key):
            break
        name.insert(0, key)
    return name


def read_name(text: str, places: frozenset[str], language: str) -> tuple[tuple[str, ...], ...]:
    """(name words, title words, other role words) of a name written on its own: a claim's
    `speaker` or a transcript's speaker label. Brackets and what follows a comma are not
    part of the name ("Brigadir Jenderal (Pol) …", "Darmae Nasir, Ph.D")."""
    text = re.sub(r"\([^()]*\)", " ", text)
    tokens = tokenize(text.split(",")[0] if text.split(",")[0].strip() else text)
    keys = [plain(k) for k, kind in zip(tokens.keys, tokens.kinds) if kind != PUNCT]
    boundary, i, found = 0, 0, []
    while i < len(keys):
        size = next((s for s in range(MAX_TITLE_WORDS, 0, -1) if tuple(keys[i : i + s]) in title_phrases("auto")), 0)
        if size and (i == boundary or len(keys[i]) >= _MIN_TITLE_IN_NAME and i + size < len(keys)):
            # a title word that ends the name is a name word: "Sandi Sultan"
            found += keys[i : i + size]
            i += size
            boundary = i
        else:
            i += 1
    rest = keys[boundary:]
    if not rest:
        return (), tuple(found), ()
    roled = bool(found) or rest[0] in tables(language).organisation_words
    split = split_name(rest, places, roled)
    role = tuple(k for k in keys[: len(keys) - len(split)] if k not in found)
    return tuple(split), tuple(found), role
