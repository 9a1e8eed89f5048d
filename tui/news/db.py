"""The SQLite module for the index, loaded without what `import sqlite3` adds.

`import sqlite3` also imports `datetime` (and `collections.abc`) to register date
adapters: two thirds of the time SQLite adds to the start of `newsreader search`. The
index stores dates as ISO strings and never uses those adapters, so the C module that
`sqlite3` wraps is used directly: the same `connect`, exceptions and connection type.
"""

try:
    import _sqlite3 as sqlite3
except ImportError:  # pragma: no cover  (an interpreter whose C module goes by another name)
    import sqlite3

__all__ = ["sqlite3"]
