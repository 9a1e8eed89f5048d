"""Names that stand for no person in the news, read once every recogniser and the gazetteer have found theirs:

- a name a prize or award takes (江戸川乱歩賞, 岸田國士戯曲賞, 江崎玲於奈賞): a name, kanji and then 賞 (not 受賞);
- a part played: a name before 役 (坂本龍馬役は; not 役員, 役所), or before を演じ, に扮し (徳川家康を演じる), or
  before の声を (ポポの声を演じる), or before を and the actor who plays it (与平を坂出剛史が演じ); a story's lead
  (主人公ルカ, 主人公の祖母・ハル), and such a lead, voiced character or part wherever the article names it again (not a
  person of the gazetteer's);
- a character before the actor who plays it, in brackets (刑事・朝倉悠真（鷹野修）: 鷹野修 the person);
- a name in brackets right after a full name printed with a space, as lists give a district or a side (赤松 浩一（赤松）);
- a name inside a work's title: in 『』, or in 「」 after a word for a work (展覧会「ゴッホと日本」, ゲーム「蒼天の
  リリア」, オペラ「蝶々夫人」); a name inside short words in 「」 that hold no verb, adjective or auxiliary and are no
  one's words before と: the name of a thing or a title (「ぼくとジローの夏」を選ぶ, 「綾鷹」の限定品), not a quote
  (「丹羽が期待以上」と喜んだ) nor a nickname (「ゴンさん」, 「オニゴウ」の愛称, 「ぴよ」こと);
- a title or rank read as a name by itself (棋聖 of 名人・棋聖, 本因坊 of 女流本因坊), or 同 and a title (同准教授);
- a house name (屋号) in 屋: the end of a longer word (駒屋 of 成駒屋), or after 屋号 (屋号は大和屋).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language import word_class, words
from .roles import TITLE_RE, TITLE_WORDS as _TITLE_WORDS

_PRIZE = re.compile(r"(?:(?![受授入]賞)[\u4e00-\u9fff々]){0,6}賞")
_VOICE = re.compile(r"の声(?:を|で|に|は)")  # ポポの声を: the character a voice actor plays
_PART = re.compile(r"役(?![員所場割目職人者柄得立])|を(?:演じ|好演|熱演)|に扮|" + _VOICE.pattern)
# before a character's name: the lead of a story and what the lead is (主人公ルカ, 主人公の祖母・ハル, ヒロインの)
_LEAD = re.compile(r"(?:主人公|ヒロイン|主役)(?:の(?:[^、。「」\s]{1,6}?・)?)?$")
_WORKS = ("展覧会 企画展 特別展 回顧展 個展 映画 ドラマ 連続ドラマ 大河ドラマ 朝ドラ 作品 代表作 受賞作 小説 長編 短編 詩集 歌集 "
          "句集 絵本 児童書 童話 漫画 連載 アニメ ゲーム オペラ 舞台 演目 戯曲 ミュージカル 楽曲 新曲 主題歌 アルバム "
          "シングル 番組 シリーズ 写真集 随筆 エッセー 評論 新作 旧作 遺作 著書 新刊 作").split()
_WORK_BEFORE = re.compile("(?:" + "|".join(sorted(_WORKS, key=len, reverse=True)) + ")$")
_HOUSE = re.compile(r"屋号(?:は|・|の|:|：|＝)$")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_NAME_KANA = re.compile(r"[\u4e00-\u9fff々ぁ-ゖ]")  # an actor's name in brackets, not a club's in katakana (雪村（ダイチ）)


def work_spans(text: str, persons: "set[tuple[int, int]] | None" = None) -> list[tuple[int, int]]:
    """Where the works' titles are in the text: 『…』 always, 「…」 after a word for a work; and, holding one of
    `persons`, short words in 「」 with no predicate that are no one's words (see the module)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"『[^』\n]{1,60}』|「[^」\n]{1,60}」", text):
        s, e = m.span()
        if text[s] == "『" or _WORK_BEFORE.search(text, max(0, s - 6), s) or (
                persons and e - s <= 22 and any(s < a and b < e for a, b in persons) and _named_thing(text, s, e)):
            out.append((s + 1, e - 1))
    return out


_CALLED = re.compile(r"(?:さん|ちゃん|くん|君|様|氏)」")  # a nickname with its honorific, a person's
_NICKNAME = re.compile(r"(?:の|という|との)?(?:愛称|呼び名|通称|あだ名|ニックネーム|異名)|で親しま|で呼ば")  # 「オニゴウ」の愛称


def _named_thing(text: str, s: int, e: int) -> bool:
    """The words text[s:e] (「…」) name a thing: no verb, adjective or auxiliary in them, no と after them (not
    someone's words) and no honorific ending them (not a nickname)."""
    if text[e:e + 1] == "と" or text.startswith("こと", e) or "。" in text[s:e] or _CALLED.search(text, s, e) or (
            _NICKNAME.match(text, e)):
        return False  # someone's words before と; a nickname (「ぴよ」こと…, 「ゴンさん」の愛称)
    flat = words(text[s + 1:e - 1])
    return not any(word_class(i)[0] in ("動詞", "形容詞", "助動詞") for i in flat[1::2])


def no_person(text: str, start: int, end: int, works: list[tuple[int, int]],
              persons: set[tuple[int, int]]) -> bool:
    """Whether the name text[start:end] stands for no person (the module's doc); `works`: `work_spans`'s,
    `persons`: the spans of the persons found in the text."""
    name = text[start:end]
    if name in _TITLE_WORDS or (name[0] == "同" and TITLE_RE.match(text, start + 1)):
        return True  # (同准教授: the one named before with the title, no name 同准)
    if (_PRIZE.match(text, end) or _PART.match(text, end) or _LEAD.search(text, max(0, start - 12), start)
            or _played(text, end, persons)):
        return True
    if any(s <= start and end <= e for s, e in works):
        return True
    if start and text[start - 1] in "（(" and text[end:end + 1] in "）)" and any(
            e == start - 1 and " " in text[s:e] for s, e in persons):
        return True  # 赤松 浩一（赤松）: what a list gives in brackets after a name printed spaced (a district, a side)
    if text.startswith(("（", "("), end):
        close = next((k for k in range(end + 1, min(len(text), end + 12)) if text[k] in "）)"), None)
        if close is not None and close - end > 3 and (end + 1, close) in persons and _NAME_KANA.search(text, end + 1, close):
            return True
    if name.endswith("屋") and len(name) >= 2 and (
            (start and _KANJI.match(text[start - 1])) or _HOUSE.search(text, max(0, start - 4), start)):
        return True
    return False


_PLAYED_BY = re.compile(r"を(?:[^、。を「」]{1,8}の)?")  # 春江を美瑛さとみが, 秋子を客演のニーナ・ホルムベリが
_PLAYS = re.compile(r"が(?:演じ|務め|好演|熱演)")


def _played(text: str, end: int, persons: set[tuple[int, int]]) -> bool:
    """Whether the name ending at `end` is a part an actor plays: before を and a person (one of `persons`), with
    が演じ or が務め later in the sentence (長女の春江を美瑛さとみ、次女の夏美を東神楽ゆかりが演じる)."""
    m = _PLAYED_BY.match(text, end)
    if m is None:
        return False
    actor = next((e for s, e in persons if s == m.end()), None)
    if actor is None:
        return False
    stop = text.find("。", actor)
    return _PLAYS.search(text, actor, stop if stop >= 0 else len(text)) is not None


def persons_only(flat: str, origin: "list[int] | range", found: list, kind: Callable[[str], str]) -> list:
    """`found` ((start, -end, actor id) in the text's offsets; `origin`: each offset of the NFKC text `flat` in the
    text's) without the persons' mentions that stand for no person; `kind(actor id)`: the actor's kind."""
    persons = [(s, -e) for s, e, aid in found if kind(aid) == "person"]
    if not persons:
        return found
    back: dict[int, int] | None = None
    if not isinstance(origin, range):  # an offset of the text -> the first of the NFKC text's that stems from it
        back = {}
        for i in range(len(origin) - 1, -1, -1):
            back[origin[i]] = i
    spans = {(s, e) if back is None else (back.get(s, s), back.get(e, e)): (s, e) for s, e in persons}
    at = set(spans)
    works = work_spans(flat, at)
    dropped = {spans[k] for k in spans if no_person(flat, k[0], k[1], works, at)}
    # a character a story's lead or a part names (主人公クロノス) is none wherever the article names it again; not a
    # gazetteer's person (坂本龍馬役: the part, not the man)
    parts = {aid for s, e, aid in found if (s, -e) in dropped and kind(aid) == "person" and aid.startswith("p:")
             and (_LEAD.search(flat, max(0, s - 12), s) or _VOICE.match(flat, -e) or _played(flat, -e, at))}
    return [f for f in found if kind(f[2]) != "person" or ((f[0], -f[1]) not in dropped and f[2] not in parts)] \
        if dropped else found
