"""Placeholder pipeline (being replaced by the real rules in this session)."""

from bot.extract.records import Article, Sentence


def extract_article(text: str, source: str) -> Article:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    title = paras[0] if paras else None
    sents = tuple(Sentence(i + 1, i, p) for i, p in enumerate(paras[1:]))
    return Article(source=source, title=title, author=None, published=None, sentences=sents)
