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
3. **Resolve** the mention (:class:`_Resolver` and :meth:`_Doc.antecedent`): a
   surname to the fullest name used in the article; a title ("the minister") to the
   person it was used for; "he" or "she" to the most *salient* person of fitting
   gender, where salience favours the subject of a recent sentence or an earlier
   speaker over a name after a verb or a preposition, and halves with every
   sentence back (a chain of pronouns keeps its referent; the article's own
   pronouns tell a person's gender); "it" and "they" to an organisation, an earlier
   non-person speaker or, for singular *they*, a person of unknown gender.

Every decision names the rule that made it (``QUOTES.rule``).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

# --- marks ------------------------------------------------------------------------

_ENT_DOUBLE = (
    "&quot;", "&ldquo;", "&rdquo;", "&bdquo;", "&laquo;", "&raquo;", "&#34;", "&#034;",
    "&#8220;", "&#8221;", "&#8222;", "&#x22;", "&#x201c;", "&#x201d;", "&#x201C;", "&#x201D;",
    " quot;",  # AG News: the '&' became a space
)  # fmt: skip
_ENT_SINGLE = ("&apos;", "&lsquo;", "&rsquo;", "&#39;", "&#039;", "&#8216;", "&#8217;", "&#x27;",
               "&#x2018;", "&#x2019;", " #39;")  # fmt: skip
DOUBLE = {'"', "“", "”", "„", "‟", "«", "»", "''", "’’", "‘‘", "``", *_ENT_DOUBLE}
SINGLE = {"'", "‘", "’", "‚", "‹", "›", "`", *_ENT_SINGLE}
OPEN_GLYPH = {"“", "„", "«", "‘", "‚", "‹", "`", "‘‘", "``", "&ldquo;", "&bdquo;", "&laquo;", "&lsquo;",
              "&#8220;", "&#8222;", "&#x201c;", "&#x201C;", "&#8216;", "&#x2018;"}  # fmt: skip
CLOSE_GLYPH = {"”", "»", "’", "›", "’’", "&rdquo;", "&raquo;", "&rsquo;", "&#8221;", "&#x201d;",
               "&#x201D;", "&#8217;", "&#x2019;"}  # fmt: skip

MARK_PATTERN = (
    r"&(?:quot|ldquo|rdquo|lsquo|rsquo|laquo|raquo|bdquo|apos|#0?3[49]|#82(?:1[67]|2[012])"
    r"|#[xX](?:2[27]|201[89cdCD]));| (?:quot|#39);|''|’’|‘‘|``|[\"“”„‟«»‘’'‚‹›`]"
)
"""Rust regex for a quotation mark (entities and doubled single marks included)."""

# --- cues -------------------------------------------------------------------------

_CUE_FORMS = """
say says said saying tells told telling add adds added adding ask asks asked asking
answered replied replying respond responds responded responding
explain explains explained explaining noted noting write writes wrote writing
stated stating declare declares declared declaring claimed claiming
insist insists insisted insisting argue argues argued arguing warn warns warned warning
admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging
concede concedes conceded conceding continued concluded recall recalls recalled recalling
recount recounts recounted recounting testify testifies testified testifying
tweeted tweeting posted commented commenting remarked
observe observes observed announce announces announced announcing confirm confirms confirmed
deny denies denied suggest suggests suggested suggesting predict predicts predicted
promised promising pledged pledging vowed vowing
boasted boasting complain complains complained complaining joked joking
quipped shouted yelled screamed whispered muttered mouthed exclaimed
urge urges urged urging plead pleads pleaded pled begged begging cautioned
stressed stressing emphasised emphasized emphasising emphasizing reiterate reiterates reiterated
repeated describe describes described describing called calling dubbed
labelled labeled branded termed accuse accuses accused
accusing blasted slammed assailed criticise criticises
criticised criticize criticizes criticized condemn condemns condemned praised
hailed cheered decry decries decried lamented
allege alleges alleged reveal reveals revealed indicated mention mentions mentioned quoted
laughed sighed agree agrees agreed retorted countered snapped wondered mused
reflected think thinks thought maintained threatened reject rejects rejected dismiss dismisses
dismissed welcomed referred spoke recalled views sees comments notes claims states answers
replies remarks jokes quips tweets read reads remember remembers remembered implored implores
apologised apologized apologises apologizes believes believed blamed blames blaming
conceded recalled asserted asserts contended contends opined insisted wrote added
shouts shouting yells yelling screams screaming ordered demanded confesses confessed
barked hissed roared gasped interjected groaned thanked thanking ruled branding labelling labeling attacked
bragged fumed scoffed grumbled chuckled enthused gushed proclaimed affirmed elaborated reasoned
confided cried bellowed murmured reckoned reckons hinted sneered griped raged forecast forecasts claim
""".split()
_CUE_PHRASES = [
    "according to", "According to", "quoted as saying", "went on", "goes on", "pointed out",
    "points out", "point out", "weighed in", "chimed in", "in the words of", "In the words of", "put it",
]  # fmt: skip
CUE_WORDS = sorted(set(_CUE_FORMS), key=len, reverse=True)
HEADLINE_CUES = {w.capitalize() for w in """says said tells told warns warned claims claimed insists insisted admits
admitted denies denied urges urged vows vowed asks asked adds added""".split()}
"""Reporting verbs as a title-case headline writes them ("'Down With the FCC!' Howard Stern Says at
Rally"): read as cues only after a capitalised word, never to open a sentence ("Asked why, he said")."""
CUE_PATTERN = (r"(?-u:\b)(?:" + "|".join(_CUE_PHRASES + CUE_WORDS + sorted(HEADLINE_CUES, key=len, reverse=True))
               + r")(?-u:\b)")  # fmt: skip
"""Rust regex for a candidate cue (reporting verb or phrase), ASCII word boundaries."""

EVENT_PATTERN = MARK_PATTERN + r"|\n[^\S\n]*\n\s*|\n|" + CUE_PATTERN
"""One pattern for everything the engine needs: marks, paragraph and line breaks, cues."""

PARTICIPLES = {w for w in _CUE_FORMS if w.endswith("ing")}
PASSIVE_OK = {"quoted"}  # "was quoted as saying": the subject is the speaker
TELL_VERBS = {"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "urge", "urges",
              "urged", "urging", "warn", "warns", "warned", "warning", "beg", "begged", "begs",
              "remind", "reminded", "assure", "assured"}  # fmt: skip
AUX = {"has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "also",
       "instead", "soon", "afterwards", "nonetheless", "nevertheless", "therefore", "thus",
       "later", "then", "again", "further", "previously", "earlier", "once", "simply", "just",
       "repeatedly", "separately", "recently", "quickly", "reportedly", "allegedly", "publicly",
       "privately", "last", "may", "might", "could", "can", "should", "did", "does", "do", "not",
       "never", "often", "always", "already", "still", "even", "only", "first", "subsequently",
       "since", "himself", "herself", "themselves", "too", "however", "famously",
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
    "leader", "premier", "envoy", "sec", "sec.", "atty", "atty.", "dep", "supreme", "state",
    "treasury", "trade", "industry", "culture", "transport", "environment",
    "work", "pensions", "energy", "economy", "economic", "security", "national",
    "first", "lord", "prosecutor", "solicitor", "advocate", "adviser", "advisor", "founder",
    "co-founder", "president-elect", "sheriff", "dean", "provost", "chairperson", "lawmaker",
}  # fmt: skip
WEAK_TITLES = frozenset(
    "vice prime foreign home defence defense interior finance health education shadow supreme state treasury "
    "trade industry culture transport environment work pensions energy economy economic security national "
    "first".split()
)
"""Title words that are titles only before another one ("First Minister", "Foreign Secretary"), not
inside a name ("Credit Suisse First Boston", "Bank of England National ...")."""
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
    "states", "republic", "kingdom", "bureau", "administration", "chamber",
    "exchange", "market", "markets", "industries", "energy", "oil", "motor", "airport",
    "hospital", "school", "college", "academy", "church", "program", "programme",
    "initiative", "project", "report", "tass", "reuters", "afp", "bbc", "cnn", "nbc",
    "abc", "cbs", "itv", "sky", "fox", "ap", "dpa", "xinhua", "interfax", "ria", "yonhap",
    "kyodo", "efe", "ansa", "anadolu", "euronews", "bloomberg", "democrats", "republicans",
    "conservatives", "tories", "socialists", "liberals", "nationalists", "greens", "labour",
    "reds", "blues", "whites", "rovers", "wanderers", "athletic", "rangers", "celtic",
    "premiership", "championship", "cup", "trophy", "tournament", "division", "olympics", "prix",
}  # fmt: skip
PERSON_ROLES = {
    "winner", "critic", "film-maker", "newcomer", "laureate", "runner-up",
    "flanker", "fly-half", "scrum-half", "full-back", "hooker", "debutant", "chart-topper", "co-chairman",
    "cardinal", "detective", "surgeon", "pupil", "student", "grandmother", "grandfather", "survivor", "juror",
    "protester", "banker", "colonel", "sergeant", "soldier", "pilot", "astronaut", "engineer", "bassist",
    "composer", "trader", "broker", "dealer", "rookie", "all-rounder", "paceman", "hurdler", "finalist",
    "assistant", "seed",
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
    "golfer", "boxer", "rider", "driver", "jockey", "trainer", "designer", "artist", "producer",
    "filmmaker", "novelist", "poet", "journalist", "reporter", "editor", "campaigner",
    "activist", "official", "politician", "chairperson", "ceo", "head", "spokesman",
    "spokeswoman", "spokesperson", "witness", "victim", "suspect", "defendant", "businessman",
    "businesswoman", "entrepreneur", "investor", "billionaire", "tycoon", "owner", "deputy",
    "republican", "democrat", "tory", "conservative", "liberal", "socialist",
    "frontman", "guitarist", "drummer", "vocalist", "songwriter", "dancer", "model", "celebrity",
    "sheriff", "lecturer", "expert", "adviser", "advisor", "aide", "strategist",
    "incumbent", "challenger", "nominee", "hopeful", "teenager", "youngster", "pensioner",
    "emperor", "monarch", "duke", "duchess", "chef", "representative", "speaker", "peer", "prop",
}  # fmt: skip
NAME_JOBS = frozenset(
    "guitarist singer actor actress striker midfielder defender goalkeeper winger coach manager director producer "
    "author writer rapper drummer bassist comedian presenter chef designer artist novelist poet journalist "
    "economist analyst lawyer scientist researcher footballer cricketer batsman bowler sprinter swimmer cyclist "
    "golfer boxer jockey filmmaker film-maker songwriter vocalist frontman campaigner activist entrepreneur "
    "businessman businesswoman tycoon billionaire broadcaster playwright composer dancer photographer".split()
)
"""Jobs written, capitalised, before a full name at the start of a sentence ("Guitarist Brian May"): not part of it."""
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
    "carmaker", "chain", "supermarket", "publisher", "brewer", "lender", "insurer",
    "seller", "supplier", "provider", "distributor", "exporter", "importer", "chipmaker", "drugmaker",
    "conglomerate", "miner", "housebuilder", "grocer", "outlet",
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
COMMON_HEADS = {w.removesuffix("s") for w in ANON_HEADS | PERSON_ROLES | ORG_HEADS} | {
    "police", "people", "critic", "expert", "doctor", "teacher", "student", "parent", "voter",
    "protester", "prosecutor", "investigator", "researcher", "scientist", "economist", "lawyer"}  # fmt: skip
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
    "the", "in", "on", "at", "but", "and", "however", "a", "an", "if", "when", "while", "whilst", "as",
    "after", "before", "since", "for", "from", "with", "by", "of", "to", "it", "he", "she",
    "they", "we", "i", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "there", "here", "what", "why", "how", "who", "last", "next", "earlier",
    "later", "meanwhile", "now", "then", "so", "yet", "or", "nor", "not", "no", "yes", "also",
    "even", "only", "just", "speaking", "asked", "writing", "according", "under", "despite",
    "although", "though", "because", "during", "until", "unless", "where", "both", "all",
    "some", "many", "most", "several", "each", "every", "instead", "still", "thus", "overall",
    "indeed", "besides", "moreover", "furthermore", "once", "today", "tonight", "yesterday", "again",
    "afterwards", "eventually", "ultimately", "initially", "originally", "currently", "recently",
    "tomorrow", "nevertheless", "nonetheless", "otherwise", "perhaps", "maybe", "sadly",
    "unfortunately", "fortunately", "interestingly", "notably", "separately", "finally",
    "first", "second", "third", "dear", "oh", "well", "hey", "hello", "meet", "watch",
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


def given_gender(low: str) -> str | None:
    """ "m" or "f" for a lower-case given name the lists above know, None for other words.

    >>> given_gender("peter"), given_gender("anne"), given_gender("china")
    ('m', 'f', None)
    """
    return "m" if low in MALE_NAMES else "f" if low in FEMALE_NAMES else None


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
_PASSIVE_NAMING = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:called|named|dubbed|termed)(?:\s+(?:an?|the))?\W*$"
)
_BY_AGENT = re.compile(r"[^.!?\"“”\n]{0,40}?\bby\s")
_PREDICATE_START = re.compile(
    r"(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|does|did)\s", re.I
)
TRIGGER_WORDS = frozenset("""
so called slogan slogans motto mottos mantra mantras chant chants chanted chanting banner banners
placard placards sign signs shirt shirts hashtag hashtags catchphrase catchphrases tagline taglines
cry graffiti sticker stickers poster posters billboard billboards reading read saying proclaiming
bearing emblazoned such word words film films movie movies song songs single singles album albums
track tracks book books novel novels memoir memoirs show shows series programme programmes program
programs musical musicals opera operas documentary documentaries sitcom sitcoms drama dramas episode
episodes hit hits ballad ballads anthem anthems exhibition exhibitions painting paintings podcast
podcasts titled entitled headlined campaign tour term terms phrase expression label name names
nickname nicknamed notion concept idea moniker epithet tag title known referred what kind sort form
commonly widely often sometimes popularly affectionately billed touted marketed styled formula
account handle feed brand franchise star actor actress singer songstress rocker crooner hitmaker
hitmakers frontman frontwoman band group duo trio initiative scheme contest competition summit award
prize plan project strategy report bill act event festival sequel remake game record ep lp tune video
blog newsletter column article essay page channel category conference called named starring sang
sings sing performed performs performing played plays playing recorded released watch watched
watching covers cover version sequel
""".split()) - {"so", "read", "reading", "saying", "such", "word", "words", "name", "names"}
SLOGAN_JUST_BEFORE = re.compile(
    r"\b(?:slogans?|mottos?|mantras?|catchphrases?|taglines?|chants?|hashtags?)\s*[?:.,—–-]*\s*$", re.I
)
NICKNAME_BEFORE = re.compile(r"[A-Z][\w.’'-]*\s*$|^\s*$|\b(?:saw|the|a)\s*$")
PARTICLES = {"de", "van", "von", "bin", "al"}
NICKNAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?:\s|[.,;:]|$)")
SLOGAN_AFTER = re.compile(r"^[\s,]*(?:slogan|motto|chant|banner|hashtag|catchphrase|tagline)s?\b", re.I)
TITLE_BEFORE = re.compile(
    r"\b(?:films?|movies?|songs?|singles?|albums?|tracks?|books?|novels?|memoirs?|shows?|series"
    r"|programmes?|programs?|plays?|musicals?|operas?|documentar(?:y|ies)|sitcoms?|dramas?|episodes?"
    r"|hits?|poems?|paintings?|exhibitions?|titled|entitled|headlined|column|article|essay|report"
    r"|sequel|remake|game|ballad|anthem|record|EP|LP|tune|video|podcast|blog|newsletter|account"
    r"|handle|feed|page|channel|brand|festival|tour|award|prize|category|event|conference"
    r"|covers? of|version of|called|named|starring|star of|sang|sings|sing|perform(?:ed|s|ing)?"
    r"|played|plays|playing|recorded|released|includ(?:ing|es|ed)|such as|like|on|in|watch(?:ed|ing)?)"
    r"[\s,:]*(?:to\s+|as\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|new\s+|hit\s+|latest\s+|debut\s+)*$",
    re.I,
)
TITLE_AFTER = re.compile(
    r"^[\s,]*(?:\(\d{4}\)|campaign|tour|album|show|series|film|movie|song|single|ad|advert"
    r"|advertisement|programme|program|book|novel|musical|play|star|actor|actress|singer|hitmaker"
    r"|franchise|brand|account|feed|handle|documentary|sequel|event|festival|initiative|scheme"
    r"|songstress|singer-songwriter|rocker|crooner|hitmakers?|frontman|frontwoman|band|group|duo|trio"
    r"|contest|competition|exhibition|summit|award|prize|plan|project|strategy|report|bill|act)\b",
    re.I,
)
SCARE_BEFORE = re.compile(
    r"(?:so-called|so called|the (?:term|word|phrase|expression|label|name|nickname|notion|concept|idea"
    r"|moniker|epithet|tag|title)s?|terms? like|words? like|known as|referred to as|nicknamed|short for|stands for"
    r"|what (?:is|are|was|were|has been|have been|had been|'s been|’s been|some call|critics call"
    r"|(?:he|she|they|it) calls?)(?: [\w’']+){0,3}(?: as)?|a kind of|a sort of|a form of"
    r"|some sort of|(?:commonly|widely|often|sometimes|popularly|affectionately) (?:known|called|"
    r"described|referred to|dubbed) as|(?:commonly|widely|often|sometimes) called"
    r"|(?:is|are|was|were|be|been|being) (?:billed|touted|marketed|styled) as"
    r"|(?:is|are|was|were|be|been|being) (?:often |commonly |also |now )?(?:called|named|dubbed|termed))"
    r"\s*(?:an?\s+|the\s+)?(?:[\w’'-]+\s+or\s+)?$",
    re.I,
)
SENT_BOUNDARY = re.compile(r"[.!?…]+[\"”’'»)\]]*(?:\s+(?=[\"“‘'«(\[]?[A-Z0-9À-Þ])|$)")  # (starts with a class: fast)
ABBREV_END = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Prof|Rev|Jr|Sr|Inc|Co|Corp"
    r"|Ltd|No|Nos|Vol|Fig|vs|etc|Mt|Ft|Maj|Brig|Supt|Insp|Det|Atty|Sec|Dept|approx|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|(?:\b[A-Za-z]\.){2,}[A-Za-z]?)\.$"
)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_ABBR = (
    r"(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Prof|Rev|Atty|Sec|Mt|Ft|Maj|Brig"
    r"|Supt|Insp|Det|Fr|Hon)\."
)
_TOK = rf"(?:{_ABBR}|(?:[{_UP}]\.){{2,}}|[{_UP}]\.|(?:al-|el-|ash-|az-|ul-)?[{_UP}](?:[\w’'&-]*\w)?)"
_PART = r"(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|dos|das|ter|ten|y)"
AFTER_POSSESSIVE = r"^.*?\S['’]s\s+(\S.*)$"
"""The rest of a capitalised run after a possessive ("Britain's Jason Gardener"): a run of its own
(also a Rust regex: :func:`kit.quotes._names` uses it on the whole corpus)."""
NAME_RUN = re.compile(rf"(?<![\w’'-]){_TOK}(?:[ \t]+(?:{_PART}[ \t]+)?{_TOK})*")
NAME_PATTERN = rf"(?-u:\b){_TOK}(?:[ \t]+(?:{_PART}[ \t]+)?{_TOK})*"
"""Rust regex for a run of capitalised words (a candidate name), used on the whole corpus."""
WORD_RE = re.compile(r"[\w’'.&@#-]*\w[\w’'.&-]*\.?|[,;:()\[\]—–]|(?<=\s)-(?=\s)")
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
    if glyph in CLOSE_GLYPH and p.isspace() and n in ".,;:!?)]…":
        return "close"  # 'schedule delays ”.': a closing mark after a stray space
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


TAG_VERBS = (
    r"(?:said|says|told|tells|added|adds|explained|insisted|warned|wrote|argued|stated|claimed|declared"
    r"|announced|admitted|conceded|recalled|asked|continued)"
)
"""The reporting verbs of a plain speech tag ("X said", "he added"), for the few patterns that need one
outside the cue search."""
_PLAIN_TAG = re.compile(TAG_VERBS)
_DASH_TAG = re.compile(r"[ \t]*[-—–][ \t]*((?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]*)[ \t]*(?:,|\.|\n|$)")
"""A name signed after a quote with a dash ('“Q” - Zack Zalon, Virgin Digital president.')."""
_SPEECH_NOUNS = frozenset(
    "declaration statement warning message plea promise pledge vow admission remark comment boast "
    "threat apology".split()
)
_MODIFIER_DETS = frozenset(("a", "an", "the", "his", "her", "their", "its", "our"))
_NAMED_THING = re.compile(
    r"[\"”’']?\s+(?:processor|chip|console|phone|handset|software|system|feature|device|technology|platform|"
    r"service|brand|product|model|engine|programme|program|project|operation|mission|initiative|scheme|album|"
    r"single|film|movie|show|series|game|book|novel|exhibition|tour|festival|award|prize|ship|vessel|aircraft|"
    r"rocket|satellite|probe|rover|robot|virus|worm|video|song|track)s?\b"
)
"""Nouns a quoted capitalised name can modify ("the new “Cell” processor", "the “AutoPlay” feature")."""
_REDUCED_RELATIVE = re.compile(r"\b(?:campaigns?|adverts?|ads|posters?|slogans?|signs?|banners?|messages?|reports?|"
                               r"programmes?|programs?|films?|songs?|books?|policy|policies)\s+$")
"""A noun a participle can modify ("a campaign emphasizing faith"): the participle reports nobody's words."""
_CLOSERS = ('"', "”", "’", "'")
_NEVER_INVERTED = {"told", "tells", "tell", "reminded", "reminds", "assured", "assures"}
"""Verbs of saying that never come before their subject ("“Q,” said X", never "“Q,” told X")."""
_OBJECT_PRONOUNS = {"him", "her", "them", "me", "us"}
_TAG_AFTER_QUOTE = re.compile(
    rf"\s*(?:he|she|they|we|it|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+{TAG_VERBS}\b"
)


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
            if fam == "d" and not in_stack:
                self._orphan(s, e)
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

    def _orphan(self, s: int, e: int) -> None:
        """A closing mark with no opening one ("...interact." he said): the quote is taken to
        start at the beginning of its sentence."""
        text = self.text
        if not (s > 0 and text[s - 1] in ".,!?…"):
            return
        lo = self.para_start
        if self.frags and self.frags[-1].close_e > lo:
            lo = self.frags[-1].close_e
        starts = [m.end() for m in SENT_BOUNDARY.finditer(text, lo, s) if m.end() < s - 1]
        start = starts[-1] if starts else lo
        if len(text[start:s].split()) < 3:
            return
        if not starts and self.frags and lo == self.frags[-1].close_e and _TAG_AFTER_QUOTE.match(text, start):
            return  # '"Q," he said at his news conference."': the tag of the quote before, and a stray mark
        o = _Open("d", start, start, self.new_group(), 0, self.para)
        self.emit(o, s, e, closed=False)

    def _possessive(self, i: int, s: int, e: int) -> bool:
        """A ’ after -s or -in’ followed by a lower-case word, with a later closing mark."""
        text = self.text
        p = text[s - 1] if s else ""
        after = text[e : e + 3]
        if not (p in "sSn" and len(after) > 1 and after[0] == " " and after[1].islower()):
            return False
        nxt = text[e + 1 : e + 12].split(None, 1)[:1]
        if nxt and nxt[0].strip(".,;:") in _NOT_SUBJECT | AUX | {"is", "are", "was", "were"}:
            return False  # "Microsoft's Linux 'facts' with 'truth'": a possessive is followed by a noun
        for s2, e2, g2 in self.events[i + 1 :]:
            if g2[0] == "\n":
                return False
            if g2 in SINGLE and _role(text, s2, e2, g2) in ("close", "either"):
                return True
        return False


def pair(text: str, events: list[tuple[int, int, str]]) -> list[Frag]:
    """Pair quotation marks into fragments (events: marks and line breaks, in order).

    >>> fr = pair('He said: "One. "Two." Then', [(9, 10, '"'), (15, 16, '"'), (20, 21, '"')])
    >>> [(f.start, f.end, f.group) for f in fr]
    [(10, 14, 0), (16, 20, 0)]
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
    idx: int = 0


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
        nxt = tokens[i + 1].lower().rstrip(".")
        if low in WEAK_TITLES and nxt.rsplit("-", 1)[-1] not in TITLES and given_gender(nxt) is None:
            continue  # ("Credit Suisse First Boston"; but "Chief Secretary to the Treasury Paul Boateng")
        if low in TITLES or low.rstrip(".") in TITLES:
            last_title = i
    canon = tuple(tokens[last_title + 1 :])
    return canon, last_title >= 0, gender


NAME_PARTICLE = re.compile(r"^(?:al|el|ash|az|ul)-")
"""An Arabic article joined to a surname: "al-Zawahiri" is keyed as "zawahiri"."""


def _core(canon: tuple[str, ...]) -> list[str]:
    """The words of a name that identify it: no suffix ("Jr"), no joined article ("al-")."""
    return [NAME_PARTICLE.sub("", t) for t in canon if t.lower() not in SUFFIXES]


def _key(canon: tuple[str, ...]) -> str:
    toks = [t for t in canon if t.lower() not in SUFFIXES]
    return NAME_PARTICLE.sub("", (toks[-1] if toks else canon[-1]).lower().rstrip("."))


PLACES = frozenset(
    """afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh
    belarus belgium bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada chad chile china
    colombia congo croatia cuba cyprus denmark ecuador egypt england eritrea estonia ethiopia europe finland
    france gaza georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq
    ireland israel italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait kyrgyzstan laos latvia
    lebanon liberia libya lithuania luxembourg macedonia madagascar malawi malaysia mali malta mexico moldova
    mongolia montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway
    oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
    scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
    tajikistan tanzania thailand tibet togo tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan
    venezuela vietnam wales yemen zambia zimbabwe washington moscow beijing london paris berlin tokyo tehran
    baghdad kabul kiev kyiv brussels ankara cairo damascus islamabad jerusalem pyongyang seoul riyadh
    westminster whitehall""".split()
)
"""Countries and capitals (lower case): a place can speak in news ("Sudan said"), but it is nobody a
"he" or "the minister" stands for."""
PLACE_PAIRS = frozenset({("united", "states"), ("united", "kingdom"), ("united", "nations"), ("north", "korea"),
                         ("south", "korea"), ("south", "africa"), ("saudi", "arabia"), ("new", "zealand"),
                         ("sri", "lanka"), ("czech", "republic"), ("ivory", "coast"), ("hong", "kong"),
                         ("new", "york"), ("west", "bank"), ("el", "salvador"), ("costa", "rica")})  # fmt: skip


SURNAME_ORG_WORDS = {"fox", "post", "sky", "church", "bloomberg", "house", "bank", "banks", "city", "press",
                     "market", "hospital", "ap"}  # fmt: skip
"""Organisation words that are also surnames: after a title or a given name they name a person."""


def _fix_org(o: _Occ, text: str) -> _Occ:
    """Two corrections to a name run's organisation flag (for both ways runs are found):
    "Liam Fox", "Dr Fox", "Michael Bloomberg" are people although "fox" and "bloomberg" name
    media; "Head of Fundamental Research" is a field, nobody a pronoun stands for."""
    if not o.org:
        if text[max(0, o.start - 5) : o.start].endswith(("of ", "for ", "the ")) and _OFFICE_OF.search(
            text, max(0, o.start - 40), o.start
        ):
            return _Occ(o.start, o.end, o.canon, o.key, o.titled, o.gender, True, o.idx)
        return o
    low = [w.lower().rstrip(".") for w in o.canon]
    if len(low) > 4 or low[-1] not in SURNAME_ORG_WORDS or any(w in ORG_WORDS for w in low[:-1]):
        return o
    if low[0] in HONORIFICS_M | HONORIFICS_F | {"dr", "prof", "professor"} and len(low) >= 2:
        gender = "m" if low[0] in HONORIFICS_M else "f" if low[0] in HONORIFICS_F else None
        canon = o.canon[1:]
        start = o.end - len(" ".join(canon)) if text[o.start : o.end].endswith(" ".join(canon)) else o.start
        return _Occ(start, o.end, canon, _key(canon), True, gender, False, o.idx)
    if len(low) >= 2 and given_gender(low[0]):
        return _Occ(o.start, o.end, o.canon, o.key, o.titled, o.gender, False, o.idx)
    return o


_OFFICE_OF = re.compile(
    r"\b(?:head|director|chief|professor|minister|ministry|secretary|dean|chair|chairman|chairwoman|president"
    r"|editor|manager|officer|commissioner|lecturer|department|institute|university|school|college|museum"
    r"|board|council)\s+(?:of|for)\s+(?:the\s+)?$",
    re.I,
)
"""Before a capitalised run that names a field or a body, not a person ("Head of Fundamental Research")."""
_JOB_APPOSITIVE = re.compile(r",\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)(?=\s+(?:of|at|for|in)\b|,)")
"""A job title right after a name ("Pankaj Pandey, Head of Research at ...", "Jo Bell, an analyst,")."""


_SAID_AFTER = re.compile(
    rf"(?:,[^,.;:\"“”\n]{{1,80}},|\s+[-–—]\s+[^-–—,.;:\"“”\n]{{1,80}}\s+[-–—])?\s+(?:has\s+|had\s+)?{TAG_VERBS}\b"
)
"""A reporting verb right after a name, or after its short appositive: the name is someone's."""
_SAID_BEFORE = re.compile(rf"[”\"'’,]\s*{TAG_VERBS}\s+$")
"""An inverted tag right before a name: '“Q,” said El Guerrouj.'"""
_INITIAL = re.compile(r"[A-Z]\.")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_BY_AGENT_AFTER = re.compile(r"\s+by\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?=[A-Z])")
_ADVERB_LIKE = re.compile(r"[A-Z][a-z]+(?:ally|ntly|ously|ively|tely|ssly|ably|ibly|edly|fully|ingly|ately|arly|ckly)")
_GO_ON_CUES = frozenset({"added", "adds", "continued", "continues", "went on"})
_AS_SAYING = (
    r"\b(?P<verb>reports|reported|quotes|quoted|cites|cited)\s+(?P<who>(?!by\s)[^.;:!?,\"“”]{2,80}?)"
    r"\s+as\s+(?:saying|telling)\b"
)
"""'quoted Mr Chernin as saying': the one quoted speaks (not 'was quoted by The Australian as saying')."""
_REPORTS_AS_SAYING = re.compile(
    r"[\s,]*(?:the\s+)?(?:(?:[A-Z][\w’'.-]*\s+){1,4}(?:(?:news\s+)?(?:agency|newspaper|website|channel)\s+)?"
    r"|(?:[A-Z][\w’'.-]*\s+){0,3}(?:newspaper|paper|agency|website|magazine|channel|station|programme)\s+)"
    + _AS_SAYING
)
_QUOTED_AS = re.compile(_AS_SAYING)
_ISSUED = frozenset("statement letter report memo document".split())
"""Documents that speak for whoever issued them ("the statement said": the company that issued it)."""
_ISSUED_VERB = re.compile(
    r"\b(?:issued|released|put\s+out|published|sent|wrote|signed|said\s+in)\s+(?:a|an|its|their|his|her|the)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_ISSUED_BY = re.compile(r",?\s+(?:from|by|(?:issued|released|published|signed|sent|put\s+out)\s+by)\s+")


def _anonymous_person(speaker: str) -> bool:
    """ "the insider", "a source", "one official": somebody unnamed, not an organisation."""
    head = speaker.lower().split()[-1] if speaker else ""
    return head in ANON_HEADS or head in PERSON_ROLES or head.startswith("spokes")


_LEAD_ACCORDING = re.compile(r"\baccording to\s+|,\s+reports?\s+(?=(?:the\s+)?[A-Z])")
_LEAD_VIA = re.compile(
    r"(?:(?:reports?|a\s+report|figures|data)\s+(?:in|from|by)"
    r"|[a-z ]{0,30}?\b(?:drawn\s+up|published|compiled|released|produced)\s+by)\s+"
)
_LEAD_DATA = frozenset("figures data statistics table estimates forecasts results reports".split())
_LEAD_STUDIES = frozenset(
    "report study survey poll research analysis review index panel experts researchers analysts scientists".split()
)
"""A lead's "says a report", "research suggests", "a panel of experts says": a source that is not a person."""
_LEAD_GROUPS = frozenset("critic official observer insider source".split())
_MADE_BY = re.compile(
    r"\b(?i:reports?|study|studies|research|survey|poll|analysis|paper|review|index|produced|conducted|commissioned"
    r"|compiled|carried\s+out|published|released|drawn\s+up)\b[^.;:]{0,40}?\b(?:by|for)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])"
)
_MAKER_NAME = re.compile(r"[A-Z][\w&’'.-]*(?:[ \t]+(?:of[ \t]+|for[ \t]+|and[ \t]+|&[ \t]+)?[A-Z][\w&’'.-]*){0,5}")
_MAKER_ROLE = re.compile(r"\b(?:analysts?|firm|maker|company|consultancy|consultants|researchers?|group|agency)\s+$")
_CAPITAL_OWNER = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s")
_SOURCE_NOUNS = frozenset("report study survey poll statement letter document paper book analysis review".split())
_NAME_COMMA_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+),\s+$")
_NAME_OPENS = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)\s+(?:was|is|has|had|[a-z]{3,}ed)\b")
_NAME_SAID = re.compile(rf"\s*((?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'-]*)\s+(?:has\s+|had\s+)?{TAG_VERBS}\b")
_ACRONYM_GLUE = frozenset("of and for the on in".split())
_CAP_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on|in)\s+)*[A-Z][\w’'-]*)+")
_NAME_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for and or with by from my our your his her its their this that".split()
)
_HE_SHE = re.compile(r"\b(?:he|she|He|She)\b")
_ROLE_BEFORE_NAME = re.compile(r"\b([a-z][\w-]*)\s+$|\b(actress|actor)\s+for\s+$")
"""The lower-case word right before a name ("counterpart Felix Magath", "actress Cate Blanchett", "his wife
Cherie"; also "best actress for Hilary Swank"), read for a role or a gender ("a spokesman for Michael Howard"
tells neither)."""
_APPOSED_KIN = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?([a-z-]+),")
"""An appositive after a name that ends in a role or kin word ("Janie Hendrix, the guitarist's stepsister,")."""
_VERB_AFTER_NAME = re.compile(r"\s+([a-z]+)\b")
_VERB_THEN_PRONOUN = re.compile(r"\s+([a-z]+)\b[^.!?;:,\"“”]{0,40}?\b(?:he|she|his|her|him|himself|herself)\b")


def _given(canon: tuple[str, ...]) -> str:
    """The given name of a name, lower case, past initials ("G. Michael Caggiano" -> "michael")."""
    first = canon[0]
    if len(first) != 2 or first[1] != "." or len(canon) < 3:
        return first.lower()  # (the common case, without a regex)
    return next((t for t in canon[:-1] if not _INITIAL.fullmatch(t)), first).lower()


_NEXT_HE_SHE = re.compile(r"\.\s+(?:(?:He|She)\s|[\"“][^\"“”\n]{1,300}[,?!][\"”]\s+(?:he|she)\s+[a-z])")
"""The next sentence opens with "He" or "She", or with a quote that "he" or "she" then says ("Bernie Sanders
agreed. “She's right,” he said.")."""


_RELATIVE_OPEN = re.compile(
    r",\s+(?:who|which)(?:\s+(?:has|had|have|was|is|also|then|later|once|earlier|previously))*\s+$"
)
"""The opening of a relative clause right before a verb: ", who", ", who had earlier"."""
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_COURTESY = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Prof)\.?\s+"
"""A courtesy title before a name (one alternation for every rule that reads one)."""
_COURTESY_BEFORE = re.compile(rf"\b{_COURTESY}$")
_LY_NOUNS = frozenset({"family", "families", "ally", "assembly", "rally", "monopoly", "bully", "elderly", "daily",
                       "weekly", "monthly", "quarterly", "ugly", "fly", "lily", "holly", "supply"})


def _ly_adverb(word: str) -> bool:
    """A word in -ly read as an adverb ("quickly", "earlier"), not a noun ("the family said", "an ally")."""
    return word.endswith("ly") and word.lower() not in _LY_NOUNS


def _swapped(a: str, b: str) -> bool:
    """``b`` is ``a`` with two neighbouring letters swapped ("Barrionuevo", "Barrioneuvo")."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _letter_dropped(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` is the other with one inner letter left out ("Davenport", "Daveport"); the shorter at
    least eight letters, and not a last letter ("Martins", "Martin")."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    if len(long) != len(short) + 1 or len(short) < 8:
        return False  # (short names differ by a letter too often: Thomson and Thompson, Philips and Phillips)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return i < len(short) and long[:i] + long[i + 1 :] == short


def _fixed_role(text: str, e: int, before: str) -> str | None:
    """A mention's role that its form decides: "Smith's" is possessive; a source that 'came from' someone
    is the topic of the sentence ('One dissenting opinion came from Brian Gammage')."""
    if text[e : e + 2] in ("'s", "’s") or (text[e - 1 : e] == "s" and text[e : e + 1] in "'’"):
        return "possessive"
    return "main" if _CAME_FROM.search(before) else None


def _name_like(canon: tuple[str, ...]) -> bool:
    """No title or role word in it, and not a demonym before a plural ("Iraqi Kurds")."""
    low = [t.lower() for t in canon]
    if any(t.rstrip(".") in TITLES or t in PERSON_ROLES or t in _NAME_FUNCTION_WORDS for t in low):
        return False  # ("Stars In Their Eyes": a title)
    return not (_demonym_word(canon[0].rstrip("s")) and canon[-1].endswith("s"))


def _is_org(tokens: list[str]) -> bool:
    if any(t.lower().rstrip(".") in ORG_WORDS for t in tokens):
        return True
    low = [t.lower().rstrip(".") for t in tokens]
    if (len(low) == 1 and low[0] in PLACES) or (len(low) == 2 and tuple(low) in PLACE_PAIRS):
        return True  # a country or capital speaks as an institution
    return len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1


def _strip_possessive(tok: str) -> tuple[str, bool]:
    for suf in ("'s", "’s", "s'", "s’"):
        if tok.endswith(suf) and len(tok) > 2:
            return (tok[:-2] if suf[0] in "'’" else tok[:-1]), True
    return tok, False


_GENDER_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|hers|herself)\b", re.I)


class _Resolver:
    """Names, genders and fullest forms for one document (built lazily)."""

    def __init__(self, text: str, occ: list[_Occ] | None = None, quoted: Callable[[int], object] | None = None):
        self.text = text
        self.quoted = quoted or (lambda _pos: None)  # (what is inside a quotation: nobody's pronoun for a name)
        self._occ: list[_Occ] | None = occ
        self._starts: list[int] = []
        self.by_key: dict[str, list[_Occ]] = {}
        self.speaker_keys: set[str] = set()
        self._gender: dict[str, str | None] = {}
        self._keys: tuple[set[str], set[str]] | None = None
        self._role_spans: dict[str, list[tuple[int, int]]] = {}
        if occ is not None:
            self._build_index()

    @property
    def occ(self) -> list[_Occ]:
        if self._occ is None:
            self._occ = self._inventory()
            self._build_index()
        return self._occ  # type: ignore[return-value]

    def _build_index(self) -> None:
        if self._occ:
            self._occ = [_fix_org(o, self.text) for o in self._occ]
        self._starts = [o.start for o in self._occ or ()]
        self.by_key = {}
        for i, o in enumerate(self._occ or ()):
            o.idx = i
            self.by_key.setdefault(o.key, []).append(o)

    def _inventory(self) -> list[_Occ]:
        out: list[_Occ] = []
        for m in NAME_RUN.finditer(self.text):
            out.extend(self._occurrences(m.group(), m.start()))
            rest = re.match(AFTER_POSSESSIVE, m.group())
            if rest is not None:  # "Britain's Jason Gardener": the name after a possessive is a run of its own
                out.extend(self._occurrences(rest.group(1), m.start() + rest.start(1)))
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
        canon, titled, gender = _canon(words)
        org = not canon or _is_org(list(canon))
        if org:
            canon, titled, gender = tuple(words), False, None
        start = toks[len(words) - len(canon)][0]
        end = toks[-1][0] + len(toks[-1][1])
        return [_Occ(start, end, canon, _key(canon), titled, gender, org)]

    # -- person evidence and gender
    def person_keys(self) -> set[str]:
        """Keys (surnames) of runs that name people; grows as speakers are found."""
        if self._keys is not None:
            return self._keys[1]
        keys: set[str] = set()
        multi: set[str] = set()
        single: set[str] = set()
        for o in self.occ:
            if o.org:
                continue
            first = _given(o.canon)
            if o.titled or o.gender or given_gender(first):
                keys.add(o.key)
            elif len(o.canon) > 1 and (not o.canon[0].isupper() or _initials(o.canon[0])):
                job = _JOB_APPOSITIVE.match(self.text, o.end)
                if job and job.group(1).lower() in PERSON_ROLES:
                    keys.add(o.key)  # "Pankaj Pandey, Head of Research at ICICI Securities"
                elif (said := _SAID_AFTER.match(self.text, o.end)) and _name_like(o.canon) and self._he_she_after(
                    o, said.end()
                ):  # (a name in the appositive does not count: "Florian Hamm - Borussia Dortmund's largest investor -")
                    keys.add(o.key)  # "Ayman al-Zawahiri, second in command of al-Qaida, said ... he"
                elif self._acts_then_pronoun(o):
                    keys.add(o.key)  # "Hilary Swank picked up her second Oscar": a verb, then her
                elif (_SAID_BEFORE.search(self.text, max(0, o.start - 12), o.start) and _name_like(o.canon)
                      and self.text[o.end : o.end + 1] in (".", ",") and not _is_org(list(o.canon))):  # fmt: skip
                    keys.add(o.key)  # '“Q,” said El Guerrouj.': an inverted tag names someone
            if o.key in keys:
                pass
            elif len(o.canon) > 1 and ((o.canon[0].isupper() and not _initials(o.canon[0]))
                                       or _demonym_word(o.canon[0].rstrip("s"))):  # fmt: skip
                continue  # "UK Muslims", "Russian President" are not people's names
            elif _PLURAL_ACRONYM.fullmatch(o.canon[-1]):
                continue  # "High-definition DVDs", "MPs": things or groups, not a surname
            else:
                nxt = _NEXT_WORD.match(self.text, o.end)
                if nxt and (nxt.group(1) in PERSON_ROLES or nxt.group(1) in ORG_HEADS):
                    continue  # "Double Olympic champion X", "the Olympic champion": a modifier, not a name
            (multi if len(o.canon) > 1 else single).add(o.key)
        keys |= multi & single
        keys |= self.speaker_keys & multi
        self._keys = (multi, keys)
        return keys

    def _acts_then_pronoun(self, o: _Occ) -> bool:
        """A two-word name as the subject of a verb, with "he", "she", "his" or "her" right after it
        in the same sentence and no other name between: someone's name ("Hilary Swank picked up her
        second Oscar"), not a firm's ("Deutsche Boerse raised its bid")."""
        if not _name_like(o.canon) or _is_org(list(o.canon)):
            return False
        m = _VERB_THEN_PRONOUN.match(self.text, o.end)
        if m is not None:
            verb = m.group(1).lower()
            if not (verb.endswith("ed") or verb in PAST_VERBS or verb in VERBISH):
                return False
            nxt = self.occ[o.idx + 1] if o.idx + 1 < len(self.occ) else None
            return nxt is None or nxt.start > o.end + m.end() - m.start()
        # 'Morgan Freeman beat actors including ... Alan Alda to the prize. He thanked Eastwood': the
        # subject that opens a sentence, and the next sentence opens with "He" or "She"
        v = _VERB_AFTER_NAME.match(self.text, o.end)
        if v is None:
            return False
        w = v.group(1).lower()
        if not (w.endswith("ed") or w in PAST_VERBS or w in VERBISH or w in ("was", "is", "has")):
            return False
        role = _ROLE_BEFORE_NAME.search(self.text, max(0, o.start - 40), o.start)
        if not self._opens_sentence(o.start) and not (role and role.group(1) in PERSON_ROLES | {"counterpart"}):
            return False  # (or after a role: "But Wenger's Bayern counterpart Felix Magath was ...")
        end = self.text.find(". ", o.end, o.end + 300)
        return end > 0 and _NEXT_HE_SHE.match(self.text, end) is not None

    def _opens_sentence(self, pos: int) -> bool:
        before = self.text[max(0, pos - 3) : pos]
        return pos == 0 or before.endswith(("\n", ". ", "! ", "? ", '" ', "” "))

    def _he_she_after(self, o: _Occ, lo: int = 0) -> bool:
        """ "he" or "she" follows the name before the next name after ``lo`` (within 250 characters): the
        name is someone's, not a firm's ("Deutsche Boerse said it would ...")."""
        occ = self.occ
        nxt = next((p for p in occ[o.idx + 1 : o.idx + 20]
                    if len(p.canon) > 1 and not p.org and p.key != o.key and p.start >= lo), None)  # fmt: skip
        stop = min(nxt.start if nxt is not None else len(self.text), o.end + 250)
        return _HE_SHE.search(self.text, o.end, stop) is not None

    def add_speaker_key(self, key: str) -> None:
        self.speaker_keys.add(key)
        if self._keys is not None and key in self._keys[0]:
            self._keys[1].add(key)

    def gender(self, key: str) -> str | None:
        if key in self._gender:
            return self._gender[key]
        votes = {"m": 0, "f": 0}
        for o in self.by_key.get(key, ()):
            self._gender_votes(o, votes, pronoun=True)
        g = None if votes["m"] == votes["f"] else ("m" if votes["m"] > votes["f"] else "f")
        self._gender[key] = g
        return g

    def occ_gender(self, o: _Occ) -> str | None:
        """The gender of the person a name occurrence names: that of its key, except in a family
        ("Jimi Hendrix", "Al Hendrix", "Janie Hendrix": one surname, several given names), where only
        the occurrences with the same given name count, and no pronoun after them does."""
        if len(o.canon) < 2:
            return self.gender(o.key)
        first = _given(o.canon)
        same = [p for p in self.by_key.get(o.key, ()) if len(p.canon) > 1]
        if all(_given(p.canon) == first for p in same):
            return self.gender(o.key)
        ck = f"{o.key}\t{first}"
        if ck not in self._gender:
            votes = {"m": 0, "f": 0}
            for p in same:
                if _given(p.canon) == first:
                    self._gender_votes(p, votes, pronoun=False)
            self._gender[ck] = None if votes["m"] == votes["f"] else ("m" if votes["m"] > votes["f"] else "f")
        return self._gender[ck]

    def _gender_votes(self, o: _Occ, votes: dict[str, int], *, pronoun: bool) -> None:
        """Add what one occurrence tells of its person's gender: a gendered name or given name, a
        gendered role or kin word before it or in an appositive after it, and (``pronoun``) the first
        "he" or "she" after it."""
        if o.gender:
            votes[o.gender] += 3
        given = given_gender(_given(o.canon)) if len(o.canon) > 1 else None
        if given:
            votes[given] += 2
        role = _ROLE_BEFORE_NAME.search(self.text, max(0, o.start - 40), o.start)
        app = _APPOSED_KIN.match(self.text, o.end)
        for word in (role.group(1) or role.group(2) if role is not None else None, app and app.group(1)):
            g = ROLE_GENDER.get(word) or KIN_GENDER.get(word) if word else None
            if g:  # "actress Cate Blanchett", "best actress for Hilary Swank", "Janie Hendrix, his stepsister,"
                votes[g] += 2
        if not pronoun:
            return
        people = self.person_keys()
        nxt = next((p for p in self.occ[o.idx + 1 : o.idx + 12] if p.key in people and p.key != o.key), None)
        stop = nxt.start if nxt is not None else len(self.text)
        window = self.text[o.end : min(stop, o.end + 160)].split("\n", 1)[0]
        inside = self.quoted(o.start)
        pm = next((x for x in _GENDER_PRONOUN.finditer(window) if self.quoted(o.end + x.start()) is inside), None)
        if pm:  # ('Bernie Sanders agreed. “She's right,” he said': not the "She" of a quote he is not in)
            votes["f" if pm.group(1).lower().startswith(("she", "her")) else "m"] += 1

    def set_gender(self, key: str, gender: str) -> None:
        """Record the gender of a person whose gender was unknown (a pronoun was resolved to them)."""
        if self.gender(key) is None:
            self._gender[key] = gender

    # -- resolution
    def fullest(self, canon: tuple[str, ...], pos: int) -> str:
        """The fullest form of a name in the article, nearest person first."""
        key = _key(canon)
        core = _core(canon)
        n = len(core)
        self.occ  # noqa: B018 (builds the index)
        cands = [o for o in self.by_key.get(key, ()) if _core(o.canon)[-n:] == core]
        if not cands:
            return self._misspelt(canon) or " ".join(canon)
        before = [o for o in cands if o.start <= pos and len(o.canon) > 1]
        after = [o for o in cands if o.start > pos and len(o.canon) > 1]
        pick = before[-1] if before else (after[0] if after else None)
        if pick is None:
            for o in cands:  # 'Baroness Scotland', 'Lord Falconer': a peer is named by title
                words = self.text[max(0, o.start - 12) : o.end].split()
                head = next((w for w in words if w in _PEERAGE), None)
                if o.titled and head in ("Sir", "Dame") and len(canon) == 1:
                    knight = self._knight(head, canon[0], pos)
                    if knight is not None:
                        return knight  # "Sir John" after "Sir John Bourn" is Bourn
                if o.titled and head is not None:
                    return f"{head} {' '.join(canon)}"
            return self._misspelt(canon) or " ".join(canon)
        first = pick.canon[0]
        forms = [o.canon for o in cands if o.canon[0] == first]
        return " ".join(max(forms, key=len))

    def _misspelt(self, canon: tuple[str, ...]) -> str | None:
        """The full name a lone surname stands for when the story misspells one of them by two swapped
        letters ("Mr Barrioneuvo" for Jose Barrionuevo, "Kudja" for Jarek Kujda) or one left out ("Daveport"
        for Lindsay Davenport)."""
        word = canon[-1]
        if len(canon) != 1 or len(word) < 5:
            return None
        for o in self.occ:
            last = o.canon[-1]
            if len(o.canon) > 1 and last != word and (_swapped(last, word) or _letter_dropped(last, word)):
                return " ".join(o.canon)
        return None

    def _knight(self, head: str, given: str, pos: int) -> str | None:
        """The full name of the knight or dame a "Sir John" / "Dame Judi" stands for: the nearest
        earlier (else the first later) "Sir John Bourn" with that given name."""
        found = [o for o in self.occ if len(o.canon) > 1 and o.canon[0] == given and o.titled
                 and self.text[max(0, o.start - len(head) - 1) : o.start].startswith(head)]  # fmt: skip
        if not found:
            return None
        before = [o for o in found if o.start <= pos]
        return " ".join((before[-1] if before else found[0]).canon)

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

    def role_holder(self, head: str, pos: int, modifiers: list[str] | tuple[str, ...] = (),
                    inside: object = None) -> _Occ | None:  # fmt: skip
        """The person a role ("minister", "the French president") was used for before ``pos``."""
        keys = self.person_keys()
        text = self.text
        best: _Occ | None = None
        mods = [w for w in modifiers if w not in DETERMINERS and w not in ("former", "new")]
        spans = self._role_spans.get(head)
        if spans is None:  # every use of the role word in the article, found once
            pat = re.compile(r"\b" + re.escape(head) + r"\b", re.I)
            spans = self._role_spans[head] = [m.span() for m in pat.finditer(text)]
        for ms, me in spans:
            if me > pos:
                break
            if inside is not None and inside(ms) is not None:  # type: ignore[operator]
                continue
            lead = text[max(0, ms - 40) : ms].lower()
            if _JUNIOR.search(lead) and not any(
                w in ("deputy", "vice", "shadow", "assistant", "junior", "former") for w in modifiers
            ):
                continue
            if mods and not all(w in lead for w in mods):
                continue
            right = None if text[me : me + 2] in ("'s", "’s") else self._occ_at(me, me + 40)
            if right is not None and right.key in keys:  # ("the actor's friend Budd Schulberg" is not the actor)
                best = right
                continue
            left = self._occ_before(ms - 90, ms)
            if left is not None and left.key in keys and "," in text[left.end : ms]:
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

    def aged(self, age: str) -> _Occ | None:
        """The person given this age in the article ("Jose Mourinho, 56," or "the 56-year-old X")."""
        for m in re.finditer(rf"(?:,\s*{age}\s*[,)]|\b{age}-year-old\s+)", self.text):
            before = self._occ_before(m.start() - 60, m.start() + 1)
            if m.group().startswith(",") and before is not None and before.end >= m.start() - 1:
                return before
            after = self._occ_at(m.end(), m.end() + 30)
            if not m.group().startswith(",") and after is not None:
                return after
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
        return self.org_apposed(head, pos)

    def org_apposed(self, head: str, pos: int) -> str | None:
        """The organisation an earlier appositive called ``head``: "US Airways, the seventh-largest
        US airline" or "the airline Ryanair" (the last one before ``pos``)."""
        name = r"((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)"
        pat = re.compile(
            rf"{name},\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,4}}?{re.escape(head)}\b(?=\s*[,.;)])"
            rf"|\b(?:the|an?)\s+{re.escape(head)}\s+{name}"
        )
        keys = self.person_keys()
        best = None
        for m in pat.finditer(self.text, max(0, pos - 4000), pos):
            words = (m.group(1) or m.group(2)).split()
            while words and words[0].lower() in CAP_STOP:
                words = words[1:]
            if words:
                words[-1] = words[-1].rstrip(".")
            if words and words[-1] and _key(tuple(words)) not in keys and words[-1].lower() not in TITLES:
                best = " ".join(words)
        return best


# --- step 2: attribution -------------------------------------------------------------

CUE_SET = set(CUE_WORDS) | {p.split()[0] for p in _CUE_PHRASES} - {"in", "In"}  # ("in the words of": not "in")
PHRASE_SET = set(_CUE_PHRASES)
PHRASE_CUES = {"according to", "According to", "in the words of", "In the words of"}
SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with",
               "by", "from", "is", "it", "as", "vs", "nor", "up", "so", "my", "our", "be",
               "it's", "its", "into", "over", "off", "out", "not", "no"}  # fmt: skip
MEDIA = re.compile(
    r"\b(?:BBC|Reuters|AP|AFP|CNN|Tass|TASS|Fox|NBC|ABC|CBS|ITV|Sky|Bloomberg|Interfax|Xinhua|RIA|"
    r"news agency|newspaper|radio|television|TV|programme|program|magazine|network|outlet|paper|"
    r"podcast|website|Times|Post|Guardian|Telegraph|Journal|Herald|Tribune|News|Insider|Today)\b"
)
CUE_TAIL = re.compile(
    r"\s+(?:(?:in|on|during|at)\s+(?:a|an|his|her|their|its|the)?\s*(?:[\w’'-]+\s+){0,3}?"
    r"(?:statement|interview|news release|press release|release|speech|letter|e-?mail|post|tweet|"
    r"video|message|briefing|news conference|press conference|conference|podcast|blog|address|"
    r"hearing|testimony|note|memo|filing|op-ed|column|report|appearance|announcement|broadcast|advert)s?"
    r"|on\s+(?:Twitter|Instagram|Facebook|X|TikTok|social media))\b"
)
CHANNEL_RE = re.compile(
    r"\b(?:quoted\s+as\s+saying\s+by|according\s+to|in\s+an?\s+interview\s+with|speaking\s+to|"
    r"told)\s+((?:the\s+)?[^,.;:!?\"“”]{2,60}?)(?=\s*(?:[,.;:!?\"“”]|$|\s+(?:that|on|in|at|as|when|after)\b))"
)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    mtype: str  # name, pronoun, description
    text: str


@dataclass(slots=True)
class _Attr:
    cue_s: int
    cue_e: int
    word: str
    mention: _Mention | None
    rule: str
    direct: bool = False
    clause_end: int = 0


@dataclass(slots=True)
class _Cand:
    pos: int
    speaker: str
    gender: str | None
    role: str  # main, speaker, subject, object, oblique, possessive, other
    occ: _Occ | None = None
    person: bool = True
    score: float = 0.0
    key: str | None = None  # the person's surname key, when known
    mention: _Mention | None = None  # a description, resolved only if it is chosen
    sent: int = -1  # sentence number of ``pos`` (filled in once)


@dataclass(slots=True)
class _Spk:
    pos: int
    speaker: str
    person: bool
    gender: str | None
    frag: Frag
    cand: _Cand | None = None  # this speaker as an antecedent candidate (made once)


TIME_WORDS = WEEKDAYS_MONTHS | {"week", "weekend", "year", "month", "day", "morning", "afternoon",
                                "evening", "night", "today", "yesterday", "tonight", "tomorrow",
                                "season", "summer", "winter", "spring", "autumn", "fall", "time"}  # fmt: skip
DENIALS = {"denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses",
           "dismiss", "disputed", "disputes", "announced"}  # fmt: skip
NOUNISH_CUES = {"comments", "notes", "claims", "states", "answers", "replies", "remarks", "jokes",
                "quips", "tweets", "read", "reads"}  # fmt: skip
WEAK_CUES = {"views", "sees", "believes", "believed", "think", "thinks", "thought", "feels", "felt", "spoke",
             "forecast", "forecasts", "claim"}  # fmt: skip
SOURCE_NOUNS = {
    "police", "officials", "official", "sources", "source", "statement", "report", "reports",
    "figures", "data", "survey", "study", "research", "poll", "records", "documents", "estimates",
    "spokesman", "spokeswoman", "spokesperson", "witnesses", "reporters", "analysts", "experts",
    "prosecutors", "investigators", "authorities", "ministry", "agency", "filings", "filing",
    "transcript", "transcripts", "complaint", "indictment", "court", "letter", "email", "emails",
    "memo", "lawsuit", "residents", "aides", "people", "diplomats", "insiders", "someone",
    "he", "she", "they", "him", "her", "them", "media", "newspaper", "paper", "reuters", "accounts",
}  # fmt: skip
READ_SUBJECTS = {"statement", "letter", "note", "message", "post", "tweet", "text", "release", "memo",
                 "email", "notice", "caption", "it", "which", "that", "petition", "filing", "order"}  # fmt: skip
_NAMING_GAP = re.compile(r"\s*(?:as\s*)?(?:an?\s+|the\s+)?")
"""What may stand between a naming verb and its quote: 'dubbed “X”', 'described as a “Y”'."""
_CALLING_ITSELF = re.compile(r"\b(?:calling|calls|called)\s+(?:itself|themselves)\s+(?:the\s+|an?\s+)?$")
_WORD_AS_WORD = re.compile(r"[,.]?[\"”’']?\s+(?:as|is|was)\s+(?:one\s+of\s+)?(?:the\s+)?(?:\w+\s+)?(?:words?|terms?)\b")
"""'declares “blog” as one of the words of the year': a word cited as a word."""
NAMING_VERBS = {"described", "called", "dubbed", "labelled", "labeled", "branded", "termed",
                "nicknamed", "titled", "entitled", "named"}  # fmt: skip
NAME_THEN_APPOSITIVE = re.compile(
    rf"\s*,?\s*((?:{_TOK})(?:\s+(?:{_TOK})){{1,3}}),\s+(?:the|a|an|who|[a-z]+\s+(?:of|at|for))\s"
    r"[^\"“”.;:!?]{3,220}(?:,\s*|\s+)$"
)
"""'“Q,” Dylan Nelson, a fellow at the Max Planck Institute in Munich, Germany, and co-author of the
study, said': the name right after the quote, then a long appositive (any commas), then the cue."""
UNCLOSED_APPOSITIVE = re.compile(
    rf"(?:^|[.;:!?][\"”’]?\s+|\b(?:and|but|while)\s+)((?:{_TOK})(?:\s+(?:{_TOK})){{1,3}}),\s+"
    r"(?P<det>(?:the|a|an)\s+)?(?P<first>[a-z][\w-]*)[^,;:\"“”]{0,80}"
    r"\b(?:of|for|at)\b[^,;:\"“”]{2,60}$"
)
"""'Mark Serwotka, the leader of the PCS union said', 'Howard Archer, economist at Global Insight said':
an appositive whose closing comma is missing (without "the"/"a" it must open with a role word)."""
SPOKES_NP = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'-]+\s+){0,4}?spokes(?:man|woman|person)"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*)?"
)
APPOSED_NAME = re.compile(rf",\s+((?:{_TOK})(?:\s+(?:{_TOK})){{1,3}})\s*(?:[,.;:]|$)")
SENT_END_TOKEN = re.compile(r"\w[.!?][’'\"”]*$")
DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ian|ean|ese|i|man|woman)|Scot|Swede|Dane|Finn|Pole|Swiss|Greek|Thai|Brit"
                     r"|Kiwi|Aussie|Spaniard|Briton|Welshman|Irishman|Dutchman|Frenchman|Englishman")
_DEMONYMS_I_AN = frozenset("""
iraqi pakistani israeli saudi kuwaiti bangladeshi somali yemeni omani qatari nepali azeri afghani emirati
bahraini kashmiri punjabi bengali azerbaijani uzbeki tajiki sindhi american mexican african german moroccan
dominican cuban tibetan kenyan ugandan rwandan angolan mozambican samoan tongan lankan afghan guatemalan
salvadoran honduran nicaraguan rican jamaican venezuelan kosovan andorran monegasque
""".split())
"""Nationalities ending in -i or -an, the endings given names share ("Ayman", "Jayanti", "Milan")."""


def _demonym_word(w: str) -> bool:
    """ "Russian", "Iraqi", "Kenyan", "Chinese" (a nationality before a name or noun), but not a given
    name that looks like one ("Ayman", "Jayanti", "Brian")."""
    if not DEMONYM.fullmatch(w):
        return False
    low = w.lower()
    if low in MALE_NAMES or low in FEMALE_NAMES:
        return False
    if low.endswith(("ian", "ean", "ese", "man", "woman")) or not low.endswith(("i", "an")):
        return True
    return low in _DEMONYMS_I_AN


SUBJECT_AFTER = re.compile(
    r"(?:\s*,[^,.;:\"“”]{1,90},|\s*\([^()]{1,60}\)|\s+and\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)?"
    r"\s*,?\s+(?:[a-z]+ly\s+)?([A-Za-z’']+)"
)
VERBISH = {"wants", "believes", "thinks", "knows", "feels", "hopes", "plans", "made", "took",
           "went", "gave", "got", "came", "saw", "met", "won", "lost", "led", "left", "became",
           "began", "spent", "told", "could", "can", "must", "shall", "has", "had", "is", "was",
           "will", "would", "should", "might", "may", "did", "does", "now", "then", "also",
           "insists", "says", "adds", "explains", "admits", "wrote", "runs", "ran", "sees",
           "expects", "needs", "tried", "tries", "hit", "scored", "joined"}  # fmt: skip
PAST_VERBS = set("""
ate beat became began bit blew broke brought built bought caught chose came cut dealt did drew drank
drove fell fed felt fought found fled flew forgot forgave froze got gave went grew hung heard hid hit
held hurt kept knew laid led left lent let lay lit lost made meant met paid put quit read rode rang
rose ran saw sought sold sent set shook shot showed shut sang sank sat slept slid spoke spent spun
stood stole stuck struck swore swept swam took taught tore told thought threw understood woke wore
won wrote
""".split())
ROLE_GENDER = {"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
               "businessman": "m", "businesswoman": "f", "actress": "f", "actor": "m", "father": "m",
               "mother": "f", "son": "m", "daughter": "f", "wife": "f", "husband": "m", "king": "m",
               "queen": "f", "prince": "m", "princess": "f", "woman": "f", "man": "m", "girl": "f",
               "boy": "m", "congressman": "m", "congresswoman": "f", "frontman": "m"}  # fmt: skip


KIN_GENDER = {"wife": "f", "husband": "m", "son": "m", "daughter": "f", "father": "m", "mother": "f",
              "brother": "m", "sister": "f", "widow": "f", "widower": "m", "girlfriend": "f",
              "boyfriend": "m", "fiancee": "f", "fiancée": "f", "fiance": "m", "fiancé": "m",
              "grandson": "m", "granddaughter": "f", "grandmother": "f", "grandfather": "m",
              "uncle": "m", "aunt": "f", "nephew": "m", "niece": "f", "stepson": "m",
              "stepdaughter": "f", "stepfather": "m", "stepmother": "f", "dad": "m", "mum": "f",
              "mom": "f", "stepsister": "f", "stepbrother": "m", "half-sister": "f", "half-brother": "m"}  # fmt: skip
KIN_NAME_PATTERN = (
    r"(?:his|her|their|my|our|your)\s+(?:" + "|".join(sorted(KIN_GENDER, key=len, reverse=True))
    + rf")\s+[{_UP}][a-z]+(?-u:\b)"
)
"""A relative named by given name alone ("his wife Barbara"): a person, gendered by the kin word."""
ROLE_NAME_PATTERN = (
    r"(?-u:\b)(?:midfielder|striker|defender|goalkeeper|keeper|winger|playmaker|skipper|singer|rapper|actor"
    r"|actress|comedian|presenter|guitarist|drummer|rocker|popstar)\s+"
    rf"[{_UP}][a-z]+(?-u:\b)"
)
"""A one-word name after a job that only a person has ("Brazilian midfielder Edu", "rapper Eminem"): a person."""


_COURT_ROLES = frozenset({"judge", "magistrate", "coroner", "jury", "sheriff"})
"""Roles that stand for nobody else in the story unless written with a name ("Judge Ito"): in a court
report the people named are defendants, lawyers and witnesses, not "the judge"."""

OFFICES = {"minister", "secretary", "chancellor", "president", "premier", "pm", "governor", "mayor",
           "senator", "ambassador", "commissioner", "attorney", "speaker"}
"""Role heads that are public offices: one person holds one of them at a time in a story."""


def _office(head: str, modifiers: list[str] | tuple[str, ...]) -> str | None:
    """ "the home secretary" -> "home secretary"; "the premier" -> "prime minister"; None for a
    role that is not an office ("the singer")."""
    if head not in OFFICES:
        return None
    if head in ("premier", "pm"):
        return "prime minister"
    mods = [w for w in modifiers if w in TITLES and w not in HONORIFICS_M | HONORIFICS_F]
    return " ".join([*mods, head])


_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says|told|will|would)\b")
_APPOSED_PERSON = re.compile(
    r"(?:\s+(?:for|of|at|from)\s+[^,.;:]{1,60})?(?:,\s+[A-Z][^,.;:]{0,60})?,\s+((?:[A-Z][\w’'.-]+\s+){1,2}[A-Z][\w’'-]+),"
)
"""The name in apposition after a role, past a second part of an organisation's name ('A spokesman for US
Immigration, Customs and Enforcement, Dean Boyd, said')."""
_PERSON_THEN_LOWER = re.compile(
    rf",?\s+((?:{_COURTESY})?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})"
    r"(?:\s+[a-z]|,\s+(?:an?|the|its|his|her|their)\s)"
)
_BARE_NAME_TAG = re.compile(rf"\s+((?:{_COURTESY})?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\.(?=\s|$)")
_BEEN_BEFORE = re.compile(r"\b(?:been|being|be|is|are|was|were)\s+(?:[a-z]+ly\s+)?$")
_SOLE_OFFICES = frozenset(
    "prime minister|president|mayor|chancellor|first minister|home secretary|foreign secretary|governor"
    "|defence secretary|health secretary".split("|")
)
"""Offices one person holds at a time, and no one holds two of."""
_SOLE_OFFICE_BEFORE = re.compile(
    r"(?i:\b((?:prime\s+)?minister|president|mayor|chancellor|first\s+minister|(?:home|foreign|defence|health)"
    rf"\s+secretary|governor))\s+(?:{_COURTESY})?$"
)


def _office_clash(held: set[str] | None, office: str) -> bool:
    """A person given ``held`` offices cannot also be ``office`` ("home secretary" against "prime
    minister"); "minister" and "prime minister" may be the same person."""
    if not held:
        return False
    return all(not (h.endswith(" " + office) or office.endswith(" " + h) or h == office) for h in held)


_TAG_AFTER = re.compile(rf"\s+(?:has\s+|had\s+|have\s+)?(?:{TAG_VERBS})\s*[.,;]")
"""A verb of saying, then the end of a clause: ", Michael Howard has said." (an inverted tag)."""
_PRONOUN_TAG = re.compile(rf"(?:he|she|He|She)\s+(?:has\s+|had\s+|also\s+)?(?:{TAG_VERBS})\b")
ROLE_WEIGHT = {"main": 1.0, "speaker": 1.0, "subject": 0.7, "object": 0.5, "possessive": 0.45,
               "oblique": 0.4, "other": 0.4}  # fmt: skip
"""Salience of a mention by its role in the sentence (see :meth:`_Doc.antecedent`)."""
SENTENCE_DECAY = 0.5
UNKNOWN_GENDER = 0.6
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_CLAUSE_BREAK = re.compile(r"[,;:()—–\"“”]|\s-\s|\b(?:that|who|which|when|while|after|before|because|as)\b")
_PREP_INTRO = {"in", "on", "at", "during", "for", "from", "with", "under", "over", "amid", "by", "despite",
               "following", "across", "inside", "outside", "within", "throughout", "without", "speaking"}
_TAG_CLOSE = re.compile(r"(?:\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)?\s*,")
"""The comma that closes a tag between commas, past "of IBM" ("But, says Nick Donofrio of IBM, it was ...")."""
_WHEN_PATTERN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})")
_CLAUSE_LEAD = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still)\s+|(?:Meanwhile|Earlier|Later|Now|Then|Also)\s+(?=[A-Z])"
    rf"|(?:In|On|During|By|Since|Until)\s+(?:(?:early|late|mid)[\s-]+)?{_WHEN_PATTERN}\s+(?=[a-zA-Z]))"
)  # ('In January the MPs who make up the committee published ...': the subject after the time)
_CLAUSE_INTRO = re.compile(
    r"\s*(?:(?i:on|in|at|by|after|before|earlier|later|however|meanwhile|last|this|speaking|during|asked|instead|"
    r"separately|also|when|while|since|as|despite|following|under|with|for|from|over|amid)|[A-Z][a-z]+ly)\b"
    r"[^,]{0,80},\s*"
)
"""An introductory phrase before a clause's subject ("In an interview with the FT, Mr Blair ...")."""
_CUE_THEN_PRONOUN = re.compile(r"\b([a-z]+)\s+(?:that\s+)?$")
_APPOSED = re.compile(rf",\s+{_TOK}(?:\s+{_TOK}){{1,3}}\s*,")
_CAP_WORD = re.compile(r"\b[A-Z][\w-]+")
_TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?\s+$")
_INTRODUCES = re.compile(r"\s*:\s*(?:[\"“‘«]|&quot;|&ldquo;)")
_CLAIM_BY = re.compile(
    r"\b(claims?|suggestions?|accusations?|allegations?|remarks?|comments?|charges?|warnings?|assertions?)\s+by"
)
_BY_POS = operator.attrgetter("pos")
_BY_SCORE = operator.attrgetter("score", "pos")
_JUNIOR = re.compile(r"\b(?:deputy|vice|shadow|assistant|junior|ex|former)[\s-]+(?:\w+\s+)?$")
_ROLE_WORD = re.compile(r"[\w’'.&-]+")
def _nationality_noun(text: str) -> bool:
    """A nationality used as a noun: "the New Zealander", "the Brazilian", "the Dutchman", "the Spaniard"
    (not "the Speaker")."""
    words = text.split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[0] not in ("New", "South", "North")):
        return False
    last = words[-1]
    return _demonym_word(last) or last.endswith(("lander", "man", "woman")) or last in _NATIONALITY_NOUNS


_NATIONALITY_NOUNS = frozenset("Scot Swede Dane Pole Finn Turk Spaniard Briton Brit Kiwi Aussie Argentine".split())
_FIRM_HEADS = frozenset(
    "firm company bank airline carrier retailer broadcaster insurer corporation giant maker carmaker"
    " manufacturer chain supermarket publisher brewer lender club seller supplier provider distributor"
    " exporter importer chipmaker drugmaker conglomerate miner housebuilder grocer".split()
)
"""Org heads that stand for a named company in business news ("the firm said")."""
_OWN_VOICE = frozenset({"government"})
_GOVERNMENT_EXECUTIVE = re.compile(r"\b(?!Chief\b)[A-Z][\w’'-]*\s+Executive\b")
_BODY_HEADS = frozenset("agency regulator watchdog ministry department authority commission".split())
"""Public bodies that stand for the body last the subject of a sentence ("CBP announced ... the agency said")."""
_BACKGROUND_CLAUSE = re.compile(r"\b(?:where|whereas)\s+$")
_PARENT_OF = re.compile(r"(?<=mother|father)-of-[a-z]+$")
_NP_GLUE = PREPOSITIONS | {"and", "&", "or", "the", "a", "an"}
_ELIDED_SUBJECT = re.compile(r"\s*(?:But|And|Yet|Then|And then|But then)?\s*(?:also\s+|later\s+)?")
_WHEN_LEADS = frozenset(("ahead", "prior", "shortly", "soon", "just", "when", "while", "as", "because"))
"""Words that open a time or reason phrase after a name ("said Castaignede ahead of the 12 March tie")."""
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
_ROLE_RELATIVE_BEFORE = re.compile(r"\b[Tt]he\s+([a-z][a-z-]+)[’']s\s+(?:[a-z][a-z-]+\s+){1,3}$")
"""A name after "the <role>'s <noun>": someone of that role's holder ("the actor's friend Budd Schulberg")."""
_LEAD_CONJ = {"and", "but", "or", "so", "yet", "however", "meanwhile", "then", "now", "also"}
_TIME_PREP = {"on", "in", "last", "this", "next", "by", "earlier", "later", "since"}
_TIME_NOUNS = {"week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "day", "time"}
_NP_WORDS = DETERMINERS | TITLES | PERSON_ROLES | {"and", "&", "of"}
_INTRO_WORDS = {"in", "on", "at", "after", "before", "during", "earlier", "later", "last", "this",
                "when", "while", "since", "as", "despite", "following", "under", "with", "for",
                "from", "over", "amid", "however", "meanwhile", "instead", "separately", "asked",
                "speaking", "writing", "still", "yet", "but", "and", "so", "now", "then", "if",
                "although", "though", "because", "once", "today", "yesterday", "overall",
                "indeed", "nevertheless", "by", "according", "to", "unlike", "like"}  # fmt: skip

_FUNCTION_WORDS = (PREPOSITIONS | BOUNDARY_WORDS | AUX) - {"and"}


def _in_title(words: list[str], i: int) -> bool:
    """ "Secretary to the Treasury", "Minister of State": a preposition inside a capitalised title."""
    nxt = words[i + 1 : i + 3]
    if nxt and nxt[0].lower() == "the":
        nxt = nxt[1:]
    return (words[i].lower() in ("to", "of", "for", "at") and i > 0 and _is_cap(words[i - 1])
            and words[i - 1].lower() not in CAP_STOP and bool(nxt) and _is_cap(nxt[0]))  # fmt: skip


def _opens_clause(words: list[str], verb_after: bool) -> bool:
    """Only a noun phrase (titles, determiners, an introductory preposition) before the mention."""
    core = words
    if verb_after and len(core) > 1 and (core[0].lower() in _PREP_INTRO or (
            core[0].lower() in ("after", "before", "since") and core[1].lower() in DETERMINERS)):  # fmt: skip
        core = core[1:]  # "On that day's programme Mr Johnson was asked ...": no comma
    return len(core) <= 8 and not any(
        _verbal(w) and w.lower() not in DETERMINERS and not _in_title(core, i) for i, w in enumerate(core)
    )


def _governor(words: list[str], i: int, skip: set[str]) -> int | None:
    """Index of the last word at or before ``i`` that is not part of a name or its title."""
    return next((k for k in range(i, -1, -1) if not (_is_cap(words[k]) or words[k].lower() in skip)), None)


def _role_after(words: list[str], gov_i: int, *, verb_after: bool, inverted: bool) -> str:
    """The role of a mention from the word that governs it (``words[gov_i]``)."""
    low = words[gov_i].lower()
    if gov_i and words[gov_i - 1].lower() in ("who", "which", "that") and low not in PREPOSITIONS:
        return "object"  # "Montell Figgins, who represents Thomas, said"
    if low in CUE_SET and low not in TELL_VERBS and inverted:
        return "main"  # “Q,” said Mr Hogg / ..., said Charles Kennedy: an inverted cue
    if low in PREPOSITIONS or low in ("about", "against", "between", "like", "than", "via", "into", "over"):
        return "oblique"
    if verb_after and low in BOUNDARY_WORDS:
        return "subject"
    if _verbal(words[gov_i]) and not (verb_after and low in CUE_SET):
        return "object"  # (but "claims Tony Blair felt": the subject of what is reported)
    return "subject" if verb_after else "other"


def _verbal(w: str) -> bool:
    """A word that is (or could be) a verb or a clause word: the end of a subject noun phrase."""
    low = w.lower()
    if _is_cap(w) and low not in _FUNCTION_WORDS:
        return False
    return (low in AUX or low in VERBISH or low in PAST_VERBS or low in CUE_SET or low in BOUNDARY_WORDS - {"and"}
            or low in PREPOSITIONS or (low.endswith("ed") and len(low) > 4))  # fmt: skip

_NEW_ROLE = (
    r"\s+(?:[\w’'-]+\s+){0,3}?(" + "|".join(sorted(ROLE_GENDER)) + r")\b"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*)?"
)
NEW_PERSON_PATTERN = r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)" + _NEW_ROLE
"""Regex for a person introduced by an indefinite description ("one mother")."""
_THE_ROLE = (r"\s+(?:[\w’'-]+\s+){0,3}?(" + "|".join(sorted(PERSON_ROLES - {"head"}, key=len, reverse=True))
             + r"|\d+-year-old)(?:[^\w’'-]|$)")  # fmt: skip
THE_PERSON_PATTERN = r"\b[Tt]he" + _THE_ROLE
"""Regex for a definite role description ("the prime minister", not "the player-manager"); a
match takes the character after the role word along."""
_NEW_PERSON = re.compile(NEW_PERSON_PATTERN)
_THE_PERSON = re.compile(THE_PERSON_PATTERN)
# (the same, split so that each starts with a literal word: Python's re then finds it quickly)
_THE_SPLIT = (re.compile(r"the(?<!\wthe)" + _THE_ROLE), re.compile(r"The(?<!\wThe)" + _THE_ROLE))
_NEW_SPLIT = tuple(re.compile(rf"{w}(?<!\w{w})" + _NEW_ROLE) for w in ("a", "an", "A", "An", "one", "One",
                                                                          "another", "Another"))  # fmt: skip
_HE = (re.compile(r"he\b"), re.compile(r"He\b"))


def _split_matches(patterns: tuple[re.Pattern[str], ...], text: str, lo: int) -> list[tuple[int, int, str]]:
    """Matches of the alternation of ``patterns`` from ``lo`` (leftmost first, not overlapping):
    those of :data:`THE_PERSON_PATTERN` and :data:`NEW_PERSON_PATTERN`, found quickly."""
    found = sorted((m.start(), m.end(), m.group()) for pat in patterns for m in pat.finditer(text, lo))
    out: list[tuple[int, int, str]] = []
    for x in found:
        if not out or x[0] >= out[-1][1]:
            out.append(x)
    return out


def _he_she(text: str, lo: int) -> list[tuple[int, int, str]]:
    """Every "he", "He", "she" and "She" from ``lo``: ``(start, end, gender)``."""
    out = []
    for m in _HE[0].finditer(text, lo):
        s = m.start()
        p = text[s - 1] if s > lo else " "
        if p in "sS" and (s - 1 <= lo or not _isword(text[s - 2])):
            out.append((s - 1, s + 2, "f"))
        elif not _isword(p):
            out.append((s, s + 2, "m"))
    for m in _HE[1].finditer(text, lo):
        s = m.start()
        if s <= lo or not _isword(text[s - 1]):
            out.append((s, s + 2, "m"))
    out.sort()
    return out


def _isword(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


KEEP_DOT = re.compile(rf"{_ABBR}|(?:[A-Z]\.)+|Jr\.|Sr\.|Inc\.|Co\.|Corp\.|Ltd\.")
_TC_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_NORM_WORD = re.compile(r"\w+")
_AUX_BEFORE = re.compile(r"(?:\b(?:has|had|have|was|were|is|will|would|also|later|has since|had since)\s+)+$")
_AFTER_CLOSE = re.compile(r"[\"”’']\s*,?\s*$")
_GAP = re.compile(r"[\s:,]*")
_SHORT_TAIL = re.compile(
    r"[^.!?,;\"“”]{0,45}(?:,\s+(?:(?:a|one|two|three|several|some|just)\s+(?:days?|weeks?|hours?|months?)\s+)?"
    r"(?:after|before|when|as|while|following|amid|despite|citing|adding|in\s+an?|ahead\s+of)\b[^\"“”]*?)?"
    r"(?:[.!?]|\.\.\.|…)?[\"”’']?\s*"
)
"""What may follow a sentence-final tag: a short setting ("on Thursday"), then an adjunct ("..., Nobutaka
Machimura said on Thursday, a day after Pyongyang warned Japan")."""


def _outer_subject(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """For "Name, the <description>, Name2, said" (the comma before Name2 at ``k``): the index
    of the last word of the first name, which is the subject; Name2 completes the description.
    None unless the sentence opens with that name (not "In London, the envoy, Liu, warned")."""
    p = k - 1
    while p >= 0 and toks[p][2] != "," and k - p < 25:
        p -= 1
    if p < 1 or toks[p][2] != "," or toks[p + 1][2].lower() not in ("the", "a", "an"):
        return None
    q = p - 1
    while q >= 0 and _is_cap(toks[q][2]) and toks[q][2].lower() not in CAP_STOP:
        q -= 1
    return p - 1 if q < 0 and p - 1 >= 0 and _is_cap(toks[p - 1][2]) else None


def _past_after_noun(prev: str, tok: str) -> bool:
    """ "producers defended": a past-tense verb ends the subject before it. Not after a
    determiner, number, adverb or possessive ("the retired general", "two injured men",
    "newly elected", "the party's embattled leader")."""
    low = prev.lower()
    return (tok.islower() and tok.endswith("ed") and len(tok) > 4 and "-" not in tok
            and low not in DETERMINERS and not low[:1].isdigit() and not low.endswith(("ly", "'s", "’s"))
            and low not in PREPOSITIONS and low not in BOUNDARY_WORDS)  # fmt: skip


def _role_head(description: str) -> str:
    """The head of a description: the word before its first preposition ("the MP for Sheppey": mp)."""
    words = description.lower().split()
    if not words:
        return ""
    return words[next((i for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), len(words)) - 1]


def _places_of_a_role(toks: list[tuple[int, int, str]], k: int) -> bool:
    """ "and" at ``k`` joins two capitalised places after "<role> for|of": "the MP for Sittingbourne and
    Sheppey", "the Secretary of State for Trade and Industry"."""
    if k < 1 or k + 1 >= len(toks) or not (_is_cap(toks[k - 1][2]) and _is_cap(toks[k + 1][2])):
        return False
    i = k - 1
    while i >= 0 and _is_cap(toks[i][2]):
        i -= 1
    return i >= 1 and toks[i][2].lower() in ("for", "of") and (
        toks[i - 1][2].lower() in PERSON_ROLES or toks[i - 1][2].lower().rstrip(".") in TITLES
    )


def _initials(word: str) -> bool:
    """A person's initials written without dots ("JK Rowling", "AL Gooneratne"), not a common acronym
    ("UK Muslims", "EU ministers")."""
    return len(word) == 2 and word.isalpha() and word.isupper() and word not in _COMMON_ACRONYMS


_COMMON_ACRONYMS = frozenset(
    "UK US EU UN EC TV MP PM FA BT GM BA AA RAF IT PC AI DJ MC HQ ID UN NY LA SA DC UAE WHO IMF".split()
)


def _skip_age(toks: list[tuple[int, int, str]], j: int) -> int:
    """Drop an age written after a name between commas ("Robert Jackson, 58, MP for Wantage, said", "says
    King, 30, who"): the index of the name's last word, else ``j``."""
    if j >= 2 and toks[j][2].isdigit() and len(toks[j][2]) <= 3 and toks[j - 1][2] == "," and _is_cap(toks[j - 2][2]):
        return j - 2
    return j


def _np_after_ends(out: list[tuple[int, int, str]], toks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether the noun phrase read after a cue (``out``) ends before ``toks[n]``: a time or manner phrase
    ("said officials on Monday", "said X ahead of the tie") or a new noun phrase ("according to the
    Datamonitor report the trend marked ...", "a poll posing the question")."""
    w = toks[n][2]
    if _time_phrase(toks, n) or (w in _WHEN_LEADS and _is_cap(out[-1][2])):
        return True
    if len(out) < 2 or out[-1][2].lower() in _NP_GLUE:
        return False
    nxt = toks[n + 1][2] if n + 1 < len(toks) else ""
    return w in ("the", "a", "an") or (w.endswith("ing") and w.islower() and nxt in ("the", "a", "an"))


def _someones_other(desc: str, role: str) -> bool:
    """A possessive description with another head ("Brando's assistant", "his wife") for a role
    ("the actor"): someone else, defined by a relation to another person."""
    words = desc.lower().split()
    return len(words) >= 2 and words[-1] != role and (
        words[0] in ("his", "her", "their") or words[-2].endswith(("'s", "’s"))
    )


def _modifiers_of_a_head(toks: list[tuple[int, int, str]], k: int, j: int) -> bool:
    """ "and" at ``k`` joins two lower-case modifiers of one head after "the": "the news and financial
    data seller", "the oil and gas giant", "the sales and marketing director"."""
    if k < 2 or j - k > 4 or toks[k - 2][2].lower() != "the":
        return False
    head = toks[j][2].lower()
    return (head in ORG_HEADS or head in PERSON_ROLES) and all(
        t[2].islower() and t[2].isalpha() for t in (toks[k - 1], *toks[k + 1 : j])
    )


def _is_cap(tok: str) -> bool:
    if not tok:
        return False
    if tok[0].isupper() or (tok.startswith("Mc") and len(tok) > 2):
        return True
    m = NAME_PARTICLE.match(tok)  # "al-Zarqawi"
    return m is not None and tok[m.end() : m.end() + 1].isupper()


_SURNAME_PREFIXED = re.compile(r"(?:[DO]['’]|Mc|Mac|De|Di|Le|La)[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
"""A surname with a capital inside it ("D'Amuro", "O'Neill", "McDonald", "DeVito"), not an acronym or a brand."""


def _title_follows(toks: list[tuple[int, int, str]], n: int) -> bool:
    """After "and" at ``n``, capitalised words run into a title and a name ("Economic and Fiscal Policy Minister
    Heizo Takenaka")."""
    for k in range(n + 1, min(n + 5, len(toks) - 1)):
        if not _is_cap(toks[k][2]):
            return False
        if toks[k][2].lower() in TITLES and _is_cap(toks[k + 1][2]):
            return True
    return False


def _given_name(toks: list[tuple[int, int, str]], k: int) -> bool:
    """ "Will Moy", "Mark Lee": a capitalised given name that is also a common word, before a name."""
    t = toks[k][2]
    low = t.lower().rstrip(".")
    return (_is_cap(t) and (given_gender(low) or low in HONORIFICS_M or low in HONORIFICS_F)
            and k + 1 < len(toks) and _is_cap(toks[k + 1][2]))  # fmt: skip  ("Mrs May")


def _has_name(toks: list[tuple[int, int, str]]) -> bool:
    """Two capitalised words in a row (not "The", "But"): a name ("shop owner Hayriye Evren")."""
    return any(_is_cap(a[2]) and _is_cap(b[2]) and a[2].lower() not in CAP_STOP for a, b in pairwise(toks))


_LIST_MARK = re.compile(r"[,;:()]")
_WHO_AFTER = re.compile(r",\s+(?:[^,.;:\"“”]{1,50},\s+)?who\s+(?!is\b|was\b|has\b|had\b)[a-z]+ed\b")
_POSSESSIVE_CLAIM = re.compile(
    r"\b((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)['’]s\s+(description|claim|accusation|suggestion|assertion|warning"
    r"|remark|comment|characterisation|characterization)\s+(?:(?:of|that)\s+[^.;:\"“”]{0,50}?)?(?:as\s+)?(?:an?\s+)?$"
)
_MADE_A = re.compile(
    r"\b((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+|he|she|they)\s+(?:has\s+|had\s+|have\s+)?"
    r"(issued|made|gave|delivered|sent|offered|repeated|renewed|uttered|posted|tweeted)\s+"
    r"(?:an?|his|her|their|its|the)\s+(?:[a-z-]+\s+)?$"
)
_SPEECH_NOUN_AFTER = re.compile(
    r"\s*(?:declaration|statement|warning|plea|promise|pledge|vow|apology|threat|message|appeal|rallying\s+cry"
    r"|farewell|ultimatum|verdict|assessment|admission|boast|prediction|remark|comment|announcement)\b"
)
"""'Scottie Pippen issued a “This is probably it for me” declaration': the words of the quote are his."""
_OPENING_PHRASE = re.compile(r"\s*(?:(?:One|Two|A|The)\s+(?:day|days|week|weeks|month|year)s?\s+)?(?:[Aa]fter|[Bb]efore"
                             r"|[Hh]aving|[Ww]hile|[Ss]ince|[Dd]espite|[Ww]ithout|[Oo]n|[Ii]n)\b")
_PLURAL_NAME = re.compile(r"\b(?:Tories|Democrats|Republicans|Conservatives|Liberals|Lib\s+Dems|Greens|Nationalists"
                          r"|Socialists|Unionists|[A-Z][a-z]+ians|[A-Z][a-z]+ese)$")
_PEOPLE_PLURALS = frozenset("residents villagers workers fans parents families voters locals neighbours neighbors "
                            "shoppers passengers survivors relatives members protesters campaigners".split())
_STOP_MARK = re.compile(r"[.!?;:\"“”]")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")
_CAME_FROM = re.compile(r"\b(?:came|comes|come)\s+from\s+$")
_INVERTED_OPENING = re.compile(r"\s+[^.:;\"“”\n]{2,60}:\s*[\"“‘']")
_FIRST_WORD = re.compile(r"\s*([\w’']+)")
_CLAUSE_WORDS = frozenset({"that", "there", "if", "whether", "how", "why", "what", "when"})
_HEADLINE_CUE = re.compile(r"[A-Z][\w'’-]*\s+$")
"""What comes before a capitalised cue in a title-case headline: a capitalised word."""


def _titlecase(q: str) -> bool:
    words = _TC_WORD.findall(q)
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() for w in content)


def _norm(q: str) -> str:
    return " " + " ".join(_NORM_WORD.findall(q.lower())) + " "


_PLACE = r"[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,3}"
DATELINE = re.compile(
    rf"(?:[A-Z]{{3,}}(?:\s+[A-Z]{{2,}}){{0,2}}(?:,\s+{_PLACE})?|{_PLACE}(?=(?:,?\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?\s*(?:\(|--|-\s+--)))"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([A-Za-z .&-]{1,30}\))?\s*(?:--?|—|–)(?:\s+--)?\s+"
)
"""A dateline opening a paragraph: "BAGHDAD, Iraq - ", "WASHINGTON (AP) -- ", "Ha Noi, Nov. 11 (VNA) - ".
A place named there is nobody's mention."""


class _Doc:
    """Attribution for one document."""

    def __init__(self, text: str, frags: list[Frag], cues: list[tuple[int, int, str]],
                 breaks: list[tuple[int, int]], names: list[_Occ] | None = None):  # fmt: skip
        self.text = text
        self.frags = frags
        self.cues = cues
        self.cue_starts = [c[0] for c in cues]
        self.res = _Resolver(text, names, self.inside)
        self.tops = [i for i, f in enumerate(frags) if f.depth == 0]
        self.top_starts = [frags[i].start for i in self.tops]
        starts = [0] + [e for _, e in breaks]
        ends = [s for s, _ in breaks] + [len(text)]
        self.blocks = list(zip(starts, ends, strict=True))
        self.block_starts = starts
        self._names: list[_Cand] | None = None
        self._name_at: list[int] = []
        self._name_idx: list[int] = []
        self._sent_list: list[int] | None = None
        self._sent_ends: list[int] = []
        self._datelines: list[tuple[int, int]] = []
        self._pron: list[tuple[int, int, str]] | None = None
        self._people: list[_Cand] | None = None
        self._desc_cache: dict[int, str] = {}
        self._acronyms: dict[str, str | None] = {}
        self._lower_words: set[str] | None = None  # (every word written in lower case: _common_word)
        self._offices: dict[str, set[str]] = {}  # person key -> offices a description gave them
        self._people_starts: list[int] = []
        self._pron_starts: list[int] = []
        self._pron_done = 0
        self._pron_refs: list[_Cand] = []
        self._pron_ref_at: list[int] = []
        self._reported: dict[int, _Cand | None] = {}
        self.speakers: list[_Spk] = []
        first_end = ends[0]
        head = text[:first_end].strip()
        self.headline_end = (
            first_end
            if breaks and head and len(head.split()) <= 20 and head[-1] not in ".!?:" and "\n" not in head
            else -1
        )

    # -- geometry
    def inside(self, pos: int) -> Frag | None:
        i = bisect.bisect_right(self.top_starts, pos) - 1
        if i >= 0:
            f = self.frags[self.tops[i]]
            if f.start <= pos < f.end:
                return f
        return None

    def in_dateline(self, pos: int) -> bool:
        self._sentences()
        return any(s <= pos < e for s, e in self._datelines)

    def block(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.block_starts, pos) - 1
        return self.blocks[max(i, 0)]

    def _sentences(self) -> tuple[list[int], list[int]]:
        """Every sentence start of the document and where each sentence ends (the next start in
        its block, or the block's end), computed once. Sentences end at . ! ? outside quotes;
        "Mr." and "U.S." do not end them."""
        if self._sent_list is None:
            starts: list[int] = []
            ends: list[int] = []
            text = self.text
            found = [(m.start(), m.end()) for m in SENT_BOUNDARY.finditer(text)]  # one pass for all blocks
            k = 0
            for bs, be in self.blocks:
                block = [bs]
                dl = DATELINE.match(text, bs, be)
                if dl is not None and dl.end() < be:
                    self._datelines.append((bs, dl.end()))
                    block.append(dl.end())  # the dateline is not part of the first sentence
                while k < len(found) and found[k][0] < bs:
                    k += 1
                while k < len(found) and found[k][0] < be:
                    dot, pos = found[k]
                    k += 1
                    if pos >= be:
                        continue  # (a match running into the next block: that block starts a sentence)
                    ws = text.rfind(" ", bs, dot) + 1
                    if (dot - ws <= 5 or "." in text[ws:dot]) and ABBREV_END.search(text, max(bs, dot - 12), dot + 1):
                        continue
                    if self.inside(pos) is None:
                        block.append(pos)
                starts.extend(block)
                ends.extend(block[1:])
                ends.append(be)
            self._sent_list, self._sent_ends = starts, ends
        return self._sent_list, self._sent_ends  # type: ignore[return-value]

    def sentence_start(self, pos: int) -> int:
        starts = self._sent_list or self._sentences()[0]
        i = bisect.bisect_right(starts, pos) - 1
        return starts[i if i > 0 else 0]

    def sentence_end(self, pos: int) -> int:
        starts = self._sent_list or self._sentences()[0]
        i = bisect.bisect_right(starts, pos) - 1
        return self._sent_ends[i if i > 0 else 0]

    def cues_in(self, lo: int, hi: int, *, outside: bool = True) -> list[tuple[int, int, str]]:
        i = bisect.bisect_left(self.cue_starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i][0] < hi:
            c = self.cues[i]
            if (not outside or self.inside(c[0]) is None) and self._cue_ok(c):
                out.append(c)
            i += 1
        return out

    def _cue_ok(self, c: tuple[int, int, str]) -> bool:
        s, _, w = c
        text = self.text
        if _not_a_cue_form(text, c):
            return False
        prev = _words_before(text, s)
        if prev:
            p = prev[-1].lower().strip(",")
            if p in DETERMINERS - {"one", "two", "three", "four", "five"} or p.endswith(("'s", "’s")):
                return w in ("says", "said")  # "the company's said" is rare; nouns are not cues
            if p in ("for", "of", "with", "from", "by", "about", "over", "against") and w.endswith("ed"):
                return False  # "sued for alleged infringement": an adjective
            if w in WEAK_CUES:
                k = len(prev) - 1
                while k > 0 and prev[k].lower() in AUX:
                    k -= 1  # "I would think", "she had thought"
                who = prev[k].lower() == "who" and k > 0 and prev[k - 1].rstrip(",")[:1].isupper()
                if not (prev[k][:1].isupper() or prev[k].lower() in PRONOUNS or who):
                    return False  # (but 'Rooney, who believes “Q”')
            if w in ("read", "reads") and p not in READ_SUBJECTS:
                return False
        if w in NOUNISH_CUES and w not in ("read", "reads"):
            nxt = text[c[1] : c[1] + 20].split()
            subj = prev and (prev[-1][:1].isupper() or prev[-1].lower() in PRONOUNS)
            inverted = nxt and (nxt[0][:1].isupper() or nxt[0].lower() in ("the", "a", "an"))
            if not (subj or inverted):
                return False
        if w in PHRASE_CUES and w.startswith(("according", "According")):
            return self._source_follows(c[1])
        return True

    def _source_follows(self, e: int) -> bool:
        """ "according to police / a statement / Mr X" names a source; "according to plan" does not."""
        m = re.match(r"\s+((?:[\w’'.&-]+\s*){1,6})", self.text[e : e + 80])
        if not m:
            return False
        words = m.group(1).split()
        first = next((w for w in words if w.lower() not in DETERMINERS), words[0])
        return first[:1].isupper() or any(
            w.lower().strip(".,") in SOURCE_NOUNS or w.lower().strip(".,").removesuffix("s") in PERSON_ROLES
            for w in words[:5]
        )

    # -- noun phrases
    def tokens(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(self.text, lo, hi)]

    def np_before(self, lo: int, hi: int, *, full: bool = False) -> _Mention | None:
        if not full and hi - lo > 240:
            cut = self.text.rfind(" ", lo, hi - 240)
            lo = cut + 1 if cut >= 0 else lo
        toks = self.tokens(lo, hi)
        j = _skip_age(toks, self._skip_time(toks, len(toks) - 1))
        m = UNCLOSED_APPOSITIVE.search(self.text[lo : toks[j][1]]) if j >= 0 else None
        if m is not None and not m.group("det") and m.group("first") not in PERSON_ROLES | TITLES:
            m = None
        if m is not None:
            # "Mark Serwotka, the leader of the Public and Commercial Services Union said"
            return _Mention(lo + m.start(1), lo + m.end(1), "name", m.group(1))
        j, named = self._skip_appositives(toks, j)
        if named is not None:
            return named
        if full and j >= 2 and toks[j][2] == "," and all(t[2] != "," for t in toks[:j]) and _has_name(toks[:j]):
            j -= 1  # '“Q,” Kirsten Pfeifer from the CEA, told': a stray comma before the verb
        if j >= 0 and toks[j][2].lower() in BOUNDARY_WORDS and self._surname_word(toks, j):
            return _Mention(toks[j][0], toks[j][1], "name", toks[j][2])  # ("May said:" after "Brian May")
        k = self._np_start(toks, j)
        np = toks[k + 1 : j + 1]
        if not np and not (k >= 0 and toks[k][2].lower() in ("who", "which")):
            return None
        if full and any(t[2] not in ",;:—–-" for t in toks[: k + 1]):
            return None
        named = self._name_before_appositive(toks, k, np)
        if named is not None:
            return named
        if k >= 0 and toks[k][2].lower() in ("who", "which") and not np:
            # "Iyad Allawi, who this week criticised ...": the subject is before "who"
            j2 = k - 1
            if j2 >= 0 and toks[j2][2] == ",":
                j2 -= 1
            if j2 >= 0:
                m = self.np_before(toks[0][0], toks[j2][1])
                if m is not None:
                    return self._relative_antecedent(m)
            if _ACRONYM.fullmatch(toks[k][2]):  # "WHO said": an acronym (the World Health Organization)
                return _Mention(toks[k][0], toks[k][1], "name", toks[k][2])
            return None  # (nothing before "who")
        return self._name_of_role(self._classify(np))

    def _name_of_role(self, m: _Mention | None) -> _Mention | None:
        """A role with no article right after "Name, " is that person's: "Rory O'Neill, editor of Hazards
        magazine, which conducted the research, said" is O'Neill; "Lord Condon, head of the ICC's unit"."""
        if m is None or m.mtype != "description" or _role_head(m.text) not in PERSON_ROLES:
            return m
        before = _NAME_COMMA_BEFORE.search(self.text, max(0, m.start - 60), m.start)
        if before is None or m.text.split()[0].lower() in DETERMINERS:
            return m
        words = before.group(1).split()
        start = before.start(1)
        while words and words[0].lower() in CAP_STOP:
            start = self.text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]  # ("But Alain Terzian, president of ..., said")
        if not words or any(w.lower() in WEEKDAYS_MONTHS for w in words):
            return m  # ("On Monday, Mr Blair's spokesman said": a time, not a name)
        return _Mention(start, before.end(1), "name", self.text[start : before.end(1)])

    def _relative_antecedent(self, m: _Mention) -> _Mention:
        """What ", who"/", which" refers to: the noun phrase right before it, not the phrase that holds it
        ("... will only get harder for Holmes, who has admitted", "the wake of a Law Commission report
        which branded"); a role keeps its "of" ("the head of the IMF, who")."""
        if m.mtype != "description":
            return m
        toks = self.tokens(m.start, m.end)
        for i in range(len(toks) - 2, 0, -1):
            prev = toks[i - 1][2]
            if toks[i][2] in PREPOSITIONS and prev.islower() and not (
                prev in PERSON_ROLES or prev in ORG_HEADS or prev.removesuffix("s") in COMMON_HEADS
            ):
                tail = self._classify(toks[i + 1 :])
                return tail if tail is not None else m
        return m

    def _name_before_appositive(self, toks: list[tuple[int, int, str]], k: int,
                                np: list[tuple[int, int, str]]) -> _Mention | None:  # fmt: skip
        """ "Omar Lamrani, a senior analyst at Stratfor, told": the name before the appositive."""
        if not (k >= 2 and toks[k][2] == "," and np and np[0][2].lower() in DETERMINERS and len(np) >= 2):
            return None
        run: list[tuple[int, int, str]] = []
        i = k - 1
        while i >= 0 and _is_cap(toks[i][2]) and len(run) < 5:
            run.insert(0, toks[i])
            i -= 1
        words = [t[2] for t in run]
        if len(run) < 2 or words[0].lower() in CAP_STOP or not self._pure_name(run) or _is_org(words):
            return None
        person = given_gender(words[0].lower()) or _key(tuple(words)) in self.res.person_keys()
        if person or any(t[2] in ("of", "for", "at") for t in np):
            return self._classify(run)
        return None

    @staticmethod
    def _np_start(toks: list[tuple[int, int, str]], j: int) -> int:
        """Index of the token just before the noun phrase that ends at ``j``."""
        k = j
        while k >= 0 and j - k < 14:
            t = toks[k][2]
            low = t.lower()
            if t in ",;:()[]—–-" or (low in CUE_SET and not _is_cap(t)):
                break
            if _joins_org(toks, k, j):
                k -= 1
                continue  # "the Food and Drug Administration", "Johnson & Johnson": one name
            if low in BOUNDARY_WORDS and not _given_name(toks, k) and not (k >= 1 and _given_name(toks, k - 1)):
                # ("the ambassador to Britain", "the MP for Sittingbourne and Sheppey", "JPL scientist and study
                # co-author Michael Malaska": one noun phrase)
                to_place = low == "to" and k >= 1 and toks[k - 1][2].lower().rstrip("s") in COMMON_HEADS
                roles = low == "and" and k >= 1 and toks[k - 1][2].lower() in PERSON_ROLES and (
                    k + 1 < j or toks[j][2].lower() in PERSON_ROLES  # ("the writer and broadcaster said")
                )
                one_np = low == "and" and (_places_of_a_role(toks, k) or _modifiers_of_a_head(toks, k, j))
                if not (to_place or roles or one_np):
                    break
            if k < j and SENT_END_TOKEN.search(t) and not ABBREV_END.search(t):
                break
            k -= 1
        return k

    def _surname_word(self, toks: list[tuple[int, int, str]], j: int) -> bool:
        """A capitalised word that is also a common word ("May", "Will") standing alone as a surname the
        story uses for someone ("Guitarist Brian May ... May said")."""
        w = toks[j][2]
        return w[:1].isupper() and w.lower() in self.res.person_keys() and (j == 0 or not _is_cap(toks[j - 1][2]))

    def _skip_time(self, toks: list[tuple[int, int, str]], j: int) -> int:
        """Drop a trailing time expression: "... who this week", "on Tuesday", "last year" (not a surname
        the story uses: "May said" after "Guitarist Brian May")."""
        while j >= 0 and (toks[j][2].lower().rstrip(".") in TIME_WORDS or toks[j][2].lower() in AUX
                          or toks[j][2] in _ASPECT or toks[j][2] in _CUE_ADVERBS
                          or (_YEAR_TOKEN.fullmatch(toks[j][2]) and j >= 1 and toks[j - 1][2] in ("in", "since"))
                          or (_ly_adverb(toks[j][2]) and toks[j][2].islower())):  # fmt: skip
            if j >= 1 and _given_name(toks, j - 1):
                break  # "Theresa May", "Will Moy": a surname, not a month
            if self._surname_word(toks, j):
                break
            j -= 1
            while j >= 0 and toks[j][2] in ("this", "last", "next", "on", "earlier", "later", "that",
                                            "the", "each", "every", "in", "at", "early", "late"):  # fmt: skip
                j -= 1
        return j

    def _skip_appositives(self, toks: list[tuple[int, int, str]], j: int) -> tuple[int, _Mention | None]:
        pairs = {",": ",", ")": "(", "—": "—", "–": "–", "-": "-"}
        while j >= 0 and toks[j][2] in pairs:
            opener = pairs[toks[j][2]]
            k = j - 1
            while k >= 0 and toks[k][2] != opener and j - k < 30:
                k -= 1
            if k < 0 or toks[k][2] != opener:
                return j, None
            chunk = toks[k + 1 : j]
            if opener == "," and _has_name(chunk) and chunk[0][2].lower() not in BOUNDARY_WORDS and (
                self.text[toks[k][1] : chunk[0][0]].strip() in _CLOSERS
                or (self.text[toks[k][0] - 1 : toks[k][0]] in _CLOSERS and self.inside(toks[k][0] - 2) is not None)
            ):
                # '“Q,” Kirsten Pfeifer from the CEA, told': the comma before the name closes the
                # quote, so the words up to the stray comma are the subject, not an appositive
                return j, self._classify(chunk)
            if opener == "," and chunk and chunk[0][2].lower() in ("he", "she", "they", "it", "we", "i"):
                # "During the call, he asked about X, called Omar ...": a clause, not an appositive
                return j, _Mention(chunk[0][0], chunk[0][1], "pronoun", chunk[0][2])
            if opener == "," and chunk and self._pure_name(chunk):
                outer = _outer_subject(toks, k)
                if outer is not None:
                    return outer, None  # "Prince Andrew, the brother of the heir, Charles, has told"
                if len(chunk) >= 2 or (k >= 1 and toks[k - 1][2][:1].islower()):
                    return j, self._classify(chunk)  # "China's ambassador, Liu Xiaoming, warned"
                return j, None
            j = k - 1
            while j >= 0 and toks[j][2].lower() in AUX and toks[j][2].islower():  # (not "Theresa May")
                j -= 1
            j = _skip_age(toks, j)
        return j, None

    @staticmethod
    def _pure_name(chunk: list[tuple[int, int, str]]) -> bool:
        words = [t[2] for t in chunk]
        if not all(_is_cap(w) or w.lower() in {"de", "van", "von", "bin", "al", "da"} for w in words):
            return False
        if any(w.endswith(("'s", "’s")) for w in words):
            return False
        return not all(w.lower().rstrip(".") in TITLES for w in words)

    def _classify(self, np: list[tuple[int, int, str]]) -> _Mention | None:
        text = self.text
        last = np[-1][2]
        if last.lower() in PRONOUNS:
            return _Mention(np[-1][0], np[-1][1], "pronoun", last)
        short = _CONTRACTION.match(last)
        if short:  # "I've asked", "she'd said": the pronoun without its auxiliary
            return _Mention(np[-1][0], np[-1][0] + short.end(1), "pronoun", short.group(1))
        if len(np) >= 2 and np[-2][2].lower() in ("the", "a", "an") and DEMONYM.fullmatch(last):
            return _Mention(np[-2][0], np[-1][1], "description", text[np[-2][0] : np[-1][1]])
        r = len(np) - 1
        while r >= 0 and (_is_cap(np[r][2]) or (np[r][2].lower() in PARTICLES and r < len(np) - 1)
                          or _joins_org(np, r, len(np) - 1)
                          or (np[r][2] in ("of", "for") and 0 < r < len(np) - 1 and _is_cap(np[r - 1][2])
                              and np[r - 1][2].lower() in ORG_WORDS)):  # fmt: skip
            r -= 1
        run = np[r + 1 :]
        for i in range(len(run) - 2, -1, -1):
            if run[i][2].endswith(("'s", "’s", "s'", "s’")):
                run = run[i + 1 :]  # "Fox TV's Bill O'Reilly": the name follows the possessive
                break
        while run and (run[0][2].lower() in CAP_STOP or (
            run[0][2].lower() in WEEKDAYS_MONTHS and not (len(run) == 1 and run[0][2].lower() in self.res.person_keys())
        )):  # ("May said:" after "Guitarist Brian May": a surname, not a month)
            run = run[1:]
        if run and len(run) == 1 and run[0] is np[0] and run[0][2].lower().removesuffix("s") in COMMON_HEADS:
            run = []  # "Officials said": a common noun capitalised at the start of a sentence
        if run and len(run) == 1 and _ADVERB_LIKE.fullmatch(run[0][2]):
            return None  # "Currently, India has ...": an adverb opening a sentence is nobody
        if run and not self._run_is_description(np, r, run):
            return self._person_of_org(np, r) or _Mention(run[0][0], run[-1][1], "name", text[run[0][0] : run[-1][1]])
        start = 0
        for i in range(len(np) - 1, -1, -1):
            w = np[i][2].lower()
            if w in DETERMINERS and not (i > 0 and np[i - 1][2].lower() in PREPOSITIONS):
                start = i
                break
        while start < len(np) - 1 and np[start][2].lower() in CAP_STOP - DETERMINERS:
            start += 1
        seg = np[start:]
        if seg[0][2].lower() in _NOT_SUBJECT:
            return None  # 'with predicted debt', 'there was': not someone
        end = seg[-1][1] + (text[seg[-1][1] : seg[-1][1] + 1] == "%")  # ("only 34% said": a share of people)
        return _Mention(seg[0][0], end, "description", text[seg[0][0] : end])

    def _person_of_org(self, np: list[tuple[int, int, str]], r: int) -> _Mention | None:
        """ "David Noone from Intervoice said", "Anne Thompson of the Hollywood Reporter said": the
        person before "of"/"from"/"at" an organisation, not the organisation."""
        b = r
        if b >= 0 and np[b][2].lower() == "the":
            b -= 1
        if b < 2 or np[b][2].lower() not in ("of", "from", "at"):
            return None
        i = b - 1
        while i >= 0 and _is_cap(np[i][2]) and b - i <= 4:
            i -= 1
        person = np[i + 1 : b]
        while person and person[0][2].lower().rstrip(".") in TITLES:
            person = person[1:]  # ("President Vladimir Putin of Russia")
        words = tuple(_strip_possessive(t[2])[0] for t in person)
        if len(person) < 2 or not _name_like(words) or _is_org(list(words)) or any(
            w.lower() in PLACES or w.lower() in CAP_STOP or _demonym_word(w)
            or not (w[1:].islower() or _SURNAME_PREFIXED.fullmatch(w)) for w in words
        ):
            return None  # ("the Bank of England", "the Royal Bank of Scotland": one name)
        org = [t[2] for t in np[r + 1 :]]
        if not given_gender(words[0].lower()) and _key(words) not in self.res.person_keys() and not (
            _is_org(org)
        ):
            return None  # ("the British Chamber of Commerce": one name; "Kirsten Pfeifer from the Consumer
            # Electronics Association": a person from an organisation)
        return _Mention(person[0][0], person[-1][1], "name", self.text[person[0][0] : person[-1][1]])

    @staticmethod
    def _run_is_description(np: list[tuple[int, int, str]], r: int, run: list[tuple[int, int, str]]) -> bool:
        words = [t[2] for t in run]
        if not _canon([_strip_possessive(w)[0] for w in words])[0] or all(
            w.lower().rstrip(".") in TITLES for w in words
        ):
            return True
        if words[-1].lower().rstrip(".") in TITLES and words[-1].lower() not in ORG_WORDS:
            return True
        b = r
        while b >= 1 and np[b][2].lower() in ("and", "&", ",") and _is_cap(np[b - 1][2]):
            b -= 1  # "The MP for Sittingbourne and Sheppey", "the star of Rain Man and Tootsie": names joined
            while b >= 1 and _is_cap(np[b - 1][2]):  # under one preposition
                b -= 1
            b -= 1
        if b >= 0 and np[b][2].lower() in DETERMINERS:
            b -= 1
        return b >= 1 and np[b][2].lower() in PREPOSITIONS and (
            not _is_cap(np[b - 1][2]) or np[b - 1][2].lower() in PERSON_ROLES
        )  # ("the Bank of England" is a name; "the MP for Sheppey" a description)

    def np_after(self, lo: int, hi: int) -> _Mention | None:
        toks = self.tokens(lo, hi)
        while toks and toks[0][2] in ",:;—–-":
            toks = toks[1:]
        out: list[tuple[int, int, str]] = []
        for n, t in enumerate(toks[:12]):
            w = t[2]
            low = w.lower()
            if w in ",;:()[]—–-" or (w.endswith((".", "?", "!")) and not _is_cap(w)):
                if w.endswith((".", "?", "!")) and w not in ".?!" and not (out and w[:-1].lower() in _WHEN_WORDS):
                    out.append((t[0], t[1] - 1, w[:-1]))  # (not 'said Nadal afterwards.')
                break
            if out and low in PREPOSITIONS and _is_cap(out[-1][2]) and out[-1][2].lower() not in TITLES:
                nxt = toks[n + 1][2] if n + 1 < len(toks) else ""
                if not (low == "of" and out[-1][2].lower() in ORG_WORDS and _is_cap(nxt)):
                    break  # (but "the Department of Health", "Bank of England" are one name)
            joins = out and low in ("and", "&") and (
                _joins_org(toks, n, len(toks) - 1, after=True) or (len(out) == 1 and _title_follows(toks, n))
            )  # ('Economic and Fiscal Policy Minister Heizo Takenaka'; not 'Tony Blair and Foreign Secretary ...')
            if joins:
                out.append(t)
                continue  # ('said Economic and Fiscal Policy Minister Heizo Takenaka': one title)
            if out and _np_after_ends(out, toks, n):
                break  # "said officials on Monday", "said police in a statement", "said X ahead of the tie"
            if out and (low in BOUNDARY_WORDS or low in AUX) and not _given_name(toks, n):
                break
            if w.endswith(".") and _is_cap(w) and not KEEP_DOT.fullmatch(w):
                out.append((t[0], t[1] - 1, w[:-1]))
                break
            out.append(t)
        if not out:
            return None
        if out[0][2].lower() in PRONOUNS:
            return _Mention(out[0][0], out[0][1], "pronoun", out[0][2])
        m = self._classify(out)
        if m is not None and m.mtype == "description":
            # "tweeted the president, Donald Trump": the name in apposition
            app = APPOSED_NAME.match(self.text, out[-1][1], hi)
            if app:
                return _Mention(app.start(1), app.end(1), "name", app.group(1))
        return m

    def clause_subject(self, lo: int, hi: int) -> _Mention | None:
        """The subject at the start of a clause (for "..., saying" participles)."""
        lead = _CLAUSE_LEAD.match(self.text, lo, hi)
        if lead is not None:
            lo = lead.end()  # "But Dunne is keen to ... and said:", "Meanwhile Ms Hutt defended ...": after it
        m = _CLAUSE_INTRO.match(self.text, lo, hi)
        start = m.end() if m else lo
        toks = self.tokens(start, hi)
        out: list[tuple[int, int, str]] = []
        for n, t in enumerate(toks[:10]):
            low = t[2].lower()
            in_name = bool(out) and _is_cap(t[2]) and _is_cap(out[-1][2])  # ('the United States')
            if t[2] in ",;:()—–-" or (low in CUE_SET and not in_name) or (
                    (low in BOUNDARY_WORDS or low in AUX) and not _given_name(toks, n)):  # fmt: skip
                break
            if out and (out[0][2].lower() in PRONOUNS or low in VERBISH or low in PAST_VERBS
                        or low.endswith(("n't", "n’t"))):  # fmt: skip
                break  # "She didn’t give a date ..., but said": the subject is "She"
            if out and _past_after_noun(out[-1][2], t[2]):
                break  # "The show's producers defended the script, saying": not "the script"
            if out and _is_cap(out[-1][2]) and not _is_cap(t[2]) and out[-1][2].lower() not in CAP_STOP:
                if not ((low in TITLES or low in PERSON_ROLES) and n + 1 < len(toks) and _is_cap(toks[n + 1][2])):
                    break  # (but "Olympic champion Kostas Kederis" is one subject)
            out.append(t)
        if len(out) == 1 and out[0][2].lower() in DETERMINERS:
            return None  # "One day after admitting ...": not a subject
        return self._classify(out) if out else None

    # -- cues
    def _cue_clause(self, c: tuple[int, int, str], limit: int | None = None) -> tuple[int, int]:
        """Start (with auxiliaries) and end (with a "told X" object or "in a statement") of a cue."""
        s, e, w = c
        text = self.text
        am = _AUX_BEFORE.search(text[max(0, s - 30) : s])
        if am:
            s = s - (len(text[max(0, c[0] - 30) : c[0]]) - am.start())
        if w in TELL_VERBS:
            hi = min(len(text), e + 80)
            nxt = self.inside(e + 1)
            if limit is not None and limit > e:
                hi = min(hi, limit)
            elif nxt is not None:
                hi = min(hi, nxt.open_s)
            toks = self.tokens(e, hi)
            n = 0
            for t in toks[:6]:
                low = t[2].lower()
                if t[2] in ",;:()—–-" or low in _OBJECT_STOP or _STOP_MARK.search(text, e, t[0]):
                    break  # ('“Q,” she warned. Detectives believe ...': not "warned. Detectives")
                if t[2].endswith((".", "?", "!")) and not ABBREV_END.search(t[2]):
                    e = t[1] - 1
                    n = 0
                    break
                e = t[1]
                n += 1
        if w in ("called", "calls", "calling"):
            fm = re.match(r"\s+for\b", text[e : e + 5])  # 'called for “practical measures”'
            e = e + fm.end() if fm else e
        tm = CUE_TAIL.match(text, e)
        if tm:
            e = tm.end()
        return s, e

    def attr_from(self, c: tuple[int, int, str], mention: _Mention | None, rule: str,
                  limit: int | None = None) -> _Attr:  # fmt: skip
        s, e = self._cue_clause(c, limit)
        return _Attr(s, e, c[2], mention, rule, clause_end=e)

    def _reports_as_saying(self, f: Frag, se: int) -> _Attr | None:
        """'“Q,” Reuters news agency reports a union source as saying': the source speaks."""
        rep = _REPORTS_AS_SAYING.match(self.text, f.close_e, se)
        m = self.np_after(rep.start("who"), rep.end("who")) if rep is not None else None
        if rep is None or m is None:
            return None
        return _Attr(rep.start("verb"), rep.end(), f"{rep.group('verb')} as saying", m, "after:speaker-cue",
                     clause_end=rep.end())  # fmt: skip

    def _reopened(self, f: Frag, cue: int) -> Frag | None:
        """'“Q1. “Q2,” explains Mr Dean' in one paragraph: Q2, whose tag is Q1's too."""
        if f.closed or self.text[f.end - 1 : f.end] not in (".", "!", "?"):
            return None
        later = self._quote_at(f.end, min(f.end + 4, cue))
        return later if later is not None and "\n" not in self.text[f.end : later.start] else None

    def post_cue(self, f: Frag, se: int) -> _Attr | None:
        rep = self._reports_as_saying(f, se)
        if rep is not None:
            return rep
        cands = self._outside_relatives(f.close_e, self.cues_in(f.close_e, se))
        if not cands:
            return self._dash_tag(f) or self._bare_name_tag(f) or self._next_sentence_cue(f, se)
        c = cands[0]
        mid = self.text[f.close_e : c[0]]
        later = self._reopened(f, c[0])
        if later is not None:
            return self.post_cue(later, se)  # (read from the end of the quote the tag follows)
        if not mid.strip(" ,—–-\u00a0\n"):
            if c[2] in PARTICIPLES:  # '... to “madness”, saying two were held': its subject opens the clause
                m = self.clause_subject(self.sentence_start(f.open_s), f.open_s)
                return self.attr_from(c, m, "after:participle") if m is not None else None
            if c[2].lower().startswith(_NO_INVERSION):
                return None  # "US, 'EU-three' agree on demand": these verbs never come before their subject
            first = self.text[c[1] : c[1] + 15].split(None, 1)[:1]
            if first and first[0].lower() in _NOT_SUBJECT - {"that"}:
                return None  # "'EU-three' agree on demand": no subject follows
            if c[2].split()[0].lower() in _NEVER_INVERTED or (first and first[0].rstrip(",.") in _OBJECT_PRONOUNS):
                return None  # 'the “MI6 agent” told him the passport ...': the quote is the subject
            m = self.np_after(c[1], se)
            if m is not None and not _stray_subject(m):
                return self.attr_from(c, m, "after:cue-speaker")
            return None
        if c[2] in PHRASE_CUES:
            return self._sentence_final(f, cands, se)
        q = self.text[f.start : f.end]
        first = mid.split()[0] if mid.split() else ""
        embedded = q[-1:] not in ".,!?…—–-:;" and mid.lstrip()[:1] not in (",", "—", "–", "-")
        if not (embedded and first[:1].islower() and first.lower() not in PRONOUNS.keys() | DETERMINERS):
            app = NAME_THEN_APPOSITIVE.match(mid)
            if app is not None and len(app.group(0)) > 60:  # (shorter ones np_before reads)
                toks = self.tokens(f.close_e + app.start(1), f.close_e + app.end(1))
                if (self._pure_name(toks) and not _is_org([t[2] for t in toks]) and toks[0][2] not in CAP_STOP
                        and _DAY_WORDS.isdisjoint(t[2].lower() for t in toks)):  # fmt: skip
                    return self.attr_from(c, self._classify(toks), "after:speaker-cue")
            m = self._tag_subject(f.close_e, c[0])
            if m is not None and not _stray_subject(m) and not _when(m):
                return self.attr_from(c, m, "after:speaker-cue")
        return self._sentence_final(f, cands, se)

    def _tag_subject(self, lo: int, hi: int) -> _Mention | None:
        """The subject of a tag between a quote and its cue: the noun phrase before the cue, or a person
        named first with their role after them and no comma between, when the noun phrase names no person
        ("Dr Mark Tuffy games systems director at digital content firm THX told": Tuffy, not THX)."""
        m = self.np_before(lo, hi, full=True)
        if m is None or m.mtype != "name" or _key(tuple(m.text.split())) not in self.res.person_keys():
            return self._person_then_role(lo, hi) or m
        return m

    def _person_then_role(self, lo: int, hi: int) -> _Mention | None:
        """A person's full name right after a quote, then their role with no comma between, up to the cue:
        "Dr Mark Tuffy games systems director at digital content firm THX told"."""
        x = _PERSON_THEN_LOWER.match(self.text, lo, hi)
        if x is None or hi - x.start(1) > 120:
            return None
        i = bisect.bisect_left(self.res._starts, x.start(1))
        occ = self.res.occ
        while i < len(occ) and occ[i].start < x.end(1):
            o = occ[i]
            if o.end == x.end(1) and not o.org and len(o.canon) > 1 and o.key in self.res.person_keys():
                return _Mention(x.start(1), x.end(1), "name", x.group(1))
            i += 1
        return None

    def _outside_relatives(self, lo: int, cands: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Leave out the cue of a relative clause that a later cue follows ("“Q,” the woman, who asked not
        to be named, told NBC News": the tag is "told")."""
        if len(cands) < 2:
            return cands
        return [c for i, c in enumerate(cands) if not (
            i + 1 < len(cands) and _RELATIVE_OPEN.search(self.text, max(lo, c[0] - 40), c[0])
            and "," in self.text[c[1] : cands[i + 1][0]]
        )]  # fmt: skip

    def _quote_at(self, lo: int, hi: int) -> Frag | None:
        """The first top-level quote that opens between ``lo`` and ``hi``."""
        i = bisect.bisect_left(self.top_starts, lo)
        return self.frags[self.tops[i]] if i < len(self.top_starts) and self.top_starts[i] < hi else None

    def _sentence_final(self, f: Frag, cands: list[tuple[int, int, str]], se: int) -> _Attr | None:
        """ ... “Q” ..., he said.  /  ..., according to court records."""
        last = next((c for c in cands if _SHORT_TAIL.fullmatch(self.text, c[1], se)), cands[-1])
        # (the tag, not a verb in an adjunct after it: "..., Machimura said on Thursday, a day after Pyongyang warned")
        if last[2] in PARTICIPLES:
            return None  # '... the “wrong choice” ..., suggesting that Sen. John Kerry would ...': not Kerry's words
        tail = self.text[last[1] : se]
        comma = self.text.rfind(",", f.close_e, last[0])
        if comma < 0 or (not re.fullmatch(r"\s*", self.text[comma + 1 : last[0]]) and last[2] in PHRASE_CUES):
            return None
        if last[2] in PHRASE_CUES:
            m = self.np_after(last[1], se)
            return self.attr_from(last, m, "after:sentence-final") if m is not None else None
        q = self.text[f.start : f.end]
        if (not self.text[comma + 1 : last[0]].strip() and not last[2].lower().startswith(_NO_INVERSION)
                and last[2].lower() not in TELL_VERBS and not _titlecase(q)):  # fmt: skip
            m = self.np_after(last[1], se)  # '..., “slowing supply growth” is a certainty, said David Anders at ...'
            if m is not None and m.mtype == "name" and not _stray_subject(m) and len(tail) < 90:
                return self.attr_from(last, m, "after:sentence-final")
        if _SHORT_TAIL.fullmatch(tail) or _SHORT_TAIL.fullmatch(self.text[self._cue_clause(last)[1] : se]):
            m = self.np_before(comma + 1, last[0], full=True)
            if m is not None and not _stray_subject(m) and not _when(m):
                return self.attr_from(last, m, "after:sentence-final")
        return None

    def _dash_tag(self, f: Frag) -> _Attr | None:
        """ “Q” - Zack Zalon, Virgin Digital president.  (a caption or pull quote signed with a dash)"""
        m = _DASH_TAG.match(self.text, f.close_e)
        if m is None or self.inside(m.start(1)) is not None:
            return None
        words = tuple(m.group(1).split())
        if _is_org(list(words)) or not _name_like(words):
            return None
        mention = _Mention(m.start(1), m.end(1), "name", m.group(1))
        return _Attr(m.start(), m.start(1), "—", mention, "after:dash", clause_end=m.end(1))

    def _bare_name_tag(self, f: Frag) -> _Attr | None:
        """ “Q,” Mr Bootle.  (a tag whose verb the writer left out: the quote ends in a comma and only a
        person's name follows before the full stop)"""
        if self.text[f.end - 1 : f.end] != ",":
            return None
        m = _BARE_NAME_TAG.match(self.text, f.close_e)
        if m is None:
            return None
        words = tuple(m.group(1).split())
        titled = words[0].rstrip(".").lower() in TITLES and len(words) > 1
        if not titled and (_key(words) not in self.res.person_keys() or len(words) < 2):
            return None  # (a person only: not '“We will win,” Tuesday.' nor a club)
        mention = _Mention(m.start(1), m.end(1), "name", m.group(1))
        return _Attr(m.start(1), m.start(1), "", mention, "after:name-only", clause_end=m.end(1))

    def _next_sentence_cue(self, f: Frag, se: int) -> _Attr | None:
        """ “Q.” Mr X said.  (a short sentence that only attributes) """
        _bs, be = self.block(f.close_e)
        if se >= be or self.text[f.close_e : se].strip():
            return None
        nxt = self.sentence_end(se)
        cands = self.cues_in(se, nxt)
        if not cands:
            return None
        c = cands[0]
        tail = self.text[c[1] : nxt]
        lead = self.text[se : c[0]]
        if self._clause_follows(c, tail):
            return None  # ('“Q?” The Electoral Commission said it was satisfied': indirect speech, not a tag)
        # ('“Down With the FCC!” Howard Stern said at a rally on Thursday': after ! or ? the tag goes on)
        exclaimed = self.text[f.end - 1 : f.end] in "!?" and len(lead.split()) <= 6 and not _LIST_MARK.search(lead)
        if not exclaimed and (not re.fullmatch(r"[^.!?,;\"“”]{0,25}[.!?]\s*", tail) or len(tail.split()) > 3):
            return None
        if len(self.text[se : c[0]].split()) > 8:
            return None  # ('Currently, India has six big games developers ..., said the report': not a tag)
        if _BEEN_BEFORE.search(self.text, max(se, c[0] - 24), c[0]):
            return None  # ('Four movies have already been announced for PSP.': a passive names no speaker)
        m = self.np_before(se, c[0], full=True)
        return self.attr_from(c, m, "after:next-sentence") if m is not None else None

    @staticmethod
    def _clause_follows(c: tuple[int, int, str], tail: str) -> bool:
        """The cue reports a clause ("replied that they were not", "said it was satisfied", "thought the
        work would be"), so it is not a tag of the quote before it ("asked the court", "said at a rally")."""
        m = _FIRST_WORD.match(tail)
        w = m.group(1).lower() if m else ""
        return w in PRONOUNS or w in _CLAUSE_WORDS or (w in DETERMINERS and c[2].lower() not in TELL_VERBS)

    def pre_cue(self, f: Frag, ss: int, se: int) -> _Attr | None:
        cands = [c for c in self.cues_in(ss, f.open_s) if not self._naming(c, f)]
        claimed = self._claim_of(f, ss, cands[-1] if cands else None)
        if claimed is not None or not cands:
            return claimed
        c = cands[-1]
        text = self.text
        if c[2] in PHRASE_CUES:
            m = self.np_after(c[1], f.open_s)
            a = self.attr_from(c, m, "before:according-to", f.open_s)
        elif (_AFTER_CLOSE.search(text[max(ss, c[0] - 4) : c[0]]) and self._after_quote(c[0])
              and c[2] not in PARTICIPLES):  # fmt: skip  (not '“attack mongrel”, claiming such abuse meant ...')
            # “Q1,” says Johnston, “Q2”: an inverted cue between two quotes (not '“Q1”, adding: “Q2”')
            m = self.np_after(c[1], f.open_s)
            a = self.attr_from(c, m, "before:inverted", f.open_s)
        elif c[2] in PARTICIPLES and _REDUCED_RELATIVE.search(text, max(ss, c[0] - 40), c[0]):
            return None  # 'Bested by a Republican campaign emphasizing Christian faith, ...': no speaker
        elif c[2] in PARTICIPLES:
            qa = _QUOTED_AS.search(text, max(ss, c[0] - 90), c[1])
            m = (self.np_after(qa.end("verb"), qa.end("who")) if qa is not None and qa.end() == c[1] else None) or (
                self._absolute_subject(ss, c[0]) or self.earlier_subject(cands[:-1], ss, c[0])
            )  # ('The paper quoted Mr Chernin as saying ... “Q”': Chernin speaks, the paper passes it on)
            if m is not None and m.text.lower() in ("him", "her"):
                m = _Mention(m.start, m.end, "pronoun", m.text)  # ('quoted him as saying')
            if m is None or not self._someone(m):
                m = self._relative_subject(ss, c[0]) or m
            if m is None:
                m = self._main_subject_after(f, se)  # 'One day after admitting ... a “distraction”, Davis resigned'
            a = self.attr_from(c, m, "before:participle", f.open_s)
        elif self._passive(c):
            agent = re.match(r"[^.!?]{0,80}?\bby\s+", text[f.close_e : se])
            m = self.np_after(f.close_e + agent.end(), se) if agent else None
            active = [d for d in cands[:-1]
                      if d[2] not in PARTICIPLES and d[2] not in PHRASE_CUES and not self._passive(d)]  # fmt: skip
            if m is None and active:  # 'Simon Hughes said ... students who were told ... “Q”': Hughes speaks
                m = self.earlier_subject(active, ss, c[0])
            a = self.attr_from(c, m, "before:passive", f.open_s)
        else:
            m = self._cue_subject(c, cands, f, ss)
            if m is None or m.text.lower() == "having":
                m = self._main_subject_after(f, se)  # 'Having described the plan as “Q”, the minister resigned'
            a = self.attr_from(c, m, "before:cue", f.open_s)
        gap = text[a.clause_end : f.open_s]
        a.direct = bool(_GAP.fullmatch(gap))
        if a.direct:
            a.rule = a.rule.replace("before:cue", "before:direct")
        return a

    def _claim_of(self, f: Frag, ss: int, c: tuple[int, int, str] | None) -> _Attr | None:
        """Words a claim names its maker for: "a rebuff to Peter Hain's description of him as an “attack
        mongrel”", "Howard said a claim by Peter Hain that he is an “attack mongrel” shows ..."."""
        text = self.text
        noun = _SPEECH_NOUN_AFTER.match(text, f.close_e) if len(text[f.start : f.end].split()) >= 3 else None
        made = _MADE_A.search(text, max(ss, f.open_s - 80), f.open_s) if noun is not None else None
        if made is not None and self.inside(made.start()) is None:
            who = made.group(1)
            m = _Mention(made.start(1), made.end(1), "pronoun" if who.lower() in PRONOUNS else "name", who)
            return _Attr(made.start(2), made.end(2), made.group(2), m, "before:speech-noun", direct=True,
                         clause_end=made.end(2))  # fmt: skip  ('Scottie Pippen issued a “Q” declaration')
        poss = _POSSESSIVE_CLAIM.search(text, max(ss, f.open_s - 120), f.open_s)
        if poss is not None and self.inside(poss.start()) is None:
            m = _Mention(poss.start(1), poss.end(1), "name", poss.group(1))
            return _Attr(poss.start(2), poss.end(2), poss.group(2), m, "before:possessive", direct=True,
                         clause_end=poss.end(2))  # fmt: skip
        claim = _CLAIM_BY.search(text, c[1], f.open_s) if c is not None else None
        if claim is None or self.inside(claim.start()) is not None or any(
            claim.end() <= self.frags[i].open_s < f.open_s for i in self.tops
        ):  # (only the first quote after the claim is its content)
            return None
        m = self.np_after(claim.end(), f.open_s)
        if m is None or m.mtype != "name":
            return None
        return _Attr(claim.start(), claim.end(), claim.group(1), m, "before:claim-by", clause_end=claim.end())

    def _main_subject_after(self, f: Frag, se: int) -> _Mention | None:
        """The subject of the main clause after an opening phrase that holds the quote: 'After calling the
        decision “absurd”, Mr Smith said ...', 'One day after admitting ... a “distraction” ..., Davis resigned'."""
        comma = self.text.find(",", f.close_e - 1, se)
        if comma < 0 or not _OPENING_PHRASE.match(self.text, self.sentence_start(f.open_s)):
            return None
        m = self._subject_before_verb(comma + 1, se)
        return m if m is not None and m.mtype != "pronoun" and self._someone(m) else None

    def _subject_before_verb(self, lo: int, hi: int) -> _Mention | None:
        """The noun phrase from ``lo`` up to the first verb or preposition ("The British producers of
        ... are", ", the minister resigned"); the clause subject when no verb comes soon."""
        verb = next((t for t in self.tokens(lo, hi)[1:10] if _verbal(t[2].rstrip(".,"))), None)
        return self.np_before(lo, verb[0], full=True) if verb is not None else self.clause_subject(lo, hi)

    def _cue_subject(self, c: tuple[int, int, str], cands: list[tuple[int, int, str]], f: Frag,
                     ss: int) -> _Mention | None:  # fmt: skip
        """Who a plain cue before the quote belongs to: its subject, before or (inverted) after it."""
        text = self.text
        m = self._parenthetical_tag(c, f) or self._who_antecedent(ss, c[0]) or self.np_before(ss, c[0])
        if m is not None and m.text.endswith(" to") and text[max(0, c[0] - 3) : c[0]] == "to ":
            m = self.clause_subject(ss, c[0])  # ("He urged the chancellor to admit ...": who urged)
        if m is None and re.fullmatch(r",?\s+(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*,\s*", text[c[1] : f.open_s]):
            m = self.np_after(c[1], f.open_s)  # 'the courts which, said Mr Hopkins, “is part of ...”'
        if m is None and not text[ss : c[0]].strip():
            m = self.np_after(c[1], f.open_s)  # 'Said the Pew report: “Q”': the subject after its verb
        if m is None and _ELIDED_SUBJECT.fullmatch(text, ss, c[0]) and ss > 0:
            # "Mr Blair told BBC News he had not read it. But told BBC News: “Q”": the last sentence's subject
            prev = self.sentence_start(ss - 1)
            m = self.clause_subject(prev, ss)
            return m if m is not None and m.mtype != "description" else None
        return m if m is not None else self.earlier_subject(cands[:-1], ss, c[0])

    def _parenthetical_tag(self, c: tuple[int, int, str], f: Frag) -> _Mention | None:
        """ "But, says Nick Donofrio of IBM, it was not “the thing” ...", "As a result, says the committee,
        the government ...": an inverted tag between commas names the speaker after the verb."""
        if c[2] not in CUE_WORDS or c[2] in _NEVER_INVERTED or c[2] in PARTICIPLES:
            return None
        if not self.text[max(0, c[0] - 3) : c[0]].rstrip().endswith(","):
            return None
        m = self.np_after(c[1], f.open_s)
        if m is None or m.mtype == "pronoun" or not _TAG_CLOSE.match(self.text, m.end):
            return None  # (not "Jeffrey Richards, the show's co-producer, said Connick was ...")
        return m if m.mtype == "name" or self._someone(m) else None

    def _who_antecedent(self, ss: int, v: int) -> _Mention | None:
        """ "It is a view shared by Rooney, who believes “Q”": the name before ", who" (or ", which")."""
        w = re.search(r",\s*(?:who|which)\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+)?$", self.text[ss:v])
        if w is None:
            return None
        comma = ss + w.start()
        occ = self.res.occ
        i = bisect.bisect_left(self.res._starts, comma) - 1
        if i < 0 or occ[i].end != comma or occ[i].start < ss:
            return None
        return _Mention(occ[i].start, occ[i].end, "name", self.text[occ[i].start : occ[i].end])

    def _relative_subject(self, ss: int, v: int) -> _Mention | None:
        """ "This echoed the views of comedian Chris Rock, who whipped up a storm ..., calling award shows
        “idiotic”": with no one as the sentence's subject, the name a relative clause is about."""
        last = None
        for w in re.finditer(r",\s*who\s+", self.text[ss:v]):
            last = w
        if last is None:
            return None
        comma = ss + last.start()
        occ = self.res.occ
        i = bisect.bisect_left(self.res._starts, comma) - 1
        if i < 0 or occ[i].end != comma or occ[i].start < ss or occ[i].org:
            return None
        return _Mention(occ[i].start, occ[i].end, "name", self.text[occ[i].start : occ[i].end])

    def _after_quote(self, pos: int) -> bool:
        """The cue right after a closing mark (“Q1,” says X): the mark itself is outside any quote."""
        mark = len(self.text[max(0, pos - 6) : pos].rstrip()) + max(0, pos - 6) - 1
        return self.inside(mark) is None

    def _absolute_subject(self, ss: int, v: int) -> _Mention | None:
        """ "..., with Foreign Minister Ayman Safadi warning of “Q”": the name before the participle."""
        seg = self.text[ss:v]
        m = re.search(r"\b(?:with|as)\s+([^,;:]{2,80}?)\s*$", seg)
        if m is None:
            return None
        return self.np_before(ss + m.start(1), v)

    def earlier_subject(self, earlier: list[tuple[int, int, str]], ss: int, v: int) -> _Mention | None:
        """Subject for a verb without its own ("..., saying", "X came in and said"): an earlier
        cue's subject in the sentence, else the subject at the start of the clause."""
        finite = [d for d in earlier if d[2] not in PARTICIPLES and d[2] not in PHRASE_CUES
                  and self.text[max(0, d[0] - 3) : d[0]] != "to "]  # fmt: skip  ("wrong to suggest ...": no verb)
        if finite:
            d = finite[-1]
            m = self.np_before(self.sentence_start(d[0]), d[0])
            if m is not None and self.inside(m.start) is None:
                return m
            if self.inside(d[0] - 2) is not None or self.text[max(0, d[0] - 3) : d[0]].strip()[-1:] in "\"”’',":
                after = self.np_after(d[1], v)  # '“Q,” said producer Michael London, adding ...'
                if after is not None and not _stray_subject(after):
                    return after
            if m is not None:
                return m
        return self.clause_subject(ss, v)

    def _naming(self, c: tuple[int, int, str], f: Frag) -> bool:
        """ "the show described as “X”", "a group called “X”": naming, not speech."""
        if c[2] not in NAMING_VERBS:
            return False
        if not _NAMING_GAP.fullmatch(self.text, c[1], f.open_s):
            return False
        prev = self.text[max(0, c[0] - 25) : c[0]].split()
        if not prev or (self.sentence_start(c[0]) >= c[0] - len(prev[-1]) - 1 and _ly_adverb(prev[-1].lower())):
            return True  # "Originally dubbed “X”, the firm ..."
        return prev[-1][:1].islower() and prev[-1].lower() not in PRONOUNS and (
            prev[-1].lower() not in AUX | {"being", "been", "be", "is", "are", "was", "were"}
        )

    def _passive(self, c: tuple[int, int, str]) -> bool:
        if c[2] in PASSIVE_OK or not (c[2].endswith("ed") or c[2] in ("said", "told", "thought")):
            return False  # ('graft was said to be “pervasive”': not graft's words)
        prev = self.text[max(0, c[0] - 30) : c[0]].split()
        if len(prev) > 1 and _ly_adverb(prev[-1]) and len(prev[-1]) > 4:
            prev = prev[:-1]  # "was recently ruled “too American” by a Paris court"
        return bool(prev) and prev[-1].lower() in {"been", "be", "being", "is", "are", "was", "were"}

    # -- speakers
    def speaker_of(self, m: _Mention | None, f: Frag) -> str | None:
        if m is None:
            return None
        if m.mtype == "pronoun":
            return self._pronoun(m, f)
        if m.text.strip(".,") == "PM":  # "School sport 'is back', says PM": the prime minister
            return self._description(_Mention(m.start, m.end, "description", "the prime minister"))
        if m.mtype in ("name", "description") and _ACRONYM.fullmatch(m.text.strip(".,")):
            return self._acronym(m.text.strip(".,")) or m.text  # "WHO" -> "World Health Organization"
        if m.mtype == "name" and _nationality_noun(m.text) and self.text[max(0, m.start - 4) : m.start] in (
            "the ", "The "
        ):  # 'said the New Zealander': a description of someone named elsewhere
            return self._description(_Mention(m.start - 4, m.end, "description", "the " + m.text))
        if m.mtype == "name":
            words = [_strip_possessive(w)[0] for w in m.text.split()]
            canon, _, _ = _canon(words)
            if not canon or _is_org(list(canon)):
                return " ".join(words)
            self.res.add_speaker_key(_key(canon))
            return self.res.fullest(canon, m.start)
        return self._description(m)

    def _acronym(self, acr: str) -> str | None:
        """The name an acronym stands for in this story: "World Health Organization (WHO)", or a
        capitalised run with those initials ("the World Health Organization ... WHO said")."""
        cached = self._acronyms.get(acr)
        if cached is not None or acr in self._acronyms:
            return cached
        out = self._spelt_out(acr)
        for x in [] if out else _CAP_RUN.finditer(self.text):
            words = [w for w in x.group().split() if w.lower() not in _ACRONYM_GLUE]
            if len(words) == len(acr) and "".join(w[0] for w in words) == acr:
                out = re.sub(r"^(?:The|the)\s+", "", x.group())
                break
        self._acronyms[acr] = out
        return out

    def _spelt_out(self, acr: str) -> str | None:
        """The name written before "(ACR)": "The State Administration of Radio, Film and Television (SARFT)"."""
        i = self.text.find(f"({acr})")
        if i < 0:
            return None
        words = re.sub(r"(?:'s|’s)\s*$", "", self.text[max(0, i - 120) : i].rstrip()).split()
        run: list[str] = []
        while words and (words[-1][:1].isupper() or words[-1].lower().rstrip(",") in _ACRONYM_GLUE) and len(run) < 9:
            run.insert(0, words.pop())
        while run and (run[0].lower() in _ACRONYM_GLUE or run[0] == "The"):
            run = run[1:]
        k = next((i for i, w in enumerate(run) if w[:1] == acr[0] and len(run) - i >= len(acr) - 1), 0)
        run = run[k:]  # ('The North American Court of Arbitration for Sport (CAS)': from the C)
        caps = [w for w in run if w[:1].isupper()]
        return " ".join(run).rstrip(",") if len(caps) >= 2 and caps[0][0] == acr[0] else None

    def _pronoun(self, m: _Mention, f: Frag) -> str | None:
        g = PRONOUNS.get(m.text.lower()) or {"him": "m", "her": "f"}.get(m.text.lower())
        if g in ("m", "f"):
            named = self._group_named(f) if f.depth == 0 else self._quoter(f)
            c = self.antecedent(m.start, g, named)
            if c is not None:
                return c.speaker
            o = self.res.pronoun(g, m.start)
            return self.res.fullest(o.canon, o.start) if o is not None else None
        if g == "1" and f.parent >= 0:
            return self.frags[f.parent].speaker
        if g in ("n", "p") and f.depth == 0:
            return self.group_antecedent(m.start, plural=g == "p")
        return None

    def _quoter(self, f: Frag) -> set[str] | None:
        """For a quote inside a quote: the key of whoever speaks the outer quote ("He ran at me," said
        Ferguson, is not Ferguson)."""
        p = self.frags[f.parent] if f.parent >= 0 else None
        if p is None or not p.speaker or p.mention_type == "description":
            return None
        return {_key(tuple(p.speaker.split()))}

    # -- salience: who a pronoun (or a role, or a quote with no cue) most likely refers to
    def sent_no(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (sentences of the whole document, in order)."""
        return bisect.bisect_right(self._sent_list or self._sentences()[0], pos)

    def mention_role(self, s: int, e: int, *, pronoun: bool = False) -> str:
        """:meth:`_mention_role`, with one addition: a name that a relative clause follows is that
        clause's subject ("introduced by his son Nick, a trainee vicar, who praised ..."), whatever
        governs it."""
        role = self._mention_role(s, e, pronoun=pronoun)
        if role in ("object", "oblique", "other") and not pronoun and _WHO_AFTER.match(self.text, e):
            return "subject"
        if role == "subject" and _BACKGROUND_CLAUSE.search(self.text, max(0, s - 10), s):
            return "other"  # ("..., where George Bush opposed it": the subject of a background clause)
        return role

    def _mention_role(self, s: int, e: int, *, pronoun: bool = False) -> str:
        """The grammatical role of the mention ``text[s:e]`` in its sentence, read from the words
        around it: ``main`` (the subject of the sentence: it opens the sentence or follows an
        introductory phrase), ``subject`` (a verb follows it in a subordinate clause),
        ``object`` (after a verb), ``oblique`` (after a preposition), ``possessive``
        (*Smith's*) or ``other``."""
        text = self.text
        before = text[self.sentence_start(s) : s]
        fixed = _fixed_role(text, e, before)
        if fixed is not None:
            return fixed
        head = before.rstrip()
        if head.endswith(",") and text[e : e + 1] == "," and head.count(",") == 1:
            np = _ROLE_WORD.findall(head[:-1])
            if 0 < len(np) <= 8 and not any(_verbal(w) and w.lower() not in DETERMINERS for w in np):
                return "main"  # "The BBC's correspondent, Daniel Sandford, said": the subject's name
        cut = max(map(before.rfind, ",;:(—–"))
        words = _ROLE_WORD.findall(before[cut + 1 :])
        while words and words[0].lower() in _LEAD_CONJ:
            words = words[1:]
        j = next((k for k in range(len(words) - 1, 0, -1) if words[k] == "of"), 0)
        if j and words[j - 1][0].islower() and words[j + 1 :] and all(
            w.lower() in TITLES or w.lower() in PERSON_ROLES for w in words[j + 1 :]
        ):
            return "oblique"  # 'the backing of boss Martin O'Neill': a name inside a prepositional phrase
        while len(words) > 2 and words[0].lower() in _TIME_PREP and (
            words[1].lower() in WEEKDAYS_MONTHS or words[1].lower() in _TIME_NOUNS
        ):
            words = words[2:]  # "..., but on Wednesday Mr Straw said": the subject after a time phrase
        verb_after = self._verb_follows(e)
        if cut >= 0 and verb_after and len(words) == 1 and words[0].lower() in CUE_SET and not _AFTER_CLOSE.search(
            before[: cut + 1]
        ):
            return "subject"  # 'And Agassi, who ..., said Melzer was': the subject of what was reported
        if (cut < 0 or (self._intro_phrase(before[:cut]) and verb_after)) and _opens_clause(words, verb_after):
            return "main"
        if not words and cut >= 0 and before[cut] == "," and _TAG_AFTER.match(text, e):
            return "main"  # "Blair has failed, Michael Howard has said.": who says it is what the sentence is about
        if pronoun:  # no title or first name before a pronoun: the word before governs it
            gov_i = len(words) - 1 if words and not _is_cap(words[-1]) else None
            if gov_i is None and words:
                return "subject" if verb_after else "other"  # "... John Prescott he told"
        else:
            gov_i = _governor(words, len(words) - 1, _NP_WORDS - {"and"})
        if gov_i is not None and words[gov_i].lower() in ("and", "but", "or"):
            if verb_after:
                return "subject"  # "... and Keegan sympathised": the subject of a new clause
            gov_i = _governor(words, gov_i - 1, _NP_WORDS)
        if gov_i is None:
            return "subject" if verb_after else "other"
        inverted = bool((gov_i == 0 and cut >= 0) or _AFTER_CLOSE.search(before[: cut + 1]))
        return _role_after(words, gov_i, verb_after=verb_after, inverted=inverted)

    def _verb_follows(self, e: int) -> bool:
        m = SUBJECT_AFTER.match(self.text, e)
        if not m:
            return False
        w = m.group(1).lower()
        return w in CUE_SET or w in AUX or w in VERBISH or w in PAST_VERBS or (w.endswith("ed") and len(w) > 4)

    @staticmethod
    def _intro_phrase(seg: str) -> bool:
        """ "In a furious response," / "Speaking on Monday," / "However,": a phrase before the subject."""
        words = seg.split()
        if not words:
            return False
        first = words[0].lower().strip("\"“‘'")
        return first in _INTRO_WORDS or (_ly_adverb(first) and len(words) <= 3) or (
            first.endswith("ing") and first not in ("during",) and len(words) <= 8
        )

    def candidates(self, pos: int) -> list[_Cand]:
        """Everyone mentioned before ``pos`` outside quotes that a pronoun could point to: people
        (names, earlier speakers, role descriptions such as "a spokeswoman") and organisations,
        each with its grammatical role; nearest first. (The objects are shared between calls:
        callers fill in ``score`` and ``gender`` afresh.)"""
        res = self.res
        occ = res.occ
        keys = res.person_keys()
        lo = pos - 3000
        i = bisect.bisect_left(res._starts, pos)
        out: list[_Cand] = []
        if self._names is None:
            self._names = [c for c in map(self._name_cand, occ) if c is not None]
            self._name_at = [c.pos for c in self._names]
            self._name_idx = [c.occ.idx for c in self._names]  # type: ignore[union-attr]
        a = max(bisect.bisect_left(self._name_idx, i - 40), bisect.bisect_left(self._name_at, lo))
        for c in self._names[a : bisect.bisect_left(self._name_idx, i)]:
            o: _Occ = c.occ  # type: ignore[assignment]
            if o.end > pos:
                continue
            c.person = o.key in keys
            if not c.person and not o.org and (o.titled or len(o.canon) < 2 or o.canon[0].isupper()
                                               or self._role_of(c) not in ("main", "subject")):  # fmt: skip
                continue  # a stray capitalised word, not someone who could speak
            out.append(c)
        out.extend(self._pronoun_mentions(lo, pos))
        out.extend(self._new_people(lo, pos))
        for sp in self.speakers:
            if lo <= sp.pos < pos:
                if sp.gender is not None and sp.gender.startswith("?"):
                    sp.gender = self.res.gender(sp.gender[1:])
                c = sp.cand
                if c is None:
                    key = _key(tuple(sp.speaker.split())) if sp.person and sp.speaker else None
                    c = sp.cand = _Cand(sp.pos, sp.speaker, None, "speaker", person=sp.person, key=key)
                c.gender = sp.gender if sp.gender in ("m", "f") else None
                out.append(c)
        out.extend(self._reported_subjects(pos))
        out.sort(key=_BY_POS, reverse=True)
        return out

    def _name_cand(self, o: _Occ) -> _Cand | None:
        """The candidate for a name occurrence (None when it cannot be anyone's mention)."""
        if o.start < self.headline_end or self.inside(o.start) is not None or self.in_dateline(o.start):
            return None
        if all(t.lower().rstrip(".") in TITLES for t in o.canon) and not _COURTESY_BEFORE.search(
            self.text, max(0, o.start - 6), o.start
        ):
            return None  # "Chief Secretary": a title without a name (but "Mr Dean" is a surname)
        nxt = _NEXT_WORD.match(self.text, o.end)
        if nxt and (nxt.group(1) in PERSON_ROLES or nxt.group(1) in ORG_HEADS):
            return None  # "the Liberal Democrat leader", "the Arsenal boss": a modifier
        return _Cand(o.start, "", None, "", o, key=o.key)  # (role read when needed: _role_of)

    def _role_of(self, c: _Cand) -> str:
        if not c.role and c.occ is not None:
            c.role = self.mention_role(c.occ.start, c.occ.end)
        return c.role

    def _new_people(self, lo: int, hi: int) -> list[_Cand]:
        """People introduced by an indefinite description of known gender ("one mother", "a
        woman who lives nearby"), outside quotes."""
        if self._people is None:
            self._people = []
            text = self.text
            for s, e, desc in _split_matches(_NEW_SPLIT, text, max(0, self.headline_end)):
                if self.inside(s) is not None or _APPOSED.match(text, e) or _APPOSED_PERSON.match(text, e):
                    continue  # ("One woman, Victoria Lapete, found ...", "A spokesman for the ministry, Dean Boyd,")
                head = _NEW_PERSON.match(desc).group(1)  # type: ignore[union-attr]
                role = self.mention_role(s, e)
                self._people.append(_Cand(s, desc[:1].lower() + desc[1:], ROLE_GENDER[head.lower()], role))
            for s, e, desc in _split_matches(_THE_SPLIT, text, max(0, self.headline_end)):
                # "The prime minister shrugged off ...": a known person as the subject of a sentence
                if not desc[-1].isalnum():
                    e, desc = e - 1, desc[:-1]
                nxt = _NEXT_WORD.match(text, e)
                if self.inside(s) is not None or (nxt and nxt.group(1) in COMMON_HEADS):
                    continue  # (not "the party leader election")
                role = self.mention_role(s, e)
                if role in ("main", "subject"):
                    head = _THE_PERSON.match(desc).group(1).lower()  # type: ignore[union-attr]
                    m = _Mention(s, e, "description", desc)
                    self._people.append(_Cand(s, "", ROLE_GENDER.get(head), role, mention=m))
            self._people.sort(key=lambda c: c.pos)
            self._people_starts = [c.pos for c in self._people]
        i, j = bisect.bisect_left(self._people_starts, lo), bisect.bisect_left(self._people_starts, hi)
        return self._people[i:j]

    def _described(self, m: _Mention) -> str:
        """The person a role description stands for (cached: descriptions are resolved once)."""
        out = self._desc_cache.get(m.start)
        if out is None:
            self._desc_cache[m.start] = m.text  # while resolving, the description stands for itself
            out = self._desc_cache[m.start] = self._description(m)
        return out

    def _pronoun_mentions(self, lo: int, hi: int) -> list[_Cand]:
        """ "he" and "she" outside quotes between ``lo`` and ``hi``, each standing for the person
        it was resolved to (resolved in text order, so a chain of pronouns keeps its referent)."""
        if self._pron is None:
            self._pron = [x for x in _he_she(self.text, max(0, self.headline_end)) if self.inside(x[0]) is None]
            self._pron_starts = [x[0] for x in self._pron]
        j = bisect.bisect_left(self._pron_starts, hi)
        # resolve every earlier pronoun first, oldest first (no deep recursion)
        while self._pron_done < j:
            s, e, g = self._pron[self._pron_done]
            self._pron_done += 1
            role = self.mention_role(s, e, pronoun=True)
            c = self.antecedent(s, g) if role in ("main", "subject") else None
            if c is not None:
                self._pron_refs.append(_Cand(s, c.speaker, g, role, key=c.key))
                self._pron_ref_at.append(s)
        at = self._pron_ref_at
        return self._pron_refs[bisect.bisect_left(at, lo) : bisect.bisect_left(at, hi)]

    def _reported_subjects(self, pos: int) -> list[_Cand]:
        """Descriptions that said something outside quotes ("the prime minister's spokesman said")."""
        out: list[_Cand] = []
        i = bisect.bisect_left(self.cue_starts, pos)
        for c in self.cues[max(0, i - 6) : i]:
            if c[0] < pos - 1500 or c[2] in PHRASE_CUES:
                continue
            if c[0] not in self._reported:
                self._reported[c[0]] = None  # (while it is read, the cue names nobody: no re-entry)
                self._reported[c[0]] = self._reported_subject(c)
            cand = self._reported[c[0]]
            if cand is not None and cand.pos < pos:
                out.append(cand)
        return out

    def _reported_subject(self, c: tuple[int, int, str]) -> _Cand | None:
        before = self.text[max(0, c[0] - 60) : c[0]].lower().split()[-6:]
        words = [w.strip(",") for w in before]
        if not any(w in PERSON_ROLES or w.startswith("spokes") or w in ORG_HEADS for w in words):
            return None  # no role word near the cue: nothing to add
        if self.inside(c[0]) is not None:
            return None
        m = self.np_before(self.sentence_start(c[0]), c[0])
        if m is None or m.mtype != "description":
            return None
        head = m.text.split()[-1].lower()
        role = self.mention_role(m.start, m.end)
        role = "speaker" if role in ("main", "subject") else role
        if head in PERSON_ROLES or head.startswith("spokes"):
            return _Cand(m.start, self._description(m), ROLE_GENDER.get(head), role)
        if head in ORG_HEADS and m.text.split()[0].lower() in ("the", "its", "their"):
            return _Cand(m.start, self._description(m), None, role, person=False)
        return None

    def antecedent(self, pos: int, gender: str | None, named: set[str] | None = None,
                   role: str | None = None, office: str | None = None) -> _Cand | None:  # fmt: skip
        """The most salient person before ``pos`` whose gender fits (``m``, ``f`` or None).

        A mention's salience is the weight of its role (the subject of a sentence or an earlier
        speaker counts most, a name after a preposition least), halved for every sentence
        between it and ``pos``; the most salient mention wins (the nearest on a tie). A person
        whose gender is unknown counts less than one whose gender fits; one whose gender is
        known not to fit is left out (a role such as "the writer" is first resolved to a name).
        People the quote itself names (``named``) and, for a role, people written with another
        job title are left out too, and so are people an earlier description gave another
        office (``office``: once "the home secretary" stood for Blunkett, "the prime minister"
        is someone else).
        """
        here = self.sent_no(pos)
        scored: list[_Cand] = []
        sure = 0.0  # the best score of a candidate that cannot be turned down later
        for c in self.candidates(pos):
            if c.sent < 0:
                c.sent = self.sent_no(c.pos)
            if SENTENCE_DECAY ** (here - c.sent) <= sure:
                break  # (nearest first: nobody further back can score higher)
            if self._score(c, here, pos, gender, named, role):
                if office is not None and c.key and _office_clash(self._offices.get(c.key), office):
                    continue
                scored.append(c)
                if c.mention is None and c.score > sure:
                    sure = c.score
        scored.sort(key=_BY_SCORE, reverse=True)
        for best in scored:
            if not self._settle(best, gender):
                continue
            if gender is not None and best.gender is None and best.key:
                self.res.set_gender(best.key, gender)  # "he" was used for this person
            return best
        return None

    def _score(self, c: _Cand, here: int, pos: int, gender: str | None, named: set[str] | None,
               role: str | None) -> bool:  # fmt: skip
        """Set the salience of a candidate; False when it cannot be the person meant."""
        if not c.person or (named and (c.key in named or self._first_name_in(c, named))):
            return False  # (a speaker does not name themself in their own quote: "I said to Harry ...")
        if role is not None and c.occ is not None and self._other_title(c.occ, role):
            return False  # "the prime minister" is not "Chancellor Gordon Brown"
        if role is not None and self._of_the_role(c.occ.start if c.occ is not None else c.pos, role):
            return False  # "the actor" is not "the actor's friend Budd Schulberg"
        if role is not None and c.occ is None and _someones_other(c.mention.text if c.mention else c.speaker, role):
            return False  # "the actor" is not "Brando's assistant"
        if c.occ is not None:
            c.gender = self.res.occ_gender(c.occ) if gender is not None else None
        if gender is not None and c.gender is not None and c.gender != gender:
            return False
        d = here - c.sent
        if d == 0 and self._same_clause(c, pos):
            return False  # "According to Mr Peston the prime minister said": not the same person
        if d == 0 and self._tag_on_its_clause(c, pos):
            return False  # "Mr Blair has failed, he claimed": he is not Blair
        c.score = ROLE_WEIGHT[self._role_of(c)] * SENTENCE_DECAY**d
        if gender is not None and c.gender is None:
            c.score *= UNKNOWN_GENDER
        return True

    def _first_name_in(self, c: _Cand, named: set[str]) -> bool:
        """The candidate's given name is among the words a quote names ("Harry" for Harry Redknapp)."""
        if c.occ is not None and len(c.occ.canon) > 1:
            forms = [c.occ.canon]  # (its own given name: "Jason has trained well" is not Andy Robinson's name)
        elif c.occ is not None:
            forms = [tuple(self.res.fullest(c.occ.canon, c.occ.start).split())]
        else:
            forms = [tuple(c.speaker.split())] if c.person else []
        return any(len(w) > 1 and w[0].istitle() and w[0].lower() in named for w in forms)

    def _settle(self, c: _Cand, gender: str | None) -> bool:
        """Fill in the candidate's name; False when a role it stands for does not fit after all."""
        if c.occ is not None and not c.speaker:
            c.speaker = self.res.fullest(c.occ.canon, c.occ.start)
        if c.mention is not None:
            c.speaker = self._described(c.mention)
            if c.speaker == c.mention.text:
                c.speaker = ""
                return False  # a role nobody in the article is named for: the person is someone else
            if gender is not None and c.speaker[:1].isupper() and c.gender is None:
                g = self.res.gender(_key(tuple(c.speaker.split())))
                if g is not None and g != gender:
                    return False  # "the writer" stood for someone of the other gender
        return True

    def _of_the_role(self, pos: int, role: str) -> bool:
        """The name at ``pos`` is introduced as someone of the role's holder ("The actor's friend Budd
        Schulberg", "the minister's aide John Smith"): not the holder."""
        before = self.text[max(0, pos - 50) : pos]
        m = _ROLE_RELATIVE_BEFORE.search(before)
        return m is not None and m.group(1).lower() == role

    def _other_title(self, o: _Occ, role: str) -> bool:
        """The name is written with a job title other than ``role`` ("Chancellor Gordon Brown")."""
        m = _TITLE_BEFORE.search(self.text, max(0, o.start - 30), o.start)
        if m is None:
            return False
        title = m.group(1).lower()
        return title in TITLES and title not in HONORIFICS_M | HONORIFICS_F and title != role

    def _same_clause(self, c: _Cand, pos: int) -> bool:
        """An object or a name after a preposition in the clause of ``pos`` (no comma between)."""
        if self._role_of(c) in ("main", "subject", "speaker"):
            return False
        end = c.occ.end if c.occ is not None else c.pos
        return not _CLAUSE_BREAK.search(self.text, end, pos)

    def _tag_on_its_clause(self, c: _Cand, pos: int) -> bool:
        """A pronoun in a tag after a reported clause ("Mr Blair has failed to tackle them, he claimed")
        is not that clause's subject: the candidate opens the sentence, the pronoun follows a comma
        and a verb of saying follows the pronoun."""
        if c.occ is None or self._role_of(c) != "main" or not _PRONOUN_TAG.match(self.text, pos):
            return False
        ss = self.sentence_start(pos)
        head = self.text[ss:pos]
        return head.rstrip().endswith(",") and c.pos < pos - 20 and "," not in self.text[c.occ.end : c.occ.end + 2]

    def group_antecedent(self, pos: int, *, plural: bool) -> str | None:
        """What "it" or "they" said refers to: the most salient organisation or earlier
        non-person speaker (a statement, "the company"); for "they" also a person whose gender
        the article never gives (singular *they*: "Kym Lino, a spokesperson, ... they said")."""
        said = _CUE_THEN_PRONOUN.search(self.text, max(0, pos - 40), pos)
        if said and said.group(1) in CUE_SET and self.inside(said.start()) is None:
            # "Vivendi has said it believes ...": the subject of the verb that reports it
            ss = self.sentence_start(said.start(1))
            m = self.np_before(ss, said.start(1))
            if m is not None and m.mtype == "name":
                return m.text
            if m is not None and m.mtype == "description" and m.text.split()[-1].lower() in ORG_HEADS:
                return self._description(m)
        best: _Cand | None = None
        here = self.sent_no(pos)
        for c in self.candidates(pos):
            w = ROLE_WEIGHT[self._role_of(c)] * SENTENCE_DECAY ** (here - self.sent_no(c.pos))
            if not c.person and not plural and c.occ is not None and not c.occ.org and self.res.gender(c.occ.key):
                continue  # "his show": a person, not "it"
            if c.person:
                if not plural and not self._speaking_org(c):
                    continue
                if c.occ is not None:
                    if self.res.gender(c.occ.key) is not None or c.occ.titled:
                        continue
                elif c.gender is not None or c.role != "speaker" or not c.speaker:
                    continue
                w *= UNKNOWN_GENDER
            c.score = w
            if best is None or c.score > best.score:
                best = c
        if best is None:
            return self._plural_subject(pos) if plural else None
        if best.occ is not None and not best.speaker:
            o = best.occ
            return self.text[o.start : o.end] if not best.person else self.res.fullest(o.canon, o.start)
        return best.speaker or None

    def _plural_subject(self, pos: int) -> str | None:
        """Who "they" are when no name fits: the plural people that opened this sentence or the one
        before ("Residents of the village were angry. “Q,” they said")."""
        here = self.sentence_start(pos)
        for ss in (here, self.sentence_start(max(0, here - 2))):
            m = self._subject_before_verb(ss, pos)
            if m is None or m.mtype == "pronoun" or m.start >= pos:
                continue
            if m.mtype == "name":
                if _PLURAL_NAME.search(m.text):
                    return m.text  # ('The Tories said ... in what they describe as “Q”')
                continue
            words = m.text.lower().split()
            head_i = next((i for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), len(words)) - 1
            head = words[head_i]
            if head.endswith("s") and (head[:-1] in PERSON_ROLES or head in ANON_HEADS or head in _PEOPLE_PLURALS):
                return m.text
        return None

    def _speaking_org(self, c: _Cand) -> bool:
        """A one-word name that spoke and that nothing marks as a person ("Southcorp said ... However,
        it said"): a speaker becomes a "person" key, but "it" can still stand for it."""
        words = c.occ.canon if c.occ is not None else tuple(c.speaker.split())
        if len(words) != 1 or not words[0][:1].isupper() or (c.occ is not None and c.occ.titled):
            return False
        key = _key(tuple(words))
        return key in self.res.speaker_keys and self.res.gender(key) is None and given_gender(key) is None

    def _description(self, m: _Mention) -> str:
        out = self._describe(m)
        first, _, rest = out.partition(" ")
        if first in ("A", "An", "The") and rest:
            out = first.lower() + " " + rest  # "A spokesman" and "a spokesman" are one speaker
        return out

    def _describe(self, m: _Mention) -> str:
        words = [w.lower() for w in m.text.split()]
        if words[0] not in ("the", "a", "an", "this", "that", "his", "her", "their", "its") and re.search(
            r"\b[Tt]he\s+$", self.text[max(0, m.start - 4) : m.start]
        ):
            words = ["the", *words]  # 'the Two Ronnies star' read without its article
        head_i = next((i for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), len(words)) - 1
        head = _strip_possessive(words[head_i])[0].strip(".,")
        head = _PARENT_OF.sub("", head)  # ("the mother-of-nine": a mother)
        first = words[0]
        definite = first in ("the", "this", "that") and len(words) >= 2
        own = first in ("his", "her", "their") and len(words) >= 2
        possessive = any(w.endswith(("'s", "’s")) for w in words[:head_i])
        owner = self._statement_owner(m, head, possessive=possessive)
        if owner is not None:
            return owner  # "Mr Crosby's statement said": Lynton Crosby
        if possessive or head_i < len(words) - 1 or not (definite or own):
            named = self._trailing_name(m.start, m.end) or self._named_elsewhere(m) or self._named_next(m)
            if (named is None and definite and not possessive and head in PERSON_ROLES and head_i == 1
                    and words[2] in ("for", "of") and head not in ROLE_GENDER
                    and self.text[m.end : m.end + 1] != ","):  # (not "The Bishop of Durham, the Rt Rev ...")
                return self._role(head, [], m, fallback=True)  # "The MP for Sittingbourne said": the MP
            return named or m.text
        demonym = definite and (len(words) == 2 or _nationality_noun(m.text.split(None, 1)[-1])) and (
            m.text.split()[-1][:1].isupper()
        )
        if definite and head.startswith("spokes"):
            for sp in reversed(self.speakers):
                if sp.pos < m.start and sp.frag.mention and "spokes" in sp.frag.mention.lower():
                    return sp.speaker
            found = [x for x in SPOKES_NP.finditer(self.text, max(0, m.start - 3000), m.start)
                     if len(x.group().split()) > 2 and self.inside(x.start()) is None]  # fmt: skip
            return found[-1].group().strip() if found else m.text
        if head == "executive" and _GOVERNMENT_EXECUTIVE.search(m.text):
            return m.text  # 'the Scottish Executive': a government, not a chief executive
        if head in PERSON_ROLES or re.fullmatch(r"\d+-year-old", head) or demonym or ("-" in head and own):
            return self._role(head, words[1:head_i], m, fallback=definite)
        if definite and head in ORG_HEADS:
            org = self.res.org_named(head, m.start)
            org = org or (self._issuer(head, m.end) if head in _ISSUED else None)
            subject = self._org_subject(m.start) if head in _FIRM_HEADS or head in _BODY_HEADS else None
            if org or subject:  # ("Dick Clark Productions denied ... “Q,” the production company said")
                return org or subject
            named_body = any(w[:1].isupper() for w in m.text.split()[1:head_i])  # ('the Commons education committee')
            own_voice = named_body or head in _OWN_VOICE  # ('the government' is never another speaker)
            for sp in [] if own_voice else reversed(self.speakers):
                if not sp.person and sp.pos < m.start and not _anonymous_person(sp.speaker) and (
                    head in _SOURCE_NOUNS
                    or not (sp.speaker[:1].islower() and _SOURCE_NOUNS & set(sp.speaker.split()[:3]))
                ):  # ("the agency" is not "the letter signed by seven physicians")
                    return sp.speaker
            if head in _FIRM_HEADS:
                return self._main_org(m.start) or m.text
        return m.text

    def _statement_owner(self, m: _Mention, head: str, *, possessive: bool) -> str | None:
        """Whose statement a mention names: "Mr Crosby's statement" (Lynton Crosby), "an FA statement" (the
        Football Association); None for any other mention."""
        if possessive and head in ("statement", "statements", "letter", "memo"):
            return self._possessor(m)
        words = m.text.split()
        if head not in ("statement", "letter") or len(words) != 3 or words[0].lower() not in ("a", "an", "the"):
            return None
        if words[1].lower() in ORG_HEADS:  # "an agency statement": what "the agency" stands for
            body = f"the {words[1].lower()}"
            named = self._describe(_Mention(m.start, m.end, "description", body))
            return named if named != body else None
        return self._acronym_issuer(words[1])

    def _acronym_issuer(self, word: str) -> str | None:
        """The body an acronym before "statement" names ("a CAS statement": the Court of Arbitration for
        Sport when the story spells it out, else CAS), or None for a word that is no acronym."""
        if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()):
            return None
        return self._acronym(word) or word

    def _possessor(self, m: _Mention) -> str | None:
        """The name that owns a statement in a mention ("Mr Crosby's statement", "Microsoft's letter"), in
        its fullest form, or None. (A report or a study keeps its own voice: "Lord Butler's report".)"""
        occ = self.res.occ
        i = bisect.bisect_left(self.res._starts, m.start)
        while i < len(occ) and occ[i].end <= m.end:
            o = occ[i]
            if self.text[o.end : o.end + 2] in ("'s", "’s"):
                if o.org:
                    return " ".join(o.canon)
                name = self.res.fullest(o.canon, m.start).split()
                while len(name) > 2 and (name[0].lower() in PLACES or _demonym_word(name[0])):
                    name = name[1:]  # ('Australian Lynton Crosby')
                return " ".join(name)
            i += 1
        own = _CAPITAL_OWNER.match(m.text)  # ("Microsoft's statement": a one-word firm is no name run)
        return own.group(1) if own is not None and own.group(1).split()[0].lower() not in CAP_STOP else None

    def _issuer(self, head: str, pos: int) -> str | None:
        """Who issued "the statement" (or letter, report): the subject of the last "X issued a
        statement" / "X said in a statement" before ``pos``, or X in "a statement from X"."""
        best = None
        for x in re.compile(rf"\b{head}s?\b").finditer(self.text, max(0, pos - 2500), pos):
            if self.inside(x.start()) is not None:
                continue
            by = _ISSUED_BY.match(self.text, x.end())
            verb = _ISSUED_VERB.search(self.text, max(0, x.start() - 40), x.start())
            if by is not None:
                m = self.np_after(by.end(), min(by.end() + 80, self.sentence_end(by.end())))
            elif verb is not None:
                m = self.np_before(self.sentence_start(x.start()), verb.start())
            else:
                continue
            if m is not None and m.mtype == "name":
                best = m.text
        return best

    def _common_word(self, low: str) -> bool:
        """Whether the story also writes this word in lower case ("Shares in ..." and "shares"): a common
        word capitalised to open a sentence, not a firm's name."""
        if self._lower_words is None:
            self._lower_words = set(re.findall(r"\b[a-z]+", self.text))
        return low in self._lower_words

    def _main_org(self, pos: int) -> str | None:
        """The organisation the story is about: the capitalised name (not a person's, not a place)
        written most often before ``pos``, at least twice ("the company" in a story about Lycos Europe)."""
        keys = self.res.person_keys()
        counts: dict[str, int] = {}
        for x in NAME_RUN.finditer(self.text, 0, pos):
            if self.inside(x.start()) is not None:
                continue
            words = [_strip_possessive(w)[0] for w in x.group().split()]
            while words and (words[0].lower() in CAP_STOP or words[0].lower() in WEEKDAYS_MONTHS):
                words = words[1:]
            low = [w.lower() for w in words]
            if not words or len(words) > 4 or _key(tuple(words)) in keys or low[-1] in TITLES:
                continue
            if (len(low) == 1 and (low[0] in PLACES or low[0] in PRONOUNS)) or _demonym_word(words[0]):
                continue
            if any(given_gender(w) for w in low):
                continue  # ('New Yorker William Trowbridge' is a person)
            end = x.end()
            if len(words) == 1 and (len(low[0]) < 3 or self._common_word(low[0])
                                    or re.match(r"\s+(?:in|of|at|for|and)\b", self.text[end : end + 6])):  # fmt: skip
                continue  # "Shares in Continental": a common word, capitalised to open a sentence
            name = " ".join(words)
            actor = x.group().endswith(("'s", "’s")) or self.text[end : end + 2] in ("'s", "’s")
            actor = actor or self._verb_follows(end)
            counts[name] = counts.get(name, 0) + (2 if actor else 1)  # (a firm acts; a stadium does not)
        merged = {n: c + sum(c2 for n2, c2 in counts.items() if n2.startswith(n + " ")) for n, c in counts.items()}
        best = max(merged.items(), key=lambda kv: kv[1], default=None)  # ('Multiplex Group' is 'Multiplex')
        if best is None or best[1] < 2:
            return None
        longer = max((n2 for n2 in counts if n2.startswith(best[0] + " ")), key=counts.get, default=None)
        return longer if longer is not None and counts[longer] > counts[best[0]] else best[0]

    def _org_subject(self, pos: int) -> str | None:
        """The organisation that was last the subject of a sentence, within three sentences before
        ``pos`` ("Shell said the pay-off was in line ... “Q”, the firm said")."""
        starts = self._sent_list or self._sentences()[0]
        keys = self.res.person_keys()
        k = bisect.bisect_right(starts, pos) - 1
        for n in range(k, max(k - 4, -1), -1):
            ss = starts[n]
            if ss < self.headline_end or self.inside(ss) is not None:
                break
            se = min(self._sent_ends[n], pos)
            # the subject of the last verb of saying in the sentence ("GMAC has been strong but GM said it
            # will do less well"), else the sentence's subject
            said = [self.np_before(ss, c[0]) for c in self.cues_in(ss, se) if c[2] not in PHRASE_CUES]
            for m in [*reversed(said), self.clause_subject(ss, se)]:
                org = self._org_mention(m, pos, keys)
                if org is not None:
                    return org
        return None

    def _org_mention(self, m: _Mention | None, pos: int, keys: set[str]) -> str | None:
        """The organisation a subject mention names, or None (a person, a place, a common word)."""
        if m is None or m.mtype != "name" or m.start >= pos or self.inside(m.start) is not None:
            return None
        if re.match(r"\s+(?:in|of|at|for|on|from|to)\b", self.text[m.end : m.end + 6]):
            return None  # "Shares in Continental Airlines have tumbled"
        words = [_strip_possessive(w)[0] for w in m.text.split()]
        low = [w.lower() for w in words]
        if _key(tuple(words)) in keys or low[0] in PRONOUNS or low[-1] in TITLES or low[-1] in PERSON_ROLES:
            return None
        if (len(low) == 1 and low[0] in PLACES) or _demonym_word(words[0]) or (
            given_gender(low[0]) and not _is_org(words)  # (not "Dick Clark Productions")
        ):
            return None
        if not self._verb_follows(m.end):
            return None
        if len(words) == 1 and self._common_word(low[0]):
            return None  # "Shares in the airline rose": a common word that opens a sentence
        return " ".join(words)

    def _named_elsewhere(self, m: _Mention) -> str | None:
        """The same description written with a name elsewhere in the story ("China’s ambassador to
        Britain accused ..." and later "China’s ambassador to Britain Liu Xiaming has said")."""
        if len(m.text.split()) < 3:
            return None  # ("a spokesman": too common to stand for one person)
        for x in re.finditer(re.escape(m.text), self.text, re.I):
            if x.start() == m.start or self.inside(x.start()) is not None:
                continue
            gap = re.match(r",?[ \t]+", self.text[x.end() : x.end() + 3])
            e = x.end() + (gap.end() if gap else 0)
            nxt = re.match(r"(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*", self.text[e : e + 60])
            if nxt is not None:
                name = self._trailing_name(e, e + nxt.end())
                if name:
                    return name
        return None

    def _named_next(self, m: _Mention) -> str | None:
        """A person introduced by an indefinite description and named as the subject of the next
        sentence ("..., a Labour backbencher has said. ¶ Derek Wyatt said ..."): that name."""
        words = m.text.split()
        if len(words) < 2 or words[-1].lower() in ORG_HEADS | _SOURCE_NOUNS:
            return None
        starts = self._sent_list or self._sentences()[0]
        i = bisect.bisect_right(starts, m.end)
        if i >= len(starts) or starts[i] - m.end > 200:
            return None
        lead = i >= 1 and starts[i - 1] <= self.headline_end + 2 and _role_head(m.text) in PERSON_ROLES
        if words[0].lower() not in ("a", "an") and not lead:
            return None  # ("Scotland's first minister has told ... ¶ Jack McConnell was speaking": a lead's role)
        x = _NAME_SAID.match(self.text, starts[i]) or (_NAME_OPENS.match(self.text, starts[i]) if lead else None)
        head = _role_head(m.text)
        if x is None and (head in PERSON_ROLES or head == "figure") and not head.startswith("spokes"):
            return self._subject_named(starts[i])  # (a spokesman is not the next person named)
        if x is None or self.inside(x.start()) is not None:
            return None
        name = tuple(x.group(1).split())
        if _is_org(list(name)) or not _name_like(name):
            return None
        return self.res.fullest(name, x.start(1))

    def _subject_named(self, ss: int) -> str | None:
        """The person named as the subject of the sentence at ``ss``, past a role or an opening phrase before
        the name and an apposition after it ("Public accounts committee chairman Edward Leigh was giving ...",
        "Formerly one of Mr Brown's closest aides, Ed Balls hinted ...", "Tim Renner, the head of ..., told")."""
        if self.inside(ss) is not None:
            return None
        keys = self.res.person_keys()
        occ = self.res.occ
        for k in range(bisect.bisect_left(self.res._starts, ss), len(occ)):
            o = occ[k]
            if o.start > ss + 100 or o.start >= self.sentence_end(ss):
                return None
            if o.org or o.key not in keys or len(o.canon) < 2 or self.text[o.end : o.end + 2] in ("'s", "’s"):
                continue
            if self._verb_follows(o.end) and not _FINITE_BEFORE.search(self.text, ss, o.start):
                return self.res.fullest(o.canon, o.start)
        return None

    def _trailing_name(self, lo: int, hi: int) -> str | None:
        """A person's name ending at ``hi`` after ``lo``, past a place before it ("... to Britain Liu
        Xiaming"): the name in a description written with one."""
        occ = self.res.occ
        i = bisect.bisect_left(self.res._starts, hi) - 1
        if i < 0 or occ[i].end != hi or occ[i].org:
            return None
        canon = list(occ[i].canon)
        if occ[i].start < lo:
            canon = self.text[lo:hi].split()
        while len(canon) > 2 and (canon[0].lower() in PLACES or _demonym_word(canon[0])):
            canon = canon[1:]  # "Britain Liu Xiaming"
        if len(canon) < 2 or not _name_like(tuple(canon)) or canon[0].lower() in PLACES:
            return None
        before = self.text[max(lo - 1, hi - 200) : hi - len(" ".join(canon))].split()
        if before and before[-1].lower() in PREPOSITIONS | {"from", "by", "with", "email", "statement"}:
            return None  # "a spokesman for Michael Howard" is not Howard
        return " ".join(canon)

    def _other_office_holders(self, office: str) -> set[str]:
        """Surname keys of people the story names with another sole office before their name ("London mayor
        Mr Livingstone", "Chancellor Gordon Brown"): none of them is ``office``."""
        out = set()
        for o in self.res.occ:
            held = _SOLE_OFFICE_BEFORE.search(self.text, max(0, o.start - 30), o.start)
            if held is not None and not o.org:
                name = _office(held.group(1).split()[-1].lower(), held.group(1).lower().split()[:-1])
                if name is not None and name != office and name in _SOLE_OFFICES:
                    out.add(o.key)
        return out

    def _hold(self, key: str | None, office: str | None) -> None:
        if key and office:
            self._offices.setdefault(key, set()).add(office)

    def _role(self, head: str, modifiers: list[str], m: _Mention, *, fallback: bool) -> str:
        synonyms = {"premier": "prime minister", "pm": "prime minister", "boss": "manager"}
        age = re.fullmatch(r"(\d+)-year-old", head)
        if age:
            o = self.res.aged(age.group(1))
            if o is not None:
                return self.res.fullest(o.canon, o.start)
        office = _office(head, modifiers)
        o = self.res.role_holder(head, m.start, modifiers, self.inside)
        if o is None and head in synonyms:
            o = self.res.role_holder(synonyms[head], m.start, modifiers, self.inside)
        if o is not None:
            self._hold(o.key, office)
            return self.res.fullest(o.canon, o.start)
        if not fallback or head in _COURT_ROLES:
            return m.text
        c = self.antecedent(m.start, ROLE_GENDER.get(head), role=head, office=office)
        others = self._other_office_holders(office) if c is not None and office in _SOLE_OFFICES else set()
        if c is not None and c.key in others:  # ('London mayor Mr Livingstone' is not 'the prime minister')
            c = self.antecedent(m.start, ROLE_GENDER.get(head), others, role=head, office=office)
        if c is not None:
            self._hold(c.key, office)
            return c.speaker
        o = self.res.nearest_person(m.start) or self.res.pronoun(ROLE_GENDER.get(head, "m"), m.start)
        if o is not None and m.end <= o.start < self.sentence_end(m.start):
            return m.text  # ('The senator told Jake Tapper that ...': not the person told)
        return self.res.fullest(o.canon, o.start) if o is not None else m.text

    # -- kinds
    def context_kind(self, f: Frag, ss: int) -> tuple[str, str] | None:
        text = self.text
        if f.end - f.start > 120:
            return None  # titles, slogans and scare quotes are short
        left = text[max(ss, f.open_s - 70) : f.open_s]
        wide = text[max(0, f.open_s - 40) : f.open_s]
        right = text[f.close_e : f.close_e + 30]
        q = text[f.start : f.end]
        tc = len(q) <= 80 and _titlecase(q)
        near = _NORM_WORD.findall(text[max(0, f.open_s - 70) : f.close_e + 30].lower())
        if not tc and TRIGGER_WORDS.isdisjoint(near):
            return None  # no word nearby that could make it a title, slogan or scare quote
        marker = SCARE_BEFORE.search(left) or _WORD_AS_WORD.match(right)
        if marker and not _PREDICATE_START.match(q) and not (
            _PASSIVE_NAMING.search(marker.group()) and _BY_AGENT.match(text, f.close_e)
        ):  # (not 'says the idea "is actually not so crazy"', nor 'was called "..." by the judge')
            return "scare", "scare:marker"
        slogan = SLOGAN_BEFORE.search(left) and SLOGAN_WORD_BEFORE.search(left)
        if slogan or SLOGAN_AFTER.match(right) or SLOGAN_JUST_BEFORE.search(wide):
            return "slogan", "slogan:context"
        # (a lower-case quote right after "campaign" or "show" is rarely its title: 'said having a five
        # month campaign “turned off voters”')
        strong = (TITLE_STRONG.search(left) and not q[:1].islower()) or TITLE_AFTER_STRONG.match(right)
        if strong or (tc and (TITLE_BEFORE.search(left) or TITLE_AFTER.match(right))):
            return "title", "title:context"
        nickname = NICKNAME_AFTER.match(right) and NICKNAME_BEFORE.search(left)
        if tc and len(q.split()) <= 3 and q[-1:].isalnum() and nickname:
            return "scare", "scare:nickname"
        return None

    def modifier(self, f: Frag) -> bool:
        """ “a “Welcome to Cardiff” greeting”, “an “irregular” channel”: quoted words inside a noun phrase."""
        text = self.text
        before = text[max(0, f.open_s - 40) : f.open_s].split()[-4:]
        after = re.match(r"\s+([a-z][\w’'-]*)", text[f.close_e : f.close_e + 30])
        for _ in range(2):  # 'the powerful new “Cell” processor': adjectives between the article and the quote
            w = before[-1] if len(before) > 1 else ""
            if not (w.isalpha() and w.islower()) or w in _MODIFIER_DETS or w in BOUNDARY_WORDS or w in PREPOSITIONS:
                break
            if w in SMALL_WORDS or w in CAP_STOP or w in AUX or w.endswith(("ing", "ed")):
                break
            before.pop()
        if not before or not after or before[-1].lower() not in _MODIFIER_DETS:
            return False
        w = after.group(1)
        if w.rstrip("s") in _SPEECH_NOUNS:
            return False  # 'issued a “This is probably it for me” declaration': words someone said
        return not (w in PREPOSITIONS or w in BOUNDARY_WORDS or w in AUX or w in CUE_SET or _ly_adverb(w)
                    or w in ("of", "and", "or", "to", "for", "that", "which", "who", "is", "was", "were"))  # fmt: skip

    def sentence_level(self, f: Frag, ss: int) -> bool:
        text = self.text
        pre = text[ss : f.open_s].strip()
        q = text[f.start : f.end]
        if pre and pre[-1] not in ":—–-" and not re.fullmatch(r"\d+[.)]|[•*-]", pre):
            return False
        if q[0].islower():
            return False
        rest = text[f.close_e : self.sentence_end(f.close_e)].strip()
        m = re.match(r"[^\w]*([a-z][\w’'-]*)", rest)
        if m and q[-1] not in ".!?" and m.group(1) not in CUE_SET and m.group(1) not in PRONOUNS:
            return False  # “Meth. We’re on it” is rolling out ...: the quote is a noun phrase
        ends = q[-1] in ".!?,…;:—–-)]" or not rest.strip(" .")
        return ends or len(q.split()) >= 6

    def echo(self, f: Frag, *, min_words: int) -> Frag | None:
        q = _norm(self.text[f.start : f.end])
        if len(q.split()) < min_words:
            return None
        for i in self.tops:
            g = self.frags[i]
            if g is f or g.kind != "speech" or g.speaker is None or g.rule.startswith("echo"):
                continue
            if q in _norm(self.text[g.start : g.end]):
                return g
        return None

    # -- the decision for one top-level fragment
    def top(self, f: Frag, prev: Frag | None, last: Frag | None = None) -> None:
        between = self.text[last.close_e : f.open_s] if last is not None else ""
        listed = last is not None and "\n" not in between and (
            bool(re.search(r",|\b(?:and|or)\b|&", between)) or self.text[last.end - 1 : last.end] == ","
        )
        if listed and last.kind in ("title", "slogan") and re.fullmatch(  # type: ignore[union-attr]
            r"[\s,;]*(?:and|or|as well as|&)?[\s,]*", between
        ):
            self.set_kind(f, last.kind, last.rule.split(":list")[0] + ":list")
            return
        ss = self.sentence_start(f.open_s)
        se = self.sentence_end(f.close_e)
        ctx = self.context_kind(f, ss)
        post = self.post_cue(f, se)
        opens = not self.text[ss : f.open_s].strip()
        pre = None if opens and post is not None and post.mention is not None else self.pre_cue(f, ss, se)
        if post is not None and pre is not None and pre.mention is not None and _INTRODUCES.match(
            self.text, post.clause_end
        ):
            post = None  # "Reminded that Ferguson called him “a disgrace”, Wenger added: “...”"
        if ctx and ctx[0] == "scare":
            self.set_kind(f, *ctx)
            return
        if self._named_by(f, ss):  # 'the update to Windows, dubbed “Longhorn”', 'a predator dubbed the “Frankenfish”'
            q = self.text[f.start : f.end]
            self.set_kind(f, *(ctx or (("title", "title:named") if _titlecase(q) else ("scare", "scare:named"))))
            return
        attr = None
        if post is not None and pre is not None and pre.direct and pre.mention is not None:
            attr = pre
            if post.mention is not None and pre.rule != "before:possessive":
                f.channel = post.mention.text
        elif post is not None and post.mention is not None:
            attr = post
        elif pre is not None and pre.direct:
            attr = pre
        immediate = attr is not None and attr.rule != "after:sentence-final"
        if not immediate and ctx is not None:
            self.set_kind(f, *ctx)
            return
        final = attr is not None and attr.rule == "after:sentence-final" and attr.mention is not None
        q = self.text[f.start : f.end]
        if not immediate and q[:1].isupper() and _titlecase(q) and len(q.split()) <= 3 and (
            _NAMED_THING.match(self.text, f.close_e)
        ) and (self.modifier(f) or len(q.split()) > 1):  # ("Spears' upcoming “My Prerogative” video")
            self.set_kind(f, "title", "title:modifier")  # 'revealed plans for the new “Cell” processor': a name
            return
        if not immediate and not final and self.modifier(f) and (pre is None or pre.word in DENIALS):
            q = self.text[f.start : f.end]
            self.set_kind(f, *(("title", "title:modifier") if _titlecase(q) and len(q.split()) > 1
                               else ("scare", "scare:modifier")))  # fmt: skip
            return
        if attr is None and pre is not None:
            attr = pre
        if attr is not None:
            self.set_attr(f, attr)
            self._maybe_join(f, prev)
            return
        if self._continue(f, prev):
            return
        self.no_cue(f, ss)

    def _named_by(self, f: Frag, ss: int) -> bool:
        """The quote follows a naming verb that no speaker governs ("dubbed", "calling itself")."""
        if _CALLING_ITSELF.search(self.text, max(ss, f.open_s - 40), f.open_s):
            return True
        cands = self.cues_in(max(ss, f.open_s - 30), f.open_s)
        if not cands or cands[-1][2] not in NAMING_VERBS or _BY_AGENT.match(self.text, f.close_e):
            return False  # ('a move branded a “humiliating retreat” by the Tories': the Tories' words)
        c = cands[-1]
        if self.text[max(0, c[0] - 2) : c[0]] == ", " and _NAMING_GAP.fullmatch(self.text, c[1], f.open_s):
            return True  # ('the update to Windows, dubbed “Longhorn”': a participle after a comma)
        return self._naming(c, f)

    def set_kind(self, f: Frag, kind: str, rule: str) -> None:
        f.kind = kind
        f.rule = rule

    def set_attr(self, f: Frag, a: _Attr) -> None:
        f.kind = "speech"
        f.rule = a.rule
        f.cue_s, f.cue_e = a.cue_s, a.cue_e
        f.cue = self.text[a.cue_s : a.cue_e]
        last = f.cue.rsplit(None, 1)
        if len(last) == 2 and last[1].lower() in ("a", "an", "the"):
            f.cue = last[0]  # 'urging a “fractured” world': the cue is 'urging'
        m = a.mention
        if m is not None:
            f.ms, f.me, f.mention, f.mention_type = m.start, m.end, m.text, m.mtype
            f.speaker = self.speaker_of(m, f)
            if m.mtype == "pronoun" and a.word.lower() in _GO_ON_CUES and f.depth == 0:
                f.speaker = self._goes_on(f, m) or f.speaker
            f.anonymous = self._anonymous(m) if m.mtype == "description" else False
        if f.channel is None:
            f.channel = self._channel(a)
        if f.speaker is not None and f.depth == 0:
            self.remember(f)

    def _goes_on(self, f: Frag, m: _Mention) -> str | None:
        """ "..., he added": the last person quoted, when the pronoun fits them and they were quoted in
        the last three sentences ("But Mr Blair had been “hurt”, he added" is still the MP speaking)."""
        g = PRONOUNS.get(m.text.lower())
        if g not in ("m", "f") or not f.speaker:
            return None
        ss = self.sentence_start(f.open_s)
        key = _key(tuple(f.speaker.split()))
        occ, starts = self.res.occ, self.res._starts
        if not any(o.key == key for o in occ[bisect.bisect_left(starts, ss) : bisect.bisect_left(starts, f.open_s)]):
            return None  # only when the pronoun went to the person the quoted words are about
        for sp in reversed(self.speakers):
            if sp.pos >= f.start:
                continue
            if not (sp.person or _role_head(sp.frag.mention or "") in PERSON_ROLES):
                return None  # ("the MP for Sittingbourne and Sheppey" is someone)
            if self.sent_no(f.start) - self.sent_no(sp.pos) > 3:
                return None
            if sp.gender is not None and sp.gender.startswith("?"):
                sp.gender = self.res.gender(sp.gender[1:])
            return sp.speaker if sp.gender in (g, None) else None
        return None

    def remember(self, f: Frag) -> None:
        """Record a speaker (for pronouns, titles and floating quotes later on)."""
        mt = f.mention_type
        words = (f.speaker or "").split()
        person = mt in ("name", "pronoun") and not _is_org(words)
        gender = None
        if mt == "pronoun":
            gender = PRONOUNS.get((f.mention or "").lower())
            person = gender in ("m", "f")
        elif mt == "name" and person and words:
            gender = "?" + _key(tuple(words))  # looked up only if a pronoun needs it
        elif mt == "description" and f.mention:
            head = f.mention.split()[-1].lower()
            person = head in PERSON_ROLES or head.startswith("spokes") or (
                (f.speaker or "")[:1].isupper() and (f.speaker or "").lower() != f.mention.lower()
                and head not in ORG_HEADS)  # fmt: skip  ("the radio station", "the book" are not people)
            gender = ROLE_GENDER.get(head)
        pos = f.ms if f.ms is not None else f.start
        self.speakers.append(_Spk(pos, f.speaker or "", person, gender, f))

    def _channel(self, a: _Attr) -> str | None:
        text = self.text
        se = self.sentence_end(a.cue_s)
        seg_lo = a.cue_s
        seg = text[seg_lo:se]
        if not any(w in seg for w in ("by ", "ccording", "nterview", "told", "peaking")):
            return None
        m = CHANNEL_RE.search(text, seg_lo, max(se, seg_lo))
        if m is None:
            return None
        word = m.group(0).split()[0].lower()
        if word in ("told", "speaking") and not MEDIA.search(m.group(1)):
            return None
        if word == "according" and a.word in PHRASE_CUES:
            return None
        return m.group(1).strip()

    @staticmethod
    def _anonymous(m: _Mention) -> bool:
        words = [w.lower().strip(",.") for w in m.text.split()]
        head_i = next((i for i, w in enumerate(words) if w in PREPOSITIONS and i > 0), len(words)) - 1
        head = words[head_i]
        if head not in ANON_HEADS:
            return False
        if head.startswith("spokes") or head == "representative":
            named = any(w[:1].isupper() for w in m.text.split()[1:])
            return head_i == len(words) - 1 and words[0] in ("a", "an") and not named
        if any(w[:1].isupper() for w in m.text.split()[1 : head_i + 1]):
            return False
        return words[0] in ("a", "an", "one", "some", "two", "three", "several", "many", "other",
                            "another", "senior", "officials", "sources") or (head.endswith("s") and (
            words[0] not in ("the", "his", "her", "their", "its", "our")
        ))  # fmt: skip

    def _maybe_join(self, f: Frag, prev: Frag | None) -> None:
        """A split quote ( “Q1,” he said, “Q2.” ) shares its group with the first part."""
        if prev is None or prev.kind != "speech" or prev.cue_s is None or f.cue_s != prev.cue_s:
            return
        if prev.cue_e is not None and prev.cue_e <= f.open_s and re.fullmatch(
            r"[\s,.:;—–-]*", self.text[prev.cue_e : f.open_s]
        ):
            f.group = prev.group

    def _continue(self, f: Frag, prev: Frag | None) -> bool:
        """No cue of its own: a continuation of the previous quote in the same paragraph."""
        if prev is None or prev.kind != "speech" or self.block(prev.start) != self.block(f.start):
            return False
        text = self.text
        lo = prev.close_e
        if prev.cue_s is not None and prev.cue_s >= prev.close_e:
            lo = max(prev.cue_e or lo, self.sentence_end(prev.cue_s) if prev.cue_s < f.open_s else lo)
            if lo > f.open_s:
                lo = prev.cue_e or prev.close_e
        if not re.fullmatch(r"[\s,.:;—–-]*", text[lo : f.open_s]):
            return False
        if not self.sentence_level(f, self.sentence_start(f.open_s)) and text[lo : f.open_s].strip(" ,"):
            return False
        self.copy_attr(f, prev, "continuation")
        f.group = prev.group
        return True

    def copy_attr(self, f: Frag, g: Frag, rule: str) -> None:
        f.kind = "speech"
        f.speaker, f.mention, f.ms, f.me = g.speaker, g.mention, g.ms, g.me
        f.cue, f.cue_s, f.cue_e, f.channel = g.cue, g.cue_s, g.cue_e, g.channel
        f.anonymous, f.mention_type = g.anonymous, g.mention_type
        f.rule = rule

    def no_cue(self, f: Frag, ss: int) -> None:
        q = self.text[f.start : f.end]
        if f.open_s < self.headline_end:
            f.rule = "headline"
            f.kind = "pending"  # decided once the body's speakers are known
            return
        if self.sentence_level(f, ss) and not (_titlecase(q) and not re.search(r"[.!?,]", q)):
            f.kind = "speech"
            self._floating(f)
            return
        g = self.echo(f, min_words=3)
        if g is not None:
            self.copy_attr(f, g, "echo")
            f.mention = f.ms = f.me = f.cue = f.cue_s = f.cue_e = None
            return
        if _titlecase(q) and len(q.split()) >= 3:
            self.set_kind(f, "title", "title:shape")
        elif len(q.split()) >= LONG_WOVEN and not _LIST_OF_NOUNS.fullmatch(q):
            # six words or more woven into a sentence are somebody's words, even with no verb of saying
            # (in the gold sets 16 of 18 such quotes are speech): the speaker as for a floating quote
            f.kind = "speech"
            self._floating(f, woven=True)
            f.rule = f"woven:{f.rule}"
        else:
            self.set_kind(f, "scare", "scare:no-cue")

    def _someone(self, m: _Mention) -> bool:
        """A mention that can stand for a speaker: a name, a pronoun, or a description headed by a
        role, a body or a source ("the MPs", "the agency", "a report"); not "his departure"."""
        if m.mtype != "description":
            return m.mtype in ("name", "pronoun")
        head = m.text.split()[-1].lower().strip(",.’'")
        return (head in PERSON_ROLES or head in ORG_HEADS or head in SOURCE_NOUNS or head.startswith("spokes")
                or head.rstrip("s") in PERSON_ROLES)  # fmt: skip

    def _floating(self, f: Frag, *, woven: bool = False) -> None:
        g = self.echo(f, min_words=3)
        if g is not None:
            self.copy_attr(f, g, "echo")
            f.mention = f.ms = f.me = f.cue = f.cue_s = f.cue_e = None
            return
        narrative = 0  # where the narrative since the previous speech quote (and its cue) begins
        for i in self.tops:
            h = self.frags[i]
            if h.close_e <= f.open_s and h.kind == "speech":
                narrative = max(h.close_e, h.cue_e or 0) if (h.cue_e or 0) <= f.open_s else h.close_e
        bs, _ = self.block(f.open_s)
        pbs, _ = self.block(max(bs - 1, 0))
        lo = max(narrative, pbs)
        cands = self.cues_in(lo, f.open_s)
        if cands:
            c = cands[-1]
            inverted = self.text[max(0, c[0] - 3) : c[0]].rstrip().endswith(",") and c[2] in CUE_WORDS and (
                c[2] not in _NEVER_INVERTED
            )
            m = (self.np_after(c[1], self.sentence_end(c[1])) if c[2] in PHRASE_CUES
                 else self.np_before(self.sentence_start(c[0]), c[0]))  # fmt: skip
            if inverted and (m is None or not self._someone(m)):
                after = self.np_after(c[1], self.sentence_end(c[1]))  # "..., says Mr Dean."
                m = after if after is not None and (after.mtype == "name" or after.text[:1].isupper()) else m
            if m is not None and (self._someone(m) or (not woven and _PLAIN_TAG.fullmatch(c[2].split()[0]))):
                # (a description with no role word speaks only through a plain verb of saying: "the
                # ex-Wallaby added", not "handheld computers called E-slates", "the restoration revealed")
                a = self.attr_from(c, m, "floating:reported-speech")
                self.set_attr(f, a)
                return
        last = next((sp for sp in reversed(self.speakers) if sp.frag.start < f.start), None)
        last_key = _key(tuple(last.speaker.split())) if last is not None and last.speaker else None
        group = (g for g in self.frags if g.group == f.group and g.depth == 0)  # (the quote's other paragraphs)
        new = self._new_subject(narrative, f.open_s, last_key, self._named_in(f).union(*map(self._named_in, group)))
        if new is not None:
            # someone else became the subject since the last quote: "Aderholt returned to the issue. “Q?”"
            f.kind, f.rule, f.speaker = "speech", "floating:new-subject", new.speaker
            self.speakers.append(_Spk(new.pos, new.speaker, True, new.gender, f))
            return
        if last is not None:
            self.copy_attr(f, last.frag, "floating:previous-speaker")
            f.cue = f.cue_s = f.cue_e = None
            return
        f.rule = "floating:unknown"

    def _new_subject(self, lo: int, pos: int, last_key: str | None, named: set[str]) -> _Cand | None:
        """The most salient person who is the subject of a sentence between ``lo`` and ``pos``
        (not the previous speaker, not someone the quote names; None when the previous
        speaker is mentioned again after them)."""
        best: _Cand | None = None
        last_seen = -1
        here = self.sent_no(pos)
        for c in self.candidates(pos):
            if c.pos < lo or c.mention is not None:
                continue
            if c.key is None and c.speaker:
                c.key = _key(tuple(c.speaker.split()))
            if last_key is not None and c.key == last_key:
                if self._role_of(c) not in ("object", "oblique"):  # (not "differences with Mr Wyatt")
                    last_seen = max(last_seen, c.pos)
                continue
            if not c.person or self._role_of(c) != "main" or c.key in named:
                continue
            c.score = SENTENCE_DECAY ** (here - self.sent_no(c.pos))
            if best is None or c.score > best.score:
                best = c
        if best is None or last_seen > best.pos:
            return None
        if best.occ is not None:
            best.speaker = self.res.fullest(best.occ.canon, best.occ.start)
            best.gender = self.res.gender(best.occ.key)
        return best

    def _group_named(self, f: Frag) -> set[str]:
        """Surname keys named in any paragraph of the quote ("“I think we were fairer,” he said. “Reyes was
        being kicked all over the park”": he is not Reyes)."""
        out = self._named_in(f)
        tagged = "," in self.text[f.end - 1 : f.close_e + 1]  # ("“Q1,” he said. “Q2”": a tag between two parts)
        for g in self.frags:
            if g.depth == 0 and g is not f and (g.group == f.group or (
                tagged and 0 < g.open_s - f.close_e <= 40 and self.block(g.start) == self.block(f.start)
            )):
                out |= self._named_in(g)
        return out

    def _named_in(self, f: Frag) -> set[str]:
        """Surname keys of the people a quote names (a speaker does not name themself)."""
        return {w.lower() for w in _CAP_WORD.findall(self.text, f.start, f.end)}

    def headline(self, f: Frag) -> None:
        """Quotes in a headline ("Hewitt decries 'career sexism'") are claims someone in the story makes."""
        g = self.echo(f, min_words=1)
        q = self.text[f.start : f.end]
        if g is not None:
            self.copy_attr(f, g, "headline:echo")
            f.mention = f.ms = f.me = f.cue = f.cue_s = f.cue_e = None
        elif _titlecase(q) and len(q.split()) >= 2:
            self.set_kind(f, "title", "headline:title")
        elif re.fullmatch(r"[A-Z][a-z]+", q) and f.open_s > 0 and self.text[f.open_s - 1] == " ":
            self.set_kind(f, "scare", "headline:name")  # 'Rover helps pet “Fido” find its way home': a name, no claim
        else:
            f.kind, f.rule = "speech", "headline:claim"
            lead = self._lead_source()
            body = [s for s in self.speakers if s.pos > self.headline_end and s.person]
            f.speaker = lead or (body[0].speaker if body else None)

    def _lead_source(self) -> str | None:
        """The named subject of a reporting verb in the first sentences of the story ("The Bank of
        America has revealed ...", "Bookmakers Ladbrokes says ..."): whose claim a headline quote is.
        A study, poll or panel ("..., says a report.", "research suggests") is the source, named by
        its maker where the lead says who made it ("a report by Jupiter Research", "Market analysts
        Panlogic predicts"); a person named after it is then one of its voices, not its source."""
        starts = self._sent_list or self._sentences()[0]
        i = bisect.bisect_left(starts, self.headline_end)
        study: str | None = None
        for k in range(i, min(i + 3, len(starts))):
            ss, se = starts[k], self._sent_ends[k]
            if ss > self.headline_end + 400 or not self.frags:
                break
            attributed = self._lead_attribution(ss, se) if study is None else None
            if attributed is not None and attributed[1]:
                return attributed[0]
            if attributed is not None:  # ("according to a survey": named by its maker, maybe in the next sentence)
                study = self._study_maker(ss, self._sent_ends[min(k + 1, len(starts) - 1)]) or attributed[0]
            for c in self.cues_in(ss, se):
                m = self._lead_subject(c, ss, se)
                if m is None:
                    continue
                if m.mtype == "name" and (study is None or not self._person_name(m.text)):
                    role = study is not None and _MAKER_ROLE.search(self.text, max(0, m.start - 40), m.start)
                    if self._lead_name_ok(m.text) or role:
                        return self.speaker_of(m, self.frags[0])
                elif study is None and m.mtype == "description" and self._lead_study(m.text):
                    maker = self._study_maker(ss, self._sent_ends[min(k + 2, len(starts) - 1)])
                    study = maker or re.sub(r"\s+[a-z]+ed$", "", m.text)  # ("a study released" on Wednesday)
        return study

    def _lead_attribution(self, ss: int, se: int) -> tuple[str, bool] | None:
        """The source a lead sentence names after "according to" or in a closing ", reports X." tag
        ("according to reports in the Hollywood Reporter", "..., reports the Daily Mail.", "according to
        new figures released by the BPI", "..., according to early sales figures"), and whether it is
        final: a name is, and so is data or a paper; a study (True only when its maker is named here)
        may be named by its maker in the next sentence ("according to a survey. The CIPS said ...")."""
        a = _LEAD_ACCORDING.search(self.text, ss, se)
        if a is None or self.inside(a.start()) is not None:
            return None
        via = _LEAD_VIA.match(self.text, a.end(), se)  # ("reports in X", "a table drawn up by X")
        m = self.np_after(via.end() if via is not None else a.end(), se)
        if m is None or m.mtype == "pronoun":
            return None
        if m.mtype == "name":
            return (self.speaker_of(m, self.frags[0]), True) if self._lead_name_ok(m.text) else None
        words = m.text.lower().split()
        maker = self._study_maker(ss, se)
        if maker is not None:
            return maker, True  # ("a round-up of gizmos compiled by Stuff Magazine")
        if words[-1] in ORG_HEADS:
            return self._description(m), True  # ("according to the watchdog")
        text = re.sub(r"\s+[a-z]+ed$", "", m.text)  # ("a study released" on Wednesday)
        if set(words) & _LEAD_DATA:
            return text, True
        return (text, False) if set(words) & _LEAD_STUDIES else None

    @staticmethod
    def _lead_study(text: str) -> bool:
        """A study, poll or panel, or a group of people in a role ("some LA film critics", "officials")."""
        words = text.lower().split()
        head = _role_head(text).strip(",.")
        return bool(_LEAD_STUDIES & set(words[:4])) or (
            head.endswith("s") and (head[:-1] in PERSON_ROLES or head[:-1] in _LEAD_GROUPS)
        )

    def _lead_subject(self, c: tuple[int, int, str], ss: int, se: int) -> _Mention | None:
        """Who a lead sentence's cue is about: X in "X says", "was revealed by X", ", says X."."""
        by = _BY_AGENT_AFTER.match(self.text, c[1])
        if by is not None:
            return self.np_after(by.end(), se)
        if self.text[max(ss, c[0] - 2) : c[0]].strip() == "," and se - c[1] < 70:
            return self.np_after(c[1], se)  # "..., says a report."
        return self.np_before(ss, c[0])

    def _study_maker(self, lo: int, hi: int) -> str | None:
        """Who made the study the lead cites: X in "a study by handset maker X", "produced by X",
        "a poll conducted for X", between ``lo`` and ``hi``."""
        for by in _MADE_BY.finditer(self.text, lo, hi):
            m = _MAKER_NAME.match(self.text, by.end())
            name = m.group().rstrip(".") if m is not None else ""
            if name and self.inside(m.start()) is None and not self._person_name(name) and name.lower() not in PLACES:
                return name
        return None

    def _person_name(self, name: str) -> bool:
        canon, _, _ = _canon([_strip_possessive(w)[0] for w in name.split()])
        return bool(canon) and _key(canon) in self.res.person_keys()

    def _lead_name_ok(self, name: str) -> bool:
        """A source for the headline's claim: not a place ("China said"), not the headline's own
        subject ("Brando 'rejected Godfather role'"), and not a lone capitalised word ("Supply")."""
        words = [_strip_possessive(w)[0] for w in name.split()]
        canon, _, _ = _canon(words)
        if not canon:
            return False
        low = [t.lower() for t in canon]
        if (len(low) == 1 and low[0] in PLACES) or (len(low) == 2 and tuple(low) in PLACE_PAIRS):
            return False
        headline = self.text[: self.headline_end]
        if re.search(rf"\b{re.escape(canon[-1])}\b", headline):
            return False
        if len(canon) == 1 and not (canon[0].isupper() or low[0] in ORG_WORDS
                                    or _key(canon) in self.res.person_keys()):  # fmt: skip
            return False
        return True

    def _later_cue(self, f: Frag) -> None:
        """A quotation over several paragraphs whose first paragraph had no cue (its speaker was
        guessed) takes the speaker of a cue after a later paragraph: “Q1 ¶ “Q2,” he said."""
        group = [g for g in self.frags if g.group == f.group and g.depth == 0 and g.start <= f.start]
        if not group or group[0].rule not in ("floating:previous-speaker", "floating:unknown", "floating:new-subject"):
            return
        a = self.post_cue(f, self.sentence_end(f.close_e))
        if a is None or a.mention is None or not a.rule.startswith("after:"):
            return
        self.set_attr(f, a)
        if f.kind != "speech" or not f.speaker:
            return
        for g in group[:-1]:
            self.copy_attr(g, f, "continuation:later-cue")

    def nested(self, f: Frag) -> None:
        p = self.frags[f.parent]
        text = self.text
        lo = max(p.start, text.rfind(". ", p.start, f.open_s) + 1)
        cands = [c for c in self.cues_in(lo, f.open_s, outside=False)]
        q = text[f.start : f.end]
        before = text[lo : f.open_s].rstrip()
        if SCARE_BEFORE.search(text[max(lo, f.open_s - 60) : f.open_s]):
            self.set_kind(f, "scare", "nested:scare-marker")
        elif cands:
            c = cands[-1]
            m = self.np_before(lo, c[0])
            if c[2] in PARTICIPLES and m is not None and not self._someone(m):
                # '“He ran at me with hands raised saying ‘Q’”': not "ran at me ...", the clause's subject
                m = self.clause_subject(lo, c[0])
                m = None if m is None or m.text.lower() == "it" else m
            if m is None or not self._someone(m):
                me = [x for x in _FIRST_PERSON.finditer(text, lo, c[0]) if self.inside(x.start()) is p]
                if me and (m is None or me[-1].start() > m.start):
                    m = _Mention(me[-1].start(), me[-1].end(), "pronoun", me[-1].group())
                # ('“... and I literally went back to my hotel room, cried my eyes out, and thought ‘Q’”': the quoter)
            self.set_attr(f, self.attr_from(c, m, "nested:cue"))
            third = f.mention_type == "pronoun" and PRONOUNS.get((f.mention or "").lower()) != "1"
            if f.speaker is None and not third:  # ("She kept yelling 'Q'" inside a quote: not the quoter)
                f.speaker = p.speaker if p.kind == "speech" else None
        elif q[:1].isupper() and (not before or before[-1] in ",:" or before.endswith(" that")):
            f.kind, f.rule, f.speaker = "speech", "nested:intro", p.speaker
        elif _titlecase(q) and len(q.split()) >= 2:
            self.set_kind(f, "title", "nested:title")
        else:
            self.set_kind(f, "scare", "nested:scare")

    def run(self) -> list[Frag]:
        prev: Frag | None = None
        pending = []
        last: Frag | None = None
        for i in self.tops:
            f = self.frags[i]
            if prev is not None and last is prev and f.group == prev.group:
                # a quotation reopened in a new paragraph (or BBC-style, mid-line): same speaker
                self.copy_attr(f, prev, "continuation")
                self._later_cue(f)
            else:
                self.top(f, prev, last)
            last = f
            if f.kind == "pending":
                pending.append(f)
            elif f.kind == "speech":
                prev = f
            else:
                prev = None if prev is None or self.block(prev.start) != self.block(f.start) else prev
        for f in pending:
            self.headline(f)
        named = {_norm(self.text[f.start : f.end]) for f in self.frags
                 if f.kind == "title" and f.rule.startswith(("title:context", "nested:title"))}  # fmt: skip
        for i in self.tops:
            f = self.frags[i]
            if named and f.rule == "scare:no-cue" and _norm(self.text[f.start : f.end]) in named:
                self.set_kind(f, "title", "title:same-name")  # the name of a work quoted as one elsewhere
            if f.rule.startswith("floating:"):
                # a pull quote or heading that repeats words quoted (and attributed) further on
                g = self.echo(f, min_words=3)
                if g is not None and g.start > f.start and g.rule != "echo":
                    self.copy_attr(f, g, "echo")
                    f.mention = f.ms = f.me = f.cue = f.cue_s = f.cue_e = None
        for i, f in enumerate(self.frags):
            if f.depth > 0 and f.parent >= 0:
                self.nested(f)
            del i
        return self.frags


TITLE_STRONG = re.compile(
    r"\b(?:films?|movies?|songs?|singles?|albums?|tracks?|books?|novels?|memoirs?|shows?|series"
    r"|programmes?|sitcoms?|documentar(?:y|ies)|musicals?|operas?|poems?|episodes?|titled"
    r"|entitled|campaign|ballads?|anthems?|exhibitions?|paintings?|podcasts?)[\s,:]*"
    r"(?:the\s+|his\s+|her\s+|their\s+|its\s+|new\s+|hit\s+|latest\s+|debut\s+)*$",
    re.I,
)  # (not 'called the new campaign a “bold, innovative effort”': after "a" the quote describes it)
TITLE_AFTER_STRONG = re.compile(
    r"^[\s,]*(?:\(\d{4}\)|campaign|tour|album|show|series|film|movie|song|single|programme|program"
    r"|book|novel|musical|documentary|franchise|sitcom|podcast|hashtag)\b",
    re.I,
)


def _joins_org(toks: list[tuple[int, int, str]], k: int, j: int, *, after: bool = False) -> bool:
    """Whether the "and" or "&" at ``k`` is inside an organisation's name: "&" between capitalised
    words, or "and" in a capitalised run that ends with an organisation word ("the Food and Drug
    Administration", "the Department of Health and Human Services"). ``after``: the run is read
    left to right, so its end is searched from ``k`` on."""
    t = toks[k][2]
    if t not in ("and", "&") or k < 1 or k + 1 > j or not _is_cap(toks[k - 1][2]) or not _is_cap(toks[k + 1][2]):
        return False
    if t == "&":
        return True
    end = k + 1
    while end + 1 <= j and end - k < 5 and _is_cap(toks[end + 1][2]):
        end += 1
    if not after:
        end = j if all(_is_cap(x[2]) for x in toks[k + 1 : j + 1]) else end
    if toks[end][2].lower().rstrip(".") in ORG_WORDS:
        return True
    i = k - 1
    while i >= 0 and _is_cap(toks[i][2]):
        i -= 1
    # ("the Department of Trade and Industry": the run is the end of "<Org word> of|for")
    return not after and end == k + 1 == j and i >= 1 and toks[i][2] in ("of", "for") and (
        toks[i - 1][2].lower() in ORG_WORDS and _is_cap(toks[i - 1][2])
    )


_OBJECT_STOP = frozenset(
    "that on in at during after before when as about to of how what if he she it they why this against into "
    "not again".split()
)
"""Words that end the object of a "told X" cue."""
_PEERAGE = frozenset("Lord Lady Baroness Baron Viscount Earl Duke Duchess Sir Dame".split())
_SAY_IDIOM = re.compile(
    r"\b(?:who|what)\s+(?:they|he|she|you|we|it)\s+(?:say|says|said)\s+(?:they|he|she|you|we|it)\s+(?:are|is|was|were)\b"
    r"|\b(?:needless|that\s+is|so)\s+to\s+say\b"
)


def _not_a_cue_form(text: str, c: tuple[int, int, str]) -> bool:
    """A cue word used in a way that quotes nobody."""
    s, e, w = c
    if w in WEAK_CUES and not _words_before(text, s):
        return True  # 'what you “honestly” believed was necessary': a weak cue needs its subject
    if s > 0 and text[s - 1] == "-":
        return True  # "co-write", "so-called", "self-described": part of a compound
    if w in ("called", "calling", "calls") and re.match(r"\s+(?:on|upon|for|off|in)\b", text[e : e + 8]):
        # "called on X to ...", "called for talks": urging, not quoting; but in 'called for “practical
        # measures”' and 'called on the prime minister to “enter into talks”' the quoted words are the caller's own
        return not re.match(r"\s+(?:for\s+(?:an?\s+|the\s+)?|on\s+[^.;:\"“”]{1,60}?\s+to\s+)[\"“‘']", text[e : e + 90])
    if w == "ruled" and re.match(r"\s+(?:out|in|on|over|by|the)\b", text[e : e + 6]):
        return True  # "has ruled out amending the law": no ruling is quoted
    if w in ("reflected", "reflects", "reflect") and re.match(r"\s+(?:an?|the|its|their|his|her)\s", text[e : e + 8]):
        return True  # "the constitution reflected a “British vision”": mirrored, not said
    if w == "think" and re.match(r"[\s-]+tanks?\b", text[e : e + 8]):
        return True  # "a think tank"
    if w in ("say", "says", "said") and _SAY_IDIOM.search(text, max(0, s - 20), e + 12):
        return True  # "whether an individual is who they say they are", "needless to say", "that is to say"
    not_cues = ("continued", "continues", "continue", "added", "adds", "agreed", "agrees", "agree", "agreeing")
    return w in not_cues and bool(re.match(r"\s+to\b", text[e : e + 4]))
    # ("spam continued to be a problem", "added to the pressure", "agreed to return the cash")


def _words_before(text: str, s: int) -> list[str]:
    """The words in the 30 characters before ``s``, back to a double quotation mark at most
    ('“No,” insisted the minister': "No" is the quote's word, not a determiner before the cue)."""
    seg = text[max(0, s - 30) : s]
    cut = max(seg.rfind(q) for q in "\"“”")
    if cut >= 0:
        seg = seg[cut + 1 :]
    return [w for w in (w.strip("\"“”‘’'«»") for w in seg.split()) if w]


_NO_INVERSION = (
    "accus", "apologi", "blam", "brand", "call", "condemn", "criticis", "criticiz", "decr", "describ", "dismiss",
    "dub", "hail", "label", "prais", "reject", "slam", "term", "welcom", "see", "view", "put", "pledg", "assail",
    "blast",
)
"""Cues that never come before their subject ("“Q,” said X" is fine; "“Q,” agree X" is not)."""
_NOT_SUBJECT = frozenset(
    "with without for from of in on at by to into and but or nor there then here that which whether if because "
    "while when as than so yet".split()
)
_CUE_ADVERBS = frozenset("afterwards afterward then also again later still once too now subsequently".split())
"""Adverbs between a subject and its cue: "Caprice, who left on Friday, afterwards said"."""
_ASPECT = frozenset("kept keeps started starts began begins continued continues".split())
"""Verbs before a cue that leave its subject in place: "She kept yelling", "he began shouting"."""
_CONTRACTION = re.compile(r"(?i)^(i|you|he|she|we|they)['’](?:ve|ll|d|m|re|s)$")
_WHEN_WORDS = frozenset("yesterday today tonight earlier later recently afterwards afterward subsequently".split())
_HOW_NOUNS = frozenset("statement interview briefing letter press conference weekend morning afternoon evening "
                       "night week month year day".split())  # fmt: skip


def _time_phrase(toks: list[tuple[int, int, str]], n: int) -> bool:
    """Whether token ``n`` starts a phrase of time or manner: "on Monday", "last week", "in a
    statement", "yesterday"."""
    low = toks[n][2].lower()
    if low in _WHEN_WORDS:
        return True
    if low not in ("on", "at", "in", "last", "this", "late", "early", "during") or n + 1 >= len(toks):
        return False
    nxt = [t[2].lower().strip(".,") for t in toks[n + 1 : n + 4]]
    if nxt[0] in WEEKDAYS_MONTHS or nxt[0] in _HOW_NOUNS:
        return True
    return len(nxt) > 1 and nxt[0] in ("a", "an", "the", "its", "their", "his", "her") and nxt[1] in _HOW_NOUNS


_NOT_SOMEONE = frozenset("not no never nothing out up down off away back over guilty innocent well".split())


_DAY_WORDS = (WEEKDAYS_MONTHS - {"may"}) | _WHEN_WORDS | {"tomorrow"}
"""Days, months and "yesterday": nobody's name before a cue ("May" is left out: Theresa May)."""


def _when(m: _Mention) -> bool:
    """A day or month read as the subject before a cue ("'Q,'' On Wednesday, a fresh hearing ...
    ruled"). (After the cue it may be a name: '"Q," said Friday', England's coach Mike Friday.)"""
    words = [w.strip(",.") for w in m.text.split()]
    if len(words) > 1 and words[0] in ("On", "on", "Last", "last", "By", "by", "Since", "since"):
        words = words[1:]
    return words[0].lower() in _DAY_WORDS


LONG_WOVEN = 6
"""Words from which a quote woven into a sentence without a cue counts as speech, not a scare quote."""
_LIST_OF_NOUNS = re.compile(r"[\w’'-]+(?:,\s+[\w’'-]+)+,?\s+(?:and|or)\s+[\w’'-]+")
"""'naming, shaming and faming': a list of single words is a term, not a saying."""


def _stray_subject(m: _Mention) -> bool:
    """A speaker after an inverted cue must be someone: "said Mr X", "said police", "said the
    minister"; not "not guilty" in "'Mercenaries' plead not guilty"."""
    first = m.text.split()[0]
    if m.mtype != "description":
        return False
    if first.endswith("ing") and first.islower():
        return True  # "..., having earlier criticised the decision": no subject at all
    return first[:1].islower() and (
        first in _NOT_SOMEONE or first in AUX or first in _NOT_SUBJECT or (_ly_adverb(first) and len(first) > 4)
    )


def attribute(text: str, frags: list[Frag], cues: list[tuple[int, int, str]],
              breaks: list[tuple[int, int]], names: list[_Occ] | None = None) -> list[Frag]:  # fmt: skip
    """Decide kind, cue and speaker of every fragment (in place) and renumber groups."""
    if not frags:
        return frags
    _Doc(text, frags, cues, breaks, names).run()
    order: dict[int, int] = {}
    for f in frags:
        f.group = order.setdefault(f.group, len(order))
    return frags


def extract(text: str, events: list[tuple[int, int, str]], names: list[_Occ] | None = None) -> list[Frag]:
    """All fragments of one document from its events (marks, breaks and cues, in order).

    ``names`` is the document's name inventory when it was computed for the whole
    corpus (see :func:`kit.quotes`); without it, names are found here.

    >>> t = '“We won,” Ann Lee said. “It was hard.”'
    >>> ev = [(0, 1, '“'), (8, 9, '”'), (18, 22, 'said'), (24, 25, '“'), (37, 38, '”')]
    >>> [(t[f.start:f.end], f.speaker, f.group) for f in extract(t, ev)]
    [('We won,', 'Ann Lee', 0), ('It was hard.', 'Ann Lee', 0)]
    """
    marks: list[tuple[int, int, str]] = []
    cues: list[tuple[int, int, str]] = []
    breaks: list[tuple[int, int]] = []
    for s, e, g in events:
        if g[0] == "\n":
            marks.append((s, e, g))
            breaks.append((s, e))
        elif g in DOUBLE or g in SINGLE:
            marks.append((s, e, g))
        elif g not in HEADLINE_CUES:
            cues.append((s, e, g))
        elif _HEADLINE_CUE.search(text, max(0, s - 40), s):
            cues.append((s, e, g.lower()))  # 'Howard Stern Says at Rally': the verb of a title-case headline
        elif g in ("Said", "Says", "Added", "Adds") and _INVERTED_OPENING.match(text, e):
            cues.append((s, e, g.lower()))  # 'Said the Pew report: “Q”': a tag before its subject
    frags = pair(text, marks)
    return attribute(text, frags, cues, breaks, names)
