"""The rules behind :func:`kit.quotes`: word lists, patterns, and the per-document engine.

Private module. :mod:`kit.quotes` finds every quotation mark, paragraph break and
candidate reporting verb ("cue") for the whole corpus with one polars regex pass;
this module then works per document, over those candidate positions only:

1. **Pair** the marks (:func:`pair`): decide for every mark whether it opens,
   closes or is an apostrophe, from the glyph (“ ”), the characters on either
   side and what is open; cut fragments at paragraph ends and reopenings, and
   recover when a site forgot a closing mark.
2. **Attribute** each fragment (:func:`attribute`): look for a cue in the same
   sentence (after the quote, then before it), read the speaker mention next to
   the cue, and otherwise treat the quote as a continuation, a floating quote
   or a scare quote / title / slogan.
3. **Resolve** the mention (:class:`_Resolver`): a surname to the fullest name
   used in the article, a pronoun to the nearest name of fitting gender, a title
   ("the minister") to the person it was used for.

Every decision names the rule that made it (``QUOTES.rule``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# --- marks ------------------------------------------------------------------------

_ENT_DOUBLE = (
    "&quot;", "&ldquo;", "&rdquo;", "&bdquo;", "&laquo;", "&raquo;", "&#34;", "&#034;",
    "&#8220;", "&#8221;", "&#8222;", "&#x22;", "&#x201c;", "&#x201d;", "&#x201C;", "&#x201D;",
)  # fmt: skip
_ENT_SINGLE = ("&apos;", "&lsquo;", "&rsquo;", "&#39;", "&#039;", "&#8216;", "&#8217;", "&#x27;",
               "&#x2018;", "&#x2019;")  # fmt: skip
DOUBLE = {'"', "“", "”", "„", "‟", "«", "»", "''", "’’", "‘‘", "``", *_ENT_DOUBLE}
SINGLE = {"'", "‘", "’", "‚", "‹", "›", *_ENT_SINGLE}
OPEN_GLYPH = {"“", "„", "«", "‘", "‚", "‹", "‘‘", "``", "&ldquo;", "&bdquo;", "&laquo;", "&lsquo;",
              "&#8220;", "&#8222;", "&#x201c;", "&#x201C;", "&#8216;", "&#x2018;"}  # fmt: skip
CLOSE_GLYPH = {"”", "»", "’", "›", "’’", "&rdquo;", "&raquo;", "&rsquo;", "&#8221;", "&#x201d;",
               "&#x201D;", "&#8217;", "&#x2019;"}  # fmt: skip

MARK_PATTERN = (
    r"&(?:quot|ldquo|rdquo|lsquo|rsquo|laquo|raquo|bdquo|apos|#0?3[49]|#82(?:1[67]|2[012])"
    r"|#[xX](?:2[27]|201[89cdCD]));|''|’’|‘‘|``|[\"“”„‟«»‘’'‚‹›]"
)
"""Rust regex for a quotation mark (entities and doubled single marks included)."""

# --- cues -------------------------------------------------------------------------

_CUE_FORMS = """
say says said saying tell tells told telling add adds added adding ask asks asked asking
answer answers answered reply replies replied replying respond responds responded responding
explain explains explained explaining note notes noted noting write writes wrote writing
state states stated stating declare declares declared declaring claim claims claimed claiming
insist insists insisted insisting argue argues argued arguing warn warns warned warning
admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging
concede concedes conceded conceding continued concluded recall recalls recalled recalling
recount recounts recounted recounting testify testifies testified testifying
tweet tweets tweeted tweeting posted comment comments commented commenting remark remarked
observe observes observed announce announces announced announcing confirm confirms confirmed
deny denies denied suggest suggests suggested suggesting predict predicts predicted
promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing
boast boasts boasted boasting complain complains complained complaining joke jokes joked joking
quip quips quipped shouted yelled screamed whispered muttered mouthed exclaimed
urge urges urged urging plead pleads pleaded pled beg begs begged begging cautioned
stress stresses stressed stressing emphasised emphasized reiterate reiterates reiterated
repeated describe describes described describing call calls called calling dub dubs dubbed
label labels labelled labeled branded brand brands term terms termed accuse accuses accused
accusing blast blasts blasted slam slams slammed assail assails assailed criticise criticises
criticised criticize criticizes criticized condemn condemns condemned praise praises praised
hail hails hailed cheer cheers cheered decry decries decried lament laments lamented
allege alleges alleged reveal reveals revealed indicated mention mentions mentioned quoted
laughed sighed agree agrees agreed retort retorted countered snapped wondered mused
reflected think thinks thought maintained threatened reject rejects rejected dismiss dismisses
dismissed welcome welcomes welcomed referred spoke views sees tells insist recalled
""".split()
_CUE_PHRASES = [
    "according to", "According to", "quoted as saying", "went on", "goes on", "pointed out",
    "points out", "weighed in", "chimed in", "in the words of", "In the words of", "put it",
]  # fmt: skip
CUE_WORDS = sorted(set(_CUE_FORMS), key=len, reverse=True)
CUE_PATTERN = r"(?-u:\b)(?:" + "|".join(_CUE_PHRASES + CUE_WORDS) + r")(?-u:\b)"
"""Rust regex for a candidate cue (reporting verb or phrase), ASCII word boundaries."""

EVENT_PATTERN = MARK_PATTERN + r"|\n[^\S\n]*\n\s*|\n|" + CUE_PATTERN
"""One pattern for everything the engine needs: marks, paragraph and line breaks, cues."""

PARTICIPLES = {w for w in _CUE_FORMS if w.endswith("ing")}
PASSIVE_OK = {"quoted"}  # "was quoted as saying": the subject is the speaker
TELL_VERBS = {"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges",
              "urged", "urging", "warn", "warns", "warned", "warning", "beg", "begged", "begs",
              "remind", "reminded", "assure", "assured"}  # fmt: skip
AUX = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "also",
       "later", "then", "again", "further", "previously", "earlier", "once", "simply", "just",
       "repeatedly", "separately", "recently", "quickly", "reportedly", "allegedly", "publicly",
       "privately", "last", "may", "might", "could", "can", "should", "did", "does", "do", "not",
       "never", "often", "always", "already", "still", "even", "only", "first", "subsequently",
       "since", "himself", "herself", "themselves", "once", "too", "however", "famously",
       "angrily", "candidly", "bluntly", "frankly", "flatly", "firmly", "proudly", "jokingly",
       "openly", "clearly", "apparently", "recalls", "tearfully", "cheerfully", "somewhat",
       "has since", "had since", "memorably", "mockingly", "dryly", "wryly"}  # fmt: skip

# --- words around names -----------------------------------------------------------

HONORIFICS_M = {"mr", "mr.", "sir", "lord", "father", "fr", "fr.", "king", "prince", "brother",
                "monsignor", "sheikh", "duke", "baron"}  # fmt: skip
HONORIFICS_F = {"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "sister",
                "madam", "madame", "duchess", "baroness"}  # fmt: skip
TITLES = {
    *HONORIFICS_M, *HONORIFICS_F, "mx", "dr", "dr.", "prof", "prof.", "professor", "rev", "rev.",
    "reverend", "rabbi", "imam", "president", "vice", "prime", "minister", "secretary",
    "chancellor", "senator", "sen", "sen.", "rep", "rep.", "representative", "congressman",
    "congresswoman", "gov", "gov.", "governor", "mayor", "judge", "justice", "general", "gen",
    "gen.", "colonel", "col", "col.", "lt", "lt.", "lieutenant", "major", "maj", "maj.", "captain",
    "capt", "capt.", "commander", "cmdr", "cmdr.", "adm", "adm.", "admiral", "sgt", "sgt.",
    "sergeant", "corporal", "cpl", "chief", "officer", "ambassador", "attorney", "speaker",
    "chairman", "chairwoman", "chair", "director", "coach", "manager", "deputy", "foreign",
    "home", "defence", "defense", "interior", "finance", "health", "education", "shadow",
    "labour", "conservative", "tory", "democrat", "democratic", "republican", "liberal",
    "pope", "cardinal", "bishop", "archbishop", "commissioner", "executive", "superintendent",
    "supt", "inspector", "insp", "detective", "det", "constable", "pc", "mp", "mep", "msp",
    "am", "assemblyman", "assemblywoman", "councillor", "councilman", "councilwoman", "trustee",
    "chief-executive", "ceo", "spokesman", "spokeswoman", "head", "boss", "skipper", "striker",
    "leader", "premier", "envoy", "sec", "sec.", "atty", "atty.", "dep", "supreme", "leader",
    "chief", "state", "treasury", "trade", "industry", "culture", "transport", "environment",
    "work", "pensions", "justice", "energy", "economy", "economic", "security", "national",
    "first", "lord", "prosecutor", "solicitor", "advocate", "adviser", "advisor", "founder",
    "co-founder", "president-elect", "sheriff", "dean", "provost", "chairperson", "lawmaker",
    "the", "former", "ex", "late", "then", "acting", "interim",
}  # fmt: skip
ORG_WORDS = {
    "ministry", "commission", "office", "council", "party", "committee", "association", "union",
    "department", "agency", "bank", "group", "company", "corporation", "corp", "corp.", "inc",
    "inc.", "ltd", "ltd.", "plc", "llc", "university", "institute", "foundation", "organisation",
    "organization", "court", "parliament", "assembly", "government", "authority", "service",
    "services", "commons", "lords", "house", "senate", "congress", "league", "federation", "fc",
    "united", "city", "club", "times", "news", "post", "journal", "radio", "tv", "network",
    "airlines", "airways", "motors", "fund", "board", "trust", "society", "centre", "center",
    "forces", "army", "navy", "police", "securities", "investments", "partners", "capital",
    "holdings", "records", "productions", "studios", "pictures", "games", "systems",
    "technologies", "labs", "media", "press", "telegraph", "guardian", "herald", "tribune",
    "review", "magazine", "channel", "watch", "alliance", "coalition", "campaign", "nations",
    "union", "states", "republic", "kingdom", "department", "bureau", "administration",
    "exchange", "market", "markets", "industries", "energy", "oil", "motor", "airport",
    "hospital", "school", "college", "academy", "church", "council", "program", "programme",
    "initiative", "project", "review", "report", "tass", "reuters", "afp", "bbc", "cnn", "nbc",
    "abc", "cbs", "itv", "sky", "fox", "ap", "dpa", "xinhua", "interfax", "ria", "yonhap",
    "kyodo", "efe", "ansa", "anadolu", "euronews", "bloomberg",
}  # fmt: skip
PERSON_ROLES = {
    "minister", "secretary", "chancellor", "president", "premier", "leader", "mp", "mep", "msp",
    "senator", "governor", "mayor", "actor", "actress", "singer", "star", "player", "striker",
    "coach", "manager", "boss", "chief", "executive", "analyst", "officer", "judge", "lawyer",
    "attorney", "prosecutor", "chairman", "chairwoman", "founder", "director", "author", "writer",
    "veteran", "winger", "defender", "midfielder", "goalkeeper", "keeper", "captain", "champion",
    "skipper", "rapper", "musician", "comedian", "presenter", "host", "economist", "professor",
    "scientist", "researcher", "doctor", "physician", "nurse", "teacher", "candidate", "lawmaker",
    "congressman", "congresswoman", "ambassador", "envoy", "diplomat", "general", "commander",
    "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "father", "mother",
    "son", "daughter", "wife", "husband", "woman", "man", "girl", "boy", "footballer",
    "cricketer", "batsman", "bowler", "runner", "athlete", "sprinter", "swimmer", "cyclist",
    "golfer", "boxer", "rider", "driver", "jockey", "trainer", "designer", "artist", "director",
    "producer", "filmmaker", "novelist", "poet", "journalist", "reporter", "editor", "campaigner",
    "activist", "official", "politician", "chairperson", "ceo", "head", "spokesman",
    "spokeswoman", "spokesperson", "witness", "victim", "suspect", "defendant", "businessman",
    "businesswoman", "entrepreneur", "investor", "billionaire", "tycoon", "owner", "founder",
    "deputy", "republican", "democrat", "tory", "conservative", "liberal", "socialist",
    "frontman", "guitarist", "drummer", "vocalist", "songwriter", "dancer", "model", "celebrity",
    "prosecutor", "sheriff", "lecturer", "expert", "adviser", "advisor", "aide", "strategist",
    "incumbent", "challenger", "nominee", "hopeful", "teenager", "youngster", "pensioner",
    "emperor", "monarch", "duke", "duchess", "chef", "governor", "representative", "speaker",
}  # fmt: skip
ORG_HEADS = {
    "ministry", "department", "company", "firm", "agency", "government", "commission", "office",
    "party", "union", "council", "committee", "club", "group", "bank", "court", "police",
    "league", "association", "organisation", "organization", "team", "board", "body", "embassy",
    "authority", "institute", "university", "network", "channel", "newspaper", "paper",
    "magazine", "airline", "carrier", "regulator", "watchdog", "charity", "foundation",
    "campaign", "administration", "bureau", "service", "studio", "label", "retailer", "maker",
    "manufacturer", "operator", "giant", "broadcaster", "corporation", "federation", "fund",
    "statement", "letter", "report", "website", "site", "station", "trust", "industry", "house",
    "senate", "parliament", "army", "military", "kremlin", "pentagon", "white house",
}  # fmt: skip
ANON_HEADS = {
    "official", "officials", "source", "sources", "insider", "insiders", "aide", "aides",
    "person", "people", "diplomat", "diplomats", "someone", "staffer", "staffers", "observer",
    "observers", "analyst", "analysts", "expert", "experts", "critic", "critics", "executive",
    "executives", "member", "members", "employee", "employees", "worker", "workers", "resident",
    "residents", "witness", "witnesses", "onlooker", "onlookers", "spokesman", "spokeswoman",
    "spokesperson", "representative", "one", "another", "others", "some", "many", "friend",
    "friends", "colleague", "colleagues", "neighbour", "neighbours", "neighbor", "neighbors",
    "officer", "officers", "investigator", "investigators", "lawmaker", "lawmakers",
}  # fmt: skip
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "1", "we": "1", "you": "2"}
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
               "that", "these", "those", "one", "some", "many", "several", "two", "three",
               "four", "five", "both", "another", "other", "each", "every", "most", "few",
               "all", "no", "any"}  # fmt: skip
PREPOSITIONS = {"for", "of", "at", "from", "in", "inside", "with", "on", "to", "close",
                "near", "within", "behind", "under", "by", "outside", "among", "across"}  # fmt: skip
BOUNDARY_WORDS = {
    "and", "but", "or", "nor", "while", "whereas", "that", "which", "who", "whom", "whose",
    "when", "where", "as", "because", "since", "although", "though", "if", "unless", "after",
    "before", "until", "so", "than", "yet", "is", "was", "were", "are", "be", "been", "being",
    "has", "have", "had", "says", "said", "told", "tells", "whether", "what", "how", "why",
    "however", "meanwhile", "also", "then", "there", "here", "not", "did", "do", "does", "can",
    "could", "would", "will", "should", "might", "may", "must", "to", "about", "like", "unlike",
    "despite", "during", "through", "into", "onto", "over", "against", "via", "per", "upon",
}  # fmt: skip
CAP_STOP = {
    "the", "in", "on", "at", "but", "and", "however", "a", "an", "if", "when", "while", "as",
    "after", "before", "since", "for", "from", "with", "by", "of", "to", "it", "he", "she",
    "they", "we", "i", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "there", "here", "what", "why", "how", "who", "last", "next", "earlier",
    "later", "meanwhile", "now", "then", "so", "yet", "or", "nor", "not", "no", "yes", "also",
    "even", "only", "just", "speaking", "asked", "writing", "according", "under", "despite",
    "although", "though", "because", "during", "until", "unless", "where", "both", "all",
    "some", "many", "most", "several", "each", "every", "instead", "still", "thus", "overall",
    "indeed", "besides", "moreover", "furthermore", "once", "today", "tonight", "yesterday",
    "tomorrow", "nevertheless", "nonetheless", "otherwise", "perhaps", "maybe", "sadly",
    "unfortunately", "fortunately", "interestingly", "notably", "separately", "finally",
    "first", "second", "third", "dear", "oh", "well", "mrs", "hey", "hello", "meet", "watch",
    "read", "see", "like", "unlike", "among", "between", "within", "without", "about",
    "above", "below", "inside", "outside", "near", "following", "including", "amid", "via",
    "ex", "former", "said", "says", "told",
}  # fmt: skip
WEEKDAYS_MONTHS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.",
}  # fmt: skip
SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "jnr", "snr"}

# Common given names, for gender only (a name missing here is simply "unknown").
_MALE = """
aaron adam adrian ahmed ahmad alan albert alex alexander alexei alfred ali alistair andre andrea
andreas andrew andy angus anthony antonio arnold arthur ashley barack barry ben benjamin bernard
bill billy bob bobby boris brad brendan brian bruce bryan carl carlos charles charlie chris
christian christopher chuck clive colin craig dan daniel danny darren dave david dean dennis derek
dick dmitry dominic don donald doug douglas duncan dwight ed eddie edward emmanuel eric erik ernest
evan francis francisco frank fred frederick gareth gary gavin geoff geoffrey george gerald gerard
gerry gordon graham greg gregory guy harold harry hassan henry hugh hugo ian igor ilham ivan jack
jacob jake james jamie jason javier jean jeff jeffrey jeremy jerome jerry jim jimmy joe joel john
johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin
kim kurt lance larry lee leon leonard lewis liam lionel louis luis luke malcolm marc marco marcus
mark martin matt matthew max michael mick mickey miguel mike mikhail mitch mohammed muhammad
nathan neil nicholas nick nigel nikol noah norman oliver omar oscar owen pablo patrick paul pedro
pete peter phil philip pierre ralph ray raymond recep richard rick rob robert robbie robin rod
roger ron ronald roy rudy rupert russell ryan sam samuel scott sean sebastian sergei sergey simon
stanley stephen steve steven stuart ted terry theo thierry thomas tim timothy todd tom tommy tony
trevor tyler victor vincent vladimir walter warren wayne will william xi yuri zach zachary
jose jurgen arsene alex sven roman rafael roger novak andy tiger lewis wolfgang jean-claude
hamid ashraf mahmoud abdullah vladimir volodymyr emmanuel narendra shinzo justin benjamin
giuseppe gerhard helmut jacques nicolas silvio viktor boris gordon kofi ban nelson thabo
"""
_FEMALE = """
abigail ada alice alicia alison amanda amber amy andrea angela angelina ann anna anne annie
barbara beatrice becky betty beverley brenda bridget britney caroline carol catherine cathy
charlotte cheryl christina christine claire clare condoleezza cynthia dana deborah debbie denise
diana diane donna dorothy edith eileen elaine eleanor elizabeth ella ellen emily emma erica erin
eve fiona florence frances gemma georgia gillian gloria grace hannah harriet hazel heather helen
hillary holly ingrid irene isabel jackie jacqueline jane janet janice jean jennifer jenny jessica
jill joan joanna jodie josephine joy judith judy julia julie june karen kate katherine kathleen
kathy katie kay kelly kerry kim kirsty kristi laura lauren leslie linda lisa liz louise lucy
lynn madeleine madonna maggie margaret maria marie marion martha mary maureen megan melanie
melissa michelle miriam monica nancy natalie nicola nicole nina nora olivia pamela pat patricia
paula pauline penelope penny rachel rebecca rita rose rosemary ruth sally samantha sandra sara
sarah sharon sheila shirley sonia sophie stacey stephanie sue susan suzanne tanya teresa tessa
theresa tina tracy valerie vanessa victoria virginia wendy yvonne zoe angela nancy kamala
tessa theresa hazel margaret ruth harriet serena venus maria kylie beyonce britney whitney
christina jennifer kathleen julie jennifer stephanie gwynne ally carrie kimberly lisa luz
"""
MALE_NAMES = frozenset(_MALE.split())
FEMALE_NAMES = frozenset(_FEMALE.split()) - {"jean", "kim", "andrea", "pat", "leslie"}
MALE_NAMES = MALE_NAMES - {"jean", "kim", "andrea", "ashley"}

# --- kind contexts (Python regexes, applied to a few dozen characters) -------------

SLOGAN_BEFORE = re.compile(
    r"(?:slogans?|mottos?|mantras?|chant(?:s|ed|ing)?|banners?|placards?|signs?|t-shirts?|hashtags?"
    r"|catchphrases?|taglines?|(?:rallying|battle|war) cry|graffiti|stickers?|posters?|billboards?"
    r"|(?:reading|read|saying|proclaiming|bearing|emblazoned with|such as|with the words?)"
    r")\b[^.!?\"“”]{0,40}$",
    re.I,
)
SLOGAN_WORD_BEFORE = re.compile(
    r"\b(?:slogans?|mottos?|mantras?|chant(?:s|ed|ing)?|banners?|placards?|signs?|t-shirts?"
    r"|hashtags?|catchphrases?|taglines?|rallying cry|battle cry|graffiti|billboards?|posters?)\b",
    re.I,
)
SLOGAN_AFTER = re.compile(r"^[\s,]*(?:slogan|motto|chant|banner|hashtag|catchphrase|tagline)s?\b", re.I)
TITLE_BEFORE = re.compile(
    r"\b(?:films?|movies?|songs?|singles?|albums?|tracks?|books?|novels?|memoirs?|shows?|series"
    r"|programmes?|programs?|plays?|musicals?|operas?|documentar(?:y|ies)|sitcoms?|dramas?|episodes?"
    r"|hits?|poems?|paintings?|exhibitions?|titled|entitled|headlined|column|article|essay|report"
    r"|sequel|remake|game|ballad|anthem|record|EP|LP|tune|video|podcast|blog|newsletter|account"
    r"|handle|feed|page|channel|brand|festival|tour|award|prize|category|event|conference"
    r"|covers? of|version of|called|named|starring|star of|sang|sings|sing|perform(?:ed|s|ing)?"
    r"|played|plays|playing|recorded|released|includ(?:ing|es|ed)|such as|like)"
    r"[\s,:]*(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|new\s+|hit\s+|latest\s+|debut\s+)*$",
    re.I,
)
TITLE_AFTER = re.compile(
    r"^[\s,]*(?:\(\d{4}\)|campaign|tour|album|show|series|film|movie|song|single|ad|advert"
    r"|advertisement|programme|program|book|novel|musical|play|star|actor|actress|singer|hitmaker"
    r"|franchise|brand|account|feed|handle|documentary|sequel|event|festival|initiative|scheme"
    r"|contest|competition|exhibition|summit|award|prize|plan|project|strategy|report|bill|act)\b",
    re.I,
)
SCARE_BEFORE = re.compile(
    r"(?:so-called|so called|the (?:term|word|phrase|expression|label|name|nickname|notion|concept|idea"
    r"|moniker|epithet|tag|title)s?|terms? like|words? like|known as|referred to as|nicknamed"
    r"|what (?:is|are|was|were|has been|have been|had been|'s been|’s been|some call|critics call"
    r"|(?:he|she|they|it) calls?)(?: \w+){0,3}(?: as)?|a kind of|a sort of|a form of|a bit of"
    r"|some sort of|described as|seen as|regarded as|viewed as|portrayed as|billed as|touted as"
    r"|branded as|labelled as|labeled as)\s*(?:an?\s+|the\s+|\w+\s+or\s+)?$",
    re.I,
)
SENT_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[A-Z0-9À-Þ])|[.!?…]+[\"”’'»)\]]*$")
ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Prof|Rev|Jr|Sr|Inc|Co|Corp"
    r"|Ltd|No|Nos|Vol|Fig|vs|etc|Mt|Ft|Maj|Brig|Supt|Insp|Det|Atty|Sec|Dept|approx|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|(?:\b[A-Za-z]\.){2,}[A-Za-z]?)\.$"
)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_TOK = rf"(?:[{_UP}](?:[\w’'.&-]*\w)?\.?|Mc[{_UP}]\w+|[{_UP}]\.)"
_PART = r"(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|dos|das|ter|ten|y)"
NAME_RUN = re.compile(rf"(?<![\w’'-]){_TOK}(?:[ \t]+(?:{_PART}[ \t]+)?{_TOK})*")
WORD_RE = re.compile(r"[^\s,;:()\[\]—–\"“”]+|[,;:()\[\]—–]")
ELISION = re.compile(r"(?:\d\d?s?\b|em\b|til\b|cause\b|bout\b|n['’]|tis\b|twas\b|round\b|s\b|ll\b|d\b|re\b|ve\b)", re.I)
UNCLOSED_CUT = re.compile(
    r"[,.?!]\s+(?:he|she|they|we|[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s+"
    r"(?:said|says|added|told|asked|explained|insisted|warned|wrote)\b"
)
DASH_PAREN = re.compile(r"\s[-–—]\s[^-–—]{1,120}?\s[-–—]\s*$|\s*\([^()]{1,80}\)\s*$")


# --- data -------------------------------------------------------------------------


@dataclass(slots=True)
class Frag:
    """One quoted fragment and what the engine decided about it."""

    start: int
    end: int
    open_s: int
    close_e: int
    group: int
    depth: int
    para: int
    family: str
    closed: bool = True
    parent: int = -1
    kind: str = "speech"
    speaker: str | None = None
    mention: str | None = None
    ms: int | None = None
    me: int | None = None
    cue: str | None = None
    cue_s: int | None = None
    cue_e: int | None = None
    rule: str = ""
    channel: str | None = None
    anonymous: bool = False
    mention_type: str | None = None  # name, pronoun, title, description


@dataclass(slots=True)
class _Open:
    family: str
    open_s: int
    cs: int
    group: int
    depth: int
    para: int
    sent_start: bool = False
    frag_index: int = -1


# --- step 1: pairing ---------------------------------------------------------------

_OPEN_CTX = set("([{<—–-/\u00a0") | set("\"“”„‟«»‘’'‚‹›")
_CLOSE_CTX = set(".,;:!?)]}>…—–-/\u00a0") | set("\"“”„‟«»‘’'‚‹›")


def _role(text: str, s: int, e: int, glyph: str) -> str:
    """'open', 'close', 'either' (decide by state) or 'apos' for one mark."""
    p = text[s - 1] if s > 0 else "\n"
    n = text[e] if e < len(text) else "\n"
    single = glyph in SINGLE
    if single and p.isalnum() and n.isalnum():
        return "apos"
    left = (p.isspace() or p in _OPEN_CTX) and not (n.isspace() or n == "\n")
    right = (n.isspace() or n in _CLOSE_CTX) and not p.isspace()
    if left and not right:
        if single and ELISION.match(text, e) and not (text[e : e + 1] == "s" and text[e + 1 : e + 2].isalpha()):
            return "apos"
        return "open"
    if right and not left:
        return "close"
    if glyph in OPEN_GLYPH:
        return "open"
    if glyph in CLOSE_GLYPH:
        return "close"
    return "either"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


class _Pairer:
    """Walks the marks of one document and emits fragments."""

    def __init__(self, text: str, events: list[tuple[int, int, str]]):
        self.text = text
        self.events = events
        self.frags: list[Frag] = []
        self.stack: list[_Open] = []
        self.group = 0
        self.para = 0
        self.cont_group: int | None = None
        self.para_start = 0

    def new_group(self) -> int:
        self.group += 1
        return self.group - 1

    def emit(self, o: _Open, end: int, close_e: int, *, closed: bool) -> int:
        s, e = _trim(self.text, o.cs, end)
        if e <= s or not any(ch.isalnum() for ch in self.text[s:e]):
            return -1
        f = Frag(s, e, o.open_s, close_e, o.group, o.depth, o.para, o.family, closed=closed)
        self.frags.append(f)
        o.frag_index = len(self.frags) - 1
        return o.frag_index

    def push(self, family: str, s: int, e: int) -> None:
        depth = len(self.stack)
        if depth == 0:
            at_para_start = not self.text[self.para_start : s].strip()
            grp = self.cont_group if (self.cont_group is not None and at_para_start) else self.new_group()
            self.cont_group = None
        else:
            grp = self.new_group()
        before = self.text[max(0, s - 3) : s].rstrip()
        o = _Open(family, s, e, grp, depth, self.para, sent_start=(not before or before[-1] in ".!?:"))
        self.stack.append(o)

    def close_top(self, s: int, e: int) -> None:
        o = self.stack.pop()
        self.emit(o, s, e, closed=True)

    def reopen(self, glyph_s: int, glyph_e: int) -> None:
        """A mark opens while the top-level quote is still open."""
        top = self.stack[0]
        while len(self.stack) > 1:
            self.stack.pop()  # nested quotes left open are dropped
        content_end = glyph_s
        raw = self.text[top.cs : glyph_s]
        cut = UNCLOSED_CUT.search(raw)
        same_group = True
        if cut:
            content_end = top.cs + cut.start() + 1
            same_group = False
        self.stack.pop()
        self.emit(top, content_end, content_end, closed=False)
        grp = top.group if same_group else self.new_group()
        o = _Open(top.family, glyph_s, glyph_e, grp, 0, self.para, sent_start=True)
        self.stack.append(o)

    def para_end(self, pos: int, next_start: int, *, hard: bool) -> None:
        if not self.stack:
            self.cont_group = None
            return
        top = self.stack[0]
        nxt = self.text[next_start : next_start + 12]
        if not hard and nxt[:1].islower():
            return  # a hard-wrapped line inside the quote
        while len(self.stack) > 1:
            self.stack.pop()
        self.stack.pop()
        first = next((ev for ev in self.events if ev[0] == next_start), None)
        continues = first is not None and (first[2] in DOUBLE) == (top.family == "d") and (
            _role(self.text, first[0], first[1], first[2]) != "close"
        )
        raw = self.text[top.cs : pos]
        if continues:
            self.emit(top, pos, pos, closed=False)
            self.cont_group = top.group
            return
        self.cont_group = None
        if top.family == "s" and top.depth == 0 and len(raw) > 0:
            return  # an unclosed single mark is most likely an apostrophe
        cut = UNCLOSED_CUT.search(raw)
        end = top.cs + cut.start() + 1 if cut else pos
        self.emit(top, end, end, closed=False)

    def run(self) -> list[Frag]:
        text = self.text
        events = self.events
        for i, (s, e, g) in enumerate(events):
            if g[0] == "\n":
                hard = g.count("\n") > 1
                self.para_end(s, e, hard=hard)
                if hard:
                    self.para += 1
                self.para_start = e
                continue
            fam = "d" if g in DOUBLE else "s"
            role = _role(text, s, e, g)
            if role == "apos":
                continue
            in_stack = [o.family for o in self.stack]
            if role == "either":
                role = "close" if fam in in_stack else "open"
            if role == "close":
                self._close(i, s, e, fam, in_stack)
            else:
                self._open(s, e, fam, in_stack)
        if self.stack:
            self.para_end(len(text), len(text), hard=True)
        return self.frags

    def _open(self, s: int, e: int, fam: str, in_stack: list[str]) -> None:
        if not in_stack:
            self.push(fam, s, e)
        elif in_stack[0] == fam and len(in_stack) == 1:
            self.reopen(s, e)
        elif fam in in_stack:
            # same family as an outer quote: an inner quote was never closed
            k = in_stack.index(fam)
            if k == 0:
                self.reopen(s, e)
            else:
                del self.stack[k:]
                self.push(fam, s, e)
        else:
            self.push(fam, s, e)

    def _close(self, i: int, s: int, e: int, fam: str, in_stack: list[str]) -> None:
        if fam not in in_stack:
            return  # an apostrophe (soldiers’) or a stray closing mark
        if fam == "s" and self._possessive(i, s, e):
            return
        while self.stack[-1].family != fam:
            inner = self.stack.pop()
            if inner.depth == 1 and inner.sent_start and inner.family == "s" and fam == "d":
                # BBC style: a paragraph reopened with ' inside a double quote
                outer = self.stack[0]
                self.stack.pop()
                self.emit(outer, inner.open_s, inner.open_s, closed=False)
                inner.depth = 0
                inner.group = outer.group
                inner.family = "d"
                self.stack.append(inner)
                break
            self.emit(inner, s, e, closed=False)
        self.close_top(s, e)

    def _possessive(self, i: int, s: int, e: int) -> bool:
        """A ’ after -s or -in’ followed by a lower-case word, with a later closing mark."""
        text = self.text
        p = text[s - 1] if s else ""
        after = text[e : e + 3]
        if not (p in "sSn" and len(after) > 1 and after[0] == " " and after[1].islower()):
            return False
        for s2, e2, g2 in self.events[i + 1 :]:
            if g2[0] == "\n":
                return False
            if g2 in SINGLE and _role(text, s2, e2, g2) in ("close", "either"):
                return True
        return False


def pair(text: str, events: list[tuple[int, int, str]]) -> list[Frag]:
    """Pair quotation marks into fragments (events: marks and line breaks, in order).

    >>> fr = pair('He said: "One. "Two." Then', [(8, 9, '"'), (14, 15, '"'), (19, 20, '"')])
    >>> [(f.start, f.end, f.group) for f in fr]
    [(9, 13, 0), (15, 19, 0)]
    """
    frags = _Pairer(text, events).run()
    frags.sort(key=lambda f: (f.start, f.depth))
    _assign_parents(frags)
    return frags


def _assign_parents(frags: list[Frag]) -> None:
    tops: list[int] = []
    for i, f in enumerate(frags):
        if f.depth == 0:
            tops.append(i)
            f.parent = -1
            continue
        f.parent = -1
        for j in reversed(tops):
            t = frags[j]
            if t.start <= f.open_s and f.close_e <= t.end + 2:
                f.parent = j
                break
        if f.parent == -1:
            f.depth = 0
            tops.append(i)


# --- step 3: resolving mentions -----------------------------------------------------


@dataclass(slots=True)
class _Occ:
    start: int
    end: int
    canon: tuple[str, ...]
    key: str
    titled: bool
    gender: str | None
    org: bool


def _canon(tokens: list[str]) -> tuple[tuple[str, ...], bool, str | None]:
    """Name tokens without titles: (canon, had_title, gender from an honorific)."""
    gender = None
    last_title = -1
    for i, t in enumerate(tokens[:-1]):
        low = t.lower()
        if low in HONORIFICS_M:
            gender = "m"
        elif low in HONORIFICS_F:
            gender = "f"
        if low in TITLES or low.rstrip(".") in TITLES:
            last_title = i
    canon = tuple(tokens[last_title + 1 :])
    return canon, last_title >= 0, gender


def _key(canon: tuple[str, ...]) -> str:
    toks = [t for t in canon if t.lower() not in SUFFIXES]
    return (toks[-1] if toks else canon[-1]).lower().rstrip(".")


def _is_org(tokens: list[str]) -> bool:
    if any(t.lower().rstrip(".") in ORG_WORDS for t in tokens):
        return True
    return len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1


def _strip_possessive(tok: str) -> tuple[str, bool]:
    for suf in ("'s", "’s", "s'", "s’"):
        if tok.endswith(suf) and len(tok) > 2:
            return (tok[:-2] if suf[0] in "'’" else tok[:-1]), True
    return tok, False


class _Resolver:
    """Names, genders and fullest forms for one document (built lazily)."""

    def __init__(self, text: str):
        self.text = text
        self._occ: list[_Occ] | None = None
        self._starts: list[int] = []
        self.speaker_keys: set[str] = set()
        self._gender: dict[str, str | None] = {}

    @property
    def occ(self) -> list[_Occ]:
        if self._occ is None:
            self._occ = self._inventory()
            self._starts = [o.start for o in self._occ]
        return self._occ

    def _inventory(self) -> list[_Occ]:
        out: list[_Occ] = []
        for m in NAME_RUN.finditer(self.text):
            out.extend(self._occurrences(m.group(), m.start()))
        return out

    def _occurrences(self, run: str, base: int) -> list[_Occ]:
        toks: list[tuple[int, str]] = []
        for tm in re.finditer(r"\S+", run):
            tok, poss = _strip_possessive(tm.group())
            toks.append((base + tm.start(), tok))
            if poss:
                break
        while toks and (toks[0][1].lower() in CAP_STOP or toks[0][1].lower() in WEEKDAYS_MONTHS):
            toks.pop(0)
        while toks and toks[-1][1].lower() in WEEKDAYS_MONTHS:
            toks.pop()
        if not toks:
            return []
        words = [t for _, t in toks]
        org = _is_org(words)
        canon, titled, gender = (tuple(words), False, None) if org else _canon(words)
        if not canon:
            return []
        start = toks[len(words) - len(canon)][0]
        end = toks[-1][0] + len(toks[-1][1])
        return [_Occ(start, end, canon, _key(canon), titled, gender, org)]

    # -- person evidence and gender
    def person_keys(self) -> set[str]:
        keys: set[str] = set()
        multi: set[str] = set()
        single: set[str] = set()
        for o in self.occ:
            if o.org:
                continue
            first = o.canon[0].lower()
            if o.titled or o.gender or first in MALE_NAMES or first in FEMALE_NAMES:
                keys.add(o.key)
            (multi if len(o.canon) > 1 else single).add(o.key)
        keys |= multi & single
        keys |= self.speaker_keys & multi
        return keys

    def gender(self, key: str) -> str | None:
        if key in self._gender:
            return self._gender[key]
        votes = {"m": 0, "f": 0}
        occ = self.occ
        for i, o in enumerate(occ):
            if o.key != key:
                continue
            if o.gender:
                votes[o.gender] += 3
            first = o.canon[0].lower()
            if len(o.canon) > 1 and first in MALE_NAMES:
                votes["m"] += 2
            if len(o.canon) > 1 and first in FEMALE_NAMES:
                votes["f"] += 2
            stop = occ[i + 1].start if i + 1 < len(occ) else len(self.text)
            window = self.text[o.end : min(stop, o.end + 160)]
            pm = re.search(r"\b(he|his|him|himself|she|her|hers|herself)\b", window, re.I)
            if pm:
                votes["f" if pm.group(1).lower().startswith(("she", "her")) else "m"] += 1
        g = None if votes["m"] == votes["f"] else ("m" if votes["m"] > votes["f"] else "f")
        self._gender[key] = g
        return g

    # -- resolution
    def fullest(self, canon: tuple[str, ...], pos: int) -> str:
        """The fullest form of a name in the article, nearest person first."""
        key = _key(canon)
        core = [t for t in canon if t.lower() not in SUFFIXES]
        n = len(core)
        cands = [
            o
            for o in self.occ
            if o.key == key and [t for t in o.canon if t.lower() not in SUFFIXES][-n:] == core
        ]
        if not cands:
            return " ".join(canon)
        before = [o for o in cands if o.start <= pos and len(o.canon) > 1]
        after = [o for o in cands if o.start > pos and len(o.canon) > 1]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None:
            return " ".join(canon)
        first = pick.canon[0]
        forms = [o.canon for o in cands if o.canon[0] == first]
        return " ".join(max(forms, key=len))

    def pronoun(self, gender: str, pos: int) -> _Occ | None:
        """Nearest person of fitting gender before ``pos`` (else the first after)."""
        keys = self.person_keys()
        occ = self.occ
        i = bisect.bisect_left(self._starts, pos)
        unknown: _Occ | None = None
        for o in reversed(occ[max(0, i - 60) : i]):
            if o.key not in keys or o.end > pos:
                continue
            g = self.gender(o.key)
            if g == gender:
                if unknown is not None and unknown.start - o.start > 400:
                    return unknown
                return o
            if g is None and unknown is None:
                unknown = o
        if unknown is not None:
            return unknown
        for o in occ[i : i + 60]:
            if o.key in keys and self.gender(o.key) in (gender, None):
                return o
        return None

    def role_holder(self, head: str, pos: int) -> _Occ | None:
        """The person a role word ("minister", "actor") was used for before ``pos``."""
        keys = self.person_keys()
        text = self.text
        best: _Occ | None = None
        pat = re.compile(r"\b" + re.escape(head) + r"\b", re.I)
        for m in pat.finditer(text, 0, pos):
            right = self._occ_at(m.end(), m.end() + 40)
            if right is not None and right.key in keys:
                best = right
                continue
            left = self._occ_before(m.start() - 90, m.start())
            if left is not None and left.key in keys and "," in text[left.end : m.start()]:
                best = left
        return best

    def _occ_at(self, lo: int, hi: int) -> _Occ | None:
        occ = self.occ
        i = bisect.bisect_left(self._starts, lo)
        if i < len(occ) and occ[i].start < hi and not occ[i].org:
            gap = self.text[lo : occ[i].start]
            if len(gap.split()) <= 3 and not re.search(r"[,.;:]", gap):
                return occ[i]
        return None

    def _occ_before(self, lo: int, hi: int) -> _Occ | None:
        occ = self.occ
        i = bisect.bisect_left(self._starts, hi) - 1
        while i >= 0 and occ[i].start >= max(lo, 0):
            if not occ[i].org and occ[i].end <= hi:
                return occ[i]
            i -= 1
        return None

    def nearest_person(self, pos: int) -> _Occ | None:
        keys = self.person_keys()
        i = bisect.bisect_left(self._starts, pos) if self._occ is not None else None
        occ = self.occ
        if i is None:
            i = bisect.bisect_left(self._starts, pos)
        for o in reversed(occ[max(0, i - 80) : i]):
            if o.key in keys and o.end <= pos:
                return o
        return None

    def org_named(self, head: str, pos: int) -> str | None:
        """The nearest organisation name before ``pos`` ending in ``head`` ("Defense Ministry")."""
        head = head.lower()
        occ = self.occ
        i = bisect.bisect_left(self._starts, pos)
        for o in reversed(occ[:i]):
            if o.end <= pos and o.canon[-1].lower() == head and len(o.canon) > 1:
                return self.text[o.start : o.end]
        return None
