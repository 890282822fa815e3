"""A claim's speaker matched to the people a source names: "Helmi Hasan", "Helmi" and
"Gubernur Bengkulu Helmi Hasan" all mean the one Helmi Hasan of the source; "Joko" means
nobody in particular where the source names both Joko Widodo and Joko Anwar."""

from __future__ import annotations

from factcheck.lang import tables
from factcheck.speakers.analysis import speech
from factcheck.speakers.mentions import read_name
from factcheck.speakers.model import Person
from factcheck.speakers.people import covers, gender_of, people_with_role
from factcheck.text.document import Source


def claim_name(source: Source, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A claim's speaker as (name words, role words), read like a mention in the source:
    the name follows the last title ("Wakil Kepala Polda Sumbar Brigadir Jenderal Edi
    Mardianto" → "Edi Mardianto")."""
    found = speech(source)
    words_, titles, role = read_name(name, found.places, found.language)
    return words_, titles + role


def people_named(source: Source, name: str) -> list[Person]:
    """The people of the source a claim's `speaker` can mean: every name word among the
    person's name words (titles and roles are not compared, except to tell apart people
    who share a name; a claim naming a role alone means the person given that role)."""
    wanted, role = claim_name(source, name)
    people = speech(source).people
    if not wanted:
        return people_with_role(people, role) if role else []
    found = [p for p in people if covers(p.tokens, set(wanted))]
    places = speech(source).places
    if not found and any(w not in places for w in wanted):  # "Rusdy Ambon" where Ambon is a place too
        found = [p for p in people if covers(p.tokens, {w for w in wanted if w not in places})]
    not_names = tables(speech(source).language).not_names
    if not found and any(w in not_names for w in wanted) and any(w not in not_names for w in wanted):
        # "Lalu Darmawan": a name word the text also uses as an ordinary word ("lalu": then),
        # so the source's own mentions of the person never include it
        found = [p for p in people if covers(p.tokens, {w for w in wanted if w not in not_names})]
    gender = gender_of(role, speech(source).language)
    if gender:  # "Mrs. Bennet" is not Mr. Bennet
        found = [p for p in found if p.gender in ("", gender)]
    if len(found) > 1 and role:  # the role tells apart people who share a name
        narrowed = [p for p in found if set(role) <= p.roles | p.tokens]
        found = narrowed or found
    return found


def fuller_name(source: Source, name: str, person: Person) -> bool:
    """Does the claim name this person more fully than the source ("Gabriel Syme" where the
    source says "Syme"): every name word of the person is among the claim's, and more?"""
    wanted, _ = claim_name(source, name)
    return bool(person.tokens) and set(person.tokens) < set(wanted)


def written_in(source: Source, name: str) -> bool:
    """Does the source write this name anywhere, in any case, quotations included?"""
    words_, _ = claim_name(source, name)
    if not words_:
        return False
    keys = source.word_keys
    n = len(words_)
    return any(tuple(keys[i : i + n]) == tuple(words_) for i in range(len(keys) - n + 1))
