"""How a speaker looked or felt, after 「…」と: a look written as one adjectival noun (満足げ, 悔しそう) and a look
or feeling shown (と満足げな様子を見せた), which close a clause of saying as a verb of saying does (`reporting`).
"""

from __future__ import annotations


def shown(words: list[tuple[str, str, str, str]], at: int) -> bool:
    """Whether words from `at` are a noun, を and a verb that shows (様子を見せた, 笑みを浮かべた) or lets show, a causative
    (心境をのぞかせた, 声を弾ませた), or follow a look (満足げな): not と慎重な意見もある, 「…」と有名な店を訪ねた."""
    n = at
    while n < len(words) and words[n][1] in ("名詞", "接尾辞"):
        n += 1
    if not (n > at and n + 1 < len(words) and words[n][0] == "を" and words[n + 1][1] == "動詞"):
        return False
    after = words[n + 2] if n + 2 < len(words) else ("", "", "", "")
    return (words[at - 2][0].endswith(("げ", "そう")) or words[n + 1][3] in ("見せる", "浮かべる")
            or (after[1] == "助動詞" and after[3] in ("せる", "させる")))


def with_looks(words: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """`words` with an adjective's or a noun's stem and げ made one adjectival noun, as UniDic tags 満足そう: 感慨深げ,
    誇らしげ, 不満げ tell how the speaker looked (と感慨深げだった, と誇らしげに語った), and so does an adjective's stem
    with そう (と悔しそうだった). A verb's stem and an adjective's suffix UniDic splits (照れ + くさ, 分かり + やすく) are
    one adjective first (と照れくさそうに笑った, と分かりやすく説明した)."""
    out: list[tuple[str, str, str, str]] = []
    for w in words:
        if out and w[1:3] == ("接尾辞", "形容詞的") and out[-1][1] == "動詞" and len(out) > 1:
            out[-1] = (out[-1][0] + w[0], "形容詞", "一般", out[-1][0] + w[0])  # 照れ + くさ: one adjective's stem
            continue
        if out and ((w[0] == "げ" and w[1:3] == ("接尾辞", "形状詞的")) or (w[0] == "そう" and w[2] == "助動詞語幹")) and (
                out[-1][1] in ("形容詞", "名詞")):  # (悔しそう: an adjective's stem and そう, as 満足そう)
            out[-1] = (out[-1][0] + w[0], "形状詞", "一般", out[-1][3] + w[0])
        else:
            out.append(w)
    return out
