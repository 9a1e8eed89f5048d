"""The index's names where they were first defined: each now lives in `store/` (and `errors`)."""

from __future__ import annotations

from .errors import IndexFileError
from .store.articles import StoredArticle, StoredPassage
from .store.connection import BUSY_TIMEOUT_S, Index, check_file
from .store.schema import (APPLICATION_ID, FTS_AUTOMERGE, FTS_CRISISMERGE, FTS_TOKENIZER, MIGRATIONS,
                           SCHEMA_VERSION)

__all__ = ["APPLICATION_ID", "BUSY_TIMEOUT_S", "FTS_AUTOMERGE", "FTS_CRISISMERGE", "FTS_TOKENIZER", "MIGRATIONS",
           "SCHEMA_VERSION", "Index", "IndexFileError", "StoredArticle", "StoredPassage", "check_file"]
