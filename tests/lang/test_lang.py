"""Tests for factcheck.lang: each language's tables, their "auto" merge, the one list of
languages, language guessing."""

from __future__ import annotations

from dataclasses import fields

import pytest

from factcheck.lang import LANGUAGE_CHOICES, LANGUAGES, en, guess, members, tables
from factcheck.lang import id as id_
from factcheck.lang.tables import LanguageTables
from factcheck.text.normalize import fold_word
from factcheck.text.tokens import tokenize

WORD_LISTS = [f.name for f in fields(LanguageTables) if f.metadata["kind"] == "words"]
MAPPINGS = [f.name for f in fields(LanguageTables) if f.metadata["kind"] == "mapping"]


@pytest.mark.parametrize(("language", "module"), [("id", id_), ("en", en)])
def test_per_language_tables(language, module):
    assert tables(language) is module.TABLES
    assert tables(language).code == language


@pytest.mark.parametrize("table", WORD_LISTS)
def test_auto_is_the_union(table):
    union = getattr(tables("auto"), table)
    assert union == getattr(id_.TABLES, table) | getattr(en.TABLES, table)
    assert getattr(tables(), table) == union  # "auto" is the default


@pytest.mark.parametrize("table", MAPPINGS)
def test_auto_merges_mappings_with_indonesian_winning(table):
    assert dict(getattr(tables("auto"), table)) == {**getattr(en.TABLES, table), **getattr(id_.TABLES, table)}


def test_auto_tables_merge_with_indonesian_winning():
    assert tables("auto").relative_days["kemarin"] == tables("auto").relative_days["yesterday"] == -1
    assert tables("auto").short_scales["m"] == id_.TABLES.short_scales["m"] != en.TABLES.short_scales["m"]


def test_any_other_language_reads_as_auto():
    assert tables("fr") is tables("auto") and members("fr") == members("auto")


def test_languages():
    assert set(LANGUAGES) == {"id", "en"}
    assert LANGUAGE_CHOICES == ("auto", "id", "en")  # the order `language:` errors and the schema list them
    assert [t.code for t in members("auto")] == ["en", "id"]  # merged in this order: Indonesian wins
    assert members("en") == (en.TABLES,)


@pytest.mark.parametrize("word", ["tidak", "tak", "bukan", "belum", "jangan", "tanpa", "nggak", "gak"])
def test_indonesian_negations(word):
    assert word in tables("id").negations
    assert word in tables("auto").negations


@pytest.mark.parametrize("word", ["not", "no", "never", "cannot", "without", "don't", "isn't", "won't", "can't"])
def test_english_negations(word):
    assert word in tables("en").negations
    assert word in tables("auto").negations


def test_negations_do_not_leak_between_languages():
    assert "tidak" not in tables("en").negations
    assert "not" not in tables("id").negations


@pytest.mark.parametrize(("word", "language"), [("juta", "id"), ("persen", "id"), ("million", "en"), ("percent", "en")])
def test_number_words(word, language):
    assert word in tables(language).number_words


@pytest.mark.parametrize("phrase", ["tidak hanya", "bukan hanya", "not only"])
def test_negation_idioms(phrase):
    assert phrase in tables().negation_idioms


@pytest.mark.parametrize(("module", "table"), [(m, t) for m in (id_, en) for t in ("negations", "number_words")])
def test_table_entries_are_single_token_matching_keys(module, table):
    # looked up by token key, so every entry must be one word token whose key is itself
    for word in getattr(module.TABLES, table):
        tokens = tokenize(word)
        assert tokens.keys == [word], word
        assert fold_word(word) == word


@pytest.mark.parametrize("module", [id_, en])
def test_idioms_start_with_a_negation(module):
    for phrase in module.TABLES.negation_idioms:
        first, rest = phrase.split(" ", 1)
        assert first in module.TABLES.negations and rest


@pytest.mark.parametrize("text, language", [
    ("Gubernur mengatakan bahwa harga beras yang dijual di pasar itu turun", "id"),
    ("The governor said that the price of rice in the market has fallen", "en"),
    ("Rp20.000", "auto"),
])
def test_guess(text, language):
    assert guess(text) == language
