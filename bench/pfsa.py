"""Read the PFSA-ID development split (BILOU-tagged Kompas articles) into texts with gold
speakers. Used by bench/speakers.py only; the data stays in ../shared (CC BY-NC-SA).

Text is rebuilt from the tokens with ordinary spacing. The corpus's sentence splitter often
leaves a quotation's opening mark (written ” in Kompas, as its closing one) at the end of
the sentence before; an opening mark that ends a sentence is moved to the start of the next
one. Which mark opens is decided from the text alone (a mark before a lower-case word or a
comma closes; otherwise, outside a quotation, a mark opens), never from the labels. Sentences inside a quotation share a paragraph; every other sentence
starts a new one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

QUOTES = "”“\""
NO_SPACE_BEFORE = {",", ".", ")", ":", ";", "!", "?", "%", "…"}
NO_SPACE_AFTER = {"("}


@dataclass
class Span:
    label: str
    start: int  # character offsets in the article's text
    end: int
    text: str
    token: int  # index of the first token in the article


@dataclass
class Article:
    number: int
    text: str = ""
    spans: list[Span] = field(default_factory=list)
    tokens: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, label) of each token
    sentences: list[tuple[int, int]] = field(default_factory=list)  # the corpus's sentences, as offsets

    def of(self, *labels: str) -> list[Span]:
        return [s for s in self.spans if s.label in labels]


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, label = line.rsplit("\t", 1)
        current.append((token, label))
    if current:
        sentences.append(current)
    return sentences


def read_articles(path: Path) -> list[Article]:
    articles: list[list[list[tuple[str, str]]]] = []
    for sentence in read_sentences(path):
        if any(label in ("B-ISSUE", "U-ISSUE") for _, label in sentence) or not articles:
            articles.append([])
        articles[-1].append(sentence)
    return [_build(n, sentences) for n, sentences in enumerate(articles)]


def _build(number: int, sentences: list[list[tuple[str, str]]]) -> Article:
    # move a dangling opening mark to the next sentence, deciding opener/closer from text only
    inside = False
    fixed: list[list[tuple[str, str]]] = []
    carry: list[tuple[str, str]] = []
    for sentence in sentences:
        sentence = carry + sentence
        carry = []
        roles = []
        for k, (token, _) in enumerate(sentence):
            if token in QUOTES:
                following = sentence[k + 1][0] if k + 1 < len(sentence) else ""
                if token == "“":
                    opens = True
                elif following[:1].islower() or following in (",", "."):
                    opens = False  # '…,” katanya': a closing mark before the cue
                else:
                    opens = not inside
                inside = opens
                roles.append("open" if opens else "close")
            else:
                roles.append("")
        if sentence and roles[-1] == "open" and len(sentence) > 1:
            carry = [sentence[-1]]
            sentence = sentence[:-1]
            inside = False
        fixed.append((sentence, roles[: len(sentence)], inside))  # type: ignore[arg-type]
    article = Article(number)
    parts: list[str] = []
    offset = 0
    open_span: dict[str, tuple[int, int, list[str]]] = {}
    token_index = 0
    for k, (sentence, roles, inside_after) in enumerate(fixed):
        if k:
            gap = " " if fixed[k - 1][2] else "\n\n"
            parts.append(gap)
            offset += len(gap)
        previous = ""
        sentence_start = offset
        for (token, label), role in zip(sentence, roles):
            space = bool(previous) and token not in NO_SPACE_BEFORE and role != "close" and previous not in NO_SPACE_AFTER \
                and previous != "open-mark"
            if space:
                parts.append(" ")
                offset += 1
            start = offset
            parts.append(token)
            offset += len(token)
            previous = "open-mark" if role == "open" else token
            article.tokens.append((start, offset, label))
            if label != "O":
                tag, kind = label.split("-", 1)
                if tag in ("B", "U"):
                    open_span[kind] = (start, token_index, [])
                if kind in open_span and tag in ("L", "U"):
                    s, t, _ = open_span.pop(kind)
                    article.spans.append(Span(kind, s, offset, "", t))
            token_index += 1
        if offset > sentence_start:
            article.sentences.append((sentence_start, offset))
    article.text = "".join(parts)
    for span in article.spans:
        span.text = article.text[span.start : span.end]
    article.spans.sort(key=lambda s: s.start)
    return article
