"""Reading numbers written in figures or words: "3,000", "1.5 million", "three dozen", "½".

This module knows nothing of spaCy: it reads a list of lower-cased token texts (with a flag
for the whitespace after each) so that the quantities component can hand it a Doc's tokens.
Number words and vague amounts are data (``lexicon/en/numbers.json``). Vague amounts follow
the ACLED coding convention, also used by CQE: "dozens" is coded 12, "hundreds" 100,
"thousands" 1,000, "tens of thousands" 10,000; the coded figure is both the value and the
low bound, and the high bound is one below the next order of magnitude.

Every value is finite: a numeral too long to be a real figure, or one that would overflow
to infinity, is not read at all (``None``), so no ``inf``/``nan`` ever reaches JSON.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import lexicon

#: A numeral, optionally signed, with thousands separators or a decimal part, and whatever
#: is glued after it ("5bn", "200lbs", "1½", "1e999"): the caller decides what a suffix means.
NUMERAL = re.compile(
    r"^(?P<sign>[-−+]?)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suffix>[^\d\s,.][^\s]*)?$"
)
#: A continental decimal comma ("1,5", "19,5%"): one or two digits after the comma.
DECIMAL_COMMA = re.compile(r"^(?P<whole>\d{1,3}),(?P<part>\d{1,2})(?P<suffix>%|pc|bn|m|k)?$")
#: A fraction written with a slash ("1/2"), read only after a whole number ("10 1/2").
SLASH_FRACTION = re.compile(r"^(\d{1,2})/(\d{1,2})$")
#: The rest of a grain or bond price glued after its figure: "10.27-1/2", "99-17/32".
GLUED_FRACTION = re.compile(r"^-(\d{1,2})/(\d{1,2})$")
#: Denominators of the fractions of market prices (grains, old share prices, bonds): eighths
#: of a dollar, thirty-seconds of a point. Only these, written in lowest terms (an odd
#: numerator), join a figure across a hyphen or after a decimal ("9-3/4", "$3.61 1/4"), so
#: that "2-1", "24/7", "9/11", "12/03" stay what they are.
MARKET_DENOMINATORS = frozenset({2, 4, 8, 16, 32})
#: Unicode vulgar fractions ("⅝", "⅓"); the lexicon's ``vulgar_fractions`` adds to them.
VULGAR_FRACTIONS = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
#: Scientific notation glued to a numeral, with at most two exponent digits ("3.2e5", "4E-3").
EXPONENT = re.compile(r"^e([-+]?\d{1,2})$")
#: Scientific notation over several tokens: "x"/"×" then "10^8", "10⁶" or "10", "^", "8".
TIMES_SIGNS = frozenset({"x", "×", "*"})
TEN_TO = re.compile(r"^10(?:\^([-−]?\d{1,2})|([⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))$")
SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
EXPONENT_DIGITS = re.compile(r"^-?\d{1,2}$")
#: The first group and a later group of a number split after its comma ("80, 000").
SHORT_GROUP = re.compile(r"^\d{1,3}$")
SPLIT_GROUP = re.compile(r"^0\d\d$")
THREE_DIGITS = re.compile(r"^\d\d\d$")
#: The first group of a number whose thousands are set off by spaces ("12 000").
PLAIN_GROUP = re.compile(r"^[1-9]\d{0,2}$")
#: Spaces that spaCy keeps as tokens of their own between digit groups ("45\u00a0000").
THIN_SPACES = frozenset({"\u00a0", "\u202f", "\u2009"})
#: Words after a three-digit group that show a list of numbers goes on ("1, 118 and 200").
LIST_GOES_ON = frozenset({",", "and", "or", "to", "-", "–", ";"})
#: A number split after its comma with a zero group ("10, 000"): the text splits thousands.
SPLIT_EVIDENCE = re.compile(r"(?<![\d,.])\d{1,3}, 0\d\d(?![\d,])")
#: Longest digit string read as a figure; beyond it a "number" is an identifier or junk.
MAX_DIGITS = 21
#: Largest value kept (10^18); larger products of scale words are not real figures.
MAX_VALUE = 1e18


@dataclass(frozen=True)
class NumberWords:
    """The number words of one language, loaded once from the lexicon."""

    units: dict[str, float]
    tens: dict[str, float]
    hundred: dict[str, float]
    scales: dict[str, float]
    dozen: dict[str, float]
    scale_abbreviations: dict[str, float]
    vulgar_fractions: dict[str, float]
    fractions: dict[str, float]
    vague: dict[tuple[str, ...], dict[str, float]]
    vague_quantifiers: tuple[tuple[str, ...], ...]
    vague_first: frozenset[str]
    after_change_fraction: frozenset[str] = frozenset()
    fraction_determiners: frozenset[str] = frozenset()
    ordinal_before: frozenset[str] = frozenset()
    fraction_change_preps: frozenset[str] = frozenset({"by"})
    fraction_change_verbs: frozenset[str] = frozenset()
    fraction_hedges: frozenset[str] = frozenset()
    group_nouns: dict[str, float] = field(default_factory=dict)

    def is_word_number(self, word: str) -> bool:
        return word in self.units or word in self.tens

    def is_multiplier(self, word: str) -> bool:
        return word in self.hundred or word in self.scales or word in self.dozen

    def starts_number(self, word: str) -> bool:
        """Cheap first test on a token: could a number phrase start here?"""
        return (
            word in self.units or word in self.tens or word[:1] in self.vulgar_fractions
            or word in self.vague_first or word in ("a", "an", "several", "few", "couple", "dozen")
            or word in self.fractions or word.rstrip("s") in self.fractions
            or (bool(word) and (word[0].isdigit() or (word[0] in "-−+." and len(word) > 1)))
        )


@cache
def number_words(lang: str = lexicon.LANG) -> NumberWords:
    """The number words of ``lang`` (loaded once)."""
    data: dict[str, Any] = lexicon.load("numbers.json", lang)
    vague = {tuple(k.split()): {n: float(x) for n, x in v.items()}
             for k, v in data["vague"].items()}
    return NumberWords(
        units={k: float(v) for k, v in data["units"].items()},
        tens={k: float(v) for k, v in data["tens"].items()},
        hundred={k: float(v) for k, v in data["hundred"].items()},
        scales={k: float(v) for k, v in data["scales"].items()},
        dozen={k: float(v) for k, v in data["dozen"].items()},
        scale_abbreviations={k: float(v) for k, v in data["scale_abbreviations"].items()},
        vulgar_fractions={**{c: unicodedata.numeric(c) for c in VULGAR_FRACTIONS},
                          **{k: float(v) for k, v in data["vulgar_fractions"].items()}},
        fractions={k: float(v) for k, v in data["fractions"].items()},
        vague=vague,
        vague_quantifiers=tuple(tuple(q.split()) for q in data["vague_quantifiers"]),
        vague_first=frozenset(key[0] for key in vague),
        after_change_fraction=frozenset(data.get("after_change_fraction", [])),
        fraction_determiners=frozenset(data.get("fraction_determiners", [])),
        ordinal_before=frozenset(data.get("ordinal_before", [])),
        fraction_change_preps=frozenset(data.get("fraction_change_preps", ["by"])),
        fraction_change_verbs=frozenset(data.get("fraction_change_verbs", [])),
        fraction_hedges=frozenset(data.get("fraction_hedges", [])),
        group_nouns={k: float(v) for k, v in data.get("group_nouns", {}).items()},
    )


@dataclass
class Numeral:
    """A numeral token read: its value and any letters glued after it."""

    value: float
    suffix: str
    signed: bool


@dataclass
class NumberMatch:
    """A number phrase found in a token list: tokens ``[start, end)`` and what it means.

    ``vague`` marks "dozens"/"hundreds of"-style amounts (approx, with bounds); ``suffix``
    holds letters glued to the last numeral ("bn", "km"); ``scale_abbreviation`` the
    ambiguous short scale word ("m") left for the caller, who knows whether money is meant.
    """

    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    vague: bool = False
    suffix: str = ""
    words: bool = False
    scaled: bool = False
    factor: float = 1.0
    fraction: bool = False  # a part of a whole: "two-thirds", "half of", "½", "1/3 of"


def finite(value: float) -> float | None:
    """``value`` if it is a finite figure within range, else None (never inf or nan)."""
    if math.isfinite(value) and abs(value) <= MAX_VALUE:
        return value
    return None


def parse_numeral(text: str) -> Numeral | None:
    """Read one numeral token ("3,000", "1.5", "-5", "5bn", "1e999" → 1 + suffix "e999")."""
    match = NUMERAL.match(text)
    if match is None:
        return None
    digits = match.group("num").replace(",", "")
    if len(digits.replace(".", "")) > MAX_DIGITS:
        return None
    value = finite(float(digits))
    if value is None:
        return None
    if match.group("sign") in ("-", "−"):
        value = -value
    return Numeral(value=value, suffix=match.group("suffix") or "",
                   signed=bool(match.group("sign")))


def tidy(value: float) -> float | int:
    """An integer where the figure is whole (JSON "3000", not "3000.0").

    Rounded to 12 significant digits first, so that 16.4 × 10^6 is 16400000, not
    16399999.999999998 (binary floats cannot hold 16.4 exactly).
    """
    value = float(f"{value:.12g}")
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def read_number(words: list[str], spaces: list[bool], i: int,
                table: NumberWords | None = None, *, split_groups: bool = False,
                comma_groups: bool = False) -> NumberMatch | None:
    """The number phrase starting at token ``i`` of ``words`` (lower-cased texts), if any.

    ``spaces[k]`` says whether token k is followed by whitespace (for glued scale words).
    ``split_groups``: the text is known to split thousands after the comma ("10, 000"
    elsewhere in it), so any three-digit group after "N, " is read as part of the number.
    ``comma_groups``: the text groups thousands with commas ("1,200"), so digits set apart by
    a plain space are two numbers ("29 737 MAX jets").
    """
    table = table or number_words()
    vague = _read_vague(words, i, table)
    if vague is not None:
        return vague
    word = words[i]
    if word in ("a", "an") and i + 3 < len(words) and words[i + 1] in table.group_nouns \
            and words[i + 2] == "of" and not table.starts_number(words[i + 3]):
        # "a trio of super PACs", "a quartet of groups": a group of so many
        return NumberMatch(i, i + 2, table.group_nouns[words[i + 1]], words=True)
    if word in table.vulgar_fractions:
        return NumberMatch(i, i + 1, table.vulgar_fractions[word], fraction=True)
    if word[:1] in table.vulgar_fractions and not word[1:2].isalnum():
        # "½%", "½-point": a half of the unit glued after it, not a part of a whole
        return NumberMatch(i, i + 1, table.vulgar_fractions[word[0]],
                           suffix=_adjective_unit(word[1:]))
    fraction = _read_fraction_of_scale(words, i, table)
    if fraction is not None:
        return fraction
    slash = SLASH_FRACTION.match(word)
    if slash and int(slash.group(1)) < int(slash.group(2)) != 0:
        # "1/4 mile": the caller keeps it only where a unit follows ("24/7" is no figure)
        return NumberMatch(i, i + 1, int(slash.group(1)) / int(slash.group(2)),
                           suffix="/", words=False, fraction=True)
    numeral = parse_numeral(word) or _decimal_comma(words, i, table)
    if numeral is not None:
        match = _read_numeral_phrase(words, spaces, i, numeral, table, split_groups,
                                     comma_groups)
    else:
        match = _read_word_number(words, i, table)
    return _and_a_half(words, match, table) if match is not None else None


def _decimal_comma(words: list[str], i: int, table: NumberWords) -> Numeral | None:
    """ "1,5 million", "19,5%", "3,25 percent": a comma before one or two digits is a decimal
    point (continental style) when a scale or a percent follows; "1,5 and 7" stays unread."""
    match = DECIMAL_COMMA.match(words[i])
    if match is None:
        return None
    after = words[i + 1] if i + 1 < len(words) else ""
    if not (match.group("suffix") or after in table.scales or after in ("%", "percent", "pc",
                                                                            "per")):
        return None
    return parse_numeral(f"{match.group('whole')}.{match.group('part')}"
                         f"{match.group('suffix') or ''}")


def _and_a_half(words: list[str], match: NumberMatch, table: NumberWords) -> NumberMatch:
    """ "3 and a half million", "two and a half": a whole number plus one half, then its scale."""
    end = match.end
    if match.suffix or match.scaled or not float(match.value).is_integer() \
            or tuple(words[end:end + 3]) != ("and", "a", "half"):
        return match
    value, end, factor = match.value + 0.5, end + 3, 1.0
    scale = table.scales.get(words[end]) if end < len(words) else None
    if scale:
        value, end, factor = value * scale, end + 1, scale
    return NumberMatch(match.start, end, finite(value) or 0.0, words=match.words,
                       scaled=scale is not None, factor=factor)


def _read_vague(words: list[str], i: int, table: NumberWords) -> NumberMatch | None:
    """ "tens of thousands", "dozens", "several hundred", "a few thousand", "a couple of"."""
    scaled = _read_quantified_scale(words, i, table)
    if scaled is not None:  # "a couple of hundred" before "a couple of"
        return scaled
    best: NumberMatch | None = None
    for key, coded in table.vague.items():
        n = len(key)
        if tuple(words[i:i + n]) == key and (best is None or n > best.end - i):
            best = NumberMatch(i, i + n, coded["value"], coded["low"], coded["high"], vague=True)
    return best


def _read_quantified_scale(words: list[str], i: int, table: NumberWords) -> NumberMatch | None:
    """ "several hundred", "a few thousand": coded like the plural scale word."""
    for quantifier in table.vague_quantifiers:
        n = len(quantifier)
        if tuple(words[i:i + n]) != quantifier or i + n >= len(words):
            continue
        scale_word = words[i + n]
        scale = table.hundred.get(scale_word) or table.scales.get(scale_word) \
            or table.dozen.get(scale_word)
        if not scale:
            continue
        end, factor = i + n + 1, 1.0
        while end < len(words) and words[end] in table.scales \
                and table.scales[words[end]] > scale:
            factor *= table.scales[words[end]]  # "several hundred thousand"
            end += 1
        if quantifier[-2:] in (("a", "couple"), ("couple", "of")):
            # "a couple of hundred": two of them, maybe three
            return NumberMatch(i, end, 2 * scale * factor, 2 * scale * factor,
                               3 * scale * factor, vague=True)
        high = scale * 10 - 1 if scale >= 100 else 99
        return NumberMatch(i, end, scale * factor, scale * factor,
                           high * factor if factor > 1 else high, vague=True)
    return None


def _read_numeral_phrase(words: list[str], spaces: list[bool], i: int, numeral: Numeral,
                         table: NumberWords, split_groups: bool = False,
                         comma_groups: bool = False) -> NumberMatch | None:
    """A numeral and what multiplies it: "1.5 million", "10 1/2", "5bn", "3 dozen"; None
    when the product is beyond any real figure ("10 trillion trillion")."""
    value, end, suffix, scaled = numeral.value, i + 1, numeral.suffix, False
    factor = 1.0
    glued_fraction = GLUED_FRACTION.match(suffix)
    if suffix[:1] in table.vulgar_fractions and not suffix[1:2].isalnum():
        # "1½", "3⅝", "1½-point", "2½%"
        value, suffix = value + table.vulgar_fractions[suffix[0]], _adjective_unit(suffix[1:])
    elif glued_fraction and (part := _market_fraction(words[i][:-len(suffix)], glued_fraction)
                             ) is not None:
        value, suffix = value + part, ""  # "10.27-1/2" as one token
    elif suffix in table.scale_abbreviations and suffix != "m":  # "5bn", "10k"
        factor = table.scale_abbreviations[suffix]
        value, suffix, scaled = value * factor, "", True
    elif (exponent := EXPONENT.match(suffix)) and finite(value * 10 ** int(exponent.group(1))):
        value, suffix = value * 10 ** int(exponent.group(1)), ""  # "3.2e5"; "1e999" stays junk
    value, end, suffix = _times_ten_to(words, end, value, suffix)
    if not suffix and not numeral.signed:
        value, end = _split_thousands(words, spaces, i, value, end, split_groups)
        value, end = _space_thousands(words, spaces, i, value, end, comma_groups)
    if not suffix and end < len(words):
        hyphen = end + 1 < len(words) and words[end] == "-" and not spaces[end - 1] \
            and not spaces[end]
        fraction = SLASH_FRACTION.match(words[end + 1] if hyphen else words[end])
        if fraction and not hyphen and float(value).is_integer() \
                and int(fraction.group(2)) > int(fraction.group(1)):
            value += int(fraction.group(1)) / int(fraction.group(2))  # "10 1/2"
            end += 1
        elif fraction and end == i + 1 and (hyphen or "." in words[i]) \
                and (part := _market_fraction(words[i], fraction)) is not None:
            value += part if value >= 0 else -part  # "9-3/4 cents", "$3.61 1/4"
            end += 2 if hyphen else 1
    if not suffix:
        while end < len(words):
            nxt = words[end]
            if nxt == "-" and end + 1 < len(words) and not spaces[end - 1] \
                    and _multiplier(words[end + 1], table):  # "$1.2-billion"
                end += 1
                continue
            multiplier = _multiplier(nxt, table)
            if multiplier is None or (nxt in table.dozen and (
                    numeral.signed or not float(numeral.value).is_integer())):
                break  # ("a composite -2.1 score": a dozen or a score counts whole things)
            value, end, scaled = value * multiplier, end + 1, True
            factor *= multiplier
    if finite(value) is None or finite(factor) is None:
        return None  # never a made-up 0 for a figure out of range
    return NumberMatch(i, end, value, suffix=suffix, scaled=scaled, factor=factor)


def _market_fraction(numeral: str, fraction: re.Match[str]) -> float | None:
    """What a market fraction after ``numeral`` adds: "9-3/4" 0.75; after decimals it is a
    fraction of the last decimal place ("$10.27-1/2" is 10.275, "$3.61 1/4" 3.6125); None
    unless it is eighths, sixteenths … in lowest terms (see ``MARKET_DENOMINATORS``)."""
    top, bottom = int(fraction.group(1)), int(fraction.group(2))
    if bottom not in MARKET_DENOMINATORS or not top < bottom or top % 2 == 0:
        return None
    places = len(numeral.split(".", 1)[1]) if "." in numeral else 0
    if places > 2 or not numeral[-1:].isdigit():
        return None
    return top / bottom / 10 ** places


def _adjective_unit(rest: str) -> str:
    """The unit glued after a vulgar fraction: "-point" of "1½-point" is "point"; none in
    "12⅝." (the full stop of a sentence)."""
    if rest == ".":
        return ""
    return rest[1:] if rest[:1] == "-" and rest[1:].isalpha() else rest


def _times_ten_to(words: list[str], end: int, value: float, suffix: str
                  ) -> tuple[float, int, str]:
    """ "1.5 x 10^8", "6.02×10^23", "3 × 10⁶": scientific notation spread over tokens."""
    exponent: str | None = None
    if suffix in ("x10", "×10") and tuple(words[end:end + 1]) == ("^",) and end + 1 < len(words):
        exponent, after = words[end + 1], end + 2  # "6.02×10", "^", "23"
    elif not suffix and end + 1 < len(words) and words[end] in TIMES_SIGNS:
        power = TEN_TO.match(words[end + 1])
        if power:  # "x", "10^8" or "×", "10⁶"
            exponent, after = (power.group(1) or power.group(2)).translate(SUPERSCRIPTS), end + 2
        elif words[end + 1] == "10" and end + 3 < len(words) and words[end + 2] == "^":
            exponent, after = words[end + 3], end + 4  # "x", "10", "^", "8"
    if exponent is None or not EXPONENT_DIGITS.match(exponent.replace("−", "-")):
        return value, end, suffix
    scaled = finite(value * 10 ** int(exponent.replace("−", "-")))
    return (scaled, after, "") if scaled is not None else (value, end, suffix)


def _split_thousands(words: list[str], spaces: list[bool], i: int, value: float,
                     end: int, split_groups: bool = False) -> tuple[float, int]:
    """ "80, 000": thousands split by a stray space after the comma (a typesetting slip).

    Only a group starting with "0" is joined, so that a list ("10, 200 and 300") stays apart;
    where the text is known to split its thousands (``split_groups``), any three-digit group
    is joined ("1, 118 tunes") unless a list goes on after it ("1, 118, 200", "1, 118 and").
    """
    if not (SHORT_GROUP.match(words[i]) and value.is_integer()):
        return value, end
    if i > 1 and words[i - 1] == "," and _digits_only(words[i - 2]):
        return value, end  # "5, 10, 000": inside a list
    while end + 1 < len(words) and words[end] == "," and not spaces[end - 1] and spaces[end] \
            and value * 1000 <= MAX_VALUE:
        group = words[end + 1]
        after = words[end + 2] if end + 2 < len(words) else ""
        if not (SPLIT_GROUP.match(group) or (
                split_groups and THREE_DIGITS.match(group) and after not in LIST_GOES_ON)):
            break
        value, end = value * 1000 + int(group), end + 2
    return value, end


def _space_thousands(words: list[str], spaces: list[bool], i: int, value: float,
                     end: int, comma_groups: bool = False) -> tuple[float, int]:
    """ "12 000", "1 250 000", "45\u00a0000": thousands grouped by spaces (the SI and
    continental style), where spaCy splits the groups into tokens. Only a plain first group
    ("12", not "012" nor "12,5") and whole three-digit groups; a number inside a list of
    numbers ("3 5 7") stays apart. Across a plain space only round figures ("12 000", "2 500",
    the last group ending in "00") and only in a text that does not group with commas: "the
    29 737 MAX jets", "50 787 jets" are two numbers; a no-break or thin space always joins."""
    if end != i + 1 or not PLAIN_GROUP.match(words[i]) or (i > 0 and _digits_only(words[i - 1])):
        return value, end
    first = value
    plain = False
    while value * 1000 <= MAX_VALUE:
        k = end
        if k < len(words) and words[k] in THIN_SPACES and not spaces[k - 1]:
            k += 1  # a no-break or thin space is a token of its own
        elif not spaces[k - 1] or comma_groups:
            break
        else:
            plain = True
        if k >= len(words) or not THREE_DIGITS.match(words[k]) \
                or (k + 1 < len(words) and words[k + 1][:1].isdigit() and spaces[k]
                    and not THREE_DIGITS.match(words[k + 1])):
            break
        value, end = value * 1000 + int(words[k]), k + 1
    if plain and not words[end - 1].endswith("00"):
        return first, i + 1  # "the 29 737 MAX jets": two numbers
    if end != i + 1 and end + 1 < len(words) and words[end] in ("and", "or") \
            and words[end + 1].isdigit() and len(words[end + 1]) < 3 \
            and not (end + 2 < len(words) and THREE_DIGITS.match(words[end + 2])):
        return first, i + 1  # "pages 12 100 and 24": a list ("3 400, 2 100 and 900" is none)
    return value, end


def _digits_only(word: str) -> bool:
    return word.isdigit() and len(word) <= 3


def _read_fraction_of_scale(words: list[str], i: int, table: NumberWords) -> NumberMatch | None:
    """ "half a million", "a quarter million", "three quarters of a billion"; "two-thirds",
    "a one-third stake", "half of", "half the troops" (a part of a whole, ``fraction``)."""
    j, part, counted, numerator = i, 1.0, False, False
    if words[j] in ("a", "an") and j + 1 < len(words):
        j, counted = j + 1, True
    if words[j] in table.units and j + 1 < len(words):
        k = j + 2 if words[j + 1] == "-" and j + 2 < len(words) else j + 1
        if _fraction(words[k], table) is not None and (words[k] != "half" or words[j] == "one"):
            # "two-thirds", "one fifth", "one - third" (tokenised text), "one-half"
            part, j, counted, numerator = table.units[words[j]], k, True, True
    fraction = _fraction(words[j], table)
    if numerator and words[i + 1] != "-" and j + 2 < len(words) and words[j + 1] == "-" \
            and words[j + 2][:1].isalpha():
        return None  # "three quarter-point cuts", "two half-hour shows": a count of the compound
    if fraction is None or (not counted and i > 0 and words[i - 1] in table.ordinal_before):
        return None  # "the third of four children", "its fifth of the season": ordinals
    end = j + 1
    scale_next = end < len(words) and words[end] in table.scales
    if not (counted or scale_next or words[j] in ("half", "halves")):
        return None  # "the third", "a fifth" alone: ordinals
    k = end
    while k < len(words) and words[k] in ("a", "an", "of", "-"):
        k += 1  # "half a million", "a half-million", "half-a-dozen"
    scale = table.scales.get(words[k]) or table.dozen.get(words[k]) if k < len(words) else None
    if scale:  # "half a million", "half a dozen"
        return NumberMatch(i, k + 1, part * fraction * scale, words=True, scaled=True,
                           factor=scale)
    if numerator or (end < len(words) and words[end] == "of") \
            or (i > 0 and words[i - 1] == "than") \
            or (words[end:end + 1] == ["or"] and words[end + 1:end + 2] in (
                ["more"], ["less"], ["fewer"]) and words[end + 2:end + 3] == ["of"]
                and not _and_a_half_before(words, i, j)) \
            or (_after_change_prep(words, i, table) and _ends_change(words, end, table)) \
            or (words[j] == "half" and end < len(words)
                and words[end] in table.fraction_determiners):
        # "two-thirds", "half of", "more than half", "cut by a third" (not "by a third
        # route"), "half the troops", "half its budget", "a third or more of the vote"
        start = i + 1 if numerator and words[i] in ("a", "an") else i  # "a [one-third] stake"
        return NumberMatch(start, end, part * fraction, words=True, fraction=True)
    if words[j] == "half" and end + 1 < len(words) and words[end] in ("a", "an"):
        # "half a mile", "half a percentage point": the caller keeps it only where a unit
        # follows (the "/" suffix, as for "1/2 cup"); "half a day" is a time
        return NumberMatch(i, end + 1, part * fraction, suffix="/", words=True, fraction=True)
    if counted and end < len(words):
        # "a quarter-point cut", "a half-point rise", "a quarter mile": kept only where a unit
        # follows ("a third route" is no figure)
        return NumberMatch(i, end, part * fraction, suffix="/", words=True, fraction=True)
    if words[j] == "half" and i > 0 and words[i - 1] in table.fraction_hedges:
        return NumberMatch(i, end, fraction, words=True, fraction=True)  # "nearly half said"
    return None


def _and_a_half_before(words: list[str], i: int, j: int) -> bool:
    """Is the fraction at ``i`` (its word at ``j``) the "a half" of "a mile and a half",
    "foot-and-a-half", "time and a half"?"""
    if words[j] != "half":
        return False
    before = [w for w in words[max(0, i - 4):i] if w != "-"]  # "foot-and-a-half": every
    if j == i and before[-1:] in (["a"], ["an"]):  # hyphen is a token, "a" before "half"
        before.pop()
    return before[-1:] == ["and"]


def _after_change_prep(words: list[str], i: int, table: NumberWords) -> bool:
    """ "by [a third]", "up [a tenth]", "by almost [a quarter]", "fell [a third]": a fraction
    that is a change."""
    takers = table.fraction_change_preps | table.fraction_change_verbs
    if i > 0 and words[i - 1] in takers:
        return True
    return i > 1 and words[i - 1] in table.fraction_hedges and words[i - 2] in takers


def _ends_change(words: list[str], end: int, table: NumberWords) -> bool:
    """After "by a third": the end of the phrase (punctuation, "since", "in" …), not a noun."""
    return end >= len(words) or not words[end][:1].isalpha() \
        or words[end] in table.after_change_fraction


def _fraction(word: str, table: NumberWords) -> float | None:
    return table.fractions.get(word) or table.fractions.get(word.rstrip("s"))


def _multiplier(word: str, table: NumberWords) -> float | None:
    return table.hundred.get(word) or table.scales.get(word) or table.dozen.get(word) \
        or (table.scale_abbreviations.get(word) if word not in ("m", "b", "k") else None)


def _adds_to(current: float, word: str, table: NumberWords) -> bool:
    """Can the units or tens word ``word`` follow the number words read so far (``current``)?
    English adds a unit only to a round ten ("twenty-five") and a ten or a teen only to a round
    hundred ("one hundred twenty"), so "four three" or "eleven two" are two numbers."""
    if word in table.tens:
        return current % 100 == 0
    value = table.units.get(word) or 0.0
    return current % 10 == 0 and (value < 10 or current % 100 == 0)


def _read_word_number(words: list[str], i: int, table: NumberWords) -> NumberMatch | None:
    """ "two", "twenty-five", "one hundred and twenty", "three dozen", "a million"."""
    j, total, current, seen, after_scale = i, 0.0, 0.0, False, False
    if words[i] in ("a", "an"):
        if i + 1 < len(words) and table.is_multiplier(words[i + 1]):
            j, current, seen = i + 1, 1.0, True
        else:
            return None
    elif words[i] == "dozen" and i > 0 and words[i - 1] == "the" and i + 1 < len(words) \
            and words[i + 1].isalpha() and words[i + 1].endswith("s") \
            and words[i + 1] not in table.scales:
        return NumberMatch(i, i + 1, 12.0, words=True)  # "the dozen emails sent to Powell"
    elif not table.is_word_number(words[i]):  # "hundred", "dozen", "score" alone: no figure
        return None
    last_good = j
    while j < len(words):
        word = words[j]
        if word in table.units or word in table.tens:
            if not _adds_to(current, word, table):
                break  # "four three-pointers", "two five-year deals": two numbers, not 7
            current += table.units.get(word) or table.tens.get(word) or 0.0
        elif word in table.hundred:
            current = (current or 1.0) * 100
        elif word in table.dozen:
            current = (current or 1.0) * table.dozen[word]
        elif word in table.scales and after_scale and not current:
            total *= table.scales[word]  # "a million million", "ten thousand million"
        elif word in table.scales:
            total += (current or 1.0) * table.scales[word]
            current = 0.0
        elif _joins_word_numbers(words, j, current, total, table):
            j += 1
            continue
        else:
            break
        seen = True
        after_scale = word in table.scales or word in table.hundred
        j += 1
        last_good = j
    if not seen or last_good == i:
        return None
    if words[last_good:last_good + 3] == ["and", "a", "half"] and not current and total \
            and words[last_good - 1] in table.scales:
        # "a million and a half": half of that scale more
        total, last_good = total + 0.5 * table.scales[words[last_good - 1]], last_good + 3
    elif words[last_good:last_good + 3] == ["and", "a", "half"] and current \
            and words[last_good - 1] in table.dozen:
        # "a dozen and a half": half a dozen more
        current, last_good = current + 0.5 * table.dozen[words[last_good - 1]], last_good + 3
    elif words[last_good:last_good + 3] == ["and", "a", "half"]:  # "two and a half (million)"
        current, last_good = current + 0.5, last_good + 3
        if last_good < len(words) and words[last_good] in table.scales:
            total, current = total + current * table.scales[words[last_good]], 0.0
            last_good += 1
    value = finite(total + current)
    if value is None:
        return None
    factor = 1.0  # the multipliers it ends with: "eight [thousand]" (for "seven or eight thousand")
    for word in reversed(words[i:last_good]):
        multiplier = _multiplier(word, table) if table.is_multiplier(word) else None
        if multiplier is None:
            break
        factor *= multiplier
    return NumberMatch(i, last_good, value, words=True, factor=finite(factor) or 1.0,
                       scaled=any(table.is_multiplier(w) for w in words[i:last_good]))


def _joins_word_numbers(words: list[str], j: int, current: float, total: float,
                        table: NumberWords) -> bool:
    """ "twenty-five" (a hyphen after a tens word), "two-dozen" (before a multiplier) or "one
    hundred and five" (after a scale)."""
    if j == 0 or j + 1 >= len(words):
        return False
    before, word, after = words[j - 1], words[j], words[j + 1]
    if word == "-":  # "twenty-five", "two-dozen", "three-hundred"
        return (before in table.tens and after in table.units and table.units[after] < 10) \
            or (table.is_word_number(before) and table.is_multiplier(after))
    if word == "and":
        return (current >= 100 or total > 0) and table.is_word_number(after)
    return False
