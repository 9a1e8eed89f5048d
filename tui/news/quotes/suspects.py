"""Words a suspect gave the police (調べに対し「…」と容疑を認めている): with no subject of their own, they are the
one person the article has named as a suspect (…山下浩一容疑者を逮捕した), whom the sentence before acted on
rather than made its subject. Two suspects named, or none, give no one.
"""

from __future__ import annotations

import re

from .roles import Roles

# After the words: an admission or denial of the charge, or a statement to investigators (と供述している)
_CHARGE = re.compile(r"\s*と(?:[^。「」、，]{0,8}?(?:容疑|起訴内容|罪)を(?:認め|否認)|[^。「」、，]{0,6}?(?:供述|否認))")


def suspects_words(after: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether `after`, the words from a quote's closing bracket on, tell an admission, a denial or a
    statement to the police; the one person the article named with 容疑者 so far, or None)."""
    if not _CHARGE.match(after, 1):
        return False, None
    held = roles.get("容疑者", set())
    return True, (next(iter(held)) if len(held) == 1 else None)


# 警察によりますと、 / 捜査関係者によると: the police as the source of what a suspect told them, no speaker
_POLICE_SOURCE = re.compile(r"\s*(?:[^\s、，。「」はがも]{0,6}?(?:警察|警視庁|県警|府警|道警|捜査本部|警察署|署)|捜査関係者)"
                            r"(?:への取材)?(?:によりますと|によると|によれば)[、，]?\s*")


def police_source(plain: str) -> bool:
    """Whether `plain`, a sentence's own words before a suspect's statement, is only the police given as its
    source (警察によりますと「…」と供述している): the words are the suspect's, carried as if no subject stood."""
    return bool(_POLICE_SOURCE.fullmatch(plain))
