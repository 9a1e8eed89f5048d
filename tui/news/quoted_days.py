"""When quoted words were said, for the day words inside them (きょう, あす, きのう): a day the sentence dates before
them (生徒会は26日夜、公式SNSに「あすは…」と投稿した, 31日の記者会見で「…」), words told said in the past or a sports
page's comment line (式で「きょう、…」とあいさつした, 乾監督：「きのうは…」), and whether a day word inside them dates what
they tell at all (not an order, a call or a likeness: 「きょうは低めを狙え」, 「きのうのことのように」).
"""

from __future__ import annotations

import re
from datetime import date

from .day_words import DAY_WORDS, NAMES_A_DAY, quote_span
from .language import tagger

_PUT = re.compile(r"と(?:投稿|書き込|つぶや|発信|ツイート)")  # words put up on a day of their own
_HEADS_CLAUSE = re.compile(r"(?:午前|午後|朝|夜|夕方?|深夜|未明)?(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?(?:ごろ|頃)?)?、"
                           r"|の[^。「」、の]{1,6}(?:の)?(?:後|あと|前|直後|直前)、")  # (19日の試合後、きのうの取組の後、: at that day's)

# A day the words were said on, told before them: at a meeting or an interview of that day (31日の記者会見で, 同日の決算会見で,
# きのう取材に
# 応じた, おととい避難所で取材に応じた, 25日昼、…取材に応じ、)
_SAID_THEN = re.compile(r"(?:午前|午後|朝|昼|夕方?|夜|深夜|未明)?(?:の(?:[^。「」、]{1,8}?の)?[^。「」、のを]{0,4}?(?:記者)?会見で|の(?:日記|手紙|メモ|日誌|投稿|書き込み|ブログ|メール)(?:に(?:は)?|で)|の取材に|[^。「」]{0,12}?取材(?:に応じ|した際)|に(?:記者)?会見(?:した|し、|を開い|を開き))")


def said_on(text: str, at: int, anchors: list[tuple[int, date]]) -> date | None:
    """The day quoted words holding place `at` were said or put up, when the sentence dates it before them: in a clause
    of its own before words put up or said (生徒会は26日夜、公式SNSに「あすは…」と投稿した: the 26th; きのう夜、…妻は
    「あすからは…」と笑顔を見せました; 19日の試合後、…「あすは…」と語った), or at a meeting or an
    interview (31日の記者会見で「あすからは…」, きのう取材に応じた男性は「あすからは…」と話した); else None. `anchors`:
    (end, date) of the days the sentence names outside quotes."""
    span = quote_span(text, at)
    if span is None or span[1] == len(text):
        return None
    opened, shut = span
    before = sorted(a for a in anchors if a[0] <= opened)
    if not before:
        return None
    end, day = before[-1]
    if _HEADS_CLAUSE.match(text, end) and (_PUT.match(text, shut + 1) or text.startswith("と", shut + 1)):
        return day  # (きのう夜、事務所で…妻は「あすからは…」と笑顔を見せました: said then)
    return day if _SAID_THEN.match(text, end) and text.startswith("と", shut + 1) else None


WEEKS = ("今週", "来週", "先週", "再来週", "週明け", "週末")  # a week's day is the calendar's, said on either day
# After quoted words, the plain verb of saying in the past that ends the sentence (…とあいさつした)
_SAID_PAST = re.compile(r"」\s*と[^「」。]{0,40}?(?<!まし)[ただ][。．]?\s*$")  # (a broadcast's …と話しました may tell today's words)


def said_in_past(text: str, at: int) -> bool:
    """Whether the quoted words holding place `at` are told said in the past by the sentence's last verb, also with more
    words quoted after them (…「きょうの青空は…」とあいさつし、「…」と力を込めた), stand alone as a sentence of their own
    (「…きのうの夜は…」: the words of someone the text just showed at the news), or make a comment line of a sports
    page (乾監督：「きのうは…」, said at the game)."""
    span = quote_span(text, at)
    if span is None or span[1] == len(text):
        return False
    opened, shut = span
    if not text[:opened].strip(" 　") and not text[shut + 1:].strip(" 　。"):
        return True
    return _SAID_PAST.search(text, shut) is not None or (  # (the words quoted last, then the verb: …」と力を込めた。)
        "「" not in text[shut:] and (text.endswith(("：", ":"), 0, opened) or _COMMENT_HEAD.fullmatch(text, 0, opened) is not None)
        and not text[shut + 1:].strip(" 　。"))


# A comment line's speaker right before its words, with no colon (白鷹山「きのうまで…」, 北信・沢口監督「…」): a short name,
# no particle or mark closing it
_COMMENT_HEAD = re.compile(r"[^\s、。「」（）()はがもをにへとで]{1,8}(?:[・][^\s、。「」（）()]{1,10})?(?<![はがもをにへとで])"
                           r"|【[^【】「」]{1,16}】")  # (【西園寺六段の話】「…」)


def closes(text: str, at: int) -> bool:
    """Whether the quoted words holding place `at` close the text (a headline's words: 知事「あすから仮設を回る」)."""
    span = quote_span(text, at)
    return span is not None and span[1] < len(text) and not text[span[1] + 1:].strip()


def said_sentence(text: str, at: int) -> str:
    """The sentence of the quoted words holding place `at` that holds it (the words split at 。, ！ and ？)."""
    opened, shut = quote_span(text, at) or (-1, len(text))
    words = text[opened + 1:shut]
    end = opened + 1
    for said in re.split("(?<=[。！？])", words):
        end += len(said)
        if end > at:
            return said
    return words


def quoted_words(text: str, at: int) -> str | None:
    """The quoted words (「…」) that hold place `at`, or None."""
    span = quote_span(text, at)
    return text[span[0] + 1:span[1]] if span else None


def told_day(text: str, at: int) -> bool:
    """Whether a day word inside quoted words dates what they tell: words that tell what was, is or will be (「きのう1日で
    一段落した」, 「きょうの景色は皆でつくった」, 「あすは泣かない」), not an order or a call (「きょうは低めを狙え」, 「あすも
    行こう」), nor a likeness (「きのうのことのように覚えている」); a time of a day or a week's day always does
    (「今夜のうちに…」), and so does a deadline (「あさってまでに…済ませてほしい」)."""
    if _LIKENESS.match(text, at):
        return False
    if NAMES_A_DAY.match(text, at):
        return True  # 「今夜のうちに…」, 「今週の土曜日には…」: a time of a day or a week's day names it, whatever the verb
    word = DAY_WORDS.match(text, at)
    if word and text.startswith("まで", word.end()):
        return True  # 「あさってまでに…済ませてほしい」: a deadline
    return not _bidding(said_sentence(text, at).rstrip("。") + "。")  # (the quoted sentence that holds the word)


def _bidding(said: str) -> bool:
    """Whether quoted words close on an order, a request or a call to do something (狙え, 行くな, 来てください, 頑張ろう),
    which tells of no dated happening (「きょうは低めを狙え」), by UniDic's forms of its last words."""
    said = said.rstrip("。！？!?．")
    words = [w for w in tagger()(said) if w.feature.pos1 != "補助記号"]
    if not words:
        return True
    last = words[-1].feature
    if last.cForm.startswith("意志推量形") and last.lemma in ("だ", "です"):
        return False  # 来るんだろう, 晴れるでしょう: a guess, which tells
    if last.cForm.startswith(("命令形", "意志推量形")) or last.lemma in ("下さる", "頂戴"):
        return True  # 見ろ, 来てください, 行こう
    if last.pos1 == "動詞" and last.cForm.startswith("連用形") and said[-1:] in _E_ROW:
        return True  # 狙え: an order UniDic reads as a stem, which closes no sentence that tells
    return last.pos1 == "助詞" and words[-1].surface == "な" and len(words) > 1 and words[-2].feature.cForm.startswith(
        "終止形")  # 行くな


_E_ROW = frozenset("えけげせぜてでねへべぺめれ")  # the kana an order of a verb of the first kind ends in (狙え, 行け, 待て)
_LIKENESS = re.compile(r"[^」。]{1,4}?の(?:こと|事)(?:のよう|みたい)")
