"""Word stems, so that a paraphrase's words meet the source's in other forms.

"menggunakan" and "guna", "kunjungannya" and "kunjungan", "reported" and "reports" share a
stem. Indonesian words are stemmed by Sastrawi (Nazief-Adriani with a dictionary of root
words), English ones by the Snowball English (Porter2) stemmer after the language's table of
irregular forms ("rose" is "rise", "worst" is "bad"). Keys are folded, lower-case words as
`factcheck.text.tokens` gives them; for "auto" every language's stems count.
"""

from __future__ import annotations

from functools import cache, lru_cache

from factcheck.lang import LANGUAGES, tables

_ENGLISH_DEGREES = ("est", "er")  # "smallest", "weaker": only for looking up opposites


@cache
def _sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


@cache
def _snowball(algorithm: str):
    import snowballstemmer  # PyStemmer's C stemmers when installed, the same algorithms

    return snowballstemmer.stemmer(algorithm)


@lru_cache(maxsize=200_000)  # bounded: a source's vocabulary may be large
def snowball_stem(word: str, algorithm: str) -> str:
    """`word` stemmed by the Snowball `algorithm` ("indonesian", "english")."""
    return _snowball(algorithm).stemWord(word)


def _one(key: str, language: str) -> str:
    if language == "id":
        return _sastrawi().stem(key) or key
    base = tables(language).word_forms.get(key, key)
    return snowball_stem(base, "english")


@lru_cache(maxsize=100_000)
def stems(key: str, language: str = "auto") -> frozenset[str]:
    """The stems `key` may have in `language` ("id", "en"; "auto": in either)."""
    if not key[:1].isalpha():
        return frozenset((key,))
    languages = (language,) if language in LANGUAGES else LANGUAGES
    return frozenset(_one(key, code) for code in languages)


@lru_cache(maxsize=100_000)
def forms(key: str, language: str = "auto") -> frozenset[str]:
    """`key`'s stems and, for English, those of its positive degree ("smallest" -> "small",
    "bigger" -> "big", "happier" -> "happy"): the forms its opposites are looked up by."""
    found = set(stems(key, language))
    if language in ("en", "auto") and key.isalpha():
        for ending in _ENGLISH_DEGREES:
            root = key[: -len(ending)]
            if key.endswith(ending) and len(root) >= 3:
                roots = {root, root + "e"}
                if root[-1] == root[-2]:
                    roots.add(root[:-1])  # "bigger"
                if root.endswith("i"):
                    roots.add(root[:-1] + "y")  # "happier"
                found.update(_one(r, "en") for r in roots)
    return frozenset(found)


def same_word(a: str, b: str, language: str = "auto") -> bool:
    """Are two folded words the same word in other forms?"""
    return a == b or not stems(a, language).isdisjoint(stems(b, language))
