"""communique: turn diplomatic communications into structured, searchable event data.

``import communique`` stays light: the names below load their modules on first use.
"""

from importlib import import_module

__version__ = "0.1.0"

_LAZY = {
    "extract_text": "communique.api",
    "ingest_files": "communique.api",
    "Database": "communique.store",
    "records": "communique.pipeline",
}
__all__ = ["__version__", *_LAZY]


def __getattr__(name):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'communique' has no attribute {name!r}")
