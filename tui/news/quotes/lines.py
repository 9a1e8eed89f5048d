"""Quotes whose speaker is a line of their own: the comments of a match report or a press release print
the speaker's line (■田中一郎監督（北浜FC）, ●山田社長：) and then the words, each paragraph one quote;
a transcript opens the sentence with the name and title right before the words (矢口明子酒田市長「…」).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .forms import bracketed
from .passage import Mentions
from .titles import title_end

# a role or a club before the name: ■主将・吉岡翔, ■北浜ドルフィンズ・真野修監督
_LINE_MARKS = re.compile(r"[■□●○◆◇▼▽◎【\s]*")
_LINE_ROLE = re.compile(r"[^\s・「」『』。、：:（）()]{1,14}[・　]")  # (代表取締役社長　水野和也のコメント)
_LINE_KIND = re.compile(r"[0-9０-９\u4e00-\u9fff]{1,4}の")  # a kind of player before the name: 【新人の山内蓮外野手】, ◇先発の…
_LINE_DESCRIBED = re.compile(r"[^\s・「」『』。、：:（）()の]{1,8}の[^\s・「」『』。、：:（）()]{1,8}、")  # a vox pop's home and job: ◇東京都の会社員、上原健太さん（29）
# after the name: an affiliation in brackets, 「の話」 as papers head a comment (◇宮坂莉子の話), a colon
# or a title the lists lack, an age in brackets and the calling a list of candidates prints (■大隈政信候補（61）元市議会議長)
_AFFILIATION = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,4}(?=[（(][0-9０-９]{1,3}[歳才]?[）)]))?(?:[（(][^（）()「」。]{1,24}[）)])?"
                          r"(?:(?<=[）)])[ 　]*[^\s「」『』。、ぁ-ゟ]{1,14})?"
                          r"(?:の(?:話|談話|コメント))?\s*[：:】]?\s*$")
_POSITION = re.compile(r"[A-ZＡ-Ｚ]{2,3}(?=[\u4e00-\u9fffァ-ヺ])")  # a player's position before the name: DF, ＦＷ, GK
LINE_MAX = 40  # a speaker's line is short: a name, titles, an affiliation
QUESTION = re.compile(r"\s*(?:―|—|─|－|[QＱ](?:[:：.．]|[ 　]+)|問[:：])")  # an interviewer's line: ――次は第1シードとの対戦です。


def speaker_lines(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                  opened: Collection[int] = ()) -> dict[int, str]:
    """{passage index: person} for each passage that is nothing but a quote, in a run of such passages
    right under a line that is nothing but a person's name, title and affiliation: the person's words.
    An interviewer's questions may stand between them (◇平田選手, ――…, 「…」, ――…, 「…」), and words may
    run over paragraphs (`opened`: the passages whose 「 the next continues)."""
    out: dict[int, str] = {}
    speaker: str | None = None
    for k, text in enumerate(texts):
        t = text.strip(" 　。")
        if speaker is not None and t.startswith("「") and (
                (t.endswith("」") and len(bracketed(t)) == 1) or (k in opened and "」" not in t)):
            out[k] = speaker
            continue
        if speaker is not None and QUESTION.match(text):
            continue
        speaker = line_speaker(text, mentions[k], kinds) if "「" not in text else None
    return out


def line_speaker(text: str, mentions: Mentions, kinds: dict[str, str], lo: int = 0) -> str | None:
    """The person text[lo:] is made of (marks, the name, titles, an affiliation in brackets, a colon), if any."""
    if len(text) - lo > LINE_MAX or not mentions:
        return None  # (most lines name no one)
    at = _LINE_MARKS.match(text, lo).end()  # type: ignore[union-attr]
    role = _LINE_ROLE.match(text, at)
    kind = _LINE_KIND.match(text, at)
    side = _after_affiliation(text, at, mentions, kinds)
    described = _LINE_DESCRIBED.match(text, at)
    starts = {side, role.end() if role else at, kind.end() if kind else at, described.end() if described else at}
    if side > at and (after_side := _LINE_KIND.match(text, side)):
        starts.add(after_side.end())  # 【北九州・先発の九条陽介の話】: a kind of player after the side
    starts |= {m.end() for m in (_POSITION.match(text, i) for i in starts) if m}  # 【青葉・DF森田健吾】
    people = sorted(((s, a, e) for a, s, e in mentions if s in starts and kinds.get(a) == "person"), reverse=True)
    # (the last first: ▽米沢城南・松本誠監督, a school the actors took for a person, then the one who speaks)
    return next((a for _, a, e in people if _AFFILIATION.match(text, title_end(text, e, len(text), True))), None)


def _after_affiliation(text: str, at: int, mentions: Mentions, kinds: dict[str, str]) -> int:
    """Past a club, company or place the line names before the person, joined by ・ or not
    (■湘南ブリーズ・高森哲也監督, ■北陸ユナイテッド・カルドーゾ監督): where the person's name may start."""
    for _ in range(3):
        body = [e for a, s, e in mentions if s == at and kinds.get(a) in ("organization", "place", "country")]
        if not body:
            break
        at = max(body)
        at += text[at:at + 1] in ("・", "の")  # (洛北学園の青木大輔監督の話: the club's person)
    return at
