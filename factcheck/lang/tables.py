"""The shape of a language's tables: `LanguageTables`, one frozen instance per language.

Each language module (`id.py`, `en.py`) builds one `LanguageTables` as `TABLES`, writing its
word lists as sets and its mappings as dicts; the instance holds them as frozensets and
read-only mappings. `merged` builds the "auto" tables: every language at once.
"""

from __future__ import annotations

import inspect
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

Words = frozenset[str]

_NAME, _WORDS, _MAPPING = "name", "words", "mapping"  # the kinds of field


def _name(doc: str):
    return field(metadata={"kind": _NAME, "doc": doc})


def _words(doc: str):
    return field(metadata={"kind": _WORDS, "doc": doc})


def _mapping(doc: str):
    return field(metadata={"kind": _MAPPING, "doc": doc})


def _with_field_docs(cls):
    """Append every field's doc to the class docstring, so `help()` shows them."""
    entries = []
    for f in fields(cls):
        doc = textwrap.fill(f.metadata["doc"], 84, initial_indent="    ", subsequent_indent="    ")
        entries.append(f"{f.name}\n{doc}")
    cls.__doc__ = f"{inspect.cleandoc(cls.__doc__)}\n\nFields:\n\n" + "\n\n".join(entries)
    return cls


@_with_field_docs
@dataclass(frozen=True)
class LanguageTables:
    """What factcheck knows of one language (or, for "auto", of every language at once).

    Word lists hold lower-case, folded word keys (multi-word entries match word by word);
    mappings map such keys to values. CLDR supplies month and weekday names, separators
    and scale words (factcheck.lang.cldr); these tables hold what CLDR lacks."""

    # -- the language ---------------------------------------------------------------------
    code: str = _name('The code claim files and front matter use ("id", "en"); "auto" for every language.')
    name: str = _name('The language\'s name in English, for messages ("Indonesian").')
    locale: str = _name('The CLDR locale factcheck.lang.cldr reads month and weekday names, separators and '
                        'scale words from ("und", CLDR\'s undetermined language, for "auto").')
    stemmer: str = _name('The Snowball stemmer (snowballstemmer) that finds the forms of one word: "ditebus" / '
                         '"tebus", "signed" / "signing" ("" for "auto": every language\'s).')

    # -- quotes: words whose change makes a misquote (factcheck.checks.quote) ----------------
    negations: Words = _words('Words that negate ("tidak", "not"): adding or dropping one fails a quote.')
    negation_suffixes: Words = _words('Word endings that negate ("n\'t" of "isn\'t").')
    negation_idioms: Words = _words(
        'A negation followed by these words does not negate ("tidak hanya … tetapi juga", "not only … '
        'but also"); leaving such a phrase out with an ellipsis hides no negation.')
    negation_alternatives: Words = _words(
        'A negation right after one of these closes an alternative ("mau atau tidak, …", "whether or not '
        '…"): it does not negate the words that follow it.')
    auxiliaries: Words = _words(
        'Auxiliaries, modals and copulas: a negation right after one turns it round ("sudah | tidak '
        'terkendali", "was | not at home"), so a quote that ends on one before a negation is cut '
        'misleadingly.')
    number_words: Words = _words('Number words ("dua", "juta", "persen"; "two", "million", "percent").')

    # -- who said it (factcheck.speakers, factcheck.checks.attribution) ----------------------
    speech_cues: Words = _words(
        'Speech verbs that follow or precede a quotation with the speaker\'s name, in either order: '
        '"“…,” ujar Andra Soni", "Kata Andra, “…”"; \'"…," said Smith\', \'"…," Smith said\', '
        '\'Smith said: "…"\'.')
    speech_cues_pronoun: Words = _words(
        'Speech verbs with the speaker as a pronoun: the -nya forms ("tambahnya": he/she added).')
    lead_ins: Words = _words(
        'Verbs that introduce direct or indirect speech with the speaker as subject: "Helmi Hasan '
        'mengatakan, …", "Ia berharap …", "Smith believes …".')
    according_to: Words = _words('"Menurut Helmi, …", "According to Smith, …": the speaker follows the phrase.')
    passive_lead_ins: Words = _words(
        'Passive speech verbs followed by the speaker: "Hal senada disampaikan Rizki Rifai", '
        '"Diakui Syafrin, …", "… was confirmed by X".')
    speaker_pronouns: Words = _words('Pronouns that refer back to the current speaker ("ia", "dia"; "he", "she").')
    titles: Words = _words(
        'Titles, ranks, roles and honorifics written before a name; stripped when names are '
        'compared, kept as aliases ("Gubernur Bengkulu" for Helmi Hasan).')
    title_abbreviations: Mapping[str, str] = _mapping(
        'Titles written short -> the title in full: "Gov. Jim Barlow" is the one "the governor" '
        'refers back to.')
    gendered_titles: Mapping[str, str] = _mapping(
        'Titles that tell a person\'s sex -> "f" or "m": "Mrs. Bennet" and "Mr. Bennet" are two people, '
        '"Bu Sari" and "Pak Sari" too; a claim for "Mrs. Bennet" never means Mr. Bennet.')
    pronoun_genders: Mapping[str, str] = _mapping(
        'Speaker pronouns that tell the speaker\'s sex -> "f" or "m": \'"…," returned she\' cannot refer '
        'back to Mr. Bennet.')
    not_names: Words = _words(
        'Capitalised words that start a sentence or clause but are no name ("Sementara", "However").')
    not_name_affixes: Words = _words(
        'Word shapes (prefix-suffix) of common nouns, never names, capitalised at a sentence\'s start '
        'or in a heading glued to it: "Penyusunan …", "Kemampuan …"; "-tion": a suffix alone.')
    place_markers: Words = _words(
        'Words before a capitalised word that mark it as a place or organisation, not a person '
        '("di Jakarta", "Provinsi Banten", "Kementerian Kesehatan"; "in London").')
    regions: Words = _words(
        'Words of region names written between a title and a name; they belong to the title '
        '("Gubernur Jawa Tengah Ganjar Pranowo" is Ganjar Pranowo).')
    organisation_words: Words = _words(
        'The first word of an organisation\'s name ("Ikatan Dokter Indonesia", "University of …").')
    function_words: Words = _words(
        'Stopwords ignored when a paraphrase is compared with what the source says.')
    prepositions: Words = _words('Words before a name that make it an object, not the subject of a speech verb.')
    relative_words: Words = _words(
        'A speech verb after these words is in a relative or purpose clause ("… yang menceritakan …", '
        '"… untuk memastikan …", "… who said …"): it makes no one a speaker.')
    demonstratives: Words = _words(
        'A role followed by these words refers back to someone named before ("Mantan Gubernur DKI '
        'Jakarta itu …"), like a pronoun.')
    describers: Words = _words(
        'Words opening a description of a speaker the source does not name, who may yet be someone '
        'it names elsewhere ("said his wife", "the young man answered", "kata sang ayah"): the '
        'quotation is theirs, not the speaker\'s before; a named person\'s claim on it warns.')
    indefinites: Words = _words(
        'Words opening a description of someone the source does not name ("said a resident", "kata '
        'seorang warga", "salah seorang"): a named person\'s claim on their words fails.')
    person_nouns: Words = _words(
        'Common nouns for people that, right after a speech verb and without a name, describe '
        'someone the source does not name ("jawab pemudik", "ujar pedagang itu", "kata warga"): a '
        'claim may name them so ("pemudik"); a named person\'s claim on their words fails.')
    statement_nouns: Words = _words(
        'What a speaker issues: after "the" with a speech verb it refers back to the current speaker '
        'as an organisation\'s name does ("the statement said", "the report said"; "the group said").')
    agent_markers: Words = _words('The word before the speaker of a passive speech verb ("disampaikan oleh X", "… by X").')
    articles: Words = _words('Articles before a role ("kata sang menteri", "the minister said").')
    role_links: Words = _words(
        'Lower-case words inside a long role before the name ("Pengamat politik dari Universitas '
        'Nusantara Dewi …", "Director of the Institute for …").')
    role_joiners: Words = _words(
        'Words and signs joining two roles of one person ("Menteri Riset dan Teknologi / Kepala Badan '
        'Riset …"); a role continued after a comma may hold them too.')
    verb_prefixes: Words = _words(
        'Verb prefixes: a lower-case word right after a title that starts with one is a verb ("kata '
        'Presiden menanggapi …"), not part of the role ("ahli epidemiologi", "pengamat politik").')
    name_particles: Words = _words(
        'Lower-case particles inside a person\'s name ("Muhammad bin Salman", "Vincent van Gogh", '
        '"Leonardo da Vinci"). Names travel between languages, so their readers take every '
        'language\'s particles.')
    that_words: Words = _words(
        'The word introducing reported speech after a speech verb ("X mengatakan bahwa “…”", '
        '"X said that “…”").')
    transcript_noise: Words = _words(
        'Transcript annotations in (round) or [square] brackets, matched by their first words: '
        '"(ph)", "[inaudible 00:03:12]", "(tertawa)". Not the speaker\'s words.')

    # -- attributed statements: a paraphrase against what its speaker says (factcheck.checks.statement)
    reporting_words: Words = _words(
        'Verbs that only report speech ("mengatakan", "menjelaskan"; "explained"): a paraphrase '
        'may add or leave out one without changing what was said.')
    denials: Words = _words(
        'Words that deny what they report ("membantah", "menampik"; "denied"): "X membantah pabriknya '
        'mencemari sumur" says the factory did not pollute.')
    hedges: Words = _words(
        'Words that make what a statement says only possible, advised or wished ("mungkin", '
        '"seharusnya"; "might", "should"): a paraphrase without them states as done what was not.')
    clause_breaks: Words = _words(
        'Conjunctions that start a new clause ("tetapi", "sedangkan"; "but", "while"): a negation '
        'does not reach past them (nor past a comma, colon or full stop).')
    antonyms: Words = _words(
        'Pairs of words of opposite meaning, "a b" ("naik turun"; "rise fall"): a claim that has one '
        'where its speaker says the other says the opposite. Compared by stem ("meningkat" is '
        '"tingkat"). English: WordNet 3.0\'s antonym pairs (factcheck/lang/en_lexicon.txt).')
    negative_prefixes: Words = _words(
        'Prefixes that make a word\'s opposite ("un", "in", "non": "realistic" / "unrealistic").')
    opposite_prefixes: Words = _words('Pairs of prefixes of opposite meaning, "a b" ("over under").')
    word_forms: Mapping[str, str] = _mapping(
        'Irregular forms -> base form, which a stemmer cannot undo ("rose" -> "rise", "worst" -> '
        '"bad"). English: WordNet 3.0\'s exception lists (factcheck/lang/en_lexicon.txt).')

    # -- dates and figures (factcheck.text.numbers, factcheck.text.dates) -------------------
    month_names: Mapping[str, int] = _mapping(
        'Month spellings and newsroom abbreviations CLDR lacks ("pebruari", "sept") -> month (1-12).')
    weekday_names: Mapping[str, int] = _mapping(
        'Weekday spellings CLDR lacks ("jum\'at", "ahad") -> Python weekday (0 Monday).')
    weekday_abbreviations: Mapping[str, int] = _mapping(
        'Weekday abbreviations CLDR lacks ("tues", "thurs") -> weekday; trusted only right before a date.')
    day_ordinals: Words = _words('Endings written after a day\'s number ("24th", "1st").')
    day_month_links: Words = _words('Words between a day and its month ("24th of October").')
    day_words: Words = _words(
        'The word for "day" before a weekday: "hari Minggu lalu" is last Sunday where "Minggu lalu" '
        'is last week.')
    relative_days: Mapping[str, int] = _mapping(
        'Relative days, resolved against a source\'s `published` date: "kemarin", "yesterday" -> -1.')
    relative_weeks: Mapping[str, int] = _mapping('Relative weeks: "pekan lalu", "last week" -> -1.')
    relative_months: Mapping[str, int] = _mapping('Relative months: "bulan depan", "next month" -> 1.')
    weekday_after: Mapping[str, int] = _mapping(
        'Words after a weekday ("Jumat lalu"): -1 the last one before the published date, 1 the '
        'next one after, -7/0/7 that weekday of last, this or next week.')
    weekday_before: Mapping[str, int] = _mapping('Words before a weekday ("last Friday"), read as weekday_after.')
    weekday_alone: Mapping[str, int] = _mapping(
        'News in some languages dates an event by a weekday alone ("was approved Tuesday", "Lai Mohammed '
        'Sunday said"): when this is not empty, a capitalised weekday without a cue is a date, resolved '
        'against the published date to the latest such day, or to the next one when one of these words '
        '(-> 1) comes before it in its clause ("will vote Thursday", "runs through Thursday"). Empty: a '
        'weekday alone needs one of the date_cues.')
    weekday_alone_exceptions: Words = _words(
        'Words before or after a weekday that make it no date ("every Friday", "Good Friday", "Super '
        'Tuesday", "Friday prayers").')
    counted_ago: Mapping[str, int] = _mapping(
        'Words after a counted time ("3 hari lalu", "two weeks ago"): -1 back from the published date, 1 on.')
    counted_one: Words = _words('Words for one before a counted unit ("a week ago"); "se-" glued on in Indonesian ("sepekan").')
    date_cues: Words = _words(
        'A weekday alone is a date only after one of these ("pada Jumat", "on Friday"; not "setiap '
        'Jumat", every Friday).')
    number_values: Mapping[str, int] = _mapping(
        'Cardinal number words, added up ("dua belas" = 12, "twenty one" = 21).')
    number_multipliers: Mapping[str, int] = _mapping(
        'Number words multiplying what comes before them, or 1 ("tiga ratus", "two hundred").')
    number_fractions: Mapping[str, float] = _mapping('Fraction words ("setengah", "half") -> value.')
    scale_words: Mapping[str, int] = _mapping(
        'Scale words closing a group that CLDR lacks ("sejuta", "milyar") -> value.')
    short_scales: Mapping[str, int] = _mapping(
        'Abbreviated scales ("jt", "bn") -> value; trusted only after a currency.')
    number_articles: Words = _words('Words standing for "one" before a scale word ("a million").')
    number_connectors: Words = _words('Words allowed inside a number phrase ("one hundred and five").')
    currency_prefixes: Mapping[str, str] = _mapping(
        'Currency symbols written before the number ("Rp", "$") -> ISO code.')
    currency_words: Mapping[str, str] = _mapping(
        'Currency words written after the number ("rupiah", "dollars") -> ISO code.')
    percent_words: Words = _words('Words and signs for per cent ("%", "persen", "percent").')
    point_words: Words = _words('Words for percentage points, a unit of its own ("poin", "points").')
    unit_words: Mapping[str, str] = _mapping(
        'Unit words CLDR lacks or that news uses loosely -> unit id (factcheck.text.units): "orang", '
        '"jiwa", "people" -> "people"; "unit" -> "unit"; "hektar" -> "area-hectare"; "tons" -> '
        '"mass-tonne".')
    identifier_words: Words = _words(
        'Words before a number that make it a name, not a figure ("nomor urut 01", "Pasal 160"; "No. 5", '
        '"Route 66").')
    clock_words: Words = _words('Words before a time of day ("pukul 10.30"): the number is no figure.')
    clock_suffixes: Words = _words('Words after a time of day ("10.30 WIB", "10 a.m."): the number is no figure.')
    range_links: Words = _words(
        'Words joining the two ends of a range ("10 hingga 15 persen", "$11 million to $12 million"); a '
        'dash joins them in every language.')
    same_value_links: Words = _words(
        'Words between two values that name one quantity twice ("28.294 suara atau 29,08 persen", "Rp 21 '
        'triliun atau 30 persen"; "3.5 million Australian dollars (about $2.2 million)"): a word tied to '
        'one is tied to both. A bracket alone does the same.')
    range_openers: Words = _words('Words before a range whose ends "dan" / "and" join ("antara", "between").')
    change_openers: Words = _words(
        'Words before a change of value rather than a range ("from $250 million to $310 million"), '
        'unless a range word comes before them ("ranged from").')
    range_words: Words = _words('Words that make "from … to …" a range ("berkisar", "ranged", "ranging").')
    approximators: Words = _words(
        'Words that may lead a claim\'s figure ("sekitar", "about"): not part of the value.')

    abbreviations: Words = _words(
        'Abbreviations after whose full stop a sentence goes on ("Mr.", "Sept.", "St.", "Gov."; "Dr.", "Jl.", '
        '"Rp.", "Kab."), written without the stop; initials ("M.") and dotted abbreviations ("U.S.", '
        '"a.m.") need no entry (factcheck.text.sentences).')

    # -- context (factcheck.text.context, factcheck.draft) and guessing the language -------
    stopwords: Words = _words(
        'Function words left out when matching a claim\'s `context` to a source; also how '
        'factcheck.lang.guess tells the languages apart.')

    def __post_init__(self) -> None:
        for f in fields(self):
            value, kind = getattr(self, f.name), f.metadata["kind"]
            if kind == _WORDS and isinstance(value, Iterable) and not isinstance(value, (str, Mapping)):
                object.__setattr__(self, f.name, frozenset(value))
            elif kind == _MAPPING and isinstance(value, Mapping):
                object.__setattr__(self, f.name, MappingProxyType(dict(value)))
            elif kind != _NAME or not isinstance(value, str):
                raise TypeError(f"{f.name}: expected {'a string' if kind == _NAME else kind}, not {value!r}")


def merged(tables: Iterable[LanguageTables], *, code: str, name: str, locale: str) -> LanguageTables:
    """Several languages' tables in one: word lists united; mappings merged, the later table
    winning a clash."""
    tables = list(tables)
    values: dict = {}
    for f in fields(LanguageTables):
        kind = f.metadata["kind"]
        if kind == _WORDS:
            values[f.name] = frozenset().union(*(getattr(t, f.name) for t in tables))
        elif kind == _MAPPING:
            values[f.name] = {k: v for t in tables for k, v in getattr(t, f.name).items()}
    return LanguageTables(code=code, name=name, locale=locale, stemmer="", **values)
