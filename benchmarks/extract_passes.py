#!/usr/bin/env python3
"""Extract a corpus a given number of times: a fixed workload to count instructions on.

Usage (the difference between two counts is the cost of extraction alone):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/extract_passes.py FILE --passes 0
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null python benchmarks/extract_passes.py FILE --passes 2

callgrind's "Collected" count is the same on every run whatever else the machine
is doing (with the hash seed fixed: string hashing orders sets and dictionaries,
which moves the count by about half a per cent), so two versions compare exactly
where wall-clock timings drift.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communique.extract import extract  # noqa: E402
from communique.kb import load_kb  # noqa: E402
from communique.models import Post  # noqa: E402
from communique.pipeline import prepared, with_context  # noqa: E402
from communique.sources import read  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "mfarussia-telegram-2025-12-to-2026-03.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--passes", type=int, default=1)
    args = parser.parse_args()
    kb = load_kb()
    items = [(p, c) for p, c in with_context(prepared(read(args.file), kb)) if isinstance(p, Post)]
    for _ in range(args.passes):
        for post, context in items:
            extract(post, kb, context)
    print(f"{len(items)} posts extracted {args.passes} times")
    return 0


if __name__ == "__main__":
    sys.exit(main())
