"""The titles, roles and honorifics that follow a person's name (石破首相, 山田容疑者, 鈴木さん), and an age
in brackets, which marks a person too: one regex over a text finds them all (`title_spans`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# Roles and honorifics that follow a person's name, longest first where one holds another.
_ROLES = (
    "さん さま 様 氏 君 くん ちゃん 容疑者 被告人 被告 受刑者 死刑囚 選手 投手 捕手 内野手 外野手 監督 コーチ ヘッドコーチ 主将 騎手 "
    "名人 竜王 王将 棋聖 王位 九段 八段 七段 教授 准教授 名誉教授 学長 総長 理事長 院長 医師 弁護士 記者 作家 "
    "会長兼社長 会長 副会長 社長 副社長 専務 常務 取締役 頭取 会頭 代表取締役 代表幹事 共同代表 代表委員 代表 "
    "最高経営責任者 最高顧問 顧問 総裁 副総裁 首相 副首相 総理大臣 総理 大臣 大統領 副大統領 幹事長 委員長 副委員長 "
    "議員 議長 副議長 知事 市長 町長 村長 区長 副知事 副市長 副町長 副村長 副区長 官房長官 長官 執行委員長 中央執行委員長 外相 財務相 防衛相 法相 農相 厚労相 文科相 経産相 "
    "国交相 環境相 総務相 経済再生相 経済産業相 防災相 デジタル相 国防相 農水相 復興相 国務長官 国防長官 財務長官 "
    "報道官 大統領報道官 事務総長 事務局長 事務局次長 事務次長 事務局長補 事務総長補 事務次長補 局長 部長 副部長 党副部長 課長 支店長 所長 館長 署長 編集長 国家主席 主席 "
    "総統 書記長 総書記 党首 政調会長 総務会長 選対委員長 国対委員長 審議委員 国務委員 政治局委員 政治局常務委員 中央委員 常任委員 財務官 事務次官 次官 大使 特使 補佐官 "
    "座長 専務理事 理事 チーフエコノミスト エコノミスト アナリスト 室長 団長 裁判長 検事総長 欧州委員長 最高指導者 "
    "夫妻 両氏 司令官 参謀総長 元首相 前首相 元大統領 前大統領 次期大統領 元幹事長 前幹事長 元政調会長 前外相 "
    "都知事 府知事 県知事 都議 府議 県議 市議 町議 区議 前知事 前市長 元社長 前社長 元会長 前会長 元代表 前代表 元監督 前監督 元議員 元外相 前議長 新社長 新会長 CEO COO CFO "
    "助教 講師 教諭 先生 校長 教頭 副校長 特別教授 特任教授 客員教授 主任教授 特任准教授 客員准教授 上席研究員 主任研究員 研究員 特別顧問 名誉会長 相談役 "
    "特任助教 特任講師 特任研究員 客員研究員 特別研究員 専任講師 非常勤講師 主任研究官 研究官 "
    "アナウンサー チームリーダー グループリーダー HC GM 董事長 二冠 三冠 四冠 五冠 六冠 七冠 八冠 "
    "裁判官 判事 検事 検察官 次席検事 検事正 副検事 弁護人 主任弁護人 弁護団長 書記官 判事補 博士 執行役員 専務執行役員 常務執行役員 上席執行役員 州首相 州知事 "
    "上級副社長 上級副会長 上級顧問 上級研究員 最高執行責任者 最高財務責任者 最高技術責任者 "
    "経済相 内相 文化相 保健相 教育相 労働相 運輸相 通商相 商務相 貿易相 エネルギー相 農業相 観光相 科学相 産業相 司法相 内務相 蔵相 "
    "調教師 執行役 代表執行役 ファンドマネジャー ファンドマネージャー ストラテジスト チーフストラテジスト シニアストラテジスト シニアエコノミスト シニアアナリスト "
    "統一相 環境相 情報相 外交部長官 外交部長 外務次官 国防次官 財務次官 国務次官 親方 行政院長 国会議長 通商代表 "
    "委員 鉄道相 国防相 外務相 石油相 鉱業相 "
    # the ministers' full titles, as broadcast news writes them (岩田外務大臣)
    "外務大臣 防衛大臣 財務大臣 法務大臣 総務大臣 文部科学大臣 厚生労働大臣 農林水産大臣 経済産業大臣 国土交通大臣 "
    "環境大臣 デジタル大臣 復興大臣 内閣総理大臣 副大臣 政務官 官房副長官 国家公安委員長 "
    # the ministers' titles written in full with 相 (松下文部科学相), and a member of a house named by it (岡衆院議員)
    "文部科学相 厚生労働相 国土交通相 農林水産相 経済財政相 経済安全保障相 沖縄北方相 少子化相 地方創生相 行政改革相 "
    "拉致問題相 担当相 衆院議員 参院議員 衆議院議員 参議院議員 元衆院議員 前衆院議員 元参院議員 前参院議員 都議会議員 "
    "府議会議員 県議会議員 市議会議員 町議会議員 村議会議員 区議会議員 下院議員 上院議員 元下院議員 元上院議員 州議会議員 "
    # the heads of local offices, branches and crews, as local news writes them (大森船長, 西村組合長)
    "支社長 支局長 支部長 本部長 副本部長 工場長 病院長 教育長 消防長 駅長 店長 園長 船長 機長 組合長 隊長 次長 "
    "副署長 副所長 センター長 "
    # the titles and ranks of shogi, go and karuta players (藤代竜王, 朴英勲九段, 鴨川女流三段, 白峰クイーン), of
    # a master (春雨亭柳朝師匠) and of an astronaut (沖田飛行士)
    "六段 五段 四段 三段 二段 初段 十段 新四段 新五段 叡王 王座 棋王 碁聖 天元 本因坊 名誉碁聖 名誉王座 永世名人 "
    "女流名人 女流王位 女流王座 女流王将 女流棋聖 女流本因坊 女流初段 女流二段 女流三段 女流四段 女流五段 女流六段 "
    "前棋聖 前名人 前竜王 前王将 前王位 新棋聖 新名人 新竜王 新王将 新王位 新叡王 新王座 新棋王 クイーン 名誉クイーン "
    "師匠 宇宙飛行士 飛行士 少年 少女 "
    # the titles of kyudo, kendo and other budo, before the grade (遠野清錬士六段)
    "錬士 教士 範士 "
    # a mission's ranks abroad (斑鳩真一総領事, 己斐俊之公使), and a unit's head below its chief (蒋主任)
    "総領事 領事 公使 参事官 一等書記官 主任 名誉所長 名誉院長 名誉館長"
).split()
# the deputy ministers and parliamentary secretaries of Japan's ministries, named with the ministry (伊佐直樹国土交通副大臣)
_ROLES += [m + r for m in ("外務 防衛 財務 法務 総務 文部科学 厚生労働 農林水産 経済産業 国土交通 環境 復興 内閣府 "
                           "デジタル").split() for r in ("副大臣", "政務官", "大臣政務官")]
# A minister abroad whose ministry joins two fields (貿易産業相, 科学技術相, 文化観光相): any two of them, then 相 (read
# by `TITLE_RE` from the fields' tree, not listed: two fields of fifty make over two thousand titles)
_FIELDS = ("貿易 産業 経済 財務 財政 金融 投資 通商 商工 商業 農業 農林 漁業 水産 観光 文化 教育 科学 技術 保健 厚生 "
           "労働 社会 福祉 運輸 交通 通信 情報 環境 エネルギー 鉱業 資源 司法 法務 国土 開発 計画 国防 外務 内務 "
           "青年 女性 家族 スポーツ 都市 住宅 地方 行政 移民 気候 宗教").split()
_ROLES += sorted({"副" + r for r in _ROLES if r.endswith("長") and not r.startswith("副")} - set(_ROLES))
# (the deputy of every head: 出島昭二副院長 is 出島昭二, never 昭二副)


def trie(words: Iterable[str]) -> str:
    """A regex of the words as a tree of their characters: at a place it matches the longest word
    there, as the words longest first would, but it reads each character once, not once a word."""
    return _walk(_tree(words))


def trie_branches(words: Iterable[str]) -> dict[str, str]:
    """`trie`'s alternatives in its order, by their first character (a regex whose every alternative starts
    with a literal is skipped by the engine, in C, to the places one of those characters stands)."""
    return {ch: re.escape(ch) + _walk(child) for ch, child in sorted(_tree(words).items()) if ch}


def _tree(words: Iterable[str]) -> dict:
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return tree


def _walk(node: dict) -> str:
    branches = [re.escape(ch) + _walk(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


TITLE_WORDS = frozenset(_ROLES)
_FIRST = "".join(sorted({r[0] for r in _ROLES} | {f[0] for f in _FIELDS} | set("(（")))
_STARTS = frozenset(_FIRST)
# A minister's title is none where 相 starts another word: 教育相談, 国内相場, 経済相互.
_NOT_WORD = "(?!(?<=相)[談場互手応当違続])"
_MINISTERS = {r[0] for r in _ROLES if r.endswith("相")}  # the first characters of the titles that end so
# An assembly member's title is none where 議 opens 議会: 県議会一般質問, 市議会定例会 (北浜 + 県議会…: no 県議 北浜)
_NOT_ASSEMBLY = "(?!(?<=議)会)"
# An age in brackets, （31）, marks a person too, and so does a school year, （2年）, as sports pages write a
# pupil's or student's, and so does a school's short name (（南陵高）, （城北高2）), and an age with the club or
# country after ＝, as sports papers write it (（24＝ウクライナ）). Each alternative starts with a literal character, so the
# engine skips, in C, every place no title starts (one alternative opening with a class, [(（], would make it try
# every place: the search then takes ten times as long).
_TWO_FIELDS = [branch + "(?:" + trie(_FIELDS) + ")相" + _NOT_WORD for branch in trie_branches(_FIELDS).values()]
TITLE_RE = re.compile("|".join([branch + (_NOT_WORD if ch in _MINISTERS else "") + (_NOT_ASSEMBLY if ch in "都府県市町村区" else "")
                                 for ch, branch in trie_branches(_ROLES).items()]
                               + _TWO_FIELDS  # (after the titles listed: 経済産業相 is one of them)
                               + [r"\(\d{1,3}[)）]", r"（\d{1,3}[)）]", r"\([1-6１-６]年[)）]", r"（[1-6１-６]年[)）]",
                                  r"\(\d{1,3}[=＝][^()（）=＝]{1,16}[)）]", r"（\d{1,3}[=＝][^()（）=＝]{1,16}[)）]",
                                  r"\([\u4e00-\u9fff]{2,6}(?:高校?|大学?|工|商)[1-6１-６]?[)）]",
                                  r"（[\u4e00-\u9fff]{2,6}(?:高校?|大学?|工|商)[1-6１-６]?[)）]",
                                  # a candidate by surname (加納候補), not 立候補 nor 候補者, 候補地, 候補日
                                  r"候補(?<!立候補)(?![者地日生作])"]))


def titles(line: str) -> list[tuple[int, int]]:
    """Where the titles, roles, honorifics and ages in brackets are in the line."""
    return list(title_spans(line))


def title_spans(text: str) -> Iterator[tuple[int, int]]:
    """`TITLE_RE`'s matches in the text, where a title that ends inside another is the other (中村長官 holds
    村長, but its title is 長官: the name's last character starts no title that runs on past it)."""
    m = TITLE_RE.search(text)
    while m is not None:
        s, e = m.span()
        for k in range(s + 1, e):
            if text[k] not in _STARTS:
                continue  # no title starts with it (`TITLE_RE`'s own first test, with no call made)
            later = TITLE_RE.match(text, k)
            if later is not None and later.end() > e:
                s, e = later.span()
                break
        yield s, e
        m = TITLE_RE.search(text, e)
