#!/usr/bin/env python3
"""How far two annotators agree, and where communique stands between them.

Usage: python eval/agreement.py [--corpus-dir DIR] [--json]

``eval/second_mfa.jsonl`` and ``eval/second_whitehouse.jsonl`` hold a second,
blind annotation of 40 development posts of each corpus, drawn at random from
the development gold sets. The second annotator saw only GUIDELINES.md, the
seed examples and the posts. Each corpus gets three scores, all computed by the
shared scorer:

- second annotator against the first (the development gold): the agreement
  two careful readers of the same guidelines reach, a ceiling for any system;
- communique against the first annotation: the development score on these posts
  (communique's rules were written against this annotation);
- communique against the second annotation: a reader whose conventions the
  rules never saw.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from evaluate import load_scorer  # noqa: E402

from communique.models import Skipped  # noqa: E402
from communique.pipeline import records  # noqa: E402

CORPORA = [
    ("Russian MFA channel", "mfa", "gold_mfa*.jsonl", "mfarussia-telegram-2025-12-to-2026-03.csv"),
    ("White House readouts", "whitehouse", "gold_whitehouse*.jsonl", "whitehouse-readouts-2021-2026.jsonl"),
]
FIELDS = ["type_acc", "date_acc", "location_acc", "location_precision", "forum_acc",
          "participants_f1", "actors_f1", "organisations_f1"]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def as_prediction(annotation: dict) -> dict:
    """An annotation in the shape the scorer reads a system's record in."""
    event = {key: annotation.get(key) for key in ("type", "date", "end_date", "location", "actors", "forum")}
    event["participants"] = annotation.get("participants") or []
    return {"text": annotation["starts"], "events": [event], "organisations": annotation.get("organisations") or []}


def agreement(shared: Path) -> dict:
    scorer = load_scorer(shared / "eval" / "score.py")
    results = {}
    for label, key, pattern, corpus in CORPORA:
        second = read_jsonl(HERE / f"second_{key}.jsonl")
        wanted = {a["post_id"] for a in second}
        first = [g for path in sorted(HERE.glob(pattern)) for g in read_jsonl(path) if g["post_id"] in wanted]
        extracted = [r for r in records([shared / "corpus" / corpus]) if not isinstance(r, Skipped)]
        results[label] = {
            "second annotator vs first": scorer.score(first, [as_prediction(a) for a in second])[0],
            "communique vs first": scorer.score(first, extracted)[0],
            "communique vs second": scorer.score(second, extracted)[0],
        }
    return results


def table(results: dict) -> str:
    lines = []
    for label, rows in results.items():
        posts = next(iter(rows.values()))["posts"]
        lines += [f"**{label}** ({posts} posts)", "", "| field | " + " | ".join(rows) + " |", "|---|" + "---|" * len(rows)]
        lines += [f"| {field} | " + " | ".join(str(r.get(field)) for r in rows.values()) + " |" for field in FIELDS]
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-dir", type=Path, default=ROOT.parent / "shared", help="the shared folder (corpus/ and eval/)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = agreement(args.corpus_dir)
    print(json.dumps(results, indent=1) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
