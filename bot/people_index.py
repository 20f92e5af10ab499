"""Which person a name belongs to, corpus-wide. Pure logic: no I/O, no SQL.

People merge across articles by their normalised full name (case, accents, honorifics, punctuation and
a trailing possessive are ignored). A surname-only name ("Hart", "Mr. Hart") joins the single
full-name person with that surname when exactly one exists; when none exists it becomes a person of its
own, which a later full name with that surname absorbs while that full name is the only one; two
different full names that share a surname always stay apart.

The store keeps a `PeopleIndex` of the people it holds and applies the `Resolution`s it returns.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from bot.extract.lexicon import HONORIFIC_GENDER, given_names, surname_of_tokens

HONORIFICS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "professor",
        "president",
        "ayatollah",
        "rev",
        "reverend",
        "the",
        "sen",
        "senator",
        "rep",
        "gov",
        "governor",
        "gen",
        "general",
        "col",
        "capt",
        "captain",
        "sgt",
        "lt",
        "judge",
        "justice",
        "rabbi",
        "imam",
        "sheikh",
        "father",
        "pope",
        "king",
        "queen",
        "prince",
        "princess",
        "hon",
        "rt",
    }
)
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "qc", "mp", "phd"})

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    """The meaningful tokens of a name: folded, without honorifics or a possessive 's."""
    text = _fold(name or "").strip()
    text = re.sub(r"'s$", "", text)
    toks = [t.replace("'", "") for t in _TOKEN.findall(text)]
    while toks and toks[0] in HONORIFICS:
        toks = toks[1:]
    return toks


def name_key(name: str) -> str:
    """Normalised full name: 'Mr. Daniel  Hart's' -> 'daniel hart'."""
    return " ".join(name_tokens(name))


def surname_of(key: str) -> str:
    """Last token of a key that is not a generational or post-nominal suffix."""
    toks = key.split()
    while len(toks) > 1 and toks[-1] in SUFFIXES:
        toks.pop()
    return surname_of_tokens(toks) if toks else ""


def is_full(key: str) -> bool:
    return len(key.split()) > 1


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where a name goes.

    `key` is the key of the person the name belongs to; `new` says that person does not exist yet;
    `absorb` lists keys of existing surname-only people that must be merged into `key`.
    """

    key: str
    new: bool
    absorb: tuple[str, ...] = ()


class PeopleIndex:
    """The set of people (by key) and the surname lookups the merge rules need."""

    def __init__(self, keys: Iterable[str] = ()) -> None:
        self._keys: set[str] = set()
        self._full_by_surname: dict[str, set[str]] = {}
        for key in keys:
            self.add(key)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._keys))

    def add(self, key: str) -> None:
        self._keys.add(key)
        if is_full(key):
            self._full_by_surname.setdefault(surname_of(key), set()).add(key)

    def remove(self, key: str) -> None:
        self._keys.discard(key)
        if is_full(key):
            group = self._full_by_surname.get(surname_of(key))
            if group is not None:
                group.discard(key)
                if not group:
                    del self._full_by_surname[surname_of(key)]

    def resolve(self, name: str) -> Resolution | None:
        """Decide which person `name` is, without changing the index. None for a name with no tokens."""
        key = name_key(name)
        if not key:
            return None
        if not is_full(key):
            full = self._full_by_surname.get(key, set())
            if len(full) == 1:
                return Resolution(next(iter(full)), new=False)
            return Resolution(key, new=key not in self._keys)
        if key in self._keys:
            return Resolution(key, new=False)
        sur = surname_of(key)
        absorb = (sur,) if sur in self._keys and not self._full_by_surname.get(sur) else ()
        return Resolution(key, new=True, absorb=absorb)

    def apply(self, res: Resolution) -> None:
        """Record a resolution's effect on the index."""
        for old in res.absorb:
            self.remove(old)
        if res.new:
            self.add(res.key)

    def assign(self, name: str) -> Resolution | None:
        """resolve() then apply(): the index now holds the person `name` belongs to."""
        res = self.resolve(name)
        if res is not None:
            self.apply(res)
        return res


def resolve_names(existing: Iterable[str], names: Iterable[str]) -> dict[str, str]:
    """Pure helper: map each name to the key of its person, given existing person keys.

    Names are applied in order; absorbed surname-only people map to their new full-name key.
    """
    index = PeopleIndex(existing)
    out: dict[str, str] = {}
    for name in names:
        res = index.assign(name)
        if res is None:
            continue
        for old in res.absorb:
            for n, k in out.items():
                if k == old:
                    out[n] = res.key
        out[name] = res.key
    return out


def _given_gender(key: str) -> str | None:
    """"m" or "f" when a full name's given name says so ("tony blair" -> "m"), else None."""
    g = given_names().get(key.split()[0]) if is_full(key) else None
    return g if g in ("m", "f") else None


def plan_article(
    index: PeopleIndex, names: Iterable[str], genders: dict[str, str] | None = None
) -> list[tuple[str, Resolution]]:
    """Resolve the names one article mentions, applying each to `index`; returns them in apply order.

    Full names go first, so a surname-only name in the same article finds them; a surname-only name
    prefers the single full name of its own article with that surname over the corpus-wide rule.
    `genders` gives what the article says of a surname-only name ("Ms Blair": "f"): such a name never
    joins a full name whose given name says otherwise (Ms Blair is not Tony Blair).
    """
    genders = genders or {}
    seen: dict[str, str] = {}
    for name in names:
        if name and name not in seen:
            seen[name] = name_key(name)
    ordered = sorted((n for n, k in seen.items() if k), key=lambda n: not is_full(seen[n]))
    local_full: dict[str, set[str]] = {}
    for key in seen.values():
        if is_full(key):
            local_full.setdefault(surname_of(key), set()).add(key)
    plan: list[tuple[str, Resolution]] = []
    for name in ordered:
        key = seen[name]
        gender = genders.get(name)
        mine = local_full.get(key, set()) if not is_full(key) else set()
        if len(mine) == 1 and _compatible(next(iter(mine)), gender):
            res = Resolution(next(iter(mine)), new=False)
        else:
            res = index.resolve(name)
            assert res is not None
            if not res.new and not is_full(key) and not _compatible(res.key, gender):
                res = Resolution(key, new=key not in index)  # a person of their own, by surname
            index.apply(res)
        plan.append((name, res))
    return plan


def surname_genders(people: Iterable[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """What an article's honorifics say of its surname-only people, from (name, aliases) pairs:
    "Blair" known as "Ms Blair" -> {"Blair": "f"}."""
    out = {}
    for name, aliases in people:
        if is_full(name_key(name)):
            continue
        said = {HONORIFIC_GENDER.get(_fold(a.split()[0]).rstrip(".")) for a in aliases if " " in a.strip()}
        said.discard(None)
        if len(said) == 1:
            out[name] = said.pop()
    return out


def _compatible(full_key: str, gender: str | None) -> bool:
    other = _given_gender(full_key)
    return gender is None or other is None or other == gender
