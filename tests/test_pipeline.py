"""The pipeline: order, reposts across files, parallel extraction equal to serial."""

import json

from communique.models import Skipped
from communique.pipeline import records


def test_parallel_extraction_gives_the_same_records_in_the_same_order(corpus):
    paths = [corpus["sco"], corpus["mfa"]]
    serial = [r for r in records(paths)]
    parallel = [r for r in records(paths, workers=2)]
    assert len(serial) == 19 + 505
    assert json.dumps(serial, default=str, sort_keys=True) == json.dumps(parallel, default=str, sort_keys=True)


def test_a_repost_in_a_second_file_points_at_the_first(tmp_path, corpus):
    first = corpus["sco"].read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(first, encoding="utf-8")
    out = [r for r in records([corpus["sco"], copy]) if not isinstance(r, Skipped)]
    originals, reposts = out[:19], out[19:]
    assert [r["duplicate_of"] for r in reposts] == [r["post_id"] for r in originals]
    assert all(r["duplicate_of"] is None for r in originals)


def test_an_unreadable_file_is_reported_and_the_next_still_read(tmp_path, corpus):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    errors = []
    out = list(records([empty, corpus["sco"]], on_error=lambda path, ex: errors.append((path, str(ex)))))
    assert len(out) == 19
    assert errors and errors[0][0] == empty and "empty" in errors[0][1]
