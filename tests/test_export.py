import csv
import io
import itertools
import json
import math
import re

import networkx as nx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from communique import export
from communique.cli import cli
from communique.models import Skipped
from communique.pipeline import records
from communique.store import Database
from communique.store.database import NETWORK_TYPES
from communique.store.filters import person_key

PLOVER_OF_TYPE = {
    "meeting": "CONSULT", "phone_call": "CONSULT", "visit": "CONSULT", "multilateral_meeting": "CONSULT",
    "agreement": "AGREE", "message": "SUPPORT", "statement": None, "interview": None, "other": None,
}


@pytest.fixture(scope="module")
def small(corpus):
    """The SCO dump and the MFA channel through the pipeline: records and Skipped items."""
    return list(records([corpus["sco"], corpus["mfa"]]))


@pytest.fixture(scope="module")
def rows(small):
    return list(export.event_rows(small))


@pytest.fixture(scope="module")
def small_db_path(small, tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "small.db"
    with Database(path) as db:
        db.ingest(small)
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_every_event_is_a_row_with_a_unique_id(small, rows):
    events = sum(len(r["events"]) for r in small if not isinstance(r, Skipped))
    assert len(rows) == events > 500
    assert len({row.id for row in rows}) == events


def test_plover_round_trips_one_line_per_event(tmp_path, small, rows):
    path = tmp_path / "events.jsonl"
    assert export.write_plover(small, path) == len(rows)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == [row.id for row in rows]
    for line, row in zip(lines, rows):
        assert line["communique_type"] == row.event["type"]
        assert line["event_type"] == PLOVER_OF_TYPE[row.event["type"]] == (row.event["plover"] or {}).get("event")
        assert line["mode"] == (row.event["plover"] or {}).get("mode")
        assert line["context"] == ["diplomatic"]
        assert line["event_text"]
        assert line["actor2"] == (line["recipient"][0] if line["recipient"] else None)


def test_plover_actors_and_text_of_a_known_meeting(rows):
    row = next(r for r in rows if r.event["type"] == "meeting" and r.event["date"] == "2023-10-16")
    line = export.plover_object(row)
    assert (line["actor1"]["name"], line["actor1"]["country"]) == ("Sergey Lavrov", "RUS")
    assert (line["actor2"]["name"], line["actor2"]["country"], line["actor2"]["country_name"]) == ("Wang Yi", "CHN", "China")
    assert line["location"] == {"city": "Beijing", "country": "CHN", "country_name": "China"}
    assert line["event_text"] == "On October 16, Beijing hosted talks between Foreign Minister Sergey Lavrov and Foreign Minister of China Wang Yi."


def test_a_state_without_a_named_participant_is_a_counterpart(make_record):
    record = make_record(events=[{
        "type": "phone_call", "date": "2024-01-05", "participants": [{"name": "Sergey Lavrov", "country": "RUS"}],
        "actors": ["RUS", "IRN"], "plover": {"event": "CONSULT", "mode": "phone"}, "evidence": {}, "primary": True,
    }])
    line = export.plover_object(next(export.event_rows([record])))
    assert line["actor2"] == {"name": "Iran", "country": "IRN", "country_name": "Iran", "role": None,
                              "organisation": None, "wikidata": None}


def test_gdelt_has_the_codebook_columns_and_yyyymmdd_dates(tmp_path, small, rows):
    path = tmp_path / "events.tsv"
    assert export.write_gdelt(small, path) == len(rows)
    with open(path, encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(table) == len(rows)
    assert list(table[0]) == export.GDELT_COLUMNS and len(export.GDELT_COLUMNS) == 61
    assert len({t["GlobalEventID"] for t in table}) == len(rows)
    for t, row in zip(table, rows):
        assert re.fullmatch(r"\d{8}", t["SQLDATE"]) or not (row.event["date"] or row.record["published"])
        if row.event["date"]:
            assert t["SQLDATE"] == row.event["date"].replace("-", "")
        assert t["MonthYear"] == t["SQLDATE"][:6] and t["Year"] == t["SQLDATE"][:4]
        plover = (row.event["plover"] or {}).get("event")
        assert (t["EventRootCode"] == "04") == (plover == "CONSULT")
        assert t["EventBaseCode"] == t["EventCode"][:3] and t["EventRootCode"] == t["EventCode"][:2]
        assert t["QuadClass"] == ("1" if t["EventCode"] else "")


def test_gdelt_codes_a_visit_to_beijing(rows):
    row = next(r for r in rows if r.event["type"] == "meeting" and r.event["date"] == "2023-10-16")
    t = dict(zip(export.GDELT_COLUMNS, export.gdelt_row(row)))
    assert (t["Actor1Code"], t["Actor1CountryCode"], t["Actor2Code"], t["Actor2Name"]) == ("RUSGOV", "RUS", "CHNGOV", "Wang Yi")
    assert (t["EventCode"], t["GoldsteinScale"], t["IsRootEvent"]) == ("042", "1.9", "1")
    assert (t["ActionGeo_Type"], t["ActionGeo_FullName"], t["ActionGeo_CountryCode"]) == ("4", "Beijing, China", "CH")


def test_gdelt_takes_urls_and_times_from_white_house_readouts(corpus):
    sample = list(itertools.islice(records([corpus["whitehouse"]]), 20))
    for row in export.event_rows(sample):
        t = dict(zip(export.GDELT_COLUMNS, export.gdelt_row(row)))
        assert t["SOURCEURL"] == row.record["url"]
        assert re.fullmatch(r"\d{14}", t["DATEADDED"])


def test_csv_round_trips_one_flat_row_per_event(tmp_path, small, rows):
    path = tmp_path / "events.csv"
    assert export.write_csv(small, path) == len(rows)
    with open(path, encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == len(rows)
    assert list(table[0]) == export.CSV_COLUMNS
    for t, row in zip(table, rows):
        assert t["event_id"] == row.id and t["type"] == row.event["type"] and t["date"] == (row.event["date"] or "")
        names = [p["name"] for p in row.event["participants"]]
        assert t["participants"] == "; ".join(names)
        assert t["actors"] == "; ".join(row.event["actors"])


def pairs(event, level):
    if level == "state":
        return math.comb(len(set(event["actors"])), 2)
    return math.comb(len({p.get("wikidata") or person_key(p["name"]) for p in event["participants"]}), 2)


@pytest.mark.parametrize("level", ["state", "person"])
def test_graphml_weights_sum_to_the_pairs_that_met(tmp_path, small, rows, level):
    path = tmp_path / f"{level}.graphml"
    meetings = [r.event for r in rows if r.event["type"] in NETWORK_TYPES]
    assert export.write_graphml(small, path, level=level) == len(meetings)
    graph = nx.read_graphml(path)
    assert sum(w for _, _, w in graph.edges(data="weight")) == sum(pairs(e, level) for e in meetings) > 0
    for _, _, data in graph.edges(data=True):
        assert data["weight"] == sum(data[t] for t in NETWORK_TYPES)
    if level == "state":
        assert graph.nodes["RUS"]["label"] == "Russia"
        assert graph.edges["RUS", "CHN"]["weight"] >= 1


def test_parquet_round_trips_in_row_groups(tmp_path, small, rows):
    path = tmp_path / "events.parquet"
    assert export.write_parquet(small, path, row_group_size=100) == len(rows)
    parquet = pq.ParquetFile(path)
    assert parquet.metadata.num_rows == len(rows)
    assert parquet.metadata.num_row_groups == math.ceil(len(rows) / 100)
    table = parquet.read()
    assert str(table.schema.field("date").type) == "date32[day]"
    assert table.column("event_id").to_pylist() == [row.id for row in rows]
    first = table.slice(0, 1).to_pylist()[0]
    assert first["participants"] == [{k: p.get(k) for k in ("name", "role", "country", "organisation", "wikidata")}
                                     for p in rows[0].event["participants"]]


def test_empty_input_gives_valid_empty_files(tmp_path):
    assert export.write_parquet([], tmp_path / "e.parquet") == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
    out = io.StringIO()
    assert export.write_gdelt([], out) == 0
    assert out.getvalue() == "\t".join(export.GDELT_COLUMNS) + "\n"


def test_store_gives_the_same_events_as_the_pipeline(small_db_path, rows):
    with Database(small_db_path, readonly=True) as db:
        stored = [export.plover_object(row) for row in export.event_rows(export.stored_records(db, page_size=97))]
    assert sorted(stored, key=lambda x: x["id"]) == sorted((export.plover_object(r) for r in rows), key=lambda x: x["id"])


def test_filters_select_what_the_store_selects(small_db_path, small):
    filters = {"actor": "chn", "type": "meeting", "since": "2024"}
    picked = [row.id for row in export.event_rows(export.select(small, filters))]
    with Database(small_db_path, readonly=True) as db:
        stored = [row.id for row in export.event_rows(export.stored_records(db, filters))]
    assert sorted(picked) == sorted(stored) and picked


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(tmp_path, small):
    path = tmp_path / "events.csv"
    path.write_text("old\n")

    def failing():
        yield from small[:5]
        raise RuntimeError("input broke")

    with pytest.raises(RuntimeError):
        export.write_csv(failing(), path)
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_cli_exports_from_the_database(tmp_path, small_db_path, rows):
    out = tmp_path / "events.jsonl"
    result = run("export", "--format", "plover", "--db", small_db_path, "-o", out)
    assert (result.exit_code, result.output) == (0, f"Wrote {len(rows)} events to {out}\n")
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(rows)


def test_cli_exports_filtered_events_to_stdout(small_db_path, rows):
    result = run("export", "--format", "csv", "--db", small_db_path, "--actor", "RUS", "--type", "phone_call")
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.output)))
    expected = [r for r in rows if r.event["type"] == "phone_call" and "RUS" in r.event["actors"]]
    assert len(table) == len(expected) > 0


def test_cli_exports_straight_from_input_files(tmp_path, corpus):
    out = tmp_path / "sco.graphml"
    result = run("export", "--format", "graphml", corpus["sco"], "-o", out)
    assert result.exit_code == 0 and result.output.startswith("Wrote ")
    assert nx.read_graphml(out).number_of_edges() > 0


def test_cli_rejects_an_unknown_format(small_db_path):
    result = run("export", "--format", "xml", "--db", small_db_path)
    assert result.exit_code == 2
    assert "Invalid value for '--format': 'xml' is not one of 'plover', 'gdelt', 'csv', 'graphml', 'parquet'." in result.output


def test_cli_reports_an_unwritable_output_in_one_line(tmp_path, small_db_path):
    out = tmp_path / "missing" / "events.csv"
    result = run("export", "--format", "csv", "--db", small_db_path, "-o", out)
    assert result.exit_code == 2
    assert result.output == (f"Error: {out}: cannot write there (No such file or directory). "
                             "Choose a folder that exists and that you can write to.\n")


def test_cli_rejects_a_bad_filter_before_writing(tmp_path, small_db_path):
    out = tmp_path / "events.tsv"
    result = run("export", "--format", "gdelt", "--db", small_db_path, "--since", "2024-13", "-o", out)
    assert (result.exit_code, result.output) == (
        2, "Error: since='2024-13' is not a date. Use YYYY-MM-DD (or YYYY-MM, YYYY), e.g. since=2024-03-01.\n")
    assert not out.exists()


def test_cli_takes_either_a_database_or_files(corpus, small_db_path):
    result = run("export", "--format", "csv", "--db", small_db_path, corpus["sco"])
    assert (result.exit_code, result.output) == (2, "Error: give either --db or input PATHS, not both.\n")
