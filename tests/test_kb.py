"""The knowledge base: scanning finds whole names, and its data files agree with each other."""

import pytest

from communique.kb import load_kb


def test_scan_finds_whole_words_only():
    kb = load_kb()
    found = {(m.surface, m.kind) for m in kb.scan("Russian-Chinese talks in Moscow; Oman, not Romania. The UN and UNGA79.")}
    assert ("Russian", "adjective") in found and ("Chinese", "adjective") in found
    assert ("Moscow", "city") in found and ("Oman", "country") in found
    assert ("Romania", "country") in found
    assert not any(s == "Oman" and k == "country" for s, k in found - {("Oman", "country")})
    assert ("UN", "org") in found
    assert not any(s.startswith("UNGA") and k == "org" for s, k in found)


def test_latin_america_is_not_the_united_states():
    kb = load_kb()
    assert [m.kind for m in kb.scan("Latin America and the Caribbean") if m.surface == "America"] == []


def test_every_venue_lies_in_a_known_city():
    """A venue's city must be a city of the knowledge base, so places compare equal whichever names them."""
    kb = load_kb()
    known = set(kb.cities.values())
    assert [v for v, place in kb.venues.items() if place not in known] == []


def test_every_summit_is_an_organisations_and_its_days_are_in_order():
    kb = load_kb()
    assert kb.summits
    assert [s.name for s in kb.summits if s.code not in kb.organisations] == []
    assert [s.name for s in kb.summits if not s.start <= s.end] == []
    assert [s.name for s in kb.summits if s.iso3 not in kb.countries] == []
    bali = kb.summit_at("Bali", "2022-11-14")  # the day before the G20 summit opened
    assert bali is not None and bali.code == "G20"
    assert kb.summit_at("Bali", "2022-11-12") is None


def test_the_registry_holds_office_holders_back_to_2008():
    # readouts of 2009-2020 name leaders and ministers of that time; each resolves to a state and the office held that day
    from communique import extract_text

    text = ("Vice President Joe Biden met today with President Nicolas Sarkozy of France and Prime Minister Manmohan Singh "
            "of India, joined by Secretary of State Hillary Clinton.")
    event = extract_text(text, published="2010-09-23")["events"][0]
    people = {p["name"]: (p["country"], p["office_on_date"]) for p in event["participants"]}
    assert people["Joe Biden"] == ("USA", "Vice President") and people["Hillary Clinton"] == ("USA", "Secretary of State")
    assert people["Nicolas Sarkozy"] == ("FRA", "President") and people["Manmohan Singh"] == ("IND", "Prime Minister")


def test_a_title_and_a_surname_resolve_to_the_holder_of_that_office_on_the_day():
    from communique import extract_text

    def states(published):
        event = extract_text("President Obama met with Prime Minister Harper.", published=published, channel="whitehouse")["events"][0]
        return {p["name"]: p["country"] for p in event["participants"]}

    assert states("2010-06-25")["Harper"] == "CAN"  # Stephen Harper was Canada's Prime Minister
    assert states("2020-06-25")["Harper"] != "CAN"  # no Prime Minister Harper held office then


def test_a_name_written_with_a_middle_initial_is_the_registered_person():
    kb = load_kb()
    assert kb.person("Michael R. Pompeo") is kb.person("Mike Pompeo") is not None
    assert kb.person("S. Jaishankar") is not None  # a first initial is the name as registered, not dropped
    assert kb.person("Michael X. Nobody") is None


@pytest.mark.parametrize("text, code", [
    ("on the sidelines of the 18th Ministerial Meeting of the Bay of Bengal Initiative for Multi-Sectoral, Technical and Economic "
     "Cooperation", "BIMSTEC"),
])
def test_an_organisations_official_name_with_its_comma_is_found(text, code):
    from communique import extract_text

    assert code in extract_text("Minister Narayan Khadka met his Indian counterpart " + text + ".", published="2022-03-29")["organisations"]


def test_a_presidents_name_in_another_spelling_resolves_to_him():
    from communique import extract_text

    event = extract_text("In a telephone conversation with Turkish President Recep Tayyip Erdogan on Monday, President Raeisi "
                         "congratulated him.", published="2022-05-02")["events"][0]
    assert {p["country"] for p in event["participants"]} == {"IRN", "TUR"}


@pytest.mark.parametrize("text, kind, value", [
    ("the Secretary General of the Cooperation Council of Turkic-Speaking States", "org", "OTS"),
    ("received the President of Mongolia at the People’s Great Hall", "venue", "People’s Great Hall"),
    ("received Wang Yi in Hà Nội on September 11", "city", ("Hanoi", "VNM")),
    ("At the meeting of the Leaders in Guinea Bissau, President Tinubu raised an alert", "country", "GNB"),
    ("met on the sidelines of the Arab extraordinary summit in Cairo", "org", "LAS"),
    ("the 9th World Peace Forum was held at Tsinghua University", "venue", "Tsinghua University"),
])
def test_a_bodys_or_venues_other_written_form_is_found(text, kind, value):
    kb = load_kb()
    assert any(m.kind == kind and (m.value == value or m.surface == value) for m in kb.scan(text))


def test_towns_are_looked_up_by_folded_name_and_by_the_states_a_text_names():
    kb = load_kb()
    assert kb.town("Jurmala") == ("Jūrmala", "LVA")  # written without its accent
    assert kb.town("Labuan") == ("Labuan", "MYS")  # the most populous of two
    assert kb.town("Labuan", {"IDN"}) == ("Labuan", "IDN")  # the one in a state the text names
    assert kb.town("Moscow") is None  # cities are not towns
    assert kb.town("Split") is None  # nor everyday words


def test_the_gazetteer_files_are_what_their_generator_makes(tmp_path):
    # countries, cities, towns and subdivisions are generated, not edited: a hand edit would be lost at the next build
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, str(root / "scripts" / "build_kb.py"), "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("countries.json", "cities.tsv", "towns.tsv", "subdivisions.tsv"):
        assert (tmp_path / name).read_bytes() == (root / "communique" / "kb" / "data" / name).read_bytes(), name
