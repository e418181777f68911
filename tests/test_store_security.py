"""No user input reaches SQL except as a parameter, and no hostile value makes the store raise a SQLite error."""

import ast
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

import communique.store
from communique.errors import CommuniqueError, QueryError
from communique.store import Database

STORE = Path(communique.store.__file__).parent
SQL_CALLS = {"execute", "executemany", "executescript", "_rows"}
# Names that may be formatted into SQL: fragments the store builds from fixed text, and its own savepoint names.
SQL_FRAGMENTS = {"where", "events", "posts", "name", "sub", "type_where"}
MARK = "zq'x\"-- ;) DROP TABLE posts; /*"


def formatted_names(node: ast.AST) -> list[str]:
    """What an f-string or ``.format()`` call puts into the text: names, or a description of anything else."""
    if isinstance(node, ast.JoinedStr):
        values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        values = [k.value for k in node.keywords] + list(node.args)
    else:
        return []
    out = []
    for v in values:
        if isinstance(v, ast.Name):
            out.append(v.id)
        elif isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id == "int":
            out.append("int(...)")
        else:
            out.append(ast.unparse(v))
    return out


def sql_calls():
    for path in sorted(STORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS and node.args:
                yield path.name, node.lineno, node.args[0]


def test_sql_text_is_formatted_only_from_fixed_fragments():
    calls = list(sql_calls())
    assert len(calls) > 20
    bad = [(f, line, name) for f, line, arg in calls for name in formatted_names(arg)
           if name not in SQL_FRAGMENTS and name != "int(...)"]
    assert bad == []


def test_where_fragments_come_from_fixed_text():
    """Every WHERE built from filters is fixed SQL: the values are all in the parameters."""
    from communique.store import queries
    from communique.store.filters import Filters

    filters = Filters.of(actor="RUS", org=MARK, type=MARK, person=MARK, since="2020", until="2024", q=MARK, channel=MARK)
    for build in (queries.event_where, queries.post_where):
        where, params = build(filters)
        assert "zq" not in where and any("zq" in str(v) for v in params.values())


class Recording:
    """A connection that records the SQL text of every statement."""

    def __init__(self, conn):
        self._conn, self.statements = conn, []

    def execute(self, sql, *args):
        self.statements.append(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql, *args):
        self.statements.append(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.fixture(scope="module")
def recorded_db():
    db = Database(memory=True)
    db.ingest([{
        "post_id": f"p{i}", "source": {"file": "t.txt", "id": str(i)}, "channel": "c", "published": "2024-03-01",
        "text": f"Sergey Lavrov met Wang Yi in Beijing {i} times. {MARK}", "title": "Talks", "organisations": ["SCO"],
        "events": [{"type": "meeting", "date": "2024-03-01", "actors": ["RUS", "CHN"], "forum": "SCO",
                    "participants": [{"name": "Sergey Lavrov", "country": "RUS"}, {"name": "Wang Yi", "country": "CHN"}]}],
    } for i in range(5)])
    db.conn = Recording(db.conn)
    yield db
    db.close()


HOSTILE = st.one_of(
    st.text(max_size=60),
    st.sampled_from([MARK, "'", '"', "\\", "%", "_", "*", "NEAR(a b)", "a OR b", "-", "^", ":", "col:x", "\x00", "\ud800",
                     "'; DROP TABLE posts; --", "1' OR '1'='1", "RUS", "2024-02-30", "99999", "-1", "２０２４", "ＲＵＳ"]),
)
FILTERS = st.fixed_dictionaries({}, optional={k: HOSTILE for k in ("actor", "org", "type", "person", "since", "until", "q", "channel")})


def call_safely(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except sqlite3.Error as ex:
        pytest.fail(f"a SQLite error escaped: {ex!r}")
    except CommuniqueError as ex:
        assert str(ex).strip()
        return None


@settings(max_examples=150, deadline=None, database=None)
@given(query=HOSTILE, filters=FILTERS, offset=st.one_of(st.integers(0, 5), st.integers(2**62, 2**70)), raw=st.booleans())
def test_hostile_queries_and_filters_are_parameters(recorded_db, query, filters, offset, raw):
    db = recorded_db
    db.conn.statements.clear()
    call_safely(db.search, query + MARK, filters=filters, offset=offset, raw=raw)
    call_safely(db.events, filters, offset=offset)
    call_safely(db.count_events, filters)
    call_safely(db.network, filters, level="person")
    call_safely(db.post, query + MARK)
    assert not [s for s in db.conn.statements if "zq" in s]


def test_raw_fts_syntax_errors_are_query_errors(recorded_db):
    for bad in ['"unclosed', "NEAR(", "AND", "a:b", "(", "*"]:
        with pytest.raises(QueryError):
            recorded_db.search(bad, raw=True)
