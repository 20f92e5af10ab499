"""Word lists the rules consult: honorifics, roles, organisation and place words, speech verbs.

Kept apart from the rules so that a list can grow without touching logic. The given-name list
comes from the gender-guesser package (Jörg Michael's name dictionary, about 40,000 first names
with their usual gender), loaded once per process from the installed package: nothing is fetched.
Names that a second lexicon (names-dataset) sexes the other way are read as either sex; that short
list ships in data/disputed_genders.txt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

HONORIFIC_GENDER = {
    # (Burmese "U" and "Daw": "U Aung Myo Tun", "Daw Nang Khin Htwe")
    "daw": "f",
    "u": "m",
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "duke": "m",
    "baron": "m",
    "father": "m",
    "brother": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "duchess": "f",
    "baroness": "f",
    "sister": "f",
    "mme": "f",
    "mlle": "f",
}

# Words that stand before a name and say what the person is ("President", "Ayatollah", "Dr").
TITLE_WORDS = frozenset(
    """
mr mrs ms miss mister sir dame lord lady dr doctor prof professor rev reverend father sister brother sheikh dj
ayatollah imam rabbi cardinal pope archbishop bishop pastor king queen prince princess duke duchess emperor
cllr coun hojatoleslam daw
baron baroness earl count judge justice gen general col colonel lt lieutenant capt captain maj major sgt
sergeant cpl corporal adm admiral cmdr commander commodore marshal brig brigadier officer detective det
inspector constable supt superintendent chief president vice premier prime minister ministers chancellor
secretary senator sen rep representative congressman congresswoman governor gov mayor ambassador speaker
deputy foreign home health defence defense trade industry culture education transport environment finance
economy interior treasury shadow supreme leader chairman chairwoman chair chairperson director executive
managing coach manager striker midfielder defender goalkeeper boss chief-executive ceo cfo coo cto founder
co-founder spokesman spokeswoman spokesperson mp meps mep msp mk am mla attorney solicitor barrister lawyer
magistrate coroner sheriff councillor councilman councilwoman alderman state secretary-general
under-secretary undersecretary commissioner chairmanship dean principal headteacher headmaster
headmistress editor correspondent analyst economist trainer jockey skipper captain referee umpire
actor actress singer star presenter host author novelist writer director producer artist
designer architect chef comedian rapper drummer guitarist bassist frontman leader envoy negotiator
first lady gentleman ex former acting interim outgoing incoming new late
duo trio associate debutant teenager youngster veteran schoolboy schoolgirl model supermodel
""".split()
)

# Title words that only qualify the role after them: "New" alone before "Line" makes no title.
ROLE_MODIFIERS = frozenset("ex former acting interim outgoing incoming new late".split())

# Titles that are part of how a peer or knight is named when no given name is known ("Lord Goldsmith").
PEERAGE = frozenset("lord lady baroness baron earl viscount sir dame".split())

# Titles a person is addressed by: "Mr. Okafor", "President Hart", "Dr Raman" are aliases.
FORMS_OF_ADDRESS = frozenset(
    """
mr mrs ms miss mister sir dame lord lady dr doctor prof professor rev reverend father sister sheikh ayatollah
imam rabbi cardinal pope archbishop bishop king queen prince princess president senator sen governor gov
mayor chancellor premier general gen colonel col captain capt judge justice detective inspector sergeant sgt
commissioner ambassador baroness baron cllr coun councillor hojatoleslam
""".split()
)

# Lower-case role nouns: in an apposition they mark a description of a person.
ROLE_WORDS = frozenset(
    """
contestant figure nominee supremo mogul comic understudy physio nanny peer whip liaison colleague rival
favourite counterpart qc kc newcomer performer diva crooner rocker scorer playmaker skipper frontman hitmaker
stalwart
patriarch matriarch supermodel model magnate tycoon hopeful international counsel compatriot
president minister secretary chancellor chairman chairwoman chair chief executive director head leader
spokesman spokeswoman spokesperson analyst researcher professor lecturer economist expert scientist
member official adviser advisor aide envoy ambassador negotiator diplomat governor mayor senator
congressman congresswoman representative mp pm mep mk candidate founder co-founder owner manager coach
player striker midfielder defender goalkeeper captain champion winner runner-up actor actress singer star
musician songwriter rapper presenter host author novelist writer journalist editor correspondent reporter
columnist director producer artist designer architect chef comedian lawyer attorney solicitor barrister
judge prosecutor detective officer inspector commander general colonel soldier pilot doctor surgeon
nurse teacher student pupil principal dean vice-president vice-chancellor chancellor partner
consultant strategist commentator critic historian scholar fellow activist campaigner organiser convener
convenor organizer protester resident father mother son daughter wife husband brother sister widow friend
boss executive ceo founder trader investor banker broker accountant engineer developer programmer
inventor entrepreneur businessman businesswoman tycoon billionaire millionaire chairman spokesman
cleric ayatollah imam bishop archbishop priest pope rabbi
vicar chaplain curate nun mullah monarch king queen prince princess heir
premier chancellor commissioner deputy boss trainer jockey driver rider cyclist runner athlete
sprinter swimmer boxer golfer bowler batsman batter pitcher quarterback umpire referee
wing winger flanker fly-half scrum-half centre lock prop hooker full-back fullback forward back keeper
decathlete heptathlete olympian pundit guru delegate worker regulator jock shopkeeper
witness eyewitness plaintiff suspect neighbour landlord landlady hostage refugee widower sensation prodigy
impresario ballerina dancer dj choreographer composer conductor poet playwright painter sculptor
photographer novelist historian icon legend veteran model seed man woman officer
agent consultant assistant attendant lieutenant sergeant merchant servant defendant claimant applicant
participant tenant immigrant migrant opponent proponent respondent regent recipient patient president
resident student correspondent replacement substitute clerk registrar bailiff warden notary trustee steward
""".split()
)

# Words that make a capitalised phrase an organisation, place, event or thing rather than a person.
NON_PERSON_WORDS = frozenset(
    """
earthquake tsunami disaster appeal relief hurricane flood
university college school academy institute institution council committee commission department ministry
office agency authority association union federation league party group corporation corp company co inc
ltd llc plc holdings bank fund trust foundation society club team united utd city town county state states
province district region republic kingdom empire nations nation federal national international
government parliament congress senate assembly court tribunal police army navy force forces guard guards
corps command service services network media news times post journal herald gazette telegraph guardian
tribune daily weekly magazine press radio tv television channel studios studio records pictures films
airlines airways airport station hospital clinic centre center museum gallery theatre theater hall house
street road avenue square bridge tower building palace castle church cathedral mosque temple
conference summit forum festival awards award prize cup championship championships open games olympics
series tournament trophy grand prix festival exhibition show programme program project plan bill act
treaty accord agreement pact convention protocol initiative campaign movement revolution war crisis
index exchange market markets stock securities capital partners associates systems technologies
technology software motors airlines energy oil gas petroleum power electric telecom communications
mobile online digital labs laboratories pharmaceuticals foods brewery hotels resorts group's
equipment trading logistics enterprises manufacturing products solutions supplies shipping
island islands mountains hills heights river lake sea ocean valley bay coast north south east west
northern southern
eastern western central middle upper lower greater new old great saint st day week year month
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december christmas easter ramadan eid report review inquiry investments
study survey executive directive watchdog dems tories democrats republicans election elections
board bureau panel secretariat directorate division cabinet squad million billion dollar dollars
administration coalition alliance consortium syndicate firm regulator police fire rescue brigade
management capital crown catholics protestants muslims christians jews hindus sikhs anglicans
affairs development broadcasting insurance freight fellowship coastguard lords concern mail registry
prison breweries auto shipping studies agence presse
""".split()
)

# Days and months: non-person words that are also surnames after a given name ("Mike Friday").
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june july august "
    "september october november december".split()
)

# Words of places and bodies that are also common family names ("Kanye West", "Charlotte Church",
# "Wayne Bridge", "Barbara Castle"). After a given name they may end a person's name, but only where
# something else marks a person ("rap star Kanye West", "Mike Lake, a spokesman"): "Albert Hall" and
# "Beverly Hills" are places named after someone.
SURNAME_NOUNS = frozenset(
    "bank bay bridge castle church coast court crown east hall hills house lake north post power press "
    "river south street temple tower west".split()
)

# Nouns of kin and roles that say whether a man or a woman is meant: "His son, Jody Strickler" is a
# man whatever the statistics of the given name say
GENDERED_NOUNS = {
    **dict.fromkeys(
        "son brother father husband boyfriend nephew uncle grandson grandfather widower stepson stepfather "
        "spokesman businessman sportsman congressman councilman king prince".split(),
        "m",
    ),
    **dict.fromkeys(
        "daughter sister mother wife girlfriend niece aunt granddaughter grandmother widow stepdaughter "
        "stepmother spokeswoman businesswoman sportswoman chairwoman congresswoman councilwoman queen "
        "princess actress".split(),
        "f",
    ),
}

# Party labels written before a name ("Tory Dominic Grieve", "Lib Dems David Laws"): context, even
# where the word is also someone's given name.
PARTY_WORDS = frozenset(
    """
tory tories labour conservative conservatives liberal liberals democrat democrats dem dems lib libdem
republican republicans unionist unionists socialist nationalist snp plaid ukip bnp
""".split()
)

# Common nouns that, written right before or after a capitalised name, make it an organisation's or a
# title's name: "P2P network Red Swoosh", "Mac Format magazine", "the charity Oxfam".
ORG_NOUNS = frozenset(
    """
company firm network magazine newspaper paper website site label band group channel studio station brand
chain retailer carrier airline bank maker manufacturer publisher broadcaster agency consultancy charity
club operator developer distributor insurer lender supermarket store publication tabloid journal giant
""".split()
)

# Capitalised words that open sentences or headlines and are never part of a name.
FUNCTION_WORDS = frozenset(
    """
a an the and or but if of to in on at by for with from as is are was were be been it its this that these
those there here he she they we you i his her their our your my so yet however meanwhile although though
while when where what which who why how after before since until during despite because also still even
now then just only last next this every each all some many most more much few several both either neither
no not nor one two three four five six seven eight nine ten first second third new old mr mrs ms dr
yesterday today tomorrow according under over into onto upon about above below between among against
without within around through throughout toward towards instead rather perhaps maybe indeed thus hence
therefore moreover furthermore nevertheless nonetheless otherwise besides further later earlier already
once twice again almost nearly about asked speaking writing analysts officials critics experts sources
""".split()
)

COUNTRIES_AND_PLACES = frozenset(
    """
afghanistan albania algeria america andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil britain
brunei bulgaria burma burundi cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus
czech denmark djibouti dominica ecuador egypt england eritrea estonia ethiopia europe fiji finland france
gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg macedonia
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria norway oman
pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
scotland senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan uganda
ukraine uruguay uzbekistan vanuatu venezuela vietnam wales yemen zambia zimbabwe africa asia antarctica
arabia korea zealand emirates lanka leone rica salvador kong york london paris berlin madrid rome moscow
beijing tokyo washington tehran baghdad kabul geneva brussels jerusalem cairo delhi mumbai shanghai
sydney toronto chicago boston dublin edinburgh glasgow cardiff belfast manchester liverpool birmingham
leeds sheffield leicester nottingham oxford cambridge bristol newcastle hollywood vegas angeles
francisco texas california florida ohio virginia carolina jersey oman damascus beirut istanbul ankara
athens vienna prague warsaw budapest stockholm oslo helsinki copenhagen amsterdam lisbon milan munich
frankfurt zurich seoul pyongyang
bangkok jakarta manila hanoi karachi lahore islamabad dhaka nairobi lagos johannesburg cape town
brisbane melbourne perth auckland wellington vancouver montreal ottawa havana caracas lima bogota
san santa los las santiago quito riyadh dubai doha kuwait gaza ramallah westminster whitehall kremlin
pentagon hong
wall silicon europe eu un nato uk us usa ussr uae gb
""".split()
)

# Second words found only in place names: "Sri Lanka", "Sierra Leone", "Hong Kong", "New Zealand".
# A given name before them ("Sri") does not make a person.
PLACE_TAILS = frozenset(
    "lanka lankan leone rica arabia zealand zealander kong emirates korea salvador".split()
)

NATIONALITIES = frozenset(
    """
afghan american argentine argentinian australian austrian belgian brazilian british canadian chilean
chinese colombian cuban czech danish dutch egyptian english european finnish french german greek indian
indonesian iranian iraqi irish israeli italian japanese jordanian kenyan korean kuwaiti lebanese libyan
malaysian mexican moroccan nigerian norwegian pakistani palestinian peruvian polish portuguese qatari
romanian russian saudi scottish serbian singaporean somali spanish sudanese swedish swiss syrian
taiwanese thai turkish ukrainian venezuelan vietnamese welsh yemeni zimbabwean african asian arab
western eastern us u.s u.k un u.n eu
""".split()
)

SPEECH_VERBS = frozenset(
    """
say says said saying tell tells told telling add adds added adding note notes noted noting explain explains
explained explaining countered counters argue argues argued arguing insist insists insisted insisting
claim claims claimed
claiming warn warns warned warning state states stated declare declares declared declaring ask asks asked
asking reply replies replied replying respond responds responded answer answers answered continue continues
continued write writes wrote writing recall recalls recalled admit admits admitted acknowledge acknowledges
acknowledged suggest suggests suggested comment comments commented announce announces announced observe
observes observed concede concedes conceded complain complains complained urge urges urged predict predicts
predicted promise promises promised stress stresses stressed emphasise emphasises emphasised emphasize
emphasizes emphasized maintain maintains maintained joke jokes joked quip quips quipped tweet tweets
tweeted tweeting confirm confirms confirmed reveal reveals revealed agree agrees agreed describe describes
described call calls called dub dubs dubbed label labels labelled labeled brand branded exclaim exclaimed
shout shouted cry cried scream screamed whisper whispered mutter muttered boast boasted boasts vow vowed
vows pledge pledged conclude concluded recount recounted remark remarked remarks reckon reckons reckoned
demand demanded demands report reported reports posted write wrote told assert asserted asserts
accuse accuses accused believe believes believed thinks feels felt hopes hoped fears feared
expressed expresses quote quoted quotes speak speaks spoke speaking referred referring thank thanks thanked
stressing urging suggesting admitting describing calling accusing predicting promising complaining conceding
revealing confirming praising criticising criticizing attacking demanding vowing pledging denying deny denies
denied recalling acknowledging announcing boasting assure assures assured reassured
repeat repeats repeated reiterate reiterates reiterated defend defends defended
hail hails hailed praise praises praised condemn condemns condemned criticise criticises criticised
criticize criticizes criticized welcome welcomes welcomed dismiss dismisses dismissed attack attacks
attacked slam slams slammed blast blasts blasted branding labelling dubbing remind reminds reminded reminding
proclaim proclaimed mused muses muse sigh sighed laughs laughed smiled smiles beamed explained
brands highlight highlights highlighted reflect reflects reflected cite cites cited apologise apologises
apologised apologize apologizes apologized liken likens likened
reject rejects rejected rejecting denounce denounces denounced decry decries decried
confess confesses confessed confessing enthuse enthuses enthused gush gushes gushed grumble grumbles
grumbled
advise advises advised advising questioned questioning
laud lauds lauded lauding hailing welcoming dismissing slamming blasting
testify testifies testified testifying forecast forecasts
""".split()
)


_DISPUTED = Path(__file__).resolve().parent / "data" / "disputed_genders.txt"


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class _AccentBlind(dict):
    """A lexicon spelt without accents, looked up with them too: "Ciarán" is its "ciaran"."""

    def __missing__(self, key: str) -> str:
        plain = _unaccented(key) if isinstance(key, str) and not key.isascii() else key
        if plain is not key and dict.__contains__(self, plain):
            return dict.__getitem__(self, plain)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        # (words are strings; only those with letters beyond ASCII pay for the second look-up)
        return dict.__contains__(self, key) or (
            not key.isascii() and dict.__contains__(self, _unaccented(key))  # type: ignore[attr-defined]
        )

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


class _AccentBlindSet(frozenset):
    """As _AccentBlind, for a set of words: "Estévez" is the census's "estevez"."""

    def __contains__(self, key: object) -> bool:
        return frozenset.__contains__(self, key) or (
            not key.isascii() and frozenset.__contains__(self, _unaccented(key))  # type: ignore[attr-defined]
        )


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Lower-cased first name -> "m", "f" or "?" (used by both sexes): gender-guesser's dictionary, with
    the names a second lexicon sexes the other way read as either sex (bench/build_gender_disputes.py)."""
    out = _AccentBlind(guesser_names())
    if _DISPUTED.is_file():
        for line in _DISPUTED.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and line in out:
                out[line] = "?"
    return out


def guesser_names() -> dict[str, str]:
    """Lower-cased first name -> "m", "f" or "?", as gender-guesser's dictionary has them."""
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # the rules still work, with less evidence for bare two-word names
        return {}
    detector = Detector(case_sensitive=False)
    out: dict[str, str] = {}
    for name, genders in detector.names.items():
        kinds = set(genders)
        if kinds <= {"male", "mostly_male"}:
            out[name] = "m"
        elif kinds <= {"female", "mostly_female"}:
            out[name] = "f"
        else:
            out[name] = "?"
    for word in NATIONALITIES | FUNCTION_WORDS:
        out.pop(word, None)
    return out


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """Lower-cased surnames of the 1990 US census (88,799, public domain, shipped by the `names` package):
    evidence that a two-word name the given-name lexicon cannot vouch for ("Lleyton Hewitt", "Sania
    Mirza") is a person's. US immigration makes it a world list of family names."""
    try:
        from importlib.resources import files

        data = files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    except (ImportError, OSError):  # the rules still work, with less evidence for unknown given names
        return frozenset()
    return _AccentBlindSet(line.split(None, 1)[0].lower() for line in data.splitlines() if line.strip())


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common English words (about 80,000): those Webster's Second International prints in lower case
    that the Collaborative International Dictionary also lists (both public domain, shipped by the
    `english-words` package). Webster's alone keeps dialect and rare words that are also names ("mardy",
    "canning", "montane"); the two agreeing leaves the everyday vocabulary. Evidence against reading
    a capitalised pair as a person's name when the given-name lexicon does not know its first word
    ("Twin Peaks", "Premium Bonds"), where "Lleyton Hewitt" and "Mardy Fish" pass."""
    try:
        from english_words import get_english_words_set
    except ImportError:  # the rules still work, with less evidence against titles and brands
        return frozenset()
    webster = {w for w in get_english_words_set(["web2"], alpha=True) if w.islower()}
    return frozenset(webster & get_english_words_set(["gcide"], alpha=True, lower=True))


def is_common_word(word: str) -> bool:
    """Whether a word, or its stem without a plural or tense ending ("Called", "Narrows"), is a
    common English word."""
    low = word.lower()
    words = common_words()
    if "-" in low:  # "Third-placed": a compound of common words
        return all(is_common_word(part) for part in low.split("-") if part)
    stems = [low]
    for end in ("s", "es", "ed", "d", "ing"):
        if low.endswith(end) and len(low) - len(end) >= 3:
            stems.append(low[: -len(end)])
    return any(w in words for w in stems)


# People named by what they are: "said the American", "the Scot added".
DEMONYMS = frozenset(
    "american briton brit scot scotsman englishman irishman welshman frenchman dutchman spaniard german "
    "australian canadian swiss swede dane norwegian finn pole russian italian brazilian argentine "
    "argentinian kenyan nigerian ethiopian chinese japanese indian pakistani israeli iranian iraqi".split()
)


def by_trait(head: str) -> bool:
    """A noun that picks a person out by age or origin: "the 45-year-old", "the American"."""
    # "the US", "the EU" name a country or a union, not a person
    return head.endswith("year-old") or head in DEMONYMS or (head in NATIONALITIES and len(head) > 3)


# Chinese and Korean family names, which news writes first ("Xi Jinping", "Park Jun-seo", "Kim Jong-un").
CHINESE_SURNAMES = frozenset(
    """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo gao lin luo zheng liang xie tang feng deng
cao peng zeng xiao tian dong yuan pan cai jiang yu du cheng wei su lu ding ren shen yao jin tan jia fu fang
zou xiong bai meng qin qiu hou yin xue yan duan lei shi tao gu mao hao gong shao wan qian wen kong xiang
""".split()
)
KOREAN_SURNAMES = frozenset(
    """
kim lee park choi jung jeong kang cho yoon yun jang lim han shin seo kwon hwang ahn song yoo hong jeon ko moon
yang son bae baek heo nam noh ha kwak sung cha joo woo min ryu chung
""".split()
)
# Cantonese and other southern romanisations, as Hong Kong writes them: "Ho Ka-wai", "Chan Kin-man"
CANTONESE_SURNAMES = frozenset(
    "ho chan wong leung cheung lau lam tsang yeung chow ng kwok tse fung lai mak yip tang choi siu".split()
)
# A Mandarin given name in pinyin is one or two syllables: "Jinping", "Mingzhe", "Yi"
_PINYIN_SYLLABLE = (
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)"
)
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
# "Jun-seo", "Jong-un", "Tae-won": a romanised Korean (or Chinese) given name of two hyphened syllables
_HYPHENED_GIVEN = re.compile(r"[A-Za-z][a-z]{0,5}-[a-z]{1,5}")


def family_name_first(tokens: Sequence[str]) -> bool:
    """Whether a two-word name is written family name first, as Chinese and Korean names are in news:
    "Park Jun-seo" is Mr Park, "Tao Mingzhe" is Mr Tao. Only a listed family name followed by a hyphened
    given name, or a Chinese one by a pinyin given name, counts, so "Lee Bowyer" stays Mr Bowyer."""
    if len(tokens) != 2:
        return False
    family, given = tokens[0].lower(), tokens[1]
    listed = family in KOREAN_SURNAMES or family in CHINESE_SURNAMES or family in CANTONESE_SURNAMES
    if listed and _HYPHENED_GIVEN.fullmatch(given):
        return True
    return family in CHINESE_SURNAMES and bool(_PINYIN_GIVEN.fullmatch(given.lower()))


def surname_of_tokens(tokens: Sequence[str]) -> str:
    """The family name of a name's tokens: the last one, or the first in East Asian order; a peer's
    territorial designation is not part of it ("Lord Nicholls of Birkenhead" is Lord Nicholls)."""
    if "of" in tokens[1:-1]:
        tokens = tokens[: list(tokens).index("of", 1)]
    return tokens[0] if family_name_first(tokens) else tokens[-1]
