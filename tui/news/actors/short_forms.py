"""An organisation written in its full form and in a short form in one article: the press's short form of its last
word (尾張医科大学 and 尾張医科大, 奥羽さくら銀行 and 奥羽さくら銀, 湊信用金庫 and 湊信金) or its name without the founder
written before it (市立くすのき美術館 and くすのき美術館). One body, filed under the full form, so that 同大 or 同行 read
after either finds one organisation and the reader lists one actor.

A short form the recognisers did not find (三方銀 beside 三方銀行, read as the place 三方) is taken for the body only where
the article wrote the body in full, and only where no kanji follows it (not 鳴沢大会 beside 鳴沢大学): alone, a short form
is never taken for one. So is the katakana name of a club or firm after its town (FC播磨ヴェルデ, then ヴェルデ alone),
with no katakana glued to it, where a person or a place was read (UniDic reads ヴェルデ as a name): no word the
recognisers left alone becomes the body.
"""

from __future__ import annotations

import re

# The press's short form of a body's last word -> its full forms (医大 of 医科大学, 高 of 高校 and 高等学校).
_FULL = {
    "大": ("大学",), "医大": ("医科大学",), "工大": ("工業大学",), "短大": ("短期大学",), "銀": ("銀行",),
    "高": ("高校", "高等学校"), "中": ("中学校", "中学"), "小": ("小学校",), "信金": ("信用金庫",), "信組": ("信用組合",),
    "教委": ("教育委員会",), "選管": ("選挙管理委員会",),
}
_ENDS = tuple(sorted(_FULL, key=len, reverse=True))
# Who founded a body, written before its name in full and left out after (市立くすのき美術館, then くすのき美術館)
_FOUNDERS = tuple(w + "立" for w in "市 県 町 村 区 都 府 道 国 私 公".split())


def shortened(flat: str, out: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """`out` (kind, start, end, key) with each organisation written in a short form filed under the key of the same
    organisation written in full in the article, when there is one such."""
    out = _short_mentions(flat, out)
    keyed = {flat[s:e]: key for kind, s, e, key in out if kind == "organization"}
    keys: dict[str, str] = {}
    for name in keyed:
        end = next((x for x in _ENDS if name.endswith(x) and len(name) > len(x)), None)
        forms = [name[:-len(end)] + x for x in _FULL[end]] if end else []
        full = [keyed[f] for form in forms + [name] for f in (form, *(x + form for x in _FOUNDERS))
                if f != name and f in keyed]  # (鳴沢大 of 私立鳴沢大学: both at once)
        if len(set(full)) == 1:
            keys[name] = full[0]
    if not keys:
        return out
    return [(kind, s, e, keys.get(flat[s:e], key)) if kind == "organization" else (kind, s, e, key)
            for kind, s, e, key in out]


_SHORT = {full: short for short, fulls in _FULL.items() for full in fulls}  # 銀行 -> 銀, 高等学校 -> 高
_FULL_ENDS = tuple(sorted(_SHORT, key=len, reverse=True))


def _short_mentions(flat: str, out: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """`out` with the places the article writes a body found in full in its short form (三方銀 of 三方銀行) as that
    body's mentions, over any place or person read there (三方 as a place)."""
    added: list[tuple[str, int, int, str]] = []
    for kind, s, e, key in out:
        name = flat[s:e]
        full = next((x for x in _FULL_ENDS if name.endswith(x)), None) if kind == "organization" else None
        tail = _NICKNAME.search(name) if kind == "organization" else None
        if tail is not None:  # FC播磨ヴェルデ, then ヴェルデ: a club's name after its town, alone
            short, alone = tail.group(1), True
        elif full is None or len(name) - len(full) < 2:
            continue
        else:
            short, alone = name[:-len(full)] + _SHORT[full], False
        at = flat.find(short)
        while at >= 0:
            end = at + len(short)
            if (not _kanji_at(flat, end) and (not alone or (not (_KATAKANA.match(flat, max(0, at - 1)) and at
                                                                   or _KATAKANA.match(flat, end))
                                                              and any(x[1] == at and x[2] == end for x in out)))
                    and not any(x[0] == "organization" and x[1] < end and at < x[2] for x in (*out, *added))):
                added.append(("organization", at, end, key))
            at = flat.find(short, end)
    if not added:
        return out
    return [x for x in out if not any(x[1] < e and s < x[2] for _, s, e, _ in added)] + added


# A club's or firm's name of katakana after its town's kanji (播磨ヴェルデ, 越中ライチョウズ), the katakana written alone
_NICKNAME = re.compile(r"[\u4e00-\u9fff々]{2}([ァ-ヺ][ァ-ヺー]{2,11})$")
_KATAKANA = re.compile(r"[ァ-ヺー・=＝]")  # glued to the katakana written alone: another word's (ヴェルデ・…)


def _kanji_at(flat: str, at: int) -> bool:
    """Whether a kanji stands at `at` (鳴沢大 + 会: the short form would run on into another word)."""
    return at < len(flat) and ("\u4e00" <= flat[at] <= "\u9fff" or flat[at] == "々")
