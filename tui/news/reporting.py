"""The reporting clause after a quote: 「…」と + a verb phrase that closes the clause, read from
UniDic's parts of speech rather than a list of verbs of saying.

「…」と肩を落とした, 「…」と声を弾ませた, 「…」と涙ぐみ、…, 「…」と同首相は続けた, 「…」と話すのは…だ:
after と come at most a few words (a noun and its particle: 肩を, 笑顔で, 同首相は), then a verb, then
only what ends the clause (auxiliaries, て + いる, という, a comma or the sentence's end). A verb that
modifies a noun (「…」と呼ぶ侵攻, 「…」と書かれた旗) or leads into a phrase (「…」とした上で) closes no
clause: the bracket names a thing, not words said.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .looks import shown, with_looks

# Verbs that make the bracket a name, a heading or a comparison, not words said.
_NAMING = frozenset({"呼ぶ", "称する", "題する", "名付ける", "銘打つ", "書く", "記す", "比べる", "並ぶ", "なる",
                     "見なす", "みなす", "捉える", "定義", "表現", "形容", "位置付ける", "位置づける", "改める",
                     "改称", "命名", "表記", "訳す", "読む", "同じ", "掲げる", "印刷", "記載", "認定", "分類",
                     "設定", "指定", "登録", "変更", "異なる", "違う", "重なる"})
# Things that bear words or are words given (「…」と書いた看板, と愛称を付けた): what と describes is no one's saying.
_BEARERS = frozenset({"名前", "名", "愛称", "名称", "呼び名", "題", "題名", "タイトル", "見出し", "看板", "紙", "張り紙",
                      "貼り紙", "横断幕", "垂れ幕", "プラカード", "ボード", "色紙", "短冊", "文字", "字", "旗", "のぼり"})
# Adjectives that take と as the thing compared or joined (「…」と近い, と等しい, と親しい): no manner of saying.
_RELATION = frozenset({"近い", "等しい", "親しい", "遠い", "紛らわしい", "良い", "よい", "いい", "無い", "ない"})
_BEFORE_VERB = 6  # words between と and the verb (肩を, 笑顔で, 同首相は)
# after 「…」とし / とする: what closes the clause (とした, としている), or leads into a parallel one of the same
# speaker (「…」とする一方、「…」と述べた)
_SURU_ENDS = frozenset({"た", "ている", "ていた", "たという", "ているという", "ていたという", "一方", "た一方",
                        # the polite forms of broadcast news: としました, としています, …ということです
                        "ました", "ています", "ていました", "たということです", "ているということです",
                        "ていたということです",
                        "ており", "ていて"})  # 「…」としており、… / としていて、…: the clause goes on
_TAIL = frozenset({"助動詞", "補助記号"})
_COPULA = frozenset({"だ", "です"})
_LOOKS = frozenset({"様子", "表情", "顔", "面持ち", "口調", "声", "笑顔"})  # how someone looked or sounded as they spoke  # after the verb: た, せ, ます; 、 or 。


def closes_clause(after: str) -> bool:
    """Whether `after` (the words after a closing 」, up to the sentence's end) is と and a verb
    phrase that closes the clause."""
    m = re.match(r"\s*(?:など)?と(?:も(?=[^、，]))?", after)  # 「…」などと容疑を認めた, 「…」とも語った: など, も
    if not m:  # leave the clause as it is (and UniDic would read とも as a noun)
        return False
    return _closes("と" + after[m.end():m.end() + 38].split("。")[0] + "。")


@lru_cache(maxsize=2048)
def _closes(clause: str) -> bool:
    from .language import tagger

    parsed = tagger()(clause)
    words = [(w.surface, w.feature.pos1, w.feature.pos2, w.feature.lemma or w.surface) for w in parsed]
    if not words or words[0][0] != "と":
        return False
    if _verb_left_out([w.feature.pos3 for w in parsed], words):
        return True
    words = with_looks(words)
    k = 1
    while k < len(words) and words[k][1] != "動詞":
        surface, pos1, pos2, lemma = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ("", "", "", "")
        if pos1 == "名詞" and (surface in _BEARERS or words[k - 1][0] + surface in _BEARERS):  # (横断 + 幕)
            return False  # 「…」と手書きの紙を見せた, と名前を付けた: words a thing bears or a name given, not said
        if k == 1 and pos1 == "形容詞" and lemma not in _RELATION and all(w[1] in _TAIL for w in words[k + 1:]):
            return True  # と手厳しい, と手厳しかった: how the words were said closes the clause, with no verb
        if pos1 == "形容詞" and surface.endswith("く") and nxt[1] == "動詞":
            k += 1  # 潔く認めた: an adjective that tells how, right before the verb
            continue
        if pos1 == "形容詞" and nxt[1:3] == ("接尾辞", "名詞的"):
            k += 1  # 悔しさをにじませた: an adjective made a noun (悔し + さ)
            continue
        if pos1 == "形状詞" and nxt[:2] == ("に", "助動詞"):
            k += 2  # 静かに語った
            continue
        if pos1 in ("形容詞", "連体詞") and nxt[1] == "名詞":
            k += 1  # と苦しい胸の内を明かした: a word that tells which, before a noun
            continue
        if surface == "の" and pos1 == "助詞" and words[k - 1][1] == "名詞" and nxt[1] == "名詞":
            k += 1  # 胸の内: の between two nouns
            continue
        if surface == "の" and pos1 == "助詞" and words[k - 1][0] in ("へ", "と", "で", "から") and k > 2 and (
                words[k - 2][1] == "名詞" and nxt[1] == "名詞"):
            k += 1  # 次作への思い, 家族との時間: a noun and its particle that tell which, before a noun
            continue
        if pos1 in ("形状詞", "名詞") and nxt[:2] == ("な", "助動詞") and shown(words, k + 2):
            k += 2  # と満足げな様子を見せた, と複雑な心境をのぞかせた: how the speaker looked or felt, before a noun
            continue
        if pos1 == "形状詞" and nxt[1] == "助動詞" and nxt[3] in _COPULA:
            k += 1  # と満足そうだった
            continue
        if pos1 == "形状詞" and (k > 1 or surface.endswith(("げ", "そう"))) and nxt[2] == "句点":
            return True  # と感慨深げ。, と満足そう。: how the speaker looked ends the sentence, its だった left out
        if pos1 == "助動詞" and lemma in _COPULA and k > 1 and (words[k - 1][1] in ("名詞", "形状詞") or (
                k > 2 and words[k - 1][1] == "副詞" and words[k - 2][1] == "名詞")):  # と反省しきりだった
            # と渋い表情だった, と笑顔でした: a description of the speaker closes the clause, with no verb
            return all(w[1] in ("助動詞", "補助記号") for w in words[k + 1:])
        if k > _BEFORE_VERB or pos1 not in ("名詞", "接頭辞", "接尾辞", "助詞", "副詞", "代名詞", "補助記号"):
            return False
        if pos1 == "補助記号" and pos2 != "読点":
            return False
        if pos1 == "助詞" and surface not in ("を", "で", "に", "は", "が", "も", "へ") and not (
                surface in ("と", "から") and k > 1 and nxt[0] == "の"):  # 家族との時間, 地元からの声
            return False  # 「A」と「B」の, 「…」とか: no clause of saying
        k += 1
    if k >= len(words):
        return False
    verb = words[k]
    if verb[3] in _NAMING or (k > 1 and words[k - 1][3] in _NAMING):
        return False
    if k == 1 and verb[3] in ("為る", "する"):  # 「…」とした / としている, not 「…」として (as …)
        return "".join(w[0] for w in words[k + 1:]).split("、")[0].rstrip("。") in _SURU_ENDS
    return _tail_closes(words, k + 1, hop=True)


def _verb_left_out(pos3: list[str | None], words: list[tuple[str, str, str, str]]) -> bool:
    """と + a verbal noun that ends the sentence, its する left out as headlines and sports pages do
    (「…」とあいさつ。, 「…」と力説。, 「…」と笑顔で宣言。): a clause of saying. At most a word of manner and its
    particle before the noun; not a verbal noun of naming (「…」と命名。)."""
    n = len(words)
    if n < 3 or words[-1][2] != "句点" or words[-2][1] != "名詞" or pos3[-2] != "サ変可能":
        return False
    if words[-2][3] in _NAMING or any(w[1] == "補助記号" for w in words[1:-1]):
        return False
    return n == 3 or (n == 5 and words[1][1] == "名詞" and words[2][0] == "で")


def _tail_closes(words: list[tuple[str, str, str, str]], at: int, hop: bool) -> bool:
    """Whether the words after a verb (from `at`) close the clause: its endings (た, ている, という) up to a
    comma or the end. With `hop`, the verb may instead describe a noun that is the object or the manner of a
    second verb that closes it (とホッとした表情を見せた, と引き締まった表情で語った), unless it is passive
    (と書かれた紙を掲げた: the words are a thing's)."""
    for n in range(at, len(words)):
        surface, pos1, pos2, lemma = words[n]
        if pos1 == "補助記号":
            return pos2 in ("読点", "句点")
        if pos1 in _TAIL or (pos1 == "動詞" and pos2 == "非自立可能"):
            continue
        if pos1 == "助詞" and (pos2 in ("接続助詞", "終助詞") or surface in ("と", "の", "は")):
            continue  # て いる, という, 話すのは
        if pos1 == "動詞" and lemma == "言う":
            continue
        if (hop and pos1 == "動詞" and lemma not in _NAMING and n > at
                and words[n - 1][0] in ("て", "で") and words[n - 1][2] == "接続助詞"):
            return _tail_closes(words, n + 1, hop=False)  # と通訳を介して話した, と涙を浮かべて語った: a verb after て
        if hop and pos1 == "動詞" and lemma not in _NAMING and n == at:
            continue  # と繰り返し語っていた: two verbs made one (繰り返し + 語る)
        if hop and pos1 == "名詞" and not any(w[3] in ("れる", "られる") for w in words[at:n]):
            j = n
            while j < len(words) and words[j][1] == "名詞":
                j += 1
            if (j + 1 < len(words) and words[j][0] in ("を", "で") and words[j + 1][1] == "動詞"
                    and words[j + 1][3] not in _NAMING and words[j + 1][3] not in ("居る", "有る", "成る")):
                return _tail_closes(words, j + 2, hop=False)
            if (j < len(words) and words[j][1] == "助動詞" and words[j][3] in _COPULA and words[n][3] in _LOOKS
                    and all(w[1] in _TAIL for w in words[j + 1:])):
                return True  # と困った様子でした, と驚いた表情だった: how the speaker looked closes the clause
        return False  # a noun after the verb: the verb names a thing (と呼ぶ侵攻)
    return True


@lru_cache(maxsize=2048)
def has_subject(words: str) -> bool:
    """Whether `words` (a clause between a speaker and the quote) hold a subject of their own: a noun
    with the particle は or が (一部メディアは), not では / には / 仕上がり."""
    return _noun_with(words, ("は", "が"), False)


@lru_cache(maxsize=2048)
def main_clause(words: str) -> str:
    """`words` after the last clause they close with a conjunctive particle and a comma (勝敗はつかなかったが、;
    疲れていたので、) or with a noun of time after a verb (優勝が決まった後、): what stands before the quote in the clause
    that quotes it."""
    from .language import tagger

    toks = list(tagger()(words))
    at, cut = 0, 0
    for k, w in enumerate(toks):
        at += len(w.surface) if k == 0 else len(w.white_space) + len(w.surface)
        if k + 1 < len(toks) and toks[k + 1].surface in ("、", "，") and (w.feature.pos2 == "接続助詞" or (
                w.surface in _WHEN and k and toks[k - 1].feature.pos1 in ("動詞", "助動詞"))):
            cut = at  # (優勝が決まった後、: a clause of time, closed by its noun)
    return words[cut:]


_WHEN = frozenset("後 あと 際 とき 時 直後 瞬間 途端 間".split())  # nouns that close a clause of time after its verb


@lru_cache(maxsize=2048)
def has_also_subject(words: str) -> bool:
    """Whether `words` hold a noun with も (住民も, 男性も) that is no time word (今回も, 昨年も)."""
    return _noun_with(words, ("も",), True)


@lru_cache(maxsize=2048)
def ends_with_subject(words: str, particles: str, events: bool = True) -> bool:
    """Whether `words` end (a comma or space aside) with a noun and one of `particles` as a subject's
    particle: the subject of the quote right after them (前知事が「…」, 住民の代表も「…」), not a clause's
    conjunction (…だが「…」) nor では / には. With `events` False, a verbal noun (会談は, 交渉は: the words'
    topic more often than who says them) does not count."""
    from .language import tagger

    tokens = [w for w in tagger()(words.rstrip("、，　 ")) if w.surface.strip()]
    if len(tokens) < 2:
        return False
    last, before = tokens[-1], tokens[-2]
    return (last.surface in particles and last.feature.pos2 in ("係助詞", "格助詞")
            and before.feature.pos1 in ("名詞", "接尾辞") and (events or before.feature.pos3 != "サ変可能"))


def _noun_with(words: str, particles: tuple[str, ...], no_time: bool) -> bool:
    from .language import tagger

    prev = None
    for w in tagger()(words):
        f = w.feature
        if f.pos1 == "助詞" and w.surface in particles and f.pos2 in ("係助詞", "格助詞") and prev == "名詞":
            return True
        prev = ("時" if no_time and f.pos3 in ("副詞可能", "助数詞可能")
                else "名詞" if f.pos1 == "接尾辞" and f.pos2 == "名詞的" and f.pos3 == "一般" else f.pos1)  # (制作者も: a
        # noun's suffix, 者, makes a noun; not a counter's, 3日も)
    return False


@lru_cache(maxsize=2048)
def ends_a_clause(words: str) -> bool:
    """Whether `words` end as a clause does, in a verb, an auxiliary, an adjective or a final particle
    (反省の態度を示している), not in a noun (平和の象徴): words said rather than a term."""
    from .language import tagger

    toks = [w for w in tagger()(words) if w.feature.pos1 != "補助記号"]
    if not toks:
        return False
    if len(toks) > 2 and [(t.surface, t.feature.pos2) for t in toks[-2:]] == [("と", "格助詞"), ("は", "係助詞")]:
        toks = toks[:-2]  # まさか答えが出てくるとは: a clause that ends in とは, what it led to left unsaid
    last = toks[-1].feature
    if len(toks) == 1 and last.pos1 == "動詞" and last.cForm.startswith("連用形"):
        return False  # 「続き」, 「頑張り」: a verb's stem alone is its noun, a term (交渉の「続き」として)
    return last.pos1 in ("動詞", "助動詞", "形容詞") or last.pos2 == "終助詞"


_PASSIVE = frozenset({"れる", "られる"})


def said_to(after: str) -> bool:
    """Whether the verb after 「…」と is passive (と問われると, と言われた, と指摘され): the words were said
    to the sentence's subject, by someone the text leaves unnamed, so the subject is not their speaker."""
    m = re.match(r"\s*と[、，]?", after)
    return m is not None and _passive(after[m.end():m.end() + 40].split("。")[0])


@lru_cache(maxsize=2048)
def _passive(clause: str) -> bool:
    from .language import tagger

    seen_verb = passive = False
    for w in tagger()(clause):
        f = w.feature
        if f.pos1 == "動詞":
            if seen_verb and f.pos2 != "非自立可能":
                return False  # a second verb: the passive, if any, is not the reporting verb's (仲間にもみくちゃに
                # されながら語った: the passive of a clause on the way)
            seen_verb = True
        elif seen_verb and f.pos1 == "助動詞":
            if (f.lemma or "") in _PASSIVE:
                passive = True
        elif passive and f.pos1 == "助詞" and w.surface in ("ながら", "て", "つつ"):
            continue  # (…されながら, …されて: a clause that goes on to its verb)
        elif seen_verb or f.pos1 == "補助記号":
            return passive
    return passive


_FORMAL = frozenset({"こと", "もの", "事", "物"})  # 「…」と話したことを: the saying itself, named as a fact
# 「…」という趣旨の供述をしている, という内容の説明: the gist of the subject's own words, no noun that speaks
_GIST = frozenset({"趣旨", "内容", "旨", "意味"})


def said_by_noun(after: str) -> bool:
    """Whether the verb right after 「…」と describes a noun, whose words they are (「…」と話す妻の肩を抱いた,
    「…」と語る住民もいた), not the sentence's subject's; a noun that says when (と話した後、), a fact
    (と話したことを), or the object or manner of the subject's act (と話す声を震わせた) leaves them the subject's."""
    m = re.match(r"\s*(?:など)?と", after)
    return m is not None and _said_by_noun(after[m.end() - 1:m.end() + 20].split("。")[0])


@lru_cache(maxsize=2048)
def _said_by_noun(clause: str) -> bool:
    from .language import tagger

    words = [(w.surface, w.feature.pos1, w.feature.pos2, w.feature.pos3) for w in tagger()(clause)]
    if len(words) < 3 or words[0][0] != "と" or words[1][1] != "動詞":
        return False
    k = 2
    while k < len(words) and words[k][1] == "助動詞":
        k += 1
    if k + 1 >= len(words) or words[k][1:4] != ("名詞", "普通名詞", "一般") or words[k][0] in _FORMAL | _GIST:
        return False
    if words[k][0] in _LOOKS and words[k + 1][1] == "助動詞":
        return False  # と疲れた様子だった: how the subject looked
    return words[k + 1][0] not in ("を", "で")  # と引き締まった表情で語った, と話す声を震わせた: the subject's
