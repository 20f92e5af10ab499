"""Fuzzy word matching shared by the commands: normalisation and a small inverted index.

`WordIndex` answers "which documents contain words like these, and how well do they cover the query":
each query word is matched against the vocabulary (exact, typo-tolerant via rapidfuzz, or sharing a
long prefix such as crumble/crumbling), weighted by how rare the word is, and a document's coverage is
the weighted share of query words it contains. Missing, misspelt and reordered words therefore cost only
their share. The heavy lifting (vocabulary scans) runs in rapidfuzz's C++ code.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.extract.text import fold as fold_marks

_WORD = re.compile(r"[^\W_]+")


def fold(text: str | None) -> str:
    """Lower-case, straight quotes, no accents, single spaces."""
    text = fold_marks((text or "").replace("`", "'"))
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def words(text: str | None) -> list[str]:
    """Word tokens of a text, folded, apostrophes dropped ("Iran's" -> "irans", "don't" -> "dont")."""
    return folded_words(fold(text))


def folded_words(folded: str) -> list[str]:
    """words() of a text that is already fold()ed."""
    return _WORD.findall(folded.replace("'", ""))


def word_similarity(a: str, b: str) -> float:
    """0..1: how alike two folded words are (typos, inflections)."""
    if a == b:
        return 1.0
    best = 0.0
    if min(len(a), len(b)) >= 4:
        r = OSA.normalized_similarity(a, b)
        if r >= _cutoff(a):
            best = r
    cp = _common_prefix(a, b)
    if cp >= 4 and a[cp:] in _SUFFIXES and b[cp:] in _SUFFIXES:
        best = max(best, 0.85)  # inflections of one stem: crumble / crumbling, negotiate / negotiators
    return best


_SUFFIXES = frozenset(
    "s es e ed d ing ings er ers or ors ion ions ation ations ment ments ly al ally ive ity ities ies ied y"
    " ist ists ism ance ence ness ful able ible".split()
) | {""}


def _cutoff(word: str) -> float:
    """Least similarity (1 - edits / length, a transposition being one edit) that still counts."""
    return 0.75


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


class WordIndex:
    """Inverted index over tokenised documents with fuzzy, IDF-weighted query coverage."""

    def __init__(self, docs: Sequence[Sequence[str]]) -> None:
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for i, toks in enumerate(docs):
            for w in set(toks):
                postings[w].append(i)
        self.postings = dict(postings)
        self.vocab = sorted(postings)
        self.n = len(docs)
        self._match_cache: dict[str, list[tuple[str, float]]] = {}

    def idf(self, df: int) -> float:
        return math.log((self.n + 1) / (df + 0.5)) + 0.1

    def matches(self, word: str) -> list[tuple[str, float]]:
        """Vocabulary words like `word`, with similarity 0..1, best first."""
        hit = self._match_cache.get(word)
        if hit is not None:
            return hit
        found: dict[str, float] = {}
        if word in self.postings:
            found[word] = 1.0
        if len(word) >= 4:
            for cand, score, _ in process.extract(
                word, self.vocab, scorer=OSA.normalized_similarity, limit=None, score_cutoff=_cutoff(word)
            ):
                if len(cand) >= 4:
                    found[cand] = max(found.get(cand, 0.0), score)
            # shared long prefix: inflections (crumble / crumbling, negotiate / negotiators)
            stem = word[:4]
            i = bisect_left(self.vocab, stem)
            while i < len(self.vocab) and self.vocab[i].startswith(stem):
                cand = self.vocab[i]
                sim = word_similarity(word, cand)
                if sim:
                    found[cand] = max(found.get(cand, 0.0), sim)
                i += 1
        out = sorted(found.items(), key=lambda kv: -kv[1])
        if len(self._match_cache) > 4096:
            self._match_cache.clear()
        self._match_cache[word] = out
        return out

    def weight(self, word: str) -> float:
        """How much a query word matters: the IDF of its best match (rarest for unmatched words)."""
        m = self.matches(word)
        if not m:
            return self.idf(0)
        best = m[0][1]
        return max(self.idf(len(self.postings[w])) for w, s in m if s == best)

    def coverage(self, query: Sequence[str]) -> dict[int, float]:
        """doc index -> weighted share (0..1) of the query words the document contains."""
        q = list(dict.fromkeys(query))
        if not q:
            return {}
        weights = [self.weight(w) for w in q]
        total = sum(weights)
        acc: dict[int, float] = {}
        for w, wt in zip(q, weights, strict=True):
            best: dict[int, float] = {}
            for cand, sim in self.matches(w):
                for doc in self.postings[cand]:
                    if sim > best.get(doc, 0.0):
                        best[doc] = sim
            share = wt / total
            for doc, sim in best.items():
                acc[doc] = acc.get(doc, 0.0) + share * sim
        return acc
