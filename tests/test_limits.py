"""Limits on file size, post size and posts per file: safe defaults, configurable, named when hit."""


import pytest
from click.testing import CliRunner

from communique.cli import cli
from communique.errors import LimitExceeded, QueryError
from communique.models import Post, Skipped
from communique.sources import ReadOptions, read

POSTS = "\n\n".join(f"Post number {i}: Sergey Lavrov met Wang Yi." for i in range(1, 11)) + "\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def ten_posts(tmp_path):
    path = tmp_path / "ten.txt"
    path.write_text(POSTS)
    return path


def test_defaults_are_safe():
    options = ReadOptions()
    assert (options.max_file_bytes, options.max_post_chars, options.max_posts) == (2 * 1024**3, 200_000, 1_000_000)


def test_max_file_bytes(ten_posts):
    size = ten_posts.stat().st_size
    assert len(list(read(ten_posts, options=ReadOptions(max_file_bytes=size)))) == 10
    with pytest.raises(LimitExceeded, match=f"over the file size limit of {size - 1:,}.*--max-file-bytes"):
        list(read(ten_posts, options=ReadOptions(max_file_bytes=size - 1)))


def test_max_post_chars(ten_posts):
    items = list(read(ten_posts, options=ReadOptions(max_post_chars=41)))
    assert [type(i) for i in items] == [Post] * 9 + [Skipped]  # "Post number 10: ..." is 42 characters
    assert items[-1].reason == "post of 42 characters is over the limit of 41 (--max-post-chars)"


def test_max_posts(ten_posts):
    items = list(read(ten_posts, options=ReadOptions(max_posts=4)))
    assert [type(i) for i in items] == [Post] * 4 + [Skipped]
    assert items[-1].reason == "the file has more than 4 posts; the rest were not read (--max-posts)"


def test_max_post_chars_bounds_a_csv_field(tmp_path):
    path = tmp_path / "quote.csv"
    path.write_text('id,text\n1,"' + "x" * 200_000 + "\n2,never\n")
    (item,) = read(path, options=ReadOptions(max_post_chars=50_000))
    assert item.reason == "a field of over 100,000 characters (an unclosed quote?); the rest of the file was not read (--max-post-chars)"


def test_ingest_options(ten_posts, db_path):
    result = run("ingest", ten_posts, "--db", db_path, "--max-posts", 4, "--max-post-chars", 41)
    assert result.exit_code == 0
    assert result.output == (
        "Read 5 posts: 4 new, 0 already present, 0 duplicates, 1 skipped\n"
        "  1 skipped: the file has more than 4 posts; the rest were not read (--max-posts)\n"
    )
    result = run("ingest", ten_posts, "--db", db_path, "--max-post-chars", 41)
    assert result.output.splitlines()[1] == "  1 skipped: post of 42 characters is over the limit of 41 (--max-post-chars)"


def test_ingest_file_limit_is_a_one_line_error(ten_posts, db_path):
    result = CliRunner().invoke(cli, ["ingest", str(ten_posts), "--db", str(db_path), "--max-file-bytes", "100"])
    assert result.exit_code == 2
    size = ten_posts.stat().st_size
    assert result.stderr == f"Error: {ten_posts}: {size:,} bytes is over the file size limit of 100. Split the file, or raise the limit with --max-file-bytes.\n"


def test_extract_options(ten_posts):
    result = CliRunner().invoke(cli, ["extract", str(ten_posts), "--max-posts", "2"])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr == f"Skipped {ten_posts} post 3: the file has more than 2 posts; the rest were not read (--max-posts)\n"
    result = CliRunner().invoke(cli, ["extract", str(ten_posts), "--max-file-bytes", "10"])
    assert result.exit_code == 2 and "--max-file-bytes" in result.stderr


@pytest.mark.parametrize("option", ["--max-file-bytes", "--max-post-chars", "--max-posts"])
def test_limits_must_be_positive(ten_posts, option):
    result = run("extract", ten_posts, option, 0)
    assert result.exit_code == 2 and "0 is not in the range x>=1" in result.output


def test_batch_size_is_bounded(fresh_db, ten_posts, db_path):
    with pytest.raises(QueryError, match="use 1 to 100,000"):
        fresh_db.ingest([], batch_size=100_001)
    assert run("ingest", ten_posts, "--db", db_path, "--batch-size", 100_001).exit_code == 2


def test_offsets_beyond_sqlite_integers_are_query_errors(fresh_db):
    with pytest.raises(QueryError, match="offset=.* is out of range"):
        fresh_db.search("x", offset=2**64)
