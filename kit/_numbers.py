"""Number words, units and the candidate pattern behind :func:`kit.figures` (private).

The candidate pattern is written once and runs in two engines: polars (Rust
``regex``) finds candidates over the whole corpus, and Python's ``re`` reads
the named groups of each match. It therefore uses only syntax both engines
share: no look-around, no backreferences, ``(?i:...)`` for case-insensitive
parts and ``(?P<name>...)`` groups.

Spelled-out cardinals ("fifty-five", "one hundred and five") are parsed by
`text2num <https://pypi.org/project/text2num/>`_ (a small, maintained Rust
library with Python wheels; MIT). The news idioms no library handles (``a
dozen``, ``half``, ``two-thirds``, ``hundreds of``, ordinals, ``1.5 million``)
are tables here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

# --- lexicons ------------------------------------------------------------------

SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
CARDINALS = {w: float(i) for i, w in enumerate(SMALL)} | {w: 20.0 + 10 * i for i, w in enumerate(TENS)}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1_000_000,
}  # fmt: skip
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
    "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
VAGUE = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6,
         "billions": 1e9, "trillions": 1e12, "tens": 10.0}  # fmt: skip
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12,
    "december": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

CURRENCIES = {
    "$": "USD", "us$": "USD", "$us": "USD", "$a": "AUD", "$nz": "NZD", "$c": "CAD",
    "usd": "USD", "dollar": "USD", "dollars": "USD", "cent": "USD",
    "cents": "USD", "£": "GBP", "&#163;": "GBP", "&pound;": "GBP", "gbp": "GBP", "pound": "GBP",
    "pounds": "GBP", "pence": "GBP", "p": "GBP", "€": "EUR", "&euro;": "EUR", "&#8364;": "EUR",
    "eur": "EUR", "euro": "EUR", "euros": "EUR", "¥": "JPY", "yen": "JPY", "jpy": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rs": "INR", "rs.": "INR", "rupee": "INR",
    "rupees": "INR", "inr": "INR", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "s$": "SGD", "r$": "BRL", "chf": "CHF", "franc": "CHF", "francs": "CHF", "₹": "INR",
    "reais": "BRL", "roubles": "RUB", "rubles": "RUB", "rand": "ZAR", "baht": "THB", "zloty": "PLN",
    "shekels": "ILS", "naira": "NGN", "ringgit": "MYR", "rupiah": "IDR", "kronor": "SEK",
    "pesos": "peso", "dinars": "dinar", "dirhams": "dirham", "lira": "lira",
}  # fmt: skip
CURRENCIES.update({
    f"{country} {word}": code
    for country, code in (("hong kong", "HKD"), ("us", "USD"), ("u.s.", "USD"), ("canadian", "CAD"),
                          ("australian", "AUD"), ("new zealand", "NZD"), ("singapore", "SGD"),
                          ("taiwan", "TWD"), ("new taiwan", "TWD"))
    for word in ("dollar", "dollars")
})  # 'one US dollar', '88 billion Hong Kong dollars'
HUNDREDTHS = {"cent", "cents", "pence", "p"}
"""Currency words worth a hundredth of the unit (``274.5 pence`` is 2.745 GBP)."""

UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pc": "percent",
    "percentage point": "percentage points", "percentage points": "percentage points",
    "basis point": "basis points", "basis points": "basis points", "bps": "basis points",
    "point": "point", "points": "point", "pts": "point",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "mph": "mph", "m/s": "m/s", "km/s": "km/s",
    "knot": "knot", "knots": "knot",
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
    "mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
    "mile": "mile", "miles": "mile", "inch": "inch", "inches": "inch", "ft": "ft", "foot": "ft",
    "feet": "ft", "yard": "yard", "yards": "yard",
    "tonne": "tonne", "tonnes": "tonne", "ton": "tonne", "tons": "tonne", "kg": "kg",
    "metric ton": "tonne", "metric tons": "tonne", "metric tonne": "tonne", "metric tonnes": "tonne",
    "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "kilogrammes": "kg", "gram": "g", "grams": "g", "lb": "lb", "lbs": "lb", "ounce": "ounce",
    "ounces": "ounce", "oz": "ounce",
    "litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "gallon": "gallon",
    "gallons": "gallon", "barrel": "barrel", "barrels": "barrel",
    "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
    "sq km": "km2", "square kilometres": "km2", "square kilometers": "km2", "square miles": "mile2",
    "square mile": "mile2", "square metres": "m2", "square meters": "m2", "square feet": "ft2",
    "degree": "degree", "degrees": "degree", "°": "degree", "°c": "°C", "°f": "°F",
    "degrees celsius": "°C", "degrees fahrenheit": "°F", "degrees c": "°C", "degrees f": "°F",
    "c": "°C", "f": "°F",
    "gb": "GB", "mb": "MB", "tb": "TB", "kb": "KB", "gigabyte": "GB", "gigabytes": "GB",
    "megabyte": "MB", "megabytes": "MB", "terabytes": "TB", "mbps": "Mbps", "ghz": "GHz",
    "mhz": "MHz", "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "megawatts": "MW",
    "megawatt": "MW", "watt": "W", "watts": "W", "kilowatts": "kW", "kilowatt": "kW", "gigawatts": "GW",
    "calories": "calorie", "fps": "fps", "nm": "Nm", "hp": "hp",
    "bhp": "hp", "horsepower": "hp", "rpm": "rpm", "mpg": "mpg", "mah": "mAh", "megapixel": "megapixel",
    "megapixels": "megapixel", "gigapixel": "gigapixel", "gigapixels": "gigapixel",
    "megabit": "Mbit", "megabits": "Mbit", "kilobit": "kbit", "kilobits": "kbit", "gigabit": "Gbit",
    "gigabits": "Gbit", "kbps": "kbps", "gbps": "Gbps", "teraflops": "teraflops", "gigaflops": "gigaflops",
    "megaflops": "megaflops", "petaflops": "petaflops", "magnitude": "magnitude",
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day", "days": "day",
    "night": "night", "nights": "night", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "quarter": "quarter", "quarters": "quarter",
    "times": "times", "fold": "times",
}  # fmt: skip
TIME_UNITS = frozenset(
    "second minute hour day night week month year decade century quarter".split()
)
MEASURE_SPEEDS = {"second": "s", "sec": "s", "s": "s", "minute": "min", "min": "min",
                  "hour": "h", "hr": "h", "h": "h"}  # fmt: skip
INDEX_WORDS = re.compile(
    r"\b(?:index|indices|Dow|FTSE|Nasdaq|S&P|Nikkei|ISEQ|STOXX|DAX|CAC|Hang Seng|Sensex|"
    r"Kospi|points?)\b"
)

# --- the candidate pattern ---------------------------------------------------------


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|"
    r"JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"  # (wire datelines)
)
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+\.\d{1,2}|\d{1,3}(?:,\d{3})*,\d\d|\d+)(?:\.\d+)?(?:/\d+)?|\.\d+"
)  # the middle two read misprints whole ('3.817.69', '£135,00'), not as a number and a stray fragment
_W = _alt(SMALL + TENS + list(SCALES) + ["dozen"])
_W1 = rf"(?:(?:a|one)\s+(?:hundred|thousand|million|billion|trillion|dozen)|(?:{_W}))\b"
_WORDNUM = (
    rf"(?i:\b(?:(?:{_W1}[ -]+)*?(?:hundred|thousand|million|billion|trillion)\s+and\s+(?:{_W})\b"
    rf"(?:[ -]+(?:{_W})\b)*|{_W1}(?:[ -]+(?:{_W})\b)*))"
)
_ORD = _alt(list(ORDINAL_WORDS))
_ORDINAL = (
    rf"\b(?:(?:{_alt(TENS)})[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    rf"{_ORD})\b|\b\d+(?:st|nd|rd|th)\b"
)
_FRAC = (
    rf"\b(?:(?:a|an|one|{_alt(SMALL[2:] + TENS)})[ -]+)?"
    r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b"
    r"(?:\s+(?:of\s+)?an?\s+(?:million|billion|trillion|dozen))?"
)
_CUR_PREFIX = (
    r"(?:US\$|A\$|C\$|HK\$|NZ\$|S\$|R\$|\$(?:US|A|NZ|C)\s?|\$|£|€|¥|₹|&#163;|&pound;|&#8364;|&euro;|"
    r"\bRs\.?\s?|\b(?:USD|GBP|EUR|JPY|CHF|CNY|INR)\s?)"
)
# '$1-million' (Canada); 'Rs 24 lakh', '₹3 crore' (India: 100,000 and 10 million)
_SCALE = r"(?:\s?(?:bn|mn|m|tn|trn|k)\b|(?:[\s-]|[ \t]{2,3})?(?:(?:b|m|tr)illions?|thousand|lakhs?|crores?)\b)"
_SPEED = (
    r"(?:km/h|kph|kmh|mph|m/s|km/s|"
    r"(?:m|km|metres|meters|miles|feet)\s+(?:per|an|a)\s+(?:second|minute|hour))\b"
)
_UNIT = (
    r"(?:%|(?i:per\s?cent|percent|pc|percentage[ -]points?|basis[ -]points?|bps|points?|pts|"
    r"(?:hong\s+kong|us|u\.s\.|canadian|australian|new\s+zealand|singapore|(?:new\s+)?taiwan)\s+dollars?|"
    r"dollars|pounds|pence|euros?|cents|yen|yuan|renminbi|rupees|francs|p|reais|roubles|rubles|rand|"
    r"baht|zloty|shekels|naira|ringgit|rupiah|kronor|pesos|dinars|dirhams|lira|"
    r"knots?|kilomet(?:re|er)s?|km|metres?|meters?|m|centimet(?:re|er)s?|cm|"
    r"millimet(?:re|er)s?|mm|miles?|inch(?:es)?|ft|feet|foot|yards?|metric\s+ton(?:ne)?s?|tonnes?|tons?|"
    r"kg|kilos?|"
    r"kilogram(?:me)?s?|grams?|lbs?|ounces?|oz|litres?|liters?|gallons?|barrels?|acres?|hectares?|"
    r"sq\s?km|square\s+(?:miles?|met(?:re|er)s|kilomet(?:re|er)s|feet)|"
    r"degrees?(?:\s+(?:celsius|fahrenheit|c|f))?|gigabytes?|megabytes?|terabytes?|gb|mb|tb|kb|"
    r"mbps|kbps|gbps|(?:mega|kilo|giga)bits?|(?:tera|giga|mega|peta)flops|magnitude|ghz|mhz|mw|gw|kw|kwh|megawatts?|gigawatts?|kilowatts?|watts?|calories|fps|nm|hp|bhp|horsepower|rpm|mpg|mah|megapixels?|gigapixels?|"
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|"
    r"centur(?:y|ies)|quarters?|times|fold)\b|°[CF]?|[CF]\b)"
)
_AGE_TAIL = r"(?:[ -](?i:years?|yr)[ -](?i:olds?)\b)"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"
_AND_HALF = r"(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b)"

_DIGIT = "0123456789"
_CAPS_MONTH = "JFMASOND"
_NUMBER_WORD_FIRST = "aAoOzZtTfFsSeEnNhHmMbBdD"
_ALTERNATIVES: list[tuple[str | None, str]] = [
    # (the characters a match can start with, pattern)
    # dates: Sept. 30, 2020 / 31 December 2004 / 16-18 December / March 2005 / 2020-09-30
    (_CAPS_MONTH, rf"\b(?P<month>{_MONTH})(?:\.\s*|\s+)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
     rf"(?:,?\s+(?P<year>{_YEAR})\b)?"),
    (_DIGIT, rf"\b(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–/]\s?(?P<dday2>\d{{1,2}})(?:st|nd|rd|th)?)?"
     rf"\s+(?:of\s+)?(?P<dmonth>{_MONTH_WORD})\b(?:,?\s+(?P<dyear>{_YEAR})\b)?"),
    (_CAPS_MONTH, rf"\b(?P<mmonth>{_MONTH_WORD}),?\s+(?P<myear>{_YEAR})\b"),
    (_DIGIT, r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"),
    (_DIGIT, r"\b(?P<sdate>(?P<sday>\d{1,2})/\d{1,2}/(?:(?:19|20)\d\d|\d\d))\b"),
    # race and lap times: 3:46.04 / 1:47.97 / 2:04:55 (m:ss.xx or h:mm:ss), read as seconds
    (_DIGIT, r"\b(?P<race>\d{1,2}:\d{2}(?::\d{2})?\.\d{1,3}|\d{1,2}:\d{2}:\d{2})\b"),
    # clock times: 8 p.m. / 10:30pm / 0227 GMT / 1800GMT / 0800
    (_DIGIT, r"\b(?P<hh>\d{1,2})(?:[:.](?P<mm>\d{2}))?\s?(?P<ampm>(?i:[ap]\.\s?m\.|[ap]m\b))"),
    (_DIGIT, r"\b(?P<hhmm>\d{1,2}:\d{2})\b(?:\s?(?P<tz>GMT|BST|UTC|CET|EST|EDT|ET|PST|PDT|PT|CST)\b)?"),
    (_DIGIT, r"\b(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)\s?(?P<miltz>GMT|BST|UTC|CET|hrs|EST|EDT|ET)\b"),
    (_DIGIT, r"\b(?P<mil0>0\d[0-5]\d)\b"),
    # decades and age groups: 1990s, '90s, mid-90s, over-70s
    (_DIGIT + "mMeElL'’",
     r"(?:\b(?P<decmod>(?i:mid|early|late))[ -])?(?P<apos>['’])?\b(?P<decade>\d{1,3}0s|1[89]\d0['’]s)\b"),
    ("oOuU", r"\b(?P<agegrp>(?i:over|under))-(?P<agenum>\d{2})s\b"),
    # vague magnitudes: dozens, hundreds of thousands, several hundred, a few thousand
    ("sSaA", r"\b(?P<vqual>(?i:several|a\s+few|a\s+couple\s+of))\s+(?P<vbase>(?i:hundred|thousand|million|billion))\b"
     r"(?:\s+(?P<vcur>(?i:dollars|pounds|euros)))?"),
    ("dDsShHtTmMbB", r"\b(?P<vague>(?i:dozens|scores|hundreds|thousands|millions|billions|trillions|tens)"
     r"(?:\s+of\s+(?i:thousands|millions|billions|trillions))*)\b(?:\s+of\s+(?P<vcur2>(?i:dollars|pounds|euros)))?"),
    # half a unit: half-a-second, half an hour, half a dozen
    ("hH", r"\b(?P<halfa>(?i:half)[ -]an?[ -](?P<halfunit>(?i:second|minute|hour|day|week|month|year|decade|"
     r"century|mile|point|percentage[ -]point|inch|metre|meter|kilometre|kilometer|litre|liter|dozen)))\b"),
    # fractions, 'one in four', ordinals, multipliers, 'a couple', 'a year or two'
    (_NUMBER_WORD_FIRST + "qQ", rf"(?P<frac>(?i:{_FRAC}))"),
    (_DIGIT + _NUMBER_WORD_FIRST,
     r"\b(?P<ina>(?i:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\s+(?:in|out\s+of)\s+(?:every\s+)?"
     r"(?P<inb>(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3}))\b"),
    (_DIGIT + "fFsStTeEnNhHmM", rf"(?P<ord>(?i:{_ORDINAL}))"),
    (_NUMBER_WORD_FIRST + "qQ",
     r"\b(?P<mult>(?i:twice|thrice|triple|treble|quadruple|double|(?:two|three|four|five|six|seven|eight|nine|"
     r"ten|twenty|fifty|hundred|thousand)-?fold))\b"),
    ("o", r"\b(?P<once>once)\b"),  # 'he only broke me once.' (read only before a clause end: _read)
    ("dDtTqQhH", r"\b(?P<multv>(?i:doubled|tripled|trebled|quadrupled|halved|doubling|tripling|trebling|quadrupling"
                 r"|halving))\b"),  # 'sales have tripled', 'committed to halving the deficit'
    ("aAcCpPtT", r"\b(?P<couple>(?i:(?:a\s+)?(?:couple|pair|trio)))\b"),
    ("aA", r"\b(?P<aunit>(?i:an?\s+(?:whole\s+)?(?:year|decade|century|month|week|day|hour|minute|second)))\b"
     r"(?P<aunittail>(?i:\s+or\s+two|\s+and\s+a\s+half))?"),
    # everything else: [currency] number [scale] [-plus] [unit], ages 56-year-old
    (None, rf"(?P<cur>{_CUR_PREFIX})?(?P<num>{_NUM})(?P<half>{_AND_HALF})?"
     rf"(?:(?P<age>{_AGE_TAIL})|(?P<speed>[ -]?{_SPEED})|(?P<scale>{_SCALE})?(?P<plus>-plus\b|\+)?"
     rf"(?:(?P<usep>[ -]|\s-\s)?(?P<unit>{_UNIT}))?)"),
]

CANDIDATE = "|".join(p for _, p in _ALTERNATIVES)
"""One alternation for every kind of figure; the first alternative that matches wins."""

_ASCII_B = r"(?:(?<![A-Za-z0-9_])(?=[A-Za-z0-9_])|(?<=[A-Za-z0-9_])(?![A-Za-z0-9_]))"
CANDIDATE_RUST = CANDIDATE.replace(r"\b", r"(?-u:\b)")
"""The pattern for polars: ASCII word boundaries, which keep Rust's fast DFA engine (20x faster)."""
CANDIDATE_RE = re.compile(CANDIDATE.replace(r"\b", _ASCII_B))
"""The same pattern for Python's ``re``, with the same ASCII word boundaries."""

def _compile_for(char: str | None) -> re.Pattern:
    parts = [p for first, p in _ALTERNATIVES if first is None or (char is not None and char in first)]
    return re.compile("|".join(parts).replace(r"\b", _ASCII_B))


_BY_START = {c: _compile_for(c) for c in sorted({c for first, _ in _ALTERNATIVES if first for c in first})}
_ANY_START = _compile_for(None)
_NO_GROUPS = dict.fromkeys(CANDIDATE_RE.groupindex)


def match_candidate(text: str, pos: int) -> tuple[re.Match, dict] | None:
    """Read the candidate polars found at ``pos``: the match and all named groups.

    Tries only the alternatives that can start with the character at ``pos``,
    in the pattern's order (so the result is the one the whole pattern gives).

    >>> m, g = match_candidate("about $1.2bn", 6)
    >>> m.group(), g["cur"], g["num"], g["scale"]
    ('$1.2bn', '$', '1.2', 'bn')
    """
    m = _BY_START.get(text[pos], _ANY_START).match(text, pos)
    return (m, _NO_GROUPS | m.groupdict()) if m else None


# --- parsing ---------------------------------------------------------------------------


def parse_digits(text: str) -> float | None:
    """Parse ``6,700``, ``1.5``, ``.5`` or ``7/32`` (a fraction) to a float.

    >>> parse_digits("6,700"), parse_digits("7/32"), parse_digits("1.5")
    (6700.0, 0.21875, 1.5)
    >>> parse_digits("3.817.69"), parse_digits("135,00")
    (3817.69, 135000.0)
    """
    if text.count(".") > 1:  # '3.817.69': dots as thousands separators, then a decimal point
        head, _, tail = text.rpartition(".")
        text = head.replace(".", "") + "." + tail
    elif re.search(r",\d\d$", text):  # '£135,00': a thousands group missing a digit
        text += "0"
    text = text.replace(",", "")
    if "/" in text:
        a, _, b = text.partition("/")
        try:
            return float(a) / float(b) if float(b) else None
        except ValueError:
            return None
    try:
        return float(text)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_words(text: str) -> float | None:
    """Parse a spelled-out cardinal: ``fifty-five``, ``a dozen``, ``one hundred and five``.

    >>> parse_words("fifty-five"), parse_words("a dozen"), parse_words("Two million")
    (55.0, 12.0, 2000000.0)
    >>> parse_words("two and three") is None
    True
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t.startswith(("a ", "an ")):
        t = "one " + t.split(" ", 1)[1]
    dozen = 1.0
    if t.endswith("dozen"):
        dozen, t = 12.0, t[: -len("dozen")].strip() or "one"
    if t in CARDINALS:
        return CARDINALS[t] * dozen
    try:
        return float(text2num(t, "en")) * dozen
    except (ValueError, TypeError):
        return None


def parse_ordinal(text: str) -> float | None:
    """Parse ``third``, ``twenty-first`` or ``21st``.

    >>> parse_ordinal("twenty-first"), parse_ordinal("3rd"), parse_ordinal("Seventh")
    (21.0, 3.0, 7.0)
    """
    t = text.lower().replace(" ", "-")
    if t[:1].isdigit():
        return float(t[:-2])
    if t in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[t])
    tens, _, unit = t.partition("-")
    if tens in TENS and unit in ORDINAL_WORDS:  # (not 'one-fifth', a fraction)
        return CARDINALS[tens] + ORDINAL_WORDS[unit]
    return None


def parse_fraction(text: str) -> tuple[float, bool] | None:
    """Parse ``half``, ``a third``, ``two-thirds``, ``almost a quarter of a million``.

    Returns the value and whether a multiplier (``of a million``) made it a count.

    >>> parse_fraction("two-thirds")
    (0.6666666666666666, False)
    >>> parse_fraction("a quarter of a million")
    (250000.0, True)
    """
    words = text.lower().replace("-", " ").split()
    scale = 1.0
    if words[-1] in SCALES or words[-1] == "dozen":
        scale = SCALES.get(words[-1], 12.0)
        words = words[: words.index("of") if "of" in words else -2]
    *num, frac = words
    if frac not in FRACTION_WORDS:
        return None
    numerator = 1.0
    if num and num[0] not in ("a", "an"):
        value = parse_words(" ".join(num))
        if value is None:
            return None
        numerator = value
    return numerator / FRACTION_WORDS[frac] * scale, scale != 1.0


def parse_race_time(text: str) -> float:
    """Seconds in a race or lap time: ``3:46.04`` (m:ss.xx) or ``2:04:55`` (h:mm:ss).

    >>> parse_race_time("3:46.04"), parse_race_time("2:04:55")
    (226.04, 7495.0)
    """
    total = 0.0
    for part in text.split(":"):
        total = total * 60 + float(part)
    return round(total, 3)


YEAR_BEFORE = frozenset("year fiscal financial calendar fy season class budget tax model".split())
"""Words that make a following yearlike number a year even before a plural ('fiscal year 2019 sales')."""

SPORT_DISTANCE_NOUNS = frozenset(
    """hurdles freestyle backstroke breaststroke butterfly medley relay relays sprint sprints dash
    steeplechase final finals heats heat semi-finals semi-final title record race races event events
    individual run runs swim walk""".split()
)
"""Nouns after '60m' that make it metres, not million ('60m hurdles', '400m freestyle')."""


def unit_of(word: str) -> str | None:
    """The normalised unit for a unit word, or None.

    >>> unit_of("per cent"), unit_of("Miles"), unit_of("-year")
    ('percent', 'mile', 'year')
    """
    w = " ".join(word.strip(" -").lower().split())
    return UNITS.get(w) or CURRENCIES.get(w)
