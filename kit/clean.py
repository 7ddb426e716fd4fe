"""Remove web boilerplate from scraped articles, keeping an audit of every removal.

Plain-text scrapes of news pages carry comment forms, "You May Also Like"
teaser lists, attribution lines, image captions and credits, share bars,
newsletter and follow prompts, time stamps and video stamps. Each rule below is
general (it looks for what news sites in general print, not for one page) and
has a name and a reason, so a teacher can show exactly what was removed and why
(:func:`removed`, :func:`rules`).

How it works, in plain steps (:func:`clean_text`):

1. The text is read line by line.
2. After a teaser heading ("You May Also Like", "Most read", "Don't miss"),
   the following lines are removed while they look like teasers: short and
   without a sentence end, or a snippet cut off with "…". A line that ends like
   a sentence (or has more than 20 words) ends the list, so a paragraph is never
   taken for a teaser; a short unpunctuated subheading right after a teaser
   list can be.
3. A whole line goes when a line rule matches it (``LINE_RULES``). Every line
   rule has a word limit, so a long paragraph is never removed, whatever it says.
4. Inside the lines that stay, a photo credit at the end of a caption
   ("... Karen Minasyan / AFP – Getty Images") is cut, HTML tags left as text
   are cut, HTML entities are decoded ("doesn #39;t" -> "doesn't") and
   backslashes that stood for line breaks become spaces.

``raw`` is never changed: cleaning returns a new text, and every removal
carries offsets into the text it was given.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import polars as pl

from kit import schema


@dataclass(frozen=True)
class Rule:
    """A line rule: a name, a pattern for the whole line, why it removes it, and a word limit.

    A line with more than ``max_words`` whitespace words is never removed by the
    rule, however well it matches: real paragraphs are long.
    """

    name: str
    pattern: re.Pattern[str]
    why: str
    max_words: int = 40


def _line(pattern: str) -> re.Pattern[str]:
    """A pattern for a whole line, case-insensitive, after an optional list bullet."""
    return re.compile(r"^\s*(?:[-*•]\s+)?(?:" + pattern + r")\s*$", re.IGNORECASE)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
_DATE_PART = (
    rf"(?:{_MONTH}|{_DAY}|\d{{1,2}}:\d\d(?::\d\d)?|\d{{1,4}}(?:[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?)?(?:st|nd|rd|th)?"
    r"|[ap]\.?m\.?|(?-i:[A-Z]{2,4})|at|on)"
)
_SOCIAL = r"(?:twitter|facebook|instagram|youtube|linkedin|tiktok|threads|bluesky|mastodon)"

LINE_RULES: tuple[Rule, ...] = (
    Rule(
        "comment-form",
        _line(
            r"leave a (?:reply|comment)|post a comment|\d* ?comments?(?: \(\d+\))?|cancel reply"
            r"|your email address will not be published\.?.*|required fields are marked \*?"
            r"|save my name,? email.*|you must be logged in to post a comment\.?"
            r"|(?:name|email|website|comment)\s*\*?|post comment|submit comment"
            r"|join the (?:conversation|discussion)|(?:show|view|load|read|see) (?:all )?(?:\d+ )?comments?"
            r"|tell us what you think\W*|what do you think\? (?:let us know|leave a comment|comment below).*"
        ),
        "a comment form is part of the web page, not of the article",
        max_words=25,
    ),
    Rule(
        "share-bar",
        _line(
            r"share(?: this)?(?: article| story| page| on \w+)?:?|tweet|email|print(?: this (?:article|page))?"
            r"|whatsapp|facebook|twitter|linkedin|pinterest|reddit|copy link|link copied|\d+ shares?"
            r"|(?:order )?reprints|print article|save (?:article|story)"
            r"|like this (?:story|article)\?.*|share (?:it|this) with (?:a friend|your friends)!?"
            r"|follow us(?: on .*)?|advertisement|skip advertisement|sponsored(?: content)?|ad"
            r"|story continues below(?: advertisement)?|continue reading(?: the main story)?(?: below)?"
            r"|listen\s*\(\d+ min\)|listen to (?:this )?article.*|\d+\s*min(?:ute)?s?\s+read|reading time:.*"
            r"|play video|now playing|watch(?: now| live)?|click here(?:\W+\w+){0,6}\W*|read more\.?"
            r"|(?:copyright\s*)?(?:©|\(c\))\s*.*|copyright [\w .,&-]{0,60}\d{4}.*|all rights reserved\.?"
            r"|\(?getty images\)?"
        ),
        "sharing buttons, adverts, copyright notices and 'click here' prompts are page furniture",
        max_words=30,
    ),
    Rule(
        "attribution",
        _line(
            r"source:\s*\|?\s*(?:this article originally belongs to\s*)?(?P<source>.+)"
            r"|(?:this (?:article|story|post) )?(?:was |is )?originally (?:published|appeared|belongs)"
            r" (?:on|in|at|to|by)\s+(?P<source2>.+?)\.?"
            r"|this (?:article|story|post) first appeared (?:on|in)\s+(?P<source3>.+?)\.?"
            r"|this (?:article|story|post) (?:is|was|has been) (?:republished|reprinted|reproduced)"
            r" (?:from|with permission from|courtesy of)\s+(?P<source4>.+?)\.?"
        ),
        "an attribution line names the outlet; it becomes the `source` metadata",
        max_words=30,
    ),
    Rule(
        "image-caption",
        _line(
            r"(?:image|photo|picture|photograph|video|graphic|illustration|credit)s?\s*:.*"
            r"|(?:photo|image|picture)s? (?:by|courtesy(?: of)?):? (?-i:(?:[A-Z][\w'’.-]*[\s/,|–-]*){1,6})"
        ),
        "an image or video label is not part of the article's prose",
        max_words=40,
    ),
    Rule(
        "video-stamp",
        _line(
            rf"(?:{_MONTH} \d{{1,2}}, )?(?:19|20)\d\d\d{{1,2}}:\d\d|\d{{1,2}}:\d\d(?::\d\d)?"
        ),
        "a video player's date and running time glued together, left behind by the scrape",
        max_words=6,
    ),
    Rule(
        "timestamp",
        _line(
            r"(?:(?:last )?(?:updated|published|posted|modified)(?: on| at)?:?\s*(?=[^\n]*\d)"
            rf"|(?=[^\n]*\d:\d\d)(?=[^\n]*(?:\d/\d|\b{_MONTH})))"
            rf"{_DATE_PART}(?:[\s,|/–—-]+{_DATE_PART})*\.?"
            r"(?:\s*(?:[|–—-]\s*)?(?:by|von|por)\s+(?-i:(?:[A-Z][\w'’.-]*\s*){1,4}))?"
        ),
        "a line that is only a date and time stamp ('Updated at 1:23 p.m.') is page metadata, not prose",
        max_words=14,
    ),
    Rule(
        "teaser-link",
        _line(
            r"\[?(?:related(?: (?:post|article|story|content|coverage|reading))?|read more|see more|more"
            r"|read also|also read|see also|read next|recommended|watch|listen|more on this(?: story)?"
            r"|don'?t miss)\s*:\s*\S.*?(?<![^.]\.)\]?"
            r"|also on \S+\.\w+\s.*"
        ),
        "a one-line link to another story ('Related: …', 'READ MORE: …') is not part of this article",
        max_words=25,
    ),
    Rule(
        "subscribe-prompt",
        _line(
            r"(?:get|sign up|subscribe|receive|have|want)\b.*\b(?:delivered|sent|straight|right|directly)\s+"
            r"(?:to|in|into)\s+your inbox\b.*"
            r"|(?:sign up|subscribe|get|receive|join|register)\b.*\bnewsletters?\b.*"
            r"|(?:sign up|subscribe)(?: now| today| here| for free)\b.*"
            r"|(?:\w+\W+){0,3}newsletters?"
            r"|if you (?:enjoyed|liked|value|appreciate|found) (?:this|our|reading) .*"
            r"\b(?:subscri\w*|join|member\w*|support|donat\w*)\b.*"
            r"|this copy is for your personal,? non-commercial use only.*"
        ),
        "newsletter, subscription and membership prompts are page furniture",
        max_words=45,
    ),
    Rule(
        "contact-line",
        _line(
            rf"follow .*(?:@\w|https?://|\b{_SOCIAL}\b).*|(?:email|contact|reach|write to|tweet)\b.*(?:@\w|https?://).*"
            r"|have a (?:news )?tip\?.*@.*"
            r"|(?:https?://)?www\.[\w-]+(?:\.[\w-]+)+/?|https?://[\w-]+(?:\.[\w-]+)+/?"
            rf"|[\w.+-]+@[\w-]+\.[\w.]+|@\w{{2,}}|(?:https?://)?(?:www\.)?{_SOCIAL}\.com/\S+"
        ),
        "a 'follow us' or contact line (an address, a handle, a link on its own) is not prose",
        max_words=40,
    ),
    Rule(
        "reporting-credit",
        _line(
            r"\(?(?:additional |with )?reporting by [^.]*?[;,]?\s*(?:additional reporting|writing|editing|and)"
            r" by .*|\(?additional reporting by (?-i:[A-Z]).{0,100}"
            r"|.{0,250}\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting)"
            r"(?: (?:from|in) .{0,60})?\.?\)?"
        ),
        "a 'reporting by' or 'contributed to this report' credit lists staff, not the story",
        max_words=45,
    ),
    Rule(
        "tags",
        _line(r"(?:tags|tagged(?: with)?|filed under|topics|categories)\s*:.*|tags"),
        "a tag or category list is site navigation",
        max_words=30,
    ),
)
"""Rules that remove a whole line, tried in this order (the first that matches names the removal)."""

TEASER_HEAD = _line(
    r"(?:you (?:may|might) (?:also )?like|related(?: articles| stories| posts| coverage| content| links| reading)?"
    r"|recommended(?: for you| stories| reading)?|more (?:from|on|stories)(?: [^.!?]{0,40})?|more"
    r"|most (?:read|popular|viewed|shared)(?: [^.!?]{0,30})?|trending(?: now| stories)?|also read|see also"
    r"|further reading|latest news|top stories|read (?:more|next)|what to read next|more to explore"
    r"|popular now|editors'? picks|don'?t miss|you may have missed|around the web|from our partners)"
    r"\s*(?::|\.\.\.|…)?"
)
"""A heading that introduces a list of other stories."""

CREDIT = re.compile(
    r"(?:(?<=[.!?”\"’)])\s+|^)(?:\(?(?:photo|image|picture)s?(?: by|:)\s*)?"
    r"(?:(?:[A-Z][\w'’-]+|[A-Z]\.) ){0,3}[A-Z][\w'’-]+ ?/ ?"
    r"(?:AFP|AP|Reuters|EPA|Getty Images|Bloomberg|Shutterstock|Alamy|PA|REX|Sipa|TASS|Xinhua|ANP|DPA)"
    r"(?: ?[–—-] ?(?:Getty Images|file|via Getty Images|Shutterstock|Sipa USA))?\)?\s*$"
)
"""A photo credit ("Karen Minasyan / AFP – Getty Images") at the end of a caption line."""

INLINE = re.compile(
    r"(?P<markup>(?:<|&lt;)/?(?:a|b|i|u|em|strong|font|br|p|span|div|img|sup|sub)(?=[\s/>]|&gt;)"
    r"(?:[^<>&\n]|&(?!gt;))*?(?:>|&gt;))"
    r"|(?P<entity>&(?:#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});|(?:^| )#(?P<lost>\d{2,4});"
    r"|(?:^| )(?P<lostname>quot|amp|lt|gt|hellip|nbsp|mdash|ndash|lsquo|rsquo|ldquo|rdquo|pound|euro|eacute);)"
    r"|(?P<backslash>(?<!\\)\\{1,2}(?!\\))",
    re.IGNORECASE,
)
"""Fixes inside a line: HTML tags left as text (also escaped, ``&lt;b&gt;``), HTML
entities (also the broken ``doesn #39;t`` form, whose ``&`` became a space), and
backslashes that stood for line breaks (``a second\\team``)."""

_PATH = re.compile(r"^[\"'(]?(?:[A-Za-z]:\\|\\\\\w)")


def _inline_fixes(line: str, start: int) -> tuple[str, list[dict[str, object]]]:
    """Apply the in-line fixes to one line; return the new line and one audit row per fix."""
    out: list[str] = []
    removals: list[dict[str, object]] = []
    pos = 0
    for m in INLINE.finditer(line):
        out.append(line[pos : m.start()])
        pos = m.end()
        if m.group("markup"):
            rule, new = "markup", ""
        elif m.group("entity"):
            rule = "entity"
            if m.group("lost"):
                new = html.unescape(f"&#{m.group('lost')};")
            elif m.group("lostname"):
                new = html.unescape(f"&{m.group('lostname').lower()};")
            else:
                new = html.unescape(m.group(0))
        else:
            token = line[: m.start()].rsplit(None, 1)[-1] if line[: m.start()].strip() else ""
            if _PATH.match(token + m.group(0)):  # C:\Users\..., \\server\share: a real path
                out.append(m.group(0))
                continue
            rule = "backslash"
            before = line[m.start() - 1] if m.start() else " "
            after = line[m.end()] if m.end() < len(line) else " "
            new = "" if before.isspace() or after.isspace() else " "
        out.append(new)
        removals.append(_removal(rule, start + m.start(), start + m.end(), m.group(0)))
    out.append(line[pos:])
    return "".join(out), removals


_SENTENCE_END = (".", "!", "?", '"', "”", "’", "'", ":", ";")


def _is_teaser_line(line: str) -> bool:
    """Whether a line after a teaser heading still looks like a teaser.

    A teaser is a headline (at most 20 words, no sentence end) or a snippet cut
    off with an ellipsis (at most 40 words). Anything that ends like a sentence
    is prose and ends the teaser list.

    >>> _is_teaser_line("Fisker Ditches Tesla-Style Direct-Sales Model in Favor of Dealerships")
    True
    >>> _is_teaser_line("The electric-vehicle startup…")
    True
    >>> _is_teaser_line("Protests were also held in other cities.")
    False
    """
    s = line.strip()
    if not s:
        return True
    words = len(s.split())
    if s.endswith(("…", "...")):
        return words <= 40
    return words <= 20 and not s.endswith(_SENTENCE_END)


def _source_from(m: re.Match[str]) -> str | None:
    """The outlet named by an attribution line, cut at the first sentence end."""
    found = next((g for g in m.group("source", "source2", "source3", "source4") if g), None)
    if not found:
        return None
    found = re.split(r"(?<=[a-z)])\.\s|\s\|\s", found, maxsplit=1)[0]
    found = re.sub(r"\s+under (?:a|the) .*$", "", found, flags=re.IGNORECASE)
    return found.strip(" |.") or None


def _match_line(body: str) -> Rule | None:
    n_words = len(body.split())
    return next((r for r in LINE_RULES if n_words <= r.max_words and r.pattern.match(body)), None)


def clean_text(text: str) -> tuple[str, list[dict[str, object]], str | None]:
    """Clean one text.

    Returns
    -------
    tuple
        ``(cleaned, removals, source)``: the cleaned text, one dict per removal
        or fix (``rule``, ``start``, ``end``, ``removed``, ``why``; offsets into
        the input, so ``text[start:end] == removed``) and the outlet named by an
        attribution line, if any.

    Examples
    --------
    >>> t = "Body text.\\n\\nLeave a Reply\\n\\nSource: | This article originally belongs to Nbcnews.com"
    >>> cleaned, removals, source = clean_text(t)
    >>> cleaned, [r["rule"] for r in removals], source
    ('Body text.', ['comment-form', 'attribution'], 'Nbcnews.com')
    >>> clean_text("It doesn #39;t add up.")[0]
    "It doesn't add up."
    >>> clean_text("Sudan called it  quot;unfair quot;, AT amp;T said.")[0]
    'Sudan called it "unfair", AT&T said.'
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
        rule = _match_line(body)
        if rule is not None:
            removals.append(_removal(rule.name, start, start + len(body), body, rule.why))
            if rule.name == "attribution" and source is None:
                m = rule.pattern.match(body)
                source = _source_from(m) if m else None
            continue
        m = CREDIT.search(body)
        if m and m.start() > 0:
            removals.append(_removal("credit", start + m.start(), start + len(body), m.group(0)))
            body = body[: m.start()]
        fixed, fixes = _inline_fixes(body, start)
        removals.extend(fixes)
        out.append(fixed + line[len(line.rstrip("\r\n")) :])
    cleaned = re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()
    return cleaned, removals, source


_WHY = {
    "teaser-list": "a list of other stories' headlines and snippets is not part of this article",
    "credit": "a photo credit names the photographer and agency, not part of the prose",
    "markup": "an HTML tag left in the text is formatting, not words",
    "entity": "an HTML entity was decoded into the character it stands for",
    "backslash": "a backslash that stood for a line break was replaced by a space",
}


def _removal(rule: str, start: int, end: int, text: str, why: str | None = None) -> dict[str, object]:
    return {"rule": rule, "start": start, "end": end, "removed": text, "why": why or _WHY[rule]}


def rules() -> pl.DataFrame:
    """The cleaning rules, with what each removes and why.

    >>> rules().columns
    ['rule', 'why']
    >>> rules().height
    16
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
        the extracted text before cleaning. In-line fixes (``entity``,
        ``markup``, ``backslash``) list the exact characters replaced.

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
