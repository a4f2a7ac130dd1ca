"""The events component: PLOVER-typed events with actors, targets, place, time and claim.

A trigger is a verb of ``lexicon/en/event_triggers.json`` ("deployed", "supplied",
"captured", "invaded") whose object fits the rule's object class, or a trigger noun that is
the object of a support verb ("held talks", "mounting a fresh offensive", "imposed
sanctions") or the purpose of a trip ("flew to Cairo for talks"). From the parse:

- **actors**: the subject's names, the names modifying it ("French troops" -> France)
  and appositions ("Kenya's minister, Jane Doe"); a passive's "by" agent; for
  an agentless passive of moving troops, the troops' owner ("Chadian troops were
  withdrawn"); a pronoun subject in reported speech is the speaker ("the army said it had
  retaken …"), else the nearest earlier name of a fitting type. An event with no actor is
  not listed (PLOVER codes who did what).
- **targets**: names in the object, the dative and "to/against/on/with/from" phrases.
- **location**: the most specific place in an "in/at/near …" phrase of the clause ("in
  Syria's Idlib province" -> Idlib, with its ISO 3166-2 code), or the destination of a trip.
- **time**: the clause's own time expression (the rule of ``times.times_governed_by``,
  indexed once per document: :class:`.times.TimeIndex`); a "when" clause
  takes its main clause's time; an event reported as ongoing at the time of a statement
  ("said the rebels were preparing …") takes the statement's time. Never the publication date.
- **claim**: the claim whose content holds the trigger (the claim lists the event back);
  **quantities**: those inside the event's clause.

Not events: negated, modal ("could transfer"), conditional and intended ones ("to fight",
"expected to sign") — purposes and plans are not happenings. Within one article, an event
without a time of its own that repeats the type and actors of another is taken as a further
mention of it (headlines repeat the lead) and is not listed twice.

The rule for foreign troops and supplies (PLOVER is ambiguous between MOBILIZE and AID):
moving people under arms into a theatre is MOBILIZE (mode "troops"), the sending state being
the actor, whatever side they fight on; handing over goods is AID, mode "military" for
weapons, shells and equipment, "economic" for oil, fuel and money, "humanitarian" for food
and medicine, the supplier being the actor and the recipient the target. The same text is in
the lexicon file.

Reference: Open Event Data Alliance, PLOVER (Political Language Ontology for Verifiable
Event Records), 2016–2021.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import lexicon
from ..record import Claim, Entity, Event, EventTime, Location, Quantity, TextSpan, Time
from .times import CLAUSAL_DEPS, TimeIndex

#: dependencies through which modality and negation reach a non-finite verb
_CLIMB_DEPS = frozenset({"xcomp", "pcomp", "prep", "pobj", "conj", "advcl", "acomp"})
_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "we", "our"})
_MAX_DEPTH = 4


@dataclass
class Rule:
    type: str
    mode: str | None = None
    object: str | None = None
    particle: tuple[str, ...] = ()
    reverse: bool = False


@dataclass
class Draft:
    """A trigger found in the parse, before roles are resolved."""

    rule: Rule
    trigger: Token
    governor: Token  # the verb whose clause carries actors, place and time
    noun: bool


class TriggerLexicon:
    """``event_triggers.json``, loaded once and turned into sets and Rule lists."""

    def __init__(self) -> None:
        data = lexicon.load("event_triggers.json")
        self.classes = {k: frozenset(v) for k, v in data["object_classes"].items()}
        self.carriers = frozenset(data.get("carrier_nouns", []))
        self.verbs: dict[str, list[Rule]] = {
            lemma: [_rule(r) for r in rules] for lemma, rules in data["verbs"].items()
        }
        self.nouns: dict[str, Rule] = {k: _rule(v) for k, v in data["nouns"].items()}
        self.support = frozenset(data["support_verbs"])
        self.trips = frozenset(data["trip_verbs"])
        self.irrealis = frozenset(data["irrealis_heads"])
        self.evidential = frozenset(data["evidential_heads"])
        self.modals = frozenset(data["modals"])
        self.location_preps = frozenset(data["location_preps"])
        self.destination_preps = frozenset(data["destination_preps"])
        self.target_preps = frozenset(data["target_preps"])


def _rule(data: dict[str, Any]) -> Rule:
    return Rule(type=data["type"], mode=data.get("mode"), object=data.get("object"),
                particle=tuple(data.get("particle", ())), reverse=bool(data.get("reverse")))


class NameIndex:
    """Which entity each token belongs to, and the mentions in text order (built per doc)."""

    def __init__(self, doc: Doc) -> None:
        self.by_token: dict[int, Entity] = {}
        self.mention_starts: list[int] = []
        self.mention_entities: list[Entity] = []
        starts = [t.idx for t in doc]
        order: list[tuple[int, Entity]] = []
        for entity in doc._.cl_entities or []:
            for m_start, m_end in entity.mentions:
                i = max(bisect.bisect_right(starts, m_start) - 1, 0)
                first = i
                while i < len(doc) and doc[i].idx < m_end:
                    self.by_token.setdefault(i, entity)
                    i += 1
                order.append((first, entity))
        order.sort(key=lambda pair: pair[0])
        self.mention_starts = [i for i, _ in order]
        self.mention_entities = [e for _, e in order]

    def before(self, token: Token, accept: Callable[[Entity], bool], window: int) -> Entity | None:
        """The nearest entity mention before ``token`` (within ``window`` tokens) that fits."""
        pos = bisect.bisect_left(self.mention_starts, token.i) - 1
        while pos >= 0 and token.i - self.mention_starts[pos] <= window:
            entity = self.mention_entities[pos]
            if accept(entity):
                return entity
            pos -= 1
        return None


class EventsComponent:
    """Find PLOVER events in one article (see the module docstring)."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.lex = TriggerLexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_events = self.events(doc) if len(doc) else []
        return doc

    def events(self, doc: Doc) -> list[Event]:
        names = NameIndex(doc)
        times = TimeIndex(doc)
        figures = _quantity_tokens(doc)
        claims = list(doc._.cl_claims or [])
        drafts = [d for token in doc if (d := self.trigger(token)) is not None]
        events = []
        for draft in drafts:
            if self.irrealis(draft.governor):
                continue
            event = self.build(doc, draft, names, claims, times, figures)
            if event is not None:
                events.append(event)
        events = _merge_repeats(events)
        for n, event in enumerate(events, 1):
            event.id = f"v{n}"
            _link_claim(event, claims)
        return events

    # -- triggers -------------------------------------------------------------------------
    def trigger(self, token: Token) -> Draft | None:
        """A Draft where ``token`` is a trigger verb (whose object fits) or a trigger noun."""
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in self.lex.verbs:
            objects = self.object_words(token)
            particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
            for rule in self.lex.verbs[lemma]:
                if rule.particle and not particles.intersection(rule.particle):
                    continue
                if rule.object and not objects & self.lex.classes.get(rule.object, frozenset()):
                    continue
                return Draft(rule, token, token, noun=False)
            return None
        if token.pos_ in ("NOUN", "PROPN"):
            rule = self.lex.nouns.get(lemma) or self.lex.nouns.get(token.lower_)
            if rule is None:
                return None
            head = token.head
            if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in self.lex.support:
                return Draft(rule, token, head, noun=True)
            if (token.dep_ == "pobj" and head.lower_ == "for"
                    and head.head.lemma_.lower() in self.lex.trips):
                return Draft(rule, token, head.head, noun=True)
        return None

    def object_words(self, verb: Token) -> set[str]:
        """Lemmas of what the verb acts on: its object, the "of" noun after a quantity word
        ("quantities of shells"), compounds ("artillery shells") and conjoined objects."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
        objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]
        words: set[str] = set()
        seen = 0
        while objects and seen < 12:
            noun = objects.pop()
            seen += 1
            words.add(noun.lemma_.lower())
            words.add(noun.lower_)
            for child in noun.children:
                if child.dep_ in ("compound", "amod", "nmod"):
                    words.add(child.lemma_.lower())
                elif child.dep_ == "conj":
                    objects.append(child)
                elif (child.dep_ == "prep" and child.lower_ == "of"
                      and (noun.lemma_.lower() in self.lex.carriers or noun.like_num)):
                    objects += [g for g in child.children if g.dep_ == "pobj"]
        return words

    # -- modality -------------------------------------------------------------------------
    def irrealis(self, verb: Token) -> bool:
        """Negated, modal, conditional or intended: not an event that happened."""
        node = verb
        for _ in range(_MAX_DEPTH + 2):
            children = list(node.children)
            if any(c.dep_ == "neg" for c in children):
                return True
            if any(c.dep_ == "aux" and c.lower_ in self.lex.modals for c in children):
                return True
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether")
                   for c in children):
                return True
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
                perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
                head = node.head.lemma_.lower()
                if head in self.lex.irrealis or not (perfect or head in self.lex.evidential):
                    return True
            if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
                return False
            if node.dep_ == "advcl" and node.tag_ not in ("VBG", "VBN", "VB"):
                return False
            node = node.head
        return False

    # -- one event ------------------------------------------------------------------------
    def build(self, doc: Doc, draft: Draft, names: NameIndex, claims: list[Claim],
              times: TimeIndex, figures: dict[int, list[str]]) -> Event | None:
        actors, targets = self.roles(draft, names)
        if draft.rule.reverse:
            actors, targets = targets, actors
        if not actors:
            return None
        trigger = draft.trigger
        span = (trigger.idx, trigger.idx + len(trigger.text))
        event = Event(
            id="", type=draft.rule.type, mode=draft.rule.mode,
            trigger=TextSpan(trigger.text, span),
            actors=[e.id for e in actors],
            targets=[e.id for e in targets if e not in actors],
            location=self.location(draft, names),
        )
        event.time = self.time(draft, claims, times)
        event.quantities = [q for t in sorted(_clause_tokens(draft.governor), key=lambda t: t.i)
                            for q in figures.get(t.i, ())]
        return event

    def roles(self, draft: Draft, names: NameIndex) -> tuple[list[Entity], list[Entity]]:
        verb = draft.governor
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        agent = next((g for c in children if c.dep_ == "agent"
                      for g in c.children if g.dep_ == "pobj"), None)
        actors: list[Entity] = []
        if passive:
            if agent is not None:
                actors = _names_in(agent, names)
            elif subject is not None and draft.rule.mode == "troops":
                actors = _names_in(subject, names)
        elif subject is not None:
            actors = _names_in(subject, names) or self.pronoun(subject, names)
        else:
            actors = self.inherited_subject(verb, names)
        targets = self.targets(draft, names, skip_subject=passive)
        if draft.rule.reverse:
            givers = [e for p in children if p.dep_ == "prep" and p.lower_ == "from"
                      for g in p.children if g.dep_ == "pobj" for e in _names_in(g, names)]
            return actors, givers
        return actors, targets

    def targets(self, draft: Draft, names: NameIndex, *, skip_subject: bool) -> list[Entity]:
        """Names the act is directed at: object, dative, "to/against/with …" phrases."""
        found: list[Entity] = []
        heads = [draft.governor] + ([draft.trigger] if draft.noun else [])
        for head in heads:
            for child in head.children:
                goods = child.dep_ == "dobj" and draft.rule.type in ("AID", "MOBILIZE")
                if goods:
                    continue  # what is sent or supplied is not whom it is aimed at
                if child.dep_ in ("dobj", "dative") and child.i != draft.trigger.i:
                    found += _names_in(child, names)
                    if child.pos_ == "ADP":  # "sent oil to Cuba" parsed as a dative
                        found += [e for g in child.children if g.dep_ == "pobj"
                                  for e in _names_in(g, names)]
                elif child.dep_ == "prep" and child.lower_ in self.lex.target_preps:
                    if child.lower_ in self.lex.location_preps and child.lower_ not in (
                            "against", "on", "with"):
                        continue
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found += [e for e in _names_in(pobj, names)
                                      if not _is_region(e) or child.lower_ != "to"]
        return _unique_entities(found)

    def pronoun(self, subject: Token, names: NameIndex) -> list[Entity]:
        """Resolve "it"/"he"/"they": the speaker of the reporting verb, else a near name."""
        word = subject.lower_
        if word in _PERSON_PRONOUNS:
            def fits(e: Entity) -> bool:
                return e.type == "PERSON"
        elif word in _GROUP_PRONOUNS:
            def fits(e: Entity) -> bool:
                return e.type in ("GPE", "ORG", "NORP")
        else:
            return []
        clause = subject.head
        if clause.dep_ == "ccomp":
            speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
            if speaker is not None:
                said_by = [e for e in _names_in(speaker, names) if fits(e)]
                if said_by:
                    return said_by[:1]
        near = names.before(subject, fits, window=60)
        return [near] if near is not None else []

    def inherited_subject(self, verb: Token, names: NameIndex) -> list[Entity]:
        """A verb without a subject shares its head's ("invaded and occupied"), or is said
        of the noun it modifies ("forces seeking …")."""
        head = verb.head
        if verb.dep_ in ("conj", "xcomp") and head.i != verb.i:
            # "is estimated to have sent": a raising verb's passive subject is the doer;
            # "were killed and wounded": a conjoined passive's subject is not
            raising = verb.dep_ == "xcomp" and head.lemma_.lower() in self.lex.evidential
            deps = ("nsubj", "nsubjpass") if raising else ("nsubj",)
            subject = next((c for c in head.children if c.dep_ in deps), None)
            if subject is not None:
                return _names_in(subject, names) or self.pronoun(subject, names)
        if verb.dep_ in ("relcl", "acl") and head.i != verb.i:
            return _names_in(head, names)
        return []

    def location(self, draft: Draft, names: NameIndex) -> Location | None:
        """The most specific place in the clause's "in/at/near …" phrases (or a trip's end)."""
        verb = draft.governor
        preps = set(self.lex.location_preps)
        if draft.noun and verb.lemma_.lower() in self.lex.trips or draft.rule.type == "MOBILIZE":
            preps |= self.lex.destination_preps
        best: tuple[int, Token, Entity] | None = None
        frontier = [verb] + ([draft.trigger] if draft.noun else [])
        frontier += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        for depth in range(3):
            following = []
            for node in frontier:
                for prep in node.children:
                    if prep.dep_ != "prep":
                        continue
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        following.append(pobj)  # "on the frontline in …": look further in
                        if prep.lower_ not in preps:
                            continue
                        for entity in _names_in(pobj, names):
                            if entity.type not in ("GPE", "LOC", "FAC"):
                                continue
                            rank = _specificity(entity) * 10 - depth
                            if best is None or rank > best[0]:
                                best = (rank, pobj, entity)
            frontier = following
        if best is None and draft.rule.mode in ("invade", "occupy"):
            # "invaded Ukraine", "occupied the town of X": the place taken is where it happened
            for obj in (c for c in verb.children if c.dep_ == "dobj"):
                places = [e for e in _names_in(obj, names) if e.type in ("GPE", "LOC", "FAC")]
                if places:
                    return _location(obj, places[0])
        if best is None:
            return None
        _, pobj, entity = best
        return _location(pobj, entity)

    def time(self, draft: Draft, claims: list[Claim], times: TimeIndex) -> EventTime | None:
        verb = draft.governor
        found = [t for t in times.governed_by(verb)
                 if not _describes_a_thing(t, verb.doc, draft.trigger)]
        # "its biggest attack since 2023": a point of comparison, not the event's time
        found = [t for t in found if not _since(t, verb.doc)] or found
        if not found and any(c.lower_ == "when" for c in verb.children):
            found = _when_clause_time(verb, times)
        if found:
            # a date beats a length ("shelled the city in a 12-hour barrage on Monday")
            best = min(found, key=lambda t: (t.type == "DURATION",
                                             abs(t.span[0] - draft.trigger.idx)))
            return EventTime(best.text, best.start, best.end, time=best.id)
        claim = _claim_of(draft.trigger, claims)
        if claim is not None and claim.said is not None and _ongoing(verb):
            said = claim.said
            return EventTime(said.text, said.start, said.end, time=said.time)
        return None


# -- helpers ---------------------------------------------------------------------------------


def _names_in(token: Token, names: NameIndex, depth: int = 0,
              follow_of: bool = True) -> list[Entity]:
    """Entities named by a noun phrase: the head's own name, then names modifying it
    ("French troops", "soldiers from France", "Kenya's minister, Doe").
    An apposition's "of" phrase is not followed: "the sister of X" is not X."""
    found: list[Entity] = []
    own = names.by_token.get(token.i)
    if own is not None:
        found.append(own)
    if depth >= _MAX_DEPTH:
        return found
    for child in token.children:
        if child.dep_ in _NP_DEPS:
            found += _names_in(child, names, depth + 1, follow_of and child.dep_ != "appos")
        elif follow_of and child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found += _names_in(pobj, names, depth + 1)
    return _unique_entities(found)


def _unique_entities(entities: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out = []
    for entity in entities:
        if entity.id not in seen:
            seen.add(entity.id)
            out.append(entity)
    return out


def _is_region(entity: Entity) -> bool:
    return entity.type in ("LOC", "FAC") or entity.kb.get("feature") in ("city", "region")


def _specificity(entity: Entity) -> int:
    """A city or region says more than a country."""
    if entity.kb.get("feature") in ("city", "region", "state") or entity.type in ("LOC", "FAC"):
        return 2
    return 1


def _location(pobj: Token, entity: Entity) -> Location:
    """The place phrase from the name to the phrase's head ("Idlib province"), grounded."""
    doc = pobj.doc
    head_end = pobj.idx + len(pobj.text)
    inside = [m for m in entity.mentions if pobj.left_edge.idx <= m[0] and m[1] <= head_end]
    start, end = inside[0] if inside else min(entity.mentions, key=lambda m: abs(m[0] - pobj.idx))
    if inside:
        end = max(end, head_end)
    kb = entity.kb
    return Location(
        text=doc.text[start:end], name=entity.name, geonames=kb.get("geonames"),
        lat=kb.get("lat"), lon=kb.get("lon"), span=(start, end), entity=entity.id,
    )


def _clause_tokens(verb: Token) -> list[Token]:
    """The verb's own clause: its subtree without the clauses embedded in it."""
    out = []
    stack = [verb]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if child.dep_ in CLAUSAL_DEPS and child.pos_ in ("VERB", "AUX"):
                continue
            stack.append(child)
    return out


def _quantity_tokens(doc: Doc) -> dict[int, list[str]]:
    """token index -> ids of the quantities that start in that token (once per doc)."""
    out: dict[int, list[str]] = {}
    quantities: list[Quantity] = doc._.cl_quantities or []
    if not quantities:
        return out
    starts = [t.idx for t in doc]
    for quantity in quantities:
        i = max(bisect.bisect_right(starts, quantity.span[0]) - 1, 0)
        out.setdefault(i, []).append(quantity.id)
    return out


def _when_clause_time(verb: Token, times: TimeIndex) -> list[Time]:
    """A "when" clause happens at its main clause's time ("began in February 2022 when
    troops invaded"): the time the clause hangs on, or the main verb's time."""
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "relcl":
        return [t for t in head.doc._.cl_times or []
                if t.span[0] <= head.idx < t.span[1]]
    return times.governed_by(head)


def _describes_a_thing(time: Time, doc: Doc, trigger: Token) -> bool:
    """A duration inside a noun phrase tells how old a thing is ("bombed a 100-year-old
    mosque on Tuesday"), not when the event happened; not so for the event's own noun ("a
    five-day visit") or a stretch the event fills ("shelled the city in a 12-hour barrage")."""
    if time.type != "DURATION":
        return False
    if time.text.lower().endswith("old"):
        return True  # "in a 300-year-old mosque": how old the place is, never the event's time
    span = doc.char_span(time.span[0], time.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in ("amod", "compound", "nmod", "nummod") or noun.pos_ not in (
            "NOUN", "PROPN") or noun.i in range(span.start, span.end) or noun.i == trigger.i:
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in STRETCH_PREPOSITIONS)


def _since(time: Time, doc: Doc) -> bool:
    """Is the time the point of comparison of a superlative ("its biggest attack since 2023",
    "the first since March"), not the start of what happened ("shelled it since Oct. 1")?"""
    span = doc.char_span(time.span[0], time.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    k = span.start if span[0].lower_ == "since" else span.start - 1
    if k < 0 or doc[k].lower_ != "since":
        return False
    return any(t.tag_ == "JJS" or t.lower_ in ("first", "last") for t in doc[max(0, k - 6):k])


#: Prepositions before a noun phrase that is the stretch an event fills ("in a 12-hour
#: barrage", "over a 48-hour period").
STRETCH_PREPOSITIONS = frozenset({"in", "over", "during", "for", "within", "throughout"})


def _ongoing(verb: Token) -> bool:
    """Progressive or present, not perfect: simultaneous with the statement reporting it."""
    children = list(verb.children)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in children):
        return False
    return verb.tag_ in ("VBG", "VBP", "VBZ")


def _claim_of(trigger: Token, claims: list[Claim]) -> Claim | None:
    start = trigger.idx
    for claim in claims:
        c_start, c_end = claim.content.span
        if c_start <= start and start + len(trigger.text) <= c_end:
            return claim
    return None


def _link_claim(event: Event, claims: list[Claim]) -> None:
    start, end = event.trigger.span
    for claim in claims:
        c_start, c_end = claim.content.span
        if c_start <= start and end <= c_end:
            event.claim = claim.id
            if event.id not in claim.events:
                claim.events.append(event.id)
            return


def _merge_repeats(events: list[Event]) -> list[Event]:
    """Drop an event without a time that repeats the type and actors of another event."""
    groups: list[tuple[str, set[str], list[Event]]] = []
    for event in events:
        for kind, actors, members in groups:
            if kind == event.type and actors & set(event.actors):
                actors.update(event.actors)
                members.append(event)
                break
        else:
            groups.append((event.type, set(event.actors), [event]))
    keep: set[int] = set()
    for _, _, group in groups:
        timed = [e for e in group if e.time is not None]
        seen_times: set[tuple[Any, Any]] = set()
        for event in timed:
            when = (event.time.start, event.time.end)
            if when not in seen_times:
                seen_times.add(when)
                keep.add(id(event))
        if not timed:
            best = max(group, key=lambda e: (e.location is not None, len(e.targets),
                                             -group.index(e)))
            keep.add(id(best))
    return [e for e in events if id(e) in keep]


@Language.factory("claimledger_events", assigns=["doc._.cl_events"],
                  requires=["doc._.cl_entities"])
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(nlp)
