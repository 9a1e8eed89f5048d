"""People read from what the sentence says they do: speak, or go by a name. The words are a name when UniDic
reads them as one between a title and an honorific (`name_frame`: 平野 is a plain in running text, 北見 a city).

- the topic of a sentence that ends in a verb of speech after its quoting と, with or without a quote, with
  other words between (森は記者団に「…」と述べた, 平野は、まだ伸びると話した); past a time (今日は、森が…)
  and the は of では (東京では森が…) the topic is read on; never a common word, a country or an organisation
  (同社は…と説明した), nor a word inside a quote;
- a companion, before と一緒に or とともに (僕は早瀬と一緒に): a surname of two characters or more, as
  UniDic reads one (光とともに is light, 森とともに a forest);
- a name one is called by, before と呼ぶ (イチと呼ばれたベテランの市原浩二, 「ジョー」と仲間から呼ばれる),
  where the line names a person: a place or a thing is called so too (北の大地と呼ばれる北海道).

Each rule runs only where its sign is (`SAYS`, `CALLS`, `COMPANY`); the caller runs `SIGNS`, all three, once over
the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .name_frame import read_as_name
from .persons import _NOT_NAME, Name
from .tokens import KANJI, Toks, chars

# A verb of speech after its quoting と (と述べた, と話す。), not a passive (と言われる): its topic is the one
# who speaks. (Not a verb of thought: サブスクは便利だと感じた is felt by someone the sentence leaves unsaid.)
SAYS = re.compile(r"と[、,]?(?:(?:話し|語っ|語り|述べ|振り返っ|明かし|強調し|笑っ|答え|訴え|説明し|言っ|誓っ|打ち明け"
                  r"|つぶやい|ほほ笑ん|叫ん|尋ね)[たて]|(?:話す|語る|笑う|言う|振り返る|明かす|述べる|答える)(?=[。、」]|$))")
# と呼ぶ in any form, with who calls between (と仲間から呼ばれる, とファンに呼ばれた).
CALLS = re.compile(r"と(?:[^、。「」と]{1,8}?(?:から|に))?呼[ばびぶべん]")
# Together with: who goes with one is a person (僕は早瀬と一緒に; not 光とともに, a surname of two characters).
COMPANY = re.compile(r"と(?:一緒|いっしょ|共に|ともに)")
# Any of the three signs, for one pass over an article (each starts with と).
SIGNS = re.compile("|".join((SAYS.pattern, CALLS.pattern, COMPANY.pattern)))
_BOUNDARY = frozenset("、。,「」『』 　")


def said_persons(line: str, toks: Toks, taken: list[Name], free) -> list[Name]:
    """The names of the line found by the rules of the module's doc, not in `taken`."""
    out: list[Name] = []
    busy = [(x.start, x.end) for x in taken]

    def add(s: int, e: int, i: int, j: int) -> None:
        if not any(a < e and s < b for a, b in busy) and free(s, e):
            surname = toks.surfaces[i] if toks.classes[i] in chars("pos3", "姓") and j - i > 1 else line[s:e]
            out.append(Name(s, e, surname, surname != line[s:e]))
            busy.append((s, e))

    if "と" in line:
        for m in SAYS.finditer(line):
            for j in _topics(line, toks, m.start()):
                i = _back(toks, j)
                if 0 <= i < j and (i == 0 or line[toks.starts[i] - 1] in _BOUNDARY or toks.surfaces[i - 1] == "の"
                                   or toks.pos[i - 1] in ("動詞", "助動詞", "助詞")) and (  # (試合を終えた北見は)
                        _named(line, toks, i, j)):
                    add(toks.starts[i], toks.ends[j - 1], i, j)
                    break
                if toks.pos2[j - 1] != "副詞可能":
                    break  # the sentence's topic is no name; past a time (今日は、森が…と話した) read on
    if "呼" in line:
        for m in CALLS.finditer(line):
            quoted = line[m.start() - 1:m.start()] == "」"
            end = m.start() - 1 if quoted else m.start()
            start = line.rfind("「", 0, end) + 1 if quoted else _word_start(line, end)
            i, j = _at(toks, start), _at(toks, end)
            if not (0 <= i < j and (1 if quoted else 2) <= end - start <= 8) or not quoted and start and not (
                    line[start - 1] in _BOUNDARY or "ぁ" <= line[start - 1] <= "ゖ" and line[start - 1] != "の"):
                continue  # (not 北の大地と呼ばれる; a word of one character only between brackets: 光と呼ばれる現象)
            if (taken or toks.has("pos2", "人名")) and read_as_name(line[start:end]):
                add(start, end, i, j)
    if "と" in line and COMPANY.search(line) is not None:
        for m in COMPANY.finditer(line):
            j = _at(toks, m.start())
            i = _back(toks, j)
            if 0 <= i < j and (i == 0 or line[toks.starts[i] - 1] in _BOUNDARY or toks.pos[i - 1] == "助詞") and (
                    toks.ends[j - 1] - toks.starts[i] >= 2 and read_as_name(line[toks.starts[i]:toks.ends[j - 1]])[:1] == ("姓",)):
                add(toks.starts[i], toks.ends[j - 1], i, j)
    return out


def _at(toks: Toks, at: int) -> int:
    """The index of the token that starts at `at`, or -1."""
    k = bisect_left(toks.starts, at)
    return k if k < len(toks) and toks.starts[k] == at else -1


def _back(toks: Toks, j: int) -> int:
    """The first of the contiguous nouns (and suffixes) that end right before token `j`, or -1."""
    if j <= 0:
        return -1
    i = j
    noun, number = chars("pos", "名詞") | chars("pos", "接尾辞"), chars("pos1", "数詞")
    while i > 0 and toks.classes[i - 1] in noun and toks.ends[i - 1] == toks.starts[i] and toks.classes[i - 1] not in number:
        i -= 1
    return i if i < j else -1


def _word_start(line: str, end: int) -> int:
    """Where the run of kanji and katakana that ends at `end` starts (イチ of イチと呼ばれた)."""
    start = end
    while start > 0 and (KANJI.match(line[start - 1]) or "ァ" <= line[start - 1] <= "ヺ" or line[start - 1] == "ー"):
        start -= 1
    return start


def _topics(line: str, toks: Toks, said: int) -> Iterator[int]:
    """The indices of the は and が after a noun in the sentence that ends at offset `said` (outside its
    quotes), first first; none when `said` is inside a quote."""
    depth, start = 0, said
    while start > 0:
        c = line[start - 1]
        if c in "」』":
            depth += 1
        elif c in "「『":
            depth -= 1
            if depth < 0:
                return
        elif c == "。" and depth == 0:
            break
        start -= 1
    first = _at(toks, start) if start else 0
    if first < 0:
        return
    depth = 0
    for k in range(first, len(toks)):
        if toks.starts[k] >= said:
            return
        w = toks.surfaces[k]
        depth += (w in ("「", "『")) - (w in ("」", "』"))
        if depth == 0 and w in ("は", "が") and toks.pos[k] == "助詞" and k and toks.pos[k - 1] in ("名詞", "接尾辞"):
            yield k  # (not the は of では: 東京では森が…と話した reads on to 森)


def _named(line: str, toks: Toks, i: int, j: int) -> bool:
    """Tokens i..j-1, a sentence's topic that speaks, read as a name (the module's doc)."""
    text = line[toks.starts[i]:toks.ends[j - 1]]
    if text in _NOT_NAME or not 1 <= len(text) <= 6 or any(toks.surfaces[x] in _NOT_NAME for x in range(i, j)):
        return False
    if not chars("pos3", "国").isdisjoint(toks.classes[i:j]):
        return False
    return bool(read_as_name(text))
