"""Wrestlers and stable masters in sumo reports, by the ranks and honorifics the sport writes around their
names: a rank before ・ (横綱・雷鳴, 関脇・北海山), a rank and の before a name UniDic does not read as one common
word (大関の琴若葉, not 横綱の貫禄), 関 after a name (翠鵬関, 大の里関) and 親方 after a master's (大嶽親方).
A ring name is often a common word (雷鳴: thunder) and seldom a 人名 token, so only these signs make one, and
only in an article about sumo (土俵, 力士, 親方, 取組, 番付, 九州場所 … written somewhere in it: a rank alone is a
metaphor as often, 業界の横綱; a lower rank or a technique is sign enough: 関脇, 寄り切り); a rank of the top
division written right before a name (大関琴鳳は, not 大関昇進); a name before its stable in brackets
(嵐ノ海（高田川部屋）); kanji, ノ and kanji before a particle (照ノ富士は); and, with no rank, a name before the age and real name of a wrestler's profile
(雷光（22）=本名・…=), a name before an age that is no word for a person (若潮（26）は; not 男性（30）), the one a bout's technique was done to (…が琴嵐を押し出し), or a name that speaks as a clause's subject right
before the words (北勝山は「…」: not a common word, a word for a person or a place); the two sides of a result line
(琴浜山（寄り切り）若潮) or of a bout (朝日嶺―海鵬は), the winners of the three prizes (殊勲賞に琴浜山), a name after its
stable, home or group and の (境川部屋の豊聖龍, モンゴル出身の海鵬) or before a step of a career (翠竜の新入幕); the name
again later in the article (雷鳴は) is the same person, as a surname found alone is. Stables are organisations: a
name before 部屋, and one in brackets after a wrestler's that no place found already holds (白鵬山（宮城野）).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .persons import Name
from .tokens import Toks, chars

# The article is about sumo: the ring, a wrestler, a master, a bout, the rankings or a tournament (九州場所), a stable
# or its dressing room (玉垣部屋, 支度部屋); not any room (小部屋もある, 見える部屋に, 子供部屋). (Words alone: the text is
# scanned for their first characters only.)
SUMO = re.compile(r"大相撲|土俵|力士|親方|千秋楽|幕内|十両|取組|番付|春場所|夏場所|秋場所|初場所|九州場所|名古屋場所|大阪場所|本場所|"
                  r"関脇|小結|平幕|前頭(?![取葉部])|入幕|幕下|三段目|序二段|序ノ口|寄り切|押し出し|はたき込|突き落と|上手投げ|下手投げ|"
                  r"部屋(?<=[\u4e00-\u9fff々][\u4e00-\u9fff々ノ]部屋)(?<!子供部屋)(?<!勉強部屋)(?<!仕事部屋)(?<![大小相]部屋)|"
                  r"物言い|軍配|結びの一番|三賞|殊勲賞|敢闘賞|技能賞|今場所|土をつけ")  # (ranks and techniques too)
_RANK = (r"(?:元|新|東|西)?(?:横綱|大関|関脇|小結|平幕|十両|幕下|前頭(?![取葉部])(?:筆頭|[0-9０-９一二三四五六七八九十]+枚目)?|"
         r"(?:十両|幕下|三段目)?[0-9０-９一二三四五六七八九十]+枚目)")
# (豊ノ海, 隆の勝: ノ between kanji, の only after the first: not 審判部の幹部, a body's officer; ケ as in 霧ケ峰)
_NAME = r"[\u4e00-\u9fff々ヶ](?:の(?=[\u4e00-\u9fff々]))?(?:[\u4e00-\u9fff々ヶケ]|ノ(?=[\u4e00-\u9fff々])){1,5}"
_AFTER = r"(?=[はがをにともの、。」）「（(]|\s|$)"  # (新大関・藤ノ嶺「…」: a headline's words right after)
_POINTED = re.compile(rf"{_RANK}(?:・|、(?=[^、。]{{2,7}}[はが]))({_NAME}){_AFTER}")  # 横綱・雷鳴; 新大関、藤ノ嶺が (the rank set off)
# 大関の琴若葉, 新入幕の北ノ湊: a rank, or a wrestler's first tournament in a division (新入幕, 新十両, 新三役)
_RANK_OF = re.compile(rf"(?:{_RANK}|(?:新|再)(?:入幕|十両|三役))の({_NAME}){_AFTER}")
# 大関琴鳳は, 関脇霧嶋洋が, 前頭十五枚目錦江湾は, 十両天城山の: a rank of the top two divisions written right before the name
# (not 大関昇進, 横綱審議委員会)
_GLUED = re.compile(rf"(?<![\u4e00-\u9fff々])(?:元|新|東|西)?(?:横綱|大関|関脇|小結|平幕|十両|前頭(?![取葉部])"
                    rf"(?:筆頭|[0-9０-９一二三四五六七八九十]+枚目)?)({_NAME}){_AFTER}")
_NOT_RING = re.compile(r"昇進|陥落|復帰|在位|審議|経験|候補|返り咲|角番|カド番|取り|取組|結果|成績|決定|優勝|対決|同士|時代|級|"
                       r"[会陣勢戦組側所社館局庁省党署院]$|部屋$|場所$|^同|"  # (同事務所は「…」: a body named again, no wrestler)
                       r"^(?:横綱|大関|関脇|小結|平幕|前頭|十両|幕下|幕内|三段目|序二段|序ノ口)|^(?:大相撲|相撲|角界)$")  # (大相撲の大関
# 昇進: the sport, before a step of a career)
# 照ノ富士は: kanji, ノ and kanji before a particle, the commonest shape of a ring name
_NO_JOINED = re.compile(r"(?<![\u4e00-\u9fff々ヶノ])([\u4e00-\u9fff々]{1,3}ノ[\u4e00-\u9fff々]{1,3})(?=[はがをにとものへ、。])")
# 嵐ノ海（高田川部屋）: a wrestler with his stable in brackets
_STABLE = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME})[（(][\u4e00-\u9fff々ヶノ]{{1,5}}部屋[）)]")
# 雷光（22）=本名・佐伯拓海、北辰部屋=: a wrestler's profile, his ring name before his age and real name
_PROFILE = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME})(?:[（(][0-9０-９]{{1,3}}[）)])?[=＝]本名")
# 初優勝した若潮（26）は: a name before an age, not one common word (力士の男性（30）)
# 北勝山は「…」: a name that speaks, as the subject at a clause's start right before the words
_SPEAKS = re.compile(rf"(?:^|(?<=[、。　 」た]))({_NAME})(?:は|が)[、，]?「")  # (敗れた若潮は「: after a clause told of him)
_PERSON_WORD_END = frozenset("員者人性生手士師家長官主婦児童客親子母父兄姉妹弟年娘嫁夫妻王")  # 男性, 会社員, 主婦
_AGED = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME})[（(][0-9０-９]{{1,3}}[）)]")
# 海王丸が琴嵐を押し出し: the one a bout's technique (a verb made a noun: 押し出し, 寄り切り, 上手投げ) was done to
_BOUT = re.compile(rf"(?<=[がは、])(?:{_RANK})?({_NAME})を[\u4e00-\u9fffぁ-ん]{{1,5}}?(?:出し|切り|込み|投げ|倒し|落とし|ひねり)"
                   r"(?=[でて、。]|$)")
# 翠鵬関, 大嶽親方, 大の里関, 浦風親方（元小結・千代錦）: a master's ring name of old in brackets after
_SEKI = re.compile(r"(?<=[\u4e00-\u9fff々ヶ])(?:関|親方)(?=[はがをにともの、。」）（(]|\s|$)")
# 【幕内】琴浜山（寄り切り）若潮: a result line, the winner, the technique in brackets and the one it was done to
_TECHNIQUE = r"[\u4e00-\u9fffぁ-ん]{0,6}?(?:出し|切り|込み|投げ|倒し|落とし|ひねり|寄せ|掛け|返し|反り|捻り|吊り|つり|不戦勝?)"
_RESULT_LINE = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME})[（(]{_TECHNIQUE}[）)]({_NAME})(?=[、。\s]|$)")
# 朝日嶺―海鵬は: a bout, two names joined by a dash
_PAIRED = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME})[―－—](({_NAME}))(?=[はのがで、。戦]|\s|$)")
# 殊勲賞に琴浜山、敢闘賞に北ノ嵐と翠竜, 敢闘賞＝玉鵬山（２回目）、土佐之鷹（初）: the three prizes' winners
_PRIZE = re.compile(rf"(?:殊勲|敢闘|技能)賞(?:に|は|を|＝|=)({_NAME})(?:[（(][^（）()]{{1,5}}[）)])?(?:[と、](?!(?:殊勲|敢闘|技能)賞)({_NAME}))?"
                    r"(?=[、。がはをとの（(]|\s|$)")
# 北天海（９勝１敗）○寄り切り●越乃海（６勝４敗）, ○栃乃華－土佐之鷹●, ○若嶋灘　押し出し　琴乃峰●: a bout's line with the
# marks of the winner and the loser (○, ●), the technique between them, after or in brackets after the winner
# (○大雪嶺（押し出し）●若鷲), each side's record in brackets or none
_RECORD = r"(?:[（(][0-9０-９]{1,2}勝(?:[0-9０-９]{1,2}敗)?(?:[0-9０-９]{1,2}休)?[）)])?"
_MARKED_NAME = r"[\u4e00-\u9fff々ヶ]{1,2}(?:[の乃](?=[\u4e00-\u9fff々]))?(?:[\u4e00-\u9fff々ヶケ]|ノ(?=[\u4e00-\u9fff々])){1,5}"  # 千代の浦
_MARKED = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME}){_RECORD}\s*[○●]\s*{_TECHNIQUE}?\s*[○●]\s*({_NAME}){_RECORD}"
                     rf"(?=[、。\s（(]|$)|[○●]({_NAME})[―－—-]({_NAME})[○●]"
                     rf"|[○●]({_MARKED_NAME}){_RECORD}[\s　]+{_TECHNIQUE}[\s　]+({_MARKED_NAME}){_RECORD}[○●]"
                     rf"|[○●]({_NAME})[（(]{_TECHNIQUE}[）)][○●]({_NAME})(?=[、。\s]|$)")  # ○大雪嶺（押し出し）●若鷲
# 関脇朝凪が大関霧乃城を寄り切り, 平幕蒼国は北斗錦にはたき込まれ: a bout told in a sentence, its winner and loser in
# their slots around the technique (a ring name may be a common word: 朝凪)
_BOUT_TOLD = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])(?:{_RANK})?({_NAME})が(?:{_RANK})?({_NAME})を{_TECHNIQUE}"
                        rf"|(?<![\u4e00-\u9fff々ヶノ])(?:{_RANK})?({_NAME})は(?:{_RANK})?({_NAME})に[\u4e00-\u9fffぁ-ん]{{0,6}}?"
                        r"(?:出さ|切ら|込ま|投げら|倒さ|落とさ|ひねら|寄せら|返さ|吊ら|つら)れ")
_RANKED_AT = re.compile(r"(?:横綱|大関|関脇|小結|平幕|十両|幕下|前頭|枚目|筆頭)$")
# 境川部屋の豊聖龍, モンゴル出身の海鵬: a wrestler after his stable, his home or his group and の
_OF = re.compile(rf"(?:部屋|出身|一門)の({_NAME}){_AFTER}")
# 翠竜の新入幕, 海鵬の初優勝: a name before a step of a wrestler's career
_STEP = re.compile(rf"(?<![\u4e00-\u9fff々ヶノ])({_NAME})の(?:新入幕|新十両|新三役|(?:大関|横綱|十両)昇進|初優勝|"
                   r"勝ち越し|休場|引退|断髪式)")
_NOT_NAME = frozenset("同 両 各 全 元 新 前 現 次 歴代 若手 上位 下位 人気 期待".split())


def ring_names(line: str, toks: Toks, free) -> list[Name]:
    """The wrestlers' and masters' names of one line of a sumo article (see the module's doc)."""
    out: list[Name] = []
    busy: list[tuple[int, int]] = []

    def add(s: int, e: int) -> None:
        if line.endswith("親方", s, e) and e - s > 3 or line.endswith("関", s, e) and e - s > 2:
            e -= 2 if line[e - 1] == "方" else 1  # 朝日嶺親方: the honorific is no part of the name
        word = line[s:e]
        if word in _NOT_NAME or any(a < e and s < b for a, b in busy) or not free(s, e):
            return
        if word[-1] in "後前中" and e - 1 in toks.starts and s < e - 1:
            return  # 取組後は「…」: a time after a word of its own, no wrestler
        out.append(Name(s, e, word, False))
        busy.append((s, e))

    for m in _POINTED.finditer(line):
        add(*m.span(1))
    for m in _RANK_OF.finditer(line):
        if not _one_common_word(toks, *m.span(1)) and not _NOT_RING.search(m.group(1)):
            add(*m.span(1))
    for m in _GLUED.finditer(line):
        if not _NOT_RING.search(m.group(1)) and not _one_common_word(toks, *m.span(1)):
            add(*m.span(1))
    if "ノ" in line:
        for m in _NO_JOINED.finditer(line):
            add(*m.span(1))
    for m in _STABLE.finditer(line):
        if not _one_common_word(toks, *m.span(1)):
            add(*m.span(1))
    for m in _PROFILE.finditer(line):
        add(*m.span(1))  # (雷光, a common word: the profile's shape says it is his name)
    for m in _AGED.finditer(line):
        if line[m.end(1) - 1] not in _PERSON_WORD_END:
            add(*m.span(1))  # (若潮, a common word, but no word for a person: 男性（30）, 会社員（41）)
    for m in _SPEAKS.finditer(line):
        if (line[m.end(1) - 1] not in _PERSON_WORD_END and not _one_common_word(toks, *m.span(1))
                and not m.group(1).endswith(("関", "親方")) and not _one_word_of(toks, *m.span(1), "地名")
                and not _NOT_RING.search(m.group(1))):  # (翠鵬関: `_SEKI`; 同事務所は: a body named again)
            add(*m.span(1))  # (親方は, 東京は: a word for a person, a place)
    for m in _BOUT.finditer(line):
        if not _one_common_word(toks, *m.span(1)):
            add(*m.span(1))  # (相手を押し出し: a common word)
    for rx in (_RESULT_LINE, _PAIRED, _PRIZE, _OF, _STEP, _MARKED, _BOUT_TOLD):
        for m in rx.finditer(line):
            for g in range(1, 9) if rx is _MARKED else (1, 2, 3, 4) if rx is _BOUT_TOLD else (
                    (1, 2) if rx.groups >= 2 else (1,)):
                if m.group(g) and not _NOT_RING.search(m.group(g)) and (  # (若潮 of a result line: a common word)
                        rx in (_RESULT_LINE, _PAIRED, _MARKED) or (rx is _BOUT_TOLD and _RANKED_AT.search(line, 0, m.start(g)))
                        or not _one_common_word(toks, *m.span(g))):  # (関脇朝凪が: a rank before it; not 横綱が相手を)
                    add(*m.span(g))
    for m in _SEKI.finditer(line):
        e = s = m.start()
        while s and _kanji(line[s - 1]) and e - s < 5:
            s -= 1
        if s and _kanji(line[s - 1]):
            continue  # a longer run of kanji: a word that ends so (入国管理機関)
        if s >= 2 and line[s - 1] == "の" and _kanji(line[s - 2]) and (s == 2 or not _kanji(line[s - 3])):
            s -= 2  # 大の里関: one kanji and の begin the name
        if e - s >= 2 and _word_starts(toks, e):
            add(s, e)  # (関 a word of its own: not 大関, 機関, 金融機関)
    return out


# 鳴門部屋, 伊勢ノ海部屋: a stable (an organisation); 白鵬山（宮城野）は: a stable in brackets after a wrestler
_STABLE_ORG = re.compile(r"(?<![\u4e00-\u9fff々ヶノ])([\u4e00-\u9fff々ヶ](?:[\u4e00-\u9fff々ヶ]|ノ(?=[\u4e00-\u9fff々])){0,4}部屋)")
_BRACKETED = re.compile(rf"(?<=[\u4e00-\u9fff々ヶ])[（(]([\u4e00-\u9fff々ヶ](?:[\u4e00-\u9fff々ヶ]|ノ(?=[\u4e00-\u9fff々])){{1,4}})[）)]"
                        r"(?=[はがをにとも、。]|\s|$)")
_NOT_STABLE = re.compile(r"^(?:同|各|相撲|子供|自分|部屋)|[都道府県市区町村]$|出身$|場所$|^(?:横綱|大関|関脇|小結|前頭|十両|幕下)")


def stables(line: str, free) -> list[tuple[int, int]]:
    """(start, end) of the stables of one line of a sumo article, where `free` allows: a name before 部屋, and a
    name in brackets right after a wrestler's that no place or body found already holds (白鵬山（宮城野）は; not
    （石川）, a prefecture the gazetteer knows)."""
    out = []
    for rx in (_STABLE_ORG, _BRACKETED):
        for m in rx.finditer(line):
            s, e = m.span(1)
            if not _NOT_STABLE.search(line[s:e]) and free(s, e) and (s, e) not in out:
                out.append((s, e))
    return out


def _word_starts(toks: Toks, at: int) -> bool:
    """A word starts at `at` (関 or 親方 is no part of the word before it)."""
    k = bisect_left(toks.starts, at)
    return k < len(toks) and toks.starts[k] == at


def _kanji(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch in "々ヶ"


def _one_common_word(toks: Toks, start: int, end: int) -> bool:
    """The words start..end are one word UniDic reads as a common noun (貫禄, 責任, 地位)."""
    k = bisect_left(toks.starts, start)
    return (k < len(toks) and toks.starts[k] == start and toks.ends[k] == end
            and toks.classes[k] in chars("pos1", "普通名詞"))


def _one_word_of(toks: Toks, start: int, end: int, pos2: str) -> bool:
    """The words start..end are one word of that class (地名: a place)."""
    k = bisect_left(toks.starts, start)
    return k < len(toks) and toks.starts[k] == start and toks.ends[k] == end and toks.pos2[k] == pos2
