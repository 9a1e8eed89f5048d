"""The forms of boilerplate lines found on many sites, as features of the line classifier.

Each form is recognised by how the line is built, not by the strings of one site: a page counter, a row of
tags, a prev/next link, a line about the page itself (rate it, share it, ask about it), a button's call to
action, a paywall prompt, a photo link or counter, a byline (a role word and a name), a single button word,
a marker over a list of other articles. One combined pattern finds them all in one pass over a short line;
each match's group names its form. And two forms of content that look like boilerplate: a box score's lines
and a timeline's dated steps.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .text import YEAR_WORDS

FORMS: tuple[str, ...] = ("pagination", "hashtag", "prev_next", "self_reference", "call_to_action", "paywall",
                          "photo", "byline", "button_word", "list_marker", "notice", "credit", "attachment",
                          "counter", "issuer", "link_out")
FORM_MAX = 60  # characters: a longer line is none of these forms (a paywall sentence aside: `is_paywall`)
SELF_MAX = 45  # characters: a line about the page itself is short; a longer one is an article's introduction

_PAYWALL = (r"有料(?:会員|記事|プラン|購読)|(?:会員|購読者|読者)(?:限定|専用)|残り\s*[\d,]+\s*文字|"
            r"会員登録\s*[（(]\s*無料\s*[)）]|無料会員|ログイン(?:して|すると|後)|続きを読む|続きは.{0,12}(?:会員|ログイン|登録)|"
            r"Subscribe to (?:read|continue)|subscribers? only")
_PAYWALL_RE = re.compile(_PAYWALL, re.I)

_PATTERN = re.compile(
    # a page number, '1/8', a run of page numbers, a next-page teaser, 'page 2'
    r"(?P<pagination>^(?:[<＜«‹←]\s*)?(?:\d{1,3}(?:\s*[/／]\s*\d{1,3})?|(?:\d{1,3}\s+){2,}\d{1,3}(?:\s*(?:…|\.\.\.)\s*\d{1,3})?)"
    r"(?:\s*(?:[>＞»›→]|次へ|次のページ))?$|^(?:次|前)(?:の)?ページ(?:は)?\s*[：:]|^\d{1,3}\s*ページ目|^(?:ページ|Page)\s*\d{1,3}(?:\s*[/／]\s*\d{1,3})?$)"
    # one or several '#tag' alone (not a Markdown '# heading')
    r"|(?P<hashtag>^[#＃][^\s#＃]+(?:\s+[#＃][^\s#＃]+)*$"
    r"|^(?:カテゴリー?|タグ|キーワード|ジャンル|Tags?|Category|この記事の(?:タグ|キーワード|地域|カテゴリー?))\s*[:：])"
    # a previous / next article link
    r"|(?P<prev_next>^(?:[<＜«‹←]\s*)?(?:前|次)の(?:記事|投稿|エントリー?|ニュース)|^(?:Previous|Next)\s+(?:article|post|story)"
    r"|^(?:PREV|NEXT|Prev|Next|前へ|次へ)\s*[>＞»›→]?$)"
    # a line about this article, page or information: rate it, share it, ask about it, what readers thought
    r"|(?P<self_reference>(?:(?:この|本)(?:記事|ページ|情報|コンテンツ|動画|サイト|ニュース|特集|番組)|^記事)"
    r"(?:に関する|について|の|を|は|が|へ|に)?"
    r".{0,14}(?:感想|評価|シェア|共有|問い?合わせ|役に立|参考に|送る|報告|保存|ブックマーク|いいね|満足|分かりやす|わかりやす"
    r"|フォロー|コメント|読んだ|気に入|伝え|通報|ご意見|お寄せ|リクエスト|いかが|読め|掲載され|プロモーション))"
    # a button's call to action: '…はこちら', '…する' of a download, purchase or sign-up, a marked link
    r"|(?P<call_to_action>(?:は|も)?こちら(?:から|へ|をクリック)?\s*[>＞»›→]*$|(?:ダウンロード|購入|登録|申し込み|申込|購読|予約|応募)"
    r"(?:する|はこちら|ページへ|して(?:ください)?)?\s*[>＞»›→]*$|^[▼▶►›»→⇒]\s*\S.{0,30}(?:見る|読む|チェック|詳細|一覧|特集|まとめ)\s*$"
    r"|(?:詳しく|もっと|全文を?|記事を)見る\s*[>＞»›→]*$"
    # a row of link buttons: 'on X, see it | on Y, see it'
    r"|^(?:[^\s｜|/／]{1,12}(?:で|を)(?:見る|読む|購入|予約|聴く)\s*[｜|/／]\s*)+[^\s｜|/／]{1,12}(?:で|を)(?:見る|読む|購入|予約|聴く)$)"
    r"|(?P<paywall>" + _PAYWALL + r")"
    # a photo link or counter, a video's length
    r"|(?P<photo>^[【\[［](?:写真|画像|動画|図解|グラフ|図表|PHOTO|Photo)[^】\]］]{0,12}[】\]］]|[（(]\s*全\s*\d{1,3}\s*枚\s*[)）]"
    r"|[（(]\d{1,2}[:：]\d{2}[)）]\s*$|[（(]\d{1,3}分(?:\d{1,2}秒)?[)）]$|^[▶►]?\s*動画(?:を再生|[:：])"
    r"|^(?:写真|画像)\s*[:：]?\s*\d{1,3}\s*枚|^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$|^\d{1,3}\s*/\s*\d{1,3}\s*枚目?$)"
    # a byline: a role word and a name alone on a line
    r"|(?P<byline>^[（(]?(?:文|写真|取材|撮影|構成|編集|記者|ライター|聞き手|執筆|Text|Photo|By)\s*[・／/：:＝=]?\s*"
    r"[^\s。、]{1,12}(?:\s[^\s。、]{1,8})?[)）]?$"
    r"|^[^\s。、]{1,10}(?:\s[^\s。、]{1,8})?\s*(?:記者|編集委員|特派員|論説委員|ライター|編集部|通信員)[)）]?$"
    # a post's header on a forum digest: its number, the poster, the date and time, an ID
    r"|^\d{1,4}\s*[:：]\s*\S.{0,30}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\.\d+)?\s*ID[:：]\S+$)"
    # a counter: one word and its count in brackets (コメント（12）); a date and time alone in brackets
    r"|(?P<counter>^\W{0,2}[^\d\s（）()]{1,8}\s*[（(]\s*\d[\d,]*\s*[)）]$"
    r"|^[（(]\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}[-\s]\d{1,2}[:：]\d{2}[)）]$)"
    # a single share or button word, in any script
    r"|(?P<button_word>^(?:(?:ポスト|シェア|見る|保存|送る|いいね|コピー|印刷|通知|フォロー|購読|スクラップ|Save|Share|Post"
    r"|Tweet|Like|Pin|Follow|Print|Copy|Email|Reply|返信|引用|続きを見る|拡大|閉じる)\s*){1,4}[>＞»›→]?$)"
    # a marker over a list of other articles, after a prefix the related rule does not know
    r"|(?P<list_marker>おすすめ|あわせて(?:確認|読み|チェック)|合わせて(?:確認|読み|チェック)|Read more|Read next"
    r"|Most (?:Popular|Read|Viewed)|Newsletter|More from|You may also like|Trending|よく読まれ|読まれている|ランキング"
    r"|人気の?(?:記事|ニュース)|新着(?:記事|ニュース)|最新の?(?:記事|ニュース)|関連(?:記事|ニュース)|^特集\s|特設サイト)"
    # a link out of the article: to a list of articles, to something to see
    r"|(?P<link_out>(?:記事|ニュース)一覧$|[をで](?:見る|読む)\s*[>＞»›→]?$)"
    # a site's standing notice: reprint, trademarks, promotion, skip links
    r"|(?P<notice>無断(?:転載|複製|転用|使用)|商標(?:または|及び|および)登録商標|プロモーションを含|発表日現在のもの"
    r"|All Rights Reserved|ここから本文|本文へ(?:移動|スキップ)?$|メニューを(?:とばして|飛ばして))"
    # a caption that is only a credit: 'label: name' (写真：…, …提供：…), 'the photo is an image'
    r"|(?P<credit>^[（(【\[]?\s*(?:写真|画像|図|図表|イラスト|映像|動画|資料|チャート|グラフ|提供|撮影|出典|データ)"
    r"(?:[・/／][^\s：:＝=]{1,4})?\s*[：:＝=]\s*[^。]{1,24}?[)）】\]]?$|^[^。、\s]{0,16}(?:提供|撮影|作成|出所)\s*[：:＝=]\s*[^。、]{1,20}$"
    r"|^[（(]?(?:写真|画像|イラスト|映像)は(?:イメージ|資料|本文|記事)[^。]{0,16}[)）]?$"
    r"|^(?:配信元|提供元|発表元|参考|出所|評者|監修|著者|筆者)\s*[：:]\s*[^。]{1,30}$)"
    # an issuer: a line that is only an organisation's name (its legal form, or an office's suffix); a bare URL
    r"|(?P<issuer>^(?!第)[^\sぁ-ん。、\d０-９]{2,14}(?:\s[^\sぁ-ん。、\d０-９]{2,14})?(?:省|庁|局|部|課|室|係)$"
    r"|^(?:株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|NPO法人|特定非営利活動法人)\s*[^\s。、]{1,20}$"
    r"|^[^\s。、]{1,20}(?:株式会社|有限会社|合同会社)$|^https?://\S*$)"
    # an attachment: a file's size in brackets, its format perhaps before it
    r"|(?P<attachment>[（(\[［【]\s*(?:PDF|Excel|Word|CSV|ZIP|PPT|PowerPoint)?[^)）\]］】]{0,10}?\d[\d,.]*\s*"
    r"(?:[KMG]B|キロバイト|メガバイト)\s*[)）\]］】])",
    re.I,
)
# What makes a caption describe something rather than credit it: a verb, or the day and place in brackets.
_DESCRIBES = re.compile(r"する|した|される|された|ている|ていた|れる|れた|[（(]\d{1,2}日")
_NONE = (0.0,) * len(FORMS)


def _alternatives(pattern: str) -> list[str]:
    """A pattern's alternatives: it cut at each `|` outside brackets and groups."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1  # an escaped character
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)  # a class that opens with ] (or ^]) holds it
            i += pattern.startswith("]", i + 1)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and not depth:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


def _unanchored(pattern: str) -> str:
    """`pattern` (named groups, one a form) without the alternatives of its groups that hold only at the line's start
    (`^…`): what may match after a line's first characters."""
    groups = []
    for group in _alternatives(pattern):
        name, _, body = group.removeprefix("(?P<").removesuffix(")").partition(">")
        assert group == f"(?P<{name}>{body})", group[:30]
        if anywhere := [x for x in _alternatives(body) if not x.startswith("^")]:
            groups.append(f"(?P<{name}>{'|'.join(anywhere)})")
    return "|".join(groups)


# The same forms, without those anchored at the start: after a match at the line's start (or none), the search goes
# on over them alone, as `_PATTERN` would (an anchored alternative holds nowhere else), in a third less time.
_ANYWHERE = re.compile(_unanchored(_PATTERN.pattern), re.I)


def forms(text: str) -> tuple[float, ...]:
    """For each of `FORMS`, 1.0 when the line has that form, else 0.0 (`_PATTERN` at the start, then `_ANYWHERE`)."""
    if len(text) > FORM_MAX:
        return _NONE
    first = _PATTERN.match(text)
    found = {m.lastgroup for m in _ANYWHERE.finditer(text, first.end() if first else 0)}
    if first:
        found.add(first.lastgroup)
    if not found:
        return _NONE
    if len(text) > SELF_MAX:
        found.discard("self_reference")
    if len(text) > 30 or "。" in text:
        found.discard("list_marker")
        found.discard("link_out")
    if "credit" in found and _DESCRIBES.search(text):
        found.discard("credit")  # a caption with its credit: the caption stays, its credit is cut off
    return tuple(float(f in found) for f in FORMS)


# A notice about the page itself or the site's standing terms, however long: 'this article is …', the reader
# software a PDF needs, reprint terms. Said of the page, not of the news.
# (What a page says of itself as a notice: its purpose, its source, its standing, its date; not what it covers.)
_NOTICE = re.compile(r"^(?:※|【[^】]{1,6}】)?\s*(?:本|この|当)(?:記事|サイト|ページ|コンテンツ|リリース|番組|特集)(?:は|の)"
                     r"[^。]{0,30}(?:目的|配信|見解|時点|代わる|基づ|保証|責任|勧誘|お伝えしました|提供され)"
                     r"|Adobe\s*(?:Acrobat\s*)?Reader|無断(?:転載|複製|転用|使用)[^。]{0,8}(?:禁|お断)")


def is_notice(text: str) -> bool:
    """A notice about the page itself or the site's standing terms, a sentence too (`_NOTICE`)."""
    return _NOTICE.search(text) is not None


_PROMPT_OR_NOTICE = re.compile(f"(?i:{_PAYWALL})|{_NOTICE.pattern}")
# Words one of which every match of `_PROMPT_OR_NOTICE` holds (each alternative's own; the Latin ones, Subscribe
# and Adobe, a "b" in either case). This runs on every line of running text, and most hold none of them: found in
# C by their first characters, they spare the search of every alternative at every position (a fifth of its time).
# (Each alternative a literal, b|B not [bB]: one class among them and the engine tries every position, in four times as long.)
_PROMPT_OR_NOTICE_WORDS = re.compile("有料|会員|読者|残り|ログイン|続き|無断|b|B|記事|サイト|ページ|コンテンツ|リリース|番組|特集")


def is_prompt_or_notice(text: str) -> bool:
    """`is_paywall` or `is_notice`, in one search."""
    return _PROMPT_OR_NOTICE_WORDS.search(text) is not None and _PROMPT_OR_NOTICE.search(text) is not None


def paywall_and_notice(text: str) -> tuple[bool, bool]:
    """(`is_paywall`, `is_notice`) of a line: neither, in one search, when it holds none of their words."""
    if _PROMPT_OR_NOTICE_WORDS.search(text) is None:
        return False, False
    return is_paywall(text), is_notice(text)


def is_paywall(text: str) -> bool:
    """A paywall or membership prompt anywhere in a line, a sentence too ('the rest is for members')."""
    return _PAYWALL_RE.search(text) is not None


def is_prev_next(text: str) -> bool:
    """A previous / next article link: the headline under it is the other article's."""
    return len(text) <= FORM_MAX and forms(text)[2] == 1.0


# A line of a box score or a result list: a marked label (▽本塁打, 【本塁打】) then names with their counts (2).
_RECORD = re.compile(r"^(?:[▽△]\s*[^\s】]{1,6}|【(?!写真|画像|動画|図|PR|広告|関連|速報)[^】\s]{1,6}】)\s*\S.*"
                     r"(?:[（(][^)）]{1,8}[)）]|\d{1,3}号)")
# A step's last day, when it spans several (6月1日（火）～3日（木）)
_TO = r"(?:\s*[～〜~－-]\s*(?:\d{1,2}月)?\d{1,2}日(?:\s*[（(][^)）]{1,3}[)）])?)?"
# A step of a timeline: a date (or a span of days), then what happened, short.
_STEP = re.compile(rf"^(?:(?:\d{{4}}年|{'|'.join(YEAR_WORDS)})?\d{{1,2}}月\d{{1,2}}日(?:\s*[（(][^)）]{{1,3}}[)）])?{_TO}|\d{{4}}年\d{{1,2}}月)"
                   r"\s+[^\s\d].{1,40}$")  # (2019年5月　…: a month alone with its year; 同年12月20日　…)


_MARKS = frozenset("▽△▼・●■◆◇↓")  # (↓: a step of a timeline that goes down the page)
_DAY_STEP = re.compile(rf"^\d{{1,2}}日(?:\s*[（(][^)）]{{1,3}}[)）])?{_TO}[ 　]")  # a day alone after a month's step
_MARKED_STEP = re.compile(r"^[▽△▼・●■◆◇↓]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:\S{0,10}\s+|(?:[（(][^)）]{1,3}[)）])?"
                          r"(?:[～〜~\-]\d{1,2}日(?:[（(][^)）]{1,3}[)）])?)?\s*[＝=：:]\s*)\S.{1,50}$")  # (◇7日（日）＝…)


def records(texts: Sequence[str], removed: Sequence[str | None], tail: int) -> Iterator[int]:
    """The lines of a box score (a marked label, then names with their counts), outside the page's tail (the lines
    after `tail`)."""
    for i, text in enumerate(texts):
        if text[:1] in "▽△【" and not removed[i] and i <= tail and _RECORD.match(text):
            yield i


def dated_steps(texts: Sequence[str], live: Sequence[int], tail: int) -> Iterator[int]:
    """The steps of a timeline written as 'date event' lines, two or more live lines (`live`) in a row, outside the
    page's tail (the lines after `tail`), or three or more begun outside it (a schedule under the article running on
    into the tail: 18日（金）～20日（日）…); and a run of three or more steps opening with a list's mark and a day
    (▽14日　…発生, ▽17日午後7時ごろ　…上陸), anywhere: a timeline under the article. (A step of a run stays however the
    classifier scores it, the last one too.)"""
    run: list[int] = []
    marked: list[int] = []
    for i in range(len(texts) + 1):
        text = texts[i] if i < len(texts) else ""
        if text[:1] in _MARKS and _MARKED_STEP.match(text):
            marked.append(i)
        else:
            if len(marked) >= 3:
                yield from marked
            marked = []
    for i in [*live, -1]:
        if i >= 0 and (texts[i][:1].isdecimal() or texts[i].startswith(YEAR_WORDS)) and (
                _STEP.match(texts[i]) or (run and _DAY_STEP.match(texts[i]))):
            run.append(i)  # (6月1日（火）～3日（木）　… / 4日（金）～6日（日）　…: a day alone after a month's step)
            continue
        inside = [j for j in run if j <= tail]
        yield from run if len(run) >= 3 and run[0] <= tail else inside if len(inside) >= 2 else ()
        # (a schedule of three or more begun in the article runs on into the tail; a list of dated links in the tail
        # alone is the page's)
        run = []
