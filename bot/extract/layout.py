"""The parts of a scraped article: headline, byline, dateline, body and what the scrape dragged along.

News pages reach us as plain text in which the headline, standfirst, photo captions and credits,
teasers for other stories, paywall footers and author bios are all just lines. Each rule below
names one kind of line (the page furniture catalogued by boilerplate removers such as jusText and
Boilerpipe) and decides it from the line itself and its neighbours, so one odd line never makes
the whole article unreadable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from bot.extract import speechcues as cue
from bot.extract.dates import MONTHS, find_dates, parse_dateline
from bot.extract.lexicon import FUNCTION_WORDS, given_names, is_common_word
from bot.extract.teamsheet import is_name_list, is_official_line
from bot.extract.text import fold, squash, words

_STOPWORDS = frozenset(
    """
a an the and or but if of to in on at by for with from as is are was were be been being it its this that these
those there here he she they we you i his her their our your my me him them us not no so than then too very
can
could will would should may might must do does did has have had into over after before about up down out off
just also only more most some any all each other such what which who whom whose when where why how
""".split()
)

_CREDIT_AGENCIES = (
    r"AP|AFP|Reuters|Getty(?: Images)?|EPA|PA(?: Media| Wire)?|Bloomberg|Alamy|Shutterstock|"
    r"Xinhua|Corbis|Rex(?: Features)?|Sipa|NurPhoto|ANSA|Anadolu|BBC|Press Association|"
    r"Associated Press|Courtesy[\w\s]*|Handout|Pool|File|Staff|Wikimedia Commons"
)
_CREDIT = re.compile(
    r"^(?:(?:photo(?:graph)?|foto|image|picture|pic|credit|illustration|video|chart|graphic)s?\s*(?:credit)?\s*"
    r"[:\-\u2013\u2014]"
    # "Office of the Iranian Presidency, via Associated Press": a handout passed on by an agency
    r"|.{2,60}\bvia\s+(?:" + _CREDIT_AGENCIES + r")$"
    # "Kate Brennan-Moss/NPR": a photographer and an outlet on a line of their own
    r"|[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w&.' -]{1,40}$"
    r"|\(?(?:photo|image|picture)\s+by\b"
    # "Sahand Mirzaei for NPR", "Dana Rusk for The Wall Street Journal": a photographer working for the outlet
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][\w.'-]+){1,2}\s+for\s+(?:The\s+)?[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})$"
    r"|[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}\s*/\s*(?:" + _CREDIT_AGENCIES + r")"
    r"|(?:" + _CREDIT_AGENCIES + r")\s*(?:/\s*[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})?$)",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"(?i)\b(?:subscribe|subscription|subscriber|sign up|sign in to|log in to|newsletter|free article|"
    r"unlimited access|paywall|already a member|become a member|support our journalism|"
    r"all rights reserved|copyright \u00a9|click here|read more|related:|recommended:|"
    r"more from|share this|share on|follow (?:us|him|her|them) on|"
    # "Follow Sameer Qureshi on Twitter"; a tip line's "Do you have information about ...?", "on Signal"
    r"follow (?:[A-Z][\w.'-]+\s+){1,3}on (?:twitter|facebook|instagram|x)|do you have (?:information|a tip)|"
    r"on signal|advertisement|sponsored content|"
    r"this article was (?:originally )?published|terms of (?:use|service)|privacy policy|cookie|"
    r"download our app|stay up to date|got a story|comments are closed|reuse this content|explore more|"
    r"more on this story|most read|most popular|contributed to this report|skip advertisement|supported by|"
    r"purchase licensing rights|is solely responsible for all content|donate (?:today|now)|"
    r"support (?:nonprofit|independent|our|quality) [\w ]{0,20}journalism|"
    r"(?:on|to) the bloomberg terminal|originally appeared in|full digital access|"
    r"\d+-minute listen|stay with [\w ]{1,30} for updates|edited and condensed for clarity|"
    # wire and newspaper furniture: "4 Min Read", "Slideshow (3 Images)", Reuters' trust principles,
    # the NYT's reprint and print-edition notes, the WSJ's and The Hill's, the FT's topic alerts
    r"\d+ min(?:ute)? read|trust principles|in its original context|timesmachine|(?:order|buy) reprints|"
    r"click the alert icon|the contents of this site are|photo-illustration by)\b"
    # a transcript's stage direction: "(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)"
    r"|^\((?:soundbite|music|laughter|applause|crosstalk|inaudible)\b[^()]*\)$|^slideshow \(\d+ images?\)$"
    # a share price ticker, a video's length and source
    r"|^[+-]?\d+(?:\.\d+)?%$|^\d{1,2}:\d{2}\s*-\s*source:"
    # a copyright line: "\u00a92016 Bloomberg L.P.", "Copyright (c) 2013. RFE/RL, Inc.", "\u00a9 AFP"
    r"|^(?:\u00a9|\(c\)\s|copyright\b)|\u00a9\s*\d{4}"
    # a newsletter's promise and a comment section's rules
    r"|\b(?:in|to) your inbox\b|\bcommenting policy\b"
)
# A newspaper's note on where the story ran in print, however long the headline it repeats
_PRINT_NOTE = re.compile(
    r"(?i)^(?:a version of this (?:article|story) appear(?:s|ed) in print"
    r"|appeared in the [\w ,.]{3,40} print edition"
    r"|this (?:article|story) appeared in the [\w ,.&]{3,60} section of the print edition)"
)
# A page's topic tags, print section, co-publishing and correction notes, and wire credits for help:
# "Found in: Iran-Iraq relations, ...", "Filed under \u2014 Workplace Safety", "Print edition | Middle East",
# "This story was co-published with ...", "Correction, Oct. 27, 2017: An earlier version of this story
# misstated ...", "--With assistance from ..."
_PAGE_NOTE = re.compile(
    r"(?i)^(?:(?:found in|filed under|tagged (?:under|with|in)|this (?:article|story) (?:is |was )?tagged"
    r"(?: under| with| in)?|topics|tags|print edition)\s*[:|\u2014\u2013-]"
    r"|this (?:article|story) (?:was|is) (?:co-published|published in partnership|produced in partnership)"
    r"|corrections?\b[^:]{0,40}:\s*(?:an earlier|a previous|this (?:article|story))"
    r"|[-\u2013\u2014\s]*with assistance from\b|image copyright\b"
    # "An earlier version of this article misstated ...", "This story comes from NPR member station ...", "The
    # views expressed in this article belong to the author ...", "This article is available in French ..."
    r"|an earlier version of this (?:article|story)\b|this (?:story|report) comes from\b"
    r"|the views expressed (?:in this|by)\b|this (?:article|story) is (?:also )?available in\b"
    # "Editor's note: This story has been corrected to show ..."
    r"|editor['\u2019]s note:\s*this (?:article|story) (?:has been|was) (?:corrected|updated)\b"
    # "Keywords Iran, sanctions, banks", "Tags Export-Import Bank Curtis Langhorne": a label with no colon
    r"|(?:tags|keywords|related subjects)\s+\w[^.]{0,120}$|topics\s+(?-i:[A-Z])[^.]{0,120}$)"
)
# A press release's closing sections, after which nothing is news copy
_RELEASE_FOOTER = re.compile(
    r"^(?:(?i:about)\s+[A-Z][\w&.,' -]{1,50}|(?i:media contacts?):?|(?i:forward-looking statements)"
    r"|(?i:source)\s+[A-Z].{1,60})$"
)
# "(Updates with analyst comment in ninth paragraph)": a wire service's note on its own story
_UPDATE_NOTE = re.compile(r"(?i)^\((?:updates?|adds?|recasts?|corrects?)\b[^()]{0,120}\)$")
# A box of bullet points above the story ("Key points:"), flattened by the scrape into a block of lines
_SUMMARY_BOX = re.compile(
    r"(?i)^(?:key points|key facts|in brief|at a glance|highlights|story highlights|in short)\s*:?$"
)
# A plug for a broadcast: "The match will be televised on BBC One at 1400 GMT on Saturday.", "Listen to
# the full interview on Five Live from 1900 GMT."
_BROADCAST_PLUG = re.compile(
    r"(?i)^(?:(?:listen|watch|tune in)\b|.{0,80}\b(?:is|are|will be|can be)\s+(?:being\s+)?"
    r"(?:shown|seen|heard|broadcast|televised|screened|aired)\b)"
    r".{0,200}\b(?:\d{3,4}\s*(?:GMT|BST|CET|ET|EST|PT)|\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm))\b"
)
# Markers after which nothing is article text any more.
_FOOTER = re.compile(
    r"(?i)\b(?:subscribe|subscription|subscriber|paywall|free article|unlimited access|all rights reserved|"
    r"copyright|comments are closed|reuse this content|explore more on these topics|more on this story|"
    r"about the author|terms of (?:use|service)|already a member|become a member)\b|\u00a9"
)
# Lines that are page furniture wherever they stand: a short line opening with one of these words.
_FURNITURE = re.compile(
    r"(?i)^(?:share|sponsored|advertisement|ad|related|read more|read next|see also|watch|listen|"
    r"also read|more|trending|live|video|play|image source|top stories|latest|comments?|learn more|"
    r"heard on|presented by|a message from|download the [\w ]{1,30}app|get (?:all )?the latest|"
    r"link copied|gift (?:this )?article|in this article(?=\s*:)|go deeper(?=\s*:)|"
    r"\d+\s+comments?$)\b.{0,80}$"
)
# The buttons of a share bar or a reader toolbar, each on a line of its own
_WIDGET = re.compile(
    r"(?i)(?:close|connect|tweet|linkedin|e-?mail|send in e-?mail|print|save|recommend|facebook|twitter|"
    r"whatsapp|reddit|pinterest|flipboard|messenger|copy link|text|zen|subscribe|sign in|log in|menu|"
    r"reprints|enlarge this image|toggle caption|hide caption|playlist|download|embed|transcript|share\d*|"
    r"save this (?:story|article))"
)
# A label over a list of links to other stories
_LINK_LIST = re.compile(
    r"(?i)^(?:read more|read next|related(?: stories| articles| coverage| news| topics| content)?"
    r"|more from\b.{0,30}|[\w-]+ recommends"
    r"|recommended(?: by)?|see also|also read|more on this story|most read|top stories"
    r"|you may also like)\s*:?$"
)
_INLINE_CREDIT = re.compile(
    r"(?:\((?:photo|image|picture)?\s*(?:by\s+)?[^()]{2,60}/\s*(?:" + "{agencies}" + r")[^()]*\)"
    # "(AP Photo/Chris Tandy)", "REUTERS/Ivan Alarcon/File Photo": the agency first
    r"|\(?\b(?:" + "{agencies}" + r")(?:\s+(?:photo|images?|pictures?))?\s*/\s*[A-Z][^()]{2,60}\)?"
    # "(ABC News: Tim Ryan)": the outlet, a colon and the photographer
    r"|\((?:[A-Z][\w&.'-]*\s+){0,3}[A-Z][\w&.'-]*:\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\)"
    # "... at Monday's board meeting. Jenna Marquez/Calder Courier-Journal": photographer/outlet
    r"|(?<=[.!?)])\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w&.'-]*(?:[\s-]+[A-Z][\w&.'-]*){0,4}"
    r"|\(?(?:photo(?:graph)?|image|picture|pic)\s+by\s+[^()]{2,60}\)?|\((?:file\s+)?photo\)"
    r"|credit\.{2,}.{2,80}|\b(?:picture|photo|photograph|photographer|image):\s*[A-Z][^.]{2,60}"
    # "... with her solicitor Credit: Oliver Danby for The Telegraph", "... in a file photo. \u00a9 AFP"
    r"|\bcredit:\s*[A-Z][^.]{2,60}$|\s\u00a9\s*[A-Z][\w&.' /-]{1,40}$"
    r"|\b(?:video|audio)\s+(?:provided|courtesy)\s+(?:by|of)\s+[A-Z][^.]{1,60}\.?$"
    # "Iranian women queue to vote in Tehran on 26 February (AFP)": a caption closed by its agency
    r"|(?<=[\w\u2019'.!?])\s+\((?:" + "{agencies}" + r")\)$"
    # "... has not been started [Sameer Qureshi/Al Jazeera]": a photographer and outlet in square brackets
    r"|\s\[\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w&.' -]{1,40}\]$"
    # "(Gary Tsuchida / Los Angeles Times)", "[Faisal Amiri/AFP]", "(US Air Force photo)": after a sentence
    r"|(?<=[.!?])\s*(?:\(\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w&.' -]{1,40}\)"
    r"|\[\s*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s*/\s*[A-Z][\w&.' -]{1,40}\]"
    r"|\((?:[A-Z][\w.'-]*\s+){1,4}photo\)"
    # "(Nick Oxley for ProPublica)": a photographer working for the outlet
    r"|\(\s*(?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\s+for\s+[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})\)))\s*$",
    re.IGNORECASE,
)
# ("FILE - Students walk across the campus ...": an archive photo's caption)
_CAPTION_PREFIX = re.compile(
    r"(?i)^(?:(?:image|photo|picture)\s+caption[,:]?\s*|(?-i:FILE)\s+[-\u2013\u2014]\s+)"
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_INLINE_CREDIT = re.compile(_INLINE_CREDIT.pattern.replace("{agencies}", _CREDIT_AGENCIES), re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\u00b7*>\u203a\u00bb-]|\d+\.)\s+")
# What a byline may call its author before the name: "By BBC political correspondent Nick Assinder"
_AUTHOR_ROLES = r"correspondent|editor|reporter|writer|columnist|analyst"
_BYLINE = re.compile(
    r"^(?:(?:opinion|analysis|commentary|perspective|essay)\s+)?"
    r"(?:(?:updated|posted|published)\s+)?(?:by|written by|words by|reporting by)\s+"
    r"(?P<name>(?:[a-z][\w-]*\s+){0,3}?(?:(?:" + _AUTHOR_ROLES + r")\s+)?"
    r"(?-i:[A-Z])[^,|:]{2,60}?)"
    r"(?:\s*(?:,|\||and\b|\u2013|\u2014|(?<=\s)-(?=\s))\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_SIGNED_DATELINE = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3})"
    r"(?:,\s*[A-Z][\w&.' ]{1,30}?|\s*\([A-Z][\w .-]{1,30}\))?"
    r"\s+(?P<date>(?:Published|Updated|Posted|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s|\d).*)"
)
# A lede's dateline with its date: "Tehran, Jan 17, 2016 (IRNA) --", "WASHINGTON, Nov. 24, 2013 \u2014"
_LEDE_DATELINE = re.compile(
    r"^[A-Z][\w.' -]{1,40}?,\s+(?P<date>[\w.]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4})"
    r"\s*(?:\([A-Za-z .&/-]{1,30}\)\s*)?(?:--|[-\u2013\u2014])\s"
)
# a desk's label in capitals before the date line: "GLOBE STAFF NOVEMBER 26, 2013"
_DESK_LABEL = re.compile(
    r"(?:(?!(?:" + "|".join(m.upper() for m in MONTHS) + r")\b)[A-Z][A-Z&.'-]+\s+){1,3}(?P<date>\S.*)$"
)
_MASTHEAD_TAGLINE = re.compile(r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3} [-|\u2013\u2014] [A-Z].{2,70}")
# a dateline alone on its line: "NEW DELHI, January 21, 2012", "Tehran, 24 November 2013"
_PLACE_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'-]*\s?){1,4},\s+(?P<date>(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+\.?,?)\s+\d{4})\.?$"
)
# a dateline with its month and day and no year: "JERUSALEM, July 15 (Reuters) -", "VIENNA, November 24.
# /TASS/.", "Tehran, Iran, Nov. 26 / Trend"
_YEARLESS_DATELINE = re.compile(
    r"^[A-Z][\w.'/ ]{1,30}(?:,\s+[A-Z][\w.' ]{1,30})?,\s+"
    r"(?P<md>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d)"
    r"(?=\.?\s*(?:\(|/|--|[-\u2013\u2014]\s)|[.:]\s)"
)
# a wire's name in its dateline ("Nov 24 (AFP) -") and in its copyright line
_AGENCY_AFTER = re.compile(r"\.?\s*\(([A-Za-z][\w ]{1,20})\)")
_WIRE_NAMES = {"AP": "Associated Press", "AFP": "Agence France-Presse", "dpa": "Deutsche Presse-Agentur"}
_COPYRIGHT_YEAR = re.compile(r"(?i)(?:\u00a9|\(c\)|copyright)\s*(?:\u00a9\s*)?((?:19|20)\d\d)\b")
# a byline's name running into its date: "Delia Marchetti Aug 23"
_NAME_THEN_DATE = re.compile(
    r"^(?P<name>.+?)\s+(?:on\s+)?(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d.*)$"
)
# the date, then the byline: "Posted 2015-06-16T14:03:00Z by Priya Raman"
_DATE_THEN_BY = re.compile(r"(?P<date>.+?)\s+(?P<by>by\s+[A-Z].*)$")
# a dash that opens a closing line: "\u2014 Fahad Nasser Al-Qahtani is a Riyadh-based political analyst"
_DASH_OPENING = re.compile(r"^[\u2013\u2014]\s+")
_BYLINE_PARTS = re.compile(r"\s+[-\u2013\u2014|]\s+")
_ROLE_THEN_NAME = re.compile(
    r"^(?P<role>(?:[\w-]+\s+){0,3}(?:" + _AUTHOR_ROLES + r"))\s+"
    r"(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3})$",
    re.IGNORECASE,
)
_AUTHOR_ROLE = re.compile(
    r"^(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3}),?\s+(?:staff writer|"
    r"correspondent|[\w\s]{0,30}(?:editor|reporter|correspondent|writer|columnist))\b",
    re.IGNORECASE,
)
_MORE_BY = re.compile(r"(?i)^more (?:by|from)\s+(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3})\s*$")
_BIO = re.compile(
    r"^(?P<name>(?:[A-Z][A-Za-z.'\-]*\s+){1,3}(?:(?:al|el|de|da|van|von|bin|ibn)[-\s])?[A-Z][A-Za-z'\-]+)\s+"
    r"(?:is|was|has been|are|(?P<job>works for|writes for)|(?P<beat>covers|reports on))\s+"
    r"(?P<desc>(?:an?\s+|the\s+)?[A-Za-z].{5,400}?)(?:\.\s|\.$|$)"
)
# "News|Agriculture", "World > Europe", "Hong Kong / Law and Crime": sections of up to three words joined
# by a bare bar, an arrow or a spaced slash (a spaced bar is a title's site suffix: "Pier closes | Harbour
# News")
_BREADCRUMB = re.compile(
    r"^\s*[\w&'-]+(?: [\w&'-]+){0,2}(?:(?:\||\s?[>\u00bb\u203a]\s?|\s/\s)[\w&'-]+(?: [\w&'-]+){0,2}){1,4}\s*$"
)
# Site furniture above a headline: a story's number ("News ID: 81922347"), its reading time ("4 Min
# Read"), an archive notice ("This article was published more than 8 years ago."), a partner banner
# ("Published by The Lawfare Institute / in Cooperation With Brookings")
_HEAD_FURNITURE = re.compile(
    r"(?i)^(?:(?:news|story|article|post)\s*(?:id|code|no\.?|number)\s*[:#]?\s*\d+"
    r"|\d{1,2}[ -]min(?:ute)?s?\.? read"
    r"|this (?:article|story|page|content) (?:was (?:first )?published|is more than|is over)\b.*"
    r"|published by (?-i:[A-Z])[\w&.' -]{1,60}"
    r"|in (?:cooperation|partnership|association) with (?-i:[A-Z]).{1,60}"
    # a menu bar: "Politics Foreign Affairs Culture Blogs Magazine Subscribe"
    r"|(?-i:(?:[A-Z][\w&'-]*\s+){2,12}(?:Subscribe|Search|Menu|Log [Ii]n|Sign [Ii]n|Newsletters?)"
    r"(?:\s+[A-Z][\w&'-]*){0,6}))$"
)
_DOMAIN = re.compile(r"[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|net|org|info|co\.uk|co|gr|ru|in|tv|news)")
_SMALL_WORDS = frozenset({"of", "in", "the", "and", "for", "on", "at", "to", "a", "from", "with", "by"})
# a credit line for the page's lead art: "Illustration by The Atlantic", "Photograph: Jane Doe/AP"
_TOP_CREDIT = re.compile(
    r"(?i)^(?:photo(?:graph)?|image|picture|illustration|photo-illustration|graphic|artwork)(?:\s+by\b|\s*:)"
)
# "IE 11 is not supported. For an optimal experience visit our site on another browser."
_BROWSER_BANNER = re.compile(
    r"(?i)\b(?:is not supported|on another browser|enable javascript|update your browser)\b"
)
_TERMINAL = re.compile(r"[.!?:;\"'\u201d\u2019)\u2026]\s*$")


@dataclass
class Layout:
    """The article text sorted into its parts; `paragraphs` is the body in reading order."""

    title: str | None = None
    author: str | None = None
    author_description: str | None = None
    published: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)


def _content_words(text: str) -> set[str]:
    return {w.lower()[:5] for w in words(fold(text)) if len(w) > 3 and w.lower() not in _STOPWORDS}


def _is_credit(line: str) -> bool:
    return (
        len(line.split()) <= 10
        and not re.search(r"[.!?]\s*$", line.rstrip(")"))
        and bool(_CREDIT.search(line))
    )


def _listed_links(lines: list[tuple[int, str]], label_at: int) -> list[int]:
    """The lines a "Read more:" or "DW RECOMMENDS" label lists under it: the headlines of its block or,
    when the label stands alone, the teaser blocks after it (a headline, maybe one line of summary)."""
    label_block = lines[label_at][0]
    listed: list[int] = []
    j = label_at + 1
    alone = j >= len(lines) or lines[j][0] != label_block
    while j < len(lines):
        block = lines[j][0]
        members = [k for k in range(j, len(lines)) if lines[k][0] == block]
        teaser = [_BULLET.sub("", lines[k][1]).strip() for k in members]
        if block == label_block:
            if not _is_link_headline(teaser[0]):
                break
            listed.append(j)
            j += 1
            continue
        if not alone or len(teaser) > 2 or not _is_link_headline(teaser[0]) or _LINK_LIST.match(teaser[0]):
            break
        if len(teaser) == 2 and len(teaser[1].split()) > 40:
            break
        listed.extend(members)
        j = members[-1] + 1
    return listed


def _is_link_headline(line: str) -> bool:
    """A headline in a list of links: no closing stop, or a question ("What changes now ...?")."""
    question = line.endswith("?") and 3 <= len(line.split()) <= 20 and line[:1].isupper()
    return _is_headline_like(line) or question


def _is_headline_like(line: str) -> bool:
    """A short line with no closing punctuation: a headline, a teaser for another story, a section label."""
    return 2 <= len(line.split()) <= 25 and not _TERMINAL.search(line) and line[:1].isupper()


def _could_be_caption(line: str) -> bool:
    """Captions are short and never quote anyone."""
    return len(line.split()) <= 80 and not any(mark in line for mark in '"\u201c\u201d')


def _is_headline(line: str, blocks: list[list[str]]) -> bool:
    """Rule headline: a first line that does not end like a prose sentence (headlines end in nothing,
    a question or exclamation mark, or a closing quote), or that stands alone above the body."""
    if not 1 <= len(line.split()) <= 30:
        return False
    if not line.rstrip().endswith("."):
        return True
    if not (len(blocks[0]) == 1 and len(blocks) > 1):
        return False
    # "Americans have forgotten Flight 655. Iranians never will." over "Opinion by ...", or over a
    # one-line standfirst and then "Updated by ..."
    below = [blocks[1][0]] + ([blocks[2][0]] if len(blocks) > 2 and len(blocks[1]) == 1 else [])
    if len(line.split()) <= 25 and any(_BYLINE.match(b) and len(b.split()) <= 14 for b in below):
        return True
    # "Tenants Went on Rent Strike. Eight Months Later, the Landlord Blinked.": headline capitals make a
    # line of two sentences a headline; prose capitalises only its names
    long_words = [w for w in line.split() if len(w.strip(".,:;'\"")) > 3]
    title_case = len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
    return (len(line.split()) <= 15 and line.count(". ") == 0) or (title_case and len(line.split()) <= 25)


def _title_case(name: str) -> str:
    return " ".join(
        w if not w.isupper() or len(w) <= 2 and w.endswith(".") else w.capitalize() for w in name.split()
    )


def _blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks, each a list of its non-empty lines."""
    blocks: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [squash(line) for line in chunk.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            blocks.append(lines)
    return blocks


def _bio(line: str, last: bool = False) -> tuple[str, str] | None:
    """An author bio line such as "JANE DOE is Professor of ...": the name and what follows the verb.
    "David Mikosz works for the IFES" is one only as the page's `last` line; "Jo Ng covers courts for
    the Times" names a beat at an outlet wherever it stands late in the page."""
    m = _BIO.match(line)
    if not m or (m.group("job") and not last):
        return None
    name = m.group("name").strip()
    if m.group("beat"):
        # "Lena Marchbanks covers Congress for The Washington Post.": a reporter's beat and outlet
        if len(name.split()) < 2 or not re.search(r"\bfor\s+(?:the\s+)?[A-Z]", m.group("desc")):
            return None
        return _title_case(name), f"{m.group('beat')} {m.group('desc').strip()}"
    if not (name.isupper() or len(line.split()) < 60) or len(name.split()) < 2:
        return None
    if not name.isupper() and not m.group("job") and not re.search(
        r"(?i)\b(?:follow|author|writer|professor|editor|journalist|critic|novelist|historian|"
        r"correspondent|fellow|columnist|reporter|commentator|contributor|blogger|analyst|lecturer)\b",
        line,
    ):
        return None
    return _title_case(name), m.group("desc").strip()


def _is_bar_label(label: str) -> bool:
    """"United States | Craft distilling", "Opinion | Columns & Blogs": a section and its topic, each of a
    few capitalised words ("ekathimerini.com | Business": or the site's address for its name)."""
    sides = [side.split() for side in label.strip().split(" | ")]
    return (
        len(sides) == 2
        and all(1 <= len(side) <= 3 for side in sides)
        and all(side[0][:1].isupper() or _DOMAIN.fullmatch(side[0]) for side in sides)
        and not _TERMINAL.search(label)
    )


def _is_section_label(label: str, headline: str, headline_blocks: list[list[str]]) -> bool:
    """"Debt Collection" above "In Missouri, Debt Buyers Win Thousands of Lawsuits ...": a line of a few
    capitalised words with no stop, over a longer headline, is the section's name. (A short headline
    over its story is followed by prose, which ends in a full stop.) `headline_blocks` are the page's
    blocks from the headline's on, the headline first."""
    label = label.strip()
    if (
        _is_bar_label(label)
        and _is_link_headline(headline)
        and not parse_dateline(headline)
        and not _BYLINE.match(headline)
    ):
        return True  # "United States | Craft distilling" over "Spirits of independence": section | topic
    label_words = [w for w in label.replace("|", " ").split() if w != "&"]
    # ("Retail sector", "Iran nuclear talks": a topic in sentence case, over a headline twice its length
    # and more; a short headline over its standfirst is rarely under four words)
    sentence_case = (
        2 <= len(label_words) <= 3
        and label_words[0][:1].isupper()
        and all(w.isalpha() and w.islower() and w not in FUNCTION_WORDS for w in label_words[1:])
    )
    # ("Annals of Art", "Democracy Dies in Darkness": title case keeps its small words low)
    title_case = (
        bool(label_words)
        and label_words[0][:1].isupper()
        and label_words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in label_words)
    )
    if (
        not 1 <= len(label_words) <= 4
        # (an abbreviation's stops are no sentence's: "U.S.")
        or _TERMINAL.search(label) and not re.fullmatch(r"(?:[A-Z]\.){2,}", label)
        or not (sentence_case or title_case)
    ):
        return False
    headline = headline.strip()
    # a label set in capitals over a headline that is not ("FOOD" over "California Lets Growers Spray a
    # Toxic Fumigant Next to Schools. These Parents Want It Stopped.") is plainly the section's
    capitals = label.isupper() and not headline.isupper()
    return (
        len(headline.split()) >= (2 if capitals else len(label_words) + (5 if sentence_case else 3))
        and _is_headline(headline, headline_blocks)
        and (capitals or not headline.endswith("."))
        and not _BYLINE.match(headline)
    )


def _head_labels(blocks: list[list[str]]) -> int:
    """How many lines at the top of the page are labels over the headline: sections ("WORLD", "Sport" /
    "Rugby League", "Iran International" / "Sport") and site furniture ("Politic" / "News ID: 81922347"),
    whether or not a blank line parts them from it. They count only when a headline follows them within
    the first four lines."""
    lines = [(bi, li) for bi, block in enumerate(blocks[:4]) for li in range(len(block))][:4]
    for k in range(len(lines) - 1, 0, -1):
        bi, li = lines[k]
        headline_blocks = [blocks[bi][li:], *blocks[bi + 1 :]]
        labels = [blocks[b][i] for b, i in lines[:k]]
        headline = blocks[bi][li]
        # ("Taipei Times" / "Home / Taiwan News" / "Wed, Jun 13, 2012 - Page 1" over the headline: with a
        # label, a breadcrumb and the date line are the page's head too)
        plain_headline = (
            _is_link_headline(headline) and not parse_dateline(headline) and not _BYLINE.match(headline)
        )
        sections = [
            bool(_HEAD_FURNITURE.match(label) or _is_section_label(label, headline, headline_blocks))
            for label in labels
        ]
        others = [
            plain_headline and (bool(_BREADCRUMB.match(label)) or parse_dateline(label) is not None)
            for label in labels
        ]
        # ("euronews" / "World news", "THE HUFFINGTON POST" / "HuffPost World" over the headline's own
        # block: the site's name in one word, or a short label sharing its block with a section's name)
        for j, label in enumerate(labels):
            # ("Iran Front Page - IFP News" over "Home > Politics": whatever stands above a breadcrumb is
            # the site's name)
            if j + 1 < k and _BREADCRUMB.match(labels[j + 1]) and _is_headline_like(label):
                sections[j] = len(label.split()) <= 8
        for j, label in enumerate(labels):
            # ("euronews", "Kurdistan 24": the site's name, one word or a few capitalised ones)
            masthead = j == 0 and bool(
                re.fullmatch(r"[\w.-]{3,30}(?: [A-Z0-9][\w.-]*){0,2}", label)
                # ("Daily Mirror - Sri Lanka Latest Breaking News and Headlines": the name and its tagline)
                or _is_headline_like(label) and _MASTHEAD_TAGLINE.fullmatch(label)
            )
            block_mate = any(
                sections[i] and lines[i][0] == lines[j][0] for i in range(k) if i != j
            ) and lines[j][0] != bi and len(label.split()) <= 4 and _is_headline_like(label)
            others[j] = others[j] or masthead or block_mate
        if any(sections) and all(map(any, zip(sections, others, strict=True))):
            return k
    return 0


def parse_layout(text: str) -> Layout:
    """Sort an article's lines into headline, byline, dateline, body paragraphs and boilerplate."""
    layout = Layout()
    blocks = _blocks(text)
    if not blocks:
        return layout

    # A breadcrumb of sections above the headline ("News|Agriculture", "World > Europe") is furniture.
    while blocks and _BREADCRUMB.match(blocks[0][0]) and len(blocks[0][0].split()) <= 8:
        _drop_top_line(layout, blocks)
    if not blocks:
        return layout
    # A site's banner ("IE 11 is not supported.", "News ID: 81922347") and the section labels over the
    # headline ("Politics", "Business | Industrial Services", "WORLD" on the headline's own block) are
    # furniture too.
    while len(blocks) > 1 and (_BROWSER_BANNER.search(blocks[0][0]) or _HEAD_FURNITURE.match(blocks[0][0])):
        _drop_top_line(layout, blocks)
    # ("Illustration by The Atlantic. Sources: Bettmann; Getty." over the headline: the lead art's credit)
    while len(blocks) > 1 and _TOP_CREDIT.match(blocks[0][0]) and len(blocks[0][0].split()) <= 16:
        _drop_top_line(layout, blocks)
    # ("ARGUMENT" / "An expert's point of view on a current event." over the headline's block: the label's
    # block goes whole, its blurb with it)
    while (
        len(blocks) > 1
        and all(line.endswith(".") for line in blocks[0][1:])
        and not _BREADCRUMB.match(blocks[1][0])  # (a site's name over its breadcrumb: see _head_labels)
        and _is_section_label(blocks[0][0], blocks[1][0], blocks[1:])
    ):
        layout.boilerplate.extend(blocks.pop(0))
    for _ in range(_head_labels(blocks)):
        layout.published = layout.published or parse_dateline(blocks[0][0])
        _drop_top_line(layout, blocks)
    # ("Opinion | Columns & Blogs" right over "By Elena Marsh": the section's label over a page that kept
    # no headline)
    below = (blocks[0][1:2] or (blocks[1][:1] if len(blocks) > 1 else [""]))[0]
    headless = _is_bar_label(blocks[0][0]) and bool(_BYLINE.match(below)) and len(below.split()) <= 8
    if headless:
        _drop_top_line(layout, blocks)
    # Rule headline: the first line, when it reads like a headline rather than a sentence or a caption.
    first = blocks[0][0]
    headline = not headless and _is_headline(first, blocks)
    if headline and not _is_credit(first) and not _INLINE_CREDIT.search(first):
        layout.title = first
        blocks[0] = blocks[0][1:]

    # Flatten to lines, remembering block boundaries: a line inside a multi-line block is a caption
    # or page furniture; body paragraphs are lines of their own block.
    lines: list[tuple[int, str]] = [(bi, line) for bi, block in enumerate(blocks) for line in block]
    # how far into the page's words each line starts: an essay of few long paragraphs puts its footer
    # late in the words though not in the lines
    counts = [len(line.split()) for _bi, line in lines]
    total_words = sum(counts) or 1
    words_before = [(done - n) / total_words for done, n in zip(accumulate(counts), counts, strict=True)]
    kind = ["body"] * len(lines)  # body | boilerplate | caption
    footer = False
    body_seen = False
    for idx, (bi, line) in enumerate(lines):
        bare = _BULLET.sub("", line).strip()
        late = idx > len(lines) * 0.6
        if footer:
            kind[idx] = "boilerplate"
            _take_author(layout, bare)
            continue
        # Rule byline / dateline near the top of the page.
        if (not body_seen or idx < 8) and _take_masthead(layout, bare, body_seen):
            kind[idx] = "boilerplate"
            continue
        # Rule photo credit: "Ebrahim Noroozi/AP", "Photo: Reuters"; the lines it goes with are a caption.
        if _is_credit(bare):
            kind[idx] = "boilerplate"
            same_block = [j for j in range(len(lines)) if lines[j][0] == bi and j != idx]
            if same_block and len(same_block) <= 3:
                # a small block of caption lines (alt text, caption) closed by its credit
                for j in same_block:
                    if kind[j] == "body" and _could_be_caption(lines[j][1]):
                        kind[j] = "caption"
            elif idx > 0 and kind[idx - 1] == "body" and _could_be_caption(lines[idx - 1][1]):
                # a credit on its own follows its caption; in an article whose paragraphs are single
                # lines of one block, only that line is the caption
                kind[idx - 1] = "caption"
            continue
        if _CAPTION_PREFIX.match(bare) or _INLINE_CREDIT.search(bare):
            kind[idx] = "caption"
            continue
        if _SUMMARY_BOX.match(bare):
            for j in range(idx, len(lines)):
                if lines[j][0] == bi:
                    kind[j] = "boilerplate"
            continue
        if kind[idx] != "body":
            continue  # already sorted: a line of a summary box, or a caption its block's credit claimed
        if (_BROADCAST_PLUG.match(bare) or _UPDATE_NOTE.match(bare)) and len(bare.split()) <= 40:
            kind[idx] = "boilerplate"
            continue
        # Rule author bio: "Lucy Ferris is the science correspondent." near the end names the author.
        if late and _is_bio(layout, bare, last=idx == len(lines) - 1):
            kind[idx] = "boilerplate"
            _take_author(layout, bare)
            continue
        # Rule paywall / page furniture; near the end it starts the footer, which is dropped whole.
        link_list = _LINK_LIST.match(bare)
        if (
            (_PAYWALL.search(bare) or _EMAIL.search(bare))
            and len(bare.split()) <= 40
            or _FURNITURE.match(bare)
            or _WIDGET.fullmatch(bare)
            or _PRINT_NOTE.match(bare)
            or (_PAGE_NOTE.match(bare) and len(bare.split()) <= 60)
            or link_list
        ):
            kind[idx] = "boilerplate"
            if (idx > len(lines) * 0.7 or words_before[idx] > 0.85) and _FOOTER.search(bare):
                footer = True
            if link_list:
                for j in _listed_links(lines, idx):
                    kind[j] = "boilerplate"
            continue
        if idx > len(lines) * 0.5 and _RELEASE_FOOTER.match(bare):
            kind[idx] = "boilerplate"
            footer = True
            continue
        if _MORE_BY.match(bare):
            kind[idx] = "boilerplate"
            _take_author(layout, bare)
            continue
        if line != bare and late and _bio(bare):  # a bulleted author bio at the end
            kind[idx] = "boilerplate"
            _take_author(layout, bare)
            continue
        if not _is_headline_like(bare):
            body_seen = True

    kept: list[str] = []
    for (_bi, line), k in zip(lines, kind, strict=True):
        bare = _BULLET.sub("", line).strip()
        if k == "body":
            kept.append(bare)
        elif k == "caption":
            layout.captions.append(_INLINE_CREDIT.sub("", _CAPTION_PREFIX.sub("", bare)).strip())
            layout.boilerplate.append(line)
        else:
            layout.boilerplate.append(line)
    kept = _drop_duplicates(_rejoin_broken_lines(kept), layout.captions)
    layout.paragraphs, teasers = _drop_teasers([_lede_in_capitals(p) for p in kept], layout.title)
    layout.boilerplate.extend(teasers)
    lede = _LEDE_DATELINE.match(layout.paragraphs[0]) if layout.paragraphs else None
    if layout.published is None and lede:
        # Rule lede dateline: "Tehran, Jan 17, 2016 (IRNA) -- ...": a wire story dates itself in its lede
        layout.published = parse_dateline(lede.group("date"))
    if layout.published is None:
        # Rule caption date: a lead photo is captioned with the day it was taken, the day of the news
        dates = [d for c in layout.captions for d in [_first_full_date(c)] if d]
        if dates:
            layout.published = dates[0]
    if layout.published is None:
        layout.published = _dateline_in_copyright_year(layout)
    return layout


def _dateline_in_copyright_year(layout: Layout) -> str | None:
    """Rule copyright year: "JERUSALEM, July 15 (Reuters) -" gives no year; the page's copyright line
    ("Copyright \u00a9 2015 Jpost Inc.") does, when the body names that year or one next to it: a site's
    footer may carry the year the page was fetched, far from any year an old story mentions."""
    heads = layout.paragraphs[:3] + layout.boilerplate[:6]
    day = next((m for line in heads for m in [_YEARLESS_DATELINE.match(line)] if m), None)
    if day is None:
        return None
    notices = [(line, m.group(1)) for line in layout.boilerplate for m in [_COPYRIGHT_YEAR.search(line)] if m]
    if not notices:
        return None
    notice, year = notices[-1]
    mentioned = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", " ".join(layout.paragraphs))}
    # ("TEHRAN, Nov 24 (AFP) -" over "\u00a9 2013 AFP": a wire's own copyright is the story's year)
    agency = _AGENCY_AFTER.match(day.string, day.end())
    own_wire = agency is not None and (
        agency.group(1) in notice or _WIRE_NAMES.get(agency.group(1), "\0") in notice
    )
    if not own_wire and not any(abs(int(year) - y) <= 1 for y in mentioned):
        return None
    return parse_dateline(f"{day.group('md')}, {year}")


def _drop_top_line(layout: Layout, blocks: list[list[str]]) -> None:
    """Move the page's first line to the boilerplate, and its block with it once the block is empty."""
    layout.boilerplate.append(blocks[0].pop(0))
    if not blocks[0]:
        blocks.pop(0)


def _take_masthead(layout: Layout, line: str, body_seen: bool) -> bool:
    """Bylines and datelines at the top of the page: record them and report the line as furniture."""
    date = parse_dateline(line)
    if date:
        # (a second date line, "Updated on March 4, 2021, 11:40 AM EST", is furniture too)
        layout.published = layout.published or date
        return True
    # "Neha Kulkarni / TNN / Updated: Jul 19, 2022, 08:14 IST": author, agency and date on one line
    # ("Jessica Tallbird · CBC News · Posted: Feb 03, 2017 6:00 AM ET | Last Updated: February 3, 2017":
    # the first part that is a date, after short ones)
    parts = [part.strip() for part in re.split(r"\s*\|\s*|\s+[/\u00b7]\s+", line)]
    for k in range(1, len(parts)) if layout.published is None else ():
        if len(parts[k - 1].split()) > 4:
            break
        date = parse_dateline(parts[k])
        if date:
            layout.published = date
            if layout.author is None and re.fullmatch(r"(?:[A-Z][\w.'-]+\s+){1,3}[A-Z][\w'-]+", parts[0]):
                layout.author = parts[0]
            return True
    # "Kevin Dolan, USA TODAY    Published 5:12 p.m. ET April 14, 2015", "Ilan Bergstein (Washington) Aug 31,
    # 2016 4:21 AM": a byline with no "By", its outlet or its place, then the date line
    signed = _SIGNED_DATELINE.match(re.sub(r"\s+,", ",", line))  # ("Hanan Abdel-Maguid , Thursday 28 Nov")
    # (under a standfirst too, when the line holds nothing else: "Hanan Abdel-Maguid , Thursday 28 Nov 2013")
    if signed and layout.published is None and (not body_seen or len(line.split()) <= 8):
        date = parse_dateline(signed.group("date"))
        if date:
            layout.published = date
            layout.author = layout.author or signed.group("name")
            return True
    # "GLOBE STAFF NOVEMBER 26, 2013": the desk's label in capitals, then the date
    labelled = _DESK_LABEL.match(line)
    if labelled and not body_seen and (date := parse_dateline(labelled.group("date"))):
        layout.published = layout.published or date
        return True
    # "NEW DELHI, January 21, 2012": a dateline on a line of its own, over the lede
    placed = _PLACE_DATELINE.match(line)
    if placed and not body_seen and (date := parse_dateline(placed.group("date"))):
        layout.published = layout.published or date
        return True
    # "Posted 2015-06-16T14:03:00Z by Priya Raman (@priyaraman)": the date first, then the byline
    dated = False
    dated_by = _DATE_THEN_BY.match(line)
    if dated_by and not body_seen and (date := parse_dateline(dated_by.group("date"))):
        layout.published = layout.published or date
        line, dated = dated_by.group("by"), True
    by = _BYLINE.match(line)
    if by and len(line.split()) <= 14 and layout.author is None:
        name = by.group("name").strip()
        rest = by.group("rest") or ""
        dated = _NAME_THEN_DATE.match(name)  # "Updated by Delia Marchetti Aug 23, 2016, 2:10pm EDT"
        if dated:
            name, rest = dated.group("name"), f"{dated.group('date')}, {rest}"
        # "By Tom Harker For Mailonline", "By Golnar Esfahani in Tehran": the outlet or the place
        name = re.split(r"\s+(?i:for|in)\s+(?=[A-Z])", name, maxsplit=1)[0]
        name = re.sub(r"\s*\(@\w+\)|\s+@\w+", "", name)  # "Priya Raman (@priyaraman)": the handle
        styled = _ROLE_THEN_NAME.match(name)  # "By BBC political correspondent Nick Assinder"
        if styled:
            name, layout.author_description = styled.group("name"), styled.group("role")
        layout.author = _title_case(name)
        # "By Roberta Kingsley, opinion contributor - 06/24/15 06:00 AM EDT": the date after the role
        rest_date = parse_dateline(rest) or next(
            (d for part in _BYLINE_PARTS.split(rest) for d in [parse_dateline(part)] if d), None
        )
        if rest_date and layout.published is None:
            layout.published = rest_date
        return True
    if dated:
        return True
    role = _AUTHOR_ROLE.match(line)
    if role and len(line.split()) <= 8 and not body_seen and layout.author is None:
        layout.author = role.group("name")
        return True
    # the role line of a two-line byline ("By Priya Shah" / "Business reporter")
    return bool(
        layout.author
        and not body_seen
        and len(line.split()) <= 4
        and _is_headline_like(line)
        and re.search(r"(?i)\b(?:reporter|correspondent|editor|writer|columnist|staff)\b", line)
    )


def _is_bio(layout: Layout, line: str, last: bool = False) -> bool:
    """A closing line about the author: it opens with their name, or is a classic caps bio."""
    line = _DASH_OPENING.sub("", line)  # ("\u2014 Fahad Al-Qahtani is a political analyst")
    if layout.author and line.lower().startswith(layout.author.lower() + " "):
        return True
    return bool(_bio(line, last)) and len(line.split()) <= 80


def _first_full_date(line: str) -> str | None:
    for d in find_dates(line):
        if len(d.value) == 10:
            return d.value
    return None


def _take_author(layout: Layout, line: str) -> None:
    """Author bios and "More by" lines in the footer name the author and say who they are."""
    more = _MORE_BY.match(line)
    if more and layout.author is None:
        layout.author = _title_case(more.group("name"))
        return
    bio = _bio(_DASH_OPENING.sub("", line))
    if bio:
        name, desc = bio
        if layout.author is None or layout.author.lower() == name.lower():
            layout.author = name
            layout.author_description = desc


# "SHIRIN RASTEGAR STILL keeps the notebook.": a magazine sets its lede's first words in capitals
_CAPS_LEDE = re.compile(r"((?:[A-Z][A-Z'\u2019.-]*\s+){1,7}[A-Z][A-Z'\u2019.-]*)(?=\s+[a-z])")


def _lede_in_capitals(paragraph: str) -> str:
    """Rule capitals lede: the words a page sets in capitals to open a paragraph are written as prose
    writes them, so that names read as names ("Shirin Rastegar still keeps"). Common words go to lower
    case, the paragraph's first word keeps its capital, and short words that are no function words
    stay as printed ("US", "UN"). Only where the run holds a given name or nothing but function words."""
    m = _CAPS_LEDE.match(paragraph)
    capitals = m.group(1).split() if m else []
    if len(capitals) < 2:
        return paragraph
    lows = [w.lower() for w in capitals]
    # only a run of function words ("IN A former warehouse") or one that holds a given name: "BLACKBURN
    # ROVERS against Bolton" may be a club's name, which common words alone cannot tell from prose
    if not (all(w in FUNCTION_WORDS for w in lows) or any(w in given_names() for w in lows)):
        return paragraph
    out = []
    for k, (word, low) in enumerate(zip(capitals, lows, strict=True)):
        if len(word) <= 3 and low not in FUNCTION_WORDS:
            out.append(word)
        elif k > 0 and (low in FUNCTION_WORDS or is_common_word(low) or re.search(r"n['\u2019]t$", low)) and (
            low not in given_names()
        ):
            out.append(low)
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out) + paragraph[m.end(1) :]


def _rejoin_broken_lines(paragraphs: list[str]) -> list[str]:
    """Rule broken line: a scrape that drops an inline link or bold word breaks its sentence into lines
    ("Parry revealed Real Madrid" / "did" / "ask for an option ..."). A line that opens in lower case
    after one with no closing punctuation carries on that sentence, and its quotation and its subject
    must stay together."""
    joined: list[str] = []
    for para in paragraphs:
        if joined and para[:1].islower() and not _TERMINAL.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {para}"
        else:
            joined.append(para)
    return joined


def _drop_duplicates(paragraphs: list[str], captions: list[str]) -> list[str]:
    """Rule duplicate: image alt text repeats the caption next to it; keep the fuller one."""
    out: list[str] = []
    folded = [fold(p).lower().rstrip(". ") for p in paragraphs]
    folded_captions = [fold(c).lower() for c in captions]
    for i, p in enumerate(paragraphs):
        f = folded[i]
        if len(f) > 20 and (
            any(f in c for c in folded_captions)
            or any(
                j != i and f in folded[j] and (len(folded[j]) > len(f) or j < i)
                for j in range(max(0, i - 3), min(len(paragraphs), i + 4))
            )
        ):
            continue
        out.append(p)
    return out


_ANSWERED = re.compile(r"[\"\u201c]|(?:He|She)\s")


_NAMES_THE_WORDS = re.compile(r"\s*(?:That|This|Those|Such)\s+(?:was|is|were|are)\s")


def _drop_teasers(paragraphs: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """Rule teaser: a short paragraph about another story, which shares almost no words with this one.

    Teasers for related stories sit between body paragraphs, either as a bare headline or as one
    or two short sentences. Lexical cohesion (how many of a paragraph's content words the rest of
    the article uses) tells them apart from short paragraphs that belong to the story. A paragraph
    that the next one answers with a quotation or a pronoun ("Vincent Cable accused Mr Brown of ducking
    choices." / "He said: ...") introduces a speaker, which no teaser does.
    """
    if len(paragraphs) < 4:
        return paragraphs, []
    vocab = [_content_words(p) for p in paragraphs]
    title_words = _content_words(title or "")
    keep: list[str] = []
    dropped: list[str] = []
    # the lede: the first paragraph written as a sentence (a share bar's last button or a "Transcript"
    # label above it is no lede)
    lede = next(
        (i for i, p in enumerate(paragraphs) if len(p.split()) >= 8 or _TERMINAL.search(p)), 0
    )
    for i, p in enumerate(paragraphs):
        n_words = len(p.split())
        introduces = i + 1 < len(paragraphs) and bool(_ANSWERED.match(paragraphs[i + 1]))
        # ("That was how Owen Crane put it." after a paragraph of quoted words names their source)
        introduces = introduces or (
            i > 0 and paragraphs[i - 1].lstrip()[:1] in ('"', "\u201c") and bool(_NAMES_THE_WORDS.match(p))
        )
        # a sheet's lines ("M Riley (W Yorkshire).") and a lede after its dateline ("CLEVELAND\u2014Stan
        # Kucinski has a waiting list") are the story's own
        belongs = is_name_list(p) or is_official_line(p) or bool(cue.DATELINE_OPENING.match(p))
        # (above the lede, a bare byline over a lede that quotes introduces nobody)
        spared = i > lede and (introduces or belongs)
        if i == lede or n_words > 30 or any(c in p for c in '"\u201c\u201d') or spared:
            keep.append(p)
            continue
        rest: set[str] = set(title_words)
        for j, v in enumerate(vocab):
            if j != i:
                rest |= v
        mine = vocab[i]
        cohesion = len(mine & rest) / len(mine) if mine else 1.0
        headline_like = _is_headline_like(p)
        short_story = n_words <= 16 and not any(ch.isdigit() for ch in p)
        if (headline_like and cohesion < 0.6) or (short_story and cohesion < 0.2):
            dropped.append(p)
        else:
            keep.append(p)
    return keep, dropped
