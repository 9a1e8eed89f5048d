"""A body written by the end of its name alone as the subject of a quote's sentence (消防局は「…」 after 北浜市消防局,
気象台は after 北浜地方気象台, 病院は after 北浜市立病院): the one organisation named before whose name ends in those
words. A spokesperson alone (広報担当者は) is the article's one organisation's, when it named one and no person was
named with the title. Two bodies that fit, or none, give no one.
"""

from __future__ import annotations

import re

from .roles import Roles

# the words before the quote: the end of a name, as the subject (after the sentence's start, a comma or a space)
_TAIL = re.compile(r"(?:^|(?<=[、，\s　]))([\u4e00-\u9fff]{2,5})(?:は|が)[、，]?$")
_SPOKES_ALONE = re.compile(r"(?:^|(?<=[、，\s　]))(?:広報担当者?|報道担当者?)(?:は|が)[、，]?$")


def tail_body(head: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether `head`, the words before a quote, are the end of a body's name named before, as the subject;
    that body, or None when several fit)."""
    m = _TAIL.search(head)
    if m is None:
        return False, None
    tail = m.group(1)
    fits = {a for a, names in roles.bodies().items() if any(len(n) > len(tail) and n.endswith(tail) for n in names)}
    if not fits:
        return False, None
    return True, (next(iter(fits)) if len(fits) == 1 else None)


def spokesperson_alone(head: str, roles: Roles) -> str | None:
    """The article's one organisation named before, when `head` is a spokesperson alone as the subject and no
    person was named with that title."""
    if _SPOKES_ALONE.search(head) is None or roles.get("広報担当者", set()) or roles.get("報道担当者", set()):
        return None
    seen = roles.bodies()
    return next(iter(seen)) if len(seen) == 1 else None
