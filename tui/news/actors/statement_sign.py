"""The sign of a body's statement after its subject: …は「…」としている, とコメントした, とのコメントを出した."""

from __future__ import annotations

import re

# After the quote: the statement of a body (としている, とした, とコメントした, と説明している, とのコメントを出した).
STATES = re.compile(r"」\s*(?:と(?:し(?:てい(?:る|ます)|た|ました)(?:[。、]|$)|コメントし|説明し(?:てい|た|まし))"
                    r"|との(?:コメント|談話|声明)を)")
SIGN = re.compile(r"[はが][、，]?「")


def stated(line: str, end: int) -> bool:
    """Whether the words ending at `end` are the subject of a body's statement (…は「…」としている)."""
    m = SIGN.match(line, end)
    close = line.find("」", m.end()) if m else -1
    return close >= 0 and STATES.match(line, close) is not None
