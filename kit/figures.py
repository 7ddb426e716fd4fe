"""Figures: every number in the news, what it counts and how it is hedged.

:func:`figures` finds every number expression (``at least 135``, ``about
$1.2bn``, ``5 per cent``, ``a six-week war``, ``8 p.m.``, ``Sept. 30, 2020``)
and reads it: value, range, relation to the truth (``more than`` is ``>``),
unit, what is counted, whether it is a change (``rose 5%``) and its kind.
:func:`compare_figures` lines up the claims two versions of a story make and
flags the numbers that drifted.

The algorithm, in plain steps:

1. **Candidates.** One regular expression (:data:`kit._numbers.CANDIDATE`)
   finds dates, clock times, decades, fractions, ordinals, vague magnitudes
   (``hundreds of``) and numbers with their currency, multiplier and unit,
   over the whole corpus at once in polars (Rust regex); the pattern's named
   groups are extracted once per distinct match.
2. **Reading.** Each candidate is read in Python, with the text around it:
   identifiers (``F-16``, ``COVID-19``, ``Section 427``, ``Boeing 737-800``)
   are dropped, ``one of`` and idioms (``a second wind``) too; bare numbers
   become years, ages or index levels by context.
3. **Joining.** Neighbours are joined: ranges (``200-300``, ``between 10 and
   20``), scores (``3-1``), mixed fractions (``1-1/2``), year spans
   (``2003/4``), shared units (``three and four-year-olds``).
4. **Context.** The words before and after give the hedge (``at least``, ``or
   more``), the trend (``rose``, ``a 40% drop``, ``cut 13,000 jobs``), the
   counted noun (``135 Armenian soldiers``, ``105 of his country's
   soldiers``), the event verb and who said it. Polars first tests every
   figure's surroundings at once with looser regular expressions ("gates",
   see :func:`_gates`), so Python reads only the figures that may have a
   hedge, a trend, an event verb, a revision or a speech cue.

Sentences (for ``sentence_id`` and the attribution) are split by polars in a
background thread while Python reads the figures.

Every row keeps the ``rule`` that decided its kind, and ``flags`` for the
judgement calls (``noun-from-context``, ``earlier-figure``...).
"""

from __future__ import annotations

import gc
import math
import random
import re
from collections import namedtuple
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from operator import attrgetter
from typing import Any

import polars as pl

from kit import _numbers as nb
from kit import schema

KINDS = ("count", "money", "percent", "measure", "duration", "age", "date", "year", "time",
         "ordinal", "other")  # fmt: skip
"""The values of ``FIGURES.kind``."""

RELATIONS = ("=", "~", ">", ">=", "<", "<=")
"""The values of ``FIGURES.relation``."""

# --- word lists -------------------------------------------------------------------------

HEDGES = {
    ">": "more than|much more than|far more than|well over|just over|slightly more than|"
    "a little over|a little more than|over|well above|just above|above|in excess of|upwards of|"
    "upward of|greater than|higher than|exceeding|north of|more then|topped|surpassed|exceeded",
    ">=": "at least|no fewer than|no less than|not less than|a minimum of|at minimum|as little as|as few as|"
    "as low as",
    "<=": "up to|as many as|as much as|as high as|as long as|at most|no more than|not more than|"
    "a maximum of|within",
    "<": "less than|fewer than|just under|just below|well under|well below|under|below|"
    "lower than|short of|just shy of|shy of",
    "~": "about|around|roughly|some|an estimated|estimated|approximately|approx\\.|nearly|almost|"
    "close to|circa|near|more or less|in the region of|the best part of|just about|"
    "an approximate",
    "=": "exactly|precisely",
}
"""Hedge words before a number, by the relation they give (longest first within each)."""

_HEDGE_RELATION = {w.replace("\\", ""): rel for rel, ws in HEDGES.items() for w in ws.split("|")}
_HEDGE_ALT = "|".join(sorted(_HEDGE_RELATION, key=len, reverse=True)).replace(".", "\\.")
# (polars runs a looser copy of these first: _GATE_HEDGE_LEFT, _GATE_HEDGE_RIGHT below)
_EXTRA = r"(?:(?:an?\s+)?(?:additional|extra|further)\s+|another\s+)?"  # 'up to an additional 15 per cent'
_HEDGE_LEFT = re.compile(rf"(?i)(?:^|(?<=[^\w]))(?P<q>{_HEDGE_ALT})\s+{_EXTRA}[\"“'‘]?(?P<the>the\s+)?$")
_MARK = re.compile(r"\s+(?:mark|level|figure|barrier|threshold|point)\b")
_OVER_MEANS_MORE = re.compile(
    r"(?i)\b(?:for|of|after|lasting|lasted|last|took|takes|spent|than|in|waiting|waited|waits|wait)\s+$"
)
_OVER_AS_PREPOSITION = re.compile(
    r"(?i)\b(?:wins?|victory|victories|triumph|lead|leads|edge|advantage|dispute|row|rows|concerns?|fears?|"
    r"worries|talks|battle|fight|clash|action|lawsuit|suit|control|power|influence|jurisdiction|debate|"
    r"argument|questions|controversy|protests?|anger|outrage|scandal|sued|charged|criticised|criticized|"
    r"(?<!\w)\d{1,3}-\d{1,3})\s+$"
)
"""Nouns and verbs after which "over"/"under" is a preposition, not a bound ("a win over two-time ...")."""
_HEDGE_LAST = frozenset(w.split()[-1] for w in _HEDGE_RELATION) | {"the", "additional", "extra", "further", "another"}
_HEDGE_RIGHT = re.compile(
    r"(?i)^(?P<q>\s+(?:or|and)\s+(?P<w>more|over|above|older|higher|greater|upwards|up|"
    r"less|fewer|under|below|younger|lower|so))\b(?!\s*(?:by\s+|to\s+)?[-+$£€¥]?\d)"
)  # but not 'up 2.3 percent and up 4 percent' (a second figure follows)
_RIGHT_RELATION = {"more": ">=", "over": ">=", "above": ">=", "older": ">=", "higher": ">=",
                   "greater": ">=", "upwards": ">=", "up": ">=", "less": "<=", "fewer": "<=",
                   "under": "<=", "below": "<=", "younger": "<=", "lower": "<=", "so": "~"}  # fmt: skip
_VERB_RIGHT_BEFORE = re.compile(r"(?i)\b(?:raise|raises|raised|raising|go|goes|went|rise|rises|take|takes)\s+$")
def _up_to_is_a_level(before: str) -> bool:
    """'brought the total up to 14' reaches a level; 'could raise up to $12.9bn' (the verb right before
    'up to') is a cap."""
    return bool(_UP_TO_VERBS.search(before)) and not _VERB_RIGHT_BEFORE.search(before)


_UP_TO_VERBS = re.compile(
    r"(?i)\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushed|pushes|raise|raised|"
    r"raises|boost|boosted|boosts|increase|increased|increases|rose|risen|rises|go|goes|went|gone|"
    r"climb|climbed|climbs|jump|jumped|jumps|round|rounded)\b[^.,;:]*$"
)

UP_WORDS = (
    "rose rise rises rising risen up jumped jump jumps jumping climbed climb climbs climbing "
    "gained gain gains gaining grew grow grows growing grown increased increase increases "
    "increasing added add adds adding boosted boost boosts boosting expanded expand expands "
    "expanding surged surge surges surging soared soar soars soaring advanced rallied improved "
    "widened widening widen hiked hike extra higher strengthened strengthen firmed appreciated "
    "rocketed rocketing leapt leaped spiked spiking advancing rallying "
    "overvalued create created creating creates hire hired hiring improving improves improve"
).split()
DOWN_WORDS = (
    "fell fall falls falling fallen down dropped drop drops dropping declined decline declines "
    "declining slipped slip slips slid slide slides shed sheds shedding cut cuts cutting slashed "
    "slash slashing reduced reduce reduces reducing trimmed trim trimming narrowed narrow "
    "narrowing narrows plunged plunge plunges tumbled tumble slumped slump sank sink sinks eased "
    "ease dipped dip decreased decrease lowered lower axe axed axes axing scrap scrapped "
    "scrapping save saves saving saved shrank shrink shrinks shrunk contracted weakened "
    "retreated undervalued eliminate eliminated eliminating off depreciated softened sliding slumping "
    "tumbling plunging sinking dipping easing retreating weakening softening"
).split()
_TREND = {w: "up" for w in UP_WORDS} | {w: "down" for w in DOWN_WORDS} | {
    "laid off": "down", "lay off": "down", "lays off": "down"}  # fmt: skip
_LOSS_WORDS = {"lost": "down", "lose": "down", "loses": "down", "losing": "down",
               "cost": "down", "costs": "down", "costing": "down"}  # fmt: skip
_TREND_ALT = "|".join(sorted(set(_TREND) | set(_LOSS_WORDS) | {"laid off", "lay off", "lays off"},
                             key=len, reverse=True))  # fmt: skip
_TREND_VERB = re.compile(
    rf"(?i)\b(?P<v>{_TREND_ALT})['’\"”]?(?:\s+\w+ly)?(?:\s+(?:by|another|a\s+further|an?\s+extra|"
    rf"an?\s+additional|just|only|almost|nearly))*\s+$"
)
_BY_ONLY = "raise|raised|raises|raising|lift|lifted|lifts|lifting"
_TREND_BY = re.compile(
    rf"(?i)\b(?P<v>{_TREND_ALT}|{_BY_ONLY})\b[^.;:!?()]{{0,60}}\bby\s+(?:just\s+|only\s+|another\s+|a\s+further\s+)?$"
)
UP_NOUNS = (
    "rise rises increase increases growth gain gains jump hike hikes surge improvement boost uplift expansion"
).split()
DOWN_NOUNS = (
    "fall falls drop drops decline declines cut cuts reduction reductions decrease deduction savings saving "
    "slump contraction"
).split()
_TREND_NOUN = {w: "up" for w in UP_NOUNS} | {w: "down" for w in DOWN_NOUNS}
_NOUN_ALT = "|".join(sorted(_TREND_NOUN, key=len, reverse=True))
_TREND_OF = re.compile(rf"(?i)\b(?P<n>{_NOUN_ALT})\s+of\s+(?:just\s+|only\s+)?$")
_TREND_SUBJECT = re.compile(
    rf"(?i)(?:^|[.;:!?]\s+|\b(?:the|its|annual|economic|sales|profit|price|wage)\s+)(?P<n>{_NOUN_ALT})\b"
    r"[^.;:!?()\"“”]{0,60}?\b(?:was|is|were|are|came\s+in\s+at|stood\s+at)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$"
)
# (looser copy for polars: _GATE_TREND_AFTER below)
_TREND_AFTER = re.compile(
    rf"(?i)^(?:\s+[a-z][\w-]*)?\s+(?P<n>{_NOUN_ALT})\b|"
    r"^\s+(?:of|in|worth\s+of)\s+(?:\w+\s+)?(?P<n2>cuts|savings)\b|"
    r"^\s+(?P<c>(?:more|less|fewer)(?=\s+than\b)|higher|taller|larger|bigger|greater|above|up|longer|"
    r"faster|lower|smaller|shorter|below|down|cheaper|slower)\b(?!\s+(?:than\s+)?\d)|"
    r"^\s+(?:[a-z]+\s+)?(?P<p>saved|axed|slashed|shed|scrapped|created|added)\b"
)
_AFTER_CUES = (
    frozenset(_TREND_NOUN)
    | frozenset("of in worth more less fewer higher taller larger bigger greater above up longer faster lower "
                "smaller shorter below down cheaper slower saved axed slashed shed scrapped created added".split())
)  # fmt: skip
_COMPARATIVE = {"less": "down", "lower": "down", "fewer": "down", "smaller": "down", "shorter": "down",
                "below": "down", "down": "down", "cheaper": "down", "slower": "down"}  # fmt: skip
_LOSABLE = frozenset("subscribers customers seats members users viewers listeners readers".split())
_JOB_NOUNS = frozenset("jobs job posts positions roles workers staff employees redundancies".split())
# (looser copy for polars: _GATE_GOES below)
_GOES_AWAY = re.compile(
    r"(?i)^[^.;,]{0,50}?\b(?:would|will|could|to|may|might)\s+(?:go|be\s+(?:lost|cut|axed|scrapped|shed|"
    r"lost))\b|^[^.;]{0,40}?\b(?:should|would|will|could|to|may)\s+be\s+created\b"
)

STOP = frozenset(
    """a an the of in on at to for from by with and or but nor as that which who whom whose than
    this these those it its is are was were be been being has have had will would could should
    may might can must do does did not no so said says say told tells if when where while after
    before since until during between into onto over under per each every most less least
    also only just about around some any all both either neither such very too there here
    then now yet still already ago later earlier apiece alone overall annually respectively
    instead afterwards today yesterday tomorrow tonight against across
    including among amid up down out off like via versus vs plus minus than what how why
    according he she they we you i his her their our my your them us him me even though again
    back away ahead together once twice whether unless because although despite toward towards
    along around behind beyond within without upon whereas soon recently lately far abroad elsewhere onwards
    apart anyway altogether almost nearly often sometimes never always above below beneath""".split()
)
LY_WORDS = frozenset(
    """family ally rally supply daily weekly monthly yearly quarterly nightly hourly elderly early
    friendly lonely lovely deadly costly holy ugly silly jelly belly italy july bully assembly
    anomaly monopoly""".split()
)
RUN_SKIP = frozenset(
    "more other additional further extra new old last next consecutive straight successive final due".split()
)
IRREGULAR_PLURALS = frozenset(
    """people men women children aircraft cattle sheep feet teeth geese mice deer offspring folk
    folks livestock spacecraft""".split()
)
NOT_PLURAL = frozenset(
    """news series species means headquarters politics economics physics mathematics athletics
    gas lens chaos canvas alias atlas bias kudos its has was does goes this thus plus bus
    yes hers ours yours theirs always perhaps onwards afterwards towards backwards forwards upwards downwards
    besides sometimes plainclothes""".split()
)
PERIOD_NOUNS = frozenset(
    """quarter half day week month year time round leg set game term season place stage innings
    period generation century anniversary minute hour night match test edition""".split()
)
ID_HEADS = frozenset(
    """version v pack phase no nos number flight route highway interstate room page platform gate
    terminal channel model article section chapter clause paragraph resolution tier category
    grade junction exit line bus apartment suite unit ward lot item box precinct windows series
    mark mk level versions""".split()
)

FUNCTION_CAPS = frozenset(
    """in on at by of for from since until to and but the a an with after before during between
    over under around about some almost nearly roughly approximately only just all up down than
    is was were are it he she they we i if as while when then so that this these those more less
    some only after until through throughout despite although though because or nor yet also
    including among against into last next every each both per via his her their its our my your
    its unlike like beyond within without towards toward across behind below above beside besides near
    whereas whilst unless once""".split()
)
NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)$")

_TOKEN = re.compile(r"[A-Za-z][\w'’&.-]*\w|[A-Za-z]|\d[\w,./-]*|\S")
_SAY_WORDS = (
    "said|says|say|told|tells|reported|reports|announced|announces|estimated|estimates|claimed|claims|stated|"
    "states|confirmed|confirms|added|adds|insisted|warned|wrote|was quoted as saying|according to"
).split("|")
"""Speech cues (:data:`_SAY`); a sentence with none of them has no attribution."""
_SAY = re.compile(rf"\b(?:{'|'.join(_SAY_WORDS)})\b")
_TIME_DAYS = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight|earlier|later"
).split("|")
_TIME_WORDS = re.compile(
    rf"\b(?:{'|'.join(_TIME_DAYS)}|(?:last|this|next)\s+(?:week|month|year|night|weekend))\b"
)
_GATE_TIME = r"(?:last|this|next)[\s\x1c-\x1f]+(?:week|month|year|night)"
"""For polars: a sentence with neither this nor one of :data:`_TIME_DAYS` has no :data:`_TIME_WORDS`."""
_EARLIER = re.compile(
    r"(?i)\b(?:earlier|previous|initial|original|prior|first)\s+(?:statement|figure|estimate|toll|"
    r"count|tally|report|forecast|claim)s?\b[^.;]{0,40}$|\b(?:reversing|revising|revised|"
    r"raising|lowering|correcting)\b[^.;]{0,60}$"
)
_SCOPE = re.compile(
    r"(?i)^[^.;]{0,30}?\b(?P<s>(?:on|from|of)\s+both\s+sides|in\s+total|in\s+all|worldwide|"
    r"nationwide|globally|across\s+the\s+country)\b"
)
EVENT_VERBS = {
    "killed": "killed", "kill": "killed", "kills": "killed", "killing": "killed", "died": "killed",
    "dead": "killed", "die": "killed", "dies": "killed", "lost": "killed", "deaths": "killed",
    "wounded": "wounded", "injured": "wounded", "hurt": "wounded", "deployed": "deployed",
    "deploy": "deployed", "sent": "deployed", "arrested": "arrested", "detained": "arrested",
    "displaced": "displaced", "evacuated": "evacuated", "fled": "displaced", "missing": "missing",
}  # fmt: skip
_CLAUSE_END = re.compile(r"[.;:]")
_VERB_RIGHT = re.compile(r"^[^.;:]{0,40}?\b(?P<v>[a-z]+ed|died|dead|lost|hurt|sent|fled|missing)\b")
_VERB_LEFT = re.compile(r"\b(?P<v>[a-z]+ed|died|lost|hurt|sent|fled|kill|kills|killing)\b[^.;:]{0,30}$")
_NUMBER_IDIOM = re.compile(
    r"(?i)zero\s+tolerance|two-bit\b|one(?:\s+|-)(?:man|woman)\s+(?:show|band|army)\b"
)
"""Numbers in idioms, no figure: 'his zero tolerance style', 'two-bit Tories', 'a one man show', 'on the one
hand'."""
_ONE_HAND = re.compile(r"(?i)one\s+hand\b")
_ON_THE = re.compile(r"(?i)\bon\s+(?:the\s+)?$")
_AGE_YEARS_BEFORE = re.compile(
    r"(?i)(?:life\s+expectancy\b[^.;:]{0,30}?\b(?:is|was|of|at|to)|\blive\s+to|\breach)\s+$"
)
"""Years that are an age: 'Life expectancy at birth is 71 years', 'will live to 81 years', 'before they reach
65 years of age'."""
_OF_AGE = re.compile(r"\s+of\s+age\b")
_BACK_LINE = re.compile(r"\b(?:the|a|his|their|our|its)\s+back\s+$", re.I)


def _not_a_figure(f: _Fig, text: str) -> bool:
    """A reading to drop ('one of the biggest', a word in a name, 'the back four', 'zero tolerance'); as a side
    step, years that are an age are typed so ('Life expectancy at birth is 71 years', 'live to 81 years')."""
    if _one_is_pronoun(f, text) or _word_in_name(f, text) or _back_line(f, text) or _NUMBER_IDIOM.match(text, f.start):
        return True
    if _ONE_HAND.match(text, f.start) and _ON_THE.search(text, max(0, f.start - 8), f.start):
        return True  # 'on the one hand' (but 'he lost one hand' counts)
    if f.kind == "duration" and f.unit == "year" and (
        _AGE_YEARS_BEFORE.search(text, max(0, f.start - 40), f.start) or _OF_AGE.match(text, f.end)
    ):
        f.kind, f.rule = "age", "age:years"
    return False


def _back_line(f: _Fig, text: str) -> bool:
    """'can also play in the back four': a defence, not a count (but 'the back four goals')."""
    return f.value in (3, 4, 5) and bool(_BACK_LINE.search(text, max(0, f.start - 12), f.start)) and not (
        _is_plural(_next_word(text, f.end))
    )


_RUGBY = re.compile(r"\b(?:[Rr]ugby|Six Nations|scrum|fly-half|flanker|line-out|lineout)\b")
"""Words that make 'number eight' (or 'No 8') a rugby position, not a rank."""
_SPORT = re.compile(
    r"(?i)\b(?:won|win|wins|beat|beats|beating|lost|lose|loses|draw|drew|drawn|defeat|defeated|"
    r"victory|lead|led|leads|score|scored|scores|set|sets|tie-break|trail|trailing|down|crushed|"
    r"thrashed|match|game|final|half-time|result)\b"
)


# --- one figure while it is read ----------------------------------------------------------


@dataclass(slots=True)
class _Fig:
    start: int
    end: int
    value: float | None
    kind: str
    rule: str
    value_max: float | None = None
    unit: str | None = None
    relation: str = "="
    qualifier: str | None = None
    trend: str | None = None
    noun: str | None = None
    modifier: str | None = None
    verb: str | None = None
    scope: str | None = None
    flags: list[str] = field(default_factory=list)
    bare: bool = False  # a plain number with no unit, currency or scale
    plural_unit: bool = False  # 'months', not '-month' or 'year' (which can modify a noun)
    words: bool = False  # spelled out


# --- step 2: reading one candidate --------------------------------------------------------


def _prev_word(text: str, start: int) -> str:
    """The word just before ``start`` (one space or none between), else ''."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start and i > 0 and text[i - 1].isalnum():
        return text[max(0, i - 20) : i].split()[-1] if text[max(0, i - 20) : i].split() else ""
    if start - i > 1:
        return ""
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "&.'’-$"):
        j -= 1
    return text[j:i]


_NEXT_WORD = re.compile(r"\s?([A-Za-z][\w'’-]*)")
_YEARLIKE = re.compile(r"1[5-9]\d\d|20\d\d")
_YEAR_DIGITS = re.compile(r"(?:1[5-9]|20)\d\d")
_DIGITS6 = re.compile(r"\d{6,}")
_DIGITS34 = re.compile(r"\d{3,4}")
_INDEX_LEVEL = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d?|\d{3,}\.\d\d?|\d{1,3}(?:\.\d{3})+\.\d\d?")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen".split())


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return True
    if w in NOT_PLURAL or w in STOP:
        return False
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s", "ous"))) or (
        len(word) > 2 and word[:-1].isupper() and word.endswith("s")
    )


def _read_date(g: Any, s: int, e: int) -> _Fig:
    if g.month:
        return _Fig(s, e, float(g.day), "date", "date:month-day")
    if g.dday:
        f = _Fig(s, e, float(g.dday), "date", "date:day-month")
        if g.dday2:
            f.value_max = float(g.dday2)
        return f
    if g.mmonth:
        return _Fig(s, e, float(g.myear), "year", "year:month-year")  # 'March 2005': a year, month-precise
    if g.sdate:
        return _Fig(s, e, float(g.sday), "date", "date:slashes")  # 10/09/2004 (day or month first)
    return _Fig(s, e, float(g.iso[8:10]), "date", "date:iso")


def _read_time(g: Any, s: int, e: int) -> _Fig:
    if g.hh:
        h, mins = float(g.hh), float(g.mm or 0)
        pm = g.ampm.lower().startswith("p")
        h = (h % 12) + (12 if pm else 0)
        return _Fig(s, e, h + mins / 60, "time", "time:am-pm")
    if g.hhmm:
        hh, mm = g.hhmm.split(":")
        return _Fig(s, e, float(hh) + float(mm) / 60, "time", "time:clock")
    raw = g.mil or g.mil0
    return _Fig(s, e, float(raw[:2]) + float(raw[2:]) / 60, "time", "time:24h")


_DECADE_AGE = re.compile(
    r"(?:\b(?:in|into)\s+(?:his|her|their|the|my|your|our)|aged)\s+$"
    r"|\b(?:in|into)\s+(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[ -])?\d0s"
    r"(?:,\s+(?:(?:early|mid|late)[ -])?\d0s)*(?:,?\s+(?:and|or)|,)\s+$"
)
"""A decade that is an age: 'in their 30s', 'in his late 20s', and the rest of the list ('in their 30s, 40s
and 50s')."""


def _read_decade(g: Any, s: int, e: int, text: str) -> _Fig:
    digits = g.decade[:-1].rstrip("'’")  # ('the 1950's')
    left = text[max(0, s - 40) : s].lower()
    if len(digits) == 2 and _DECADE_AGE.search(left):
        f = _Fig(s, e, float(digits), "age", "age:decade", value_max=float(digits) + 9, unit="year")
        return f
    base = float(digits) + (1900 if len(digits) == 2 else 0)
    span = 99 if digits.endswith("00") and len(digits) == 4 else 9
    if g.decmod and g.decmod.lower() == "mid":
        f = _Fig(s, e, base + 5, "year", "year:mid-decade", relation="~", qualifier=g.decmod + "-")
        return f
    return _Fig(s, e, base, "year", "year:decade", value_max=base + span)


_OF_OR = re.compile(r"\s+(?:of|or)\b")


def _read_vague(g: Any, s: int, e: int, text: str) -> _Fig | None:
    if g.vqual:
        value = nb.SCALES[g.vbase.lower()]
        cur = g.vcur
        f = _Fig(s, e, value, "count", "vague:several", relation="~", qualifier=g.vqual)
        if g.vqual.lower().startswith("a couple"):
            f.value, f.relation, f.qualifier = 2 * value, "=", None
        if cur:
            f.unit, f.kind = nb.CURRENCIES[cur.lower()], "money"
        return f
    words = g.vague.lower().split()
    tail = text[e : e + 12].lower()
    if words[0] == "tens" and len(words) == 1:
        return None
    if words[0] == "scores" and len(words) == 1 and not _OF_OR.match(tail):
        return None
    value = nb.VAGUE[words[0]]
    for w in words[2::2]:
        value *= nb.VAGUE[w]
    f = _Fig(s, e, value, "count", "vague:plural", relation="~")
    if g.vcur2:
        f.unit, f.kind = nb.CURRENCIES[g.vcur2.lower()], "money"
    return f


_OF = re.compile(r"\s+of\b")


_POINT_AFTER = re.compile(
    r"-(?:percentage[ -])?points?\b|\s+of\s+an?\s+percentage[ -]point\b|\s+percentage[ -]points?\b"
)
"""'a quarter-point cut', 'a quarter of a percentage point', 'quarter percentage point rises'."""


def _read_and_a_half(g: Any, s: int, e: int, text: str) -> _Fig | None:
    """'for the past year and a half': one and a half years."""
    unit_and = _UNIT_AND.search(text, max(0, s - 16), s) if g.frac.lower() == "a half" else None
    if unit_and is None:
        return None
    unit = nb.UNITS.get(unit_and.group(1).lower())
    return _Fig(unit_and.start(1), e, 1.5, "duration", "duration:and-a-half", unit=unit)


_FRACTION_BEFORE = re.compile(
    r"\b(?:by|nearly|almost|about|around|roughly|than|over|under|some|just|only|barely|fully|approximately)\s+$", re.I
)


_FRACTION_PREP = re.compile(r"\b(?:for|to|among|from)\s+$", re.I)
_CLAUSE_END_AFTER = re.compile(r"\s*[,.;:)]")


_MULTIPLIER_COMPARES = re.compile(
    r"\s+(?:faster|slower|higher|lower|bigger|smaller|larger|greater|cheaper|stronger|better|worse"
    r"|(?:more|less)\s+(?:[a-z]+(?:ive|ful|ous|able|ible|al|ic|ent|ant)|than)|as(?!\s+(?:many|much)\b))\b"
)
"""'10-times faster', 'four times more expensive', 'twice as fast': a multiplier compares; it counts nothing
(but 'ten times as many cases' and 'six times more data' count cases and data)."""
_MORE_THAN_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|bigger|smaller|larger|cheaper|up|down)\b")


def _two_words_ordinal(surface: str, words: list[str], after: str, point: object, before: str) -> bool:
    """'twenty-fifth' and 'a third undisclosed buyer' are ordinals; 'a one-fifth stake', 'a third of' are not."""
    if words[0] in nb.TENS:
        return True
    if words[0] not in ("a", "an") or " " not in surface or _OF.match(after) or point or _MORE_THAN_AFTER.match(after):
        return False  # ('one third', 'a third of', 'a one-fifth stake', 'a third more than last year': fractions)
    if _FRACTION_PREP.search(before) and _CLAUSE_END_AFTER.match(after):
        return False  # 'the economy was important for a third, and tax for 25%': a share
    return not _FRACTION_BEFORE.search(before)  # 'a third undisclosed buyer'; not 'cut by a third', 'nearly a third'


def _one_fraction_word(surface: str, word: str, point: Any, s: int, e: int, text: str) -> _Fig | None:
    """A lone 'quarter' or 'third': a share of a percentage point ('quarter percentage point rises'), an
    ordinal ('the third'), or the noun itself ('the fourth quarter': None)."""
    if word in ("quarter", "third") and point and not point.group().startswith("-"):
        value = 0.25 if word == "quarter" else 1 / 3
        return _Fig(s, e + point.end(), value, "percent", "percent:quarter-point", unit="percentage points")
    if word in nb.ORDINAL_WORDS:
        return _read_ordinal_word(surface, s, e, text)
    return None


def _read_frac(g: Any, s: int, e: int, text: str) -> _Fig | None:
    surface = g.frac
    low = surface.lower()
    words = low.replace("-", " ").split()
    after = text[e : e + 30]
    if len(words) == 1 and words[0] in nb.ORDINAL_WORDS and after.startswith("-") and text[s - 1 : s] != "-":
        return _read_ordinal_word(surface, s, e, text)  # 'third-quarter earnings'
    point = _POINT_AFTER.match(after)
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in nb.ORDINAL_WORDS and after.startswith("-"):
        if not point and text[s - 1 : s] != "-":  # 'a third-quarter loss'
            return _read_ordinal_word(surface.split()[-1], s + surface.rfind(" ") + 1, e, text)
    if (after.startswith("-") and not point) or text[s - 1 : s] == "-" or (low == "half" and _HALF_TIME.match(after)):
        return None  # quarter-final, half-time, half-century, fly-half; 'either side of half time'
    last = words[-1] if words[-1] in nb.FRACTION_WORDS else words[-3]
    if len(words) == 1 and last not in ("half", "halves"):
        return _one_fraction_word(surface, last, point, s, e, text)
    if len(words) == 2 and last in nb.ORDINAL_WORDS and _two_words_ordinal(surface, words, after, point,
                                                                           text[max(0, s - 20) : s]):
        if words[0] in nb.TENS:
            return _read_ordinal_word(surface, s, e, text)  # 'the twenty-fifth anniversary'
        return _read_ordinal_word(surface.split()[-1], s + surface.rfind(" ") + 1, e, text)  # 'a third ... buyer'
    if last in ("quarter", "quarters") and " " in surface and words[0] not in ("a", "an", "one"):
        if "-" not in surface and not _OF.match(after):
            n = nb.parse_words(words[0])
            return _Fig(s, e, n, "duration", "duration:quarters", unit="quarter") if n else None
    parsed = nb.parse_fraction(surface)
    if parsed is None:
        return None
    value, scaled = parsed
    if point:
        return _Fig(s, e + point.end(), value, "percent", "percent:quarter-point", unit="percentage points")
    if scaled:
        return _Fig(s, e, value, "count", "count:fraction-of-scale")
    if low in ("half", "halves") and (_half_is_noun(text, s, e) or _half_in_name(surface, text, e)):
        return None
    return _Fig(s, e, value, "other", "fraction", unit="fraction")


_IN_NAME_AFTER = re.compile(r"[ -][A-Z][a-z]")


def _opens_sentence(text: str, s: int) -> bool:
    """Nothing but the start of a sentence, a clause after a dash or semicolon, a heading or an opening
    quotation or bracket before ``s``."""
    before = text[max(0, s - 4) : s].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:;\n—–-"


_FINITE_VERBS = frozenset(
    "came went will would could should may might can has have had was were is are be been saw took began comes goes"
    " makes made gets got showed shows beat won lost said says".split()
)
"""Common verbs a noun run stops at ('the 15 September protest came', 'the world number one beat ...')."""
_YOUTH_SIDES = frozenset(
    "boys girls side sides team teams squad squads players international internationals level championship"
    " championships cup tournament competition league football rugby cricket coach manager captain".split()
)
_FULL_NAME_COMMA = re.compile(
    r"\b(?:and|chef|[a-z]+er|[a-z]+or|[a-z]+ist)\s+[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]+,\s$"
)
_DATE_AS_MODIFIER = re.compile(r"(?:\b[Tt]he|\w['’]s?)\s+$")
_HALF_NOUN = re.compile(r"\b(?:first|second|the|a|an|other|and|one|latter|former)\s+$")


def _half_in_name(surface: str, text: str, e: int) -> bool:
    """'Half Life 2', 'Half Moon Bay': a capitalised Half before a capitalised word is a name."""
    nxt = _NEXT_WORD.match(text, e)
    return surface == "Half" and nxt is not None and nxt.group(1)[:1].isupper()


def _half_is_noun(text: str, s: int, e: int) -> bool:
    left = text[max(0, s - 25) : s].lower()
    return bool(_HALF_NOUN.search(left))


_ADVERB_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|who|which|it|they|he|she|we|i|you|will|would|must|should"
    r"|needs to|need to|has to|have to)\s+$"
)  # ('needs to first reach growth': an adverb)


_ORDINAL_IDIOM = re.compile(
    r"(?:[- ](?:hand|party|parties|wind|lady|aid|class|person|world|rate|degree|"
    r"choice|language|base|nature|minister|lady|secretary|string|team|eleven|fiddle|thoughts|guess|guessed|"
    r"guessing|and foremost))\b"
)
_AT_FIRST = re.compile(r"\b(?:at|and)\s+$")
_ORDINAL_NOT_A_FIGURE = re.compile(
    r"\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\b(?![-’'])"
    r"|(?:you|he|she|they|we|i|it)\b)"
)
_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s+(?:(?:million|billion|trillion|thousand|m|bn)\s+)?[a-z]+s\s+(?:a|per)|[a-z]+s\s+per)\s+$"
)
_ED_WORD = re.compile(r"\s+[a-z]+ed\b")
_IRREGULAR_PAST = re.compile(
    r"\s+(?:found|made|went|came|took|won|became|began|saw|met|got|gave|left|ran|wrote|sang|heard|told|said"
    r"|broke|knew|thought|brought|bought|sold|built|sent|spent)\b"
)
_OF_ALL = re.compile(r"(?:\s+of\s+all|ly\b)")
_SAID_NAME = re.compile(r"\b(?:said|says|added|adds|explained|told)\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+,\s$")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|his|her|their|our|a|an|my|your)\s+$")
_A_SECOND = re.compile(r"\b(?:a|per|one|split)\s+$")
_SECOND_ENDS = re.compile(r"\s*(?:[,.;:]|or|and|later|after|before|$)")


def _read_ordinal_word(surface: str, s: int, e: int, text: str) -> _Fig | None:
    value = nb.parse_ordinal(surface)
    if value is None:
        return None
    if surface[:1].isupper() and _IN_NAME_AFTER.match(text, e) and not _opens_sentence(text, s):
        return None  # 'Credit Suisse First Boston', 'the Third Way', 'the Second Chamber of Parliament': a name
    after = text[e : e + 25].lower()
    left = text[max(0, s - 25) : s].lower()
    if _ORDINAL_IDIOM.match(after):
        return None
    if _AT_FIRST.search(left) and surface.lower() == "first":
        return None  # 'at first'
    if surface.lower() == "first" and (_ADVERB_BEFORE.search(left) or _ED_WORD.match(after) or (
        _IRREGULAR_PAST.match(after) and not _DETERMINER_BEFORE.search(left)
    )):
        return None  # 'was first screened', 'Nintendo first launched', 'Scott first found fame'
    if _OF_ALL.match(after) or _ORDINAL_NOT_A_FIGURE.match(after) or (
        surface.lower() == "first" and left.endswith("in the ") and after.startswith(" place")
    ):
        return None  # 'the first five games' (initial), 'the second you appear', 'in the first place'
    if surface.lower() == "second" and (_RATE_BEFORE.search(text, max(0, s - 45), s) or left.endswith("every ")):
        return None  # '30 frames a second', 'every second': a rate's unit
    if _CLAUSE_ENDS.match(after) and not _DETERMINER_BEFORE.search(left):
        return None  # 'put kids first'
    if surface.lower() == "second" and _A_SECOND.search(left) and _SECOND_ENDS.match(after):
        return _Fig(s, e, 1.0, "duration", "duration:a-second", unit="second")
    f = _Fig(s, e, value, "ordinal", "ordinal")
    if left.endswith("number "):
        f.start, f.rule = s - 7, "ordinal:number-one"
    return f


def _read_in(g: Any, s: int, e: int) -> _Fig | None:
    a = nb.parse_digits(g.ina) if g.ina[0].isdigit() else nb.parse_words(g.ina)
    b = nb.parse_digits(g.inb) if g.inb[0].isdigit() else nb.parse_words(g.inb)
    if not a or not b or b <= a or b > 1000:
        return None
    return _Fig(s, e, a / b, "other", "fraction:one-in-n", unit="fraction")


def _read_mult(g: Any, s: int, e: int, text: str) -> _Fig | None:
    word = g.mult.lower()
    value = _MULT_VERBS.get(word) or {"twice": 2.0, "thrice": 3.0}.get(word) or nb.parse_words(
        word.removesuffix("fold").rstrip("-")
    )
    left = text[max(0, s - 25) : s]
    if word in _MULT_BASE and not _HEDGE_LEFT.search(left):
        won = _DOUBLE_WINNER.match(text, e) if word == "double" else None
        if won is not None and text[e : e + 1] == " ":
            return _Fig(s, e, 2.0, "count", "count:double", noun=won.group(1))  # 'Double Olympic champion'
        if _TO_VERB.search(left) and text[e : e + 1] == " ":
            return _read_mult_verb(word, s, e, text)  # 'told to double overseas aid'
        return None
    if text[e : e + 1] == "-":
        return None  # double-deckers, double-digit
    if word in ("twice", "thrice") and not _MULT_AFTER.match(text, e):
        return _Fig(s, e, value, "count", "count:occasions", noun="times")  # 'rejected it twice in two months'
    return _Fig(s, e, value, "other", "multiplier", unit="times")


_MULT_AFTER = re.compile(
    r"\s+(?:(?:as|the|that|what|its|his|her|their|our|a|an|more|less|over|daily|weekly|monthly|yearly|"
    r"per|each|every)\b|\$|£|€|\d)"
)


def _read_aunit(g: Any, s: int, e: int, text: str) -> _Fig | None:
    words = g.aunit.lower().split()
    unit = nb.unit_of(words[-1])
    tail = (g.aunittail or "").lower()
    left = text[max(0, s - 25) : s]
    if words[-1] == "second" and not tail:
        k = g.aunit.lower().rfind("second")
        return _read_ordinal_word(g.aunit[k:], s + k, e, text)
    if "or two" in tail:
        return _Fig(s, e, 1.0, "duration", "duration:a-unit-or-two", value_max=2.0, unit=unit)
    if "half" in tail:
        return _Fig(s, e, 1.5, "duration", "duration:a-unit-and-a-half", unit=unit)
    m = _HEDGE_LEFT.search(left)
    if m and m.group("q").lower() != "within":
        return _Fig(s, e, 1.0, "duration", "duration:hedged-a-unit", unit=unit)
    return None


def _read_couple(s: int, e: int, text: str) -> _Fig | None:
    """'a couple of weeks', 'A pair of classic breaks', 'a trio of second-half tries' (only before 'of': not
    'the couple were married', 'the pair have split')."""
    if not _OF.match(text[e : e + 5]):
        return None
    if text[s:e].lower().endswith("pair") and _PAIR_OF_ONE.match(text, e):
        return None  # 'a pair of trainers', 'a safe pair of hands': one thing, or an idiom
    return _Fig(s, e, 3.0 if text[s:e].lower().endswith("trio") else 2.0, "count", "count:a-couple")


_PAIR_OF_ONE = re.compile(
    r"\s+of\s+(?:[a-z]+\s+)?(?:hands|heels|trousers|trainers|shoes|glasses|sunglasses|jeans|boots|socks|gloves|eyes"
    r"|legs|eyelashes|scissors|pants|shorts|tights|earrings|binoculars|headphones|spectacles|lungs)\b"
)


def _number_value(g: Any) -> float | None:
    raw = g.num
    if raw[0].isdigit() or raw[0] == ".":
        return nb.parse_digits(raw)
    return nb.parse_words(raw)


_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_HALF = re.compile(r"[ -]half\b")
_CURRENCY_AFTER = re.compile(r"-(dollar|euro|pound|yen)s?\b")
_OF_A_UNIT = re.compile(
    r"\s+of\s+an?\s+(second|minute|hour|day|week|mile|metre|meter|inch|point|percentage[ -]point|degree)\b"
)
_UNIT_AND = re.compile(r"(?<![\d\w])(?i:(year|month|week|day|hour|minute|decade|century))\s+and\s+$")
_HALF_TIME = re.compile(r"\s+time\b", re.I)
_OCLOCK = re.compile(r"\s+o['’]\s?clock\b")  # (not 'the 10 O'clock News')


def _read_number(g: Any, s: int, e: int, text: str) -> _Fig | list[_Fig] | None:
    raw = g.num
    if not raw:
        return None  # (no group took the match: 'dozenſ', whose long s only a Unicode case fold reads as 's')
    words = not (raw[0].isdigit() or raw[0] == ".")
    value = _number_value(g)
    if value is None:
        return _split_words(raw, s, text) if words else None
    if g.half:
        value += 0.5
    oclock = _OCLOCK.match(text, e)
    if oclock and 1 <= value <= 12 and value == int(value) and not g.cur and not g.unit and not g.scale:
        return _Fig(s, oclock.end(), value, "time", "time:o-clock")  # 'at four o'clock'
    f = _Fig(s, e, value, "count", "count", words=words)
    if g.age:
        f.kind, f.unit, f.rule = "age", "year", "age:year-old"
        return f
    if g.speed:
        if g.cur and g.speed.strip(" -").lower().startswith("m "):  # 'about $1.8m an hour': money, not a speed
            f.value, f.kind, f.rule = value * 1e6, "money", "money:rate"
            f.unit = nb.CURRENCIES.get(g.cur.strip().lower().rstrip("."), "USD")
        else:
            f.kind, f.unit, f.rule = "measure", _speed_unit(g.speed), "measure:speed"
        return f
    cur = g.cur
    scale = (g.scale or "").strip().lower().lstrip("-")
    unit_word = (g.unit or "").strip()
    if cur:
        f.unit, f.kind, f.rule = nb.CURRENCIES.get(cur.strip().lower().rstrip("."), "USD"), "money", "money:symbol"
    if scale and _read_scale(f, g, scale, text, unit_word):
        return f
    if g.plus:
        f.relation, f.qualifier = ">", g.plus.lstrip("-")
    if unit_word and g.usep == " " and (
        _HYPHEN_WORD.match(text[e : e + 2]) or (unit_word.lower() in ("second", "first") and _HALF.match(text, e))
    ):
        f.end = e - len(unit_word) - 1  # '$639m year-earlier', 'a 19-5 second half run': not the number's unit
        unit_word = ""
    if unit_word and g.usep == " " and not cur and _title_unit(unit_word, text, s):
        return None  # '21 Grams actress Naomi Watts', '9 Songs': a title, not a measure
    if unit_word:
        _apply_unit(f, unit_word, g, text)
    elif not cur and not scale:
        f.bare = True
    return f


def _read_scale(f: _Fig, g: Any, scale: str, text: str, unit_word: str) -> bool:
    """Apply the scale word ('m', 'bn', 'million'); True when that reads the whole figure: '100m' metres,
    or a currency word after it ('a 115-million-dollar order')."""
    if scale == "m" and not g.cur and not _m_is_million(text, f.end, unit_word, f.start):
        f.end = f.start + len(g.cur or "") + len(g.num) + len(g.scale)
        f.unit, f.kind, f.rule = "m", "measure", "measure:metres"
        return True
    f.value = (f.value or 0) * _scale(scale)
    money = _CURRENCY_AFTER.match(text, f.end) if not g.cur and not unit_word else None
    if money is not None:
        f.end, f.kind, f.rule = money.end(), "money", "money:word-after"
        f.unit = nb.CURRENCIES.get(money.group(1).lower(), "USD")
        return True
    return False


def _title_unit(unit_word: str, text: str, s: int) -> bool:
    """A unit word in Title Case mid-sentence ('21 Grams'): the number is part of a title."""
    if not (unit_word[0].isupper() and unit_word[1:].islower() and len(unit_word) > 2):
        return False
    if nb.unit_of(unit_word.lower()) in nb.CURRENCIES.values():
        return False  # ('1.2bn Australian dollars')
    return not re.search(r"(?:^|[.!?:\n]\s*)[\"“‘']?$", text[max(0, s - 3) : s])


def _split_words(raw: str, s: int, text: str) -> list[_Fig]:
    """'two and three' did not parse as one number: read each part on its own."""
    out = []
    for m in re.finditer(r"[A-Za-z]+(?:[ -][A-Za-z]+)*", raw):
        part = m.group()
        subs = re.split(r"\s+and\s+", part)
        if len(subs) == 1 and " " in part and nb.parse_words(part) is None:
            subs = part.split()  # 'two one-man shows': 'two' and 'one' on their own
        for sub in subs:
            i = raw.find(sub, m.start())
            v = nb.parse_words(sub)
            if v is not None and sub.lower() != "and":
                out.append(_Fig(s + i, s + i + len(sub), v, "count", "count", words=True, bare=True))
    return out


_SCALE_VALUES = {"bn": 1e9, "billion": 1e9, "billions": 1e9, "mn": 1e6, "m": 1e6, "million": 1e6, "millions": 1e6,
                 "tn": 1e12, "trn": 1e12, "trillion": 1e12, "trillions": 1e12, "k": 1e3, "thousand": 1e3,
                 "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # fmt: skip ('Rs 24 lakh', '₹3 crore')


def _scale(word: str) -> float:
    return _SCALE_VALUES[word]


_COUNTED_UNITS = frozenset(("ounce", "barrel", "tonne", "ton", "lb", "gallon"))
"""Units that follow a scale 'm' (million), never a length: '113.5m ounces'."""


_MONEY_VERBS = frozenset(
    "saved save saving spent spend spending cost costs costing raised raise raising paid pay paying earned earn"
    " earning invested invest investing fined bid offered sold bought worth owes owed lost losing".split()
)
_OF_PART = re.compile(r"\s+of\s+(?:the|its|his|her|their|this|these|those|[A-Z][\w’']*['’]s?)\b")


def _m_is_million(text: str, e: int, unit_word: str, s: int = -1) -> bool:
    """'20m people' is 20 million; '508m tall' is 508 metres; 'it saved 65m' and '1.1m of the UK's
    1.6m Muslims' (a money verb before, a part "of" a whole after) are millions too."""
    if unit_word and nb.CURRENCIES.get(unit_word.lower()):
        return True
    if unit_word and nb.unit_of(unit_word.lower()) in _COUNTED_UNITS:
        return True  # 'about 113.5m ounces', '2m barrels a day'
    nxt = _next_word(text, e)
    if nxt.lower() in nb.SPORT_DISTANCE_NOUNS:
        return False  # '60m hurdles', '400m freestyle'
    if s >= 0 and not unit_word:
        prev = text[max(0, s - 30) : s].split()[-1:]
        if prev and prev[0].lower().strip(",") in _MONEY_VERBS:
            return True
        if _OF_PART.match(text, e) and "." in text[s:e]:
            return True  # (a decimal: not 'ran 400m of the track')
    return _is_plural(nxt) and nxt.lower() not in ("points", "times", "years", "seconds")


def _read_half_a(unit_word: str, s: int, e: int) -> _Fig:
    """'half-a-second' (0.5 second), 'half an hour', 'half a dozen' (6)."""
    low = unit_word.lower().replace("-", " ")
    if low == "dozen":
        return _Fig(s, e, 6.0, "count", "count:half-a-dozen", words=True)
    unit = nb.unit_of(low) or low
    kind = "duration" if unit in nb.TIME_UNITS else "percent" if unit == "percentage points" else "measure"
    return _Fig(s, e, 0.5, kind, f"{kind}:half-a-unit", unit=unit)


def _speed_unit(raw: str) -> str:
    raw = raw.strip(" -").lower()
    m = re.match(r"(m|km|metres|meters|miles|feet)\s+(?:per|an|a)\s+(\w+)", raw)
    if not m:
        return nb.UNITS.get(raw, raw)
    dist = {"metres": "m", "meters": "m", "miles": "mile", "feet": "ft"}.get(m.group(1), m.group(1))
    per = nb.MEASURE_SPEEDS.get(m.group(2), m.group(2))
    if dist == "mile" and per == "h":
        return "mph"
    return f"{dist}/{per}"


_OLD = re.compile(r"\s+old\b")


def _apply_unit(f: _Fig, unit_word: str, g: Any, text: str) -> None:
    low = " ".join(unit_word.lower().split())
    currency = nb.CURRENCIES.get(low)
    if low == "p" and f.value in _RESOLUTIONS and g.usep is None:
        f.value = None  # '1080p', '720p': a video resolution, not pence
        return
    if (currency and low not in ("p",)) or (low == "p" and not f.words):
        if low in ("pounds",) and not g.scale and not g.cur and _weight_context(text, f.start):
            f.unit, f.kind, f.rule = "lb", "measure", "measure:pounds-weight"
            return
        f.unit, f.kind, f.rule = currency, "money", "money:word"
        if low in nb.HUNDREDTHS:
            f.value = f.value / 100 if f.value is not None else None
        return
    unit = nb.unit_of(low)
    if unit is None:
        return
    f.unit = unit
    if unit in ("percent", "percentage points", "basis points"):
        f.kind, f.rule = "percent", "percent"
    elif unit == "times":
        f.kind, f.rule = ("count", "count:n-times-adjective") if g.usep == "-" else ("other", "multiplier")
        if g.usep == "-":
            f.unit = None
        elif not _times_multiplies(text, f.start, f.end):
            f.kind, f.rule, f.unit, f.noun = "count", "count:occasions", None, "times"
    elif unit in nb.TIME_UNITS:
        f.kind, f.rule = "duration", "duration"
        f.plural_unit = low.endswith("s") and g.usep != "-"
        if _OLD.match(text[f.end : f.end + 6]):
            f.kind, f.rule, f.end = "age", "age:years-old", f.end + 4
    elif unit == "point" and g.usep != "-" and _vote_margin(text, f.start):  # (not "a 56-point deal")
        f.unit, f.kind, f.rule = "percentage points", "percent", "percent:vote-margin"
    elif unit == "point" and _game_points(text, f.start):
        f.kind, f.rule = "count", "count:game-points"  # '30 points', 'five points off fourth place'
    else:
        f.kind, f.rule = "measure", "measure"


# Points in a story about votes or polls are percentage points ("won by 30 points", "a
# margin of 20 points"); points in a game, a match or an index stay points.
_VOTE_WORDS = re.compile(
    r"(?i)\b(?:polls?|polled|polling|elections?|electoral|voters?|votes?|voted|ballots?|referendum|"
    r"governor|gubernatorial|senate|senator|primary|primaries|candidates?|Democrats?|Republicans?|"
    r"Labour|Tory|Tories|Conservatives?|Lib Dems?|approval|survey|surveyed|percentage)\b"
)
_GAME_WORDS = re.compile(
    r"(?i)\b(?:games?|match(?:es)?|quarter|half-time|halftime|season|scored|scoring|scores?|goals?|"
    r"touchdowns?|baskets?|rebounds?|assists?|coach|team|league|tournament|rank(?:ing|ed)?|ATP|WTA|"
    r"index|indices|shares|stocks?|Dow|FTSE|Nasdaq|Nikkei|S&P)\b"
)


_RESOLUTIONS = frozenset((240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0))
_MARKET_WORDS = re.compile(
    r"(?i)\b(?:index|indices|Dow|FTSE|Nasdaq|S&P|Nikkei|Dax|Cac|Hang Seng|shares?|stocks?|bonds?|yields?|"
    r"markets?|traders?|rates?|percentage|polls?|votes?|per\s?cent)\b|%"
)
_GAME_POINTS = re.compile(
    r"(?i)\b(?:league|table|premiership|championship|season|match(?:es)?|games?|scored|scoring|rebounds?|"
    r"assists?|goals?|team|win|won|points?\s+(?:clear|behind|adrift|off|ahead)|top|bottom|relegation)\b"
)


def _game_points(text: str, start: int) -> bool:
    """Whether "N points" counts points in a game or a league table (a count), not an index level or
    a share of a vote (measures)."""
    lo = max(0, start - 300, text.rfind(". ", 0, start))
    hi = text.find(". ", start)
    window = text[lo : hi if 0 <= hi < start + 120 else start + 120]  # the sentence, about
    return bool(_GAME_POINTS.search(window)) and not _MARKET_WORDS.search(window)


def _vote_margin(text: str, start: int) -> bool:
    """Whether "N points" at ``start`` is a gap between shares of a vote or a poll: the two
    sentences before it speak of votes or polls, and nothing there speaks of a game or a market."""
    window = text[max(0, start - 400) : start + 80]
    return bool(_VOTE_WORDS.search(window)) and not _GAME_WORDS.search(window)


_MULT_NEXT = frozenset(
    "more less fewer as the that what its his her their our my your over greater".split()
)


def _times_multiplies(text: str, start: int, end: int) -> bool:
    """'ten times bigger', 'four times as many', 'rose five times': a multiplier.

    'won four times', 'was intercepted three times': occasions (a count of times).
    """
    nxt = _next_word(text, end).lower()
    if nxt in _MULT_NEXT or (len(nxt) > 3 and nxt.endswith(("er", "fold"))) or nxt in _TREND:
        return True
    prev = _prev_word(text, start).lower()
    return prev in _TREND or prev in ("by", "than", "about", "some", "nearly", "almost", "around", "roughly")


def _weight_context(text: str, start: int) -> bool:
    return bool(_WEIGHT.search(text[max(0, start - 40) : start]))


_WEIGHT = re.compile(r"(?i)\b(?:weigh|weighs|weighed|weighing|lost|gained|heavy)\b")


# --- step 2b: identifiers and bare-number kinds ---------------------------------------------


def _glued(text: str, s: int) -> bool:
    """Digits glued to a code: 'A321', 'COVID-19', 'F-16', '.MIWD00000' (not 'midnight-to-8')."""
    if not s:
        return False
    before = text[s - 1]
    if before.isalpha():
        return True
    if before in "-." and text[s - 2 : s - 1].isalpha():
        token = text[max(0, s - 12) : s - 1].split()[-1] if text[max(0, s - 12) : s - 1].split() else ""
        return before == "." or any(c.isupper() or c.isdigit() for c in token)
    return False


_SHIRT_NUMBER = re.compile(r"\b[A-Z][\w'’-]+\s+at\s+$")
_POSITIONS = re.compile(
    r"\b(?:at|in)\s+(?:(?:outside|inside|left|right|open|blind)[\s-])?(?:wing|centre|full-back|fly-half|scrum-half"
    r"|flanker|hooker|prop|lock|number\s+(?:eight|8)|No\s*8|loosehead|tighthead)\b"
)
"""Rugby positions named beside a player: then "Morgan at 15" is a shirt number, the full-back."""


def _title_or_position(text: str, s: int, e: int, prev: str, nxt: str) -> str | None:
    """A number inside a title ('radio station 6 Music for a week', "('03 Bonnie & Clyde)"), or a rugby
    shirt number beside a position ('Kevin Morgan at 15, Rhys Williams at wing': the full-back)."""
    if _in_a_title(text, s, e, nxt):
        return "in-a-title"
    if prev != "at" or not _SHIRT_NUMBER.search(text, max(0, s - 40), s):
        return None
    return "position" if _POSITIONS.search(text, max(0, s - 120), e + 120) else None


def _dotted(text: str, s: int, e: int) -> bool:
    """The number is one part of a dotted code: '.1' of '4.7.1', or '4.7' before '.1'."""
    return (text[s : s + 1] == "." and text[s - 1 : s].isdigit()) or (
        text[e : e + 1] == "." and text[e + 1 : e + 2].isdigit()
    )


def _identifier(f: _Fig, text: str) -> str | None:
    """Why a digit number is an identifier (a name, model or code), or None."""
    s, e = f.start, f.end
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    b2 = text[s - 2] if s > 1 else " "
    if _glued(text, s) or (before == ":" and b2.isdigit()):
        return "glued-letters-before"  # COVID-19, F-16, A321, .MIWD00000
    if text[max(0, s - 2) : s] == "&#" and after == ";":
        return "html-entity"  # 'clich&#233;d': a character code left in scraped text
    if after.isalnum() or (after in "-" and text[e + 1 : e + 2].isalpha() and f.bare and not f.words):
        if after.isalnum():
            return "glued-letters-after"  # 3G, 777x
    if f.words or not f.bare:
        return None
    raw = text[s:e]
    if _DIGITS6.fullmatch(raw) or _dotted(text, s, e):
        return "long-code"  # (or one part of 'iTunes 4.7.1', of an IP address: no part is a figure)
    if before == "/" and _SLASH_CODE.search(text, max(0, s - 30), s):
        return "slash-code"  # suit number FHC/ABJ/03/095/2018
    prev = _prev_word(text, s)
    nxt = _next_word(text, e)
    if prev.lower() == "magnitude" or (prev in ("No.", "No") and text[s - 1 : s] == " " and _no_rank(f, text)):
        _read_head(f, prev)
        return None
    if prev and prev.lower().rstrip(".") in ID_HEADS and not (prev == "number" and (f.words or (f.value or 0) <= 200)):
        return f"after-{prev.lower().rstrip('.')}"
    named = _named_number(prev, nxt, raw, text, s, e) if _is_name_before(prev) else None
    if named:
        return named
    if raw in ("911", "999", "112") and nxt.lower().startswith(("call", "operator", "dispatch", "emergenc")):
        return "emergency-number"
    slot = _title_or_position(text, s, e, prev, nxt)
    if slot:
        return slot
    if _after_a_number(text, s) and text[e : e + 1] not in "-–/":
        return "after-a-number"  # roughly 400 737 Max jets, five 787 Dreamliner sales
    if _DIGITS34.fullmatch(raw) and not _YEARLIKE.fullmatch(raw) and _model_follows(text, e):
        return "model-number"  # the 777 program, 737 Max jet
    return None


def _named_number(prev: str, nxt: str, raw: str, text: str, s: int, e: int) -> str | None:
    """A number after a name: part of it ('Rover 25', 'Section 427'; 'RBS 6 Nations', 'Pier 1 Imports'), not
    a count ('Unison's 70,000', a score 'Arsenal 2 Chelsea 1')."""
    if _score_follows(text, s, e) or "," in raw:
        return None
    if (not _is_plural(nxt) or nxt in _VERBS_S) and not _PRICE.fullmatch(raw):
        return "after-name"  # Rover 25, Firefox 1.0, Section 427, TFC 101 Tower
    if nxt[:1].isupper() and nxt[1:].islower() and text[e : e + 1] == " " and "." not in raw:
        return "inside-a-name"  # 'RBS 6 Nations', 'Pier 1 Imports'
    return None


def _read_head(f: _Fig, prev: str) -> None:
    """A word before the number that reads it: 'magnitude 6.2'; 'World No. 1', 'No. 1 Wake Forest' (a rank)."""
    if prev.lower() == "magnitude":
        f.kind, f.unit, f.rule, f.bare = "measure", "magnitude", "measure:magnitude", False
    else:
        f.start, f.kind, f.rule, f.bare = f.start - len(prev) - 1, "ordinal", "ordinal:no-rank", False


_NO_RANK_NEXT = re.compile(
    r"(?:\s+(?:[A-Z]|(?:seed|seeds|ranking|rankings|ranked|spot|position|player|players|team|pick|"
    r"in|for|and|or|on|with|at|by|after|since|status|slot)\b)|[,.;:)!?'’\"”]|$)"
)


def _no_rank(f: _Fig, text: str) -> bool:
    """'No. 1' before a name, a ranking word or the end of a clause: a rank ('No. 42 jersey' is a number)."""
    v = f.value or 0
    if v == 10 and not re.match(r"\s+(?:seed|ranking|ranked|spot|position|player|pick)\b", text[f.end : f.end + 12]):
        return False  # 'drafted in No 10', 'No 10 Downing Street': the prime minister's house
    return 0 < v <= 50 and v == int(v) and bool(_NO_RANK_NEXT.match(text, f.end))


def _in_a_title(text: str, s: int, e: int, nxt: str) -> bool:
    """A number inside a name: a station after 'station'/'channel' ('radio station 6 Music'), or a
    two-digit year before a title ("('03 Bonnie & Clyde)"); not '3 Grammy awards' or 'In '03 the firm'."""
    if not (nxt[:1].isupper() and nxt[1:].islower()) or _is_plural(nxt) or nxt.lower() in nb.MONTHS:
        return False
    if re.search(r"\b(?:station|channel|network)\s+$", text[max(0, s - 12) : s]):
        return True
    return text[s - 1 : s] in "'’" and s > 0 and _TITLE_PAIR.match(text, e) is not None


_TITLE_PAIR = re.compile(r"\s[A-Z][a-z]+\s+(?:&|and)\s+[A-Z]")
_SCORE_TAIL = re.compile(r"[-–](\d{1,3})\b")
_VERBS_S = frozenset(
    "sells says gets wins hits tops leads beats makes takes goes comes launches arrives returns faces sees shows "
    "ships breaks sets opens debuts".split()
)  # 'Halo 2 sells five million copies': a title, then a verb
_SLASH_CODE = re.compile(r"[A-Za-z0-9]+/(?:[A-Za-z0-9]+/)+$")


_PRICE = re.compile(r"\d{1,3}(?:,\d{3})*\.\d\d|\d{2,}\.\d\d")
"""A price or level (two decimals) after a name is a figure: 'HOME DEPOT INC. 225.86', not a model."""


def _score_follows(text: str, s: int, e: int) -> bool:
    """'Chelsea 3-1', 'the Celtics 112-104' (a score), unlike 'Boeing 737-800'."""
    m = _SCORE_TAIL.match(text[e : e + 5])
    return bool(m) and (e - s <= 2 or bool(_SPORT.search(text[max(0, s - 60) : e + 30])))


def _after_a_number(text: str, s: int) -> bool:
    before = text[max(0, s - 14) : s]
    if not before.endswith(" ") or before.endswith("  ") or not before.strip():
        return False
    tok = before.split()[-1]
    if tok[-1:] in ";:.)" or (tok.endswith(",") and _YEARLIKE.fullmatch(tok[:-1])):
        return False  # 'In 2004, 25 children': a clause ends before the number (but 'Windows 95, 98' is a list)
    if tok.lower() in _NUMBER_WORDS:
        return True
    return tok.replace(",", "").replace(".", "").isdigit() and not _YEARLIKE.fullmatch(tok)


def _model_follows(text: str, end: int) -> bool:
    """A singular name or noun follows ('737 Max jet', 'the 777 program'), no plural soon after."""
    toks = _TOKEN.findall(text[end : end + 40])[:3]
    if not toks or not toks[0][0].isalpha() or _is_plural(toks[0]) or nb.unit_of(toks[0]):
        return False
    first = toks[0]
    if first[0].islower() and (first in STOP or first in RUN_SKIP or first.endswith(("ed", "ing", "est", "er"))):
        return False
    if toks[0][0].isupper() and NATIONALITY.match(toks[0]):
        return False
    return not any(_is_plural(t) for t in toks[1:] if t[0].isalpha())


def _is_name_before(prev: str) -> bool:
    if not prev or not (prev[0].isupper() or prev[0] == "&"):
        return False
    core = prev.rstrip(".")
    low = core.lower()
    if low in FUNCTION_CAPS or low in nb.MONTHS or low in nb.WEEKDAYS or core.endswith(("'s", "’s", "s'", "s’")):
        return False
    return not (low.endswith("$") or low in nb.CURRENCIES)


_AGE_IS = re.compile(r"\bage\b[^.;:!?\d]{0,70}?\b(?:is|was|be|been|remains|to|at|from)\s+$")
"""A number an age is set to, later in its clause: 'the voting age is 18', 'the age of majority was reduced to
18', 'the minimum age for candidates ... must be 21', 'the age for standing for election at 21'."""
_AGE_VERB_ENDS = (" was ", " is ", " now ", " been ", " turns ", " turned ", " be ")
_DIED_AT = re.compile(r"(?i)\b(?:died|dies|dying|death)\s+at\s+(?:the\s+age\s+of\s+)?$")
_WAS_AGE = re.compile(
    r"(?:^|[^\w])(?:[Hh]e|[Ss]he|who|I)\s+"
    r"(?:was|is|is now|would have been|turns|turned|will\s+be|would\s+be|'ll\s+be)\s+$"
)


_AGE_RATING = re.compile(r"-rated(?:\s+([a-z]{3,}))?\b|[ -]certificate\b|[ -]rating\b")


def _bare_kind(f: _Fig, text: str) -> None:
    """Years, ages and index levels among bare numbers (no unit, currency or scale)."""
    raw = text[f.start : f.end]
    v = f.value
    left = text[max(0, f.start - 30) : f.start]
    nxt = _next_word(text, f.end)
    if v is None:
        return
    if "/" in raw:
        _slash_kind(f, raw, text[f.end : f.end + 12])
        return
    if (
        not f.words
        and _YEARLIKE.fullmatch(raw)
        and (
            not (_is_plural(nxt) and nxt.lower() not in ("results", "accounts", "elections", "games", "olympics"))
            or _prev_word(text, f.start).lower() in nb.YEAR_BEFORE
            or (1900 <= v <= 2030 and _DETERMINED.search(left))  # 'the 1972 killings', 'their 1960 levels'
        )
    ):
        f.kind, f.rule = "year", "year"
        return
    of_a = _OF_A_UNIT.match(text, f.end) if "." in raw or v < 1 else None
    if of_a is not None:  # 'with 0.5 of a second remaining', '0.2 of a percentage point'
        unit = nb.UNITS.get(of_a.group(1).lower().replace("-", " "), of_a.group(1).lower())
        f.end, f.unit, f.bare = of_a.end(), unit, False
        f.kind, f.rule = ("duration" if unit in nb.TIME_UNITS else "measure"), "measure:of-a-unit"
        return
    if 5 < v < 24 and (left.endswith(("under ", "under-", "Under ", "Under-"))) and nxt.lower() in _YOUTH_SIDES:
        f.kind, f.unit, f.rule = "age", "year", "age:youth-side"  # 'Great Britain's under 14 boys'
        return
    if 0 < v < 120 and _DIED_AT.search(left):
        f.kind, f.unit, f.rule = "age", "year", "age:died-at"  # 'Johnny Kelley ... died at 97.'
        return
    rating = _AGE_RATING.match(text, f.end) if 0 < v < 120 else None
    if rating is not None:
        f.kind, f.unit, f.rule = "age", "year", "age:rating"  # 'an 18-rated game', 'an 18 certificate'
        f.noun = rating.group(1)
        return
    low_left = left.rstrip().lower()
    if (0 < v < 120 and left.endswith(_AGE_VERB_ENDS) and _WAS_AGE.search(left)
            and (_CLAUSE_ENDS.match(text, f.end) or nxt in ("when", "so", "next", "this", "by", "and"))):  # fmt: skip
        f.kind, f.unit, f.rule = "age", "year", "age:he-was"  # 'He died on Monday. He was 48.'
        return
    if (left.endswith(" ") and low_left.endswith((" aged", " age of", " ages of", " ages", " age", " age to", " age at",
                                                  " ages from", " age from", " aged between", " aged from",
                                                  " aged over", " aged under"))) or (
        0 < v < 120 and _PEOPLE_OVER.search(low_left) and _AGE_GROUP_END.match(text, f.end)
    ) or (
        0 < v < 120 and re.search(r"[A-Z][\w’'-]+, now $", left) and text[f.end : f.end + 1] == ","
    ) or (
        left.endswith(", ") and left[-3:-2].isalpha() and 0 < v < 120
        and (text[f.end : f.end + 1] == "," or (text[f.end : f.end + 1] == "." and (
            _SAID_NAME.search(left) or _FULL_NAME_COMMA.search(left))))
    ):  # fmt: skip  ('Chrissie Hynde, 53, said'; 'said Hynde, 53.'; 'chef Nick Wood, 41.'; 'Agassi, now 34, has')
        f.kind, f.unit, f.rule = "age", "year", "age:aged"
        return
    if 0 < v < 120 and v == int(v) and "age" in text[max(0, f.start - 80) : f.start] and (
        _AGE_IS.search(text, max(0, f.start - 80), f.start)
    ):
        f.kind, f.unit, f.rule = "age", "year", "age:the-age-is"  # 'the voting age is 18', '... reduced to 18'
        return
    if 0 < v < 120 and low_left.endswith((" turn", " turns", " turned", " turning")) and (
        _CLAUSE_ENDS.match(text, f.end) or nxt.lower() in ("next", "this", "last", "in", "on", "and", "when")
    ):
        f.kind, f.unit, f.rule = "age", "year", "age:turned"  # 'when I turn 60', 'she turned 40 last week'
        return
    if not f.words and v >= 100 and _INDEX_LEVEL.fullmatch(raw):
        sentence = text[max(0, f.start - 200) : f.end + 60]
        if nb.INDEX_WORDS.search(sentence):
            f.kind, f.unit, f.rule = "measure", "point", "measure:index-level"
            return
    if not f.words and "." in raw:
        _implied_unit(f, raw, text)


_PEOPLE_OVER = re.compile(
    r"\b(?:people|adults|voters|those|men|women|children|pensioners|drivers|patients|workers|viewers|listeners)"
    r"\s+(?:under|over|above|below|older\s+than|younger\s+than)$"
)
"""'39% of people under 55', 'drivers over 70': an age group."""
_AGE_GROUP_END = re.compile(r"(?:\s*[.,;:)]|\s+(?:who|are|were|and|or|said|say|have|had|is|was|in|to)\b)")


# Bare decimals whose unit the sentence implies: an exchange rate ("the Thai baht ...,
# trading at 39.10"; "the yen ... at 108.55 per dollar") and a race time ("clocking 8.06",
# "a season's best of 7.48", "Sarah Claxton (7.96)").
_FX_LEFT = re.compile(
    r"(?i)\b(?:trad(?:e|es|ed|ing)|stood|stands|closed|ended|finished|quoted|changed hands|was|is)"
    r"(?:\s+\w+ly)?\s+at\s+$|\b(?:greenback|dollar|euro|currency)\s+at\s+$"
)
_FX_RIGHT = re.compile(r"(?i)^\s+(?:per|to the|against the|a)\s+(?:US\s+|U\.S\.\s+)?(?:dollar|euro|greenback)\b")
_FX_NAME = re.compile(
    r"(?i)(?<!against the )(?<!versus the )(?<!to the )(?<!per )\b(baht|rupiah|yen|yuan|renminbi|rupee|"
    r"ringgit|euro|sterling|pound|franc|rouble|ruble|rand|zloty|shekel|naira|lira|peso|dollar)s?\b"
)
_FX_CODES = {"sterling": "GBP", "pound": "GBP", "rouble": "RUB", "ruble": "RUB", "zloty": "PLN",
             "shekel": "ILS", "dollar": "USD"}  # fmt: skip
_RACE_LEFT = re.compile(
    r"(?i)(?:\bclock(?:ed|ing|s)?|\btim(?:e|ed)(?:\s+of)?|\bbest\s+of|\brecord\s+of|\bran|\bwon\s+in|"
    r"\bwin\s+in|\bfinished\s+in|\bgold\s+in|\btitle\s+in)\s+$"
)
_RACE_WORDS = re.compile(
    r"(?i)\b(?:\d+m|\d+\s?metres|hurdles|sprint(?:er|s)?|race|heats?|relay|marathon|athletics|"
    r"personal best|season'?s best|world record|national record|indoor|outdoor|seconds|sec)\b"
)


def _implied_unit(f: _Fig, raw: str, text: str) -> None:
    sentence = text[max(0, text.rfind(". ", 0, f.start) + 1, text.rfind("\n", 0, f.start) + 1) : f.start]
    left = text[max(0, f.start - 40) : f.start]
    if _FX_LEFT.search(left) or _FX_RIGHT.match(text[f.end : f.end + 30]):
        names = [m.group(1).lower() for m in _FX_NAME.finditer(sentence)]
        named = [n for n in names if n != "dollar"] or names
        if named:
            code = _FX_CODES.get(named[0]) or nb.CURRENCIES.get(named[0])
            if code:
                f.kind, f.unit, f.rule = "money", code, "money:exchange-rate"
                return
    decimals = raw.rsplit(".", 1)[-1]
    race = _RACE_WORDS.search(sentence + text[f.end : f.end + 80])
    if len(decimals) == 2 and f.value is not None and f.value < 60 and race:
        paren = left.endswith("(") and text[f.end : f.end + 1] == ")" and left[:-1].rstrip()[-1:].isalpha()
        if paren or _RACE_LEFT.search(left):
            f.kind, f.unit, f.rule = "duration", "second", "duration:race-time"


def _slash_kind(f: _Fig, raw: str, tail: str) -> None:
    a, b = raw.replace(",", "").split("/")[:2]
    if _YEAR_DIGITS.fullmatch(a) and len(b) in (1, 2, 4):
        end = int(a[: 4 - len(b)] + b) if len(b) < 4 else int(b)
        if end > int(a):
            f.value, f.value_max, f.kind, f.rule = float(a), float(end), "year", "year:span"
            return
    x, y = float(a or 0), float(b or 0)
    if y in (2, 3, 4, 8, 16, 32, 64) and x < y:
        f.value, f.kind, f.unit, f.rule = x / y, "other", "fraction", "fraction:slash"
        if tail.startswith(" in price"):
            f.kind, f.unit, f.rule = "measure", "point", "measure:bond-price"
        return
    if x <= 99 and y <= 99 and y < x:
        f.value, f.kind, f.rule = x, "other", "score:slash"
        return
    f.value = None  # 24/7, 9/11: not a figure


def _read(g: Any, s: int, e: int, text: str) -> _Fig | list[_Fig] | None:
    if g.month or g.dday or g.mmonth or g.iso or g.sdate:
        return _read_date(g, s, e)
    if g.race:
        return _Fig(s, e, nb.parse_race_time(g.race), "duration", "duration:race-time", unit="second")
    if g.halfa:
        return _read_half_a(g.halfunit, s, e)
    if g.hh or g.hhmm or g.mil or g.mil0:
        return _read_time(g, s, e)
    if g.decade:
        return _read_decade(g, s + (1 if (g.apos and not g.decmod) else 0), e, text)
    if g.agegrp:
        rel = ">" if g.agegrp.lower() == "over" else "<"
        return _Fig(s, e, float(g.agenum), "age", "age:group", relation=rel, qualifier=g.agegrp, unit="year")
    if g.vqual or g.vague:
        return _read_vague(g, s, e, text)
    if g.frac:
        return _read_and_a_half(g, s, e, text) or _read_frac(g, s, e, text)
    if g.ina:
        return _read_in(g, s, e)
    if g.ord:
        return _read_ordinal_word(g.ord, s, e, text)
    if g.mult:
        return _read_mult(g, s, e, text)
    if g.couple or g.once or g.multv:
        return _read_word_count(g, s, e, text)
    if g.aunit:
        return _read_aunit(g, s, e, text)
    return _read_number(g, s, e, text)


def _read_word_count(g: Any, s: int, e: int, text: str) -> _Fig | None:
    """'a couple', 'once', 'tripled': a count or multiple said in one word."""
    if g.couple:
        return _read_couple(s, e, text)
    if g.once:
        return _read_once(s, e, text)
    return _read_mult_verb(g.multv, s, e, text)


_MULT_VERBS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5, "doubling": 2.0,
               "tripling": 3.0, "trebling": 3.0, "quadrupling": 4.0, "halving": 0.5, "double": 2.0, "triple": 3.0,
               "treble": 3.0, "quadruple": 4.0}  # fmt: skip
_MULT_BASE = frozenset({"double", "triple", "treble", "quadruple"})
_TO_VERB = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|shall)\s+(?:more\s+than\s+)?$", re.I)
"""'told to double overseas aid', 'a chance to double the advantage': the base form is a verb."""
def _bare_object(text: str, e: int) -> str | None:
    """The object of 'double' with no determiner ('to double overseas aid': aid), not a time or an adverb
    ('double within five years', 'double again next year')."""
    m = _BARE_OBJECT.match(text, e)
    w = m.group(1) if m is not None else ""
    low = w.lower()
    if not _thing_word(w) or low in nb.CARDINALS or low in RUN_SKIP or "again" in (m.group() if m else ""):
        return None
    return w


_BARE_OBJECT = re.compile(r"\s+(?:[a-z]{3,}\s+)?([a-z]{3,})\b(?!\s+(?:of|for)\b)")
_DOUBLE_WINNER = re.compile(
    r"\s+((?:[A-Z][a-z]+\s+|gold\s+|world\s+|title\s+)*(?:champion|champions|gold|golds|medal|title|titles|try"
    r"|winner|medallist|medalist|scorer))(?:\s+(?:winner|scorer|holder|medallist|medalist))?\b"
)
"""'Double Olympic champion Kelly Holmes', 'Double gold medal winner Holmes', 'double try scorer', 'winning
double Olympic gold': two of what follows (without its 'winner' or 'scorer')."""
_SUBJECT_OF_VERB = re.compile(r"\b([A-Za-z][a-z]{2,})(?:'s|’s)?\s+(?:(?:has|have|had|was|were|is|are)\s+)?"
                              r"(?:(?:been|more\s+than|almost|nearly|roughly|about|already|now)\s+)*$")


def _read_mult_verb(word: str, s: int, e: int, text: str) -> _Fig | None:
    """'Sales have tripled since launch' (3 times, up), 'the majority more than halved' (0.5, down):
    a verb that multiplies, with its subject as the noun. Not a passive or an adjective ('a doubled
    dose', 'were halved by the court' still counts: the amount fell by half)."""
    value = _MULT_VERBS[word.lower()]
    left = text[max(0, s - 40) : s]
    if re.search(r"\b(?:a|an|the)\s+$", left):
        return None  # 'a doubled dose': an adjective
    obj = _OBJECT_OF_VERB.match(text, e)
    if re.match(r"\s+(?:up|over|back|as\s+(?:a|an|the)\s)\b", text[e : e + 10]):
        return None  # 'doubled up in pain', 'doubled as a venue' (but 'doubled their lead' is an amount)
    down = value < 1
    f = _Fig(s, e, value, "other", "multiplier:verb", unit="fraction" if down else "times")
    f.trend = "down" if down else "up"
    m = _SUBJECT_OF_VERB.search(left)
    if obj is not None:  # 'Brown has doubled the level at which ...': what is multiplied is the object
        second = obj.group(2) or ""
        compound = bool(second) and second.lower() not in STOP and not _verb_form(second) and (
            second.lower() not in nb.CARDINALS
        )
        f.noun = second if second and (obj.group(1).lower() in _OBJECT_ADJECTIVES or compound) else obj.group(1)
    elif word.lower() in _MULT_BASE and (bare := _bare_object(text, e)) is not None:
        f.noun = bare  # 'to double overseas aid'
    elif m is not None and m.group(1).lower() not in STOP:
        f.noun = m.group(1)  # 'Sales have tripled'
    return f


_OBJECT_OF_VERB = re.compile(r"\s+(?:the|its|their|his|her|our)\s+([a-z]{3,})\b(?:\s+([a-z]{3,})\b)?")
_OBJECT_ADJECTIVES = frozenset("likely total overall annual average maximum minimum number amount".split())


def _read_once(s: int, e: int, text: str) -> _Fig | None:
    """'he only broke me once.': one occasion, before a clause end (not 'at once', 'once again',
    'once the deal is done')."""
    if text[e : e + 1] and text[e : e + 1] in ".,;!?" and not re.search(r"\bat\s+$", text[max(0, s - 4) : s]):
        return _Fig(s, e, 1.0, "count", "count:occasions", noun="times")
    return None


def _word_in_name(f: _Fig, text: str) -> bool:
    """'BBC Five Live', 'Ocean's Twelve', 'the Six Nations': a capitalised number word mid-sentence."""
    if not f.words or not text[f.start : f.start + 1].isupper() or not f.bare:
        return False
    if not _opens_sentence(text, f.start):
        return True
    name = _CAP_AFTER.match(text, f.end)  # ('One Music is not ...' where the story also writes 'the One Music title')
    return name is not None and re.search(
        rf"\b[a-z]+[ \t]+{re.escape(text[f.start : f.end])}[ \t]+{re.escape(name.group(1))}\b", text
    ) is not None


_CAP_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


_ONE_OF = re.compile(r"\s+(?:of|another|by one|at a time)\b")
_SWOOP = re.compile(r"\s+(?:[a-z]+\s+)?swoop\b")
_ONE_IDIOMS = ("off", "time", "way", "sided", "liner", "stop", "on-", "to-", "size", "of", "piece")
_RANK_BEFORE = re.compile(r"(?:\bnumber|\bplaces?\s+to)\s+$")


def _rank(f: _Fig, text: str) -> bool:
    """A place in a ranking or chart: 'world number three', 'at number one', 'debuting at number 11',
    'dropped one place to five'."""
    if f.kind != "count" or f.value is None or f.value > 200 or f.value != int(f.value):
        return False
    before = text[max(0, f.start - 12) : f.start]
    if _RANKED_IN.search(before) and _IN_THE_WORLD.match(text, f.end):
        return True  # 'Garcia-Lopez, ranked 106 in the world'
    if _MOVED_IN_RANK.search(text, max(0, f.start - 16), f.start) and _IN_THE_RANKINGS.match(text, f.end):
        return True  # 'has slipped to 64 in the world'
    if "number" not in before and "place" not in before:
        return False
    return bool(_RANK_BEFORE.search(text, max(0, f.start - 20), f.start))


_RANKED_IN = re.compile(r"\b(?:ranked|seeded|placed)\s+$")
_MOVED_IN_RANK = re.compile(
    r"\b(?:slipped|slipping|dropped|dropping|fell|falling|fallen|climbed|climbing|rose|risen|rising|moved|moving"
    r"|jumped)\s+(?:to|from)\s+$"
)
_IN_THE_RANKINGS = re.compile(r"\s+in\s+the\s+(?:world|rankings?)\b")
_IN_THE_WORLD = re.compile(
    r"\s+(?:in\s+the\s+(?:world|country|nation|league|division|rankings?|standings|table)|overall)\b"
)
_ONE_AFTER = re.compile(r"\b(?:no|every|any|each|this|that|which|the only|at|another)\s+$")
_ONE_OR_TWO = re.compile(r"(?:\s+(?:or|to)\s+|-to-)(?:two|three|2|3)\b", re.I)


def _one_is_pronoun(f: _Fig, text: str) -> bool:
    """'one of the biggest', 'this one', 'one would hope', 'at one point', 'one-off'."""
    if f.end - f.start not in (3, 9):
        return False  # neither 'one' nor 'one point'
    raw = text[f.start : f.end].lower()
    if raw == "one point" and text[max(0, f.start - 3) : f.start].lower() == "at ":
        return True
    if raw != "one" or f.kind != "count" or not f.bare:
        return False
    after = text[f.end : f.end + 20]
    left = text[max(0, f.start - 12) : f.start].lower()
    if left.endswith("number ") or _ONE_OR_TWO.match(after):
        return False  # 'the British number one will play': a rank; 'one or two seconds': a count
    if left.endswith(("no-", "no ")):
        return True  # 'no-one waits'
    if after.startswith("-"):  # 'a one-game lead' counts; 'two one-man shows', 'a one-off' do not
        return not (left.endswith((" a ", "\na ")) or left == "a ") or after[1:].lower().startswith(_ONE_IDIOMS)
    if _ONE_OF.match(after) or _ONE_AFTER.search(left):
        return True
    nxt = _next_word(text, f.end)
    if left.endswith("the ") and nxt.islower() and nxt.endswith(("ing", "ed")):
        return True  # 'the one involving Ukraine'
    if left.endswith("in ") and (nxt.lower() in ("piece", "go") or _SWOOP.match(text, f.end)):
        return True  # 'in one piece', 'in one go', 'in one (fell) swoop'

    return not nxt or nxt.lower() in STOP or nxt.lower() in ("point", "day", "last", "another")


def _read_all(text: str, cands: Iterable[tuple]) -> list[_Fig]:
    """Read each candidate (start, end, groups) of one text."""
    figs: list[_Fig] = []
    dropped: set[int] = set()  # ends of identifiers: '737-800' drops the 800 too
    models: set[str] = set()  # the digits of those identifiers
    for s, e, g in cands:
        if figs and s < figs[-1].end:
            continue  # (inside the figure before: '0.5 of a second')
        if text[s : s + 1].isdigit() and _glued(text, s):
            dropped.add(e)
            continue  # glued to letters: COVID-19, A321, .MIAPJ0000PUS
        got = _read(g, s, e, text)
        if not got:
            continue
        for f in got if isinstance(got, list) else (got,):
            if f.value is None:
                continue
            if f.bare and not f.words:
                _substitution_minute(f, text)  # ('Fuller (Yakubu 55)': not a model number)
                _scorer_minute(f, text)
            if f.kind in ("count", "measure") and not f.words and (f.bare or f.kind == "measure"):
                if _identifier(f, text) or (text[f.start - 1 : f.start] in "-/." and f.start - 1 in dropped):
                    dropped.add(f.end)
                    models.add(text[f.start : f.end])
                    continue
            if _not_a_figure(f, text):
                continue
            if _rank(f, text):
                f.kind, f.rule, f.bare, f.unit = "ordinal", "ordinal:rank", False, None
            if f.rule in ("ordinal:rank", "ordinal:no-rank") and f.value == 8 and _RUGBY.search(
                text, max(0, f.start - 400), f.end + 400
            ):
                continue  # ('The 25-year-old number eight made a scoring return', 'No 8': a rugby position)
            if f.bare:
                _bare_kind(f, text)
                if f.value is None:
                    continue
            figs.append(f)
    return _drop_model_names(figs, models, text)


def _drop_model_names(figs: list[_Fig], models: set[str], text: str) -> list[_Fig]:
    """A number the article uses as a name elsewhere ("the 7610 phone") is that name everywhere ("7610
    owners", "the 7610's functions"): four digits or more, not a year, read as a bare count."""
    names = {m for m in models if len(m) >= 4 and m.isdigit() and not _YEARLIKE.fullmatch(m)}
    if not names:
        return figs
    return [f for f in figs if not (f.kind == "count" and text[f.start : f.end] in names)]


_SUB_BEFORE = re.compile(
    r"(?:\bfor\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*\(|\(\s*(?:[A-Z][\w'’.-]*\s+){1,3})$"
)
_TEAM_SHEET = re.compile(r"(?i)\b(?:replacements|subs|substitutes|sub)\b")
_SUB_MINUTE = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+\(\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+\d{1,3}\s*\)"
)
"""A team sheet's substitution: 'Simmons (MacFarlane 64)'."""
_SCORER_LINE = re.compile(
    r"\s*(?:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+\d{1,3}(?:\s*\(?(?:pen|og)\)?)?(?:,\s*|\s+and\s+|\.?\s*$))+"
)
"""A match report's line of players and minutes: 'Miller 1, McAllister 10.', 'Bramble 35 og, Mellor 45.'"""


def _substitution_minute(f: _Fig, text: str) -> None:
    """A team sheet's substitution minute: 'Priscott for Roberts (71)', 'Faye (Berkovic 83)' in a
    paragraph with 'Replacements:' or 'Subs': a duration in minutes."""
    if f.kind != "count" or f.value is None or not 1 <= f.value <= 130 or text[f.end : f.end + 1] != ")":
        return
    if not _SUB_BEFORE.search(text, max(0, f.start - 40), f.start):
        return
    lo = text.rfind("\n", 0, f.start) + 1
    hi = text.find("\n", f.end)
    hi = hi if hi >= 0 else len(text)
    if _TEAM_SHEET.search(text, lo, hi) or len(_SUB_MINUTE.findall(text, lo, hi)) >= 2:
        f.kind, f.unit, f.rule, f.bare = "duration", "minute", "duration:substitution", False


def _scorer_minute(f: _Fig, text: str) -> None:
    """A line of a match report that lists players and minutes ('Miller 1, McAllister 10.', 'Easton 60.')
    in a story with a team sheet: goal or booking minutes."""
    if f.kind != "count" or f.value is None or not 0 <= f.value <= 130:
        return
    lo = text.rfind("\n", 0, f.start) + 1
    hi = text.find("\n", f.end)
    hi = hi if hi >= 0 else len(text)
    if _SCORER_LINE.fullmatch(text, lo, hi) and len(_SUB_MINUTE.findall(text)) >= 2:
        f.kind, f.unit, f.rule, f.bare = "duration", "minute", "duration:scorer-line", False


# --- step 3: joining neighbours --------------------------------------------------------------


_RANGE_GAP = re.compile(r"\s?(?:-|–|—)\s?|\s*(?:to|and|or)\s+|-to-")  # '\s*': '£5,001and £10,000'
_COORD_GAP = re.compile(r"\s*(?:,|and|or|-\s*and|-\s*or)\s+|\s*-?\s+(?:and|or|to)\s+")


def _join(figs: list[_Fig], text: str) -> list[_Fig]:
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        f = figs[i]
        if i + 1 < len(figs):
            joined = _join_pair(f, figs[i + 1], text, figs[i + 2] if i + 2 < len(figs) else None)
            if joined is not None and len(joined) == 1 and joined[0].rule == "duration:compound":
                figs = [*figs[: i + 1], joined[0], *figs[i + 2 :]]  # (it may take a third part:
                i += 1  # 'two hours 18 minutes 15 seconds')
                continue
            if joined is not None:
                out.extend(joined)
                i += 2
                continue
        out.append(f)
        i += 1
    return out


_FRACTION = re.compile(r"\d+/\d+")
_COMPOUND_DURATION = {("year", "month"): 12, ("year", "week"): 52, ("week", "day"): 7, ("day", "hour"): 24,
                      ("hour", "minute"): 60, ("hour", "second"): 3600}  # fmt: skip
"""Pairs of duration units written as one length ('two hours and 15 minutes', 'two hours 15 minutes'): how many of the
second make one of the first."""


def _join_pair(a: _Fig, b: _Fig, text: str, c: _Fig | None) -> list[_Fig] | None:
    gap = text[a.end : b.start]
    if len(gap) > 9:
        return None
    if a.unit == "minute" and b.unit == "second" and a.value_max is None and gap in (", ", " ", " and "):
        f = _Fig(a.start, b.end, (a.value or 0) * 60 + (b.value or 0), "duration", "duration:min-sec", unit="second")
        return [f]  # 'one minute, 47.97 seconds' is one time
    per = _COMPOUND_DURATION.get((a.unit or "", b.unit or ""))
    if per and a.kind == b.kind == "duration" and a.value_max is None and b.value_max is None and gap in (
        ", ", " and ", " "
    ) and not _BETWEEN.search(text[max(0, a.start - 40) : a.start].lower()):
        f = _Fig(a.start, b.end, round((a.value or 0) + (b.value or 0) / per, 6), "duration", "duration:compound",
                 unit=a.unit)  # fmt: skip
        f.relation, f.qualifier = a.relation, a.qualifier
        return [f]  # 'five years and eight months' is 5.67 years
    mixed = a.bare and not a.words and _FRACTION.match(text[b.start : b.end]) and (b.value or 1) < 1
    if gap in ("-", " ") and mixed:
        f = _Fig(a.start, b.end, (a.value or 0) + (b.value or 0), b.kind, "mixed-fraction", unit=b.unit)
        if b.unit == "fraction":
            f.kind, f.unit = "count", None
        return [f]
    if gap in ("-", "–") and a.bare and b.bare and not a.words and not b.words:
        return _hyphen_pair(a, b, text, c)
    if _RANGE_GAP.fullmatch(gap):
        return _range(a, b, gap, text)
    return None


def _hyphen_pair(a: _Fig, b: _Fig, text: str, c: _Fig | None) -> list[_Fig] | None:
    ra, rb = text[a.start : a.end], text[b.start : b.end]
    x, y = a.value or 0, b.value or 0
    odds = _ODDS_BEFORE.search(text, max(0, a.start - 80), a.start)
    if odds is not None and "score" not in odds.group().lower() and "." not in ra + rb:
        return [_Fig(a.start, b.end, x, "other", "odds", noun="odds")]  # 'odds of 6-9', '... Clive Owen at 5-2'
    if a.kind == "year" or (_YEAR_DIGITS.fullmatch(ra) and len(rb) in (2, 4)):
        end = float(ra[:2] + rb) if len(rb) == 2 else y
        if end > x:
            return [_Fig(a.start, b.end, x, "year", "year:span", value_max=end)]
    context = text[max(0, a.start - 60) : b.end + 30]  # a sports word here makes it a score
    if x >= 100 and y >= 50 and "." not in ra + rb and x < 1000 and y < 1000 and _SPORT.search(context):
        return [_Fig(a.start, b.end, x, "other", "score")]  # 'beat the Celtics 112-104'
    if x >= 100 and "." not in ra and not _is_plural(_next_word(text, b.end)):
        return []  # 737-800, 787-9: model numbers
    if x <= 99 and y <= 99 and "." not in ra + rb:
        nxt_pair = c is not None and text[c.start - 1 : c.start] == " " and c.start - b.end < 3
        if y <= x or nxt_pair or _SPORT.search(context):
            left = _Fig(a.start, b.end, x, "other", "score")
            return [left]
    return [_merge_range(a, b, "range:hyphen", text)]


_ODDS_BEFORE = re.compile(r"(?i)\bodds\b(?:[^.;:!?\d]|\d+-\d+){0,60}$")
"""Betting odds in the sentence before a pair ('The closing list gave Scott odds of 6-9, followed by Owen at
5-2'): the pair is odds, read like a score (its first number)."""
_BETWEEN = re.compile(r"\bbetween\s+(?:at least\s+)?$")
_FROM = re.compile(r"\bfrom\s+$")


def _range(a: _Fig, b: _Fig, gap: str, text: str) -> list[_Fig] | None:
    g = gap.strip().lower()
    g = "to" if g == "-to-" else g  # 'one-to-two weeks'
    left = text[max(0, a.start - 40) : a.start].lower()
    between = _BETWEEN.search(left)
    if b.kind == "time" and b.rule == "time:24h" and a.kind == "count" and _HHMM.fullmatch(text[a.start : a.end]):
        hh, mm = int(text[a.start : a.start + 2]), int(text[a.start + 2 : a.end])
        a.kind, a.rule, a.value, a.bare = "time", "time:24h", hh + mm / 60, False
        return None  # 'a curfew between 2200 and 0700': a four-digit number before a clock time is one too
    days = _day_range(a, b, "to" if between else g, text)
    if days is not None:
        if between and days:
            days[0].start = a.start - (len(left) - between.start())
        return days or None
    vague = a.kind == b.kind == "count" and a.words and b.words and b.value == (a.value or 0) + 1
    if g == "or" and not between and (vague or _or_range(a, b)):
        return [_merge_range(a, b, "range:or", text)]  # 'four or five errors', 'one or two seconds': one vague number
    if g in ("and", "or") and not between:
        return _share_unit(a, b, text)
    if "year:month-year" in (a.rule, b.rule):
        return None  # 'between November 2003 and August 2004': two month-precise points, kept apart
    if g == "to" and a.rule == b.rule == "year" and (b.value or 0) > (a.value or 0):
        return [_Fig(a.start, b.end, a.value, "year", "year:span", value_max=b.value)]  # 'from 2004 to 2017'
    if g in ("to", "-", "–", "—") or between:
        since = _FROM.search(left)
        if g == "to" and (since or (not between and _TREND_VERB.search(left + " "))):
            return _share_unit(a, b, text)  # 'rose from 5 to 10': two points
        if since and _TREND_VERB.search(left[: since.start()] + " "):
            return None  # (but 'plants ranging from 30-600 MW' is one range)
        bare_first = a.kind == "count" and a.unit is None and (
            b.kind in ("duration", "measure", "money", "percent") or b.unit == "times"
        )  # ('two to three weeks', 'four to five times')
        if a.kind not in ("count", "money", "percent", "measure", "duration", "year", "age") or (
            b.kind not in (a.kind, "count", "age") and not bare_first  # ('two to three weeks')
        ):
            return None
        if (a.unit and b.unit and a.unit != b.unit) or (b.value or 0) < (a.value or 0):
            return None
        f = _merge_range(a, b, "range:between" if between else "range", text)
        if between:
            f.start = a.start - (len(left) - between.start())
        return [f]
    return None


_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+")
_MONTH_DAY = re.compile(r"[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?")


def _day_range(a: _Fig, b: _Fig, g: str, text: str) -> list[_Fig] | None:
    """Days of one month written once: 'from 6 to 9 January', 'January 6-9' and 'on 4 or 5 April' (one
    uncertain day) are one date range; '6 and 9 January' are two dates. None when the pair is not days of a
    month."""
    if b.kind == "date" and _is_day(a) and _DAY_MONTH.fullmatch(text, b.start, b.end):
        day = a  # '6 to 9 January'
    elif a.kind == "date" and _is_day(b) and _MONTH_DAY.fullmatch(text, a.start, a.end):
        day = b  # 'January 6-9'
    else:
        return None
    first, second = a, b
    if g == "and":
        day.kind, day.rule, day.bare = "date", "date:shared-month", False
        return []  # ('6 and 9 January', 'January 6 and 9': two dates)
    if g not in ("to", "-", "–", "or") or (second.value or 0) <= (first.value or 0):
        return None
    return [_Fig(a.start, b.end, first.value, "date", "date:day-range", value_max=second.value)]


def _is_day(f: _Fig) -> bool:
    """A bare whole number that can be a day of the month."""
    return f.kind == "count" and f.bare and not f.words and f.value is not None and f.value.is_integer() and (
        1 <= f.value <= 31
    )


def _or_range(a: _Fig, b: _Fig) -> bool:
    """ "one or two seconds", "five or ten years", "10 or 20 people": two close guesses at one number
    (not years, and not two different units)."""
    if a.value is None or b.value is None or not 0 < a.value < b.value <= 10 * a.value:
        return False
    if a.kind == b.kind == "year":
        return b.value - a.value <= 2  # 'in 2011 or 2012': one uncertain year (not '1990 or 2005')
    if "year" in (a.kind, b.kind) or (a.unit and b.unit and a.unit != b.unit) or "~" in (a.relation, b.relation):
        return False  # (not 'scores or hundreds': two vague sizes)
    return a.kind == b.kind or (a.kind == "count" and a.unit is None)


def _merge_range(a: _Fig, b: _Fig, rule: str, text: str) -> _Fig:
    kind = b.kind if a.kind == "count" else a.kind
    f = _Fig(a.start, b.end, _scaled_like(a, b, text), kind, rule, value_max=b.value, unit=a.unit or b.unit)
    f.relation, f.qualifier = a.relation, a.qualifier
    f.words = a.words and b.words
    if a.kind == "year" and b.kind == "year":
        f.kind = "year"
    return f


_SCALE_WORD = re.compile(
    r"(?:(?<=\d)|(?<=\d\s)|(?<=[a-z]\s))(" + "|".join(sorted(_SCALE_VALUES, key=len, reverse=True)) + r")\b", re.I
)


def _scaled_like(a: _Fig, b: _Fig, text: str) -> float | None:
    """The first number of a pair that shares the second's scale word ('10-20 million', '$2-3bn', 'between
    1.1 and 1.5 million', 'from 2 to 3 million'): 10 million, not 10. Only when it reads smaller than the
    second's own number ('from 500 to 1.5 million' stays 500)."""
    scale = _SCALE_WORD.search(text, b.start, b.end)
    if a.value is None or b.value is None or scale is None or _SCALE_WORD.search(text, a.start, a.end):
        return a.value
    factor = _SCALE_VALUES[scale.group(1).lower()]
    return a.value * factor if 0 < a.value < b.value / factor else a.value


def _share_unit(a: _Fig, b: _Fig, text: str) -> list[_Fig] | None:
    """'three and four-year-olds', 'from six months to nine': the bare one takes the other's unit;
    'from 2 to 3 million': the first one takes the second's scale."""
    if (a.kind in ("count", "money", "measure") and a.kind == b.kind) or (a.kind == "count" and a.bare):
        a.value = _scaled_like(a, b, text)
    if a.bare and a.kind == "count" and b.kind in ("age", "duration") and b.unit:
        a.kind, a.unit, a.rule, a.bare = b.kind, b.unit, f"{b.kind}:shared-unit", False
    elif b.bare and b.kind == "count" and a.kind in ("duration", "age") and a.unit:
        b.kind, b.unit, b.rule, b.bare = a.kind, a.unit, f"{a.kind}:shared-unit", False
    return None


# --- step 4: context: hedge, trend, noun, verb -----------------------------------------------------


def _before(text: str, pos: int, n: int) -> str:
    return text[max(0, pos - n) : pos]


def _hedge(f: _Fig, text: str) -> None:
    if f.kind in ("date", "ordinal") or f.rule.startswith("score"):
        return
    left = text[max(0, f.start - 40) : f.start]
    last = left.rstrip(" \"“'‘").rsplit(None, 1)[-1:]
    m = _HEDGE_LEFT.search(left[-26:]) if last and last[0].lower() in _HEDGE_LAST else None
    left = left[-26:]
    if m:
        q = m.group("q")
        rel = _HEDGE_RELATION.get(q.lower())
        if rel is None:
            m = None  # case-folding oddities ('ſ', 'ı', Kelvin sign) matched the pattern but no known hedge
        elif m.group("the") and (rel != "~" or not _MARK.match(text[f.end : f.end + 14])):
            m = None  # 'around the 95% mark', but not 'about the $110m project'
        elif q.lower() == "up to" and _up_to_is_a_level(_before(text, f.start - len(left) + m.start(), 45)):
            m = None
        elif q.lower() in ("over", "under", "within", "above", "below") and f.kind in ("year", "time"):
            m = None
        elif q.lower() in ("over", "under") and _OVER_AS_PREPOSITION.search(
            _before(text, f.start - len(left) + m.start(), 30)
        ):
            m = None  # 'a 1-0 win over two-time champion Medford', 'a civil action over three of its releases'
        elif q.lower() == "over" and f.kind == "duration" and not _OVER_MEANS_MORE.search(
            _before(text, f.start - len(left) + m.start(), 20)
        ):
            m = None  # '£2.3bn over five years' is a period, 'for over five years' a bound
    if m:
        f.relation, f.qualifier = _HEDGE_RELATION[m.group("q").lower()], m.group("q")  # checked above
        f.start -= len(left) - m.start()
        if f.value_max is not None:
            f.relation = "="  # a range keeps its hedge word but is its own interval
        return
    r = _HEDGE_RIGHT.match(text[f.end : f.end + 20])
    if r and f.kind not in ("year", "time", "date") and r.group("w").lower() in _RIGHT_RELATION:
        f.relation, f.qualifier = _RIGHT_RELATION[r.group("w").lower()], r.group("q").strip()
        f.end += r.end()


_LEFT_WORDS = re.compile(r"[A-Za-z][A-Za-z’'-]*|[.;:!?()\"“”]")
_FILLERS = frozenset("by another further just only almost nearly annual annualised annualized".split())
_BY_ONLY_WORDS = frozenset(_BY_ONLY.split("|"))
_LEFT_CUES = _FILLERS | {"of", "off", "a", "an"}


def _verb_trend(words: list[str]) -> str | None:
    """The trend verb right before the number: 'rose', 'fell sharply by', 'cut a further'."""
    k, skipped = len(words) - 1, 0
    while k >= 0 and skipped < 4:
        w = words[k]
        if w in _FILLERS or (len(w) > 4 and w.endswith("ly")) or w in ('"', "“", "”"):
            k, skipped = k - 1, skipped + 1
        elif w in ("a", "an") and k + 1 < len(words) and words[k + 1] in ("further", "extra", "additional", "annual",
                                                                            "annualised", "annualized", "record"):
            k, skipped = k - 1, skipped + 1
        else:
            break
    if k < 0:
        return None
    w = words[k].rstrip("'’")
    if w == "off" and k > 0 and words[k - 1] in ("laid", "lay", "lays", "laying"):
        return "laid off"
    if w in ("up", "down") and k > 0 and words[k - 1] in _PHRASAL:
        return None  # 'gave up one run', 'set up two firms', 'turned down three offers'
    return w if w in _TREND or w in _LOSS_WORDS else None


_PHRASAL = frozenset(
    "gave give gives giving picked pick picks picking set sets setting made make makes making took take takes "
    "taking ended end ends ending signed sign signs signing held hold holds holding showed show shows showing "
    "turned turn turns turning shut broke break breaks broken split summed sum use used backed back teamed team "
    "pulled pull called call calls lined line put puts putting wrote write writes tied tie ties snapped snap "
    "scooped scoop racked rack rack racks chalked chalk".split()
)


def _by_trend(words: list[str]) -> str | None:
    """'cut interest rates by', 'boosted school funding by': a trend verb earlier in the clause."""
    k = len(words) - 1
    while k >= 0 and words[k] in ("just", "only", "another", "further"):
        k -= 1  # ('cut its production by another 10,000 vehicles', 'by a further 5%')
        if words[k + 1] == "further" and k >= 0 and words[k] == "a":
            k -= 1
    if k < 0 or words[k] != "by":
        return None
    for j in range(k - 1, max(-1, k - 12), -1):
        w = words[j]
        if w in ".;:!?()":
            return None
        if w in _TREND or w in _LOSS_WORDS or w in _BY_ONLY_WORDS:
            return w
        if w == "off" and j > 0 and words[j - 1] in ("laid", "lay", "lays"):
            return "laid off"
    return None


def _of_trend(words: list[str]) -> str | None:
    """'a rise of', 'growth of around', 'savings of': a trend noun before 'of'."""
    k = len(words) - 1
    while k >= 0 and words[k] in ("just", "only"):
        k -= 1
    if k >= 1 and words[k] == "of" and words[k - 1] in _TREND_NOUN:
        return _TREND_NOUN[words[k - 1]]
    return None


_COMPARED_AFTER = re.compile(r"\s+(more|less|higher|lower|extra|fewer|cheaper|dearer)\b")


def _trend(f: _Fig, text: str) -> None:
    if f.kind in ("year", "date", "time", "ordinal", "age") or f.rule.startswith("score"):
        return
    if _job_trend(f, text):
        return
    before = text[f.start - 1 : f.start]
    last = text[max(0, f.start - 25) : f.start].rsplit(None, 1)[-1:] if before.isspace() or before in "\"“" else []
    low = last[0].lower().strip("\"“”'’") if last else ""
    if low in ("to", "from", "at"):
        return
    word, words = None, []
    if low in _TREND or low in _LOSS_WORDS or low in _LEFT_CUES or (len(low) > 4 and low.endswith("ly")):
        words = [w.lower() for w in _LEFT_WORDS.findall(text[max(0, f.start - 80) : f.start])]
        word = _verb_trend(words) or _by_trend(words)
    if word:
        if word in _LOSS_WORDS:
            if words[-1:] == ["by"] and len(words) > 1 and words[-2] == word:
                return  # 'lost by five points': a margin, not a change
            compared = _COMPARED_AFTER.match(text, f.end)
            if compared:  # 'can cost up to 250% more than outdoor ones': a difference, up
                f.trend = _COMPARATIVE.get(compared.group(1), "up")
                return
            if f.kind in ("percent", "measure") or (f.noun or "").lower() in _JOB_NOUNS | _LOSABLE:
                f.trend = "down"
            return
        f.trend = _TREND.get(word, "up")
        return
    trend = _of_trend(words) if low == "of" or low in ("just", "only") else None
    if trend:
        f.trend = trend
        return
    _trend_around(f, text)


def _trend_around(f: _Fig, text: str) -> None:
    """A trend word after the figure ('5% growth', '200 jobs created'), or a trend noun as the subject
    of the clause ('Growth in the three months to December was a seasonally-adjusted 0.7%')."""
    after = text[f.end : f.end + 40]
    first = after.split(None, 3)[:3]
    m = (
        _TREND_AFTER.match(after)
        if f.unit not in ("times", "fraction") and any(w.lower().strip(",.") in _AFTER_CUES for w in first)
        else None
    )
    if m:
        if m.group("n") or m.group("n2"):
            f.trend = _TREND_NOUN.get((m.group("n") or m.group("n2")).lower(), "down")
        elif m.group("c"):
            f.trend = _COMPARATIVE.get(m.group("c").lower(), "up")
        elif m.group("p"):
            f.trend = "up" if m.group("p").lower() in ("created", "added") else "down"
        return
    subject = _TREND_SUBJECT.search(text, max(0, f.start - 90), f.start) if f.kind == "percent" else None
    if subject is not None:
        f.trend = _TREND_NOUN[subject.group("n").lower()]


def _job_trend(f: _Fig, text: str) -> bool:
    """Jobs created or lost: '2,500 new jobs', '168 public bodies would go'."""
    noun = (f.noun or "").lower()
    if f.kind != "count":
        return False
    if noun in _JOB_NOUNS and f.modifier and "new" in f.modifier.lower().split():
        f.trend = "up"
        return True
    right = text[f.end : f.end + 80]
    m = _GOES_AWAY.match(right) if (" go" in right or " be " in right) else None
    if m:
        f.trend = "up" if "created" in m.group(0) else "down"
        return True
    return False


_NUMBER_COMPOUND = re.compile(r"\d[\d,.]*-[a-z]+")
_ORDINAL_PERIODS = frozenset(
    "quarter half year round day week month term season period innings set leg place generation stage tier division "
    "class grade floor person team time".split()
)
_RECORD_OF = re.compile(r"(?:^|[^\w’'])([A-Z][\w’'.&-]*)\s+\((?:\d{1,3}-\d{1,3},\s*)?$")


def _record_noun(f: _Fig, text: str) -> None:
    m = _RECORD_OF.search(text[max(0, f.start - 40) : f.start])
    if m and text[f.end : f.end + 1] in "),":
        f.noun = m.group(1)  # 'The Gophers (9-1, 6-1)': the team's record
        return
    m = _SCORE_NOUN.match(text, f.end)
    if m:
        f.noun = m.group(1).lower()  # 'a 3-1 win', 'the 4-2 aggregate victory'


_SCORE_NOUN = re.compile(
    r"\)?(?:\s*\(\d{1,2}(?:-\d{1,2})?\)|\s+\d{1,2}-\d{1,2})*"  # (other sets: 'a 7-6 (7-4) 6-1 win')
    r"(?:\s+(?!to\b)[a-z]+| (?:[A-Z][\w'’-]* ){0,2}[A-Z][\w'’-]*(?: [a-z]+-[a-z]+)?)?\s+"
    r"(win|victory|defeat|loss|draw|lead|scoreline|triumph|thrashing|success|rout|reverse|"
    r"drubbing|hammering|thumping|demolition|whitewash|shutout|romp|beating|setback)\b"
)


def _date_noun(f: _Fig, text: str) -> None:
    """'the 15 September protest' is the protest's date, 'the 11 September terror attacks' the attacks';
    'on 15 September the ...' has no noun."""
    if _DATE_AS_MODIFIER.search(text, max(0, f.start - 12), f.start) is None:
        return
    w = _next_word(text, f.end)
    if not (w.isalpha() and w.islower() and w not in STOP and not w.endswith(("ed", "ly"))):
        return
    got = _noun_words(f, text[f.end : f.end + 60].split("\n", 1)[0])
    run = got[0] if isinstance(got, tuple) else []
    cut = next((k for k, x in enumerate(run) if _verb_form(x) or x.lower() in _FINITE_VERBS), len(run))
    run = run[:cut]
    f.noun = run[-1] if run and run[0] == w and len(run) <= 3 else w


def _noun_settled(f: _Fig, text: str) -> bool:
    """Readings that settle what a figure counts before the words after it are read: a rank before a name,
    odds, 'Double Olympic champion', 'to double overseas aid', 'a two-time champion', '16 times faster'."""
    if _ranks_a_name(f, text) or f.rule in ("odds", "count:double"):
        return True
    if f.rule == "multiplier:verb" and f.noun is not None and text[f.start : f.end].lower() in _MULT_BASE:
        return True  # ('to double overseas aid': the reading found its object)
    if f.kind == "count" and not f.unit:
        times = _TIMES.match(text, f.end)
        if times is not None or text[f.start : f.end].lower().endswith(("-time", "-times")):
            f.end = times.end() if times is not None else f.end  # 'a two-time Boston Marathon champion'
            if _MULTIPLIER_COMPARES.match(text, f.end):
                f.kind, f.unit, f.rule, f.trend = "other", "times", "multiplier:times", None
                return True  # 'will run 10-times faster than current chips': how many times, no noun
            f.noun, f.rule = "times", "count:times"
            return True
    return f.unit == "times" and bool(_MULTIPLIER_COMPARES.match(text, f.end))  # ('16 times faster': no noun)


def _noun(f: _Fig, text: str) -> None:
    if _noun_settled(f, text):
        return
    if f.rule.startswith("score"):
        _record_noun(f, text)
        return
    if f.kind == "date":
        _date_noun(f, text)
        return
    if f.kind == "time" or f.rule in ("count:occasions", "year:month-year"):
        return  # ('scoring twice late on': the noun is 'times')
    if f.kind == "age" and _YEAR_OLD.search(text, f.start, f.end):
        return  # ('the 34-year-old Dutch midfielder': an age says how old, not what it counts)
    after = f.end
    if f.kind == "money" and _PRENOMINAL.search(text, max(0, f.start - 40), f.start):
        conv = _CONVERSION_AFTER.match(text, f.end)
        after = conv.end() if conv is not None else after  # ('a $27.5bn (£14.5bn) back tax bill')
    got = _noun_words(f, text[after : after + 60].split("\n", 1)[0])
    if isinstance(got, str):
        f.noun = got  # 'third-quarter earnings': the quarter is what is ordered
        return
    run, mods = got
    head = _run_head(run, f, text) if run else None
    if head is None and f.kind in ("count", "money", "percent", "measure"):
        _noun_before(f, text)
        return
    if head is None or (f.kind == "percent" and _share_of_change(f, text, run[head])):
        return
    if f.kind in ("measure", "money") and (
        not _thing_word(run[head]) or (f.unit == "point" and mods) or run[head].lower() in _ADJ_AFTER
    ):
        return  # ('within six points of the leaders', '£91m of it available')
    f.noun = run[head]
    mod = mods + [w for w in run[:head] if not w[0].isdigit()]
    f.modifier = " ".join(mod) or None


def _noun_before(f: _Fig, text: str) -> None:
    """A figure with no noun after it: 'growth of 5%' (the noun before 'of'), else its subject."""
    words = text[max(0, f.start - 30) : f.start].split()
    while words and words[-1] in ("just", "only"):
        words.pop()
    if len(words) >= 2 and words[-1] == "of" and text[f.start - 1 : f.start] == " ":
        w = words[-2]
        if (w.isalpha() and w.islower() and w not in STOP and w not in ("lot", "number", "total", "range")
                and w not in nb.CARDINALS and not w.endswith(("able", "ible"))):  # fmt: skip
            # ('one of 30 such projects': not 'one'; 'capable of 80 megaflops': not an adjective)
            f.noun, f.flags = w, [*f.flags, "noun-before"]
            changed = _CHANGED_IN_AFTER.match(text, f.end) if w in _CHANGE_NOUNS and f.kind != "money" else None
            if changed is not None and _thing_word(changed.group(1)):
                f.noun = changed.group(1)  # 'an increase of almost 300,000 in unemployment': what changed
    elif f.kind in ("count", "percent"):
        _subject_noun(f, text)  # ('profits jumped 76%', 'unemployment rose 206,900 to 4.64 million')
    elif f.kind == "money":
        _money_noun(f, text)


def _share_of_change(f: _Fig, text: str, word: str) -> bool:
    """A percentage whose noun is not the word after it: none ('50% higher than', '5% a year'), or what
    changed ('a 40% drop in profits': profits). True when it decided the noun."""
    if not _thing_word(word) or word.lower() in ("year-on-year", "month-on-month"):
        return True
    changed = _CHANGE_IN.match(text, f.end) if word.lower() in _CHANGE_NOUNS else None
    if changed is not None:
        f.noun = changed.group(1)
    return changed is not None


_MOVED = (r"(?:rose|fell|climbed|dropped|jumped|grew|increased|decreased|slipped|soared|slumped|surged|gained"
          r"|declined|narrowed|widened|shrank|advanced|tumbled|plunged|fallen|risen|grown)")
"""Verbs of a change whose subject says what a share or a sum is of ('profits jumped 76%')."""
_PERCENT_SUBJECT = re.compile(
    r"(?<!in )(?<!at )\b([A-Za-z][a-z-]{2,})\s+(?:also\s+|have\s+|has\s+|had\s+)?"
    rf"(?:{_MOVED}|rise|fall|jump|slump|drop|grow|(?:was|were|is|are)\s+(?:up|down))\s+(?:by\s+)?(?:an?\s+(?:annual|estimated|further|record)\s+)?$"
)
"""What a percentage change is of: the subject right before the verb ('profits jumped 76%', 'its shares
were down 10%', 'Nikkei fell 0.19 percent')."""
_MONEY_IN = re.compile(r"\s+in\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]{2,})\b(?![\w-]|\s+(?:of|for)\b)")
"""'$1bn in unfrozen funds', '3.5m euros in funding': the thing the sum is (not 'in 2004', 'in London')."""
_MONEY_HEDGE = r"(?:(?:about|around|some|nearly|almost|just|only|over|under|more\s+than|less\s+than)\s+)?$"
"""A hedge that may stand between a sum's verb and the sum ('stood at about £5m'), ending the pattern."""
_MONEY_SUBJECT = re.compile(
    r"(?<!in )(?<!at )(?<!of a )(?<!of an )(?<!of the )\b([A-Za-z][a-z-]{2,})\s+"
    r"(?:(?:in|for)\s+\d{4}\s+|alone\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:was|were|is|are|totalled|totaled|reached|hit|stood\s+at|amounted\s+to"
    rf"|(?:{_MOVED}|deepened)\s+(?:\S+\s+){{0,3}}?to|{_MOVED}(?:\s+by)?)\s+" + _MONEY_HEDGE
)
"""A sum's subject right before its verb: 'Revenues were £4.3bn', 'annual profits to $16.2bn' (not a place:
'Brent crude in London gained $1.32')."""
_MONEY_SUBJECT_PP = re.compile(
    r"(?<!in )(?<!at )\b([a-z][a-z-]{2,})\s+(?:with|on|from|over)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:(?:has|have|had)\s+)?(?:was|were|is|are|totalled|totaled|stood\s+at|amounted\s+to"
    rf"|remained\s+(?:steady\s+|stable\s+|flat\s+)?at|(?:{_MOVED}|deepened)\s+to)\s+" + _MONEY_HEDGE
)
"""A sum's subject with a phrase after it: 'The UK's deficit with the EU fell to £1.9bn', 'card scams on
UK-issued cards totalled £402.4m'."""
_RISE_IN_TO = re.compile(
    r"\b(?:rise|rises|fall|falls|increase|increases|jump|jumps|drop|drops|decline|declines|growth|surge|slump"
    r"|gain|gains)\s+in\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z-]+\s+){0,2}?([a-z][a-z-]{2,})"
    r"\s+to\s+" + _MONEY_HEDGE
)
"""'a 26% rise in annual profits to $16.2bn': what rose."""
_VALUED_AT = re.compile(r"\b([a-z][a-z-]{2,})(?<!ly)\s+(?:(?:valued|priced|estimated)\s+at|worth)\s+" + _MONEY_HEDGE)
"""'a deal valued at $4bn', 'a stake worth £5m': what the sum values."""
_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+|\b(?:while|whereas|but|as)\s+)(?:(?:The|Its|Their|His|Her)\s+(?:[a-z-]+\s+)?)?$"
)
"""Where a capitalised subject of a sum may stand: 'Sales rose to', ', while Biogen fell $28.63' (not 'England
and Wales was')."""
_BOUND_HEDGES = frozenset({"up to", "under", "over", "below", "above", "in excess of", "of up to"})
_HEDGED_NOUN = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:(?!to\s)[a-z-]+\s+){0,2}?([a-z][a-z-]{2,})\s+$")
"""'a fine up to 200,000 yuan', 'a price tag under £80,000': the noun right before a hedged sum."""
_MONEY_SUBJECTS = (
    (_RISE_IN_TO, (" in ",)), (_VALUED_AT, ("valued", "priced", "estimated", "worth")), (_MONEY_SUBJECT, ()),
    (_MONEY_SUBJECT_PP, (" with ", " on ", " from ", " over ")), (_HEDGED_NOUN, ()),
)
"""The patterns that read a sum's subject before it, in order, each with words it cannot match without."""
_SPENT = re.compile(
    r"\b(?:spen[dt]s?|spending|invest(?:s|ed|ing)?|allocated|earmarked|pledged|committed|paid|pays?|paying)\s+"
    + _MONEY_HEDGE
)
_SPENT_ON = re.compile(
    r"\s+(?:on|for|into)\s+(?:(?:the|its|their|his|her|new|more|extra)\s+)?(?:[a-z-]+\s+){0,2}?([a-z][a-z-]{2,})"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|by|to|and|from|over|last|this|next|which|that|will|would)\b)"
)
"""'spent £5.3bn on plastic cards in 2003': what the sum went on."""
_PER_SHARE = re.compile(r"\s+(?:a|per|each)\s+(?:diluted\s+|ordinary\s+)?share\b")
_PRENOMINAL = re.compile(r"(?:\b(?:a|an|the|its|his|her|their|our|this|that)|['’]s)\s+(?:[a-z-]+\s+)?$", re.I)
"""A sum written before the noun it modifies: 'a $27.5bn (£13bn) tax demand', 'its $16bn (£8.5bn) takeover'."""
_CONVERSION_AFTER = re.compile(r"\s*\((?=[^()]{0,30}\d)[^()\n]{1,30}\)(?=\s+[a-z])")
"""A sum's conversion in brackets before its noun: '$27.5bn (£14.5bn) back tax bill'."""
_CHANGED_IN_AFTER = re.compile(
    r"\s+in\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z-]+\s+){0,2}?([a-z][a-z-]{2,})"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|but|to|from|at|on|by|as|compared|after|since|while|which|that|than|over|last|this)\b)"
)
"""'an increase of almost 300,000 in unemployment': what changed, the last word of the phrase after 'in' (not
'in the first month of the year')."""
_YEAR_OLD = re.compile(r"(?i)years?[\s-]+old")
_PARTITIVE_KINDS = frozenset({"count", "other", "percent", "measure", "money"})
"""Kinds whose noun may follow 'of': '12 of its last 15 games', '40% of adults', '2 inches of rain'."""
_ADJ_AFTER = frozenset("available payable possible affordable responsible liable valuable profitable".split())
_COMPARATIVES = frozenset(
    "higher lower more less bigger smaller greater cheaper dearer faster slower stronger weaker better worse larger "
    "fewer".split()
)
_CHANGE_NOUNS = frozenset(
    "rise rises fall falls drop drops increase increases decrease decreases jump jumps gain gains cut cuts decline "
    "declines slump slumps surge surges reduction reductions hike hikes growth uplift rebound".split()
)
"""Nouns of a change: a percentage before one counts what changed ('a 19% rise in quarterly earnings')."""
_CHANGE_IN = re.compile(r"[^.;:!?\n]{0,30}?\b(?:in|of)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w-]+\s+){0,3}?"
                        r"([a-z][a-z-]+s|profit|income|revenue|turnover|output|inflation|unemployment|demand)\b")
_DETERMINED = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that)|['’]s)\s+$", re.I)


_SUPERLATIVES = frozenset(
    "largest biggest highest lowest best worst greatest smallest fastest richest poorest oldest youngest longest "
    "strongest busiest heaviest cheapest latest".split()
)


def _run_head(run: list[str], f: _Fig, text: str) -> int | None:
    """Which word of the noun run after a figure is what it counts (None for 'more', 'other', 'last')."""
    head = _pick_head(run, f)
    if f.kind == "year" and _DETERMINED.search(text, max(0, f.start - 12), f.start):
        head = _year_head(run, head)
    elif f.kind == "year" and _year_opens_a_clause(run, text, f.start):
        return None  # 'In 1995 former drummer Bill Berry ...', 'By the end of 2004 Microsoft aims': when, not what
    if head is not None and run[head].lower() in RUN_SKIP and not (f.kind == "year" and run[head] == "final"):
        return None
    if head is not None and run[head].lower() in _SUPERLATIVES:
        return None  # 'the French wine industry, the world's second largest,': the industry, not 'largest'
    return head


_YEAR_PREP = re.compile(r"\b(?:in|by|from|since|until|till|during|through|of|before|after)\s+$", re.I)
_SENTENCE_PREP = re.compile(r"(?:^|[.!?]\s+|\n)(?:In|By|From|Since|Until|During|Before|After)\s+$")


def _year_opens_a_clause(run: list[str], text: str, start: int) -> bool:
    """A year after a preposition that opens a sentence ('In 1995 former drummer Bill Berry ...'), or
    followed by a clause's subject and verb ('By the end of 2004 Microsoft aims'): a time, no noun."""
    left = text[max(0, start - 14) : start]
    if not _YEAR_PREP.search(left) or text[start + 4 : start + 5] == "s":
        return False  # (a decade is a modifier: 'His string of 1950s Atlantic R&B successes')
    if _SENTENCE_PREP.search(left):
        return True
    k = next((i for i, w in enumerate(run) if not w[:1].isupper()), len(run))
    return 0 < k < len(run) and (run[k].endswith("s") or run[k] in _FINITE_VERBS or _verb_form(run[k]))


def _year_head(run: list[str], head: int | None) -> int | None:
    """The noun a year modifies: 'the 2002 champion Thomas Johansson' is the champion (not the name
    after the role), 'the 2003 final' the final."""
    if head is None:
        return 0 if run[0] == "final" else None
    if head > 0 and run[head][:1].isupper() and run[head - 1][:1].islower():
        k = head - 1
        while k > 0 and _verb_form(run[k]):
            k -= 1  # ("Frank Capra's 1946 movie starring James Stewart": the movie)
        return k
    return head


_TIMES = re.compile(r"-times?\b(?!-)")
_CHANGED = (r"(?:(?:has|have|had)\s+)?(?:rose|fell|climbed|dropped|jumped|grew|increased|decreased|slipped|soared"
            r"|risen|fallen|grown)")
"""Verbs of a change whose subject may say what a figure counts (the three patterns below)."""
_SUBJECT_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]{2,})\s+(?:(?:in|for)\s+\d{4}\s+)?(?:totalled|totaled|were|numbered|amounted\s+to|stood\s+at"
    rf"|{_CHANGED}\s+to)\s+$"
)
_CHANGE_TO = (
    r"(?:also\s+|then\s+)?(?:more\s+than\s+|almost\s+|nearly\s+)?"
    rf"(?:{_CHANGED}|doubled|tripled|trebled|halved)\s+(?:(?:from\s+[\d,.]+\s+(?:million\s+|bn\s+)?)?to|from)\s+$"
)
_SUBJECT_OF_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+(?:numbers?|total)\s+of\s+(?P<of>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"|\b[Tt]he\s+(?P<number>number)(?=\s+(?!of\b)[a-z])"
    r"|(?:^|[.!?]\s+|\n)(?:The\s+|Its\s+|Their\s+)?(?P<subj>[A-Z]?[a-z]{3,}s)\s+of)"
    r"\b[^.;:!?\"“”]{0,50}?\s+" + _CHANGE_TO
)
"""'The number of camera phones in the UK more than doubled to 7.5 million' (phones), 'Sales of the
console rose to 55 million' (sales): what the sentence's subject counts."""
_SUBJECT_CHANGED = re.compile(
    r"(?:^|[.,;:]\s+|\b(?:showed|that|as|and|while|but)\s+)(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?"
    r"|[A-Z][a-z]+\s+[a-z]+\s+)?"  # ('Italian consumer confidence rose to 104.4')
    r"([A-Z]?[a-z]{3,})\s+(?:also\s+)?"
    rf"{_CHANGED}\s+(?:by\s+|to\s+)?(?:[\d,.]+\s+(?:million\s+|bn\s+)?to\s+)?$"
)
"""A clause whose subject is what changed: 'the figures showed unemployment rose 206,900 to 4.64 million'."""
_NUMBER_OF_TO = re.compile(
    r"\bnumber\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z][a-z-]{2,})\s+(?:in\s+[^.;:\d]{1,25}?\s+)?(?:to|at)\s+"
    r"(?:about\s+|around\s+|just\s+)?$"
)
"""'limiting the number of regional casinos to eight', 'the number of new casinos in the UK to 24'."""
_NOT_SUBJECTS = frozenset("this that these those there which what also then even".split())
_BY_BEFORE = re.compile(
    r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|increase[sd]?|increasing|raise[sd]?|raising|boost(?:s|ed)?"
    r"|expand(?:s|ed)?|grow|grew|shrink|shrank|trim(?:s|med)?|slash(?:es|ed)?)\s+"
    r"(?:its|their|the|his|her|our)\s+([a-z]{3,})\s+by\s+$"
)


def _subject_noun(f: _Fig, text: str) -> None:
    """A count with no noun after it takes one from just before it: 'unit sales totalled
    1,751,000', 'sales in 2004 were 6,798,000' (a plural subject of a linking verb), 'reduce its
    workforce by 7,000'. Flagged 'noun-before'."""
    left = text[max(0, f.start - 50) : f.start]
    if f.kind == "percent":
        m = _PERCENT_SUBJECT.search(left)
        w = m.group(1) if m is not None else ""
        if _thing_word(w) and w.lower() not in _NOT_SUBJECTS:
            f.noun, f.flags = w, [*f.flags, "noun-before"]  # 'quarterly profits jumped 76%'
        return
    window = text[max(0, f.start - 90) : f.start]
    m = _NUMBER_OF_TO.search(window) if "number" in window else None
    if m is not None and _is_plural(m.group(1)):
        f.noun, f.flags = m.group(1).lower(), [*f.flags, "noun-before"]  # 'the number of regional casinos to eight'
        return
    m = _SUBJECT_BEFORE.search(left)
    if m is not None and _is_plural(m.group(1)):
        f.noun, f.flags = m.group(1).lower(), [*f.flags, "noun-before"]
        return
    m = _SUBJECT_CHANGED.search(left)
    subject = m.group(1).lower() if m is not None and not (f.unit and m.group(1)[0].isupper()) else ""
    if subject and subject not in STOP and not _verb_form(subject) and subject not in _NOT_SUBJECTS:
        f.noun, f.flags = subject, [*f.flags, "noun-before"]  # 'unemployment rose 206,900 to 4.64 million'
        return
    m = _SUBJECT_OF_BEFORE.search(text, max(0, f.start - 130), f.start)
    plural = [w for w in (m.group("of") or m.group("subj") or "").split() if _is_plural(w)] if m is not None else []
    if m is not None and m.group("number"):
        plural = ["number"]  # 'The number waiting over 12 months fell from 7,613 to 6,630'
    if plural:
        f.noun, f.flags = plural[-1].lower(), [*f.flags, "noun-before"]
        return
    m = _BY_BEFORE.search(left)
    if m is not None and m.group(1) not in STOP and not m.group(1).endswith("ing"):
        f.noun, f.flags = m.group(1), [*f.flags, "noun-before"]


def _money_noun(f: _Fig, text: str) -> None:
    """What a sum with no noun after it is: 'in' a thing after it ('$1bn in unfrozen funds', '70m euros
    in aid'), what it was spent on ('spent £5.3bn on plastic cards'), the price of a share ('$2.53 per
    diluted share'), what rose to it ('a 26% rise in annual profits to $16.2bn'), what it values ('a deal
    valued at $4bn', 'a fine up to 200,000 yuan'), or the subject right before it ('Revenues were £4.3bn',
    'profits rose to $16.2bn', 'The UK's deficit with the EU fell to £1.9bn')."""
    m = _MONEY_IN.match(text, f.end)
    run = m.group(1).split() if m is not None else []
    while run and run[-1] in STOP:
        run.pop()
    w = run[-1] if run else ""
    if _thing_word(w) and not any(x in STOP or x in nb.CARDINALS for x in run):
        f.noun, f.flags = w, [*f.flags, "noun-after-in"]
        return
    if _SPENT.search(text, max(0, f.start - 30), f.start):
        m = _SPENT_ON.match(text, f.end)
        if m is not None and _thing_word(m.group(1)):
            f.noun, f.flags = m.group(1), [*f.flags, "noun-after-on"]
            return
    if _PER_SHARE.match(text, f.end):
        f.noun = "share"
        return
    left = text[max(0, f.start - 80) : f.start]
    for pattern, needs in _MONEY_SUBJECTS:
        if pattern is _HEDGED_NOUN and (f.qualifier or "").lower() not in _BOUND_HEDGES:
            break
        if needs and not any(w in left for w in needs):
            continue  # (a cheap test first: most sums have none of these words before them)
        m = pattern.search(left)
        w = m.group(1) if m is not None else ""
        if w[:1].isupper() and not _OPENS_SENTENCE.search(left, 0, m.start(1)):  # type: ignore[union-attr]
            continue  # ('The average house price in England and Wales was £182,920': not Wales)
        if _thing_word(w) and w.lower() not in _NOT_SUBJECTS and w.lower() not in ("little", "lot", "bit", "few"):
            f.noun, f.flags = w, [*f.flags, "noun-before"]
            return


def _thing_word(w: str) -> bool:
    """A word that can say what a sum or a share is of: not a function word, verb form, time or month
    ('in four years', 'in early trading', 'the last quarter was', '31 December rose')."""
    low = w.lower()
    return bool(low) and low not in STOP and not _verb_form(low) and nb.UNITS.get(low) not in nb.TIME_UNITS and (
        low not in nb.MONTHS and low not in _COMPARATIVES and low not in _PLACE_ADVERBS and not low.endswith("wide")
    )


_CLAUSE_PRONOUNS = frozenset("he she it they we i you that there what who here".split())
_PLACE_ADVERBS = frozenset("aside outside inside abroad overseas apiece alone annually upfront instead away".split())
"""Words after a sum that say where or how it went, not what it is ('took $300m outside the US', '5bn rupees
set aside'; also 'worldwide', 'nationwide')."""


def _noun_words(f: _Fig, right: str) -> str | tuple[list[str], list[str]]:
    """The words after a figure that may name what it counts (a noun run, and modifiers from a
    partitive 'of'), or the noun itself when the figure orders a period ('third-quarter')."""
    first = _TOKEN.search(right)
    if first is None:
        return [], []
    hyphen = first.group() == "-" and first.start() == 0 and f.kind in ("count", "ordinal")  # (not ' - ')
    if not hyphen and _GATES and f.kind != "ordinal" and _ends_run_at_once(first.group(), f.kind):
        return [], []  # ', said', 'in the': no noun run, so no need to split the rest into tokens
    toks = _TOKEN.findall(right)
    i, mods = 0, []
    if toks[0].lower() == "of" and f.kind in _PARTITIVE_KINDS:
        i, mods = _partitive(toks)
    elif toks[0].lower() == "more" and toks[1:2] == ["of"] and f.kind in ("count", "other"):
        i, mods = _partitive(toks[1:])  # '10 more of the triple-decker aircraft'
        i, mods = i + 1, ["more", *mods]
    if hyphen:
        if f.kind == "ordinal" and len(toks) > 1 and toks[1].lower() in _ORDINAL_PERIODS:
            return toks[1].lower()
        if f.kind == "ordinal" and len(toks) > 1 and toks[1].lower() in ("ranked", "seeded", "placed"):
            return [], []  # 'Sixth-ranked Syracuse': a rank of the name after it
        i = 2 if len(toks) > 1 else 1  # 'second-highest sales volume', 'an 11-game losing streak'
    if f.kind == "ordinal" and i < len(toks) and (_NUMBER_COMPOUND.fullmatch(toks[i]) or toks[i] == "ever"):
        i += 1  # 'the third 90-day extension', 'her first ever Grammy'
    if len(toks) > 2 and f.kind == "ordinal" and toks[0].lower() in ("and", "or") and toks[1].lower() not in STOP:
        i = 2  # third and final film
    run = _noun_run(toks, i)
    if run and run[0].lower() == "worth" and len(run) == 1 and toks[i + 1 : i + 2] == ["of"]:
        run = _noun_run(toks, i + 2)  # '$4,000 worth of coffee machines'
    if hyphen and f.kind == "count":
        while run and _verb_form(run[0]):
            run = run[1:]  # 'an 11-game losing streak'
        cut = next((k for k, w in enumerate(run) if _verb_form(w)), len(run))
        run = run[:cut]  # 'the four-piece band split': not the verb after the noun
        if not run and len(toks) > 1 and toks[1].isalpha() and toks[1].islower():
            run = [toks[1]]  # 'the squad was 20-strong', 'the four-piece met': the compound word itself
    if run and f.kind != "ordinal" and run[0].lower() in ("last", "next") and len(run) > 1:
        run = []  # '£1.4bn last year'
    return run, mods


_NUMERAL = re.compile(r"[\d,.]+")
_MODEL_TAIL = re.compile(r"[A-Za-z]|\d{3}-\d")  # 'Boeing 737-800', not a score '3-6' after a name


_RANK_NOUNS = frozenset(
    "player players seed seeds spot position place ranking rankings team side single singles hit hits album albums"
    " song songs record records".split()
)


def _ranks_a_name(f: _Fig, text: str) -> bool:
    """'No. 1 Wake Forest', 'world number one Peter Norfolk won', 'the world number one beat Gaudio': a rank
    with no noun."""
    if f.rule == "ordinal:no-rank":
        return text[f.end + 1 : f.end + 2].isupper()
    return f.rule == "ordinal:rank" and _rank_has_no_noun(_next_word(text, f.end))


def _rank_has_no_noun(w: str) -> bool:
    """After 'world number one': a name ('Peter Norfolk') or a verb ('beat', 'returns') is no noun; 'the
    number one reason' is."""
    low = w.lower()
    if low in _RANK_NOUNS:
        return False
    verb = low in _FINITE_VERBS or (low.endswith(("ed", "s")) and not low.endswith("ss"))
    return not w or w[:1].isupper() or verb


def _names_the_whole(toks: list[str], i: int) -> bool:
    """'of the Champions League because': a name is the whole ('of the UK population', "of the US's
    internet users" have a noun after the name)."""
    j = i
    while j < len(toks) and toks[j][:1].isupper():
        if toks[j].endswith(("'s", "’s")) or toks[j + 1 : j + 2] in (["'"], ["’"]):
            return False
        j += 1
    if j == i:
        return False
    nxt = toks[j] if j < len(toks) else ""
    return not (nxt.isalpha() and nxt.islower() and nxt not in STOP)


def _partitive(toks: list[str]) -> tuple[int, list[str]]:
    """'of his country's', 'of the', 'of Boeing 's', 'of the 18': skip to the noun.

    After 'of them' only a plural right away counts ('34 of them double-deckers').
    """
    i, mods = 1, []
    while i < len(toks) and len(mods) < 4:
        t = toks[i]
        low = t.lower()
        if low in ("them", "us", "those", "these") and not (i + 1 < len(toks) and _is_plural(toks[i + 1])
                                                           and not toks[i + 1].endswith("ed")):  # fmt: skip
            return len(toks), mods
        if low in ("the", "his", "her", "its", "their", "our", "my", "your", "these", "those", "them"):
            mods.append(t)
            i += 1
            if low == "the" and _names_the_whole(toks, i):
                return len(toks), mods  # 'the last eight of the Champions League': a part of a name, no noun
            if i < len(toks) and toks[i].lower() in ("most", "least") and i + 1 < len(toks) and toks[i + 1].islower():
                i += 1  # 'two of the most adventurous groups'
        elif _NUMERAL.fullmatch(t) and len(mods) >= 1:
            i += 1  # 'ten of the 18 staffers'
            mods.append(t)
        elif low in ("last", "first", "next", "past", "previous") and len(mods) >= 1:
            i += 1  # '12 of its last 15 games'
            mods.append(t)
        elif low.endswith(("'s", "’s")):
            mods.append(t)
            i += 1
        elif i + 1 < len(toks) and toks[i + 1] in ("'", "’") and toks[i + 2 : i + 3] == ["s"]:
            mods.append(t + "'s")
            i += 3
        elif (i + 2 < len(toks) and toks[i + 1] in ("'", "’") and _is_plural(t) and toks[i + 2][:1].isalpha()
              and nb.UNITS.get(low) not in nb.TIME_UNITS):  # fmt: skip  (not "a couple of years' time")
            mods.append(t + toks[i + 1])  # "billions of farmers' livelihoods": a plural possessor
            i += 2
        else:
            break
    return i, mods


_MODEL_NAME = re.compile(r"\d+[A-Z][A-Za-z]*\d*|\d+[a-z]+\d+")


def _noun_run(toks: list[str], i: int) -> list[str]:
    run: list[str] = []
    while i < len(toks) and len(run) < 5:  # (the first steps are repeated in _ends_run_at_once)
        t = toks[i]
        low = t.lower()
        if t[0].isdigit():
            if (i + 1 < len(toks) and toks[i + 1][:1].isupper()) or (
                run and run[-1][0].isupper() and _MODEL_TAIL.search(t)
            ) or (_MODEL_NAME.fullmatch(t) and i + 1 < len(toks) and toks[i + 1].isalpha()):
                run.append(t)  # 737 Max, 787 Dreamliner, Boeing 737-800, '50 of its 7E7 planes'
                i += 1
                continue
            break
        if low in nb.CARDINALS and not (t[0].isupper() and i + 1 < len(toks) and toks[i + 1][:1].isupper()):
            if run:
                break  # 'the four-piece met two years ago'
            i += 1  # 'the first two illnesses'
            continue  # (but 'the 2004 Six Nations campaign': a name)
        if low in ("and", "or") and run and not any(_is_plural(w) for w in run) and i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt[0].isalpha() and nxt.lower() not in STOP and nxt.lower() not in nb.CARDINALS and not (
                NATIONALITY.match(run[-1])
            ):
                i += 1  # '15 deep and surface mines', 'third and final film'
                continue
        if not run and low in ("such", "other", "more", "extra", "additional", "further") and i + 1 < len(toks):
            i += 1  # '30 such projects', '10 more planes', 'five other people'
            continue
        if not run and _adverb_before_word(toks, i):
            i += 1  # 'one particularly entertaining method', '300 highly skilled workers'
            continue
        if _stops_run(t, low) or (low in nb.WEEKDAYS and any(w[0].islower() for w in run)):
            break  # ('a seven-game losing streak Thursday night': the day starts a time phrase)
        if run and low.replace("’", "'").split("'")[0] in _CLAUSE_PRONOUNS and ("'" in low or "’" in low):
            break  # ('his 50th cap and he's known', 'his 50th cap it's appropriate': a new clause)
        if run and (low in _PLACE_ADVERBS or low.endswith("wide")) and (
            low not in ("outside", "inside") or toks[i + 1 : i + 2] in (["the"], ["of"], ["a"], ["its"], ["their"])
        ):
            if low in ("aside", "away"):
                run = []  # ('5bn rupees set aside': a verb's particle)
            break  # ('80% of its sales outside the UK')
        if _verb_form(t) and len(run) >= 2 and run[-1][0].isupper() and any(w[0].islower() for w in run):
            break  # 'Seventh seed Jurgen Melzer came through': the verb after the name ends the noun phrase
        run.append(t.rstrip(".") if t.endswith(".") and len(t) > 2 and not t[-2].isupper() else t)
        i += 1
    return run


def _adverb_before_word(toks: list[str], i: int) -> bool:
    t = toks[i]
    if not (len(t) > 4 and t.islower() and t.endswith("ly") and t not in LY_WORDS and i + 1 < len(toks)):
        return False
    nxt = toks[i + 1]
    return nxt.isalpha() and nxt.islower() and nxt not in STOP and not nxt.endswith("ly") and nxt not in _PLACE_PREPS


_PLACE_PREPS = frozenset("past through beyond ahead behind above below toward towards wide clear into onto across "
                         "along around over under inside outside".split())  # fmt: skip


def _stops_run(t: str, low: str) -> bool:
    """A token that ends a noun run: punctuation, a lower-case function word, "n't", an -ly adverb."""
    return (not t[0].isalpha() or (t[0].islower() and low in STOP) or low.endswith(("n't", "n’t"))
            or (len(low) > 4 and low.endswith("ly") and low not in LY_WORDS))  # fmt: skip


def _ends_run_at_once(t: str, kind: str) -> bool:
    """:func:`_noun_run` stops at this first token whatever follows (not a number, partitive 'of'...).

    It repeats the first checks of :func:`_noun_run` and :func:`_noun`: change them together.
    """
    low = t.lower()
    if t[0].isdigit() or low in nb.CARDINALS or (low == "of" and kind in _PARTITIVE_KINDS):
        return False
    if len(t) > 4 and t.islower() and t.endswith("ly"):
        return False  # (an adverb may come before the noun: _adverb_before_word)
    return _stops_run(t, low)


def _pick_head(run: list[str], f: _Fig) -> int | None:
    if not run or (f.kind == "duration" and f.plural_unit):
        return None  # 'the next 12 months look', but 'a 10-year strategy', 'a five year peak'
    if f.kind == "ordinal":
        for k, w in enumerate(run):
            name = w[0].isupper() and k + 1 < len(run)  # ('third seed Nicolas Kiefer', 'first Sevens event')
            if w.lower() in PERIOD_NOUNS or (_is_plural(w) and not name and not _modifier_plural(run, k)):
                return k
        return _last_noun(run)
    for k, w in enumerate(run):
        name_inside = w[0].isupper() and not w[:-1].isupper() and k + 1 < len(run) and k > 0 and run[k - 1][0].isupper()
        title = (f.kind == "year" and w[0].isupper() and w[1:].islower() and k >= 2 and run[k - 1][0].isupper()
                 and any(x[0].islower() for x in run[: k - 1]))  # fmt: skip  ('his 1962 ABC album Modern Sounds')
        if _is_plural(w) and not w[0].isdigit() and not name_inside and not title and not _modifier_plural(run, k):
            return k
    if f.kind == "year":
        return _last_noun(run) if run[0][0].isalpha() and run[0].lower() not in nb.MONTHS else None
    if (f.value == 1 or f.kind in _LAST_NOUN_KINDS) and len(run) <= 4:
        return _last_noun(run)
    return None


_PLURAL_MODIFIERS = frozenset(
    "electronics arms sports news communications telecommunications goods customs sales earnings drugs".split()
)
"""Plurals that modify the noun after them: 'the second-largest electronics retailer', 'a sales team'."""


def _modifier_plural(run: list[str], k: int) -> bool:
    nxt = run[k + 1] if k + 1 < len(run) else ""
    return run[k].lower() in _PLURAL_MODIFIERS and nxt[:1].islower() and nxt.isalpha() and not _verb_form(nxt)


_LAST_NOUN_KINDS = frozenset(("count", "other", "money", "measure", "percent", "duration", "age"))


def _last_noun(run: list[str]) -> int | None:
    """The last word of the run that is not a verb form or a trailing name.

    'one Weibo commenter' gives commenter, 'four-times finalist Paradorn
    Srichaphan' gives finalist, '1998 World Cup' gives Cup.
    """
    k = len(run) - 1
    while k > 0 and (run[k][0].isupper() or run[k][0].isdigit()) and any(w[0].islower() for w in run[:k]):
        k -= 1  # (also a score after a name: 'third seed Nicolas Kiefer 6-7')
    while k > 0 and _verb_form(run[k]):
        k -= 1
    if _verb_form(run[k]):
        return None
    return k


_PARTICIPLES = frozenset(
    "driven taken given shown known seen made held led sold bought paid built won lost left brought caught "
    "thought told found kept sent spent done gone begun written broken chosen spoken thrown drawn grown flown "
    "beaten eaten fallen ridden risen stolen sworn torn worn hidden bitten forgotten gave took came went got saw "
    "ran threw said met split".split()
)


_ING_NOUNS = frozenset(
    "inning innings building buildings meeting meetings morning mornings evening evenings wedding weddings "
    "ceiling opening openings hearing hearings briefing ruling rulings offering listing listings spending "
    "funding earnings savings holding holdings setting settings rating ratings ranking rankings ending endings "
    "beginning thing things king kings ring rings string spring wing wings sibling siblings clothing housing "
    "training painting paintings warning warnings shooting shootings bombing bombings killing killings filing "
    "filings polling trading booking bookings landing landings crossing crossings outing outings feeling reading "
    "readings "
    "feelings being beings recording recordings screening screenings sighting sightings lending borrowing "
    "borrowings financing advertising marketing banking shipping mining pricing billing takings".split()
)


def _verb_form(w: str) -> bool:
    """'killed', 'rising', 'driven': a verb form, not the counted noun ('innings', 'meetings' are nouns)."""
    low = w.lower()
    return not w[0].isupper() and (low.endswith(("ed", "ing")) or low in _PARTICIPLES) and (
        low not in _ING_NOUNS and low not in _ED_NOUNS
    )


_ED_NOUNS = frozenset("seed speed need bed shed red deed feed breed greed weed steed creed reed hundred".split())
"""Nouns that end like a past tense ('the second seed', 'top speed')."""


def _verb_and_scope(f: _Fig, text: str) -> None:
    """The event ('killed', 'deployed') and scope ('on both sides') of a count."""
    if f.kind != "count":
        return
    right = text[f.end : f.end + 60]
    if any(k in right for k in ("both", "total", " all", "wide", "global", "across")):
        m = _SCOPE.match(right)
        if m:
            f.scope = " ".join(m.group("s").lower().split())
    for w in _CLAUSE_END.split(right, maxsplit=1)[0].split()[:7]:
        w = w.strip("\"”’,'")
        if w in EVENT_VERBS or (len(w) > 3 and w.endswith("ed") and w.islower()):
            f.verb = w
            return
    for w in reversed(_CLAUSE_END.split(text[max(0, f.start - 40) : f.start])[-1].split()[-5:]):
        w = w.strip("\"“‘,'")
        if w in EVENT_VERBS or (len(w) > 3 and w.endswith("ed") and w.islower()):
            f.verb = w
            return


# --- the public functions -------------------------------------------------------------------------


_SEP = "\x00"


_GROUPS = namedtuple("_GROUPS", list(nb.CANDIDATE_RE.groupindex))
_ANCHORED = "^(?:" + nb.CANDIDATE_RUST + ")$"


def _candidates(docs: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """Every candidate span in every document: ``doc_id``, ``start``, ``end``, ``surface``.

    Polars (Rust regex) does all the matching, in two passes that give the same
    matches: ``extract_all`` lists them, and replacing each with a separator
    and splitting on it gives the gaps between them; the running sum of gap and
    match lengths gives the offsets.
    """
    text = pl.col("text").fill_null("").str.replace_all(_SEP, " ", literal=True)
    gaps = pl.col("text").str.replace_all(nb.CANDIDATE_RUST, _SEP).str.split(_SEP)
    return (
        docs.lazy()
        .select("doc_id", text)
        .select("doc_id", surface=pl.col("text").str.extract_all(nb.CANDIDATE_RUST), gap=gaps)
        .with_columns(pl.col("gap").list.head(pl.col("surface").list.len()).list.eval(pl.element().str.len_chars()))
        .with_row_index("_row")
        .explode("surface", "gap")
        .drop_nulls("surface")
        .with_columns(n=pl.col("surface").str.len_chars())
        .with_columns(end=(pl.col("gap") + pl.col("n")).cum_sum().over("_row").cast(pl.Int64))
        .select("doc_id", start=pl.col("end") - pl.col("n"), end="end", surface="surface")
        .collect()
    )


def _groups_of(surfaces: pl.Series) -> dict[str, tuple]:
    """The pattern's named groups for each distinct candidate surface (``extract_groups``)."""
    uniq = surfaces.unique().to_frame("surface")
    groups = uniq.select(pl.col("surface").str.extract_groups(_ANCHORED)).unnest("surface")
    cols = [groups[c].to_list() for c in _GROUPS._fields]
    return dict(zip(uniq["surface"].to_list(), map(_GROUPS._make, zip(*cols, strict=True)), strict=True))


_OR_GAP = re.compile(r"(?:\s+[a-z]+)?,?\s+or\s+|\s*\(\s*")  # ('by 10,000 vehicles, or 1.2%')
_SHARE_GAP = re.compile(r"\s+(?:and|or|to)\s+|,\s+|\s+or\s+even\s+")
_FROM_KINDS = frozenset({"money", "percent", "count", "measure"})
_FROM_BEFORE = re.compile(r"\b(?:from|compared\s+(?:with|to)|against)\s+$")
"""A figure compared with the one before it ('fell to £1.9bn from £2.1bn', 'stood at £17.9bn, compared with
£21.8bn'): what the first one is, the second one is too."""
_NOT_SHARED = _CHANGE_NOUNS | {"improvement", "change", "difference", "deterioration"}
_FROM_STOP = re.compile(r"[.;:!?\n]|\b(?:while|but|whereas|and)\b")


def _neighbours(figs: list[_Fig], text: str) -> None:
    """Pass on what one figure says to its neighbour.

    'rose by £106m or 47.3%' and '$1.13bn (£600m)' share the trend; '2000 and
    2003 results', 'from 155,000 to 110,000 staff' and 'scores or hundreds of
    workers' share the noun.
    """
    for a, b in pairwise(figs):
        gap = text[a.end : b.start]
        parallel = _OR_GAP.fullmatch(gap) and b.kind in ("money", "percent", "measure", "count")
        if a.trend and b.trend is None and parallel:
            b.trend = a.trend
        if (gap.strip() == "(" or (gap.strip() == ";" and b.kind == "money")) and b.noun is None and a.kind == b.kind:
            b.noun = a.noun  # ('£546m ($1.04bn)', '200,000 yuan ($24,000; £12,700)')
    for i, b in enumerate(figs):
        if b.noun is None and b.kind in _FROM_KINDS and _FROM_BEFORE.search(text, max(0, b.start - 16), b.start):
            a = next((a for a in reversed(figs[:i]) if a.kind == b.kind and a.unit == b.unit), None)
            near = a is not None and b.start - a.end <= 60 and not _FROM_STOP.search(text, a.end, b.start)
            if near and a.noun and a.noun.lower() not in _NOT_SHARED:
                b.noun, b.modifier = a.noun, a.modifier  # ('fell to £1.9bn from £2.1bn': the deficit, both)
                b.flags = [*b.flags, "noun-shared"]
    for a, b in zip(reversed(figs[:-1]), reversed(figs[1:]), strict=True):
        weak = a.noun is None or "noun-before" in a.flags
        shared = a.kind == b.kind and a.kind in ("count", "year") and _SHARE_GAP.fullmatch(text[a.end : b.start])
        if weak and b.noun and shared:
            a.noun, a.modifier = b.noun, b.modifier
            a.flags = [x for x in a.flags if x != "noun-before"] + ["noun-shared"]


def _time_noun(f: _Fig) -> None:
    """'two more years': a count of a time unit is a duration."""
    unit = nb.UNITS.get((f.noun or "").lower())
    if f.kind == "count" and unit in nb.TIME_UNITS and f.noun and f.noun.lower().endswith("s"):
        f.kind, f.unit, f.noun, f.rule = "duration", unit, None, "duration:noun"


def _figures_of(text: str, cands: Iterable[tuple]) -> list[_Fig]:
    """Steps 2 and 3 for one document: read its candidates and join neighbours."""
    return _join(_read_all(text, cands), text)


# --- step 4 over the whole corpus: polars picks the figures whose context needs reading ------------
#
# Each gate is a polars regex over every figure's context at once that matches
# whenever the Python reading could find something: it is the Python test made
# looser (word boundaries and look-arounds dropped), never stricter. Whitespace
# is written [\s\x1c-\x1f] because Python's \s and str.split() also take the
# separators \x1c-\x1f, and "i" as [iıİ] because Python's re.IGNORECASE lets
# "i" match the Turkish dotless and dotted i. Only the figures that pass are
# read in Python, so the result is the same as reading them all.
#
# Changing what _hedge, _trend (and its helpers), _verb_and_scope or
# _earlier_figure look for means loosening its gate to match; the doctest of
# _gates_agree compares the output with and without the gates.

_S = r"[\s\x1c-\x1f]"
_NS = r"[^\s\x1c-\x1f]"


def _words(words: Iterable[str]) -> str:
    """A case-insensitive gate alternation of ``words`` (longest first)."""
    return "|".join(sorted(words, key=len, reverse=True)).replace(".", r"\.").replace("i", "[iıİ]")


# _hedge: a hedge phrase right before the figure (_HEDGE_LEFT), or 'or more' after it (_HEDGE_RIGHT)
_GATE_HEDGE_LEFT = (
    rf"(?i)(?:{_words(_HEDGE_RELATION)}){_S}+(?:(?:an?{_S}+)?(?:additional|extra|further){_S}+|another{_S}+)?"
    rf"[\"“'‘]?(?:the{_S}+)?$"
)
_GATE_HEDGE_RIGHT = rf"(?i)^{_S}+(?:or|and){_S}+(?:{_words(_RIGHT_RELATION)})"
# _trend: the word before the figure is a trend verb, filler or adverb ('rose', 'by', 'sharply') and a
# trend word is among the last 80 characters (_verb_trend, _by_trend, _of_trend); or a trend word or
# comparative follows (_TREND_AFTER); or 'would go', 'to be created' follows (_job_trend, _GOES_AWAY)
_GATE_TREND_LAST = (
    rf"(?i)(?:(?:^|{_S})[\"“”'’]*(?:{_words(set(_TREND) | set(_LOSS_WORDS) | _LEFT_CUES)})|ly)[\"“”'’]*{_S}*$"
)
_GATE_TREND_WORD = (
    rf"(?i:{_words(set(_TREND) | set(_LOSS_WORDS) | _BY_ONLY_WORDS | set(_TREND_NOUN))})['’]*(?:[^A-Za-z’'-]|$)"
)
_GATE_TREND_AFTER = (
    rf"(?i)^(?:{_S}+[a-zıİ]{_NS}*)?{_S}+(?:{_words(_TREND_NOUN)})"
    rf"|^{_S}+(?:of|[iıİ]n|worth{_S}+of){_S}+(?:{_NS}+{_S}+)?(?:cuts|sav[iıİ]ngs)"
    rf"|^{_S}+(?:{_words(_AFTER_CUES - _TREND_NOUN.keys() - {'of', 'in', 'worth'})})"
    rf"|^{_S}+(?:[a-zıİ]+{_S}+)?(?:saved|axed|slashed|shed|scrapped|created|added)"
)
_GATE_TREND_SUBJECT = rf"(?i)(?:{_words(_TREND_NOUN)})[^.;:!?()]*(?:was|is|were|are|at){_S}"  # _TREND_SUBJECT
_GATE_GOES = (
    rf"(?i)(?:{_words(['would', 'will', 'could', 'to', 'may', 'might'])}){_S}+"
    rf"(?:go|be{_S}+(?:lost|cut|axed|scrapped|shed))|(?:{_words(['should', 'would', 'will', 'could', 'to', 'may'])})"
    rf"{_S}+be{_S}+created"
)
# _verb_and_scope: a scope word after the figure, or a word ending in 'ed' or an event verb around it
_SCOPE_WORDS = ["both", "total", " all", "wide", "global", "across"]
_GATE_VERB = (
    rf"(?:ed|{'|'.join(w for w in EVENT_VERBS if not w.endswith('ed'))})[\"“”‘’,']*(?:[\s\x1c-\x1f.;:]|$)"
)
# _earlier_figure: a revision word before the figure
_EARLIER_WORDS = ["earlier", "previous", "initial", "original", "prior", "first", "revers", "revis", "correct"]
_LEFT = 96
"""Characters of left context the gates see: the 70 the 'earlier figure' test reads, plus a hedge's 26."""
_RIGHT = 80
"""Characters of right context the gates see (what :func:`_job_trend` reads)."""


_GATES = True
"""Use the gates and the :func:`_noun` shortcut (False reads every figure in full, to compare)."""


def _gates(docs: list[tuple[str, str, list[_Fig]]]) -> pl.DataFrame:
    """Which figures may have a hedge, a trend, an event verb or scope, an 'earlier figure' cue.

    One boolean column per gate, one row per figure (in the order of ``docs``), from the text around
    each figure's span as it is after step 3 (a hedge can then move the span: see :func:`_read_context`).
    """
    left = [text[max(0, f.start - _LEFT) : f.start] for _, text, figs in docs for f in figs]
    right = [text[f.end : f.end + _RIGHT] for _, text, figs in docs for f in figs]
    if not _GATES:
        return pl.DataFrame({c: [True] * len(left) for c in ("hedge", "trend", "verb", "earlier")})
    lft, rgt = pl.col("left"), pl.col("right")

    def where(cond: pl.Expr, s: pl.Expr) -> pl.Expr:  # s where cond holds, else '': later regexes skip the rest
        return pl.when(cond).then(s).otherwise(pl.lit(""))

    frame = pl.DataFrame({"left": left, "right": right}, schema={"left": pl.String, "right": pl.String})
    return frame.select(
        hedge=lft.str.tail(26).str.contains(_GATE_HEDGE_LEFT) | rgt.str.head(20).str.contains(_GATE_HEDGE_RIGHT),
        trend=where(lft.str.tail(25).str.contains(_GATE_TREND_LAST), lft.str.tail(80)).str.contains(_GATE_TREND_WORD)
        | rgt.str.head(40).str.contains(_GATE_TREND_AFTER)
        | where(rgt.str.contains_any([" go", " be "]), rgt).str.contains(_GATE_GOES)
        | lft.str.tail(90).str.contains(_GATE_TREND_SUBJECT),
        verb=rgt.str.head(60).str.contains_any(_SCOPE_WORDS)
        | rgt.str.head(60).str.contains(_GATE_VERB)
        | lft.str.tail(40).str.contains(_GATE_VERB),
        earlier=lft.str.contains_any(_EARLIER_WORDS, ascii_case_insensitive=True),  # 70 + a hedge's 26
    )


def _gates_agree(n: int = 400, seed: int = 1) -> bool:
    """Whether :func:`figures` gives the same with and without the gates (a self-test).

    The text is made up of the words the gated readings look for, so a gate
    left stricter than the Python it stands for shows up here.

    >>> _gates_agree()
    True
    """
    global _GATES
    rng = random.Random(seed)
    words = sorted({
        *_HEDGE_RELATION, *(f"or {w}" for w in _RIGHT_RELATION), *_TREND, *_LOSS_WORDS, *_TREND_NOUN, *_AFTER_CUES,
        *_BY_ONLY_WORDS, *EVENT_VERBS, *_SCOPE_WORDS, *_SAY_WORDS, *_TIME_DAYS, *_EARLIER_WORDS, "raising", "jobs",
        "new", "last week", "sharply", "the", "of", "by", "just", "5", "1,200", "£3m", "3.5%", "2004", "10-20", "one",
        "5 jobs would go", "200 posts will be axed", "300 roles to be created", "up by 5%", "a rise of 3%",
        "4 were killed", "his earlier estimate of 5",
    })  # fmt: skip
    seps = [" ", " ", " ", "  ", "\n", "\x1c", "\xa0", ", ", ". ", "; ", " (", ") ", "-", " “", "” ", "’ "]
    case = (str.lower, str.lower, str.lower, str.capitalize, str.upper)
    texts = ["".join(rng.choice(case)(rng.choice(words)) + rng.choice(seps) for _ in range(60)) for _ in range(n)]
    docs = pl.DataFrame({"doc_id": [str(i) for i in range(n)], "text": texts})
    gated = figures(docs)
    _GATES = False
    try:
        return gated.equals(figures(docs))
    finally:
        _GATES = True


def _read_context(docs: list[tuple[str, str, list[_Fig]]]) -> None:
    """Step 4 for every figure: hedge, noun, event verb and scope, trend; then neighbours and flags."""
    gates = _gates(docs)
    gates = [gates[c].to_list() for c in ("hedge", "verb", "trend", "earlier")]
    texts = [text for _, text, figs in docs for _ in figs]
    figs = [f for _, _, doc_figs in docs for f in doc_figs]
    for f, text, hedge, verb, trend in zip(figs, texts, *gates[:3], strict=True):
        start, end = f.start, f.end
        if hedge:
            _hedge(f, text)
        moved = f.start != start or f.end != end  # a hedge joined: the gates saw other context
        _noun(f, text)
        if f.noun is not None:
            _time_noun(f)
        if (verb or moved) and f.kind == "count":
            _verb_and_scope(f, text)
        if trend or moved or (f.kind == "count" and (f.noun or "").lower() in _JOB_NOUNS):
            _trend(f, text)  # ('2,500 new jobs': _job_trend reads the noun, not the text)
    for _, text, doc_figs in docs:
        _neighbours(doc_figs, text)
    for f, text, earlier in zip(figs, texts, gates[3], strict=True):
        if f.noun is None and f.kind in ("count", "measure", "money", "percent"):
            f.flags.append("no-noun")
        if earlier and _earlier_figure(text[max(0, f.start - 70) : f.start]):
            f.flags.append("earlier-figure")
        if f.start > 0 and text[f.start - 1] in "-−" and (f.start < 2 or not text[f.start - 2].isalnum()):
            if f.kind in ("count", "money", "percent", "measure", "other") and f.value:
                f.start, f.value, f.rule = f.start - 1, -f.value, f.rule + ":negative"
        elif f.value and f.kind in ("count", "percent", "measure", "other") and _MINUS.search(
            text, max(0, f.start - 8), f.start
        ):
            f.value, f.rule = -f.value, f.rule + ":minus"  # 'a balance of minus 10', 'minus 15C'


_MINUS = re.compile(r"(?<!plus or )(?<!plus/)\b[Mm]inus\s+$")


def _earlier_figure(window: str) -> bool:
    """'his earlier statement that 105 were killed': the 70 characters before a figure revise it."""
    low = window.lower()
    return any(w in low for w in _EARLIER_WORDS) and bool(_EARLIER.search(window))


_COLUMNS = [
    ("doc_id", pl.String), ("figure_id", pl.Int64), ("start", pl.Int64), ("end", pl.Int64),
    ("surface", pl.String), ("value", pl.Float64), ("value_max", pl.Float64), ("relation", pl.String),
    ("qualifier", pl.String), ("trend", pl.String), ("unit", pl.String), ("noun", pl.String),
    ("kind", pl.String), ("modifier", pl.String), ("verb", pl.String), ("scope", pl.String),
    ("rule", pl.String), ("flags", pl.List(pl.String)),
]  # fmt: skip


def figures(
    docs: pl.DataFrame | pl.LazyFrame,
    *,
    sentences: pl.DataFrame | None = None,
) -> pl.DataFrame:
    """Find and read every figure (number expression) in every document.

    Parameters
    ----------
    docs : DataFrame
        Documents with ``doc_id`` and ``text`` (see :func:`kit.load`).
    sentences : DataFrame, default=None
        The documents' sentences from :func:`kit.sentences`; ``sentence_id``
        then equals ``SENTENCES.sent_id``. When None a quick splitter (a few
        regular expressions, the same abbreviation rules) is used: on the BBC
        corpus it takes about 0.1 s where :func:`kit.sentences` takes about 4 s,
        and gives 99.8% of the figures the same ``sentence_id``.

    Returns
    -------
    DataFrame
        One row per figure, in text order: ``doc_id``, ``figure_id`` (0-based
        within the document), ``start``, ``end`` (``text[start:end]`` is the
        whole figure, hedge and unit words included), ``surface``, ``value``
        (float, in the figure's own unit), ``value_max`` (end of a range),
        ``relation`` (``=``, ``~``, ``>``, ``>=``, ``<``, ``<=``), ``qualifier``
        (the hedge words as written), ``trend`` (``up``/``down`` when the
        figure is a change), ``unit`` (``percent``, ``USD``, ``GBP``, ``km``,
        ``year``...), ``noun`` (what is counted), ``kind`` (one of
        :data:`KINDS`), ``sentence_id``; and for context ``modifier`` (words
        between the number and the noun: "Armenian"), ``verb`` (the event:
        "killed"), ``scope`` ("on both sides"), ``rule`` (which rule read it),
        ``flags`` (``no-noun``, ``noun-from-context``, ``earlier-figure``...),
        ``sentence``, ``sentence_start``, ``attribution`` (who said it, as
        written: "Azerbaijan’s Defense Ministry said Thursday"), ``source``
        (the speaker alone) and ``when`` (time words: "Thursday").

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["a"], "text": [
    ...     "Fighting killed at least 135 Armenian soldiers. Sales rose 5% to $1.2bn."]})
    >>> figures(docs).select("surface", "value", "relation", "trend", "unit", "noun", "kind")
    shape: (3, 7)
    ┌──────────────┬──────────┬──────────┬───────┬─────────┬──────────┬─────────┐
    │ surface      ┆ value    ┆ relation ┆ trend ┆ unit    ┆ noun     ┆ kind    │
    │ ---          ┆ ---      ┆ ---      ┆ ---   ┆ ---     ┆ ---      ┆ ---     │
    │ str          ┆ f64      ┆ str      ┆ str   ┆ str     ┆ str      ┆ str     │
    ╞══════════════╪══════════╪══════════╪═══════╪═════════╪══════════╪═════════╡
    │ at least 135 ┆ 135.0    ┆ >=       ┆ null  ┆ null    ┆ soldiers ┆ count   │
    │ 5%           ┆ 5.0      ┆ =        ┆ up    ┆ percent ┆ Sales    ┆ percent │
    │ $1.2bn       ┆ 1.2000e9 ┆ =        ┆ null  ┆ USD     ┆ Sales    ┆ money   │
    └──────────────┴──────────┴──────────┴───────┴─────────┴──────────┴─────────┘
    """
    schema.check(docs, "DOCS_MIN")
    frame = docs.lazy().select("doc_id", pl.col("text").fill_null("")).collect()
    with ThreadPoolExecutor(max_workers=1) as pool, _gc_paused():
        cands = _candidates(frame)
        # polars releases the GIL: it splits the sentences while Python reads the figures
        spans = pool.submit(_quick_sentences, frame) if sentences is None else None
        out, texts = _read_figures(frame, cands)
        sents = spans.result() if spans is not None else _sentence_spans(sentences, frame)
        out = _attach_sentences(out, sents)
        return _attach_context(out, texts)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the figures are read.

    Reading makes many small objects and no reference cycles; the collections
    they would trigger cost about 5% of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_figures(frame: pl.DataFrame, cands: pl.DataFrame) -> tuple[pl.DataFrame, dict[str, str]]:
    """Steps 2 to 4 over the candidates: one row per figure (no sentences yet), and the texts by doc_id."""
    texts = dict(zip(frame["doc_id"].to_list(), frame["text"].to_list(), strict=True))
    groups = _groups_of(cands["surface"])
    starts, ends = cands["start"].to_list(), cands["end"].to_list()
    found = [groups[surface] for surface in cands["surface"].to_list()]
    runs = cands["doc_id"].rle()  # each document's candidates are consecutive rows
    read, k = [], 0
    for n, doc_id in zip(runs.struct.field("len").to_list(), runs.struct.field("value").to_list(), strict=True):
        text = texts[doc_id]
        doc_cands = zip(starts[k : k + n], ends[k : k + n], found[k : k + n], strict=True)
        read.append((doc_id, text, _figures_of(text, doc_cands)))
        k += n
    _read_context(read)
    figs = [f for _, _, doc_figs in read for f in doc_figs]
    columns = {
        "doc_id": [doc_id for doc_id, _, doc_figs in read for _ in doc_figs],
        "figure_id": [k for _, _, doc_figs in read for k in range(len(doc_figs))],
        "surface": [text[f.start : f.end] for _, text, doc_figs in read for f in doc_figs],
        "flags": [",".join(f.flags) for f in figs],
    }
    out = pl.DataFrame(
        {name: pl.Series(name, columns[name] if name in columns else list(map(attrgetter(name), figs)),
                         dtype=pl.String if name == "flags" else dtype)
         for name, dtype in _COLUMNS}
    )  # fmt: skip
    return out, texts


# --- sentences ---------------------------------------------------------------------------------------

def _quick_sentences(docs: pl.DataFrame) -> pl.DataFrame:
    """Sentence spans from a few regular expressions, with the rules of :func:`kit.sentences`.

    A full stop, ``!`` or ``?`` (and closing quotes) before a space ends a
    sentence unless the next word starts in lower case; after an abbreviation
    only when the next word usually starts a sentence ("The", "But"); after a
    title ("Mr.") never; after "a.m."/"p.m." unless a weekday, month or time
    zone follows. Blank lines always end one.
    """
    from kit.tokenize import ALL_ABBREVS, MONTHS, TIME_WORDS, TITLE_ABBREVS, WEEKDAYS, stopwords

    ends = r"(?:[.!?]+[\"'”’)\]]*\s+|\n\s*)"
    pieces = (
        docs.lazy()
        .select("doc_id", pl.col("text").str.replace_all(_SEP, " ", literal=True))
        .with_columns(piece=pl.col("text").str.replace_all(ends, "${0}" + _SEP).str.split(_SEP))
        .select("doc_id", "piece")
        .explode("piece")
        .filter(pl.col("piece").str.len_chars() > 0)
        .with_columns(n=pl.col("piece").str.len_chars().cast(pl.Int64))
        .with_columns(  # each piece's end, its last characters and the next piece, computed once
            end=pl.col("n").cum_sum().over("doc_id"),
            tail=pl.col("piece").str.tail(24),
            nxt=pl.col("piece").shift(-1).over("doc_id"),
        )
        .with_columns(nxt_word=pl.col("nxt").str.extract(r"^[\"“‘(]?(\p{L}+)").str.to_lowercase())
    )
    tail, nxt, nxt_word = pl.col("tail"), pl.col("nxt"), pl.col("nxt_word")
    abbrev = r"(?:^|[\s(\"“])(?:" + "|".join(ALL_ABBREVS) + r"|(?:\p{L}\.)+\p{L}|\p{Lu})\.[\"'”’)\]]*[ \t]+$"
    title = r"(?:^|[\s(])(?:" + "|".join(TITLE_ABBREVS) + r")\.[ \t]+$"
    nxt_lower = nxt.str.contains(r"^[\"“‘(]?\p{Ll}")
    is_abbrev = tail.str.contains(abbrev)
    is_time = tail.str.contains(r"(?i)\b[ap]\.m\.[ \t]+$")
    newline = tail.str.contains(r"\n\s*$")
    keep_going = pl.when(tail.str.contains(r"\n[ \t]*\n\s*$")).then(False).when(newline).then(nxt_lower).otherwise(
        nxt_lower
        | tail.str.contains(title)
        | (is_time & nxt_word.is_in(WEEKDAYS + MONTHS + TIME_WORDS))
        | (is_abbrev & ~is_time & (~nxt_word.is_in(sorted(stopwords())) | nxt.str.contains(r"^\d")))
    )  # fmt: skip
    return (
        pieces.with_columns(brk=~keep_going.fill_null(False))
        .with_columns(sentence_id=pl.col("brk").shift(1).fill_null(False).cum_sum().over("doc_id").cast(pl.Int64))
        .group_by("doc_id", "sentence_id")
        .agg(sentence_start=(pl.col("end") - pl.col("n")).min(), sentence_end=pl.col("end").max())
        .sort("doc_id", "sentence_start")
        .collect()
    )


def _sentence_spans(sentences: pl.DataFrame, docs: pl.DataFrame) -> pl.DataFrame:
    schema.check(sentences, "SENTENCES", columns=["doc_id", "sent_id", "start", "end"])
    return sentences.select(
        "doc_id", sentence_id=pl.col("sent_id"), sentence_start=pl.col("start"), sentence_end=pl.col("end")
    ).sort("doc_id", "sentence_start")


def _attach_sentences(figs: pl.DataFrame, sents: pl.DataFrame) -> pl.DataFrame:
    """Each figure's sentence (figures are in text order within each document)."""
    if figs.height == 0:
        return figs.with_columns(
            sentence_id=pl.lit(None, pl.Int64),
            sentence_start=pl.lit(None, pl.Int64),
            sentence_end=pl.lit(None, pl.Int64),
        )
    return figs.join_asof(
        sents.with_columns(pl.col("sentence_start").cast(pl.Int64), pl.col("sentence_end").cast(pl.Int64)),
        left_on="start",
        right_on="sentence_start",
        by="doc_id",
        strategy="backward",
        check_sortedness=False,
    )


# --- context: attribution, time words, nouns from context -------------------------------------------


_ATTRIBUTED = frozenset(("count", "money", "percent", "measure", "other"))


def _attach_context(figs: pl.DataFrame, texts: dict[str, str]) -> pl.DataFrame:
    """Sentence text, attribution, time words and nouns from context (in text order)."""
    names = ("doc_id", "sentence_id", "sentence_start", "sentence_end", "start", "kind", "noun", "flags")
    cols = [figs[c].to_list() for c in names]
    sentences, texts_of = [], []  # per figure, per sentence
    prev_key, sentence = None, ""
    for doc_id, sid, s0, s1 in zip(*cols[:4], strict=True):
        if (doc_id, sid) != prev_key:
            prev_key, sentence = (doc_id, sid), texts[doc_id][s0:s1].rstrip() if s0 is not None else ""
            texts_of.append(sentence)
        sentences.append(sentence)
    # polars: which sentences hold a speech cue word, or a time word, at all (the regexes run only on those)
    sentence_text = pl.Series(texts_of, dtype=pl.String)
    says = iter(sentence_text.str.contains_any(_SAY_WORDS).to_list() if _GATES else [True] * len(texts_of))
    times = (sentence_text.str.contains_any(_TIME_DAYS) | sentence_text.str.contains(_GATE_TIME)).to_list()
    times = iter(times if _GATES else [True] * len(texts_of))
    attribution, source, when, nouns, flags = [], [], [], [], []
    prev_key, prev_noun, say, cues, sentence_when = None, None, False, None, None
    cache: dict = {}
    for doc_id, sid, s0, start, kind, noun, fl, sentence in zip(*cols[:3], *cols[4:], sentences, strict=True):
        if (doc_id, sid) != prev_key:
            prev_key, prev_noun, say, cues = (doc_id, sid), None, next(says), None
            sentence_when = _UNSET if next(times) else None
        if kind in _ATTRIBUTED:
            if cues is None:
                cues = _cues(sentence, cache) if say else []
            att = _attribution(cues, start - (s0 or 0)) if cues else None
            found = _time_words(att[0], cache) if att else None
            if found is None:
                if sentence_when is _UNSET:
                    sentence_when = _time_words(sentence, cache)
                found = sentence_when
            attribution.append(att[0] if att else None)
            source.append(att[1] if att else None)
            when.append(found)
        else:
            attribution.append(None)
            source.append(None)
            when.append(None)
        if kind == "count":
            if noun is None and prev_noun and "no-noun" in fl:
                noun, fl = prev_noun, ",".join([x for x in fl.split(",") if x != "no-noun"] + ["noun-from-context"])
            if noun is not None:
                prev_noun = noun
        nouns.append(noun)
        flags.append(fl)
    return figs.drop("sentence_end").with_columns(
        sentence=pl.Series(sentences, dtype=pl.String),
        noun=pl.Series(nouns, dtype=pl.String),
        flags=pl.Series(flags, dtype=pl.String).str.split(",").list.filter(pl.element() != ""),
        attribution=pl.Series(attribution, dtype=pl.String),
        source=pl.Series(source, dtype=pl.String),
        when=pl.Series(when, dtype=pl.String),
    )


_UNSET = object()
_CLAUSE_START = re.compile(r"[,;:(—–]\s*|\b(?:while|whereas|but|and|as|after|that)\s+")


def _cues(sentence: str, cache: dict) -> list[tuple[int, int, str, str]]:
    """The speech cues of a sentence (start, end, attribution, source), in order; cached per sentence."""
    cues = cache.get(sentence)
    if cues is None:
        cues = cache[sentence] = [c for c in (_cue(sentence, m) for m in _SAY.finditer(sentence)) if c]
    return cues


def _attribution(cues: list[tuple[int, int, str, str]], offset: int) -> tuple[str, str] | None:
    """Who gave the figure: the nearest speech cue before it in the sentence, else after it."""
    pick = None
    for c in cues:
        if c[1] <= offset:
            pick = c
    if pick is None:
        pick = next((c for c in cues if c[0] >= offset), None)
    return (pick[2], pick[3]) if pick else None


def _cue(sentence: str, m: re.Match) -> tuple[int, int, str, str] | None:
    cue = m.group()
    if cue == "according to":
        tail = re.match(r"\s+((?:the\s+)?[\w’'&.-]+(?:\s+[A-Z][\w’'&.-]*)*)", sentence[m.end() :])
        if not tail:
            return None
        who = tail.group(1)
        return (m.start(), m.end() + tail.end(), sentence[m.start() : m.end() + tail.end()], who)
    head = sentence[: m.start()]
    cs = [x.end() for x in _CLAUSE_START.finditer(head)]
    start = cs[-1] if cs else 0
    who = head[start:].strip()
    if not who or len(who.split()) > 9:
        return None
    end = m.end()
    tail = re.match(r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                    r"yesterday|today|last\s+\w+)|(?:parliament|lawmakers|reporters|journalists|"
                    r"the\s+\w+|[A-Z]\w+))\b", sentence[end:])  # fmt: skip
    if tail:
        end += tail.end()
    intro = sentence[:start].strip(" ,")
    text = sentence[start:end]
    if intro and _TIME_WORDS.search(intro) and len(intro.split()) <= 4:
        text = sentence[:end]
    return (start, end, text.strip(), who)


def _time_words(s: str, cache: dict) -> str | None:
    """The time words of an attribution or a sentence ('Thursday', 'last week'), joined; cached."""
    key = ("when", s)
    found = cache.get(key, _UNSET)
    if found is _UNSET:
        found = (", ".join(dict.fromkeys(_TIME_WORDS.findall(s))) or None) if _maybe_time(s) else None
        cache[key] = found
    return found


def _maybe_time(s: str) -> bool:
    return ("day" in s or "night" in s or "earlier" in s or "later" in s or "week" in s or "month" in s
            or "year" in s)  # fmt: skip


# --- comparing two versions of a story -------------------------------------------------------------

STATUSES = ("agree", "hedge_changed", "conflict", "only_a", "only_b", "different_source")
"""The values of ``compare_figures(...).status``."""

_ANCHORED_KINDS = frozenset(("year", "date", "time", "ordinal", "age", "duration"))
_APPROX = 0.1
"""How far '~' reaches either side of its value (10%) when intervals are compared."""


def interval(value: float, relation: str, value_max: float | None = None) -> tuple[float, float, bool, bool]:
    """The values a figure allows: (low, high, low_open, high_open).

    ``more than 200`` allows (200, inf); ``at least 135`` [135, inf); ``about
    2,000`` [1,800, 2,200] (10% either side); ``200-300`` [200, 300].

    >>> interval(200, ">")
    (200, inf, True, False)
    >>> interval(2000, "~")
    (1800.0, 2200.0, False, False)
    """
    hi = value if value_max is None else value_max
    if relation == "~":
        return value - abs(value) * _APPROX, hi + abs(hi) * _APPROX, False, False
    if relation in (">", ">="):
        return value, math.inf, relation == ">", False
    if relation in ("<", "<="):
        return -math.inf, hi, False, relation == "<"
    return value, hi, False, False


def _overlap(x: tuple, y: tuple) -> bool:
    lo, lo_open = (x[0], x[2]) if x[0] > y[0] else (y[0], y[2]) if y[0] > x[0] else (x[0], x[2] or y[2])
    hi, hi_open = (x[1], x[3]) if x[1] < y[1] else (y[1], y[3]) if y[1] < x[1] else (x[1], x[3] or y[3])
    return lo < hi or (lo == hi and not lo_open and not hi_open)


@dataclass(slots=True)
class _Claim:
    row: dict
    noun: str | None
    verb: str | None
    scope: str | None
    source: frozenset[str]
    earlier: list[dict] = field(default_factory=list)


def _lemma(word: str | None) -> str | None:
    if not word:
        return None
    w = word.lower().replace("’", "'")
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _claims(rows: list[dict]) -> list[_Claim]:
    """One claim per figure; an 'earlier figure' joins the claim it was revised into."""
    claims: list[_Claim] = []
    last_noun = None
    for r in rows:
        noun = r["noun"]
        if r["kind"] == "count" and noun is None and last_noun:
            noun = last_noun  # 'it lost 71': the noun of the story's last count
        if r["kind"] == "count" and noun:
            last_noun = noun
        verb = EVENT_VERBS.get((r["verb"] or "").lower(), (r["verb"] or "").lower() or None)
        scope = re.sub(r"^(?:on|from|of)\s+", "", r["scope"]) if r["scope"] else None
        source = frozenset(w.lower().strip("’'s") for w in re.findall(r"[A-Z][\w’']+", r["source"] or ""))
        c = _Claim(r, _lemma(noun), verb, scope, source)
        same = (m for m in reversed(claims) if m.row["sentence_id"] == r["sentence_id"] and m.noun == c.noun)
        main = next(same, None)
        if "earlier-figure" in (r["flags"] or []) and main is not None:
            main.earlier.append(r)
            continue
        claims.append(c)
    return claims


def _pair_score(x: _Claim, y: _Claim) -> float | None:
    """How likely two figures make the same claim (None: they cannot)."""
    rx, ry = x.row, y.row
    if rx["kind"] != ry["kind"] or rx["unit"] != ry["unit"]:
        return None
    if x.noun and y.noun and x.noun != y.noun:
        return None
    same_value = rx["value"] == ry["value"] and rx["value_max"] == ry["value_max"]
    if rx["kind"] in _ANCHORED_KINDS:
        return 5.0 + (x.noun is not None and x.noun == y.noun) if same_value else None
    score = 3.0 if x.noun and y.noun else 0.0
    if x.verb and y.verb:
        score += 2.0 if x.verb == y.verb else -1.0
    if x.scope or y.scope:
        score += 2.0 if x.scope == y.scope else -2.0
    mx, my = (rx["modifier"] or ""), (ry["modifier"] or "")
    if mx[:1].isupper() and my[:1].isupper():
        score += 1.0 if mx.lower() == my.lower() else -1.0
    if x.source and y.source:
        score += 1.0 if x.source & y.source else 0.0
    if same_value:
        score += 2.0
    elif _overlap(interval(rx["value"], rx["relation"], rx["value_max"]),
                  interval(ry["value"], ry["relation"], ry["value_max"])):  # fmt: skip
        score += 1.0
    return score if score >= 3.0 else None


def _status(x: _Claim, y: _Claim) -> str:
    rx, ry = x.row, y.row
    ix = interval(rx["value"], rx["relation"], rx["value_max"])
    iy = interval(ry["value"], ry["relation"], ry["value_max"])
    if _overlap(ix, iy):
        same_hedge = (rx["qualifier"] or "").lower() == (ry["qualifier"] or "").lower()
        return "agree" if same_hedge and rx["relation"] == ry["relation"] else "hedge_changed"
    if x.source and y.source and not (x.source & y.source):
        return "different_source"
    return "conflict"


def _claim_words(c: _Claim, other: _Claim | None) -> str:
    """The claim in words: 'Armenian soldiers killed', 'soldiers killed (both sides)'."""
    r = c.row
    if r["kind"] in ("count", "money", "percent", "measure", "other") and (c.noun or (other and other.noun)):
        mods = [m for m in (r["modifier"], other.row["modifier"] if other else None) if m and m[:1].isupper()]
        noun = r["noun"] or (other.row["noun"] if other else None) or c.noun
        words = " ".join([*mods[:1], noun, c.verb or (other.verb if other else None) or ""]).strip()
        scope = c.scope or (other.scope if other else None)
        return f"{words} ({scope})" if scope else words
    sentence, start = r["sentence"] or "", r["start"] - (r["sentence_start"] or 0)
    left = sentence[:start].split()[-2:] if r["kind"] in ("year", "date", "time") else []
    right = re.split(r"[,;.:]", sentence[start + len(r["surface"]) :], maxsplit=1)[0].split()[:3]
    return " ".join([*left, r["surface"], *right])


def _who(c: _Claim | None, doc: str) -> str:
    if c is None:
        return f"{doc}: -"
    r = c.row
    text = r["attribution"] or "no attribution"
    if r["when"] and r["when"] not in text:
        text += f" ({r['when']})"
    for e in c.earlier:
        sentence = e["sentence"] or ""
        k = e["start"] - (e["sentence_start"] or 0)
        clause = max(sentence.rfind(",", 0, k), sentence.rfind(";", 0, k)) + 1
        m = re.search(r"\b(?:reversing|revising|revised|correcting|(?:his|her|its|their|an?|the)\s+"
                      r"(?:earlier|previous|initial|original|first)\b)", sentence[clause:k])  # fmt: skip
        phrase = sentence[clause + m.start() : k] if m else ""
        tail = re.split(r"[,;.]", sentence[k:], maxsplit=1)[0]
        text += f", {(phrase + tail).strip()}"
    return f"{doc}: {text}"


_COMPARE_SCHEMA = {
    "claim": pl.String, "kind": pl.String, "unit": pl.String,
    "a_surface": pl.String, "a_value": pl.Float64, "a_value_max": pl.Float64, "a_relation": pl.String,
    "a_sentence": pl.String, "b_surface": pl.String, "b_value": pl.Float64, "b_value_max": pl.Float64,
    "b_relation": pl.String, "b_sentence": pl.String, "status": pl.String, "context": pl.String,
    "a_low": pl.Float64, "a_high": pl.Float64, "b_low": pl.Float64, "b_high": pl.Float64,
    "a_figure_id": pl.Int64, "b_figure_id": pl.Int64,
}  # fmt: skip


_SIDE_FIELDS = ("surface", "value", "value_max", "relation", "sentence", "low", "high", "figure_id")


def _side(c: _Claim | None, p: str) -> dict:
    if c is None:
        return {f"{p}_{k}": None for k in _SIDE_FIELDS}
    r = c.row
    lo, hi, _, _ = interval(r["value"], r["relation"], r["value_max"])
    return {
        f"{p}_surface": r["surface"], f"{p}_value": r["value"], f"{p}_value_max": r["value_max"],
        f"{p}_relation": r["relation"], f"{p}_sentence": r["sentence"],
        f"{p}_low": lo if math.isfinite(lo) else None, f"{p}_high": hi if math.isfinite(hi) else None,
        f"{p}_figure_id": r["figure_id"],
    }  # fmt: skip


def compare_figures(figures: pl.DataFrame, a: str, b: str) -> pl.DataFrame:
    """Line up the claims two versions of a story make and flag the numbers that drifted.

    Two figures make the same claim when they count the same thing (noun, or
    the story's last counted noun for "it lost 71"), with the same event verb
    ("killed", "died" and "lost" are one event) and scope ("on both sides",
    "Armenian"); dates, years, durations and ordinals match only when equal.
    Pairs are taken best first. Values are compared as intervals, not points:
    "more than 200" allows (200, inf), so 176 conflicts with it; "about 2,000"
    allows 1,800-2,200. A figure a version calls earlier ("reversing his
    earlier statement that 105 were killed") is reported with the claim that
    replaced it, in ``context``, not as a claim of its own.

    Parameters
    ----------
    figures : DataFrame
        The output of :func:`figures` for (at least) the two documents.
    a, b : str
        The two ``doc_id`` values to compare (e.g. original and rewrite).

    Returns
    -------
    DataFrame
        One row per claim: ``claim`` (what is counted, in words), ``kind``,
        ``unit``, ``a_surface``, ``a_value``, ``a_value_max``, ``a_relation``,
        ``a_sentence`` and the same for ``b``; ``status`` (one of
        :data:`STATUSES`: ``agree``, ``hedge_changed`` (same interval, other
        hedge words), ``conflict`` (the intervals do not meet),
        ``different_source`` (they do not meet, but different people gave
        them), ``only_a``, ``only_b``); ``context`` (who gave each figure and
        when); ``a_low``/``a_high``/``b_low``/``b_high`` (the intervals, null
        when unbounded) and ``a_figure_id``/``b_figure_id``.

    Examples
    --------
    >>> import polars as pl
    >>> docs = pl.DataFrame({"doc_id": ["old", "new"], "text": [
    ...     "The clashes killed 176 soldiers from both sides.",
    ...     "The clashes killed more than 200 soldiers on both sides."]})
    >>> compare_figures(figures(docs), "old", "new").select("claim", "a_surface", "b_surface", "status")
    shape: (1, 4)
    ┌──────────────────────────────┬───────────┬───────────────┬──────────┐
    │ claim                        ┆ a_surface ┆ b_surface     ┆ status   │
    │ ---                          ┆ ---       ┆ ---           ┆ ---      │
    │ str                          ┆ str       ┆ str           ┆ str      │
    ╞══════════════════════════════╪═══════════╪═══════════════╪══════════╡
    │ soldiers killed (both sides) ┆ 176       ┆ more than 200 ┆ conflict │
    └──────────────────────────────┴───────────┴───────────────┴──────────┘
    """
    schema.check(figures, "FIGURES")
    extra = ["sentence", "sentence_start", "attribution", "source", "when", "verb", "scope", "modifier", "flags"]
    missing = [c for c in extra if c not in figures.columns]
    if missing:
        raise schema.SchemaError(f"compare_figures needs the context columns of kit.figures "
                                 f"(missing: {', '.join(missing)}). "
                                 "Pass the frame kit.figures(docs) returned.")  # fmt: skip
    ids = set(figures["doc_id"].unique().to_list())
    for d in (a, b):
        if d not in ids:
            raise ValueError(f"no figures for doc_id {d!r}; the frame has: {', '.join(sorted(map(str, ids)))}")
    ca = _claims(figures.filter(pl.col("doc_id") == a).sort("start").to_dicts())
    cb = _claims(figures.filter(pl.col("doc_id") == b).sort("start").to_dicts())
    pairs = []
    for i, x in enumerate(ca):
        for j, y in enumerate(cb):
            sc = _pair_score(x, y)
            if sc is not None:
                pairs.append((-sc, abs(i / max(len(ca), 1) - j / max(len(cb), 1)), i, j))
    used_a, used_b, rows = set(), set(), []
    for _, _, i, j in sorted(pairs):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        x, y = ca[i], cb[j]
        rows.append((i, j, x, y, _status(x, y)))
    rows += [(i, None, x, None, "only_a") for i, x in enumerate(ca) if i not in used_a]
    rows += [(len(ca), j, None, y, "only_b") for j, y in enumerate(cb) if j not in used_b]
    out = []
    for _i, _j, x, y, status in sorted(rows, key=lambda t: (t[0], t[1] if t[1] is not None else -1)):
        main = x or y
        out.append({
            "claim": _claim_words(main, y if x else None), "kind": main.row["kind"], "unit": main.row["unit"],
            **_side(x, "a"), **_side(y, "b"), "status": status,
            "context": f"{_who(x, a)} | {_who(y, b)}",
        })  # fmt: skip
    return pl.DataFrame(out, schema=_COMPARE_SCHEMA).select(list(_COMPARE_SCHEMA))
