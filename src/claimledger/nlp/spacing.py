"""Spaces that are not plain spaces, read as plain spaces.

Web pages join figures to their units and bound words with no-break spaces ("at
least&nbsp;$345,430", "5&nbsp;percent", "$5&nbsp;million"). spaCy's tokenizer splits only on the
plain space: a no-break space becomes a token of its own between the words, and every rule that
reads the word before or after a figure misses it ("$5 million" read as $5). The pipeline reads
the text with such spaces made plain; one character becomes one character, so every offset still
indexes the article's own text, and the record's texts are sliced from that text again
(:meth:`claimledger.record.Record.retext`).
"""

from __future__ import annotations

#: No-break, figure, narrow no-break, thin and hair spaces: each one character wide, like " ".
SPACE_LIKE = "\u00a0\u2007\u202f\u2009\u200a"
_PLAIN = str.maketrans({ch: " " for ch in SPACE_LIKE})


def plain_spaces(text: str) -> str:
    """``text`` with every space-like character of :data:`SPACE_LIKE` made a plain space (the
    same length: offsets into the result index ``text`` too)."""
    return text.translate(_PLAIN) if any(ch in text for ch in SPACE_LIKE) else text
