"""Light records for the paths that must start fast (`newsreader search`): plain named tuples.

`collections.namedtuple` rather than dataclasses or `typing.NamedTuple`: importing those
costs a search command more time than the search.
"""

from __future__ import annotations

from collections import namedtuple

SearchHit = namedtuple("SearchHit", "article_id anchor title snippet score spans", defaults=((),))
SearchHit.__doc__ = """A passage that matched a query: spans are the hit offsets in the snippet."""
