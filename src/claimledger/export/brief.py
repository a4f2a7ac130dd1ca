"""A brief: what the ledger holds about one subject, as Markdown or a self-contained HTML page.

For an analyst's note or a newsroom handover: the estimates (who said how many, when, how the
figures agree, Admiralty grades), the newest claims about the subject with their sources, and
its events in date order. Every line names the article it comes from (its id, outlet and
date), so each fact can be traced back to its sentence (``claimledger serve`` shows it
highlighted). The brief reads the same data functions as the CLI and the web.

Text from articles is untrusted: the Markdown escapes the characters that would turn it into
markup (links, emphasis, HTML, table cells), and the HTML is rendered with Jinja2 autoescaping.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, TextIO

from jinja2 import Environment, PackageLoader, select_autoescape

from ..analysis import estimates
from ..ledger import Ledger, queries
from ..ledger.ledger import count_rows

#: How many claims, events and series a brief shows at most.
MAX_ITEMS = 20
MAX_SERIES = 8

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def brief_data(ledger: Ledger, *, about: str | None = None, measure: str | None = None,
               limit: int = MAX_ITEMS) -> dict[str, Any]:
    """The brief's content as plain data: ``estimates`` (series and sources), ``claims``
    (newest first), ``events`` (the newest, in date order) and the ledger's counts."""
    with ledger.engine.connect() as conn:
        directory = queries.entity_directory(conn)  # built once, for the estimates too
        counts = count_rows(conn)
    report = estimates(ledger, measure=measure, about=about, directory=directory)
    claims = ledger.claims(about=about, limit=limit)
    with ledger.engine.connect() as conn:
        actor: tuple[str, ...] | None = None
        if about:
            named = queries.ids_matching(directory, about)
            actor = queries.entity_group(directory, named[0]) if named else None
        events: list[dict[str, Any]] = []
        if actor or not about:
            _, total = queries.list_events(conn, actor=actor, page=queries.Page(limit=1))
            events, _ = queries.list_events(
                conn, actor=actor, page=queries.Page(limit=limit, offset=max(0, total - limit)))
    names = {key: value["name"] for key, value in directory.items()}
    for event in events:
        event["actor_names"] = [names.get(a, a) for a in event.get("actors") or []]
        event["target_names"] = [names.get(t, t) for t in event.get("targets") or []]
    return {
        "title": f"Brief: {about or 'all subjects'}" + (f" — {measure}" if measure else ""),
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "filters": {"about": about, "measure": measure},
        "counts": counts,
        "series": report["series"][:MAX_SERIES],
        "sources": [source for source in report["sources"] if source["source_key"] in {
            e["source_key"] for series in report["series"][:MAX_SERIES]
            for e in series["estimates"]}],
        "claims": claims,
        "events": events,
    }


def md(text: Any) -> str:
    """Article text made inert in Markdown: special characters escaped, one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text or "").split()))


def _origin(article: dict[str, Any]) -> str:
    parts = [article.get("outlet"), (article.get("published") or "")[:10] or None,
             f"article {article.get('id')}"]
    return ", ".join(md(p) for p in parts if p)


def to_markdown(data: dict[str, Any]) -> str:
    """The brief as Markdown (GitHub-flavoured tables)."""
    counts = data["counts"]
    lines = [f"# {md(data['title'])}", "",
             f"Generated {data['generated']} from a ledger of {counts['articles']} articles, "
             f"{counts['claims']} claims and {counts['quantities']} figures.", ""]
    lines += ["## Estimates", ""]
    if not data["series"]:
        lines += ["No figures match.", ""]
    for series in data["series"]:
        kind = " (running total)" if series["cumulative"] else ""
        lines += [f"### {md(series['measure'])} — {md(series['subject_name'])}{kind}", "",
                  "| date | source | figure | bounds | grade | why | article |",
                  "|---|---|---|---|---|---|---|"]
        for item in series["estimates"]:
            lines.append(
                f"| {item['date'] or ''} | {md(item['source'])} | {md(item['text'])} | "
                f"{md(item['interval']['text'])} | {item['admiralty']} | "
                f"{md(item['credibility']['why'])} | {md(item['article'])} |")
        lines.append("")
    if data["sources"]:
        lines += ["### Sources", "", "| grade | source | why |", "|---|---|---|"]
        lines += [f"| {s['grade']} ({md(s['label'])}) | {md(s['source'])} | {md(s['why'])} |"
                  for s in data["sources"]]
        lines.append("")
    lines += ["## Claims", ""]
    if not data["claims"]:
        lines += ["No claims match.", ""]
    for claim in data["claims"]:
        source = claim.get("source") or {}
        who = source.get("name") or source.get("text") or "unattributed"
        said = (claim.get("said") or {}).get("value")
        cue = (claim.get("cue") or {}).get("text") or "said"
        hedged = f" — hedged: {md(', '.join(claim.get('hedges') or []))}" \
            if claim.get("hedges") else ""
        lines.append(f"- **{md(who)}** {md(cue)}{f' ({md(said)})' if said else ''}: "
                     f"“{md(claim['content']['text'])}”{hedged} "
                     f"— {_origin(claim.get('article') or {})}")
    lines += ["", "## Events", ""]
    if not data["events"]:
        lines += ["No events match.", ""]
    for event in data["events"]:
        when = (event.get("time") or {}).get("start") or (event.get("article") or {}).get(
            "published", "")
        actors = ", ".join(md(a) for a in event["actor_names"]) or "someone"
        targets = ", ".join(md(t) for t in event["target_names"])
        place = (event.get("location") or {}).get("name")
        lines.append(f"- {md((when or '')[:10]) or 'undated'} · {md(event['type'])} · "
                     f"{actors}{f' → {targets}' if targets else ''}"
                     f"{f' in {md(place)}' if place else ''} "
                     f"(“{md((event.get('trigger') or {}).get('text'))}”) — "
                     f"{_origin(event.get('article') or {})}")
    lines.append("")
    return "\n".join(lines)


def to_html(data: dict[str, Any]) -> str:
    """The brief as one self-contained HTML page (no scripts, no external resources)."""
    env = Environment(loader=PackageLoader("claimledger.export", "templates"),
                      autoescape=select_autoescape(["html"]))
    return env.get_template("brief.html").render(data=data)


def write_brief(ledger: Ledger, out: TextIO, *, html: bool = False, about: str | None = None,
                measure: str | None = None) -> int:
    """Write the brief about ``about`` (and ``measure``) to ``out``; return the lines written."""
    data = brief_data(ledger, about=about, measure=measure)
    text = to_html(data) if html else to_markdown(data)
    out.write(text)
    return text.count("\n")
