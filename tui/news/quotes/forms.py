"""Which 「…」 are words said: a sentence's spans, its bracketed runs and the form that shows a run is
a quote (a verb of saying after と, a speaker in brackets or before a colon, a name after と, or と and
any verb phrase closing the clause: `reporting`). A term or title in brackets is no quote.
"""

from __future__ import annotations

import re

from ..reporting import closes_clause, ends_a_clause, said_to
from .linked import linked_said
from .listed import listed_words
from .reasons import acts_on_reason

_SENTENCE_END = "。！？!?"

# Verbs (and phrases) of saying that may follow 「…」と within the sentence.
SAY = (r"述べ|語っ|語る|語り|強調|答弁|話し|話す|話した|明らかに|発言|説明|主張|訴え|指摘|批判|反論|表明|答え|回答|返答|応じ"
        r"|言及|呼びかけ|呼び掛け|述懐|明言|断言|宣言|言明|強調|力説|激怒|非難|反発|警告|警鐘|吐露|書き込|投稿|発信"
        r"|記し|書い|つづ|コメント|談話|発表|声明|報告|証言|打ち明け|振り返|話題に|問いかけ|問い掛け|疑問を呈し|述べる|言う|言っ"
        r"|釈明|弁明|謝罪|陳謝|言い|いう|語気を強め|漏らし|こぼし|笑顔を見せ|意気込み|意欲を示し|考えを示し|見方を示し|認識を示し|姿勢を示し"
        r"|とみて|と見て|とみる|とみられ|評価|歓迎|喜ん|期待を|懸念を示|立場を示し|方針を示し|意向を示し|見解を示し|懸念を示し|不快感を示し|考えを明らか|要求|求め|迫っ|促し|抗議|嘆い|叫"
       r"|ただし|質し|追及|質問し|詰め寄|指示し|指示を|分析し|供述|明かし|あいさつし|挨拶し|切り出し|評し|評す|はにかん|はにかみ")  # a question put in a debate: とただしたのに対し
SAY_RE = re.compile(SAY)
_AS_SAID = re.compile(r"\s*として[、，]")  # 「…」として、: words said when they end as a clause
# 「…」と同等 / として / となる / と比べ: the bracket names a thing compared or made, not words said.
_NOT_SAID = re.compile(r"\s*と(?:同(?:じ|様|等|一|程|列|然)|比|並|共に|ともに|なる|なり|なっ|して|する|される|いった|呼(?!び[か掛])|称|題|銘打|書(?!い|き[まし込残])|記され|名付|位置づけ|位置付け|見な|みな|捉え|とらえ|定義|表現し|形容|揶揄|皮肉|あ(?:る|り|った)(?=[。、．，]|が|も|$))")  # (張り紙には「…」とある: written words, no one's said)
_SURU_ON = re.compile(r"\s*とした(?:うえ|上)で(?:[、，]|$)")  # 「…」としたうえで、 / とした上で「…」: said, and more
_SURU_SAID = re.compile(r"\s*と(?:し(?:た|てい|まし)|する一方)")  # 「…」とした / としている / としました / とする一方 close a clause of saying
_SURU_GOING = re.compile(r"\s*としており[、，]")  # 同省は「…」としており、: としている going on to the next clause
# What follows the closing bracket of a quote: と / って / との, then words up to a verb of saying.
AFTER = re.compile(r"[」』]\s*(?:と|って|とも|とし|との|などと|とまで)")
# 「…」という声 / との声: words nobody in the text is said to have spoken.
VOICE = re.compile(r"[」』]\s*(?:という|との|といった|などの)\s*(?:声|意見|発言|指摘|批判|不満|悲鳴|反応|書き込み|コメント|質問|要望|疑問|苦情)")

def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of `text`: 。！？ (and a column's ▼) outside brackets end one."""
    out, start, depth = [], 0, 0
    for m in _MARKS.finditer(text):  # only the brackets and ends: the rest of the text is skipped in C
        ch, i = m.group(), m.start()
        if ch in "「『（(【":
            depth += 1
        elif ch in "」』）)】":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


_MARKS = re.compile(r"[「『（(【」』）)】。！？!?▼]")  # (▼ parts a column's paragraphs run together in one)


def bracketed(text: str) -> list[tuple[int, int]]:
    """[start, end) of each outermost 「…」 of `text`, brackets included (『』 inside stays inside), in order:
    those of a prefix of `text` are the ones that end in it."""
    out, depth, start = [], 0, 0
    for m in _QUOTE_MARKS.finditer(text):  # only the brackets: the rest of the text is skipped in C
        i = m.start()
        if m.group() == "「":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


_QUOTE_MARKS = re.compile("[「」]")


def _clause_after(text: str, end: int, stop: int) -> str:
    """The words after a closing bracket, up to the sentence's end or the next quote."""
    nxt = text.find("「", end, stop)
    return text[end: nxt if nxt >= 0 else stop]


def is_quote(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the bracketed run text[start:end] is someone's words rather than a term or title."""
    return quote_form(text, start, end, stop) is not None


def quote_form(text: str, start: int, end: int, stop: int) -> str | None:
    """How the bracketed run text[start:end] is shown to be words said: "said" (a listed verb of
    saying, a speaker in brackets, after a colon or named after と: any actor may speak), "reported"
    (と + any verb phrase closing the clause: only a person speaks), or None (a term or title)."""
    inner = text[start + 1: end - 1]
    after = _clause_after(text, end, stop)
    if VOICE.match(text, end - 1) or _said_by_verb(text, end, after):
        return "said"
    if _GIVEN_BY.search(text, max(0, start - 2), start) and (said_to(after) or _RECEIVED.match(after)):
        return "said"  # 父から「…」と言われた榎本は, コーチに「…」と声をかけられた, 大統領から「…」との言葉を受けた: words one
        # gave another
    if colon_before(text, start) or _PUPIL_BRACKET.match(after) or (_SPEAKER_BRACKET.match(after) and not _ASIDE_BRACKET.match(after) and not (
            _CREDIT_BRACKET.match(after) and text.endswith(_WORKS, 0, start) and not ends_a_clause(inner) and "。" not in inner)):
        return "said"  # 「…」（田中氏）; not a measure or a year in brackets: 漁船「第三漁栄丸」（4.9トン）, 映画「…」（2024年）,
        # nor an aside the sentence goes on past with a particle: 「北浜オープン」（兵庫・…）で初優勝, nor a work's title
        # and its maker's credit: 映画「潮騒の町」（藤堂慎也監督）
    named = re.match(r"\s*と[、，]?([^。「]{1,24})。", after)
    if named and len(inner) >= 6 and (not re.search(r"[ぁ-ゟ]", re.sub("[はがもさんの]", "", named.group(1)))
                                      or _KANA_NAMED.fullmatch(named.group(1))):
        return "said"  # 「…」と田中氏。: a name (and title) alone after と (代表の中西さとみさん（52）: a given name in kana)
    if len(inner) >= 6 and (ends_a_clause(inner) or "。" in inner) and _DESCRIBED_END.match(after):
        return "said"  # 「…」と山小屋を営む渡辺正樹さん（58）。: a description and a person ending the sentence
    if linked_said(text, start, inner, after):
        return "said"  # 「…」とし、「…」と述べた: a clause of saying that leads on
    if listed_words(text, end, stop, SAY_RE):
        return "said"  # 佐倉は「…」、高山は「…」とそれぞれあいさつした: a run of speakers sharing one verb
    if ((_SURU_SAID.match(after) or _SURU_GOING.match(after)) and closes_clause(after) and text[start - 1:start] != "を"
            and (ends_a_clause(inner) or "。" in inner or _statement_end(inner))):
        return "said"  # 同社は「…」としている: a body's statement (テーマを「共生」とした names a thing)
    if _SURU_ON.match(after) and text[start - 1:start] != "を" and (ends_a_clause(inner) or "。" in inner):
        return "said"  # 同社は談話で「…」としたうえで、「…」としている: a statement that leads into the next
    if reported(text, end, after) or _felt(after) or _titled_subject_between(after):
        return "reported"
    if _AS_SAID.match(after) and SAY_RE.search(after, 0, 40) and ends_a_clause(inner):
        return "said"  # 「…示している」として、…と説明した: a clause said (「平和の象徴」として is a term)
    if (ends_a_clause(inner) or "。" in inner) and _WHO_AT_END.match(after) and _ends_in_noun(after):
        return "said"  # 「…」とは、避難所で暮らす田中一郎さん（72）。: the speaker named at the sentence's end
    if (ends_a_clause(inner) or "。" in inner) and _STATED.match(after):
        return "said"  # 「…」とする声明を出した, 「…」との立場を改めて示した: a statement or a stance put out
    if (ends_a_clause(inner) or "。" in inner) and acts_on_reason(after):
        return "said"  # 「計画的で悪質だ」として懲役10年を求刑した: the reason the subject gave for its act
    return None


# とする / との and what was put out: a statement, a stance (「…」とする声明を出した, 「…」との立場を改めて示した)
_STATED = re.compile(r"\s*(?:とする|との)(?:声明|コメント|談話|見解|文書|書面|立場|考え|見方|認識|方針|意向|見通し|見込み)を"
                     r"(?:改めて|あらためて|重ねて|相次いで)?(?:出し|出す|出した|発表|公表|発し|示し|示す|明らかに)")
# After the words, と, a clause describing a person and the person with an honorific (and age) ending the sentence
_DESCRIBED_END = re.compile(r"\s*と[、，]?[^。「」、，]{1,16}?(?:た|る|う|く|す|ぶ|む|ぐ|つ|ぬ|んだ|いだ)[^。「」]{1,16}?"
                            r"(?:さん|氏|君|ちゃん)(?:[（(][0-9０-９]{1,3}[）)])?[。．]")
# after と, nouns joined by の and a name whose given name is in kana, with its honorific and age: 代表の中西さとみさん（52）
_KANA_NAMED = re.compile(r"(?:[^ぁ-ゟ。「」、，]{1,12}の)?[\u4e00-\u9fff々]{1,4}[ぁ-ゟ]{2,4}(?:さん|氏)(?:[（(][0-9０-９]{1,3}[）)])?")
_RECEIVED = re.compile(r"\s*との(?:言葉|励まし|助言|メッセージ|返事|評価)を(?:受け|もらっ|かけられ|贈られ)")
_GIVEN_BY = re.compile(r"(?:から|に)[、，]?$")  # the one who gave the words, right before them
_SPEAKER_BRACKET = re.compile(r"\s*[（(](?![0-9０-９])")
# a school year or an age first, then the person: 「…」（4年、宮坂陽菜さん）, 「…」（20歳、会社員の森田さん）
_PUPIL_BRACKET = re.compile(r"\s*[（(][0-9０-９]{1,2}(?:年生|年|歳)[、，][^（）()「」。]{1,20}(?:さん|君|ちゃん|氏)"
                            r"(?:[、，・][0-9０-９]{1,3})?[）)]")
# A work's credit in brackets: its maker and the part the maker had (（藤堂慎也監督）, （山本周平作）)
_CREDIT_BRACKET = re.compile(r"\s*[（(][^（()）「」]{1,20}(?:監督|作|原作|主演|演出|脚本|作詞|作曲|編曲|振付|訳|画)[)）]")
_WORKS = ("映画", "作品", "小説", "舞台", "ドラマ", "アニメ", "番組", "新曲", "曲", "アルバム", "絵本", "漫画", "写真集", "歌劇",
          "公演", "戯曲", "新作", "主演作", "監督作")  # the kind of a work, before its title
_ASIDE_BRACKET = re.compile(r"\s*[（(][^（()）「」]{1,40}[)）][でにをがへ]")  # （兵庫・…）で: the bracket an aside
_WHO_AT_END = re.compile(r"\s*とは[、，]?[^。「」]{2,40}[。．]?\s*$")


def _statement_end(inner: str) -> bool:
    """Whether words long enough to be a clause end as a body's statement or appeal does (below); the words
    are read once for both."""
    from ..language import tagger

    if len(inner) < _CLAUSE_MIN:
        return False
    words = [w for w in tagger()(inner) if w.feature.pos1 != "補助記号"]
    return len(words) >= 3 and (_clause_on_noun(words) or _request(words) or _topic_on_noun(words))


def _clause_on_noun(words: list) -> bool:
    """Whether words end in a noun that a clause describes, as a body's statement does (夏ごろに公開できる見込み,
    人手の確保が難しくなったため, 年内に再開する方針: a verb or auxiliary in its attributive form, then the noun);
    a short phrase (未来を描く力) is more often a title or a slogan."""
    return (words[-1].feature.pos1 == "名詞" and words[-1].feature.pos2 == "普通名詞"
            and words[-2].feature.pos1 in ("動詞", "助動詞") and (words[-2].feature.cForm or "").startswith("連体形"))


_CLAUSE_MIN = 8


def _topic_on_noun(words: list) -> bool:
    """Whether words tell of a topic or a subject and end in a noun, a sentence with its copula left out (アジアのチームの
    優勝は、大会の歴史で2度目, 再開は来月の見通し)."""
    return len(words) >= 4 and words[-1].feature.pos1 in ("名詞", "接尾辞") and any(
        w.surface in ("は", "が") and w.feature.pos1 == "助詞" for w in words[1:-2])


def _request(words: list) -> bool:
    """Whether words end in a verb and て / で, a request with its ください left out (不審な電話はすぐに切って,
    早めに避難して), or in a noun and を, one with its お願いします left out (車での来場は控え、公共交通での来場を), as police
    and offices word their appeals; a short phrase (走って) may be a title."""
    return ((words[-1].surface in ("て", "で") and words[-1].feature.pos2 == "接続助詞"
             and words[-2].feature.pos1 in ("動詞", "助動詞"))
            or (words[-1].surface == "を" and words[-1].feature.pos2 == "格助詞"
                and words[-2].feature.pos2 == "普通名詞"))  # 時間に余裕を持って来場を: お願いします left out


def _ends_in_noun(after: str) -> bool:
    """Whether the sentence ends in a noun (a name, a title, an age in brackets; だ aside), no verb."""
    from ..language import tagger

    tail = re.sub(r"(?:だ|です|である)?[。．]?\s*$", "", re.sub(r"[（(][^（）()]*[）)]", "", after))
    words = [w for w in tagger()(tail) if w.feature.pos1 != "補助記号"]
    return bool(words) and words[-1].feature.pos1 in ("名詞", "接尾辞")


def reported(text: str, end: int, after: str) -> bool:
    """「…」と + a verb phrase closing the clause (と肩を落とした, と同首相は続けた, と田村清さん（78）は目を細めた: an age
    in brackets after the name read past): words said, whatever the verb."""
    return (not _NOT_SAID.match(after) or bool(_SURU_SAID.match(after))) and closes_clause(_AGE_NOTE.sub("", after, 1))


_AGE_NOTE = re.compile(r"[（(][0-9０-９]{1,3}[）)](?=[はがも、，])")  # さん（78）は


# 「…」と、森田電機の川島徹社長は力を込めた: と and a comma, a subject ending in a title or さん, then the verb phrase
# (or past a title in apposition and its comma: と、保存会の会長、田村清さん（78）は目を細めた)
_SUBJECT_BETWEEN = re.compile(r"\s*と[、，]((?:[^。「」、，はが]{2,22}[、，])?[^。「」、，]{2,24}?)(?:は|が)[、，]?")


def _titled_subject_between(after: str) -> bool:
    """「…」と、森田電機の川島徹社長は力を込めた: a subject that ends in a person's title (社長, さん, 選手) stands
    between と and its comma and the verb phrase that closes the clause (`reporting`), as it stands before it."""
    from ..actors.persons import TITLE_RE

    m = _SUBJECT_BETWEEN.match(after)
    if m is None:
        return False
    head, rest = m.group(1), "と" + after[m.end():]
    return (any(TITLE_RE.fullmatch(head, i) for i in range(1, len(head)))
            and closes_clause(rest) and not said_to(rest))  # (と、山田さんは言われた: words said to the subject)


_FELT = re.compile(r"\s*と([^。、「」]{1,5}?が)(?:った|っている|っていた|っています|っていました|り、|る)(?=[。、]|$)")


def _felt(after: str) -> bool:
    """「…」と悔しがった, と残念がった: と and a feeling shown (an adjective or adjectival noun, then がる), which
    closes a clause of saying as a verb does."""
    m = _FELT.match(after)
    if m is None:
        return False
    from ..language import tagger

    words = list(tagger()(m.group(1) + "った"))
    return (len(words) >= 3 and words[-3].feature.pos1 in ("形容詞", "形状詞")
            and words[-2].feature.lemma == "がる" and words[-2].feature.pos1 == "接尾辞")


def _said_by_verb(text: str, end: int, after: str) -> bool:
    """「…」と + one of the listed verbs of saying (と述べた, と発表した), which any actor may speak."""
    if not AFTER.match(text, end - 1) or not (SAY_RE.search(after[:30]) or _SAID_LATE.match(after)):
        return False
    return not _NOT_SAID.match(after) or bool(_AS_SAYING.match(after))


# 「…」と、勤続38年で婦人服売り場を担当する佐久間典子さん（59）は話す。: a long description between と and the subject,
# whose verb of saying ends the sentence, a place or time in で between at most (…さんは判決後の会見で話した)
_SAID_LATE = re.compile(r"\s*と[、，][^。「」]{1,48}?(?:は|が)[、，]?(?:[^。「」はが、，]{1,12}?で[、，]?)?(?:" + SAY + r")[^。「」]{0,8}[。．]")


# 「…」として釈明した / として批判した: として, then at once a verb of saying (not 「…」として注目された)
_AS_SAYING = re.compile(r"\s*として[、，]?(?:" + SAY + ")")


def colon_before(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "：:"
