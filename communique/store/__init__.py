"""Storage: the Database (SQLite), its migrations, full-text search and queries."""

from .database import Database, IngestReport, default_path
from .filters import Filters, escape_fts, person_key

__all__ = ["Database", "IngestReport", "Filters", "default_path", "escape_fts", "person_key"]
