"""Tests for factcheck.lang: per-language word tables and their "auto" union."""

from __future__ import annotations

import pytest

from factcheck.lang import LANGUAGES, en, words
from factcheck.lang import id as id_
from factcheck.text.normalize import fold_word
from factcheck.text.tokens import tokenize

TABLES = ("NEGATIONS", "NUMBER_WORDS", "NEGATION_IDIOMS")


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(("language", "module"), [("id", id_), ("en", en)])
def test_per_language_table(table, language, module):
    assert words(table, language) == getattr(module, table)


@pytest.mark.parametrize("table", TABLES)
def test_auto_is_the_union(table):
    union = words(table, "auto")
    assert union == getattr(id_, table) | getattr(en, table)
    assert words(table) == union  # "auto" is the default


def test_languages():
    assert set(LANGUAGES) == {"id", "en"}


@pytest.mark.parametrize("word", ["tidak", "tak", "bukan", "belum", "jangan", "tanpa", "nggak", "gak"])
def test_indonesian_negations(word):
    assert word in words("NEGATIONS", "id")
    assert word in words("NEGATIONS", "auto")


@pytest.mark.parametrize("word", ["not", "no", "never", "cannot", "without", "don't", "isn't", "won't", "can't"])
def test_english_negations(word):
    assert word in words("NEGATIONS", "en")
    assert word in words("NEGATIONS", "auto")


def test_negations_do_not_leak_between_languages():
    assert "tidak" not in words("NEGATIONS", "en")
    assert "not" not in words("NEGATIONS", "id")


@pytest.mark.parametrize(("word", "language"), [("juta", "id"), ("persen", "id"), ("million", "en"), ("percent", "en")])
def test_number_words(word, language):
    assert word in words("NUMBER_WORDS", language)


@pytest.mark.parametrize("phrase", ["tidak hanya", "bukan hanya", "not only"])
def test_negation_idioms(phrase):
    assert phrase in words("NEGATION_IDIOMS")


@pytest.mark.parametrize(("module", "table"), [(m, t) for m in (id_, en) for t in ("NEGATIONS", "NUMBER_WORDS")])
def test_table_entries_are_single_token_matching_keys(module, table):
    # looked up by token key, so every entry must be one word token whose key is itself
    for word in getattr(module, table):
        tokens = tokenize(word)
        assert tokens.keys == [word], word
        assert fold_word(word) == word


@pytest.mark.parametrize("module", [id_, en])
def test_idioms_start_with_a_negation(module):
    for phrase in module.NEGATION_IDIOMS:
        first, rest = phrase.split(" ", 1)
        assert first in module.NEGATIONS and rest
