"""One name across reports: "Zelenskyy" in one article is "Volodymyr Zelenskyy" in another,
"NIS" in one is the "National Intelligence Service" another spelled out.

Within an article the entities component already merges a surname with the full name and an
acronym with its expansion; across articles the ledger keeps each article's own ids, and its
entity directory folds an id whose name is another entity's alias into that entity
(:func:`..ledger.queries.same_entities`). Here, a source named by a short name whose
words end another source's longer name ("Zelenskyy" / "Volodymyr Zelenskyy", "Kim" / "Kim
Jong Un" does not qualify: the words must be the *last* ones) is taken for that source, when
exactly one longer name fits. Names with a lower-case word ("his intelligence services") are
descriptions, never merged.
"""

from __future__ import annotations


def _words(name: str) -> list[str]:
    return name.replace("’", "'").split()


def _proper(words: list[str]) -> bool:
    return bool(words) and all(w[:1].isupper() for w in words)


def canonical_names(names: dict[str, str], targets: set[str] | None = None) -> dict[str, str]:
    """``{key: name}`` → ``{key: canonical key}``: each short proper name that ends exactly
    one longer proper name (of a key in ``targets``, where given) maps to that name's key;
    every other key maps to itself."""
    longer: dict[tuple[str, ...], list[str]] = {}
    for key, name in names.items():
        words = _words(name)
        if (targets is None or key in targets) and _proper(words) and len(words) >= 2:
            for n in range(1, len(words)):
                longer.setdefault(tuple(words[-n:]), []).append(key)
    out = {}
    for key, name in names.items():
        words = _words(name)
        found = longer.get(tuple(words), []) if _proper(words) else []
        targets = {names[k] for k in found}
        out[key] = found[0] if len(targets) == 1 else key
    return out
