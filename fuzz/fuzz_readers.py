"""Coverage-guided fuzzing of the readers and the extractor with atheris (libFuzzer).

Each input's first byte picks a format, the rest is the file's content; the
file is read with ``communique.sources.read`` and, if it holds posts, the text
of the first one goes through ``communique.api.extract_text``. Anything but a
CommuniqueError is a crash that libFuzzer reports with the input that caused it.

A longer campaign (installs atheris from the ``fuzz`` extra; seeds from the real corpora)::

    .venv/bin/pip install -e '.[fuzz]'
    mkdir -p fuzz/corpus && .venv/bin/python fuzz/fuzz_readers.py --seed-corpus fuzz/corpus
    .venv/bin/python fuzz/fuzz_readers.py fuzz/corpus -max_total_time=3600 -timeout=10 -rss_limit_mb=2048 -max_len=65536

libFuzzer writes crashing inputs to ``crash-*`` files; rerun one with
``.venv/bin/python fuzz/fuzz_readers.py crash-<hash>``.
"""

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from communique.api import extract_text
    from communique.errors import CommuniqueError
    from communique.models import Post
    from communique.sources import FORMATS, read

SUFFIXES = [".txt", ".json", ".html", ".csv", ".jsonl", ".md", ".xml"]
FOLDER = Path(tempfile.mkdtemp(prefix="communique-fuzz-"))


def one_input(data: bytes) -> None:
    if not data:
        return
    format = FORMATS[data[0] % len(FORMATS)]
    path = FOLDER / f"input{SUFFIXES[data[0] // len(FORMATS) % len(SUFFIXES)]}"
    path.write_bytes(data[1:])
    try:
        items = list(read(path, format))
    except CommuniqueError:
        return
    post = next((i for i in items if isinstance(i, Post)), None)
    if post is not None:
        try:
            extract_text(post.text, published=post.published)
        except CommuniqueError:
            pass


def write_seeds(folder: Path) -> None:
    """Seed inputs: the first 64 KiB of each real corpus file and of the test fixtures, in each format."""
    sources = [*Path(os.environ.get("COMMUNIQUE_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")).glob("*.*"),
               *(Path(__file__).resolve().parents[1] / "tests" / "fixtures").rglob("*.*")]
    folder.mkdir(parents=True, exist_ok=True)
    for n, source in enumerate(p for p in sources if p.is_file() and p.suffix.lower() in SUFFIXES):
        head = source.read_bytes()[:65536]
        for index in range(len(FORMATS)):
            (folder / f"seed-{n}-{index}").write_bytes(bytes([index + len(FORMATS) * SUFFIXES.index(source.suffix.lower())]) + head)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed-corpus"]:
        write_seeds(Path(sys.argv[2]))
        sys.exit(0)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
