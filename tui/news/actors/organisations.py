"""Organisations in any news, from their forms and their context.

- a run of nouns that ends in an organisation's suffix: 党, 省, 庁, 銀行, 大学, 委員会, 新聞, テレビ,
  通信, 機構, 連合, 協会, 自動車, ホールディングス, 高校, 小学校 …, 株式会社 and （株） (立憲民主党, 金融庁, 国際通貨基金,
  朝日新聞社, 東京地裁, 大阪府警); not a generic one (同党, 与党, 大手銀行, 中央銀行);
- an acronym in capitals (FRB, JICA), unless it is a common one (GDP, AI, CEO), one before a proper noun
  in katakana (NTTドコモ), and one after a town's name standing as a word (横浜FM, 東京MX);
- a sports club from its context: a word before 戦 (ドジャース戦), or before の and a player or manager
  (阪神の藤川監督); the same word elsewhere in the article is the club too.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .org_marks import area_end
from .statement_sign import stated
from .org_units import unit_tail
from .roles import trie
from .kana_heads import firm_kana_head, kana_named
from .tokens import Tok, Toks, chars
from .verbal_nouns import sitting

SUFFIXES = tuple(sorted((
    "党 省 庁 銀行 大学 大学院 委員会 新聞 新聞社 テレビ 放送 通信 通信社 機構 連合 協会 連盟 組合 会議所 研究所 総研 "
    "研究センター 取引所 証券 商事 物産 自動車 電力 電機 電工 電子 製作所 工業 重工業 ホールディングス グループ 生命 航空 運輸 郵便 "
    "郵船 製鉄 地裁 高裁 簡裁 地検 高検 区検 家裁 裁判所 府警 県警 道警 警察署 財団 基金 機関 学園 信用金庫 保険 鉄道 電鉄 ガス "
    "製薬 建設 不動産 商船 理事会 評議会 連合会 協議会 事務所 株式会社 病院 公社 公団 製菓 製パン 工務店 食品 酒造 書房 "
    "博物館 美術館 天文台 役所 役場 歌劇場 楽団 医大 産業 高校 高等学校 中学校 小学校 中学 高専 学院 幼稚園 保育園 議会 気象台 税関 局 "
    "消防本部 警察本部 代表部 運送 物流 倉庫 金属 化学 薬品 水族館 植物園 科学館 図書館 保安部 漁協 農協 "
    "精機 製紙 精工 工機 化成 紡績 製鋼 製粉 製糖 興業 興産 商会 交響楽団 管弦楽団 労働基準監督署 労基署 労組 電器 "
    "教委 HD ＨＤ 信金 附属病院 医療センター 大使館 総領事館 領事館 保健所 ジム 乳業 海運 汽船 商店 出版 工大 牧場 百貨店"
).split() + list("署警大高会課組屋堂園"), key=len, reverse=True))
# The longest suffix at a place, as the suffixes longest first; a suffix of one character UniDic writes as a
# word of its own (北海道 + 警, 工科 + 大, 高島 + 屋) only after a kanji or katakana and at a word's end, or
# before a role (元大林組副社長), and 課 only in 捜査２課; not in words that end so (大会, 社会, 円高, 売上高, 拡大, 番組): in a
# line with none, nothing is read.
# (Two patterns: as one alternation, re would read every character of a line through all the branches.)
_ANY_SUFFIX = re.compile(trie(s for s in SUFFIXES if len(s) > 1 or s in "党省庁"))
_BUREAU = re.compile(r"局(?<![当送薬結支終対難時戦政0-9０-９一二三四五六七八九十]局)(?<!事務局)")  # 国税局, not 当局, 結局, 放送局, 第3局
# (Two patterns again: as one alternation, whose branches start with a class and a character, re has no first
# characters to skip to and tries both at every character.)
# The kanji before 高 or 大 in words that end so and name no body (円高, 売上高, 過去最高; 拡大, 巨大, 莫大)
BEFORE_HIGH = "円最残割価株売高上来注銭物"
BEFORE_BIG = "拡最特巨増重強膨過甚広肥莫偉絶多盛寛倍等寸"
_ONE_SUFFIX = (re.compile(r"[署警大高会組屋堂園](?<=[\u4e00-\u9fffァ-ヺー].)(?:(?![\u4e00-\u9fff々])|(?=副|社長|会長|学長|"
                          r"教授|准教授|名誉教授|特任|特別教授|客員))(?<![大社機集再面総例国都教宴商学協開閉朝夜茶司照覧写明出書換]会)"
                          rf"(?<![{BEFORE_HIGH}]高)(?<![{BEFORE_BIG}]大)(?<![番仕取]組)"),
               re.compile(r"課(?<=[\u4e00-\u9fff]課)"))  # (捜査２課, 五島市観光課: `_UNIT_ONLY`)
_NOUNS = frozenset(("名詞", "接尾辞", "接頭辞"))
# A school's mark UniDic may read into the word before (桜 + 台中 + 学校, 江の島 + 台中 + 学校): the suffix then starts
# inside that word, its 学校 a word of its own
_GLUED_MARK = frozenset(("中学校", "小学校"))
_KIND_WORDS = frozenset("政党 官庁 省庁 与党 野党 悪党 残党 徒党".split())  # words for a kind of body, after any qualifier
_SYMBOLS = re.compile(r"[A-Za-z0-9&＆・ー]+")
# Generic heads: 同党, 与党, 大手銀行, 中央銀行 name no organisation of their own.
_GENERIC = frozenset((
    "同 与 野 各 両 本 当 他 自 政 新 旧 全 地方 大手 中央 民間 国立 私立 公立 外資 主要 関連 親 子 中小 地銀 "
    "系列 競合 米 日系 一部 複数 国内 海外 地元 都市 第三者 有識者 特別 首脳 閣僚 会 党 政府 国 県 市 区 町 村 "
    "府 都 道 外国 地域 友好 委員 小委員 分科 実行 野党 与党 政党 各党 両党 同社 自社 他社 当社 弊社 我が社 わが社 親会社 子会社 本社 支社 "
    "運営 関係 政府系 公的 民間 大型 新興 人権 政治 少数 官 友 省 庁 野 政 ため こと もの ところ よう "
    "詐欺 特殊詐欺 犯罪 武装 窃盗 強盗 県立 市立 都立 府立 道立 町立 村立 区立"
).split())
_GENERIC_WHOLE = frozenset((  # names of a kind, not of one organisation
    "国立大学 私立大学 公立大学 地方銀行 中央銀行 大手銀行 都市銀行 国際機関 金融機関 研究機関 教育機関 医療機関 "
    "報道機関 捜査機関 行政機関 関係機関 政府機関 専門機関 報道各社 航空会社 保険会社 証券会社 新聞社 通信社 "
    "民間企業 委員会 協議会 理事会 連合 機構 組合 協会 学会 政党 野党 与党 政府与党 大学院 研究所 大手証券 "
    "最大野党 第一党 第二党 研究グループ 企業グループ 地方自治体 労働組合 生命保険 損害保険 放送局 テレビ局 地裁 高裁 簡裁 地検 高検 区検 家裁"
).split())
_STATE = ("省", "庁", "局", "軍")
_PREFIXED = re.compile(r"テレビ(?:朝日|大阪|愛知|新広島|西日本|北海道)|(?:株式会社|有限会社)[ァ-ヺー]{2,}"
                       r"|[ァ-ヺーA-Za-z0-9\u4e00-\u9fff](?:[ァ-ヺーA-Za-z0-9\u4e00-\u9fff]|・(?=[ァ-ヺ]))+?[(（]株[)）]")  # ハーマン・インターナショナル(株)
_PROPER_ONLY = frozenset("運送 物流 倉庫 金属 化学 薬品 水族館 植物園 科学館 図書館 保安部 自動車 保険 ガス 鉄道 製薬 建設 不動産 電力 放送 工業 重工業 電機 電工 電子 証券 航空 運輸 商事 病院 "
                         "製菓 製パン 工務店 食品 酒造 書房 産業 事務所 取引所 署 大 高 会 議会 局 楽団 高校 高等学校 中学校 小学校 中学 高専 学院 幼稚園 "
                         "保育園 労組 電器 乳業 海運 汽船 商店 出版 牧場".split())
# Suffixes UniDic writes as a word of their own after a name (大林 + 組, 高島 + 屋, 伊藤 + 園, 北海道 + 警,
# 伊藤 + 園): the name is one proper noun right before them, never a common one (本屋, 動物園).
_AFTER_NAME = {"組": "", "屋": "", "堂": "", "園": "", "警": "地名"}
_UNIT_ONLY = {"課": re.compile("捜査[0-9０-９一二三四五]|.{1,5}[市県町村区][\u4e00-\u9fff]{2,6}")}  # 捜査２課, 五島市観光課;
# not 総務課 alone
# A party's prefectural chapter or a university's faculty after a body's name: one body with it (自民党新潟県連,
# 蒼嶺大学医学部), as the sets label them; not a branch the recognisers find (…銀行白峰支店: 同署 and 同支部 read after
# it find the body named before)
_BRANCH = re.compile(r"[\u4e00-\u9fff]{2,3}県連(?:合)?|[\u4e00-\u9fff]{1,4}学部")
_LEAD = frozenset("元 前 旧 現 故".split())  # 元大林組副社長: the organisation after 元
# What may follow an organisation's name in the same run of nouns: a role in it (元大林組副社長, 京北大学教授), or
# where one comes from (三友銀行出身).
_ROLE = re.compile(r"(?:副|首席|元|前|新|名誉|特任|特別|客員)?(?:社長|会長|学長|総長|教授|准教授|講師|助教|研究員|指揮者|監督|理事長|理事|"
                   r"頭取|部長|課長|局長|長官|院長|館長|所長|委員長|委員|議員|職員|社員|記者|顧問|医師|専務|常務|"
                   r"取締役|幹部|代表|担当者|広報|報道官|関係者|選手|投手|コーチ|学芸員|研究者|学生|捜査員|署長|本部長|出身|OB|OG)+")
_ROLE_END = re.compile(f"(?:{_ROLE.pattern})$")
_WORD_CHAR = re.compile(r"[\u4e00-\u9fff々ヶァ-ヺー]")  # a character a name may go on from
_ORDINAL = re.compile(r"第?[0-9０-９一二三四五六七八九十百]+")
# Suffixes that make kinds of a common katakana word (ペット保険, ゲーム産業, ロボット工業): with those, a katakana
# word names a company only when UniDic reads it as a proper noun (ソニー生命保険).
_KATA_KINDS = frozenset("産業 保険 工業 食品".split())
_COMMON_KATA = re.compile(r"[ァ-ヺー]+")
_NAME_WORD = re.compile(r"[ァ-ヺー・A-Za-z0-9&＆]+")
_UNITS = frozenset("特捜部 本部 本店 支店 支社 本社 事務局 広報部 総裁 会長 社長 幹部 執行部 側 傘下 系列".split())
_KATA_CHAR = re.compile(r"[ァ-ヺー]")
_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff々]")
# (the look-behind after the first letter: the regex engine then skips to capitals in C, six times faster)
_MODEL = re.compile(r"[-‐－][0-9]")  # after letters: a model's number (KT-3)
_ACRONYM = re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Z0-9&]{1,7}(?![A-Za-z0-9])")
# A football club's mark after or before its town's name in kanji or katakana, the town two to five characters
# that follow no other such character (北浜FC, FC東京, FC播磨ヴェルデ with its name after the town; not the letters
# alone, nor 全日本FC選手権's 全日本).
_CLUB_MARK = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])(?:[\u4e00-\u9fff々ァ-ヺー]{2,5}(?:FC|SC)(?![A-Za-z0-9])"
                        r"|(?<![A-Za-z0-9])FC[\u4e00-\u9fff々]{2,4}(?:[ァ-ヺ][ァ-ヺー]{1,9})?(?=[・はがをにとのも、。\s」）]|$)"
                        r"|(?<![A-Za-z0-9])FC[ぁ-ゖァ-ヺー]{2,6}(?=[・はがをにとのも、。\s」）]|$))")  # (FCあずみの: a name in kana)


def club_town(name: str) -> str | None:
    """The town of a club named with its mark (北浜 of 北浜FC, 東京 of FC東京, 播磨 of FC播磨ヴェルデ), else None."""
    m = _CLUB_MARK.fullmatch(name)
    if m is None:
        return None
    return re.sub(r"(?<=[\u4e00-\u9fff々])[ァ-ヺー]+$", "", name[2:]) if name.startswith("FC") else name[:-2]  # (播磨 of
    # FC播磨ヴェルデ)


_COMMON_ACRONYMS = frozenset((
    "GDP AI ATM CEO CFO COO IT DX EV PC SNS USB NISA OS TV CM PR ID IC LNG CPI PCR DNA RNA GPS NG OB OG CD DVD "
    "BS CS KO TKO MVP OK ICT IOT VR AR EC TOB M&A PER PBR ROE ESG SDGS IPO ETF FX GX LGBT LGBTQ NPO NGO WBC "
    "JR JA GP PK FK CK VAR HR PM AM BMI MRI CT IPS UFO SF SUV EU US UK UN G7 G20 ATP WTA LPGA PGA NBA MLB NFL "
    "W HIV ADHD COVID SARS MERS PFAS PFOS PFOA MBA PhD DJ MC GK FW MF DF DH SB CB QB RB WR SS LB RBI ERA OPS HC GM"
).split())
COMMON_ACRONYMS = _COMMON_ACRONYMS
POSITIONS = frozenset("GK FW MF DF DH SB CB QB RB WR SS LB SO SH FB WTB CTB FL LO PR HO".split())  # a player's, before the name: GK大迫
ROLE_ACRONYMS = POSITIONS | frozenset("CEO CFO COO".split())  # before a person's name
# `line_orgs` finds nothing in a line none of these matches (each of `_PREFIXED` holds テレビ, 株 or 有限会社)
# A company named in katakana or letters before 社, as a word (ユーロローンチ社によると, 米ボーイング社の; not 同社, 商社)
_NAMED_SHA = re.compile(r"(?<![ァ-ヺー・A-Za-z])(?:[ァ-ヺ][ァ-ヺー]{2,}(?:・[ァ-ヺ][ァ-ヺー]+)*|[A-Z][A-Za-z&]{1,})(?=社"
                        r"(?:[はがもをにのとへや、。でから（(「]|$))")  # (the name without 社, as the gold sets write it)
ORG_SIGNS = (_ANY_SUFFIX, *_ONE_SUFFIX, _BUREAU, *(re.compile(w) for w in ("テレビ", "株", "有限会社")), _ACRONYM,
             re.compile(r"社(?<=[ァ-ヺーA-Za-z&]社)"))  # (`_NAMED_SHA`'s rare end: searched for at 社 only)
_NAMEISH = re.compile(r"[ァ-ヺー・A-Za-z0-9＆&]+|[\u4e00-\u9fff々]+")


_KATA_ONLY = re.compile(r"[ァ-ヺー]+")
_KATA_OR_KANJI = re.compile(r"[ァ-ヺー]+|[\u4e00-\u9fff々]")  # (赤松 + 沢, UniDic's 沢 a symbol, + 小学校)


def _nounish(toks: Toks, k: int) -> bool:
    """A word an organisation's name may hold: a noun, prefix or suffix (not a number), or letters."""
    pos = toks.pos[k]
    if pos in _NOUNS:
        return toks.pos1[k] != "数詞" or pos == "名詞"
    # A katakana character UniDic reads as a symbol (カ of カジマ精機, read as the counter ヵ) is a letter, and so is
    # one it reads as any word right before more katakana (カ + ジマ: an adverb after 。).
    surface = toks.surfaces[k]
    return bool(_SYMBOLS.fullmatch(surface)) or (pos == "記号" and _KATA_OR_KANJI.fullmatch(surface) is not None) or (
        len(surface) == 1 and _KATA_ONLY.fullmatch(surface) is not None and k + 1 < len(toks)
        and toks.starts[k + 1] == toks.ends[k] and _KATA_ONLY.match(toks.surfaces[k + 1]) is not None)


def company_key(line: str, s: int, e: int) -> str:
    """The key an organisation at line[s:e] is filed under: with 社 when 社 follows a name in katakana or letters
    (ボーイング社: the span is the name, as the gold sets mark it; the company goes by the name with 社), else as written."""
    named = _NAMED_SHA.match(line, s)
    return line[s:e] + "社" if named is not None and named.end() == e else line[s:e]


def line_orgs(line: str, toks: Toks, free, heads: dict[int, tuple[int, bool]]) -> list[tuple[int, int]]:
    """Organisations in one line by their suffix and acronyms: (start, end) where `free` allows, or
    headed by a country or place of `heads` (start: (end, a country?) of the places the gazetteer found)."""
    out: list[tuple[int, int]] = []
    done = -1
    ends = sorted(m.end() for rx in (_ANY_SUFFIX, *_ONE_SUFFIX, _BUREAU) for m in rx.finditer(line)
                  if line[m.end():m.end() + 1] != "生")  # 高校生, 大学生: a pupil, a student
    for m_end in ends:  # only the runs of nouns that hold a suffix are read
        k = bisect_left(toks.ends, m_end)
        if k >= len(toks) or k <= done:
            continue
        word = toks.surfaces[k]
        if len(word) > 1 and word[-1] in "党省庁" and toks.pos1[k] == "普通名詞" and (
                toks.pos2[k] == "サ変可能" or word in _KIND_WORDS or not k or toks.ends[k - 1] != toks.starts[k]
                or not _nounish(toks, k - 1)):
            continue  # a common word that ends so (反省, 帰省, 悪党, 地域政党, 関係省庁), not a name's (みらい新党)
        i, j = k, k + 1
        while i > 0 and (_nounish(toks, i - 1) or _gan(toks, i - 1) or _name_no(toks, i - 1)) and toks.ends[i - 1] == toks.starts[i] and not (
                i - 1 < k - 1 and toks.pos2[i - 1] == "副詞可能") and not sitting(toks, i - 1):
            i -= 1  # (昨年大阪府警: a time before the name, not 毎日新聞; 9月定例県議会: a sitting's date and kind)
        while j < len(toks) and _nounish(toks, j) and toks.starts[j] == toks.ends[j - 1]:
            j += 1
        done = j - 1
        if not _nounish(toks, i):
            i += 1
        while (i > 0 and toks.ends[i - 1] == toks.starts[i] and _KATA_RUN.fullmatch(toks.surfaces[i - 1])
               and (i == k or _KATA_CHAR.match(toks.surfaces[i]))):
            i -= 1  # ナガオ製作所, シラナミ重工: a name of katakana UniDic cuts into words it reads otherwise, whole
        kana = firm_kana_head(line, toks, i, k) if line.endswith(_FIRMS, 0, m_end) else i  # (備後ともえ銀行, しただ信用金庫: a
        # firm's name with a word in hiragana UniDic cuts into
        if kana < i:  # particles), and the words of the name before it (中歌 + みなと町内会)
            i = kana
            while i > 0 and _nounish(toks, i - 1) and toks.ends[i - 1] == toks.starts[i] and not sitting(toks, i - 1):
                i -= 1
        if i < k and toks.surfaces[i].isascii() and toks.surfaces[i].isdigit() and toks.pos2[i + 1] != "数詞" and (
                "助数詞" not in toks.pos3[i + 1] and "助数詞" not in toks.pos2[i + 1]):
            i += 1  # ①熊谷桜丘高 (1熊谷… in NFKC): a number that counts nothing before a name is a ranking's place
        out += _split(line, toks, i, j, free, heads)
    # (Both searches only where their words are: opening with a class or a look-behind, each is tried at every place.)
    for m in _PREFIXED.finditer(line) if "株" in line or "テレビ" in line or "有限会社" in line else ():  # テレビ朝日,
        if free(*m.span()) and not _inside(out, m.start()):  # 株式会社ミライテック, トヨタ（株）
            out.append(m.span())
    for m in _NAMED_SHA.finditer(line) if "社" in line else ():  # ユーロローンチ社, ボーイング社
        if free(*m.span()) and not _inside(out, m.start()):
            out.append(m.span())
    for m in _CLUB_MARK.finditer(line) if "FC" in line or "SC" in line else ():  # 北浜FC, 横浜FC, FC東京, 北浜SC: a
        s, e = m.span()  # club's mark with its town
        if free(s, e) and not _inside(out, s):
            out.append((s, e))
    for m in _ACRONYM.finditer(line):
        if _inside(out, m.start()) or _PERSON_AFTER.match(line, m.end()) or _MODEL.match(line, m.end()):
            continue  # (ＨＩＲＯＴＯ（２２）, ＲＥＮ＝本名・…: a stage name before an age or a real name; KT-3: a model)
        area = area_end(line, toks, m.start(), m.end())
        if area:  # JA奥津, JF鷹取: a group's mark and its area
            if free(m.start(), area):
                out.append((m.start(), area))
            continue
        if _KATA_CHAR.match(line[m.end():m.end() + 1]):  # NTTドコモ, LINEヤフー: with a proper noun of katakana
            e = _proper_kata_end(line, toks, m.end())
            if e and free(m.start(), e) and not _inside(out, m.start()):
                out.append((m.start(), e))
            continue
        if _KANJI_CHAR.match(line[m.end():m.end() + 1]):
            continue  # part of a longer name (JR東海)
        if line[m.end():m.end() + 1] == "・" and _KATA_CHAR.match(line[m.end() + 1:m.end() + 2]) and len(m.group()) <= 2:
            continue  # a person's initials (JP・モローニ)
        if m.start() >= 2 and line[m.start() - 1] in "(（" and _KATA_CHAR.match(line[m.start() - 2]) and free(
                m.start() - 2, m.start() - 1) and not any(e == m.start() - 1 for _, e in out):
            continue  # プレイステーション(PS): the short form of the word before, which is no body
        if m.group() not in _COMMON_ACRONYMS and free(*m.span()) and not _inside(out, m.start()):
            town = _town_before(line, toks, m.start())
            out.append((town if town is not None and free(town, m.start()) else m.start(), m.end()))
    # 米マサチューセッツ工科大, 英オックスフォード大: a country's one kanji before a name in katakana is no part of it
    return sorted((s + 1, e) if line[s] in _COUNTRY_MARKS and _KATA_CHAR.match(line[s + 1:s + 2]) and e - s > 3 else (s, e)
                  for s, e in out)


_COUNTRY_MARKS = frozenset("米英仏独露中韓豪伊印加蘭")
_KATA_RUN = re.compile(r"[ァ-ヺ][ァ-ヺー]*")  # a word all of katakana
FORCES = ("県警", "府警", "道警", "警視庁")  # police forces, before their stations
_KINDS_FIRST = ("株式会社", "有限会社")
_FIRM_KIND_WORDS = frozenset("会社 メーカー 大手 最大手 商社 酒蔵 老舗".split())  # a firm's kind, written before its name  # a company's kind written before its name
# The suffixes of firms' names, whose heads may be a word in hiragana (ひばり乳業, しただ信用金庫; not a school's or a club's)
_FIRMS = tuple(sorted(set(_PROPER_ONLY) - set("署 大 高 会 議会 局 楽団 高校 高等学校 中学校 小学校 中学 高専 学院 幼稚園 保育園 "
                                             "労組 水族館 植物園 科学館 図書館 保安部 病院".split())
                      | {"銀行", "信用金庫", "信金", "証券", "生命", "商事", "物産", "書房"}))


def _town_before(line: str, toks: Toks, at: int) -> int | None:
    """The start of a town's name (UniDic's place, not a country) glued before letters at `at` and standing as a
    word of its own (横浜FM, 東京MX: the town is the name's), else None."""
    k = bisect_left(toks.ends, at)
    if k >= len(toks) or toks.ends[k] != at or toks.pos2[k] != "地名" or toks.pos3[k] == "国":
        return None
    s = toks.starts[k]
    return s if not s or not (_KANJI_CHAR.match(line[s - 1]) or _KATA_CHAR.match(line[s - 1])) else None


def _proper_kata_end(line: str, toks: Toks, at: int) -> int:
    """The end of a katakana word at `at` UniDic reads as a proper noun, neither a person's nor a place's
    name, and a word of its own; 0 if none."""
    k = bisect_left(toks.starts, at)
    if k >= len(toks) or toks.starts[k] != at or toks.pos1[k] != "固有名詞" or toks.pos2[k] in ("人名", "地名"):
        return 0
    e = toks.ends[k]
    return e if _KATA_CHAR.fullmatch(line[e - 1]) and not _KATA_CHAR.match(line[e:e + 1]) else 0


def _gan(toks: Toks, k: int) -> bool:
    """が + ん, UniDic's cut of がん (国立がん研究センター): a noun of the name."""
    surf = toks.surfaces
    return (surf[k] == "ん" and k > 0 and surf[k - 1] == "が") or (surf[k] == "が" and k + 1 < len(toks) and surf[k + 1] == "ん")


def _name_no(toks: Toks, k: int) -> bool:
    """乃, 之 or ノ read as the particle の between two words of a name, glued on both sides (嵯峨 + 乃 + 堂製菓,
    花 + 乃 + 舎): a part of the name, as names write it."""
    return (toks.surfaces[k] in ("乃", "之", "ノ") and toks.pos[k] == "助詞" and 0 < k < len(toks) - 1
            and toks.ends[k - 1] == toks.starts[k] and _nounish(toks, k - 1)
            and _KANJI_CHAR.match(toks.surfaces[k - 1][-1]) is not None)


def _split(line: str, toks: Toks, i: int, j: int, free, heads) -> list[tuple[int, int]]:
    """The organisations a run of nouns (words i to j) is made of: the one it ends with, or one before a
    unit of it (大阪地検特捜部) or a role in it (元大林組副社長), or one after another (千葉県警松戸署)."""
    starts, ends = toks.starts, toks.ends
    for m in range(i + 1, j - 1):  # 森友学園・加計学園: two organisations a ・ lists, each ending in a suffix
        if toks.surfaces[m] == "・" and line[starts[i]:ends[m - 1]].endswith(SUFFIXES):
            first = _split(line, toks, i, m, free, heads)
            if first:
                return first + _split(line, toks, m + 1, j, free, heads)
    while i < j - 1 and (toks.surfaces[i] in _LEAD or (toks.pos2[i] == "副詞可能" and _ROLE_END.search(
            line, starts[i], ends[j - 1]) is not None)):
        i += 1  # 元大林組, 現在京北大学教授: the organisation is after 元, or 現在 before a role (not 毎朝 of 毎朝新聞)
    for n in range(i + 1, j):  # a name after an organisation: 千葉県警 + 松戸署, 警視庁 + 捜査２課
        if (toks.pos1[n] == "固有名詞" or toks.surfaces[n] == "捜査") and line[starts[i]:ends[n - 1]].endswith(SUFFIXES):
            got = _suffixed(line, toks[i:n], free, heads)
            rest = _suffixed(line, toks[n:j], free, {}) if got else []
            if rest and rest[0][0] == toks.starts[n]:
                return _kind_first(line, got, rest)
    for n in range(j, i, -1):
        tail = line[starts[n]:ends[j - 1]] if n < j else ""
        line_of = bool(tail) and _LINE_OF.fullmatch(tail) is not None and line.endswith(_RAILWAYS, starts[i], ends[n - 1])
        year = bool(tail) and _SCHOOL_YEAR.fullmatch(tail) is not None and line.endswith(_SCHOOLS, starts[i], ends[n - 1])
        branch = bool(tail) and _BRANCH.fullmatch(tail) is not None and (
            not tail.endswith("学部") or line.endswith(("大学", "大"), starts[i], ends[n - 1]))  # 豊後中央信用金庫 + 佐伯支店,
        # 蒼嶺大学 + 医学部 (a university's faculty; a school's 科学部 is a club)
        if (tail and tail not in _UNITS and not _ROLE.fullmatch(tail) and not tail.endswith(SUFFIXES) and not unit_tail(tail)
                and not line_of and not year and not branch):
            continue
        if not line[starts[i]:ends[n - 1]].endswith(SUFFIXES):
            continue  # no organisation ends there: not worth the words' tuples
        got = _suffixed(line, toks[i:n], free, heads)
        if got and branch and got[-1][1] == starts[n] and free(got[-1][0], ends[j - 1]):
            return got[:-1] + [(got[-1][0], ends[j - 1])]  # a branch, a chapter or a faculty: one body with its own
        if got:
            if not tail or tail in _UNITS or _ROLE.fullmatch(tail) or unit_tail(tail) or line_of or year:
                return got  # (山陰こだま鉄道 + こだま線: a railway, then one of its lines)
            rest = _split(line, toks, n, j, free, heads)
            if rest:
                return _kind_first(line, got, rest)
    return []


def _kind_first(line: str, got: list[tuple[int, int]], rest: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two organisations read one after another, or one when the first ends in a company's kind written before its
    name (金物卸株式会社 + 山路商店: 株式会社山路商店, its trade before it no part of it) or is a police force before
    one of its stations (静岡県警 + 沼津署)."""
    gs, ge = got[-1]
    if line.endswith(_KINDS_FIRST, gs, ge) and rest[0][0] == ge:
        return got[:-1] + [(ge - 4, rest[0][1])] + rest[1:]
    if line.endswith(FORCES, gs, ge) and rest[0][0] == ge and line[rest[0][1] - 1] == "署":
        return got[:-1] + [(gs, rest[0][1])] + rest[1:]  # 静岡県警沼津署: a force's station, one body
    return got + rest


# A pupil's or a student's year after the school's name (…中学校３年の, …大学２年生): no part of the name
_SCHOOLS = ("学校", "高校", "中学", "大学", "高専", "学院", "学園")
_SCHOOL_YEAR = re.compile(r"[0-9]{1,2}年生?")
# A railway's line after the railway's name (…鉄道こだま線, …電鉄本線): no part of the body's name.
_RAILWAYS = ("鉄道", "電鉄")
_LINE_OF = re.compile(r"[\u4e00-\u9fff々ぁ-ゖァ-ヺー]{1,6}線")


_PERSON_AFTER = re.compile(r"[（(][0-9０-９]{1,3}[）)]|[=＝]本名")  # an age in brackets, a real name after ＝本名


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(s <= at < e for s, e in spans)


def _suffixed(line: str, run: list[Tok], free, heads: dict[int, tuple[int, bool]]) -> list[tuple[int, int]]:
    """The organisation a run of nouns ends with, if its last words are an organisation's suffix."""
    start, end = run[0].start, run[-1].end
    text = line[start:end]
    if not text.endswith(SUFFIXES):
        return []
    for suffix in SUFFIXES:
        if text.endswith(suffix) and (any(t.start == end - len(suffix) for t in run) or (
                suffix in "党省庁" and len(run[-1].surface) > 1) or (  # みらい新党: 新党 is one word
                suffix in _GLUED_MARK and any(t.start == end - 2 for t in run[1:]))):  # 桜 + 台中 + 学校
            break
    else:
        return []
    # A place the gazetteer found may head the name (日本サッカー協会, 東京消防庁, 全日本柔道連盟), but a
    # country before a state's ministry is the country's (中国外務省: China, and its 外務省).
    if len(run) > 3 and run[0].pos3 == "姓" and run[1].pos3 == "名" and run[2].start < end - len(suffix):
        run = run[2:]  # 柳川範之東京大学: a name, then the body (not 筑後 + ひばり + 小学校: UniDic's name is the school's)
        start = run[0].start
    k = 0
    while k < len(run) and not free(run[k].start, end):
        k += 1
    if k == len(run):
        return []
    p = start
    while p < run[k].start:
        if p in heads and not (heads[p][1] and suffix in _STATE and suffix != "省" and (end - heads[p][0] <= 4 or suffix == "局")):
            p = heads[p][0]
        elif free(p, p + 1):
            p += 1
        else:
            break
    countrys = p != run[k].start and p in heads and heads[p][1]  # 中国 + 国家統計局: a state's body
    if p != run[k].start:
        start = run[k].start
    elif (suffix in _PROPER_ONLY and start in heads and heads[start][1] and heads[start][0] < end
          and _KATA_CHAR.match(line[heads[start][0]])):
        start = heads[start][0]  # 韓国 + サムスン電子: a company's country before its name
    if "・" in line[start:end]:  # 最大野党・国民党: the name is after the last ・ between kanji
        dot = line.rfind("・", start, end)
        if not (_KATA_CHAR.match(line[dot - 1]) and _KATA_CHAR.match(line[dot + 1])):
            start = dot + 1
    for t in run:  # 酒販店 + マルイチ岩船商店, 子会社 + 六甲ラバー化成: the kind of firm before its name is none of it
        if start <= t.start and t.end < end - len(suffix) and (t.surface in _FIRM_KIND_WORDS or (
                t.surface == "店" and t.pos == "接尾辞")) and not line.endswith(("株式", "有限"), 0, t.start) and all(
                u.pos1 == "普通名詞" or u.pos == "接尾辞" for u in run if start <= u.start < t.start):
            start = t.end  # (not 霞城百貨店労働組合: a name, then its 店)
    head = line[start:end - len(suffix)]
    if not head or (head in _GENERIC and (suffix, head) != ("天文台", "国立")) or line[start:end] in _GENERIC_WHOLE or (
            suffix == "局" and _ORDINAL.fullmatch(head)):
        return []  # 同党, 中央銀行, 第２局 (a game of a match; but 第一生命, 第四銀行 are names)
    said = (stated(line, end) and start == run[0].start and len(head) >= 3
            and not _WORD_CHAR.match(line[start - 1:start]))  # (not 所属事務所は, nor a name's tail: 瀬戸内 + ケミカル工業)
    if suffix in _PROPER_ONLY and not countrys and not said and not kana_named(line, start, run) and not any(  # 電気自動車, 損害保険: kinds of
        # thing; トヨタ自動車, 東京電力: names; a kind of thing states nothing (北光記念病院は「…」とのコメントを出した)
            t.pos1 == "固有名詞" or (_NAME_WORD.fullmatch(t.surface) and not (
                suffix in _KATA_KINDS and _COMMON_KATA.fullmatch(t.surface)))
            for t in run if start <= t.start < end - len(suffix)):
        return []
    if suffix in ("グループ", "事務所") and line[end:end + 1] == "「" and not any(
            t.pos1 == "固有名詞" for t in run if start <= t.start < end - len(suffix)):
        return []  # アイドルグループ「…」, 芸能事務所「…」: a kind, the name is in the quotes
    if suffix == "大" and any(t.pos2 == "人名" for t in run if start <= t.start):
        return []  # 千賀滉大: a given name's last kanji
    if suffix == "高" and not (len(run) > 1 and run[-1].surface == "高" and run[-2].pos1 == "固有名詞" and run[-2].pos2 != "人名"
                              and run[-2].pos3 != "国" and _KANJI_CHAR.fullmatch(run[-2].surface[-1])):
        return []  # 興南高, 智弁和歌山高: a school; not ドル高, 日本高, 佐藤高
    if (suffix in ("グループ", "病院") and len(head) < 2) or (suffix == "機関" and len(head) < 4):
        return []
    if suffix in _AFTER_NAME:
        last = run[-2] if len(run) > 1 and run[-1].surface == suffix else None
        if (last is None or last.start != start or last.pos1 != "固有名詞" or last.pos3 == "国"
                or len(last.surface) < 2 or _AFTER_NAME[suffix] not in ("", last.pos2)):
            return []
    if suffix in _UNIT_ONLY and not _UNIT_ONLY[suffix].fullmatch(head):
        return []
    return [(start, end)]
