"""A name's extent as a speaker's: the title, calling, note or age in brackets written after a person's name (田中氏,
森本健二弁護士, 長谷部由紀教授（再生医学）, 山田太郎さん（45）), and after a body's name its officer or staff (外務省
報道官, 北辰精機の広報担当者), read where the particle that makes it a subject stands.
"""

from __future__ import annotations

import re

from ..actors.persons import TITLE_RE as ROLE_RE
from .bodies import ORG_VOICE, staff_speak

# A noun for a person by their work or standing, ending the words set before their name (帰省した会社員、, 漁師の)
CALLING_END = re.compile(r"[\u4e00-\u9fff](?:員|者|主婦|職人|農家|漁師|選手|学生)$")
# Between a speaker's name and the particle: a title or role (大統領, 国務長官, 氏, 社長, 報道官).
TITLE_AFTER = _TITLE = re.compile(r"[ 　]?(?:[・･]?[\u4e00-\u9fff々ァ-ヺー]{0,8}?(?:氏|さん|容疑者|被告|首相|大統領|長官|報道官|外相|相|大臣"
                    r"|知事|市長|町長|村長|議員|議長|委員長|代表|総裁|幹事長|会長|社長|監督|選手|教授|准教授|所長|理事長"
                    r"|事務総長|事務局長|主席|総統|国王|大使|特使|補佐官|次官|官房長官|書記長|党首|投手|捕手|内野手|外野手|主将|院長|局長|部長"
                    r"|課長|室長|団長|ら))?")
# After a person's name (and title): a calling (弁護士, 医師, 研究員, 竜王), a wrestler's 関 or a master's 親方, and an
# age in brackets. A calling ends in a person's suffix: 士 師 員 王 家 手 者 人, and 長 官 事 for an office (教育長, 予報官,
# 次席検事), or a calling in katakana (チーフストラテジスト, プロデューサー).
_PERSON_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,5}?(?:士|師|員|王|家|手|者|人|長|官|事)|住職|宮司|関|親方|[・･]?[ァ-ヺ][ァ-ヺー・]{1,14})?"
                          r"(?:[（(][0-9０-９]{1,3}[歳才]?[）)])?")
# （再生医学）, （71）, （東京）: after a name; ＝東邦化成＝: the company or club a sports page names after an age
_NOTE = re.compile(r"[（(][^（）()「」。、]{1,15}[）)]|＝[^＝（）()「」。、\s]{1,15}＝")

# A post a body's unnamed officer holds, written right after the body's name (外務省報道官, 同社社長 aside).
_OFFICER = re.compile(r"[ 　]?(?:報道官|長官|大臣|社長|会長|局長|部長|課長|室長|所長|院長|理事長|事務局長|次官|大使|幹部|関係者|代表)")


_WHERE = re.compile(r"[（(][^（）()「」。、]{1,15}[）)](?=[はがも])")  # (a body's seat or note in brackets before its particle)


_RANK_BEFORE = re.compile(r"首席|主任|上席|特任|上級|筆頭|主席|次席|統括|専任|常任|元|前|現")  # (桐谷剛元常務は: a post held before)
# A post set off from a name by ・ that the actors' titles do not hold: kanji ending as a person's post ends
_DOT_TITLE = re.compile(r"[・＝][\u4e00-\u9fff]{1,7}[官長相員者士師役](?=[はがもの、「（(]|\s)")


_KANA_OR_LETTER = re.compile(r"[ァ-ヺーA-Za-z]")


_POST = re.compile(r"[\u4e00-\u9fff]{1,5}[監官長役員士師補](?=[はがも])")  # (危機管理監, 地域振興監)


def title_end(text: str, e: int, hi: int, person: bool, body: bool = False) -> int:
    """Where a name ending at `e` ends with its title: 氏, 社長; for a person also a title of the actors'
    (裁判長, 常務), a calling (弁護士), and a note or age in brackets (教授（再生医学）, さん（45）)."""
    if not person and text.startswith("社", e) and e and _KANA_OR_LETTER.match(text, e - 1):
        e += 1  # チケットライン社は: the company's name, then 社 (the recognisers mark the name alone)
    m = _TITLE.match(text, e, hi)
    at = m.end() if m else e
    if not person and at > e and _OFFICER.fullmatch(text, e, at):
        return e  # 外務省報道官は, 北浜電機社長は: the body's officer, whom the text does not name, speaks
    if not person:
        voice = ORG_VOICE.match(text, at, hi) if body else None  # 北辰精機の広報担当者は: the body speaks
        if voice and not staff_speak(voice.group()):
            return at  # 厚生労働省の担当者は: a ministry's staff, no one the text names
        if voice is None and body and (where := _WHERE.match(text, at, hi)):
            return where.end()  # 千早プラント工業（大阪市）は: where the body is, in brackets
        return voice.end() if voice else at
    whole = ROLE_RE.match(text, e, hi)  # the actors' longest title there (会長兼社長, not 会長 of it)
    if whole is None and (rank := _RANK_BEFORE.match(text, e, hi)):
        whole = ROLE_RE.match(text, rank.end(), hi)  # 久我真一首席エコノミストは: a rank before a title of the actors'
    if whole is None and text[e:e + 1] in ("・", "＝"):
        whole = ROLE_RE.match(text, e + 1, hi) or _DOT_TITLE.match(text, e, hi)  # マルコ・ベッリーニ・コーチ: joined as
        # the name's parts are; 三好孝典・首席交渉官は: a post the actors do not know, set off by ・
    at = max(at, whole.end()) if whole else at
    if at == e and (post := _POST.match(text, e, hi)):
        at = post.end()  # 安田浩二危機管理監は: an office the actors do not know, closed by its mark, then は
    for _ in range(3):  # 森本健二弁護士は, 長谷部由紀教授（再生医学）は, 小池真理子常務は
        role = ROLE_RE.match(text, at, hi)
        nxt = _PERSON_TAIL.match(text, role.end() if role else at, hi).end()  # type: ignore[union-attr]
        note = _NOTE.match(text, nxt, hi)
        nxt = note.end() if note else nxt
        if nxt == at:
            break
        at = nxt
    return at
