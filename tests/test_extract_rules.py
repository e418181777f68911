"""Extraction rules, each checked on real posts of the shared corpora.

The quality gate scores whole gold sets; these tests pin single behaviours so a
regression names the rule it breaks. Posts are found by their source id.
"""

import pytest

from communique.models import Skipped


@pytest.fixture(scope="module")
def by_id(corpus_records):
    found = {}
    for key in ("mfa", "whitehouse"):
        for rec in corpus_records[key]:
            if not isinstance(rec, Skipped) and not rec.get("duplicate_of"):
                found[(key, str(rec["source"]["id"]))] = rec
    return found


def primary(by_id, corpus_key, post_id):
    rec = by_id[(corpus_key, post_id)]
    return rec, rec["events"][0]


def names(event):
    return [p["name"] for p in event["participants"]]


def test_a_ministry_statement_has_no_participants_from_its_topic(by_id):
    # "Statement by the Ministry of Foreign Affairs ... concerning Venezuela": Maduro is its topic
    _, event = primary(by_id, "mfa", "27938")
    assert event["type"] == "statement"
    assert event["participants"] == []
    assert event["actors"] == ["RUS"]


def test_an_organisations_statement_is_in_its_framework(by_id):
    _, event = primary(by_id, "mfa", "28544")  # "Statement of the Shanghai Cooperation Organization regarding ..."
    assert event["type"] == "statement"
    assert event["forum"] == "SCO"


def test_a_comment_regarding_a_meeting_is_a_statement_by_its_author(by_id):
    _, event = primary(by_id, "mfa", "28092")  # "Comment by Aide to the President Yury Ushakov regarding ... meeting"
    assert event["type"] == "statement"
    assert names(event) == ["Yury Ushakov"]


def test_a_comment_to_a_newspaper_is_an_interview(by_id):
    _, event = primary(by_id, "mfa", "28170")  # "... Mikhail Ulyanov to «Izvestia» newspaper"
    assert event["type"] == "interview"


def test_a_live_broadcast_without_a_day_is_dated_on_publication(by_id):
    rec, event = primary(by_id, "mfa", "28006")  # "🔴 #LIVE: ... Lavrov and ..."
    assert event["date"] == rec["published"][:10]
    assert event["date_inferred"] is True


def test_the_dateline_of_the_remarks_places_the_talks(by_id):
    _, event = primary(by_id, "mfa", "28487")  # talks in the lead; "(Moscow, 24 February 2026)" further down
    assert event["date"] == "2026-02-24"
    assert event["location"] == {"city": "Moscow", "country": "RUS"}


def test_a_registered_name_that_begins_with_a_title_word(by_id):
    _, event = primary(by_id, "mfa", "28590")  # "Amir Khan Muttaqi", not the title "Amir"
    assert "Amir Khan Muttaqi" in names(event)


def test_a_bodys_label_line_defers_to_what_follows(by_id):
    _, event = primary(by_id, "mfa", "28521")  # "Russia's EMERCOM:" and a flight that brought nationals home
    assert event["type"] == "other"
    _, event = primary(by_id, "mfa", "28612")  # "Embassy of Russia in Nigeria:" and "We were deeply saddened ..."
    assert event["type"] == "statement"


def test_a_place_named_with_its_state(by_id):
    _, event = primary(by_id, "whitehouse", "2024-09-20-readout-of-president-bidens-meeting-with-prime-minister-albanese-of-australia-2")
    assert event["location"] == {"city": "Wilmington", "country": "USA"}


def test_leaders_joining_a_call_take_part(by_id):
    _, event = primary(by_id, "whitehouse", "2023-10-03-readout-of-president-bidens-call-with-allies-and-partners-2")
    assert {"Trudeau", "Scholz", "Meloni", "Kishida", "Stoltenberg"} <= set(names(event))
    assert {"CAN", "DEU", "ITA", "JPN"} <= set(event["actors"])


def test_a_list_of_participants_and_their_roles(by_id):
    _, event = primary(by_id, "whitehouse", "2023-02-24-readout-of-vice-president-harris-meeting-on-threats-to-medication-abortion")
    got = set(names(event))
    assert {"Amanda Dennis", "Nancy Northup", "Monica Simpson", "Fatima Goss Graves"} <= got
    assert not any("Physicians" in n or "Society" in n for n in got)  # the bodies named in the roles are not people


def test_a_national_secretary_general_is_not_the_uns(by_id):
    rec, _ = primary(by_id, "whitehouse", "2022-09-01-readout-of-the-meeting-of-the-united-states-japanese-and-republic-of-korea-trilateral-national-security-advisors")
    assert "UN" not in rec["organisations"]  # "National Security Secretariat Secretary General Akiba Takeo"


def test_a_bilateral_alliance_is_not_nato(by_id):
    rec, _ = primary(by_id, "whitehouse", "2022-09-27-readout-of-vice-president-harriss-meeting-with-prime-minister-han-of-the-republic-of-korea")
    assert "NATO" not in rec["organisations"]  # "the U.S.-ROK Alliance"


def test_the_leaders_a_message_is_sent_to_take_part():
    # the form of the yearly greetings posts: a cue ending with a colon, then one addressee a line
    from communique import extract_text

    text = ("✉️ Vladimir Putin sent New Year greetings to heads of state and government of foreign countries:\n\n"
            "🇧🇷 President of Brazil Luiz Inácio Lula da Silva\n🇨🇳 President of China Xi Jinping\n"
            "🇮🇳 Prime Minister of India Narendra Modi\n\nThe President wished them good health.")
    event = extract_text(text, published="2025-12-30T10:00:00+00:00", channel="MFARussia")["events"][0]
    assert event["type"] == "message"
    assert set(names(event)) == {"Vladimir Putin", "Luiz Inácio Lula da Silva", "Xi Jinping", "Narendra Modi"}
    assert set(event["actors"]) == {"RUS", "BRA", "CHN", "IND"}
