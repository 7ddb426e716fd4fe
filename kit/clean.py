"""Remove web boilerplate from scraped articles, keeping an audit of every removal.

Plain-text scrapes of news pages carry comment forms, "You May Also Like"
teaser lists, attribution lines, image captions and credits, share bars and
video stamps. Each rule below is general (it looks for what news sites in
general print, not for one page) and has a name and a reason, so a teacher can
show exactly what was removed and why (:func:`removed`).

Rules work on whole lines, except ``credit`` and ``entity`` which work inside a
line. ``raw`` is never changed: cleaning returns a new text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import polars as pl

from kit import schema


@dataclass(frozen=True)
class Rule:
    """A cleaning rule: a name, a pattern and why it removes what it matches."""

    name: str
    pattern: re.Pattern[str]
    why: str


def _line(pattern: str) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:" + pattern + r")\s*$", re.IGNORECASE)


LINE_RULES: tuple[Rule, ...] = (
    Rule(
        "comment-form",
        _line(
            r"leave a (?:reply|comment)|post a comment|\d* ?comments?(?: \(\d+\))?|cancel reply"
            r"|your email address will not be published\.?.*|required fields are marked \*?"
            r"|save my name,? email.*|you must be logged in to post a comment\.?"
            r"|(?:name|email|website|comment)\s*\*?|post comment|submit comment"
            r"|join the conversation|show comments|view comments"
        ),
        "a comment form is part of the web page, not of the article",
    ),
    Rule(
        "share-bar",
        _line(
            r"share(?: this)?(?: article| story| on \w+)?:?|tweet|email|print|whatsapp|facebook|twitter"
            r"|linkedin|pinterest|reddit|copy link|link copied|follow us(?: on .*)?"
            r"|sign up(?: for)? (?:to )?(?:our|the) .*newsletters?.*|subscribe(?: now)?(?: to .*)?"
            r"|advertisement|skip advertisement|sponsored|ad|story continues below(?: advertisement)?"
            r"|continue reading(?: the main story)?|listen\s*\(\d+ min\)|listen to (?:this )?article.*"
            r"|play video|now playing|watch(?: now| live)?|click here.*|read more\.?"
            r"|copyright ©.*|©.*|all rights reserved\.?|\(?getty images\)?"
        ),
        "sharing buttons, adverts and subscription prompts are page furniture",
    ),
    Rule(
        "attribution",
        _line(
            r"source:\s*\|?\s*(?:this article originally belongs to\s*)?(?P<source>.+)"
            r"|(?:this (?:article|story) )?(?:was )?originally (?:published|appeared|belongs)"
            r" (?:on|in|at|to|by)\s+(?P<source2>.+?)\.?"
            r"|this (?:article|story) first appeared (?:on|in)\s+(?P<source3>.+?)\.?"
        ),
        "an attribution line names the outlet; it becomes the `source` metadata",
    ),
    Rule(
        "image-caption",
        _line(r"(?:image|photo|picture|photograph|video|graphic|illustration|credit)s?\s*:.*"),
        "an image or video label is not part of the article's prose",
    ),
    Rule(
        "video-stamp",
        _line(
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}, )?"
            r"(?:19|20)\d\d\d{1,2}:\d\d|\d{1,2}:\d\d(?::\d\d)?"
        ),
        "a video player's date and running time glued together, left behind by the scrape",
    ),
)
"""Rules that remove a whole line."""

TEASER_HEAD = _line(
    r"you (?:may|might) (?:also )?like|related(?: articles| stories| posts| coverage| content)?:?"
    r"|recommended(?: for you| stories)?|more (?:from|on|stories)(?: .{0,40})?|most (?:read|popular|viewed)"
    r"|trending(?: now| stories)?|also read:?|see also:?|further reading|latest news|top stories"
    r"|read (?:more|next):?|what to read next|more to explore|popular now|editors'? picks"
)
"""A heading that introduces a list of other stories."""

CREDIT = re.compile(
    r"(?:(?<=[.!?”\"’)])\s+|^)(?:\(?(?:photo|image|picture)s?(?: by|:)\s*)?"
    r"(?:(?:[A-Z][\w'’-]+|[A-Z]\.) ){0,3}[A-Z][\w'’-]+ ?/ ?"
    r"(?:AFP|AP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|Alamy|PA|REX|Sipa|TASS|Xinhua|ANP|DPA)"
    r"(?: ?[–—-] ?(?:Getty Images|file|via Getty Images|Shutterstock|Sipa USA))?\)?\s*$"
)
"""A photo credit ("Karen Minasyan / AFP – Getty Images") at the end of a caption line."""

ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});| #(\d{2,4});")
"""HTML entities left in scraped text, including the broken ``doesn #39;t`` form."""


def _fix_entities(line: str) -> str:
    def repl(m: re.Match[str]) -> str:
        if m.group(1):  # " #39;" : the '&' was lost and a space put in its place
            return html.unescape(f"&#{m.group(1)};")
        return html.unescape(m.group(0))

    return ENTITY.sub(repl, line)


def _is_teaser_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return True
    words = len(s.split())
    if s.endswith(("…", "...")):
        return True
    return words <= 20 and not s.endswith((".", '"', "”"))


def clean_text(text: str) -> tuple[str, list[dict[str, object]], str | None]:
    """Clean one text.

    Returns
    -------
    tuple
        ``(cleaned, removals, source)``: the cleaned text, one dict per removal
        (``rule``, ``start``, ``end``, ``removed``, ``why``; offsets into the
        input) and the outlet named by an attribution line, if any.

    Examples
    --------
    >>> t = "Body text.\\n\\nLeave a Reply\\n\\nSource: | This article originally belongs to Nbcnews.com"
    >>> cleaned, removals, source = clean_text(t)
    >>> cleaned, [r["rule"] for r in removals], source
    ('Body text.', ['comment-form', 'attribution'], 'Nbcnews.com')
    """
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    removals: list[dict[str, object]] = []
    source: str | None = None
    pos = 0
    in_teasers = False
    for line in lines:
        start, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        if in_teasers:
            if _is_teaser_line(body):
                if body.strip():
                    removals.append(_removal("teaser-list", start, start + len(body), body))
                continue
            in_teasers = False
        if TEASER_HEAD.match(body):
            removals.append(_removal("teaser-list", start, start + len(body), body))
            in_teasers = True
            continue
        rule = next((r for r in LINE_RULES if r.pattern.match(body)), None)
        if rule is not None:
            removals.append(_removal(rule.name, start, start + len(body), body, rule.why))
            if rule.name == "attribution":
                m = rule.pattern.match(body)
                assert m is not None
                found = m.group("source") or m.group("source2") or m.group("source3")
                source = source or (found.strip(" |.") if found else None)
            continue
        m = CREDIT.search(body)
        if m and m.start() > 0:
            removals.append(_removal("credit", start + m.start(), start + len(body), m.group(0)))
            line = body[: m.start()] + line[len(body) :]
        fixed = _fix_entities(line)
        if fixed != line:
            removals.append(_removal("entity", start, start + len(body), body))
            line = fixed
        out.append(line)
    cleaned = re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()
    return cleaned, removals, source


_WHY = {
    "teaser-list": "a list of other stories' headlines and snippets is not part of this article",
    "credit": "a photo credit names the photographer and agency, not part of the prose",
    "entity": "an HTML entity was decoded into the character it stands for",
}


def _removal(rule: str, start: int, end: int, text: str, why: str | None = None) -> dict[str, object]:
    return {"rule": rule, "start": start, "end": end, "removed": text, "why": why or _WHY[rule]}


def rules() -> pl.DataFrame:
    """The cleaning rules, with what each removes and why.

    >>> rules().columns
    ['rule', 'why']
    """
    rows = [{"rule": r.name, "why": r.why} for r in LINE_RULES]
    rows += [{"rule": k, "why": v} for k, v in _WHY.items()]
    return pl.DataFrame(rows)


def removed(docs: pl.DataFrame) -> pl.DataFrame:
    """List what cleaning removed from each document, and by which rule.

    Parameters
    ----------
    docs : DataFrame
        A documents table from :func:`kit.load` (its ``cleaning`` column holds the
        audit). A table without that column is cleaned again from ``raw`` to
        list what *would* be removed.

    Returns
    -------
    DataFrame
        ``doc_id``, ``rule``, ``start``, ``end``, ``removed``, ``why``. For text
        files the offsets are into ``raw``; for HTML pages and table rows, into
        the extracted text before cleaning.

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a"], "raw": ["Text.\\n\\nYou May Also Like\\n\\nOther story…"]})
    >>> removed(docs).select("rule", "removed").rows()
    [('teaser-list', 'You May Also Like'), ('teaser-list', 'Other story…')]
    """
    if "cleaning" in docs.columns:
        schema.check(docs, "DOCS", columns=["doc_id"])
        out = (
            docs.select("doc_id", "cleaning")
            .explode("cleaning", empty_as_null=False)
            .filter(pl.col("cleaning").is_not_null())
            .unnest("cleaning")
        )
        return out.select(list(schema.REMOVED)).cast(schema.REMOVED) if out.height else schema.empty("REMOVED")
    schema.check(docs, "DOCS", columns=["doc_id", "raw"])
    rows: list[dict[str, object]] = []
    for doc_id, raw in zip(docs["doc_id"], docs["raw"], strict=True):
        for r in clean_text(raw or "")[1]:
            rows.append({"doc_id": doc_id, **r})
    if not rows:
        return schema.empty("REMOVED")
    return pl.DataFrame(rows, schema=schema.REMOVED)
