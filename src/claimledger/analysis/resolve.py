"""One name across reports: "Zelenskyy" in one article is "Volodymyr Zelenskyy" in another,
"NIS" in one is the "National Intelligence Service" another spelled out.

Within an article the entities component already merges a surname with the full name and an
acronym with its expansion; across articles the ledger keeps each article's own ids.
:func:`canonical_entities` maps an entity id whose name is an alias that exactly one other
(more widely reported) entity has in some article onto that entity. Here, too, a source named
by a short name whose
words end another source's longer name ("Zelenskyy" / "Volodymyr Zelenskyy", "Kim" / "Kim
Jong Un" does not qualify: the words must be the *last* ones) is taken for that source, when
exactly one longer name fits. Names with a lower-case word ("his intelligence services") are
descriptions, never merged.
"""

from __future__ import annotations

from typing import Any


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


def canonical_entities(directory: dict[str, dict[str, Any]]) -> dict[str, str]:
    """``{entity id: canonical id}`` for the ids of the ledger's entity directory
    (:func:`..ledger.queries.entity_directory`) that another entity names: "e:nis" →
    "e:national-intelligence-service" where an article defined "NIS" for it. Only where one
    other entity has the name among its forms, and it is reported in more articles."""
    holders: dict[str, list[str]] = {}
    for entity_id, item in directory.items():
        for form in str(item.get("forms") or "").split("\x1f"):
            if form:
                holders.setdefault(form, []).append(entity_id)
    out = {}
    for entity_id, item in directory.items():
        name = str(item.get("name") or "").lower()
        others = [o for o in holders.get(name, []) if o != entity_id
                  and directory[o]["articles"] > item["articles"]]
        out[entity_id] = others[0] if len(others) == 1 else entity_id
    return out
