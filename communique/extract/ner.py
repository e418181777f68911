"""An optional statistical name finder, for people the rules and the registry miss.

communique's rules recognise a person from an office title next to a name and
from its registry of office-holders. A statistical NER model can add names
written with no title at all. It is optional: the user installs spaCy and a
model of their choice (nothing is downloaded at run time), then passes
``--ner spacy:MODEL`` (or ``SpacyNames("MODEL")`` to the pipeline).

A backend is any callable ``text -> list[(start, end)]`` of PERSON spans.
"""

from __future__ import annotations

from typing import Callable

from ..errors import CommuniqueError

NameFinder = Callable[[str], list[tuple[int, int]]]


class SpacyNames:
    """PERSON entities from a spaCy pipeline installed by the user."""

    def __init__(self, model: str = "en_core_web_sm"):
        try:
            import spacy
        except ImportError:
            raise CommuniqueError("--ner spacy needs spaCy: pip install 'communique[ner]' and a model "
                                  "(e.g. python -m spacy download en_core_web_sm).") from None
        try:
            self.nlp = spacy.load(model, exclude=["lemmatizer", "parser", "attribute_ruler", "tagger"])
        except OSError:
            raise CommuniqueError(f"spaCy model {model!r} is not installed: install it, or name another with --ner spacy:MODEL.") from None
        self.model = model

    def __call__(self, text: str) -> list[tuple[int, int]]:
        return [(e.start_char, e.end_char) for e in self.nlp(text).ents if e.label_ == "PERSON"]


def name_finder(spec: str | None) -> NameFinder | None:
    """The backend a ``--ner`` option names: ``spacy`` or ``spacy:MODEL``; none for ``none``."""
    if not spec or spec == "none":
        return None
    backend, _, model = spec.partition(":")
    if backend != "spacy":
        raise CommuniqueError(f"unknown --ner backend {backend!r}: use spacy[:MODEL] or none.")
    return SpacyNames(model or "en_core_web_sm")
