"""Each extraction rule on a small piece of original news-style text written for the test.

One test per rule or convention, so a failure names the rule that broke. Texts are made up
(no corpus text is copied); the seed articles, which ship with the project, are used where the
behaviour must hold on real scraped text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.extract import extract_article
from bot.extract.dates import find_dates, parse_dateline
from bot.extract.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def speakers(text: str) -> dict[str, str | None]:
    """Opening words of each quotation -> its speaker."""
    art = extract_article(text, "t.txt")
    return {q.text.split(",")[0][:40]: q.speaker for q in art.quotes}


def quote(text: str, opening: str):
    art = extract_article(text, "t.txt")
    hits = [q for q in art.quotes if q.text.startswith(opening)]
    assert hits, f"no quotation opens with {opening!r}: {[q.text[:40] for q in art.quotes]}"
    return hits[0]


BODY = "Headline about a harbour\n\n"


# -- quotation forms --------------------------------------------------------------------------
def test_speaker_before_colon() -> None:
    q = quote(BODY + 'Harbour master Ellen Okafor said: "The channel will reopen on Friday."', "The channel")
    assert q.speaker == "Ellen Okafor"
    assert q.rule == "before"


def test_speaker_after_quote_verb_last() -> None:
    q = quote(BODY + '"We lost three boats," Tomasz Wrona said.', "We lost")
    assert q.speaker == "Tomasz Wrona"


def test_speaker_after_quote_verb_first_with_apposition() -> None:
    text = BODY + '"It was chaos," said Priya Natarajan, a marine engineer at the port authority.'
    q = quote(text, "It was chaos")
    assert q.speaker == "Priya Natarajan"
    art = extract_article(text, "t.txt")
    person = next(p for p in art.people if p.name == "Priya Natarajan")
    assert any("marine engineer" in d for d in person.descriptions)


def test_split_quotation_is_two_quotes_with_one_speaker() -> None:
    text = BODY + (
        'Gustavo Pereira, who runs the ferry, was blunt. "Nobody warned us," he said. '
        '"Not the council, not the coastguard."'
    )
    q1, q2 = quote(text, "Nobody warned us"), quote(text, "Not the council")
    assert q1.speaker == q2.speaker == "Gustavo Pereira"


def test_partial_quote_inside_reported_speech() -> None:
    q = quote(
        BODY + 'Councillor Mary Aldous said the repairs were "long overdue" and would cost millions.', "long"
    )
    assert q.speaker == "Mary Aldous"


def test_partial_quote_in_a_sentence_that_closes_on_its_source() -> None:
    """The source named last is the speaker, not a person the reported words mention."""
    text = BODY + (
        'The harbour board should stop "hounding" former pilot Owen Crane, Mayor Ruth Ellery has said.\n\n'
        'Fees are "simply too high" for small boats, says harbour campaigner Dan Hobbs.\n\n'
        'Claims that "dredging" is to blame are wrong, Mr Hobbs told the BBC.'
    )
    assert quote(text, "hounding").speaker == "Ruth Ellery"
    assert quote(text, "simply too high").speaker == "Dan Hobbs"
    assert quote(text, "dredging").speaker is None


def test_an_affiliation_between_the_speaker_and_the_verb_is_cut() -> None:
    text = BODY + (
        'Dr Ola Brekke, of the Institute for Coastal Studies at the University of Tromso said: '
        '"The channel silts up every winter."\n\n'
        'Takings had "risen by a fifth" since 2001, Ms Ellery told the council\'s harbour committee.'
    )
    assert quote(text, "The channel").speaker == "Ola Brekke"
    assert quote(text, "risen by").speaker == "Ellery"


def test_a_pronoun_closing_reported_speech_is_not_a_name_it_reports() -> None:
    text = BODY + (
        "Port spokesman Dan Hobbs said the plan had been misread. The map simply showed Mr Okafor "
        'as the owner, he argued. "We have listened and we will redraw it," he said.'
    )
    assert quote(text, "We have listened").speaker == "Dan Hobbs"


def test_a_lede_source_described_then_named_at_the_next_paragraph() -> None:
    text = "Councillor attacks harbour plan\n\n" + (
        'The harbour board has been "utterly careless" with public money, a senior councillor has said.\n\n'
        "Finance committee chairwoman Ruth Ellery said the board had lost track of its spending.\n\n"
        'The fees were "too high", a spokesman said.\n\n'
        "Dan Hobbs, a ferry owner, agreed."
    )
    assert quote(text, "utterly careless").speaker == "Ruth Ellery"
    assert quote(text, "too high").speaker is None
    text = "Minister warns skippers\n\n" + (
        'The county\'s harbour minister has warned skippers she will hit them "where it hurts".\n\n'
        "Ruth Ellery said fines would double.\n\n"
        'The harbour master backs "tougher fines".\n\n'
        "Mr Hobbs's deputy said so."
    )
    assert quote(text, "where it hurts").speaker == "Ruth Ellery"


def test_an_unnamed_source_goes_on_speaking_after_a_named_one() -> None:
    text = BODY + (
        "Fees will rise, said Dan Hobbs, a ferry owner. A spokesman for the Harbour Users Association "
        'said the rise was modest. "Nobody will be priced out," he said.\n\n'
        "Ruth Ellery backed the plan. A council spokeswoman later said the vote was close. "
        '"It could have gone either way."\n\n'
        "A spokesman for the port, Owen Crane, said the fees were fair. "
        '"We have not raised them in years," he said.'
    )
    assert quote(text, "Nobody will").speaker is None
    assert quote(text, "It could have").speaker is None
    text2 = BODY + (
        'Asked about the vote, Owen Crane said only: "Ask the chairman."\n\n'
        "A Western diplomat in Hull, who spoke on condition of anonymity, said the vote would be watched. "
        '"This is the first crack in the wall," the diplomat said.'
    )
    assert quote(text2, "This is the first crack").speaker is None
    assert quote(text, "We have not raised").speaker == "Owen Crane"


def test_an_organisation_is_not_whoever_a_description_mentions_it_in() -> None:
    text = BODY + (
        "Sen. Ruth Ellery, a Democrat who has rarely broken with the Harbour Board in public, spoke.\n\n"
        'The Harbour Board said in a statement that it had "moved faster than any board".\n\n'
        "Sen. Dan Hobbs (R-Ky.), who co-sponsored the bill with Ellery, said she "
        '"has a point, even if she is selling books."'
    )
    assert quote(text, "moved faster").speaker is None
    assert quote(text, "has a point").speaker == "Dan Hobbs"


def test_a_name_the_lexicons_sex_differently_takes_either_pronoun() -> None:
    """gender-guesser calls "Jess" male; names-dataset finds nine in ten Jesses female."""
    text = BODY + (
        "Owen Crane said he raised concerns in 2019.\n\n"
        "Jess Adair, a swimmer who founded a campaign group, said his account confirmed her fears.\n\n"
        '"We have been testing this water for years," she said.'
    )
    assert quote(text, "We have been testing").speaker == "Jess Adair"


def test_a_title_with_its_full_stop_inside_the_marks_is_nobodys() -> None:
    text = BODY + (
        "Sen. Owen Crane voted no.\n\n"
        'Crane has been here before, a story he told in his 2019 memoir, "Nobody Reads the Bill."\n\n'
        'He told reporters the vote could wait. "If they want a fight, they can have it," he said.\n\n'
        'Ruth Ellery teaches a class she calls "Babies on the Boat," a crash course for skippers.'
    )
    assert quote(text, "Nobody Reads").speaker is None
    assert quote(text, "If they want").speaker == "Owen Crane"
    assert quote(text, "Babies on").speaker is None


def test_an_analyst_at_a_firm_is_the_subject() -> None:
    text = BODY + 'Owen Crane at Harbour Securities said the loss exposed "a bet on one quay".'
    assert quote(text, "a bet on").speaker == "Owen Crane"


def test_his_son_said_is_the_son_the_story_named() -> None:
    text = BODY + (
        '"We could use the money," Mr Crane\'s son Tom, 57, said before the sale. Mr Crane died in 1994. '
        '"He kept every logbook," his son said.'
    )
    assert quote(text, "He kept every").speaker == "Tom"


def test_an_indefinite_subject_introducing_words_with_a_colon_is_unnamed() -> None:
    text = BODY + (
        'Ruth Ellery says she has the votes. "We will win," she said.\n\n'
        'One skipper who has worked with both sides put it this way: "They are both bluffing."'
    )
    assert quote(text, "They are both").speaker is None


def test_a_work_named_after_its_kind_and_its_author_as_subject() -> None:
    text = BODY + (
        'In the book, "Harbour Lights Late," Ruth Ellery writes that the board stalled.\n\n'
        'Dan Hobbs, a historian whose 2009 book, "The Empty Quay," followed forty harbours for a decade, '
        'calls these places "civic furniture" and says they matter.\n\n'
        'Harbour master Owen Crane called the film "the most quietly moving thing we have shown".'
    )
    assert quote(text, "Harbour Lights Late").speaker is None
    assert quote(text, "The Empty Quay").speaker is None
    assert quote(text, "civic furniture").speaker == "Dan Hobbs"
    assert quote(text, "the most quietly").speaker == "Owen Crane"


def test_inverted_and_parenthetical_sources_with_roles_and_affiliations() -> None:
    text = BODY + (
        '"So far the fees have helped," said HPA chief economist, Ruth Ellery.\n\n'
        'It is a "big leap forward" for the quay, said Dan Hobbs, Harbour Online general manager.\n\n'
        "The board's comments, said Owen Crane of Harbour Securities in Hull, were "
        '"too weak to move the market".'
    )
    assert quote(text, "So far the fees").speaker == "Ruth Ellery"
    assert quote(text, "big leap forward").speaker == "Dan Hobbs"
    assert quote(text, "too weak").speaker == "Owen Crane"


def test_a_side_or_a_companion_between_the_subject_and_its_verb_is_cut() -> None:
    text = BODY + (
        'Judge Ruth Ellery wrote the ruling. "Time launders nothing," she wrote.\n\n'
        'Ellery, joined by Judge Owen Crane, said the board had ignored "obvious warning signs".\n\n'
        'Dan Hobbs QC, for the board, had argued that it faced "catastrophic" fines.'
    )
    assert quote(text, "obvious warning").speaker == "Ruth Ellery"
    assert quote(text, "catastrophic").speaker == "Dan Hobbs"


def test_a_label_before_the_words_and_the_source_after_them() -> None:
    text = "Harbour sale\n\nBy the numbers: the board reviewed 229 bids last year.\n\n" + (
        "What they're saying: \u201cThis is not about the price. It is about the quay,\u201d said "
        "Ruth Ellery, a former board member.\n\nBy early 2025 the quay could have two new owners."
    )
    art = extract_article(text, "t.txt")
    assert quote(text, "This is not about").speaker == "Ruth Ellery"
    assert art.author is None and {p.name for p in art.people} == {"Ruth Ellery"}
    assert "By early 2025 the quay could have two new owners." in [s.text for s in art.sentences]


def test_a_paragraph_of_words_then_that_was_how_someone_put_it() -> None:
    text = BODY + (
        'Dan Hobbs said the fees were fair.\n\n"I\'m going to be the one rowing to work, aren\'t I?"\n\n'
        "That was the question Ruth Ellery, 27, asked at a packed meeting.\n\n"
        '"The message to the board is simple: the tide is turning."\n\n'
        "That was how harbour committee chairman Owen Crane put it after the vote."
    )
    assert quote(text, "I'm going to be").speaker == "Ruth Ellery"
    assert quote(text, "The message to the board").speaker == "Owen Crane"


def test_a_relative_clause_speech_verb_makes_its_antecedent_the_speaker() -> None:
    text = BODY + (
        "It is the first nomination for skipper Ruth Ellery. It is also a debut nomination for Jane "
        'Crane, 49, who told BBC News she had not expected it. "It was an extraordinary season," she said.'
    )
    assert quote(text, "It was an extraordinary").speaker == "Jane Crane"


def test_a_persons_own_document_speaks_for_them() -> None:
    text = BODY + (
        "The board hired Owen Crane. Mr Crane's statement said: \"The board has made an impact.\"\n\n"
        'Ruth Ellery wrote it. The pier risks being a "synonym for missed tides", her report said.\n\n'
        '"Dan had considered returning," a statement on his website said.'
    )
    assert quote(text, "The board has made").speaker == "Owen Crane"
    assert quote(text, "synonym for").speaker == "Ruth Ellery"
    assert quote(text, "Dan had considered").speaker is None


def test_a_source_set_off_by_commas_after_the_words() -> None:
    text = BODY + (
        "The port does not see itself as a ferry firm, said Owen Crane, its director. "
        'Its plan is a "hybrid" approach, he explained, where ferries share the quay.'
    )
    assert quote(text, "hybrid").speaker == "Owen Crane"


def test_a_family_is_not_one_of_its_members() -> None:
    text = BODY + (
        "Tom Crane was freed. His mother Ruth Crane wept. "
        'The Crane family said in a statement that they asked for "privacy and patience" while he recovered.'
    )
    assert quote(text, "privacy and patience").speaker is None


def test_a_claim_by_someone_is_theirs_and_the_sentence_goes_on_as_the_subjects() -> None:
    text = BODY + (
        'Owen Crane has said a claim by Ruth Ellery that the harbour master is acting like a "sea dog" '
        'shows the board is "rattled" by the protest.'
    )
    assert quote(text, "sea dog").speaker == "Ruth Ellery"
    assert quote(text, "rattled").speaker == "Owen Crane"


def test_partial_quote_after_spoke_of_and_in_a_cleft_sentence() -> None:
    text = BODY + (
        'But it was Mr Dov Hartmann who took the stage, speaking of the "long winter" ahead. '
        'Ruth Ellery spoke of a "shared harbour" and waved.'
    )
    assert quote(text, "long winter").speaker == "Dov Hartmann"
    assert quote(text, "shared harbour").speaker == "Ruth Ellery"


def test_a_person_the_words_name_in_full_does_not_speak_them() -> None:
    text = BODY + (
        "Coach Ian Merrow said the squad was settled.\n\n"
        'Merrow stressed his view. "The pack picked itself." '
        'And Wales lock Gareth Pryce looks certain to go, provided he recovers. "I learnt from last year. '
        '"Gareth Pryce is an outstanding player and will be on the trip."'
    )
    assert quote(text, "I learnt").speaker == "Ian Merrow"


def test_an_adverb_between_speaker_and_verb_and_an_unsourced_response() -> None:
    text = BODY + (
        'Conductor Ravi Lamont recalled the night. Lamont immediately told the stage manager: "We stop now." '
        '"No, keep playing," came the response.'
    )
    assert quote(text, "We stop now").speaker == "Ravi Lamont"
    assert quote(text, "No, keep playing").speaker is None


def test_a_name_that_only_modifies_a_noun_is_not_a_pronoun_antecedent() -> None:
    text = BODY + (
        "Manager Graham Reid felt his side were never in danger.\n\n"
        'An early own goal and an Owen Parry strike earned them the win. "It gave us an advantage," he said.'
    )
    assert quote(text, "It gave us").speaker == "Graham Reid"


def test_thanked_and_one_of_their_lawyers() -> None:
    text = BODY + (
        'Actress Dana Whitcombe thanked the crew and "a network who gave me a second chance". '
        '"A ruling is due in March," said one of their lawyers, Petros Andreou.'
    )
    assert quote(text, "a network").speaker == "Dana Whitcombe"
    assert quote(text, "A ruling").speaker == "Petros Andreou"


def test_the_pronoun_of_a_parenthetical_source_is_not_the_person_it_reports_on() -> None:
    text = BODY + (
        "Opposition leader Martin Hale attacked the government.\n\n"
        "Mr Crane has failed to tackle the problems, he claimed, saying he had the wrong answers.\n\n"
        'The party, he said, can cut crime. "We simply need to change direction."'
    )
    assert quote(text, "We simply").speaker == "Martin Hale"


def test_a_dash_aside_with_a_hyphenated_word_inside() -> None:
    text = BODY + (
        "Manager Colin Breck reopened his row with Ian Pryce. Breck - who would not refer to the 25-year-old "
        'by name - said Pryce fell short "The chap that has gone scored nine a season," said Breck.'
    )
    assert quote(text, "The chap").speaker == "Colin Breck"


def test_a_paragraph_of_reported_speech_then_unattributed_quotations() -> None:
    text = BODY + (
        "Mr Alan Dorsey said that, although money had driven the game, he feared there were too many "
        'games. Since 1992 clubs have seen their income soar. "Television has been the driving force. '
        '"We must monitor the quality of the product."'
    )
    assert quote(text, "Television").speaker == "Alan Dorsey"
    assert quote(text, "We must").speaker == "Alan Dorsey"


def test_a_new_mark_inside_an_unclosed_floating_quotation_keeps_its_speaker() -> None:
    text = BODY + (
        'Mr Ravi Thomas said: "The law is clear." The important thing was the content, said Mr Thomas.\n\n'
        '"If in doubt, retain. It is only when you have no use for a record that you may destroy it. '
        '"But deliberate destruction is to be condemned." The act starts next year.'
    )
    assert quote(text, "If in doubt").speaker == "Ravi Thomas"
    assert quote(text, "But deliberate").speaker == "Ravi Thomas"


def test_a_run_on_quotation_closed_by_its_attribution_and_a_possessive_name_inside() -> None:
    text = BODY + (
        "Paul Drury called on the league to act. Sean Tolley, his team-mate, has expressed doubts "
        'about his future "I think Sean\'s situation is down to the fixtures," he said.'
    )
    assert quote(text, "I think").speaker == "Paul Drury"


def test_subjects_handed_on_by_to_verbs_and_participles() -> None:
    text = BODY + (
        "Party leader Carl Kemble spoke in Leeds. Mr Kemble went on to suggest a narrow win would be a "
        '"massive vote of no confidence". There is a new tone, with Mr Kemble stressing politicians '
        'should not "foment an artificial debate".\n\n'
        'Analyst Rita Noor wrote it. "It explains the spam," she said, accusing users of "bad habits".'
    )
    assert quote(text, "massive vote").speaker == "Carl Kemble"
    assert quote(text, "foment").speaker == "Carl Kemble"
    assert quote(text, "bad habits").speaker == "Rita Noor"


def test_a_definite_description_after_an_opening_phrase_is_an_antecedent() -> None:
    text = BODY + (
        "Justine Marais lost 6-2 5-7 6-2 to Elena Voss on Sunday. The previous day, the Olympic champion "
        "went down 6-2 7-5 to France's Nadia Roux.\n\n"
        '"I have to be positive," she said.'
    )
    assert quote(text, "I have to be").speaker == "Justine Marais"


def test_a_report_at_the_end_of_the_paragraph_before_introduces_the_quotation() -> None:
    text = BODY + (
        "Each film is compressed. Fiona Dale, associate director, said no picture would be lost.\n\n"
        'The film will be encrypted to prevent piracy. "People will see the picture is clearer."\n\n'
        'Hours later Tom Akers refused. The deal was off. "We had no choice."'
    )
    assert quote(text, "People will see").speaker == "Fiona Dale"
    assert quote(text, "We had no choice").speaker is None  # another person came between


def test_an_organisation_then_a_role_in_the_subject_and_a_short_paragraph_answered_by_he() -> None:
    text = (
        "Budget row deepens\n\n"
        "The chancellor's budget was attacked by Oliver Lane, who said it was reckless. Mr Lane told MPs: "
        '"The tide is going out."\n\n'
        "Vince Hale, for the Liberal Democrats, accused Mr Lane of ducking choices.\n\n"
        'He said: "Last week we had fear; this week complacency."\n\n'
        "In a statement, Dr John E. Keel, Acme senior vice president, Technology and Property, said: "
        '"Innovation is more than patents."'
    )
    assert quote(text, "Last week").speaker == "Vince Hale"
    assert quote(text, "Innovation").speaker == "John E. Keel"


def test_a_role_that_is_then_named_hands_the_pronoun_to_the_name() -> None:
    text = BODY + (
        'Producer Karl Weiss spoke first. "There will be no dancing," assured Mr Weiss. '
        'The show\'s British director is Martin Varga, best known for Art. "It will be a hybrid," he said.'
    )
    assert quote(text, "There will be").speaker == "Karl Weiss"
    assert quote(text, "It will be a hybrid").speaker == "Martin Varga"


def test_a_time_phrase_between_speaker_and_verb() -> None:
    text = BODY + 'Mr Owen Harker last week said his team had reached a "collective view" on the plan.'
    assert quote(text, "collective view").speaker == "Owen Harker"


def test_a_participle_after_a_verb_first_attribution_and_a_subject_cut_by_a_quotation() -> None:
    text = BODY + (
        '"These awards mean everything," said producer Mark Lyndon, adding they were a "huge first step". '
        'Mayor Ken Loveday, who says he is "standing by" his remarks, had accused a reporter of being a '
        '"camp guard".'
    )
    assert quote(text, "huge first step").speaker == "Mark Lyndon"
    assert quote(text, "camp guard").speaker == "Ken Loveday"


def test_a_described_speaker_followed_by_a_relative_clause() -> None:
    text = BODY + (
        "Justine Marais lost on Sunday. She won five tournaments and was named sportswoman of the year. "
        '"Physically, I hit rock bottom," said the 22-year-old, who will make her comeback in Sydney.'
    )
    assert quote(text, "Physically").speaker == "Justine Marais"


def test_a_verb_first_aside_introduces_the_next_quotation() -> None:
    text = BODY + (
        'Dina Moss set up a site. "It helps," she says. Raj Kumar Oberoi set up a payment system. '
        'Then, says Mr Oberoi, the blogging world found out. "All my friends linked to my site."'
    )
    assert quote(text, "All my friends").speaker == "Raj Kumar Oberoi"


def test_the_us_is_not_a_person_described_by_nationality() -> None:
    text = BODY + (
        "Moazzam Beck and Martin Muller have been held. Mr Jack Strand said the US agreed after "
        '"intensive discussions" over security.'
    )
    assert quote(text, "intensive discussions").speaker == "Jack Strand"


def test_repeated_and_defended_report_words() -> None:
    text = BODY + 'On Sunday, party leader Carl Kemble repeated his call for a "pause" in the debate.'
    assert quote(text, "pause").speaker == "Carl Kemble"


def test_mr_and_a_given_name_is_a_surname_not_that_given_name() -> None:
    text = BODY + (
        "Tory MP Howard Fleet was sacked for his remarks on spending.\n\n"
        'Mr Howard said: "We do not say one thing in private and another in public."'
    )
    assert quote(text, "We do not say").speaker != "Howard Fleet"


def test_according_to() -> None:
    q = quote(BODY + 'The berth was "never designed for ships this size", according to Raymond Chu.', "never")
    assert q.speaker == "Raymond Chu"


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = BODY + (
        'Dock worker Sean Mulvey said: "We came in at six and the water was already at the gates.\n\n'
        '"By eight it was over the quay and we were moving cars by hand.\n\n'
        '"I have never seen anything like it."'
    )
    art = extract_article(text, "t.txt")
    assert [q.speaker for q in art.quotes] == ["Sean Mulvey"] * 3


def test_curly_straight_and_mixed_marks() -> None:
    text = BODY + '\u201cThe tide came in fast," Ana Ruiz said. "We had minutes.\u201d'
    assert quote(text, "The tide came in fast").speaker == "Ana Ruiz"
    assert quote(text, "We had minutes").speaker == "Ana Ruiz"


def test_quote_inside_quote_stays_part_of_the_outer_quote() -> None:
    text = BODY + "\"He told me, 'Get out now,' and I ran,\" said Lena Fischer."
    art = extract_article(text, "t.txt")
    assert len(art.quotes) == 1
    assert "'Get out now,'" in art.quotes[0].text
    assert art.quotes[0].speaker == "Lena Fischer"


# -- speakers ---------------------------------------------------------------------------------
def test_pronoun_resolves_by_gender() -> None:
    text = BODY + (
        "Mr Daniel Hart met Ms Carla Voss on Monday. Ms Voss was unimpressed. "
        '"The plan is late," she said. Mr Hart disagreed. "It is on schedule," he said.'
    )
    assert quote(text, "The plan is late").speaker == "Carla Voss"
    assert quote(text, "It is on schedule").speaker == "Daniel Hart"


def test_pronoun_prefers_the_subject_of_the_previous_sentence() -> None:
    text = BODY + (
        "Prof Idris Bello criticised the board for ignoring warnings from Victor Lund. "
        '"This was avoidable," he says.'
    )
    assert quote(text, "This was avoidable").speaker == "Idris Bello"


def test_honorific_and_surname_resolve_to_the_full_name() -> None:
    text = BODY + 'Fiona MacLeod runs the yard. "We will rebuild," Ms MacLeod said.'
    assert quote(text, "We will rebuild").speaker == "Fiona MacLeod"


def test_two_people_sharing_a_surname_stay_apart() -> None:
    text = BODY + (
        "Anna Berg and her brother, Jonas Berg, own the boatyard. "
        '"We started with one dinghy," Ms Berg said. "Now we have forty," Mr Berg added.'
    )
    assert quote(text, "We started").speaker == "Anna Berg"
    assert quote(text, "Now we have forty").speaker == "Jonas Berg"
    art = extract_article(text, "t.txt")
    assert {"Anna Berg", "Jonas Berg"} <= {p.name for p in art.people}


def test_organisations_are_not_people() -> None:
    text = BODY + (
        '"The figures are wrong," the Harbour Board said in a statement. '
        '"We stand by them," a spokesman for Westcliff Council said.'
    )
    art = extract_article(text, "t.txt")
    assert [q.speaker for q in art.quotes] == [None, None]
    assert not any("Board" in p.name or "Council" in p.name for p in art.people)


def test_scare_quotes_chants_and_titles_have_no_speaker() -> None:
    text = BODY + (
        'Protesters chanted "Save our port" outside the so-called "temporary" offices, '
        'where a poster advertised the film "The Long Tide".'
    )
    art = extract_article(text, "t.txt")
    assert len(art.quotes) == 3
    assert all(q.speaker is None for q in art.quotes)


def test_speech_subject_is_a_person_unless_it_looks_like_a_firm() -> None:
    text = BODY + '"We will appeal," said Ehsan Tabrizi. "Prices will rise," said Global Insight.'
    assert quote(text, "We will appeal").speaker == "Ehsan Tabrizi"
    assert quote(text, "Prices will rise").speaker is None


def test_role_comma_name_after_the_verb() -> None:
    text = BODY + '"We want answers," said the committee chairman, MP Daniel Frost. "Soon."'
    assert quote(text, "We want answers").speaker == "Daniel Frost"
    assert quote(text, "Soon").speaker == "Daniel Frost"


def test_definite_description_continues_the_story_person() -> None:
    text = (
        BODY + "Veteran skipper Nora Lindqvist has criticised the new harbour fees.\n\n"
        'The former champion said the charges were "daylight robbery". '
        'The 58-year-old added that she had lost her "appetite" for racing.'
    )
    assert quote(text, "daylight robbery").speaker == "Nora Lindqvist"
    assert quote(text, "appetite").speaker == "Nora Lindqvist"


def test_an_office_without_antecedent_is_left_to_the_corpus() -> None:
    text = BODY + 'Skipper Nora Lindqvist left early. The prime minister said: "The fees stay."'
    q = quote(text, "The fees stay")
    assert q.speaker is None and q.role == "prime minister"


def test_parenthetical_source_inside_reported_speech() -> None:
    text = BODY + (
        'The council, argues Dr Amara Njoku, could act as a "broker" between boat owners and '
        'the port. "It already sets the fees."'
    )
    assert quote(text, "broker").speaker == "Amara Njoku"
    assert quote(text, "It already sets").speaker == "Amara Njoku"


def test_billed_as_marks_a_title() -> None:
    text = BODY + 'Skipper Nora Lindqvist said the race, billed as "the last great regatta", will go ahead.'
    assert quote(text, "the last great regatta").speaker is None


def test_went_on_introduces_a_quotation() -> None:
    text = BODY + (
        "Opposition leader Nora Lindqvist attacked Harbour Master Tom Reddy over the fees. "
        'The opposition leader went on: "He has lost control of the port."'
    )
    assert quote(text, "He has lost control").speaker == "Nora Lindqvist"


def test_initial_with_full_stop_is_a_name() -> None:
    text = BODY + 'Console frontman K. Osterberg said: "It is ready." Mr Osterberg smiled.'
    assert quote(text, "It is ready").speaker == "K. Osterberg"


def test_possessor_and_firm_before_the_speaker_are_not_the_speaker() -> None:
    text = BODY + (
        "Singer Ivy Marlowe founded the band Marlowe in 2001.\n\n"
        '"We need a new sound," declared Marlowe\'s drummer Tom Reddy. '
        '"Prices will rise," predicted Morgan Stanley analyst Kenji Ota.'
    )
    assert quote(text, "We need a new sound").speaker == "Tom Reddy"
    assert quote(text, "Prices will rise").speaker == "Kenji Ota"


def test_a_name_inside_the_speaker_phrase_is_not_the_speaker() -> None:
    text = BODY + 'Skipper Tom Reddy was told. "The fees stay," said a spokesman for Mr Reddy.'
    assert quote(text, "The fees stay").speaker is None


def test_a_nationality_after_an_honorific_is_a_surname() -> None:
    text = BODY + 'Oliver Irish, editor of Boat World, spoke. "Demand is huge," said Mr Irish.'
    assert quote(text, "Demand is huge").speaker == "Oliver Irish"


def test_a_list_with_roles_keeps_every_person() -> None:
    names = set(
        people_of("Barca boss Frank Rijkaard and referee Anders Frisk met. Tommy Haas beat seed Max Mirnyi.")
    )
    assert {"Frank Rijkaard", "Anders Frisk", "Tommy Haas", "Max Mirnyi"} <= names


def test_pronoun_skips_names_in_phrases_of_its_own_sentence() -> None:
    text = BODY + (
        "Finance minister Ravi Menon spoke in London.\n\n"
        "At a dinner hosted by harbour master Tom Reddy on Friday, he said rates would rise. "
        '"Rates must float," he told the dinner.\n\n'
        "The trouble with Tom Reddy's plan, he believed, was its cost. "
        '"It is too dear," he said.'
    )
    assert quote(text, "Rates must float").speaker == "Ravi Menon"
    assert quote(text, "It is too dear").speaker == "Ravi Menon"


def test_doubled_single_marks_are_double_quotation_marks() -> None:
    text = BODY + "''We will appeal,'' said harbour master Ellen Okafor. ``It is not over,'' she added."
    assert quote(text, "We will appeal").speaker == "Ellen Okafor"
    assert quote(text, "It is not over").speaker == "Ellen Okafor"


def test_quotation_text_keeps_its_closing_comma() -> None:
    text = BODY + '"We will appeal," said harbour master Ellen Okafor.'
    assert quote(text, "We will appeal").text == "We will appeal,"


def test_sentence_opening_said_takes_its_subject_after() -> None:
    text = BODY + 'Hooker Tom Reddy is injured. Said harbour coach Ellen Okafor: "He will be back."'
    assert quote(text, "He will be back").speaker == "Ellen Okafor"


def test_a_document_that_states_is_not_a_person() -> None:
    text = BODY + 'Skipper Tom Reddy filed the suit.\n\n"The port broke the law," the lawsuit states.'
    assert quote(text, "The port broke the law").speaker is None


def test_a_person_after_an_organisation_possessive() -> None:
    text = BODY + 'The Harbour Society\'s Amara Njoku said the fees were "long overdue".'
    assert quote(text, "long overdue").speaker == "Amara Njoku"
    assert "Amara Njoku" in people_of("The Harbour Society's Amara Njoku said so.")


def test_unknown_given_name_vouched_for_by_a_later_reference() -> None:
    text = BODY + (
        "Zorawar Pelletier won the regatta on Sunday.\n\n"
        '"The wind was perfect," said Pelletier.\n\n'
        "Harbour Grill Deluxe opened nearby."
    )
    assert quote(text, "The wind was perfect").speaker == "Zorawar Pelletier"
    names = set(people_of(text.removeprefix(BODY)))
    assert "Zorawar Pelletier" in names and "Harbour Grill Deluxe" not in names


def test_show_name_before_the_speaker_role() -> None:
    text = BODY + (
        "Presenters Richard Hale and Judy Marsh host the show.\n\n"
        '"We were spoiled for choice," said Richard and Judy executive producer Amanda Ross.'
    )
    assert quote(text, "We were spoiled").speaker == "Amanda Ross"


def test_lede_role_is_named_further_down() -> None:
    text = BODY + (
        'The harbour master said the reports were not "well informed".\n\n'
        "Skipper Tom Reddy disagreed.\n\n"
        "Harbour Master Ellen Okafor will speak on Friday."
    )
    assert quote(text, "well informed").speaker == "Ellen Okafor"


def test_inverted_attribution_right_after_a_quotation() -> None:
    text = BODY + 'The season was a "stellar year" said Ellen Okafor, head of the harbour board.'
    assert quote(text, "stellar year").speaker == "Ellen Okafor"


def test_an_organisation_subject_does_not_pass_to_its_object() -> None:
    text = BODY + (
        "Skipper Tom Reddy joked about the fees.\n\n"
        'The show\'s producers defended Reddy, saying his comments were "humorous digs".'
    )
    assert quote(text, "humorous digs").speaker is None


def test_coordinated_verb_shares_the_sentence_subject() -> None:
    text = BODY + (
        "Skipper Tom Reddy has twice tried to save the yard but conceded the efforts had been "
        '"dismal". Harbour master Ellen Okafor dismissed the plan, and said it was a "fair summary".'
    )
    assert quote(text, "dismal").speaker == "Tom Reddy"
    assert quote(text, "fair summary").speaker == "Ellen Okafor"


def test_a_verb_in_a_clause_does_not_make_its_subject_a_firm() -> None:
    text = (
        BODY
        + "Former skipper Philippe Sellier believes coach Tom Reddy must stay. "
        + '"He is the answer," said Sellier.'
    )
    assert quote(text, "He is the answer").speaker == "Philippe Sellier"


def test_a_possessive_makes_comments_a_noun() -> None:
    text = BODY + (
        'Harbour master Ellen Okafor said she thought Tom Reddy\'s comments were "well justified".'
    )
    assert quote(text, "well justified").speaker == "Ellen Okafor"


def test_evaluative_reporting_verbs() -> None:
    text = BODY + (
        'Skipper Tom Reddy hailed the deal as vital for "peace and prosperity". '
        'He also attacked the council\'s "failure" to dredge the channel.'
    )
    assert quote(text, "peace and prosperity").speaker == "Tom Reddy"
    assert quote(text, "failure").speaker == "Tom Reddy"


def test_words_of_a_claim_or_a_passive_subject_are_not_the_subject_s() -> None:
    text = BODY + (
        'Skipper Tom Reddy dismissed claims that his crew was "out of its depth". '
        'Harbour master Ellen Okafor has been praised by locals for acting "very bravely".'
    )
    assert quote(text, "out of its depth").speaker is None
    assert quote(text, "very bravely").speaker is None


def test_descriptions_and_asides_stand_for_the_person() -> None:
    text = BODY + (
        'Skipper Tom Reddy thanked the crowd. "It was wonderful," said Reddy.\n\n'
        'The 48-year-old sailor crossed the new bridge, which he said was "almost impossible to cross". '
        '"I loved it," added the two-time regatta winner.\n\n'
        "The 48-year-old lost his first race to rival Jon Akers' crew. "
        'And he added: "It felt different then."\n\n'
        'Mr Reddy - himself a former harbour master - said the race was "the best ever".'
    )
    for opening in ("almost impossible", "I loved it", "It felt different", "the best ever"):
        assert quote(text, opening).speaker == "Tom Reddy", opening


def test_name_and_colon_introduce_a_quotation() -> None:
    text = BODY + (
        "Skipper Jon Akers is injured.\n\n"
        '- Harbour coach Tom Reddy: "We fully expect to win."\n - Rival coach Ellen Okafor: "We are ready."'
    )
    assert quote(text, "We fully expect").speaker == "Tom Reddy"
    assert quote(text, "We are ready").speaker == "Ellen Okafor"


def test_an_introduction_beats_a_trailing_pronoun() -> None:
    text = BODY + (
        "Skipper Jon Akers called the fees a stealth tax. "
        'Harbour master Tom Reddy said: "The fees are fair," he said.'
    )
    assert quote(text, "The fees are fair").speaker == "Tom Reddy"


def test_party_labels_and_initials_around_names() -> None:
    people = people_of(
        "Fellow Tory Dominic Grieve agreed. For the Lib Dems David Laws spoke. "
        '"It is cheap," said KK Mittal, a fund manager. The UK Treasury declined to comment.'
    )
    assert {"Dominic Grieve", "David Laws", "KK Mittal"} <= set(people), sorted(people)
    assert "Tory" in " ".join(people["Dominic Grieve"])
    assert not any("Treasury" in name for name in people)


def test_asides_relative_clauses_and_agents() -> None:
    text = BODY + (
        "Skipper Tom Reddy spoke on Friday.\n\n"
        'Mr Akers has failed the port, he claimed, saying he had the "wrong plan".\n\n'
        'Ellen Okafor, who coached the young Jon Akers, told the radio the race was "too long". '
        'The yacht was called the "finest of its class" by the club\'s director Ana Ruiz. '
        'Its sister ship, which Ms Ruiz described as "a beauty", sank.'
    )
    assert quote(text, "wrong plan").speaker == "Tom Reddy"
    assert quote(text, "too long").speaker == "Ellen Okafor"
    assert quote(text, "finest of its class").speaker == "Ana Ruiz"
    assert quote(text, "a beauty").speaker == "Ana Ruiz"


def test_hyphenated_given_names_and_firms_after_at() -> None:
    people = people_of("Anna-Lena Groenefeld won. Mike Reed, a research director at analyst Gartner, spoke.")
    assert "Anna-Lena Groenefeld" in people and "Gartner" not in people


def test_reporter_of_a_thing_and_auxiliaries_after_appositions() -> None:
    text = BODY + (
        'Harbour chief Ellen Okafor said talks with the council revealed there was "a strong case". '
        'Tom Reddy, director of the sailing group Keel, has called on the port to "act now".'
    )
    assert quote(text, "a strong case").speaker == "Ellen Okafor"
    assert quote(text, "act now").speaker == "Tom Reddy"


def test_a_bare_middle_initial_stays_in_the_name() -> None:
    assert {"Samuel L Jackson", "Hunter S Thompson"} <= set(
        people_of("Actor Samuel L Jackson met writer Hunter S Thompson.")
    )


def test_a_nickname_in_single_marks_is_part_of_the_name() -> None:
    text = BODY + "Ahmed 'Mido' Hossam has apologised.\n\n" + 'Mido said: "I am sorry for my mistakes."'
    assert quote(text, "I am sorry").speaker == "Ahmed 'Mido' Hossam"


def test_colon_after_a_person_subject_and_org_before_a_name() -> None:
    text = BODY + (
        'Skipper Tom Reddy is confident though: "We will win the race." '
        'Chairman of the Harbour Audit Committee Peter Ainsworth MP, said: "The fees are high." '
        'New Labour had promised a "bonfire of fees".'
    )
    assert quote(text, "We will win").speaker == "Tom Reddy"
    assert quote(text, "The fees are high").speaker == "Peter Ainsworth"
    assert "Labour" not in people_of(text.removeprefix(BODY))


def test_titles_in_other_languages_have_no_speaker() -> None:
    text = BODY + 'Mr Daniel Frost spoke of the "Partido contra la Pobreza" charity match.'
    assert quote(text, "Partido").speaker is None


def test_title_before_name_becomes_a_description() -> None:
    text = BODY + 'Transport Secretary Helen Marsh said: "We will fund it."'
    art = extract_article(text, "t.txt")
    person = next(p for p in art.people if p.name == "Helen Marsh")
    assert "Transport Secretary" in person.descriptions


def test_people_named_but_not_quoted_are_indexed() -> None:
    text = BODY + "The yard was founded by Walter Greene and later sold to Margaret Osei."
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert {"Walter Greene", "Margaret Osei"} <= names


def people_of(text: str) -> dict[str, tuple[str, ...]]:
    """Name -> descriptions, for every person the article indexes."""
    return {p.name: p.descriptions for p in extract_article(BODY + text, "t.txt").people}


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        # the role is held at a firm whose name looks like a person's: still an affiliation
        ('"It works," said Owen Blake, deputy editor at Mac Weekly magazine.', "Owen Blake", "deputy editor"),
        ("Rosa Lind, founder and chairman of the P2P network Red Kite, disagreed.", "Rosa Lind", "founder"),
        ('"Costs will rise," said Ian Moss, B&Q\'s head of retail.', "Ian Moss", "head of retail"),
        (
            "The post went to current Lord Chancellor Lord Penhallow last year.",
            "Lord Penhallow",
            "Lord Chancellor",
        ),
        ("She wants to work with directors Ana Ruiz or Tomas Hale.", "Tomas Hale", "directors"),
        ("England have named Bath prop Jon Akers in the side.", "Jon Akers", "Bath prop"),
    ],
)
def test_descriptions_survive_affiliations_and_lists(text: str, name: str, description: str) -> None:
    descriptions = people_of(text)[name]
    assert any(description in d for d in descriptions), descriptions
    assert not any(d.startswith("named") for d in descriptions)


def test_less_common_roles_describe_people() -> None:
    people = people_of(
        "Pop supremo Simon Fuller signed contestants including Will Young, Gareth Gates and Kelly Clarkson. "
        "Labour peer Lord Dubs and club physio Mike Banks agreed."
    )
    assert "supremo" in " ".join(people["Simon Fuller"])
    assert all("contestant" in " ".join(people[n]) for n in ("Will Young", "Gareth Gates", "Kelly Clarkson"))
    assert "Labour peer" in people["Lord Dubs"] and "club physio" in people["Mike Banks"]


def test_firms_and_publications_named_like_people_are_not_people() -> None:
    people = people_of(
        "Rosa Lind, founder of the P2P network Red Kite, spoke to Mac Weekly magazine. "
        "Fellow Bath prop Jon Akers and Owen Blake, editor of Mac Weekly, agreed."
    )
    assert {"Rosa Lind", "Jon Akers", "Owen Blake"} <= set(people)
    assert not {"Red Kite", "Mac Weekly", "Bath"} & set(people), sorted(people)


def test_a_royal_style_is_part_of_the_name() -> None:
    text = BODY + (
        'Charles Dunmore said: "It is good news." Prince Charles and Princess Anne will attend, '
        "and Prince Charles said he was delighted."
    )
    art = extract_article(text, "t.txt")
    people = {p.name for p in art.people}
    assert {"Charles Dunmore", "Prince Charles", "Princess Anne"} <= people, sorted(people)
    assert "Charles" not in next(p for p in art.people if p.name == "Charles Dunmore").aliases
    assert "Crown Prince Frederik" in people_of(BODY + "Denmark's Crown Prince Frederik attended.")


def test_plural_roles_describe_every_name_they_introduce() -> None:
    text = BODY + (
        "Wales turned to New Zealand in the shape of coaches Glen Harding and Mark Tane. "
        "A host of other UK actors, including Ralph Denny, Alice Morrow and Tom Quill, also appeared."
    )
    art = extract_article(text, "t.txt")
    desc = {p.name: " | ".join(p.descriptions) for p in art.people}
    assert desc["Glen Harding"] == desc["Mark Tane"] == "coaches", desc
    assert all("UK actors" in desc[n] for n in ("Ralph Denny", "Alice Morrow", "Tom Quill")), desc


def test_a_surname_misspelt_by_one_letter_is_the_same_person() -> None:
    text = BODY + (
        "Managing director Daniel Ferrith says the firm is alone in the field. "
        'Mr Ferirth says: "Nobody else can do this."\n\n'
        "Horak, Browne, Penney, Nordt, Bishop, Mapletoft, Edwards.\n\nTom Brown watched."
    )
    art = extract_article(text, "t.txt")
    assert quote(text, "Nobody else").speaker == "Daniel Ferrith"
    assert "Ferirth" not in {p.name for p in art.people}
    assert "Browne" in {p.name for p in art.people}  # a team sheet's spelling stands


def test_an_owners_role_before_the_name_describes_it() -> None:
    text = BODY + (
        "But Acme's global chief executive, Samuel Durrant, said costs were rising. "
        "A bid by Mrs Quill's nanny, Rosa Manalo, was delayed."
    )
    art = extract_article(text, "t.txt")
    desc = {p.name: " | ".join(p.descriptions) for p in art.people}
    assert "Acme's global chief executive" in desc["Samuel Durrant"], desc
    assert "nanny" in desc["Rosa Manalo"], desc


def test_a_ministry_named_with_and_is_part_of_the_title() -> None:
    text = BODY + (
        "The issue was raised by Trade and Industry Secretary Mara Quint. "
        "Work and pensions minister Alan Jessop said it was wrong. Tom Reyes and Labour leader Ann Cole met."
    )
    art = extract_article(text, "t.txt")
    desc = {p.name: " | ".join(p.descriptions) for p in art.people}
    assert desc["Mara Quint"] == "Trade and Industry Secretary", desc
    assert desc["Alan Jessop"] == "Work and pensions minister", desc
    assert desc["Ann Cole"] == "Labour leader" and not desc["Tom Reyes"], desc


def test_a_one_word_stage_name_after_a_role() -> None:
    text = BODY + (
        "Hip-hop performer Zekko's single is at number five. Newcomer Marisol won two awards, "
        "one behind Real's top scorer Ronaldinho."
    )
    assert {"Zekko", "Marisol", "Ronaldinho"} <= set(people_of(text))


def test_a_ranking_opening_a_sentence_is_a_title() -> None:
    text = BODY + "World number one Lindsay Daventry has criticised the regatta."
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people == {"Lindsay Daventry": ("World number one",)}


def test_a_ranking_before_a_name_is_a_title() -> None:
    text = BODY + "Her win over world number one Lena Varga was a shock, said number eight Ines Paulo."
    art = extract_article(text, "t.txt")
    desc = {p.name: " | ".join(p.descriptions) for p in art.people}
    assert desc["Lena Varga"] == "world number one" and desc["Ines Paulo"] == "number eight", desc


def test_places_and_disasters_named_like_people_are_not_people() -> None:
    people = people_of(
        BODY + "In Sri Lanka, Sierra Leone and Hong Kong, aid for the South East Asia Earthquake arrived. "
        "Ravi Gupta, a Sri Lankan writer, helped."
    )
    assert "Ravi Gupta" in people
    assert not {"Sri Lanka", "Sierra Leone", "Hong Kong", "Asia Earthquake", "Sri Lankan"} & set(people), (
        people
    )


def test_a_given_name_described_as_a_relative_or_role_is_a_person() -> None:
    people = people_of(
        BODY + "His mother, Giselle, said her son was kind. His wife, Joan, agreed. "
        "May, the month of the vote, came. Spring, the season of growth, followed."
    )
    assert {"Giselle", "Joan"} <= set(people), people
    assert not {"May", "Spring"} & set(people), people


def test_an_age_before_a_lone_surname_makes_it_a_person() -> None:
    people = people_of(BODY + "The home fans cheered, with 18-year-old Verdasco winning both rubbers.")
    assert "Verdasco" in people and "18-year-old" in people["Verdasco"]


def test_two_given_names_share_the_surname_after_them() -> None:
    people = people_of(
        BODY + "The show is produced by theatrical impresarios David and Ed Marsh. "
        "Coaches Graham Henry and Steve Hansen watched."
    )
    assert {"David Marsh", "Ed Marsh", "Graham Henry", "Steve Hansen"} <= set(people), people
    assert "Henry Hansen" not in people
    assert "theatrical impresarios" in people["David Marsh"]


def test_dash_appositions_sentence_initial_roles_and_honorifics_in_role_lists() -> None:
    text = BODY + (
        "The job went to Alan Milne - a key ally of the leader - on Monday. "
        "Acme chief, Bill Yates, spoke. Ambassadors include actors Harvey Kent and Sir Roger Moss. "
        "Fiat patriarch Gianni Aldo declined."
    )
    people = people_of(text)
    assert "a key ally of the leader" in people["Alan Milne"], people
    assert "Acme chief" in people["Bill Yates"], people
    assert "actors" in people["Roger Moss"], people
    assert "Fiat patriarch" in people["Gianni Aldo"], people


def test_magnates_hopefuls_and_internationals_are_roles() -> None:
    people = people_of(
        BODY + "Beer magnate Vijay Malik set up an airline. British hopefuls, including Kate Wills and "
        "Sophie Okoro, attended. Irish international Jolene Byrne finished second."
    )
    assert "Beer magnate" in people["Vijay Malik"], people
    assert "British hopefuls" in people["Sophie Okoro"], people
    assert "Irish international" in people["Jolene Byrne"], people


def test_kinship_before_a_name_describes_it() -> None:
    people = people_of(BODY + "The Queen will hand the throne to her grandson Prince William on her death.")
    assert any("grandson" in d for d in people["Prince William"]), people


def test_team_sheet_players_listed_by_initial() -> None:
    text = (
        "Coach Dan Carew named Matt Stevens at prop.\n\n"
        "J Robbins (Sale, capt); M Stevens (Bath), R de Marigny (Parma), A Lo Cicero (Rome); K Noon (Leeds)."
    )
    people = people_of(text)
    # the initial form joins the full name the article gives; the others stand as printed
    assert "M Stevens" not in people and "Matt Stevens" in people
    assert {"J Robbins", "R de Marigny", "A Lo Cicero", "K Noon"} <= set(people)


def test_team_sheet_players_listed_by_surname() -> None:
    text = (
        "Coach Dan Carew named Matt Stevens at prop.\n\n"
        "Horak, Stevens, Penney, Nordt, Bishop; Mapletoft, Edwards; Hatley, van der Walt, Murray "
        "(Anyinsah 59). Subs Not Used: Orr, Brown.\n\n"
        "Replacements: Everitt for Mapletoft (53), Paice for Nordt (60)."
    )
    people = people_of(text)
    assert {"Horak", "van der Walt", "Anyinsah", "Orr", "Everitt", "Paice"} <= set(people)
    assert "Stevens" not in people and "Matt Stevens" in people  # the surname joins the full name


def test_team_sheet_after_the_last_sentence_with_labels_inside() -> None:
    text = (
        "The game at Headingley went ahead after a pitch inspection.\n\n"
        "Kick-off was confirmed on Friday morning. Leeds: Balshaw; Rees, Christophers, Bell, Doherty; "
        "McMullen, Dickens (capt). Replacements: Kalman, Regan/Hyde. Saracens: Bartholomeusz; Castaignede, "
        "Sorrell, Harris, Vaikona. Not used: Cairns, Lloyd."
    )
    people = people_of(text)
    assert {
        "Balshaw",
        "Dickens",
        "Kalman",
        "Regan",
        "Hyde",
        "Bartholomeusz",
        "Vaikona",
        "Cairns",
        "Lloyd",
    } <= set(people), sorted(people)
    assert not {"Leeds", "Saracens", "Replacements"} & set(people)


def test_short_unlabelled_lines_of_a_team_sheet_are_players_not_teasers() -> None:
    text = (
        "Hearts 2-1 Livingston\n\n"
        "Lee Miller scored inside the opening minute and Hearts held on against Livingston.\n\n"
        "Gordon, Webster, Miller, Hartley, Neilson, McAllister, Simmons, Berra, Burchill, Wallace.\n\n"
        "Moilanen, Kizys.\n\n"
        "F Sheahan, M Horan, D O'Callaghan.\n\n"
        "Meldrum, McNamee, Bahoken, Deloumeaux, Strong, Dair, Easton, Lilley, O'Brien, McPake."
    )
    people = people_of(text)
    assert {"Moilanen", "Kizys", "F Sheahan", "M Horan", "D O'Callaghan", "McPake"} <= set(people), sorted(
        people
    )


def test_a_team_sheet_with_a_place_named_player_and_a_dropped_comma() -> None:
    text = (
        "The squad for the charity match was named on Monday.\n\n"
        "C Latham (Australia); R Caucau (Fiji), J Fourie (S Africa) T Umaga (New Zealand), S Bobo (Fiji). "
        "Reserves: B Lima (Samoa), E Taukafa (Tonga), A N Other."
    )
    people = people_of(text)
    assert {"C Latham", "J Fourie", "T Umaga", "B Lima", "E Taukafa"} <= set(people), sorted(people)


def test_a_list_of_places_or_a_short_list_is_not_a_team_sheet() -> None:
    people = people_of("France, Germany, Italy, Spain, Portugal, Greece.\n\nApple, Google.")
    assert not {"France", "Spain", "Apple", "Google"} & set(people)


def test_a_lone_initial_in_running_text_is_not_a_player() -> None:
    assert "A Robbins" not in people_of("A Robbins family spokesman declined to comment.")


def test_a_description_closing_a_report_is_a_pronoun_antecedent() -> None:
    text = BODY + (
        "Opposition leader Marta Quell attacked the port budget.\n\n"
        "Ms Dorne liked to quote impressive figures to calm people down, the opposition leader said. "
        '"This is a budget built on sand," she said.'
    )
    assert quote(text, "This is a budget").speaker == "Marta Quell"


def test_a_persons_possessive_is_no_title_for_what_it_owns() -> None:
    text = BODY + (
        "Harbour minister Tomas Dorne presented his plan.\n\n"
        "Mr Dorne's Budget was criticised by Minister Tomas Dorne's Committee, critics said."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert names == {"Tomas Dorne"}


def test_the_object_asked_to_speak_is_not_the_speaker() -> None:
    text = BODY + (
        "Opposition leader Marta Quell spoke after harbour minister Tomas Dorne.\n\n"
        'She urged the minister to admit he had left "hundreds of families" without moorings.'
    )
    assert quote(text, "hundreds of families").speaker == "Marta Quell"


def test_a_capitalised_new_before_one_word_names_a_thing() -> None:
    text = BODY + 'Director Ana Weiss said New Harbour feared the film would be "unviable financially".'
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Ana Weiss"}
    assert quote(text, "unviable").speaker == "Ana Weiss"


def test_a_lone_name_that_keeps_speaking_as_he_is_a_person() -> None:
    text = "Harbour chief rules out sale\n\n" + (
        "Okonjo, speaking to local radio, said he would not sell. "
        '"The harbour is not for sale," Okonjo said.\n\n'
        'On the subject of the port\'s finances, Okonjo countered: "We have the money." He smiled.\n\n'
        'Maritex said it would bid again. "We remain interested," Maritex said. It gave no figure.'
    )
    art = extract_article(text, "t.txt")
    okonjo = next(p for p in art.people if p.name == "Okonjo")
    assert not okonjo.descriptions  # "the port's finances" names no role
    assert "Maritex" not in {p.name for p in art.people}
    assert quote(text, "We have the money").speaker == "Okonjo"
    assert quote(text, "We remain").speaker is None


def test_a_lone_name_whose_words_beside_it_say_i_is_a_person() -> None:
    text = "Harbour regatta results\n\n" + (
        'The 24-year-old won the sculls in record time. "I didn\'t expect that," said Okonjo.\n\n'
        '"I am delighted for the crew," the Archbishop of Canterbury said.\n\n'
        '"We will sponsor it again," said Maritex. Maritex\'s Harbour Fund paid for the prizes.'
    )
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Okonjo"}
    assert quote(text, "I didn't expect").speaker == "Okonjo"
    assert quote(text, "We will sponsor").speaker is None


def test_titles_opened_by_a_function_word_and_initials_before_a_mc_surname() -> None:
    text = BODY + (
        "Welsh First Minister Rhodri Morgan and Treasury Under Secretary John Taylor toured the quay "
        "with owners JP McManus and John Magnier. The Anywhere But Home CD played."
    )
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Rhodri Morgan", "John Taylor", "JP McManus", "John Magnier"}


def test_a_generational_suffix_is_part_of_the_name_and_letters_are_not() -> None:
    text = BODY + (
        'Skipper Owen Crane Jr. said: "The tide beat us." Mr Crane left early. '
        "Ruth Ellery QC and Dan Hobbs MP watched."
    )
    art = extract_article(text, "t.txt")
    crane = next(p for p in art.people if p.name == "Owen Crane Jr")
    assert "Mr Crane" in crane.aliases
    assert {p.name for p in art.people} == {"Owen Crane Jr", "Ruth Ellery", "Dan Hobbs"}
    assert quote(text, "The tide").speaker == "Owen Crane Jr"
    art = extract_article(BODY + "They thanked Martin Luther King Jnr and Andre Nzame III on the quay.", "t")
    assert {p.name for p in art.people} == {"Martin Luther King Jnr", "Andre Nzame III"}


def test_a_span_after_a_body_and_of_ends_its_name() -> None:
    text = BODY + (
        'Mr Crane told the board that "every expert" from the Harbour Trust to the Institute of Coastal '
        'Studies had suggested the "fees were too high".'
    )
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Crane"}
    assert quote(text, "fees were").speaker == "Crane"


def test_a_long_apposition_is_its_head_noun_phrase() -> None:
    text = BODY + (
        "Ruth Ellery, a retired schoolteacher who for thirty-one years ran the Saturday supper at the "
        "harbour hall and who still keeps the harbour club's minute books in a cedar chest at the foot of "
        "her bed and reads them aloud every spring, does not believe in nostalgia."
    )
    ellery = next(p for p in extract_article(text, "t").people if p.name == "Ruth Ellery")
    assert ellery.descriptions == ("a retired schoolteacher",)


def test_a_bracketed_role_before_a_name_describes() -> None:
    text = BODY + '"I work with (harbour master) Owen Crane and (Harbour Trust owner) Ruth Ellery," he said.'
    people = {p.name: p.descriptions for p in extract_article(text, "t").people}
    assert people["Owen Crane"] == ("harbour master",) and people["Ruth Ellery"] == ("Harbour Trust owner",)


def test_a_partitive_apposition_describes() -> None:
    text = BODY + "Dr. Ola Brekke, one of the retiring harbour pilots, has worked there since 1991."
    brekke = next(p for p in extract_article(text, "t").people if p.name == "Ola Brekke")
    assert brekke.descriptions == ("one of the retiring harbour pilots",)


def test_kin_named_by_given_name_join_a_full_name_only_in_the_family() -> None:
    text = BODY + (
        "Harbour master Owen Crane spoke at the dinner.\n\n"
        "He had been introduced by his son Tom, a trainee vicar, and his wife Ruth, who runs the cafe.\n\n"
        '"We will win," said 20-year-old student Tom Baker. Ruth Crane agreed.'
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert {"Tom", "Tom Baker", "Ruth Crane"} <= names
    assert "Ruth" not in names


def test_the_last_two_of_a_list_share_no_surname() -> None:
    text = BODY + "The crews of Dan Hobbs, Owen Crane, Ruth and Tom Ellery raced. Mike and Bob Bryan watched."
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert "Ruth Ellery" not in names and {"Tom Ellery", "Mike Bryan", "Bob Bryan"} <= names


def test_a_sheet_whose_label_the_scrape_dropped_keeps_its_colon() -> None:
    text = "Harbour XV named\n\nThe coach named his side on Friday.\n\n" + (
        ": Crane, Hobbs, Ellery, Okafor, Brekke, Pryce, Merrow.\n\n"
        "According to recent figures, Harbour Rowing's membership doubled."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert names == {"Crane", "Hobbs", "Ellery", "Okafor", "Brekke", "Pryce", "Merrow"}


def test_a_day_after_a_given_name_is_a_surname_but_not_after_a_city() -> None:
    text = BODY + (
        '"We can win the cup," said harbour team coach Mike Friday.\n\n'
        "They meet Sheffield Wednesday on Friday."
    )
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Mike Friday"}
    assert quote(text, "We can win").speaker == "Mike Friday"


def test_a_name_that_exclaims_outside_speech_is_a_title() -> None:
    text = BODY + "The band won best song for the hit Hey Nora! after five nominations."
    assert not extract_article(text, "t.txt").people


def test_however_between_subject_and_verb_and_a_possessive_subject() -> None:
    text = BODY + (
        "Port director Ines Marlow spoke first. Ms Marlow, however, warned that the extra demand had gone "
        'and it was "business as usual".\n\n'
        "A court upheld the claim of Tobias Wren. Of the sum now due to Wren, 82, who built the pier, his "
        'lawyer said: "It could be millions."'
    )
    assert quote(text, "business as usual").speaker == "Ines Marlow"
    assert quote(text, "It could be millions").speaker is None


def test_a_partial_quotation_carrying_on_reported_speech_is_that_speakers() -> None:
    text = BODY + (
        "Harbour chief Ines Marlow argued the only test was safety. It had nothing to do with "
        'putting "clear water" between the ports.\n\n'
        "Ms Marlow said the rules were strict. Harbour research has shown that sailors form "
        '"tribes" of their own.'
    )
    assert quote(text, "clear water").speaker == "Ines Marlow"
    assert quote(text, "tribes").speaker is None


def test_a_slogan_announced_with_a_colon_has_no_speaker() -> None:
    text = BODY + (
        'The party\'s election slogan will be: "Harbours working, keep them open". '
        'Campaign chief Alan Rudd accused rivals of "closing quays".'
    )
    assert quote(text, "Harbours working").speaker is None
    assert quote(text, "closing quays").speaker == "Alan Rudd"


def test_carrying_on_reported_speech_around_partial_quotations() -> None:
    text = BODY + (
        'Port users could not afford the "reckless dredging" planned by the council, Mr Rudd said. '
        'Instead, what was needed was a stop to the "endless tinkering".\n\n'
        'Alan Rudd, the harbour chief, said the season would be "unpredictable". And he brushed off '
        'council suggestions the port would close "by the back door".\n\n'
        '"Bridge of Sighs," said the director behind Harbour Nights and Quay Street.'
    )
    assert quote(text, "endless tinkering").speaker == "Alan Rudd"
    assert quote(text, "by the back door").speaker is None
    assert quote(text, "Bridge of Sighs").speaker == "Alan Rudd"


def test_a_headline_role_over_a_lede_name_describes_that_person() -> None:
    text = "Mayor rallies the fleet\n\n" + (
        "Ines Marlow has issued a rallying cry to skippers.\n\n"
        'The mayor said the season would be "long and hard".'
    )
    art = extract_article(text, "t.txt")
    assert "mayor" in next(p for p in art.people if p.name == "Ines Marlow").descriptions
    assert quote(text, "long and hard").speaker == "Ines Marlow"


def test_places_and_ministries_before_a_comma_are_no_descriptions() -> None:
    text = BODY + (
        "To a packed audience at Riverside's Sage Centre, Mr Rudd spoke. Turning to the economy, "
        "Mr Rudd promised growth. The port's senior vice president, Ana Weiss, agreed."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Rudd"] == ()
    assert people["Ana Weiss"] == ("The port's senior vice president",)


def test_a_quotation_reported_in_a_relative_clause_does_not_outrank_the_subject() -> None:
    text = BODY + (
        "Director Carl Weiss and novelist Philip Rudd met.\n\n"
        "Mr Weiss said he had visited Mr Rudd, who had told him that the villain could "
        '"stand for any tyranny". He added: "I have no wish to change the villains."'
    )
    assert quote(text, "stand for").speaker == "Philip Rudd"
    assert quote(text, "I have no wish").speaker == "Carl Weiss"


def test_names_with_two_particles() -> None:
    text = BODY + "The port adviser to chief executive Joris van der Berg met Tom de la Rue on Monday."
    assert {p.name for p in extract_article(text, "t.txt").people} == {"Joris van der Berg", "Tom de la Rue"}


def test_an_unknown_name_listed_between_people_is_a_person() -> None:
    text = BODY + (
        "The crew will be Stephen Jones, Gareth Thomas and Mefyn Dawes this weekend.\n\n"
        "The night belonged to Kate Winslet and Sailing Stripes."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert names == {"Stephen Jones", "Gareth Thomas", "Mefyn Dawes", "Kate Winslet"}


def test_a_family_name_that_is_a_place_word_needs_a_mark_of_a_person() -> None:
    text = BODY + (
        "Chelsea left-back Wayne Bridge is out. \"We will appeal,\" said Mike Lake, a spokesman for the "
        "airline. Dame Barbara Castle once spoke at the Albert Hall. Dennis Tower went to Beverly Hills."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert names == {"Wayne Bridge", "Mike Lake", "Barbara Castle"}
    listed = BODY + "The film won awards for Paul Giamatti, Thomas Haden Church and Virginia Madsen."
    assert "Thomas Haden Church" in {p.name for p in extract_article(listed, "t.txt").people}


def test_a_people_named_before_a_player_is_not_part_of_the_name() -> None:
    text = BODY + (
        "Top-seeded Americans Andy Roddick and Andre Agassi reached the last eight. Agassi beat left-handed "
        "Dane Kenneth Carlsen and Scot Nick Smith lost.\n\n"
        "Roddick was unhappy with his form. \"I'm not playing great,\" he said. The 31-year-old Dane was "
        "ranked 88th."
    )
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Andy Roddick", "Andre Agassi", "Kenneth Carlsen", "Nick Smith"}
    assert quote(text, "I'm not playing great").speaker == "Andy Roddick"


def test_a_sentence_opening_on_his_keeps_the_centre_over_a_name_in_passing() -> None:
    story = (
        "Britain's Jason Gardener won the 60m in Glasgow.\n\n"
        "Gardener cruised home ahead of Scot Nick Smith. His times were well short of American Maurice "
        "Greene's world record. \"It's a very hard record to break,\" said the world indoor champion.\n\n"
        "Ramin Ostad, the founder, was upbeat. His brother, Jamshid Ostad, was more cautious. "
        '"Buyers will not come," he said.'
    )
    text = BODY + story
    assert quote(text, "It's a very hard record").speaker == "Jason Gardener"
    assert quote(text, "Buyers will not come").speaker == "Jamshid Ostad"
    assert people_of(story)["Nick Smith"] == ("Scot",)


def test_a_name_in_passing_does_not_take_he_from_the_speaker_just_before() -> None:
    text = BODY + (
        "Tony Blair said he would meet concerns about the bill. But changes must not overturn the ruling on "
        'coma victim Tony Bland. "We must not confuse doctors," he said.\n\n'
        "Rafael Benitez hailed Gerrard for his strike. The Reds won with Gerrard's 20-yard drive. He added: "
        '"Steven can play anywhere."\n\n'
        "Chris Pyle runs a podcast site and says the costs are low. Many firms watch it. For his part, "
        'Adam Curry\'s pressing ahead. He loves it, and he says, "It is wonderful."'
    )
    assert quote(text, "We must not confuse doctors").speaker == "Tony Blair"
    assert quote(text, "Steven can play anywhere").speaker == "Rafael Benitez"
    assert quote(text, "It is wonderful").speaker == "Adam Curry"


def test_state_is_a_noun_unless_a_bare_verb_stands_there() -> None:
    text = BODY + (
        "Iran's foreign minister, Sirous Bahmanyar, was confident. He told Iranian state television that "
        '"most of the differences" had been narrowed.\n\n'
        "Singer Tom Pollard hinted at discontent with the state of the industry, and said: "
        '"Nobody wants to spar with me."'
    )
    assert quote(text, "most of the differences").speaker == "Sirous Bahmanyar"
    assert quote(text, "Nobody wants to spar").speaker == "Tom Pollard"


def test_words_the_standfirst_previews_are_those_of_whoever_the_body_credits() -> None:
    text = (
        "Ferry talks open\n\n"
        'UN envoy hails "historic opportunity" as the harbour talks open.\n\n'
        'Envoy Tarek Benslimane called the talks a "historic opportunity" on Monday.\n\n'
        'The board still insists that "control orders" must stay. Mayor Ruth Ellery said "control orders" '
        "were harsh."
    )
    art = extract_article(text, "t.txt")
    speakers = [(q.text, q.speaker) for q in art.quotes]
    assert speakers == [
        ("historic opportunity", "Tarek Benslimane"),
        ("historic opportunity", "Tarek Benslimane"),
        ("control orders", None),
        ("control orders", "Ruth Ellery"),
    ]


def test_a_partial_quote_of_peoples_adjectives_is_speech_not_a_title() -> None:
    text = BODY + (
        "Kazem Jalalvand, a member of parliament, warned Kurdish leaders against allowing \"American and "
        'Zionist" forces into the region. He praised the film "Children of Heaven" at length.'
    )
    assert quote(text, "American and Zionist").speaker == "Kazem Jalalvand"
    assert quote(text, "Children of Heaven").speaker is None


def test_the_younger_and_the_elder_of_a_family_and_a_son_named_jody() -> None:
    text = BODY + (
        "A jury found Clayton Strickler, the former sheriff, guilty. His son, Jody Strickler, who served as "
        "his chief deputy, was acquitted.\n\n"
        "Strickler did not testify.\n\n"
        'The younger Strickler hugged his wife after the verdict. "I just want to go home," he said.\n\n'
        'The elder Mr. Strickler wrote that the farm had been "my life\'s work".'
    )
    assert quote(text, "I just want to go home").speaker == "Jody Strickler"
    assert quote(text, "my life's work").speaker == "Clayton Strickler"


def test_a_surname_with_a_role_goes_to_the_bearer_who_holds_it() -> None:
    text = BODY + (
        "The firm was founded by Harold Stern, 81, a former plumber. His son, Jonathan Stern, 48, became "
        "the company's president in 2019.\n\n"
        "Harold Stern did not attend. Harold Stern wrote to tenants.\n\n"
        'Mr. Stern, the company\'s president, rejected the idea. "Nobody forced anything," he said.'
    )
    assert quote(text, "Nobody forced anything").speaker == "Jonathan Stern"


def test_a_word_for_where_someone_is_from_after_an_age_is_no_person() -> None:
    text = BODY + (
        "Richard Dunne is ready to commit his future to City. But the 25-year-old Dubliner underlined his "
        'intention to stay. "I really enjoy it at City," admitted the 28-year-old Dunne.'
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert names == {"Richard Dunne"}


def test_a_role_held_towards_a_named_person_describes() -> None:
    story = (
        "At the ceremony will be Hisako's son, Ronald Moriguchi, who was 6 when his family left. Cody "
        "Brandvik's mother, Sherry Brandvik, read of it in a newspaper. Federer initially wanted Andre "
        "Agassi's Australian coach Darren Cahill to help him. The film beat Arnaud Desplechin's Kings And "
        "Queen, directed by Abdel Kechiche."
    )
    people = people_of(story)
    assert people["Ronald Moriguchi"] == ("Hisako's son",)
    assert people["Sherry Brandvik"] == ("Cody Brandvik's mother",)
    assert people["Darren Cahill"] == ("Andre Agassi's Australian coach",)
    assert people["Abdel Kechiche"] == ()


def test_a_post_held_in_the_perfect_or_a_paper_published_describes() -> None:
    story = (
        '"We lost to the cemetery," says Halina Sobczak, 74, who has edited the weekly since 1989. Rafiq '
        "Chowdhury, who publishes a Bengali-language weekly nearby, bought the press."
    )
    people = people_of(story)
    assert people["Halina Sobczak"] == ("has edited the weekly since 1989",)
    assert people["Rafiq Chowdhury"] == ("publishes a Bengali-language weekly nearby",)


def test_a_partys_spokesman_is_the_named_person_unless_an_unnamed_one_came_before() -> None:
    text = BODY + (
        "Shadow foreign secretary Michael Ancram condemned the leaflet. The Tory spokesman also criticised "
        'the cost. "It is propaganda," he said.'
    )
    assert quote(text, "It is propaganda").speaker == "Michael Ancram"
    unnamed = BODY + (
        "A Tory spokesman condemned the leaflet, which Michael Ancram had praised. The Tory spokesman also "
        'criticised the cost. "It is propaganda," he said.'
    )
    assert quote(unnamed, "It is propaganda").speaker is None


def test_a_role_picked_out_by_a_relative_clause_is_unnamed_and_the_closing_source_reports() -> None:
    text = BODY + (
        "Norfolk farmer Tony Martin was jailed. Home Secretary Charles Clarke said Mr Howard was wrong. The "
        'barrister who had represented Mr Martin had said the rules were "weighted overwhelmingly" in '
        'favour of the householder, said Mr Clarke. He said: "The problem is understanding."\n\n'
        "Peter Misselbrook, executive partner of Tods Murray said Mr McLetchie had been considering "
        'retirement. He added: "David has decided."'
    )
    assert quote(text, "weighted overwhelmingly").speaker is None
    assert quote(text, "The problem is understanding").speaker == "Charles Clarke"
    assert quote(text, "David has decided").speaker == "Peter Misselbrook"


def test_a_countrys_office_holder_named_at_the_start_of_the_next_sentence() -> None:
    text = BODY + (
        "The dollar fell again. Meanwhile, France's finance minister has said the world faced \"economic "
        'catastrophe" unless the US acted. Herve Gaymard said he would seek action at the G7.'
    )
    assert quote(text, "economic catastrophe").speaker == "Herve Gaymard"


def test_someone_who_declined_to_be_named_is_whom_he_said_continues() -> None:
    text = BODY + (
        "Oil minister Jafar Saffarzadeh praised the contract. An executive at one European major, who "
        'declined to be named, was blunter. "Nobody wants to be first through the door," he said.'
    )
    assert quote(text, "Nobody wants to be first").speaker is None


def test_a_referee_line_closing_a_match_report_names_a_person() -> None:
    text = (
        "Harbour United 2-1 Quay Rovers\n\n"
        "Harbour United beat Quay Rovers with two late goals on Saturday.\n\n"
        "Smith, Jones, Brown, Taylor.\n\n"
        "29,603\n\n"
        "M Riley (W Yorkshire)."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert "M Riley" in names


def test_confesses_is_a_verb_of_speech() -> None:
    text = BODY + (
        "The film shows the Tory leader Michael Howard playing table tennis with his wife, ex-model Sandra. "
        'Asked if she enjoys the game, she confesses: "It would be more fun if I could win."'
    )
    assert quote(text, "It would be more fun").speaker == "Sandra"


def test_an_unknown_name_opening_a_list_of_people_is_a_person() -> None:
    text = BODY + (
        "The effects look false but Torvey Qalbrand, Kirsten Dunst and Alfred Molina carry the film.\n\n"
        "The Daily Grind, Kate Winslet and the crowd loved it."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert names == {"Torvey Qalbrand", "Kirsten Dunst", "Alfred Molina", "Kate Winslet"}
    longer = BODY + "She beat Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey to the prize."
    assert "PJ Harvey" in {p.name for p in extract_article(longer, "t.txt").people}
    firms = BODY + "Defendants include Jim Chase, Credit Suisse, Citigroup and Kate Morgan."
    assert "Credit Suisse" not in {p.name for p in extract_article(firms, "t.txt").people}


def test_duos_associates_dash_lists_and_such_as_describe_every_name() -> None:
    text = BODY + (
        "Sailing duo Jayne Torrin and Christopher Deane won. Kerr and associate Ron Blum followed.\n\n"
        "Three other barristers - Nicholas Blane QC, Andrew Nichol QC and Rick Scammell - resigned.\n\n"
        "The regatta drew such Hollywood directors as Oliver Stein, alongside such screen stars as Michael "
        "Douglass. But artists such as Argentina's Mustafa Yodo came too."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Jayne Torrin"] == people["Christopher Deane"] == ("Sailing duo",)
    assert people["Ron Blum"] == ("associate",)
    assert people["Nicholas Blane"] == people["Andrew Nichol"] == people["Rick Scammell"] == ("barristers",)
    assert people["Oliver Stein"] == ("Hollywood directors",)
    assert people["Michael Douglass"] == ("screen stars",)
    assert people["Mustafa Yodo"] == ("artists",)


def test_a_party_label_before_an_apposition() -> None:
    text = BODY + (
        '"The deal is historic," said Sen. Robert Menard (D-N.J.), chairman of the Senate Ports Committee. '
        "Rep. Eric Canton, R-Va., the majority leader, said in a statement that it was a mistake."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "chairman of the Senate Ports Committee" in people["Robert Menard"]
    assert "the majority leader" in people["Eric Canton"]


def test_citing_apologising_and_likening_are_speech() -> None:
    text = BODY + (
        'Harbour chief Ines Marlow has apologised for "a genuine mistake". Port chairman Liam Foxe likened '
        'the two rivals to "squabbling gulls". He also cited the storm as proof of "real danger".'
    )
    assert quote(text, "a genuine mistake").speaker == "Ines Marlow"
    reflecting = BODY + (
        'Harbour chief Ines Marlow spoke. She went on to reflect on the values that "sailors hold dear".'
    )
    assert quote(reflecting, "sailors hold dear").speaker == "Ines Marlow"
    assert quote(text, "squabbling gulls").speaker == "Liam Foxe"
    assert quote(text, "real danger").speaker == "Liam Foxe"


def test_continue_to_is_no_speech_and_highlighting_or_branding_is() -> None:
    text = BODY + (
        "Port minister Jack Strawn spoke. Mr Strawn promised to continue to ensure the rebate, secured in "
        'the past by Margaret Thorne, was "fully justified". Harbour chief Ines Marlow will highlight the '
        'anger of "all crews". The Tory leader Mark Howe brands such criticisms as "absolutely rubbish".'
    )
    assert quote(text, "fully justified").speaker == "Jack Strawn"
    assert quote(text, "all crews").speaker == "Ines Marlow"
    assert quote(text, "absolutely rubbish").speaker == "Mark Howe"


def test_a_nickname_in_double_marks_stays_out_of_the_name() -> None:
    text = BODY + 'Antonio "LA" Reid, chairman of the port board, said: "I can think of no-one better."'
    art = extract_article(text, "t.txt")
    people = [(p.name, p.descriptions) for p in art.people]
    assert people == [("Antonio Reid", ("chairman of the port board",))]
    assert quote(text, "I can think").speaker == "Antonio Reid"


def test_plain_mr_is_not_a_knight_of_the_same_surname() -> None:
    text = BODY + (
        "Prime Minister Tony Blaire and police chief Sir Ian Blaire spoke. Sir Ian warned of risks. "
        'Sir Ian said more. But Mr Blaire insisted: "There is no greater liberty."'
    )
    assert quote(text, "There is no greater").speaker == "Tony Blaire"


def test_our_correspondent_is_the_correspondent_the_story_names() -> None:
    text = BODY + (
        "By political correspondent Stephen Capes\n\nHarbour minister John Prescot met union leaders.\n\n"
        "Our correspondent said that no deal had been offered. There was \"some possibility\" of a deal, "
        "he added."
    )
    assert quote(text, "some possibility").speaker == "Stephen Capes"


def test_an_organisation_in_a_persons_title_is_not_that_person() -> None:
    text = BODY + (
        "Harbour Traders Association director Annie Walkes said trade was up.\n\n"
        'And the Harbour Traders Association said shops were expecting the "best season ever".'
    )
    assert quote(text, "best season ever").speaker is None


def test_an_agent_noun_before_a_full_name_is_a_trade_not_a_firm() -> None:
    text = BODY + "Documentary maker Michael Cockrell filmed the port. Boat maker Seacraft said so."
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people == {"Michael Cockrell": ("Documentary maker",)}


def test_long_names_owners_after_held_at_and_letters_before_an_apposition() -> None:
    text = BODY + (
        "President Luiz Inacio Lula da Silva opened the port. A book came out by Philippe Sandes QC, a "
        "member of Cherie Blaire's Matrix Chambers. Three barristers - Nicholas Blane QC, Andrew Nichol QC "
        "and Rick Scammell - resigned."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "Luiz Inacio Lula da Silva" in people and "Cherie Blaire" in people
    assert people["Philippe Sandes"] == ("QC", "a member of Cherie Blaire's Matrix Chambers")
    assert people["Andrew Nichol"] == ("barristers",)


def test_a_sentence_ending_on_the_one_person_it_names_introduces_them() -> None:
    text = BODY + (
        '"We will sell the phones," said chief executive David Monteath.\n\n'
        "The technology grew out of research done by the company's research director Dr Alastair Sibbold. "
        '"We are basically trying to fool your ears."'
    )
    assert quote(text, "We are basically").speaker == "Alastair Sibbold"


def test_the_actor_is_not_the_actors_friend_nor_an_actor_named_later() -> None:
    text = BODY + (
        "Film star Marlon Brandt turned the role down.\n\n"
        "The actor's friend Budd Schulman told a magazine that Brandt's assistant suggested he read the "
        'novel. The actor repeatedly refused, throwing the book at her and saying: "I won\'t do it." '
        "He later played Corleone instead of George Rafe, an actor famed for playing gangsters."
    )
    assert quote(text, "I won't do it").speaker == "Marlon Brandt"


def test_titles_alone_name_no_one_and_letters_after_a_name_are_dropped() -> None:
    text = BODY + (
        'Scottish Finance Minister, Tom McCabe MSP, said: "Last week I announced more money." '
        '"We will not drop them," said ATP Vice President of Communications David Higdon. '
        '"It is a disguise," said Tory MSP Brian Monteith.'
    )
    art = extract_article(text, "t.txt")
    assert {p.name for p in art.people} == {"Tom McCabe", "David Higdon", "Brian Monteith"}
    assert quote(text, "Last week").speaker == "Tom McCabe"
    assert quote(text, "We will not").speaker == "David Higdon"


def test_a_royal_style_after_other_title_words_is_still_part_of_the_name() -> None:
    text = BODY + (
        'Foreign minister Prince Saud Al-Farid said: "Our reforms work." Prince Saud added: "We are proud."'
    )
    assert quote(text, "Our reforms").speaker == quote(text, "We are proud").speaker == "Prince Saud Al-Farid"


def test_a_full_name_seen_once_is_vouched_for_by_a_lone_name_that_keeps_speaking() -> None:
    text = "Author finishes new book\n\n" + (
        "Rowlands revealed she had finished the novel. JK Rowlands's fifth book sold well.\n\n"
        'Rowlands said she had "plenty of time" to work on it.'
    )
    assert quote(text, "plenty of time").speaker == "JK Rowlands"


def test_a_role_owner_numbers_and_squads_name_no_one() -> None:
    text = BODY + (
        'Voters got "snatches of policy" from things like Prime Minister\'s Questions, said Tony Blaire. '
        "Strong Oscar contenders Vera Drake and Million Dollar Baby led. He joined the Elite Player Squad."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert "Questions" not in names and "Million Dollar Baby" not in names and "Squad" not in names


def test_a_teenager_or_veteran_before_a_name_makes_it_a_person() -> None:
    text = BODY + (
        "Teenager Xaniq Mirzan won the harbour race.\n\n"
        "The 18-year-old beat Alyona Bondar. Mirzan, ranked 134, sank to her knees after beating Bondar. "
        '"It is a big moment," she said.'
    )
    assert quote(text, "It is a big moment").speaker == "Xaniq Mirzan"


def test_models_feelings_closing_sources_and_adverbs_before_the_verb() -> None:
    text = BODY + (
        "Model Caprina and actor Jeremy Edwin left the house.\n\n"
        'Caprina, who left in the fourth eviction, afterwards said: "I am so glad I\'m out."\n\n'
        'The critic Peter Bradley felt that there "might well be" a sweep of awards.\n\n'
        'So phones will disappear into clothing, says Mr Edwin. "So the gadgets in your bag will go."'
    )
    assert quote(text, "I am so glad").speaker == "Caprina"
    assert quote(text, "might well be").speaker == "Peter Bradley"
    assert quote(text, "So the gadgets").speaker == "Jeremy Edwin"


def test_a_team_sheet_after_a_closing_quotation_with_scorers_and_attendance() -> None:
    text = "Harbour derby\n\n" + (
        '"We deserved it," said the coach. "It was a scrappy game." Port City: Jameson, Millsby '
        "(Bradwell 83), Dunmore. Subs Not Used: Weavers, Onuoba. Harbour Utd: Carrow, Ferdin, Keaney. "
        "Goals: Rooneyson 68, Dunmore 75 og. Att: 47,111 Ref: S Bennet (Kent)."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert {"Jameson", "Weavers", "Keaney", "Rooneyson", "S Bennet"} <= names


def test_a_trait_description_before_the_verb_is_the_subject_not_an_apposition() -> None:
    text = BODY + (
        "World number one Lindsay Daventry has criticised the regatta.\n\n"
        "Reacting to a disputed comment by club chairman Tim Philipps, the American said: "
        '"I think it is highly insulting."'
    )
    art = extract_article(text, "t.txt")
    assert next(p for p in art.people if p.name == "Tim Philipps").descriptions == ("club chairman",)
    assert quote(text, "I think it is").speaker == "Lindsay Daventry"


def test_a_partys_verb_inside_a_persons_report_does_not_take_the_words() -> None:
    text = BODY + (
        'Harbour spokesman Ed Davies said instead of the "bonfire of fees" the council had promised, '
        'there had been an "explosion" of them.'
    )
    assert quote(text, "explosion").speaker == "Ed Davies"


def test_the_subject_after_a_long_opening_clause() -> None:
    text = BODY + (
        "Shortly after collecting a trophy, a convertible and a cheque, Rafael Ferder addressed the crowd "
        'and concluded by saying "thanks for having me".'
    )
    assert quote(text, "thanks for having me").speaker == "Rafael Ferder"


def test_a_plural_royal_style_and_a_joint_statement() -> None:
    text = BODY + 'The Queen was glad. Princes Wilhelm and Harald said they are "very happy" for them.'
    art = extract_article(text, "t.txt")
    assert {"Prince Wilhelm", "Prince Harald"} <= {p.name for p in art.people}
    assert quote(text, "very happy").speaker == "Prince Wilhelm"


# -- layout -----------------------------------------------------------------------------------
def test_byline_dateline_and_furniture() -> None:
    text = (
        "Storm closes harbour for a week\n\nBy Nadia Kowalski\n\n14 March 2022\n\n"
        "Share this article\n\n"
        "A storm closed Westcliff harbour on Sunday, stranding twenty boats.\n\n"
        "Read more: Why the sea wall failed\n\n"
        '"We have never had to shut for this long," said harbour master Ellen Okafor.\n\n'
        "Sign up for our newsletter\n\n"
        "Subscribe to the Westcliff Gazette for unlimited access."
    )
    art = extract_article(text, "t.txt")
    assert art.title == "Storm closes harbour for a week"
    assert art.author == "Nadia Kowalski"
    assert art.published == "2022-03-14"
    body = " ".join(s.text for s in art.sentences)
    for furniture in ("Share this", "Read more", "newsletter", "Subscribe"):
        assert furniture not in body
    assert any(e.date == "2022-03-13" and "storm" in e.text.lower() for e in art.events)


def test_wire_and_regional_page_furniture_leaves_the_body() -> None:
    text = (
        "Harbour board votes to close ferry pier\n\n"
        "By Ruth Ellery\n\n"
        "Posted Tue 11 May 2021 at 5:32pm, updated Tue 11 May 2021 at 7:10pm\n\n"
        "Ferry pilot Dan Hobbs waits at the pier on Monday. (AP Photo/Owen Crane)\n\n"
        "Key points:\nThe pier closes in June\nFerries will use the north quay\n\n"
        "The harbour board voted on Monday to close the old ferry pier.\n\n"
        "A crane lifts a pontoon at the quay. Owen Crane/Harbour Courier-Journal\n\n"
        "Skippers were angry about the vote.\n\n"
        "(Updates with skipper comment in third paragraph)\n\n"
        "Download the Harbour News app\n\n"
        "The Associated Press is solely responsible for all content."
    )
    art = extract_article(text, "t.txt")
    body = " ".join(s.text for s in art.sentences)
    assert body == (
        "The harbour board voted on Monday to close the old ferry pier. Skippers were angry about the vote."
    )
    assert art.published == "2021-05-11"


def test_photo_credits_close_captions_and_a_headline_sits_over_its_byline() -> None:
    text = (
        "Skippers forgot the pier. The town never will.\n\n"
        "Opinion by Ruth Ellery\n\n"
        "Dan Hobbs waits at the pier. (Owen Crane / Harbour Courier)\n\n"
        "The harbour board voted on Monday to close the old ferry pier.\n\n"
        "Boats at the north quay in June. [Owen Crane/AFP]\n\n"
        "A ferry at the quay, June 22, 2016. (Harbour Board photo)\n\n"
        "Skippers were angry about the vote."
    )
    art = extract_article(text, "t.txt")
    assert art.title == "Skippers forgot the pier. The town never will."
    assert art.author == "Ruth Ellery"
    assert [s.text for s in art.sentences] == [
        "The harbour board voted on Monday to close the old ferry pier.",
        "Skippers were angry about the vote.",
    ]


def test_author_agency_and_date_on_one_line() -> None:
    text = (
        "Skippers demand a new pier\n\n"
        "Ruth Ellery / HNS / Updated: Jul 19, 2022, 08:14 IST\n\n"
        "Skippers said on Monday that the old pier was unsafe."
    )
    art = extract_article(text, "t.txt")
    assert (art.author, art.published) == ("Ruth Ellery", "2022-07-19")
    assert [s.text for s in art.sentences] == ["Skippers said on Monday that the old pier was unsafe."]


def test_a_breadcrumb_above_the_headline_is_furniture() -> None:
    text = "News|Harbours\n\nSkippers block the quay as fee row deepens\n\nSkippers blocked the quay."
    art = extract_article(text, "t.txt")
    assert art.title == "Skippers block the quay as fee row deepens"
    assert [s.text for s in art.sentences] == ["Skippers blocked the quay."]
    titled = extract_article("Pier closes | Harbour News\n\nThe pier closed on Monday.", "t.txt")
    assert titled.title == "Pier closes | Harbour News"


def test_press_release_and_radio_furniture_leaves_the_body() -> None:
    text = (
        "Harbour Co to build a new pier\n\n"
        "Heard on Morning Edition\n\n"
        "4-Minute Listen\n\n"
        "A crane lifts a pontoon at the quay.\n\n"
        "Owen Crane/Harbour Radio\n\n"
        "Harbour Co said on Monday it would build a new pier.\n\n"
        "+4.12%\n\n"
        "The pier will open in 2024.\n\n"
        "About Harbour Co\n\n"
        "Harbour Co runs ferries on the north coast.\n\n"
        "Media Contact:\n\n"
        "Ruth Ellery, press@harbour.example"
    )
    art = extract_article(text, "t.txt")
    assert [s.text for s in art.sentences] == [
        "Harbour Co said on Monday it would build a new pier.",
        "The pier will open in 2024.",
    ]
    prose = "Pier appeal\n\nThe appeal will be heard on 5 March.\n\nThe award was presented by the mayor."
    assert len(extract_article(prose, "t.txt").sentences) == 2  # the same words inside prose stay
    prose = "Phones\n\nSkippers will get the latest radios.\n\nThey can download the harbour app today."
    assert len(extract_article(prose, "t.txt").sentences) == 2


def test_a_byline_with_a_dash_and_a_us_numeric_date() -> None:
    text = "Pier vote set\n\nBy Ruth Ellery - 03/26/15 06:00 AM EDT\n\nThe board met on Wednesday."
    art = extract_article(text, "t")
    assert (art.author, art.published) == ("Ruth Ellery", "2015-03-26")


def test_a_headline_of_two_sentences_in_headline_capitals() -> None:
    text = (
        "Skippers Went on Strike Over Pier Fees. Eight Months Later, the Harbour Board Blinked.\n\n"
        "The harbour board agreed on Thursday to cut pier fees by a third.\n\n"
        "Skippers had refused to pay since March."
    )
    art = extract_article(text, "t.txt")
    assert art.title == text.split("\n")[0]
    prose = extract_article("The board met. It cut fees for all the skippers.\n\nSkippers cheered.", "t.txt")
    assert prose.title is None


def test_caption_and_credit_leave_the_body_but_date_events() -> None:
    text = (
        "Ferry returns\n\nThe first ferry docks at Westcliff on June 3, 2021.\nJohn Smith/Reuters\n\n"
        "The ferry service resumed after a two-year pause."
    )
    art = extract_article(text, "t.txt")
    body = " ".join(s.text for s in art.sentences)
    assert "first ferry docks" not in body and "Reuters" not in body
    assert any(e.date == "2021-06-03" and e.sentence_id is None for e in art.events)


def test_broadcast_plugs_and_closing_columnist_notes_leave_the_body() -> None:
    text = BODY + (
        "The harbour reopened on Monday after the storm.\n\n"
        "Ships queued outside the breakwater for most of the day.\n\n"
        "The regatta will be televised on BBC One at 1400 GMT on Saturday.\n\n"
        "Ana Weiss works for the harbour board. She said crews were tired.\n\n"
        "Bill Thomsen is a regular commentator on the World Service programme Go Digital."
    )
    art = extract_article(text, "t.txt")
    body = " ".join(s.text for s in art.sentences)
    assert "televised" not in body and "regular commentator" not in body
    assert "Ana Weiss works for the harbour board." in body  # not the closing line: no bio
    assert art.author == "Bill Thomsen"


def test_seed_teasers_and_paywall_are_dropped() -> None:
    news = extract_article((SEEDS / "000_bbebd542e95b6b26.txt").read_text(encoding="utf-8"), "000")
    essay = extract_article((SEEDS / "004_b2edbb3791ca4f6c.txt").read_text(encoding="utf-8"), "004")
    news_body = " ".join(s.text for s in news.sentences)
    essay_body = " ".join(s.text for s in essay.sentences)
    assert "fentanyl" not in news_body and "hunt and fish" not in news_body
    assert "Subscribe" not in essay_body and "free article" not in essay_body
    assert essay.author == "Mohsen Milani"
    assert news.published == "2013-11-27"


# -- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 1979 revolution changed everything.", ["1979"]),
        ("They met in November 1979 in Tehran.", ["1979-11"]),
        ("The talks began on Tuesday, Nov. 26, 2013.", ["2013-11-26"]),
        ("The deal was signed on 3 March 2020.", ["2020-03-03"]),
        ("Profits rose 8% to 2,000 jobs and dollars 1999m.", []),
        ("It laid off 2000 workers.", []),
        ("The season runs through 2004-05.", ["2004"]),
        ("She said the goal for 2005 was to grow.", ["2005"]),
        ("Debts will rise by the middle of 2006 unless a plan is agreed.", ["2006"]),
        ("It hired 1500 sailors and 2000 dockers.", []),
        ("Their 2004 earnings rose, and the awesome 1967 tourists drew.", ["2004", "1967"]),
    ],
)
def test_explicit_dates_keep_their_granularity(sentence: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(sentence)] == expected


def test_relative_dates_resolve_against_publication_date_only() -> None:
    import datetime as dt

    wednesday = dt.date(2013, 11, 27)
    assert [d.value for d in find_dates("Officials met in Oman last March.", wednesday)] == ["2013-03"]
    assert [d.value for d in find_dates("Early hours Sunday morning were tense.", wednesday)] == [
        "2013-11-24"
    ]
    assert [d.value for d in find_dates("The vote will be held on Friday.", wednesday)] == ["2013-11-29"]
    assert [d.value for d in find_dates("He was arrested on 14 June last year.", wednesday)] == ["2012-06-14"]
    assert find_dates("Officials met in Oman last March.", None) == []
    # a date ahead with a cue of what must or will happen is the next one; a past verb after it undoes that
    assert [d.value for d in find_dates("The new rules take effect Aug. 1.", wednesday)] == ["2014-08-01"]
    assert [d.value for d in find_dates("The pier must be rebuilt by May 1.", wednesday)] == ["2014-05-01"]
    assert [d.value for d in find_dates("The talks, scheduled for October, collapsed.", wednesday)] == [
        "2013-10"
    ]
    assert [d.value for d in find_dates("Last August, a ferry sank.", wednesday)] == ["2013-08"]
    assert [d.value for d in find_dates("The pier would reopen by December.", wednesday)] == ["2013-12"]
    assert [d.value for d in find_dates("She wants a ruling by the end of June.", wednesday)] == ["2014-06"]
    assert [d.value for d in find_dates('"In May, we ordered more boats."', wednesday)] == ["2013-05"]
    closed = "The cafe could stay shut until spring after water poured in on Friday night."
    assert [d.value for d in find_dates(closed, wednesday)] == ["2013-11-22"]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # the clause's own verb decides, not a modal elsewhere in the sentence
        ("The lawyer said on Monday that the firm would appeal.", "2025-03-04", ["2025-03-03"]),
        ("Harlan Vost introduced a bill in May that would cap fees.", "2017-08-14", ["2017-05"]),
        ("He is scheduled to be sentenced in August.", "2019-05-16", ["2019-08"]),
        ("The pumps must be replaced by May 1.", "2024-02-29", ["2024-05-01"]),
        ("The board meets March 4 in Vienna.", "2024-02-28", ["2024-03-04"]),
        ("Funding runs out at 11:59 p.m. Friday.", "2021-10-14", ["2021-10-15"]),
        ("Diplomats said a vote could come as early as Thursday.", "2023-03-08", ["2023-03-09"]),
        ("A floor vote was likely in April.", "2015-03-26", ["2015-04"]),
        # speech inside quotation marks keeps its own tense; the reporter's verb is "told"
        ("\u201cWe must pay the nurses,\u201d he told reporters on Friday.", "2023-03-12", ["2023-03-10"]),
        ("On Tuesday, 14 senators wrote to the Treasury.", "2025-02-13", ["2025-02-11"]),
        ("The Tories would reopen them if they won control in May.", "2023-02-10", ["2023-05"]),
        ("The company laid off 8% of its staff in January.", "2023-10-25", ["2023-01"]),
        (
            "A runoff will follow a round on March 1 that produced a low turnout.",
            "2024-05-09",
            ["2024-03-01"],
        ),
        # a date inside a joined clause's subject takes that clause's verb, not the first clause's
        (
            "Sanctions were lifted, and a trade fair in Tehran in April is expected to draw hundreds.",
            "2016-01-25",
            ["2016-04"],
        ),
        # a journey on a timetable is ahead; a caption's "leaves court" is not a journey
        ("The group leaves for Shiraz on Wednesday.", "2016-04-19", ["2016-04-20"]),
        ("Dora Kell leaves court on Monday.", "2016-04-19", ["2016-04-18"]),
        # an article before a number makes it a thing's year, even an old one
        ("The museum must hand over an 1879 canvas by the painter.", "2016-03-10", ["1879"]),
        # with no tense to go by, the nearer occurrence
        ("Diplomats say the president is considering a conference in December.", "2020-10-27", ["2020-12"]),
        # a past verb right after a date in the subject; a future relative clause before the main verb
        ("Talks in the port of Leith in April ended in deadlock.", "2013-11-10", ["2013-04"]),
        ("Skippers, who will take over in January, have signalled support.", "2014-11-24", ["2015-01"]),
        ("Dora Kell, who is due in March, has timed the drive.", "2024-01-16", ["2024-03"]),
        # an expectation of the past; a hearing set for a day ahead
        ("The levy, which had been expected in late December, was delayed.", "2016-01-17", ["2015-12"]),
        ("A hearing on the merits is set for Aug. 24.", "2015-08-11", ["2015-08-24"]),
        # "that year" is the year the sentence named before
        ("He quit in May 2014 and was charged in June of that year.", "2016-03-10", ["2014-05", "2014-06"]),
    ],
)
def test_relative_dates_follow_the_tense_of_their_clause(
    sentence: str, published: str, expected: list[str]
) -> None:
    import datetime as dt

    assert [d.value for d in find_dates(sentence, dt.date.fromisoformat(published))] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The harbour board today adopted a fourth round of fees.", ["2010-06-09"]),
        ("The committee voted six to one last night to refuse the scheme.", ["2010-06-08"]),
        ("The June election, which brought a new mayor, was the first crack.", ["2010-06"]),
        ("The judge scheduled sentencing for Jan. 20 and revoked his bail.", ["2011-01-20"]),
        # (the day only in the reporter's own words, and never as "today's" or a masthead)
        ('"Nothing about today changes that," she said.', []),
        ("In today's fragmented market, that is a lot.", []),
        ("Ellen Marsh, USA TODAY Sports", []),
    ],
)
def test_the_day_of_publication_and_plans_after_it(sentence: str, expected: list[str]) -> None:
    assert [d.value for d in find_dates(sentence, dt.date(2010, 6, 9))] == expected


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("November 27, 2013", "2013-11-27"),
        ("FEBRUARY 17, 2017, 5:00 AM", "2017-02-17"),
        ("21 Apr 2016 20:15 GMT | Yemen, Saudi Arabia, Iran, Middle East", "2016-04-21"),
        ("Published: 2021-03-03", "2021-03-03"),
        ("Tuesday 9 November 2021 14.05 GMT", "2021-11-09"),
        ("Updated 10:32 AM EST, Wed March 3, 2021", "2021-03-03"),
        ("18/01/2022 07:00", "2022-01-18"),
        ("The storm hit on March 3, 2021", None),
        ("21 Apr 2016 | The talks begin today", None),
        ("May 4, 2023 4:41 PM GMT+1 Updated 3 hours ago", "2023-05-04"),
        ("Published 5:02 a.m. CT March 12, 2024 | Updated 9:15 a.m. CT March 12, 2024", "2024-03-12"),
        ("Posted Tue 11 May 2021 at 5:32pm, updated Tue 11 May 2021 at 7:10pm", "2021-05-11"),
        ("Published On 12 Mar 2023", "2023-03-12"),
        ("Talks began on 3 March 2021 and ended on 4 March 2021", None),
        ("Published: Aug. 14, 2022 at 5:47 PM CDT|Updated: 2022-08-15 06:12 CDT", "2022-08-14"),
        ("17.03.2023, 18.09 Uhr", "2023-03-17"),
        ("Published On 12 Mar 202312 Mar 2023", "2023-03-12"),
        ("Issued on: 18/05/2016 - 14:32Modified: 18/05/2016 - 16:05", "2016-05-18"),
        ("03/26/15 06:00 AM EDT", "2015-03-26"),
        ("Mon, September 12, 2022 at 8:00 AM \u00b7 5 min read", "2022-09-12"),
        ("Feb. 12, 2025, 5:00 AM EST / Updated Feb. 12, 2025, 9:41 AM EST", "2025-02-12"),
        ("March 14, 2024, 5 a.m. EDT", "2024-03-14"),
        ("January 21, 2016 / 11:42 AM / 8 years ago", "2016-01-21"),
        ("02/10/16 05:47 PM EST", "2016-02-10"),
        ("02/10/16 17:47 GMT", "2016-10-02"),
        ("Last updated: 26 Feb 2014 10:43", "2014-02-26"),
        ("Date 25.01.2016", "2016-01-25"),
        ("Date of the hearing remains unknown", None),
        ("April, 21, 2016 - 14:03", "2016-04-21"),
        ("Apr 04,2015 - Last updated at Apr 04,2015", "2015-04-04"),
        ("27 November 2013 | Issue 5262", "2013-11-27"),
        ("Wed, Jun 13, 2012 - Page 1", "2012-06-13"),
        ("Updated 16:22, 31-Dec-2016", "2016-12-31"),
        ("23.11.2012 - Update : 23.11.2012", "2012-11-23"),
        ("Page 1 of the report was dated", None),
        ("April, 2016", None),
        ("Last Update: Sunday, 24 November 2013 KSA 21:47 - GMT 18:47", "2013-11-24"),
        ("Published:  07.14.15, 23:41 / Harbour News", "2015-07-14"),
        ("This content was published on November 27, 2013 - 11:00", "2013-11-27"),
        ("Updated 11:52 PM KSA, Mon January 18, 2016", "2016-01-18"),
        ("28 June 2012 04:12 pm     - 3      - 1840", "2012-06-28"),
        ("Update: April, 14/2014 - 09:14", "2014-04-14"),
        ("Tuesday, 15 March, 2016 | 14:03 WIB", "2016-03-15"),
        ("Call 1840 for more - 3", None),
        ("Originally published March 18, 2014 at 5:12 pm | Updated March 18, 2014 at 9:40 pm", "2014-03-18"),
        ("Harbour Board 21:47 minutes, 24 November 2013", None),
    ],
)
def test_datelines(line: str, iso: str | None) -> None:
    assert parse_dateline(line) == iso


def test_sentences_respect_abbreviations_and_quotes() -> None:
    text = 'Mr. Hart met U.S. officials on Nov. 26. "We agreed," he said. Then they left.'
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == ["Mr. Hart met U.S. officials on Nov. 26.", '"We agreed," he said.', "Then they left."]


@pytest.mark.parametrize("name", ["000_bbebd542e95b6b26.txt", "004_b2edbb3791ca4f6c.txt"])
def test_single_newline_layout_reads_like_blank_line_layout(name: str) -> None:
    """Scrapes that separate paragraphs with single newlines lose nothing (no body taken for captions)."""
    import re

    text = (SEEDS / name).read_text(encoding="utf-8")
    spaced = extract_article(text, name)
    tight = extract_article(re.sub(r"\n\s*\n", "\n", text), name)
    assert [(q.text, q.speaker) for q in tight.quotes] == [(q.text, q.speaker) for q in spaced.quotes]
    assert (tight.title, tight.published, tight.author) == (spaced.title, spaced.published, spaced.author)
    assert len(tight.sentences) == len(spaced.sentences)


# -- session 11 -------------------------------------------------------------------------------
def test_a_description_with_an_adverb_before_its_verb_is_the_antecedent() -> None:
    text = BODY + (
        "Harbour manager Colin Dreyer will fine skipper Paul Ostrow for the collision with the ferry.\n\n"
        'The Scot initially defended Ostrow. But he has changed his mind. He said: "The rules are the rules."'
    )
    assert quote(text, "The rules").speaker == "Colin Dreyer"


def test_offices_and_divisions_are_not_people() -> None:
    text = (
        "The Lord Chief Justice, Lord Marwood, said he was a \"fine judge\". The Lord Chancellor agreed. "
        "Dame Helen Ashdown, the president of the Family Justice Division, said he was \"humane\".\n\n"
        "Harbour manager Colin Dreyer will fine skipper Paul Ostrow."
    )
    found = people_of(text)
    assert set(found) == {"Lord Marwood", "Helen Ashdown", "Colin Dreyer", "Paul Ostrow"}
    # a modal verb ends the words before a name: "Dreyer will fine" is no part of Ostrow's title
    assert not any("Dreyer" in d for d in found["Paul Ostrow"])
    assert quote(BODY + text, "humane").speaker == "Helen Ashdown"


def test_a_relative_clause_after_an_apposition_belongs_to_its_head() -> None:
    text = BODY + (
        "The point was made by his former partner, Helen Marsh of Leeds, the eldest daughter of banker "
        'Peter Crane, who said life with him was "meetings, meetings, meetings".'
    )
    assert quote(text, "meetings").speaker == "Helen Marsh"


def test_an_organisation_in_apposition_to_the_subject_speaks_for_nobody() -> None:
    text = BODY + (
        "Harbour manager Colin Dreyer said the ferry was late.\n\n"
        "The ship's owner, Rotterdam-based Orient Meridian Lines, said in a statement that it was "
        '"co-operating fully with the authorities".\n\n'
        'Pensioners\' charity Age Concern said the rise was "cowardly". The Department for Transport, '
        'Local Government and Regional Affairs said it was "monitoring the situation".'
    )
    assert quote(text, "co-operating").speaker is None
    assert quote(text, "cowardly").speaker is None
    assert quote(text, "monitoring").speaker is None
    assert set(people_of(text.removeprefix(BODY))) == {"Colin Dreyer"}


def test_reported_speech_running_on_in_a_modal_keeps_its_speaker() -> None:
    text = BODY + (
        "Harbour manager Colin Dreyer said the old quay had been neglected for years. "
        'The new quay should be "protected and maintained," but the council had other plans.'
    )
    assert quote(text, "protected").speaker == "Colin Dreyer"


@pytest.mark.parametrize(
    "top",
    [
        "Debt Collection",
        "Business | Industrial Services",
        "Argument\nAn expert's point of view on a current event.",
        "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\nPolitics",
        "U.S.",
    ],
)
def test_a_section_label_or_site_banner_above_the_headline_is_furniture(top: str) -> None:
    text = f"{top}\n\nHarbour Skippers Win Their Fight Over Mooring Fees\n\nSkippers won the vote on Monday."
    art = extract_article(text, "t.txt")
    assert art.title == "Harbour Skippers Win Their Fight Over Mooring Fees"
    assert [s.text for s in art.sentences] == ["Skippers won the vote on Monday."]
    # a short headline over its story stays the headline, and so does one over its standfirst
    short = extract_article("Harbour Fees\n\nSkippers won the vote on Monday.", "t.txt")
    assert short.title == "Harbour Fees"
    # (a topic label in sentence case has two or three words; a headline that short over a standfirst
    # with no stop would be taken for one)
    standfirst = "Harbour fees to rise\n\nSkippers pay more from May under a new plan\n\nIt was close."
    assert extract_article(standfirst, "t.txt").title == "Harbour fees to rise"


def test_a_footer_late_in_an_essay_of_long_paragraphs_is_found_by_its_words() -> None:
    long = " ".join(["The harbour has changed more in a decade than in the century before it."] * 12)
    text = (
        "Essays\n\nWhat the Harbour Owes Its Skippers\n\nBy Ruth Ellery\n\n"
        + "\n\n".join([long] * 5)
        + "\n\nJoin the conversation when you subscribe now.\n\nNot your account? Log out\n\nTags: Harbours"
    )
    art = extract_article(text, "t.txt")
    assert art.title == "What the Harbour Owes Its Skippers"
    assert not any("Log out" in s.text or "Tags" in s.text for s in art.sentences)


def test_a_party_label_with_a_district_of_two_words_is_no_person() -> None:
    text = BODY + (
        'State Rep. Ellen Marsh, R-Orland Park, said the bill was "a bailout". '
        'Sen. Maria Ortiz (D-Oak Park) said "it works".'
    )
    assert quote(text, "a bailout").speaker == "Ellen Marsh"
    assert quote(text, "it works").speaker == "Maria Ortiz"
    assert set(people_of(text.removeprefix(BODY))) == {"Ellen Marsh", "Maria Ortiz"}


def test_rejecting_as_is_speech_but_rejected_calls_are_the_callers_words() -> None:
    text = BODY + (
        "Iran's envoy to the agency, Kazem Roshan, rejected the report as \"politically motivated\" on "
        'Tuesday.\n\nHarbour manager Colin Dreyer has rejected calls to "pause" the works.'
    )
    assert quote(text, "politically motivated").speaker == "Kazem Roshan"
    assert quote(text, "pause").speaker is None


def test_a_role_held_to_someone_before_a_name_describes_it() -> None:
    found = people_of(
        "The agency released its report on Monday. Iran's envoy to the agency, Kazem Roshan, "
        "rejected the report on Tuesday. The clampdown has caused fraudsters to change tack, Lena Vost said."
    )
    assert found["Kazem Roshan"] == ("Iran's envoy to the agency",)
    assert found["Lena Vost"] == ()


def test_a_relative_clause_naming_a_post_describes_the_person() -> None:
    found = people_of(
        "Mehrdad Kazemi, who served as Iran's ambassador to Moscow in the 2000s, wrote a memoir. "
        "Gwen Ashby, who chairs the transit board, said the plan would work. Sam Hale, who said he "
        "was angry, left. Mr Hale's daughter, Leyla Hale, who runs the family warehouse, stayed."
    )
    assert found["Mehrdad Kazemi"] == ("Iran's ambassador to Moscow in the 2000s",)
    assert found["Gwen Ashby"] == ("chairs the transit board",)
    assert found["Sam Hale"] == ()
    assert "Mr Hale's daughter" in found["Leyla Hale"]  # a role before the name comes first


def test_a_sentence_giving_a_post_at_a_named_body_describes_its_subject() -> None:
    found = people_of(
        "Ruth Ellery is a senior correspondent at Harbour Weekly, where she covers ports. "
        "Tim Reed was a deserved winner. Ann Lowe is a good player."
    )
    assert found == {
        "Ruth Ellery": ("a senior correspondent at Harbour Weekly",),
        "Tim Reed": (),
        "Ann Lowe": (),
    }


def test_an_unnamed_aide_known_by_whom_they_serve_is_nobody() -> None:
    text = BODY + (
        "The council voted on Thursday to delay the harbour works for a year, the third delay since 2019.\n\n"
        "She said she had spoken with Rep. Isaiah Okafor, who has filed a measure. A spokesman for Okafor "
        'said the congressman was "confident we can find the votes." An aide to Mr Dreyer said it was '
        '"nonsense".'
    )
    assert quote(text, "confident").speaker is None
    assert quote(text, "nonsense").speaker is None


def test_a_pronoun_in_an_opening_clause_looks_ahead_to_the_subject() -> None:
    text = BODY + (
        "Harbour manager Colin Dreyer said the quay would reopen. Skipper Paul Ostrow disagreed.\n\n"
        "Asked whether he would sign the new lease, Dreyer paused.\n\n"
        '"Ask me next week," he said.'
    )
    assert quote(text, "Ask me").speaker == "Colin Dreyer"


def test_a_bare_family_name_takes_the_bearer_of_the_pronouns_sex() -> None:
    text = BODY + (
        "Diane Marsh campaigned for two years for her son's release. Her husband, Nathan Marsh, wrote "
        "letters every week. Ms Marsh said the family had never given up. Ms Marsh met the minister twice. "
        "Their lawyer, Tom Reed, met officials in Caracas.\n\n"
        "Asked whether he had a message for other families, Marsh paused.\n\n"
        '"Keep writing," he said.'
    )
    assert quote(text, "Keep writing").speaker == "Nathan Marsh"


def test_double_given_names_offices_and_names_ending_other_names() -> None:
    text = (
        "Ifo president Hans-Werner Sinn said demand was weak. Argentine Economic Minister, Roberto Lavagna, "
        "disagreed. The shortlist includes Ann Reed's The American Boy and Robbie Williams' memoir."
    )
    assert set(people_of(text)) == {"Hans-Werner Sinn", "Roberto Lavagna", "Ann Reed", "Robbie Williams"}


def test_a_short_sentence_that_introduces_the_next_quotation_is_not_the_last_ones_source() -> None:
    text = BODY + (
        "The port has ended its search for a new harbour master by appointing pilot Dave Rowe.\n\n"
        "Rowe, who worked at Dover, takes over from Max Lund. \"We've searched long and hard to ensure we "
        'have found the right person," said port chief executive David Marsh. "We have thoroughly tested the '
        "candidates. I believe David will make a great leader and I have great faith in what he will "
        'achieve." '
        "Rowe said: \"It's a great challenge. Over the next few months I will spend time listening to those "
        'who already work here." Rowe, who has worked with the coastguard in the past, started his career as '
        "a diver."
    )
    assert quote(text, "We have thoroughly").speaker == "David Marsh"


def test_the_world_number_one_stands_for_the_player_the_story_is_about() -> None:
    text = BODY + (
        "Top seed Rafa Moreno had to save two match points before beating Juan Ortega in Dubai.\n\n"
        "Moreno was not worried. The world number one was forced to go the distance against Ivan Petrov "
        'in the Rotterdam final. "I had a slow start again," he said.'
    )
    assert quote(text, "I had a slow start").speaker == "Rafa Moreno"


def test_at_the_time_between_a_subject_and_its_verb() -> None:
    text = BODY + (
        "Harbour chief executive Ingrid Dahl said trade rose. The port laid off a tenth of its staff in "
        'January, a move Dahl at the time described as "the hardest week in our history."'
    )
    assert quote(text, "the hardest week").speaker == "Ingrid Dahl"


@pytest.mark.parametrize(
    "firm", ["ASK-Raymond James", "Bank Oyens & Van Eeghen"]
)
def test_a_firm_named_like_a_person_inside_an_apposition_keeps_it(firm: str) -> None:
    found = people_of(f'"Costs will rise," said Apurva Shah, an analyst at {firm}. "Prices too."')
    assert found["Apurva Shah"] == (f"an analyst at {firm}",)


def test_an_apposition_of_a_bare_role_phrase_describes() -> None:
    found = people_of(
        "Paul Rand, Microsoft Windows Client product manager, responded to the figures. Ian Fogg, broadband "
        "and personal technology analyst at Jupiter Research, agreed. Fans cheered Keane, Katie Melua and "
        "Scissor Sisters, whose album sold well."
    )
    assert found["Paul Rand"] == ("Microsoft Windows Client product manager",)
    assert found["Ian Fogg"] == ("broadband and personal technology analyst at Jupiter Research",)
    assert found["Katie Melua"] == ()


def test_a_spokesman_on_a_subject_before_a_name_describes_it() -> None:
    found = people_of(
        "He was beaten by the present Tory spokesman on foreign affairs, Michael Anson. A dinner on Friday "
        "night, Nelson Okoro said, went well."
    )
    assert found["Michael Anson"] == ("the present Tory spokesman on foreign affairs",)
    assert found["Nelson Okoro"] == ()


def test_a_ministrys_words_before_a_title_are_part_of_it() -> None:
    found = people_of(
        '"We will lose half a billion dollars," India\'s federal commerce Minister Kamal Rao said. '
        "Economy and Labour Minister Wolf Klement called the dip mild."
    )
    assert found["Kamal Rao"] == ("India's federal commerce Minister",)
    assert found["Wolf Klement"] == ("Economy and Labour Minister",)


def test_a_name_written_once_with_a_firms_word_after_it_is_the_firms() -> None:
    text = BODY + (
        "Sir Alistair Harcourt, the founder of Harcourt Marine, is being sued by Al Dafna Shipping, a "
        "Doha-based group that bought six of his vessels. Al Dafna claims the ships' history was hidden.\n\n"
        'Asked about the email, his father said he had never seen it. "Edward is my son," he said.'
    )
    assert quote(text, "Edward is my son").speaker == "Alistair Harcourt"
    assert "Al Dafna" not in people_of(text.removeprefix(BODY))


def test_a_hong_kong_name_puts_its_family_name_first_and_its_sex_in_the_given_name() -> None:
    text = BODY + (
        "The coast guard fired water cannon on Tuesday near the shoal, the third such clash this year, "
        "officials in Manila said. Andrew Teo, a fellow at the School of International Studies, agreed.\n\n"
        "Professor Ho Ka-wai, who teaches international relations at the University of Hong Kong, said both "
        'sides were locked in. "Neither capital can be seen to blink first," she said.'
    )
    assert quote(text, "Neither capital").speaker == "Ho Ka-wai"
    assert set(people_of(text.removeprefix(BODY))) == {"Andrew Teo", "Ho Ka-wai"}


def test_the_role_just_introduced_as_someone_unnamed_stays_unnamed() -> None:
    text = BODY + (
        "Kazem Roshan, a career diplomat who took up the post last year, said the response would be "
        '"serious".\n\nA senior European diplomat said the vote had been delayed twice. "We have been '
        'patient," the diplomat said.'
    )
    assert quote(text, "We have been patient").speaker is None


def test_day_is_a_surname_after_a_given_name() -> None:
    text = BODY + (
        'Kidman sought the orders. "Nicole would like to make it clear that she respects the press," said '
        "Kidman's publicist Wendy Day. The May Day rally went ahead."
    )
    assert quote(text, "Nicole would like").speaker == "Wendy Day"
    assert set(people_of(text.removeprefix(BODY))) >= {"Wendy Day"}
    assert "May Day" not in people_of(text.removeprefix(BODY))


def test_a_role_owned_by_a_name_is_not_the_name() -> None:
    text = BODY + (
        "Kidman sought the orders on Monday after a chase through Sydney, her lawyers said in a statement."
        '\n\n"Nicole would like to make it clear that she respects the press," said Kidman\'s publicist '
        'Ana Vey. "It was only ever a matter of safety," a motion by Mr Kidman\'s lawyers stated.'
    )
    assert quote(text, "Nicole would like").speaker == "Ana Vey"
    assert quote(text, "It was only ever").speaker is None


def test_professors_and_naval_ranks_before_a_name_describe_it() -> None:
    found = people_of(
        "Professor Ann Lowe said the study was sound. Vice Adm. Carla Denholm and Cmdr. Isaac Ferrer "
        "described the patrols. Mr Tim Reed agreed."
    )
    assert found == {
        "Ann Lowe": ("Professor",),
        "Carla Denholm": ("Vice Adm.",),
        "Isaac Ferrer": ("Cmdr.",),
        "Tim Reed": (),
    }


def test_a_document_reported_inside_a_persons_sentence_is_the_persons_paraphrase() -> None:
    text = BODY + (
        "Dr Lewis called for an inquiry by the commissioner Henry Pollard. Official guidance said records "
        'should only be destroyed if they served "no further purpose", Mr Pollard said.'
    )
    assert quote(text, "no further purpose").speaker == "Henry Pollard"


def test_a_role_with_its_remit_then_a_comma_then_the_name() -> None:
    text = BODY + (
        '"Dropping the route was a difficult decision," said GlobeAir director of network planning, Ruth '
        'Lansing. "It no longer pays its way."'
    )
    assert quote(text, "Dropping the route").speaker == "Ruth Lansing"
    assert quote(text, "It no longer pays").speaker == "Ruth Lansing"


def test_a_news_agency_is_not_a_person() -> None:
    text = BODY + 'Jakarta said the losses would be "severe", Agence France Presse reported. Mr Tull agreed.'
    assert quote(text, "severe").speaker is None
    assert "France Presse" not in people_of(text.removeprefix(BODY))


def test_a_sentence_broken_over_lines_by_the_scrape_is_read_whole() -> None:
    text = (
        "Club rules out sale\n\nChief executive Rick Halden said the club would not sell its captain. On "
        "the subject of the captain, Halden revealed Real Betis\n\ndid\n\nask about the midfielder during "
        "talks over striker Tomas Varga. He said: \"They wanted more out of the deal for Varga, but the "
        'answer was the same."\n'
    )
    article = extract_article(text, "broken.txt")
    assert any("Halden revealed Real Betis did ask about" in s.text for s in article.sentences)
    assert quote(text, "They wanted more").speaker == "Rick Halden"


def test_advice_recalled_is_the_advisers_words() -> None:
    text = BODY + (
        "Gareth Wynne spoke at the dinner. Mr Wynne recalls how Jan Ostrowski once advised him: "
        '"Never answer the question you were asked." He laughed.'
    )
    assert quote(text, "Never answer the question").speaker == "Jan Ostrowski"


def test_questioned_reports_the_subjects_words() -> None:
    text = BODY + 'Paul Merrick spoke. He questioned why there was "such a hurry" to pass the bill.'
    assert quote(text, "such a hurry").speaker == "Paul Merrick"


def test_the_agent_before_a_colon_asks_the_question() -> None:
    text = BODY + (
        'Teacher Dana Holt said: "Where will they all go?" And then came the question posed by Leeds nurse '
        'Mary Quinlan: "Would you do my job for that?"'
    )
    assert quote(text, "Would you do my job").speaker == "Mary Quinlan"


def test_whom_a_speaker_addressed_is_not_the_speaker() -> None:
    text = BODY + (
        'Karin Vogt hinted at a comeback. "The event is a test," she said. "I am also playing to see where I '
        'am." Speaking to Le Soir, the 31-year-old German added: "There will not be as many people."'
    )
    assert quote(text, "There will not be").speaker == "Karin Vogt"
    assert people_of(text.removeprefix(BODY)).get("Le Soir", ()) == ()


def test_a_speech_attributed_where_it_ends_is_that_sources_from_its_first_mark() -> None:
    text = BODY + (
        "Okafor, 20, barged linesman Derek Mayes, who had advised the referee to award a penalty. \"He was "
        'sent off for violent conduct but we do not know what happened next. "We do not know how many '
        'cards he was shown," said a league statement. Rovers could face action.'
    )
    assert quote(text, "He was sent off").speaker is None
    named = text.replace("said a league statement", "said Tom Akers")
    assert quote(named, "He was sent off").speaker == "Tom Akers"


def test_letters_after_a_full_name_describe_the_person() -> None:
    found = people_of(
        "Hugo Lattimer, KC, for the buyer, put it to him. Rosa Penn MP and Ivan Hale QC, a member of the "
        "chambers, agreed. The Salford MP said so. Larry Mullen Jr played."
    )
    assert found["Hugo Lattimer"] == ("KC",)
    assert found["Rosa Penn"] == ("MP",)
    assert found["Ivan Hale"] == ("QC", "a member of the chambers")
    assert found["Larry Mullen Jr"] == ()
    assert "Salford" not in found


def test_a_reporters_beat_in_the_closing_bio_describes_the_author() -> None:
    text = (
        "Senate stalls on rail bill\n\nBy Dana Oduya\n\nThe Senate put off a vote on the rail bill on "
        'Tuesday. "We need another week," said Sen. Carl Brandt.\n\nThe bill would fund 40 stations.\n\n'
        "Dana Oduya covers Congress for The Ledger. She previously covered the statehouse.\n"
    )
    article = extract_article(text, "bio.txt")
    assert article.author == "Dana Oduya"
    people = {p.name: p.descriptions for p in article.people}
    assert people["Dana Oduya"] == ("covers Congress for The Ledger",)
    assert not any("covers" in s.text for s in article.sentences)


def test_a_shared_surname_alone_is_not_the_relative_the_article_brought_in() -> None:
    text = BODY + (
        "Every month, Mina Kashani, a 41-year-old teacher, makes the same rounds of the pharmacies.\n\n"
        "She is looking for a drug. Her son, Dariush Kashani, is 14 and has an inherited disorder.\n\n"
        '"Some months I find it in two days," Kashani says.'
    )
    assert quote(text, "Some months I find").speaker == "Mina Kashani"
    found = people_of(text.removeprefix(BODY))
    assert found["Dariush Kashani"] == ("Her son",)


def test_a_predicate_after_a_name_in_commas_is_not_its_apposition() -> None:
    found = people_of(
        "Tom Rusk, was the only player in their side who had played in that final. Her brother, Kourosh "
        "Azimi, was a flight attendant on the plane."
    )
    assert found["Tom Rusk"] == ()
    assert "was a flight attendant on the plane" in found["Kourosh Azimi"]


def test_what_a_group_calls_something_is_its_term_not_the_speakers_words() -> None:
    text = BODY + (
        'Rhea Tolland, a sanctions lawyer, says the problem is what the industry calls "overcompliance." '
        'Dev Arora, an economist, says the review shows a shift to what he calls "quiet pressure."'
    )
    assert quote(text, "overcompliance").speaker is None
    assert quote(text, "quiet pressure").speaker == "Dev Arora"


def test_unnamed_people_who_told_the_reporter_own_the_words() -> None:
    text = BODY + (
        "Omid Farahani gave evidence on Wednesday.\n\nFarahani said consular officials had told him during a "
        'rare phone call in 2022 that "quiet diplomacy" offered the best route to freedom.'
    )
    assert quote(text, "quiet diplomacy").speaker is None
    named = BODY + (
        "Omid Farahani gave evidence on Wednesday.\n\nFarahani said talks with the ministry revealed there "
        'was "no appetite for a deal" at all.'
    )
    assert quote(named, "no appetite").speaker == "Omid Farahani"


def test_the_next_paragraph_can_say_whose_line_it_was() -> None:
    text = BODY + (
        "Nadia Brenner, the nominee, faced two hours of questions.\n\n"
        '"We are selling the rope and acting surprised at the hanging."\n\n'
        "That line came from Sen. Paul Okafor, the ranking Republican, who held up a manifest."
    )
    assert quote(text, "We are selling the rope").speaker == "Paul Okafor"


def test_as_someone_put_it_and_in_the_words_of() -> None:
    text = BODY + (
        "Kemal Arslan, a former diplomat, spoke in Doha on Tuesday.\n\nAs Arslan put it at the end of his "
        'remarks, "The worst talks are the ones after the shooting starts."\n\nAs Mia Roth of the excellent '
        'pcbuild.example website put it: "It will be hard to build one as small."\n\nThe port is "the Suez '
        'of the north," in the words of Omar Said, a route planner.'
    )
    assert quote(text, "The worst talks").speaker == "Kemal Arslan"
    assert quote(text, "It will be hard").speaker == "Mia Roth"
    assert quote(text, "the Suez of the north").speaker == "Omar Said"


def test_a_role_as_a_relative_clauses_subject_finds_whoever_the_article_so_described() -> None:
    text = BODY + (
        "U.S. District Judge Adela Morrow ordered the company to pay $2 million on Monday.\n\n"
        "The families welcomed the ruling.\n\n"
        '"It is a real gap," said Nina Holt, a professor who studies damages.\n\n'
        "Lawyers expect an appeal.\n\n"
        "The award includes punitive damages, which the judge said were meant to reflect "
        '"the deliberate and repeated nature" of the fraud.'
    )
    assert quote(text, "the deliberate and repeated").speaker == "Adela Morrow"


def test_a_peer_is_not_named_in_his_own_words_by_a_lowercase_lord() -> None:
    text = BODY + (
        "Lord Penrose said the rules were not written down. The issue had been overlooked. \"What I ask is "
        'that if the lord chancellor cannot obtain my agreement, it does not happen," he said.\n\n'
        "The inquiry into the death of Dr Alan Kerr was criticised."
    )
    assert quote(text, "What I ask is").speaker == "Lord Penrose"


def test_a_partner_of_a_firm_is_not_a_partner_of_a_person() -> None:
    text = BODY + (
        "Alan Reid, managing partner of Tams Holloway said Mr Grant had been considering retirement. He "
        'added: "Jim has decided the announcement should be made now." His partner, Ruth Dale, agreed.'
    )
    assert quote(text, "Jim has decided").speaker == "Alan Reid"
    assert "Tams Holloway" not in people_of(text.removeprefix(BODY))


def test_a_participle_after_an_attribution_shares_its_subject() -> None:
    text = BODY + (
        "Speaking in court, Mr Rowan Tate rejected claims he pressured finance chief Ivo Marsh. Mr Marsh "
        '"made the accounting decisions," he told the court, saying his finance chief had "a keen command '
        'of the numbers".'
    )
    assert quote(text, "a keen command").speaker == "Rowan Tate"


def test_where_something_is_based_is_not_part_of_a_name() -> None:
    found = people_of(
        "Shares in Paris-based Euronext rose. Santa Monica-based Activison is said to be on the list. "
        "US-based Alistair Cragg won the race."
    )
    assert set(found) == {"Alistair Cragg"}


def test_a_post_held_before_or_a_trade_in_a_relative_clause_describes_the_person() -> None:
    found = people_of(
        "Gordon Hale, who ran the Iran portfolio at the National Security Council, spoke. Marcus Bellamy, "
        "who teaches art law at Lakeview Law School, agreed. Hamid Sadri, who sells mobile phones in "
        "Tehran, shrugged."
    )
    assert found["Gordon Hale"] == ("ran the Iran portfolio at the National Security Council",)
    assert found["Marcus Bellamy"] == ("teaches art law at Lakeview Law School",)
    assert found["Hamid Sadri"] == ("sells mobile phones in Tehran",)


def test_a_role_posted_in_a_place_before_a_name_describes_it() -> None:
    found = people_of(
        "Ukraine's ambassador in Washington, Iryna Tkachenko, spent Wednesday on Capitol Hill. Back in "
        "December, Ravi Mehta said nothing."
    )
    assert found["Iryna Tkachenko"] == ("Ukraine's ambassador in Washington",)
    assert found["Ravi Mehta"] == ()


def test_an_owners_relative_named_in_commas_is_the_sentence_subject() -> None:
    text = BODY + (
        "Nadia Fenwick's killer, Carl Ross, was jailed.\n\nNadia's uncle, Lewis Fenwick, told the BBC the "
        'killer deserved no credit, saying: "Nothing is worth taking five years off a sentence."'
    )
    assert quote(text, "Nothing is worth").speaker == "Lewis Fenwick"


def test_a_judge_known_by_surname_is_named_by_judicial_style() -> None:
    found = people_of(
        "Mr Justice Eady said the paper was liable. Lord Justice Rix agreed. Justice Forbes dissented. "
        "Mr Justice Tom Hale sat too."
    )
    assert {"Justice Eady", "Lord Justice Rix", "Justice Forbes", "Tom Hale"} <= set(found)


def test_a_peer_keeps_the_territorial_designation_the_text_gives() -> None:
    text = BODY + (
        'Lord Nicholls of Birkenhead said: "Indefinite detention is wrong." Later Lord Nicholls added: "It '
        'deprives them of the law." Baroness Royall of Blaisdon agreed. Lord Falconer disagreed.'
    )
    assert quote(text, "It deprives them").speaker == "Lord Nicholls of Birkenhead"
    assert {"Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon", "Lord Falconer"} == set(
        people_of(text.removeprefix(BODY))
    )


def test_a_lost_closing_mark_ends_the_words_before_a_sentence_that_introduces_new_ones() -> None:
    text = BODY + (
        'Cole added: "I have done it before. Of course he will learn. Freddie Lund is likely to play up '
        'front. Gunners boss Arsene Veldt said: "Freddie is an option. "I have to decide who partners him."'
    )
    assert quote(text, "I have done it before").speaker == "Cole"
    assert quote(text, "I have done it before").text.endswith("play up front.")
    assert quote(text, "Freddie is an option").speaker == "Arsene Veldt"
    assert quote(text, "I have to decide").speaker == "Arsene Veldt"


def test_a_capitalised_compound_with_a_lowercase_part_is_speech_not_a_title() -> None:
    text = BODY + (
        'Mike Nattrass denied using the phrase. He says he was not "German-bashing" at all. Fans queued '
        'for "Spider-Man" tickets.'
    )
    assert quote(text, "German-bashing").speaker == "Mike Nattrass"
    assert quote(text, "Spider-Man").speaker is None


def test_a_participle_after_a_name_and_an_aside_is_that_persons() -> None:
    text = BODY + (
        'The film showed Mr Tallis, apparently talking about the EU, telling the meeting: "They are the big '
        'losers here." Ron Dyer said nothing. He praised Tallis, though, calling the speech "the best I '
        'have heard."'
    )
    assert quote(text, "They are the big losers").speaker == "Tallis"
    assert quote(text, "the best I have heard").speaker == "Ron Dyer"


def test_an_office_goes_to_the_person_the_story_opens_on() -> None:
    text = BODY + (
        'Tony Blake says his standing with voters will be "an issue" at the election.\n\n'
        'The prime minister said he was "up for it" as the country waits for the poll. Opposition leader '
        'Mark Hollis disagreed.'
    )
    assert quote(text, "up for it").speaker == "Tony Blake"
    # a story that opens on no one leaves the office to the corpus (Store.resolve_roles)
    other = text.replace("Tony Blake says his", "Voters say the")
    assert quote(other, "up for it").speaker is None


def test_a_clause_joined_on_with_its_own_subject_owns_the_verb() -> None:
    text = BODY + (
        "Marcus Glade wants the club.\n\nGlade, who owns a 28% stake in the club, has a new offer, and "
        "United's statement to the stock exchange said: \"The board has noted the recent speculation.\""
    )
    assert quote(text, "The board has noted").speaker is None


def test_a_named_persons_spokesman_is_who_he_means() -> None:
    text = BODY + (
        "On Monday, Tony Blane's official spokesman declined to say whether the prime minister backed the "
        'plans. He said: "What matters is that there is a process going on."\n\nJohn Conn, the firm\'s '
        'chief financial officer said a test version was ready. "We are going to have a great race," he said.'
    )
    assert quote(text, "What matters").speaker is None
    assert quote(text, "We are going to have").speaker == "John Conn"


def test_a_preposition_in_the_previous_sentence_does_not_demote_a_subject() -> None:
    text = BODY + (
        "It follows a gig starring Eric Slade, which raised money. Massive Attack will share a stage for the "
        "first time. Colin Mackie, of the band Mull, was playing another gig but said he was determined to "
        'make the benefit. He said: "I think we were all affected."'
    )
    assert quote(text, "I think we were all affected").speaker == "Colin Mackie"


def test_a_lone_name_whose_reported_speech_says_he_is_a_person() -> None:
    text = BODY + (
        "Marat Voss beat the Croatian in four sets.\n\nKovac said he was trying to keep his temper under "
        "control. The Russian hit himself on the head. \"I try to stay calm,\" he said.\n\nOrlan said it "
        'would appeal. "We reject the ruling," it said.'
    )
    assert quote(text, "I try to stay calm").speaker == "Kovac"
    people = {p.name for p in extract_article(text, "t.txt").people}
    assert "Kovac" in people and "Orlan" not in people


def test_a_man_named_by_his_home_town_is_who_the_story_is_about() -> None:
    text = BODY + (
        "Jamie Costello should have been walking in Athens.\n\n"
        '"I was in a lot of pain," says the Waterford man. "But I was hoping."'
    )
    assert quote(text, "I was in a lot of pain").speaker == "Jamie Costello"


@pytest.mark.parametrize(
    "furniture",
    [
        "4 Min Read",
        "Slideshow (3 Images)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "(SOUNDBITE OF ARCHIVED RECORDING)",
        "Click the alert icon to follow topics:",
        "Link Copied!",
        "A version of this article appears in print on Oct. 2, 2009, Section A, Page 1 of the New York "
        "edition with the headline: Harbour Skippers Win Their Long and Bitter Fight Over the Mooring "
        "Fees That the Council Raised Twice Last Year. Order Reprints | Today's Paper | Subscribe",
        "Appeared in the June 18, 2016, print edition as 'Skippers Win.'",
        "This article appeared in the Britain section of the print edition under the headline \"Moored\"",
        "Print edition | Britain",
        "Found in: Harbours, Ferries, Local government",
        "Filed under \u2014 Local Government",
        "This story was co-published with the Harbour Courier.",
        "Correction, Oct. 27, 2017: An earlier version of this story misstated the pier's age.",
        "--With assistance from Ruth Ellery in Leith.",
        "Image copyright Owen Crane",
        "Story highlights\nThe council lost the vote\nAn appeal is likely",
        "Read more:\nWhy ferries are late again\nThe harbour that forgot its boats",
        "Gift Article",
    ],
)
def test_wire_and_newspaper_furniture_is_not_body_text(furniture: str) -> None:
    body = ("Skippers won the vote on Monday.", "The council will appeal.")
    text = f"Harbour Skippers Win\n\n{body[0]}\n\n{furniture}\n\n{body[1]}"
    art = extract_article(text, "t.txt")
    assert tuple(s.text for s in art.sentences) == body


def test_the_diplomat_after_one_of_several_diplomats_is_unnamed() -> None:
    text = BODY + (
        "Envoy Walter Penrose, a diplomat, said the talks were useful.\n\n"
        "Several European diplomats said the mood had been better. One of them said the delegation had "
        'engaged on specifics.\n\n"They asked questions," the diplomat said.'
    )
    assert quote(text, "They asked questions").speaker is None


def test_where_someone_was_born_or_what_they_won_is_not_part_of_the_name() -> None:
    text = BODY + (
        "Clive Oden won best supporting actor.\n\nCelebrating his win, the Oscar-nominated Oden told "
        'reporters: "The whole award season is new to me."\n\nNew Zealand-born Campbell said he was happy.'
    )
    assert quote(text, "The whole award season").speaker == "Clive Oden"
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert not any("-" in n for n in names)


def test_a_census_surname_beside_a_person_or_before_a_country_is_a_persons() -> None:
    text = BODY + (
        "Ireland were indebted to Brian O'Driscoll, who set up tries for Geordan Murphy and "
        "Peter Stringer.\n\n"
        "The other quarter final pits wild card Sania Mirza of India against Jelena Jankovic.\n\n"
        "Fans queued at Goodison Park and at Nippon Steel."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert {"Geordan Murphy", "Sania Mirza"} <= names
    assert not names & {"Goodison Park", "Nippon Steel"}


def test_a_source_closing_the_sentence_owns_every_quotation_in_it() -> None:
    text = BODY + (
        "John Smyth is the Bishop of Wells.\n\n"
        'Such a "secular" state would be markedly "less tolerant", Mr Smyth argued.'
    )
    assert quote(text, "secular").speaker == "John Smyth"
    assert quote(text, "less tolerant").speaker == "John Smyth"


def test_a_thing_introduced_with_a_is_not_an_unnamed_speaker() -> None:
    text = BODY + (
        "In a back room, Lottie Marbry lifts a reel of tape out of a cardboard box. The box is labeled in "
        'pencil: "Mule Hill, Aug. 1963."\n\n"This one smells like vinegar," she says.'
    )
    assert quote(text, "Mule Hill").speaker is None
    assert quote(text, "This one smells").speaker == "Lottie Marbry"


def test_a_thing_that_opens_a_sentence_carries_its_own_words() -> None:
    text = BODY + (
        "Mr Fenwell was cited three times for holding a cardboard sign, the suit said. The sign read: "
        '"Veteran. Anything helps."\n\nThe minister was blunt: "We will not pay."'
    )
    assert quote(text, "Veteran").speaker is None


def test_an_office_named_just_after_he_is_whom_he_means() -> None:
    text = BODY + (
        "Gordon Brine is to freeze fuel duty.\n\nIn an upbeat report, he slightly increased borrowing. "
        'The chancellor also hailed the longest period of growth in UK "industrial history".'
    )
    assert quote(text, "industrial history").speaker == "Gordon Brine"
    # an office the sentence before gives to no "he" still waits for the corpus
    other = text.replace("In an upbeat report, he slightly", "In an upbeat report, Tory MPs slightly")
    assert quote(other, "industrial history").speaker is None


def test_first_person_words_in_a_sentence_without_a_speech_verb_are_its_subjects() -> None:
    text = BODY + (
        "Chief executive Jim Skiller attributed the rise in sales to the \"vitality of our menu\".\n\n"
        'Mr Skiller oversaw the firm\'s "I\'m lovin\' it" advertising campaign.'
    )
    assert quote(text, "vitality of our menu").speaker == "Jim Skiller"
    assert quote(text, "I'm lovin' it").speaker is None


def test_words_quoted_as_the_subjects_predicate_are_the_subjects() -> None:
    text = BODY + (
        'Richard Thoms "totally condemned" the deletion of e-mails. But his admission that he "guessed '
        'something was up" will not help.\n\nThe pair came to honour critic Harold Blum "the icon we knew".'
    )
    assert quote(text, "totally condemned").speaker == "Richard Thoms"
    assert quote(text, "guessed something").speaker == "Richard Thoms"
    assert quote(text, "the icon we knew").speaker is None


def test_the_subject_of_a_clause_joined_with_but_is_what_he_means_next() -> None:
    text = BODY + (
        "Players criticised the surface.\n\nHewson said he had had a \"gutful\" of asking for a faster "
        "surface but Tennis Australia's Geoff Pollock rejected his comments. \"We did ask for it to be made "
        'faster," he said.'
    )
    assert quote(text, "gutful").speaker == "Hewson"
    assert quote(text, "We did ask").speaker == "Geoff Pollock"


def test_a_role_before_a_comma_describes_the_name_after_it_in_a_list() -> None:
    text = BODY + (
        "The revelation led to the resignation of its chairman, Sir Phil Watts, and production chief "
        "Walter van der Vijver.\n\nMr Blair held talks with his Israeli counterpart, Ariel Sharon, and "
        "others."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "its chairman" in people["Phil Watts"]
    assert "his Israeli counterpart" in people["Ariel Sharon"]


def test_a_plural_role_in_apposition_describes_every_name_of_the_pair() -> None:
    text = BODY + (
        "The award went to Tim Bevin and Eric Fellowes, the co-chairmen of Working Title films.\n\n"
        "Brando's co-stars from The Godfather, James Caen and Robert Duvell, will also reprise their roles."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "the co-chairmen of Working Title films" in people["Tim Bevin"]
    assert "Brando's co-stars from The Godfather" in people["Robert Duvell"]


def test_a_department_is_no_speaker_and_a_passive_agent_is_not_its_patient() -> None:
    text = BODY + (
        "Lib Dem Matthew Tayler said the tax burden was rising.\n\n"
        'The Treasury dismissed the research as "complete rubbish".\n\n'
        "Jayanti Buhecka, 45, was jailed. Buhecka, who made pounds 26,000 per month from his illegal trade, "
        'was called "one of the biggest pirates in the UK" by the sentencing judge.'
    )
    assert quote(text, "complete rubbish").speaker is None
    assert quote(text, "one of the biggest pirates").speaker is None


def test_a_role_that_names_someone_or_a_copula_with_the_describes_them() -> None:
    text = BODY + (
        "Most reels were made by one man, a folklorist named Merle Ashcroft, who drove the back roads.\n\n"
        "Lottie Marbery lifts a reel. Marbery is the director of the Delta Sound Heritage Center."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "a folklorist" in people["Merle Ashcroft"]
    assert "the director of the Delta Sound Heritage Center" in people["Lottie Marbery"]


def test_a_lone_name_that_speaks_once_and_is_he_after_is_a_person() -> None:
    text = BODY + (
        "Juninhao is ready to quit the club. He has not played since August.\n\n"
        '"The board must decide," said Juninhao. He added that he had no part in the plans and he was angry. '
        'He said: "The manager has had a lot of chances."\n\n'
        "Lord Roberts of Conwick denied it. He said he was never told and he was sure of it."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert "Juninhao" in names and "Conwick" not in names
    assert quote(text, "The manager has had").speaker == "Juninhao"


def test_unnamed_people_who_describe_words_inside_someones_report_are_unnamed() -> None:
    text = BODY + (
        "Manouchehr Fallaghi runs the ministry.\n\nHe said 30 percent of the output should be sold abroad, "
        'a condition two European executives privately described as "ambitious."'
    )
    assert quote(text, "ambitious").speaker is None


def test_a_verb_before_an_owner_ends_the_title_before_a_name() -> None:
    text = BODY + (
        "The American top seed and defending champion overcame Germany's Tommy Haaser, the third seed.\n\n"
        "Defending champion Ireland's Paul Brizell won again."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert not any("overcame" in d for d in people["Tommy Haaser"])
    assert any("Defending champion" in d for d in people["Paul Brizell"])


def test_a_body_written_after_a_name_describes_the_person() -> None:
    text = BODY + (
        "Port fees will rise in March, said Orla Pennock of Kestrel Freight Advisory, a consultancy. "
        "Tomas Vry at Halden Securities said the rise was priced in, and Ravi Dunmore at Wembley said he "
        "was surprised."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "of Kestrel Freight Advisory" in people["Orla Pennock"]
    assert "at Halden Securities" in people["Tomas Vry"]
    assert people["Ravi Dunmore"] == ()  # a venue, not an employer


def test_a_bulleted_speech_that_runs_on_through_new_marks_has_one_speaker() -> None:
    text = BODY + (
        "Harbour United beat Quayside 2-1 on Saturday.\n\n"
        '- Harbour boss Glen Tarrant "We deserved it. We were the better side. "The second half was our best '
        'this season. "They will be back."'
    )
    assert quote(text, "We deserved it").speaker == "Glen Tarrant"
    assert quote(text, "The second half").speaker == "Glen Tarrant"
    assert quote(text, "They will be back").speaker == "Glen Tarrant"


def test_a_title_in_capitals_is_not_first_person_speech() -> None:
    text = BODY + 'The actress Nadia Ferrow stars in "We Will Sail Home" and praised "our great harbour".'
    assert quote(text, "We Will Sail").speaker is None
    assert quote(text, "our great harbour").speaker == "Nadia Ferrow"


def test_an_honour_or_post_written_as_one_hyphenated_word_is_a_title() -> None:
    text = BODY + (
        "Harbour United beat Quayside 2-1 on Saturday.\n\n"
        'Man-of-the-match Ciaran Doyle said: "We were sharp." Man-of-the-match Doyle added: "I was tired." '
        "His son-in-law Pavel Hruby watched."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "Man-of-the-match Doyle" not in people
    assert quote(text, "I was tired").speaker == "Ciaran Doyle"
    assert any("son-in-law" in d for d in people["Pavel Hruby"])


def test_a_name_inside_the_question_put_to_someone_is_not_the_one_who_answers() -> None:
    text = BODY + (
        "Premier Alan Stroud said it was time to move on from the row over Dermot Kell.\n\n"
        'Asked if Mr Kell could return to the cabinet, he replied: "I have made my view clear."'
    )
    assert quote(text, "I have made my view").speaker == "Alan Stroud"


def test_a_lede_after_a_dateline_is_never_a_teaser() -> None:
    text = (
        "Ferry Builders Run Short of Welders\n\n"
        "Orders are up, but the yards that build the boats cannot hire fast enough\n\n"
        "PORTLAND, Maine\u2014Marta Quill has a waiting list, and she hates it.\n\n"
        "Ms. Quill, the owner of Casco Hull Works, says orders for ferries at her yard have doubled since "
        "2012. Her crews work two shifts a day, six days a week, and the backlog still grows.\n\n"
        "\u201cI have never turned away this much work,\u201d Ms. Quill said. "
        "\u201cIt hurts every time.\u201d\n\n"
        "Other yards on the coast report the same shortage of trained welders and fitters, according to a "
        "trade group that counts the hulls on order each spring."
    )
    art = extract_article(text, "t.txt")
    assert any("waiting list" in s.text for s in art.sentences)
    assert {p.name for p in art.people} >= {"Marta Quill"}
    assert quote(text, "It hurts").speaker == "Marta Quill"


def test_a_county_clerk_before_a_name_is_a_title() -> None:
    text = BODY + "The recount starts on Friday, Ellis County Clerk Dora Vantreese said."
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Dora Vantreese"] == ("Ellis County Clerk",)


def test_al_after_a_given_name_is_part_of_the_family_name() -> None:
    text = BODY + '"The ports will stay open," said Dr Rashed Al Qubaisi, a professor at a college in Dubai.'
    assert quote(text, "The ports").speaker == "Rashed Al Qubaisi"


def test_a_byline_without_by_carries_the_date_line() -> None:
    for byline, author in (
        ("Ruth Ellery, HARBOUR DAILY    Published 5:12 p.m. ET April 14, 2015 | Updated 7:40", "Ruth Ellery"),
        ("Dov Amsalem (Haifa) Aug 31, 2016 4:21 AM", "Dov Amsalem"),
    ):
        text = (
            f"Harbour board votes to close ferry pier\n\n{byline}\n\n"
            "The harbour board voted on Monday to close the old ferry pier, which opened in 1911.\n\n"
            "Skippers were angry about the vote and said they would appeal to the county council."
        )
        art = extract_article(text, "t.txt")
        assert art.published in ("2015-04-14", "2016-08-31")
        assert art.author == author
        assert not any(author in s.text for s in art.sentences)


def test_a_share_bar_above_the_lede_leaves_the_body() -> None:
    text = (
        "Harbour board votes to close ferry pier\n\n"
        "By Ruth Ellery\n\nMarch 4, 2021, 9:12 AM EST\nUpdated on March 4, 2021, 11:40 AM EST\n\n"
        "Ruth Ellery\n\nCLOSE\n\nTweet\n\nEmail\n\nTranscript\n\nEnlarge this image\n\n"
        "A crane lifts a pontoon at the quay.\n\nSahand Ferris for Harbour Public Radio\n\n"
        '"We have never had to shut the pier for this long," said harbour master Ellen Okafor.\n\n'
        "The harbour board voted on Monday to close the old ferry pier.\n\n"
        "Skippers were angry about the vote and said they would appeal to the county council."
    )
    art = extract_article(text, "t.txt")
    assert art.published == "2021-03-04"
    first = art.sentences[0].text
    assert first.startswith("\u201cWe have never") or first.startswith('"We have never')
    assert quote(text, "We have never").speaker == "Ellen Okafor"
    body = " ".join(s.text for s in art.sentences)
    for furniture in ("Ruth Ellery", "CLOSE", "Tweet", "Transcript", "Enlarge", "Sahand Ferris"):
        assert furniture not in body


def test_notes_credits_and_related_links_around_a_story_leave_the_body() -> None:
    text = (
        "Harbour board votes to close ferry pier\n\n"
        "Marta Quill\n\nMonday 29 March 2021 14:06 UTC\n\nLast update: Monday 29 March 2021 16:40 UTC\n\n"
        "Ferry pilots wait at the pier on Sunday (AFP)\n\n"
        "The harbour board voted on Monday to close the old ferry pier, which opened in 1911.\n\n"
        "Related Coverage\n\u203a Ferry fares rise again\n\u203a FACTBOX-What the pier cost\n\n"
        "Skippers were angry about the vote and said they would appeal to the county council.\n\n"
        "A crane lifts a pontoon at the quay.\nOffice of the Harbour Master, via Reuters\n\n"
        "Chart: ferry passengers a year, in thousands\n\n"
        "The council meets next week to hear the appeal, and the pier stays open until then.\n\n"
        "An earlier version of this article misstated the year the pier opened. It was 1911, not 1912.\n\n"
        "A version of this article appeared in print on March 30, 2021, on page A10.\n\n"
        "This story comes from member station Harbour Public Radio.\n\n"
        "The views expressed in this article belong to the author.\n\n"
        "This article is available in French on our French edition."
    )
    art = extract_article(text, "t.txt")
    assert [s.text for s in art.sentences] == [
        "The harbour board voted on Monday to close the old ferry pier, which opened in 1911.",
        "Skippers were angry about the vote and said they would appeal to the county council.",
        "The council meets next week to hear the appeal, and the pier stays open until then.",
    ]
    assert art.published == "2021-03-29"
    assert {e.date for e in art.events} <= {"1911", "2021-03-29", "2021-03-28"}


def test_words_followed_by_from_and_a_name_are_that_persons() -> None:
    text = BODY + (
        "Harbour master Ellen Okafor has vowed to press on with the new fees despite a call for her to "
        '"think again" from Tomas Vry. She said the fees were fair. The rival skippers had "wins" from '
        "Dan Hobbs and Ray Cole struck off."
    )
    assert quote(text, "think again").speaker == "Tomas Vry"
    assert quote(text, "wins").speaker is None


def test_a_ledes_unattributed_words_go_to_whoever_the_body_quotes_saying_them() -> None:
    text = BODY + (
        'A harbour candidate has quit after being quoted as wanting a "season of bold cuts to the ferry '
        'service".\n\n'
        "Marta Quill, who also works for the harbour board, had been due to stand in Westcliff. "
        'She was quoted in the Gazette saying: "We plan to bring a season of bold cuts to the ferry service."'
    )
    assert quote(text, "season of bold cuts").speaker == "Marta Quill"


def test_a_term_quoted_later_does_not_hide_the_source_that_closes_the_sentence() -> None:
    text = BODY + (
        'The mayor should "stand his ground" and not apologise for his "Pirate" remark to a reporter, '
        "councillor Ray Cole has insisted.\n\nThe row began last week."
    )
    assert quote(text, "stand his ground").speaker == "Ray Cole"


def test_an_honour_in_the_lede_is_the_named_person_not_a_later_holder() -> None:
    text = (
        "Director delays harbour film\n\n"
        "Harbour Tales director Nils Brandt has said it will be years before he films the sequel.\n\n"
        'The award winner said on a visit to Dover there was a "wish" to make it. "It will take lawyers '
        'a long time," said the Dane. The rights are split between two studios.\n\n'
        "The new film, which stars award winner Clara Vey, is due out in December."
    )
    assert quote(text, "wish").speaker == "Nils Brandt"


def test_a_motto_quoted_before_the_words_does_not_take_them_from_the_speaker() -> None:
    text = BODY + (
        '"We regret the decision," said Ivan Petrov, deputy chairman of Northern Gold - a mining firm with '
        'the motto "Bringing Gold to Market". "It would be a shame if investors are put off." Other firms '
        "are wary."
    )
    assert quote(text, "It would be a shame").speaker == "Ivan Petrov"
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Ivan Petrov"] == ("deputy chairman of Northern Gold",)


def test_a_clause_opening_on_why_is_no_description() -> None:
    text = BODY + (
        '"If a club can afford to pay millions for Danny Marsh, why should the taxpayer - not all of whom '
        'like football - fund the ground?" asked councillor Ray Cole.'
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert not any(d.startswith("why") for d in people.get("Danny Marsh", ()))


def test_a_pair_introduced_by_a_plural_noun_of_people_are_both_people() -> None:
    text = BODY + (
        "Kiprop was in front from the start. Ethiopian duo Gebre Tsegaw and Dejene Wolde made late "
        "efforts to overtake him."
    )
    assert {"Gebre Tsegaw", "Dejene Wolde"} <= {p.name for p in extract_article(text, "t.txt").people}


def test_the_name_after_an_honorific_is_whole() -> None:
    text = BODY + "The hotel group is majority-owned by Malaysian tycoon Dr Khoo Kay Lim. Its shares rose."
    assert "Khoo Kay Lim" in {p.name for p in extract_article(text, "t.txt").people}


def test_a_trade_or_a_post_in_a_relative_clause_describes_the_person() -> None:
    text = BODY + (
        "In Tehran, Kaveh Rostami, who imports dialysis equipment from Germany, said his supplier wanted "
        "cash. Lorna Pell, who served as under secretary of state for political affairs at the time, wrote "
        "a memoir. Dean Ferris, who worked on the State Department's Iran desk, said little."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Kaveh Rostami"] == ("imports dialysis equipment from Germany",)
    assert people["Lorna Pell"] == ("under secretary of state for political affairs at the time",)
    assert people["Dean Ferris"] == ("worked on the State Department's Iran desk",)


def test_a_weekday_before_a_word_that_opens_on_a_months_name_is_a_weekday() -> None:
    dates = find_dates("After a count on Monday, Mayor Dora Kell and her rival tied.", dt.date(2015, 4, 14))
    assert [d.value for d in dates] == ["2015-04-13"]


def test_a_relative_clauses_state_does_not_set_the_tense_of_a_date() -> None:
    sentence = "The network said it would cut off banks that are under sanctions at 1600 GMT on Saturday."
    assert [d.value for d in find_dates(sentence, dt.date(2012, 3, 15))] == ["2012-03-17"]


def test_a_recent_year_before_a_plural_after_the_is_a_year() -> None:
    sentence = "She spent four months in prison after the 2009 protests, and 1500 workers lost their jobs."
    assert [d.value for d in find_dates(sentence, None)] == ["2009"]


def test_a_story_that_opens_on_words_alone_gives_them_to_the_person_named_next() -> None:
    text = (
        "Cannery workers meet one last time\n\n"
        '"You knew which plant was yours by the whistle. Ours was two long and a short."\n\n'
        "Edna Marsh is 88 years old, and she still remembers the signal that called her to the line.\n\n"
        "About 60 former packers gathered in the school gym on Friday for what may be the last reunion."
    )
    assert quote(text, "You knew which plant").speaker == "Edna Marsh"


def test_reminded_is_a_verb_of_speech() -> None:
    text = BODY + 'Judge Dora Kell reminded jurors that "similar prices alone are not proof" of a cartel.'
    assert quote(text, "similar prices alone").speaker == "Dora Kell"


def test_an_unnamed_role_is_the_holder_the_next_sentence_names_with_it() -> None:
    text = BODY + (
        'This week a judge claimed cheap drink was breeding "harbour hooligans" in the old town. '
        "Judge Alan Marrow QC made his remarks as he sentenced three men."
    )
    assert quote(text, "harbour hooligans").speaker == "Alan Marrow"
    other = BODY + (
        'This week a judge claimed cheap drink was breeding "harbour hooligans" in the old town. '
        "Skipper Alan Marrow said he had seen it."
    )
    assert quote(other, "harbour hooligans").speaker is None


def test_every_speaker_is_among_the_people_even_one_named_only_in_the_headline() -> None:
    text = '\nBy Mary Smith\n\n"The," J\'ohn Smith said.\n\n""The," John Smith said. She said: "the"\n'
    art = extract_article(text, "t.txt")
    names = {p.name for p in art.people}
    assert all(q.speaker is None or q.speaker in names for q in art.quotes)


def test_an_initial_with_two_names_after_it_ends_a_sentence() -> None:
    text = BODY + (
        "He starred in Jungle Nights and Malcolm X. Attalla Kabazz, the daughter of the singer, recalled the "
        "eulogy. George W. Bush paid tribute."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert "Attalla Kabazz" in names and "George W. Bush" in names
    assert not any("Attalla" in n and n != "Attalla Kabazz" for n in names)


def test_a_relations_role_before_a_name_belongs_to_the_name() -> None:
    text = BODY + "Jon Carter Vash, the son of singer Johnny Vash, spoke at the harbour festival."
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Johnny Vash"] == ("singer",)


def test_a_substitute_with_a_two_word_name_in_brackets_is_a_listed_player() -> None:
    text = (
        "Harbour 2-1 Quayside\n\n"
        "Harbour won it late on Saturday when Kell struck from close range after a long spell.\n\n"
        "Harbour: Marsh, Cole (Tevez 60), Hobbs, Dunn, Ward, Pike, Lane (Sinama Ponga 77), Reed, Kent, Ash."
    )
    names = {p.name for p in extract_article(text, "t.txt").people}
    assert {"Sinama Ponga", "Tevez", "Lane"} <= names


def test_a_role_opening_the_sentence_after_a_quotation_describes_the_name_after_it() -> None:
    text = BODY + (
        '"Judges will be better placed," he said. Director of Public Prosecutions, Dora Kell QC, who sits on '
        "the council, agreed. Despite being disliked by many critics, Harbour Sabbath's albums sold well. "
        "Looking ahead to the final, Ray Cole said the side was ready."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "Director of Public Prosecutions" in people["Dora Kell"]
    assert "Harbour Sabbath" not in people
    assert people["Ray Cole"] == ()


def test_a_lower_case_kind_before_the_body_after_a_name_is_still_an_affiliation() -> None:
    text = BODY + (
        'Dora Vash of campaign group Harbour Watch! said they were "wiping the slate clean". '
        "The quay reopened later."
    )
    assert quote(text, "wiping the slate").speaker == "Dora Vash"


def test_a_body_named_before_a_role_and_a_name_after_said_is_no_speaker() -> None:
    text = (
        "Latest Quayfox browser gets vocal\n\n"
        "The new version of Quayfox can read pages aloud. "
        '"Our mission was always to serve everyone," said Quayfox spokeswoman, Dora Kell.'
    )
    art = extract_article(text, "t.txt")
    people = {p.name: p.descriptions for p in art.people}
    assert quote(text, "Our mission").speaker == "Dora Kell"
    assert people == {"Dora Kell": ("Quayfox spokeswoman",)}


def test_a_machine_that_ends_in_er_is_no_role() -> None:
    text = BODY + "Net browser Quayfox Bell is due out next month, web server Harbourd Lane follows."
    assert extract_article(text, "t.txt").people == ()


def test_a_style_of_address_after_a_comma_leaves_the_role_before_it_to_describe_the_name() -> None:
    text = BODY + (
        'The Bishop of Harbourtown, the Rt Rev Dr Tom Vash, called the novel a "great thriller". '
        'The vicar, the Rev Ann Kell, said it was "fine".\n\n'
        'Writing his Christmas message in the Quay Echo, the Bishop said: "Conspiracy theories are fun."'
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Tom Vash"] == ("The Bishop of Harbourtown",)
    assert people["Ann Kell"] == ("The vicar",)
    assert quote(text, "Conspiracy theories").speaker == "Tom Vash"


def test_a_byline_with_a_role_then_the_date_gives_the_publication_date() -> None:
    text = (
        "Letting the harbour bank expire would be a gift to its rivals\n\n"
        "By Dora Kell, opinion contributor - 06/24/15 06:00 AM EDT\n\n"
        "In six days, unless Congress acts, the harbour bank will lose its authority to lend. "
        "The charter expires on June 30."
    )
    art = extract_article(text, "t.txt")
    assert (art.published, art.author) == ("2015-06-24", "Dora Kell")
    assert [e.date for e in art.events] == ["2015-06-30"]


def test_knesset_members_and_the_paragraph_that_says_whose_words_came_before() -> None:
    text = BODY + (
        "Likud MK Shmuel Vash, who was born in Isfahan, backed the framework.\n\n"
        '"The pipe is there. The gas is there."\n\n'
        "Those were the words of Dora Kell, the harbour's envoy, speaking at a seminar on Monday. She said "
        'the rules "do not apply to gas bought for our own people."\n\n'
        '"Whoever thought that speech was a mistake should look again," Vash said.'
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Shmuel Vash"] == ("Likud MK",)
    assert quote(text, "The pipe").speaker == "Dora Kell"
    assert quote(text, "Whoever thought").speaker == "Shmuel Vash"


def test_a_role_held_at_a_thing_is_not_someone_described_by_another_role() -> None:
    text = BODY + (
        "Deputy Foreign Minister Saeed Vash said the critics had every right to speak.\n\n"
        "The daily Harbour Post took a more mocking line. The paper's political editor wrote that the "
        'conference had "proved that the critics can fill a hall".\n\n'
        'Oxfam\'s Dora Kell spoke first. "This must stop," she said. "2005 offers a chance," the charity\'s '
        "director added."
    )
    assert quote(text, "proved that").speaker is None
    assert quote(text, "2005 offers").speaker == "Dora Kell"


def test_that_was_and_thats_how_name_the_words_of_the_paragraph_before_even_after_a_dateline() -> None:
    text = BODY + (
        'HARBOURTON, Colo. -- "We were told to keep two books. One for the computer."\n\n'
        "That's how Dr. Dora Kell, a former staff physician, describes the system.\n\n"
        '"The Senate can pass whatever it wants."\n\n'
        "That was Rep. Ray Vash (R-Nev.), speaking outside the Capitol on Tuesday.\n\n"
        '"People see a drawer of old shells. To me, it is a time machine."\n\n'
        "That's Marisol Quintero, a zoologist at the university."
    )
    assert quote(text, "We were told").speaker == "Dora Kell"
    assert quote(text, "The Senate").speaker == "Ray Vash"
    assert quote(text, "People see a drawer").speaker == "Marisol Quintero"


def test_the_client_a_lawyer_speaks_for_is_an_aside_not_the_subject() -> None:
    text = BODY + (
        "Novelist Rosamund Vash won her case.\n\n"
        'Dora Kell QC, for Ms Vash, had told the court that her client was "not seeking to suppress a '
        'biography". Ray Cole, representing the auction house, said the sale was "lawful".'
    )
    assert quote(text, "not seeking").speaker == "Dora Kell"
    assert quote(text, "lawful").speaker == "Ray Cole"


def test_copyright_credit_teaser_and_label_lines_leave_the_body() -> None:
    text = (
        "Harbour Desk | Ferry news\n\n"
        "Quay pilots of the north\n\n"
        "Date 25.01.2016\n"
        "Keywords harbour, ferries, pilots\n\n"
        "Save this story\n\n"
        "FILE - Pilots walk along the quay at dawn. (AP)\n\n"
        "The harbour board voted on Monday to keep the old ferry pier open.\n\n"
        "A pilot boat leaves the quay [Ray Cole/Al Jazeera]\n\n"
        "Dora Kell outside the harbour office. (Ann Bell for ProPublica)\n\n"
        "Skippers welcomed the vote.\n\n"
        "A visitor looks at the pier in a file photo. \u00a9 AFP\n\n"
        "HARBOUR RECOMMENDS\n\n"
        "Ferry fares rise for the third year\n"
        "Fares on the north route went up again, the operator said.\n\n"
        "Pier repairs: What happens now?\n\n"
        "Go deeper: How the pier was built\n\n"
        "Editor's note: This story has been corrected to show the pier opened in 1901.\n\n"
        "Follow Dora Kell on Twitter\n\n"
        "0 Comments\n\n"
        "\u00a92016 Harbour Media L.P."
    )
    art = extract_article(text, "t.txt")
    body = " ".join(s.text for s in art.sentences)
    assert body == (
        "The harbour board voted on Monday to keep the old ferry pier open. Skippers welcomed the vote."
    )
    assert (art.title, art.published) == ("Quay pilots of the north", "2016-01-25")


def test_a_first_line_closed_by_a_photo_credit_is_a_caption_not_the_headline() -> None:
    text = (
        "Protesters gather outside the embassy in the capital ( AFP/Getty Images )\n\n"
        "The broken windows of the embassy have become the defining image of this crisis."
    )
    art = extract_article(text, "t.txt")
    assert art.title is None
    assert [s.text for s in art.sentences] == [
        "The broken windows of the embassy have become the defining image of this crisis."
    ]


def test_appositions_with_a_noun_that_is_also_a_verb_of_speech_or_a_quoted_title() -> None:
    text = BODY + (
        "Cordelia Vash, a state senator from Albany, has proposed forty new posts. Police came, according "
        "to Ray Cole, a historian whose book \u201cHarbour Lights\u201d was published last year. "
        "The court heard that the eyewitness, Dora Kell, had recanted."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Cordelia Vash"] == ("a state senator from Albany",)
    assert people["Ray Cole"] == ("a historian",)
    assert people["Dora Kell"] == ("the eyewitness",)


def test_relative_clauses_that_give_a_post_a_seat_or_a_career() -> None:
    text = BODY + (
        "Dora Kell, who became the board's executive director last year, said little. Ray Cole, who spent "
        "nine years as a public defender in Harbourtown, agreed. Ann Bell, who served on the harbour's "
        "negotiating team until 2011, disagreed. Tom Vash, who lobbies for the Quay Traders Association, "
        "said nothing. Ian Lane, who became the first man since 1988 to swim the bay, was there too."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Dora Kell"] == ("the board's executive director last year",)
    assert people["Ray Cole"] == ("a public defender in Harbourtown",)
    assert people["Ann Bell"] == ("served on the harbour's negotiating team until 2011",)
    assert people["Tom Vash"] == ("lobbies for the Quay Traders Association",)
    assert people["Ian Lane"] == ()


def test_a_description_that_opens_a_sentence_before_a_relative_clause_is_what_he_continues() -> None:
    text = BODY + (
        "Tom Vash beat Ray Cole in the first round last year. The seventh seed, who is lined up to meet "
        'Ian Lane in the last eight, is looking forward to the match. "He is a tough player," he said.'
    )
    assert quote(text, "He is a tough").speaker == "Tom Vash"


def test_a_trait_subject_an_opening_participle_clause_and_a_government_called_executive() -> None:
    text = BODY + (
        "Ninth seed Dora Vash had never come back from two sets down.\n\n"
        'The Argentine had stoked the row by saying the celebrations were "not very good for the sport".\n\n'
        'While accepting that people "have to be prepared" for an attack, Mr Ray Cole said he had doubts.\n\n'
        "The Harbour Executive said ministers would be told but it would \"not be common practice\" to sign."
    )
    assert quote(text, "not very good").speaker == "Dora Vash"
    assert quote(text, "have to be prepared").speaker == "Ray Cole"
    assert quote(text, "not be common").speaker is None


def test_a_plural_role_before_a_dash_or_colon_describes_every_name_listed() -> None:
    text = BODY + (
        "She was elected along with three other ethnic minority MPs - Dora Kell, Ray Cole and Ann Bell - "
        "in 1987."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    for name in ("Dora Kell", "Ray Cole", "Ann Bell"):
        assert people[name] == ("other ethnic minority MPs",)


def test_lauding_is_a_verb_of_speech() -> None:
    text = BODY + 'More plaudits came, with Dora Kell lauding the way "the harbour dominated the regatta".'
    assert quote(text, "the harbour dominated").speaker == "Dora Kell"


def test_a_role_set_off_before_a_name_outranks_the_predicate_after_it() -> None:
    text = BODY + (
        "Motorcycle racer, Ray Vash, from Derby developed a gear changer after an accident. "
        "Their captain, Tom Cole, created a stir in the harbour. His son, Ian Cole, became the firm's "
        "president in 2019."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Ray Vash"] == ("Motorcycle racer",)
    assert people["Tom Cole"] == ("Their captain",)
    assert "the firm's president in 2019" in " ".join(people["Ian Cole"])


def test_a_role_with_its_brief_is_a_title_and_a_giant_is_a_firm() -> None:
    text = BODY + (
        'Harbour Party spokeswoman for women Dora Kell said: "Fine." Ray Cole, studio general manager for '
        'games giant Quayside Arts, was there. Media giant Harbour Universal said the claims had "no legal '
        'basis".'
    )
    art = extract_article(text, "t.txt")
    people = {p.name: p.descriptions for p in art.people}
    assert people["Dora Kell"] == ("Harbour Party spokeswoman for women",)
    assert "Quayside Arts" not in people and "Harbour Universal" not in people
    assert quote(text, "no legal").speaker is None


def test_a_sensation_or_a_prodigy_is_what_someone_is() -> None:
    text = BODY + (
        "South West teenage singing sensation, Dora Kell, has been nominated. Jazz fans cheered as jazz "
        "sensation Ray Cole arrived."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Dora Kell"] == ("South West teenage singing sensation",)
    assert people["Ray Cole"] == ("jazz sensation",)


def test_a_census_surname_used_alone_later_vouches_for_an_unknown_given_name() -> None:
    text = BODY + (
        "When Brayleth Hewitt shook his hand after another defeat, the crowd was quiet. Hewitt, along with "
        "two others, is sure to be prominent. Fans sang Jailhouse Rock all night; Rock music filled the hall."
    )
    people = {p.name for p in extract_article(text, "t.txt").people}
    assert "Brayleth Hewitt" in people
    assert "Jailhouse Rock" not in people


def test_a_common_word_before_a_census_surname_is_no_given_name() -> None:
    text = BODY + "The cast of Twin Peaks (Washington) and Dead Man (Texas) met Dora Kell (Canada)."
    people = {p.name for p in extract_article(text, "t.txt").people}
    assert "Twin Peaks" not in people and "Dead Man" not in people


def test_a_double_barrelled_name_keeps_its_elided_half() -> None:
    text = BODY + 'Bishop Aidan Kelly-O\'Dowd said: "Peace is possible." Ms Ray Smith-McAvoy agreed.'
    people = {p.name for p in extract_article(text, "t.txt").people}
    assert "Aidan Kelly-O'Dowd" in people and "Ray Smith-McAvoy" in people
    assert quote(text, "Peace is possible").speaker == "Aidan Kelly-O'Dowd"


@pytest.mark.parametrize(
    "top",
    [
        "WORLD\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Sport\nRugby League\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour Herald\n\nNews\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Politic\nNews ID: 81922347\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Home > News > Ports & Harbours\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "North Coast / Law and Crime\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Published by The Harbour Institute\nin Cooperation With Coast College\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
        "This article was published more than 8 years ago. Some information in it may be out of date.\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
        "Coastal News\n4 Min Read\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Illustration by The Gazette. Sources: Getty.\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Annals of Art\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "The Harbour Herald\nBusiness > Industry\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "harbourherald.com | Business\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour Times\n\nHome / Coast\n\nJun 13, 2012\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Democracy Dies in Darkness\n\nNational News\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour sector\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Mooring fees row\nLive\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "harbournews\nCoastal news\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour 24\n\nSports\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Notes from Harbour\n\nLaw  |  Environment\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour Mirror - Leith Latest Breaking News and Headlines\n\nBusiness News\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour Journal\n\nPolicy & Ethics \u00bb Analysis\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
        "Harbour Front Page - HFP News\n\nHome > Coast\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
        "HARBOUR TRIBUNE | First English Harbour Daily\n\nCoast > Business And Markets\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
        "THE HARBOUR HERALD\nHerald Coast\n\nHarbour Skippers Win Their Fight Over Mooring Fees?",
        "The Harbour Herald\nPolitics Coast Culture Blogs Magazine Subscribe\n\n"
        "Harbour Skippers Win Their Fight Over Mooring Fees?",
    ],
)
def test_labels_over_the_headline_go_whether_or_not_a_blank_line_parts_them(top: str) -> None:
    text = f"{top}\n\nSkippers won the vote on Monday."
    art = extract_article(text, "t.txt")
    assert art.title == "Harbour Skippers Win Their Fight Over Mooring Fees?"
    assert [s.text for s in art.sentences] == ["Skippers won the vote on Monday."]


def test_a_section_label_over_a_byline_is_no_headline() -> None:
    text = (
        "Opinion | Columns & Blogs\n\nBy Ruth Ellery\n\nPublished: Aug. 27, 2015\n\n"
        "Skippers won the vote on Monday."
    )
    art = extract_article(text, "t.txt")
    assert (art.title, art.author, art.published) == (None, "Ruth Ellery", "2015-08-27")


def test_a_capitals_label_over_a_headline_of_two_sentences() -> None:
    text = (
        "FOOD\n\nGrowers Spray Next to Schools. These Parents Want It Stopped.\n\nBy Ruth Ellery\n\n"
        "Skippers won the vote on Monday."
    )
    title = "Growers Spray Next to Schools. These Parents Want It Stopped."
    assert extract_article(text, "t.txt").title == title


@pytest.mark.parametrize(
    ("head", "author", "published"),
    [
        ("By Ruth Ellery in Port Vila\nFiled: 12/2/13 at 6:00 AM", "Ruth Ellery", "2013-12-02"),
        ("By Ruth Ellery For Harbouronline\n2016-03-15T14:03:00Z", "Ruth Ellery", "2016-03-15"),
        (
            "Standfirst of the story, in one sentence.\n\nUpdated by Ruth Ellery Aug 23, 2016, 2:10pm EDT",
            "Ruth Ellery",
            "2016-08-23",
        ),
        (
            "Ruth Ellery \u00b7 HN \u00b7 Posted: Feb 03, 2017 6:00 AM ET | Last Updated: Feb 3, 2017",
            "Ruth Ellery",
            "2017-02-03",
        ),
        ("Ruth Ellery   |23.11.2012 - Update : 23.11.2012", "Ruth Ellery", "2012-11-23"),
        ("Posted 2015-06-16T14:03:00Z by Ruth Ellery (@rellery)", "Ruth Ellery", "2015-06-16"),
        (
            "By Ruth Ellery-Smythe  June 22, 2009  |  6:30 pm  |  Categories: Coast",
            "Ruth Ellery-Smythe",
            "2009-06-22",
        ),
        ("By Ruth Ellery on December 3, 2013", "Ruth Ellery", "2013-12-03"),
        ("By Ruth Ellery\nHARBOUR STAFF  NOVEMBER 26, 2013", "Ruth Ellery", "2013-11-26"),
        (
            "Harbour skippers have won their long fight over the fees the council charged them.\n\n"
            "Ruth Ellery , Thursday 28 Nov 2013",
            "Ruth Ellery",
            "2013-11-28",
        ),
        ("Ruth Ellery\n\nPORT VILA, January 21, 2012", None, "2012-01-21"),
    ],
)
def test_bylines_and_date_lines_of_more_sites(head: str, author: str | None, published: str) -> None:
    # (a headline of two sentences is one when a byline follows it, after its standfirst or not)
    title = "Skippers win their fight. Fees are cut." if "By" in head else "Skippers win their fight"
    text = f"{title}\n\n{head}\n\nSkippers won the vote on Monday."
    art = extract_article(text, "t.txt")
    assert (art.title, art.author, art.published) == (title, author, published)


def test_a_wire_ledes_dateline_with_its_year_dates_the_story() -> None:
    text = "Skippers win fee fight\n\nPort Vila, Jan 17, 2016 (HNA) -- Skippers won the vote on Sunday."
    art = extract_article(text, "t.txt")
    assert art.published == "2016-01-17"
    assert [e.date for e in art.events] == ["2016-01-17"]
    undated = extract_article("Skippers win fee fight\n\nPORT VILA, Jan 17 (HNA) - Skippers won.", "t.txt")
    assert undated.published is None


def test_a_place_a_preposition_governs_is_no_speaker() -> None:
    text = BODY + (
        "Ray Cole, an importer of medical equipment in Dunmore Hill, Ont., said suppliers had called him. "
        '"The Germans are already there," he said.'
    )
    assert "Dunmore Hill" not in {p.name for p in extract_article(text, "t.txt").people}
    assert quote(text, "The Germans").speaker == "Ray Cole"


def test_a_team_named_by_a_plural_noun_and_a_modifier_title_are_no_people() -> None:
    text = BODY + (
        "Dora Kell plays defence for the Dryden Ice Dogs girls team. Ray Cole, an analyst at the Center "
        'for a New Harbour Security, said: "Fine."'
    )
    people = {p.name for p in extract_article(text, "t.txt").people}
    assert people == {"Dora Kell", "Ray Cole"}


def test_a_speech_verb_before_according_to_keeps_the_speaker() -> None:
    text = BODY + (
        "The cleric Ayatollah Reza Kelloway warned the team. "
        '"They smile at you," he told worshippers, according to a transcript carried by a news agency.'
    )
    assert quote(text, "They smile").speaker == "Reza Kelloway"


def test_joint_words_of_two_named_with_roles_go_to_the_first() -> None:
    text = BODY + '"We had a wee bit of a kicking," singer Ray Cole and drummer Ian Cole said.'
    assert quote(text, "We had a wee bit").speaker == "Ray Cole"


def test_an_unknown_name_opening_a_sentence_taken_up_as_she_is_a_person() -> None:
    text = BODY + (
        "Brayleth Okunmadewa, from rights group Liberty, joined calls for change. "
        'She said: "The rule of law is no game." Quayside Lights, from the north coast, joined the league. '
        'It said: "We are glad."'
    )
    people = {p.name for p in extract_article(text, "t.txt").people}
    assert "Brayleth Okunmadewa" in people and "Quayside Lights" not in people
    assert quote(text, "The rule of law").speaker == "Brayleth Okunmadewa"


def test_a_compound_given_name_is_sexed_by_its_first_part() -> None:
    text = BODY + (
        "Dora Kell, a former member of parliament, said the shouting had been exaggerated. Hamid-Reza "
        'Tavakkolian and his allies, in her view, are loud. "They shout because they can," she said.'
    )
    assert quote(text, "They shout").speaker == "Dora Kell"


def test_british_single_marks_with_double_marks_nested_inside() -> None:
    text = BODY + (
        "\u2018I still can\u2019t believe it,\u2019 Ray Cole said. \u2018I just thought, \u201cGo right, go "
        "right.\u201d Then it was in my hands.\u2019"
    )
    assert quote(text, "I still can").speaker == "Ray Cole"
    assert quote(text, "I just thought").speaker == "Ray Cole"
    assert all(not q.text.startswith("Go right") for q in extract_article(text, "t.txt").quotes)


def test_a_lede_set_in_capitals_reads_as_prose() -> None:
    text = BODY + (
        "DORA KELL STILL keeps the notebook she wrote in. \u201cI called every pharmacy,\u201d she said.\n\n"
        "HARBOUR ROVERS against Quay is a derby."
    )
    art = extract_article(text, "t.txt")
    assert "Dora Kell" in {p.name for p in art.people}
    assert quote(text, "I called every").speaker == "Dora Kell"
    # no given name in the capitals: as printed
    assert any(s.text.startswith("HARBOUR ROVERS against") for s in art.sentences)


def test_a_body_named_before_a_compound_given_name_is_the_persons_title() -> None:
    text = BODY + (
        "Head of the Majlis Harbour Committee Mohammad-Reza Kellavi said parliament would watch. The "
        "National Hi-Tech Crime Unit agreed."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people == {"Mohammad-Reza Kellavi": ("Head of the Majlis Harbour Committee",)}


def test_our_correspondent_counsel_and_compatriot_describe_people() -> None:
    text = BODY + (
        "Our chief harbour correspondent, Dora Kell, begins our coverage. In mitigation, defence counsel Ray "
        "Cole said his client had been drawn into gambling. Ian Dunmore beat his compatriot Tom Vash."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Dora Kell"] == ("Our chief harbour correspondent",)
    assert people["Ray Cole"] == ("defence counsel",)
    assert people["Tom Vash"] == ("compatriot",)


def test_a_verb_before_a_pre_name_role_is_no_part_of_it() -> None:
    text = BODY + (
        "Ray Cole will next face compatriot Ian Dunmore after beating French Open champion Tom Vash. Dora "
        "Kell edged out rival Ann Brill."
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Ian Dunmore"] == ("compatriot",)
    assert people["Tom Vash"] == ("French Open champion",)
    assert people["Ann Brill"] == ("rival",)


def test_a_lede_role_is_the_name_that_closes_the_next_paragraphs_first_sentence() -> None:
    text = BODY + (
        'The "myth that skippers are a nuisance" must be "laid to rest", the harbour minister has said.\n\n'
        "This was why the council would scrap the mooring levy, Ellen Okafor said. She spoke in Leith.\n\n"
        'Tom Reddy, a skipper, said: "It is about time."'
    )
    assert quote(text, "myth that skippers").speaker == "Ellen Okafor"
    assert quote(text, "laid to rest").speaker == "Ellen Okafor"
    # a name deep in the next paragraph that does not close its first sentence is no source
    other = text.replace("the mooring levy, Ellen Okafor said.", "the levy Ellen Okafor brought in.")
    assert quote(other, "laid to rest").speaker is None


def test_a_body_named_after_someone_does_not_end_a_description() -> None:
    text = (
        "Ruth Ellery, head of policy at harbour charity the Thomas Brannigan Trust said the plan was wrong. "
        '"It will drive skippers away," she said.'
    )
    assert people_of(text)["Ruth Ellery"] == ("head of policy at harbour charity the Thomas Brannigan Trust",)
    assert quote(BODY + text, "It will drive").speaker == "Ruth Ellery"


def test_words_someone_quoted_as_saying_are_the_quoted_ones() -> None:
    text = BODY + (
        'Harbour minister Tom Reddy quoted the council\'s five-year plan, as saying: "Fees will rise." '
        'Skipper Ellen Okafor quoted her father, Sean Okafor, as saying: "The sea gives and takes." '
        'Tom Reddy was quoted by the Leith Gazette as saying: "I stand by it."'
    )
    assert quote(text, "Fees will rise").speaker is None
    assert quote(text, "The sea gives").speaker == "Sean Okafor"
    assert quote(text, "I stand by it").speaker == "Tom Reddy"


def test_a_pronoun_continues_the_subject_not_a_name_a_preposition_governs() -> None:
    text = BODY + (
        "Tom Reddy ran the harbour board until Sean Okafor retired. Having worked closely with Mr Okafor, "
        'Mr Reddy focused on the quay. He had promised not to let the port grow "fat and lazy," '
        "and kept his word."
    )
    assert quote(text, "fat and lazy").speaker == "Tom Reddy"


def test_dictionary_words_before_a_given_name_are_its_title_and_an_office_ends_on_no_surname() -> None:
    text = BODY + (
        "Harbour Undersecretary for Mooring and Coastal Intelligence Nathan Ostrowski told the board that "
        'the fees needed "time and space". Lord Reddy, Minister for Defence Procurement, said he was '
        '"still disappointed". Tom Wade, the Reds\' 24-year-old captain, said: "We go on."'
    )
    people = people_of(text.removeprefix(BODY))
    assert "Nathan Ostrowski" in people
    assert "Procurement" not in people and "Reds" not in people
    assert quote(text, "time and space").speaker == "Nathan Ostrowski"
    assert quote(text, "still disappointed").speaker == "Lord Reddy"


def test_after_a_title_a_word_no_dictionary_lists_opens_the_name_though_the_lexicon_lacks_it() -> None:
    # (invented given names, so no lexicon knows them; the middle name is one it does know)
    text = BODY + (
        "Harbour Secretary Zorvandel Hayat Quillam told the board the quay would open. "
        'Mr Quillam said: "We are ready."'
    )
    people = people_of(text.removeprefix(BODY))
    assert "Zorvandel Hayat Quillam" in people
    assert quote(text, "We are ready").speaker == "Zorvandel Hayat Quillam"


def test_a_name_in_family_name_first_order_is_addressed_by_its_first_word() -> None:
    text = BODY + (
        "The harbour's co-founder, Mr Goh Beng Huat, 68, spoke to the court.\n\n"
        '"We treated her like family," Mr Goh wrote.'
    )
    assert quote(text, "We treated her like family").speaker == "Goh Beng Huat"
    assert "Goh" not in people_of(text.removeprefix(BODY))


def test_an_offices_initials_pick_which_bearer_of_a_shared_family_name_is_meant() -> None:
    text = BODY + (
        "Tan Siew Ling, 46, a former harbour clerk, pleaded guilty.\n\n"
        "Deputy Public Prosecutor Kenneth Tan described the offences as serious.\n\n"
        '"She was trusted completely," said DPP Tan, who had asked for a long sentence.'
    )
    assert quote(text, "She was trusted completely").speaker == "Kenneth Tan"


def test_a_second_apposition_after_and_is_cut_before_the_verb() -> None:
    text = BODY + (
        "Ananya Sabharwal, the harbour's co-founder, and Rohan's sister, told reporters the board had "
        'cash for "well over a year" at its new size.'
    )
    assert quote(text, "well over a year").speaker == "Ananya Sabharwal"


def test_a_given_name_no_lexicon_knows_is_the_names_when_the_article_uses_it_as_one() -> None:
    # (invented given names: one the article uses alone, one before the surname alone, one never again)
    text = BODY + (
        "Every autumn Kelvad Ahmed Hawrami faces the same problem, and Kelvad Hawrami said so.\n\n"
        "Nusar Omar Qaradaghi, the director of agriculture, said the province had almost no industry and "
        "no factory to take the fruit.\n\n"
        "Zorvek Hassan Omer, 31, finished second in the final.\n\n"
        "When Zorvek went to Dubai, his coach went too.\n\n"
        '"I was ashamed," Omer said of the years after the accident.'
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert "Zorvek Hassan Omer" in people and "Kelvad Ahmed Hawrami" in people
    assert quote(text, "I was ashamed").speaker == "Zorvek Hassan Omer"
    assert "Nusar Omar Qaradaghi" in people
    # (but a word an article or a modifier qualifies is a noun, and a participle no description)
    others = BODY + (
        "He could have met the same fate as the late Beatle George Harrison, he said.\n\n"
        "Featuring Cliff Richard, the album sold well."
    )
    found = {p.name: p.descriptions for p in extract_article(others, "t.txt").people}
    assert "George Harrison" in found and "Featuring" not in found.get("Cliff Richard", ())


def test_a_hyphenated_family_name_without_the_middle_name_is_the_same_person() -> None:
    text = BODY + (
        "MP Khalid Shaya Al-Harbi, the head of the harbour committee, said he backed the fees.\n\n"
        '"We are neighbours," Khalid Al-Harbi told reporters.'
    )
    assert quote(text, "We are neighbours").speaker == "Khalid Shaya Al-Harbi"
    assert "Khalid Al-Harbi" not in people_of(text.removeprefix(BODY))


def test_a_name_coordinated_with_one_of_its_family_is_a_person() -> None:
    # (an invented given name and family name, so no lexicon vouches for "Mereva Tarapa")
    text = BODY + (
        "Hana Tarapa, 24, a goal attack, made her debut in 2012.\n\n"
        "As children, Hana and Mereva Tarapa played on opposite sides of the court.\n\n"
        '"I was in the car when Mum rang," Mereva said.'
    )
    assert "Mereva Tarapa" in people_of(text.removeprefix(BODY))
    assert quote(text, "I was in the car").speaker == "Mereva Tarapa"


def test_a_firm_named_for_its_trade_is_no_person() -> None:
    text = BODY + (
        "Mahsa Rahnavard, managing director of Pars Sina Harbour Equipment, said suppliers were keen.\n\n"
        '"Our partners are happy to sell," she said.'
    )
    assert "Sina Harbour Equipment" not in people_of(text.removeprefix(BODY))
    assert quote(text, "Our partners are happy").speaker == "Mahsa Rahnavard"


def test_a_given_name_written_with_its_accents_is_the_one_the_lexicon_spells_without() -> None:
    text = BODY + (
        "Ciarán Fahyre kicked six points as the harbour club stayed up.\n\n"
        '"It is a great day for the county," Ciarán said.'
    )
    assert "Ciarán Fahyre" in people_of(text.removeprefix(BODY))
    assert quote(text, "It is a great day").speaker == "Ciarán Fahyre"


def test_a_sentence_that_opens_on_its_speech_verb_names_the_speaker_after_it() -> None:
    text = BODY + (
        'Said Tom Reddy, director (finance) of the harbour board: "Our quay was built for this." '
        'Said Jalili said the talks were "useful".'
    )
    assert quote(text, "Our quay was built").speaker == "Tom Reddy"
    assert {"Tom Reddy", "Said Jalili"} <= set(people_of(text.removeprefix(BODY)))


def test_a_name_in_words_the_speaker_quotes_someone_else_saying_may_be_the_speakers() -> None:
    text = BODY + (
        "Lonnie Archuleta, the producer of all four of her records, remembers the time she nearly quit. "
        "\"She called me from the harbour and said, 'I think I'm done, Lonnie,'\" he says."
    )
    assert quote(text, "She called me from the harbour").speaker == "Lonnie Archuleta"


def test_an_apposition_with_commas_of_its_own_still_leaves_its_name_the_subject() -> None:
    # (an invented name no lexicon vouches for: only the speech verb makes it a person)
    text = BODY + (
        "Zekhi Nkovu, a saxophonist who recorded his album, \u201cHarbour Nights\u201d, with friends, says "
        "the club is the only place the young learn.\n\n"
        "\u201cHere you learn when to shut up,\u201d he says."
    )
    assert quote(text, "Here you learn when").speaker == "Zekhi Nkovu"


def test_testified_attributes_like_said() -> None:
    text = BODY + (
        "The case rested on Dr. Priya Raghunathan, a forensic accountant.\n\n"
        '"Every transfer was approved by one user," Raghunathan testified.'
    )
    assert quote(text, "Every transfer was approved").speaker == "Priya Raghunathan"
    forecast = BODY + 'Mr Tom Reddy forecast growth "with a margin in the upper-teens" for the harbour.'
    assert quote(forecast, "with a margin").speaker == "Tom Reddy"


def test_an_office_of_a_body_no_one_in_the_article_holds_is_held_by_someone_unnamed() -> None:
    text = BODY + (
        'Harbour master Tom Reddy said the fees were "a disgrace" and would be fought.\n\n'
        'The EU fisheries commissioner told reporters the rules were meant to "protect the stocks".\n\n'
        '"We will fight on," Reddy said.'
    )
    assert quote(text, "protect the stocks").speaker is None
    assert quote(text, "We will fight on").speaker == "Tom Reddy"
    # (and an office the story's subject does not hold: "the mayor" here is no harbour master)
    mayor = text.replace("The EU fisheries commissioner", "The mayor")
    assert quote(mayor, "protect the stocks").speaker is None


def test_a_spokesman_for_a_named_official_and_the_officials_own_title() -> None:
    text = BODY + (
        '"We would like that to happen," said Claude Vernay, a spokesman for EU harbour commissioner '
        'Peter Mandley. "We are ready."'
    )
    people = people_of(text.removeprefix(BODY))
    assert people["Peter Mandley"] == ("EU harbour commissioner",)
    assert people["Claude Vernay"] == ("a spokesman for EU harbour commissioner Peter Mandley",)


def test_a_middle_initial_a_is_no_article() -> None:
    text = BODY + 'Charles A Blixt, vice-president of the harbour board, said the ruling "transforms" it.'
    assert quote(text, "transforms").speaker == "Charles A Blixt"
    assert "Rooney A Break" not in people_of("Give Rooney A Break, the fans sang at the harbour.")


def test_a_fathers_short_name_is_his_though_his_daughter_bears_it_as_her_middle_name() -> None:
    text = BODY + (
        "Every autumn Karwan Ahmed Hawrami faces the same problem: too many pomegranates.\n\n"
        "His daughter, Shilan Karwan Hawrami, a food engineer, now runs the new harbour factory.\n\n"
        '"We are a brand now," Karwan Hawrami said.'
    )
    assert quote(text, "We are a brand now").speaker == "Karwan Ahmed Hawrami"


def test_the_speakers_own_pronoun_says_which_bearer_of_a_family_name_speaks() -> None:
    text = BODY + (
        "Javad Hosseini, a harbour pilot, went missing on the crossing in September.\n\n"
        "His daughter, Leila Hosseini, has written to the ministry.\n\n"
        "Javad Hosseini had made the crossing 40 times.\n\n"
        '"I want to know where my father is," Hosseini told reporters at her family\'s home.'
    )
    assert quote(text, "I want to know where my father is").speaker == "Leila Hosseini"


def test_her_husband_is_the_other_bearer_of_her_family_name() -> None:
    text = BODY + (
        '"We run the only ambulance," said Dale Sundby, 67, a retired wheat farmer.\n\n'
        "Karen Sundby pinned a flyer to the harbour board.\n\n"
        '"I took the class in 1992," she said.\n\n'
        'Her husband, listening from the doorway, shook his head. "She says that every time," he said.'
    )
    assert quote(text, "She says that every time").speaker == "Dale Sundby"


def test_stalwarts_is_a_role_shared_by_the_list_it_opens() -> None:
    people = people_of("As the summer ended, harbour stalwarts Cathy McKiernan and Dermot Donnelly retired.")
    assert people["Cathy McKiernan"] == people["Dermot Donnelly"] == ("harbour stalwarts",)


def test_a_description_ends_where_a_list_of_names_goes_on() -> None:
    people = people_of(
        "Professor Tom Goldstein, former dean of the harbour school at the University of Leith and "
        "Dan Gillmor, agreed."
    )
    assert "former dean of the harbour school at the University of Leith" in people["Tom Goldstein"]


def test_a_long_title_before_the_name_still_opens_the_sentence_on_its_subject() -> None:
    text = BODY + (
        "Leith's provisional Friday Harbour Prayer Leader Ayatollah Javad Mousavi-Nejad lashed out at the "
        'fees in his sermon, describing them as "the council\'s new trick."'
    )
    assert quote(text, "the council's new trick").speaker == "Javad Mousavi-Nejad"


def test_names_of_vietnamese_and_malay_form() -> None:
    text = BODY + (
        "Nguyễn Thị Thanh Hà became the first harbour champion from Vietnam.\n\n"
        '"I did not think about the medal," Thanh Hà said.\n\n'
        '"The harbour has done very well," said Mohd Rizal Hashim, the board\'s chief executive. '
        '"We have to be honest," Mohd Rizal said.'
    )
    people = people_of(text.removeprefix(BODY))
    assert "Nguyễn Thị Thanh Hà" in people and "Mohd Rizal" not in people
    assert quote(text, "We have to be honest").speaker == "Mohd Rizal Hashim"
    burmese = BODY + 'Before sunrise, U Aung Myo Tun steers his boat out. "My father grew tomatoes," he said.'
    assert quote(burmese, "My father grew tomatoes").speaker == "Aung Myo Tun"


def test_a_name_the_headline_sets_in_single_marks_is_a_title_in_the_body() -> None:
    text = (
        "Jury Finds Singer's Hit 'Gravel Road Heart' Copied Songwriter's Demo\n\n"
        "Loretta Pruitt wrote the demo in a harbour cabin in 2009.\n\n"
        '"Gravel Road Heart" was released as a single in May 2012 and spent seven weeks at No. 1.'
    )
    assert quote(text, "Gravel Road Heart").speaker is None


def test_a_bio_after_a_dash_and_a_pic_by_credit() -> None:
    text = (
        "Skippers win their fight\n\nBy Ruth Ellery\n\nSkippers at work on the quay. Pic by Tom Reddy\n\n"
        "Skippers won the vote on Monday, and the fees will fall by half next year.\n\n"
        "The council will meet again next week to settle the rest of the season's fees.\n\n"
        "\u2014 Ruth Ellery is a Leith-based political analyst and a former harbour lecturer."
    )
    art = extract_article(text, "t.txt")
    assert [s.text for s in art.sentences][0].startswith("Skippers won the vote")
    people = {p.name: p.descriptions for p in art.people}
    assert people["Ruth Ellery"] == ("a Leith-based political analyst and a former harbour lecturer",)


def test_a_given_name_ending_like_an_agent_noun_is_still_a_name() -> None:
    text = BODY + (
        "Abdirahman Yusuf Warsame, who owns two harbour buildings, was not convinced.\n\n"
        '"Show me where to put it," Warsame said.'
    )
    assert quote(text, "Show me where to put it").speaker == "Abdirahman Yusuf Warsame"


def test_boss_and_actress_are_singular_roles() -> None:
    text = BODY + (
        "Manchester United's Alex Ferguson has praised his players.\n\n"
        '"That was our hardest away game," said the Old Trafford boss.'
    )
    assert quote(text, "That was our hardest").speaker == "Alex Ferguson"


def test_the_younger_of_a_family_is_not_the_one_described_as_a_parent_though_named_later() -> None:
    text = BODY + (
        '"We were the back door," said Kaveh Golbahar, who runs the shop.\n\n'
        '"Cash was all we had," said Kaveh\'s father, Morteza Golbahar, 71.\n\n'
        "The younger Mr Golbahar said the firm would open an office.\n\n"
        '"Nobody needs us now," he said.'
    )
    assert quote(text, "Nobody needs us").speaker == "Kaveh Golbahar"


def test_a_bodys_spokesman_in_the_lede_is_the_one_named_by_that_office_next() -> None:
    text = BODY + (
        "Leith's Harbour Board spokesman strongly condemned the council's ruling, describing the levy as "
        '"daylight robbery".\n\n'
        '"This is theft," Harbour Board Spokesman Tom Reddy told reporters on Thursday.'
    )
    assert quote(text, "daylight robbery").speaker == "Tom Reddy"


def test_the_pronoun_a_speaker_is_given_outweighs_the_lexicons_guess_at_the_given_name() -> None:
    text = BODY + (
        "Carla Denning, a vice president of the association, disagreed.\n\n"
        "The station is now kept by Dakota Renfro, who teaches at the school. Renfro told me she still "
        "checks the readings.\n\n"
        '"The ground is always talking," she said.'
    )
    assert quote(text, "The ground is always").speaker == "Dakota Renfro"


def test_a_paragraph_whose_subject_the_scrape_cut_off_keeps_its_pronouns_to_itself() -> None:
    text = BODY + (
        "The holders will visit the winners of the replay, and Sir Tom Reddy's side are favourites.\n\n"
        'was delighted to be paired with the holders. "We have work to do," he said.'
    )
    assert quote(text, "We have work to do").speaker is None
    whole = text.replace("was delighted", "Sean Okafor was delighted")
    assert quote(whole, "We have work to do").speaker == "Sean Okafor"


def test_a_description_keeps_its_role_when_its_relative_clause_names_someone_else() -> None:
    people = people_of(
        "Sir Tom Reddy, the Tory backbencher who challenged Margaret Thatcher in 1989, has died. "
        'Sir Tom James Reddy was born in 1920. "The market is growing," said Ellen Okafor, '
        "Nielsen/NetRatings analyst."
    )
    assert people["Tom James Reddy"] == ("the Tory backbencher",)
    assert "Tom Reddy" not in people
    assert people["Ellen Okafor"] == ("Nielsen/NetRatings analyst",)
    # an initial is no spelt-out middle name: father and son stay two people
    two = people_of("He served under Presidents George W Bush, Bill Clinton and George Bush.")
    assert "George W Bush" in two and "George Bush" in two


def test_court_roles_time_spans_and_closing_bios_in_descriptions() -> None:
    text = (
        "Harbour Lights ends its run\n\nBy Ruth Ellery\n\n"
        "I spoke to the show's creator, Dora Kell, a few days before the finale aired.\n\n"
        "Tom Reddy, prosecuting, said the books were kept badly. Ann Wade, defending, said her client "
        "had no plan to steal.\n\n"
        + "The hall was built in 1923 and has been run by volunteers ever since, with a small grant. " * 6
        + "\n\nRuth Ellery is the Gazette's television critic.\n\n"
        "- Salim al-Harthy is an Omani writer and former diplomat.\n\n"
    )
    people = {p.name: p.descriptions for p in extract_article(text, "t.txt").people}
    assert people["Dora Kell"] == ("the show's creator",)
    assert people["Tom Reddy"] == ("prosecuting",) and people["Ann Wade"] == ("defending",)
    assert people["Ruth Ellery"] == ("the Gazette's television critic",)
    assert "al-Harthy" not in " ".join(s.text for s in extract_article(text, "t.txt").sentences)


def test_an_adverb_between_a_pronoun_and_its_speech_verb() -> None:
    text = BODY + (
        "Sir Tom Reddy has died. After his sacking, he bitterly said that the committee was "
        '"absolutely determined to get rid of me". The family said it was "a sad day".'
    )
    assert quote(text, "absolutely determined").speaker == "Tom Reddy"
    assert quote(text, "a sad day").speaker is None


def test_words_between_two_attributions_to_one_person_are_theirs() -> None:
    text = BODY + (
        '"Ports need trade," said Tom Reddy, director of analysts Reddy-Wade. The port is a "fast growing '
        'harbour that must have deep water". By dredging, the council could double traffic, Mr Reddy '
        "explained, although costs are high."
    )
    assert quote(text, "fast growing").speaker == "Tom Reddy"
    # with nobody closing the next sentence, the words stay unattributed
    alone = text.replace("Mr Reddy explained, although", "although")
    assert quote(alone, "fast growing").speaker is None


def test_a_surname_that_owns_a_his_or_her_vouches_for_its_full_name() -> None:
    text = (
        "Coach Tom Reddy believes Phillips Adebayo can win the title. Adebayo made his breakthrough five "
        "years ago. Dryden Dogs beat the Rovers, and Dogs made its name."
    )
    people = people_of(text)
    assert "Phillips Adebayo" in people and "Dryden Dogs" not in people


def test_a_second_role_and_name_pair_after_and_and_runner_up_as_a_role() -> None:
    people = people_of(
        "The draw suffers as last year's champion, Dora Kell, and runner-up, Ann Wade, will be absent."
    )
    assert people["Dora Kell"] == ("last year's champion",)
    assert people["Ann Wade"] == ("runner-up",)


def test_an_opening_clause_is_not_the_subject_and_a_newspaper_is_no_person() -> None:
    text = BODY + (
        "Tom Reddy and Ann Wade missed three tests. In imposing bans on the duo on 22 December, the "
        'federation described their excuses as "unacceptable". In Leith, the conservative Harbour '
        'Gazette newspaper warned skippers against "falling into the council\'s trap".'
    )
    assert quote(text, "unacceptable").speaker is None
    assert quote(text, "falling into").speaker is None


def test_names_with_letters_beyond_latin_1() -> None:
    text = BODY + (
        '"We pay in lira," said Kemal Dursunoğlu, an economy ministry official. '
        'Ünal Çevikbaş said: "It was convenient." Murat Kocabıyık and Łucja Żółtowska agreed.'
    )
    people = set(people_of(text.removeprefix(BODY)))
    assert {"Kemal Dursunoğlu", "Ünal Çevikbaş", "Murat Kocabıyık", "Łucja Żółtowska"} <= people
    assert quote(text, "We pay in lira").speaker == "Kemal Dursunoğlu"


def test_a_dateline_without_a_year_takes_the_copyright_lines_year_when_the_body_is_of_that_time() -> None:
    def page(footer: str, body_year: str) -> str:
        return (
            "Skippers win their fight\n\n"
            f"LEITH, July 15 (Reuters) - Skippers won the vote on Wednesday, the first since {body_year}.\n\n"
            "The council will meet again next week to settle the fees for the rest of the season.\n\n"
            f"{footer}"
        )

    assert extract_article(page("Copyright \u00a9 2015 Harbour", "2014"), "t").published == "2015-07-15"
    # a footer with the year the page was fetched says nothing of an old story
    assert extract_article(page("\u00a9 2024 Harbour Inc.", "2012"), "t.txt").published is None
    # a wire's own copyright dates its story, whatever years the body names
    wire = page("\u00a9 2013 Reuters", "1998")
    assert extract_article(wire, "t.txt").published == "2013-07-15"
    ap = page("Copyright 2013 The Associated Press. All rights reserved.", "1998").replace("Reuters", "AP")
    assert extract_article(ap, "t.txt").published == "2013-07-15"
    # ("LEITH, July 15: ...": a colon after the dateline)
    colon = page("\u00a9 2015 Harbour", "2014").replace(" (Reuters) -", ":")
    assert extract_article(colon, "t.txt").published == "2015-07-15"


def test_an_office_acronym_before_a_name_a_convener_and_mr_with_a_given_name() -> None:
    text = BODY + (
        "Mlolongo Ward MCA Daniel Musyoka, who backs the traders, called on the police. Its convener, "
        'Hannatu Lar, said the people "did not elect them". Deputy governor Wiwat Sukkasem said the '
        'clearance would go ahead. "Pavements belong to everyone," Mr Wiwat told reporters.'
    )
    people = people_of(text.removeprefix(BODY))
    assert "Daniel Musyoka" in people and people["Hannatu Lar"] == ("Its convener",)
    assert "Wiwat" not in people
    assert quote(text, "did not elect").speaker == "Hannatu Lar"
    assert quote(text, "Pavements belong").speaker == "Wiwat Sukkasem"
