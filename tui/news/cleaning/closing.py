"""Two structures of a page's end, read from the lines around them rather than from their words.

- *Closing chrome*: once the article's running text has ended and two lines have gone as boilerplate since
  (a share bar, then tags; a credit, then a rating), the page has turned to its own chrome: the lines that follow,
  up to its end, are the site's (a list under a marker the rules do not know, a disclaimer, a contact block) —
  but not a sentence, which the article may close with: the count begins again after it.
- *Notes and profiles*: under the article's last sentence, a note on the page (`※ 本記事は…`, `【注意】…`) or the
  writer's profile (`名前｜…。`, `名前（よみ）　医師。…`) is the site's.
- *Captions*: a photo caption that describes (`…する市民（14日、札幌市）`) is the article's; a credit glued to its
  end (`（写真：…）`, `＝写真部撮影`) is cut off into a line of its own, which goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from .page import Line, Page
from .text import date_first, has_month_day

CHROME_RUN = 2  # lines removed after the article's last sentence (and any later one): the page's chrome has begun

# A caption: a described scene, then the day (and place) in brackets: `…する江口専務（6日、オンライン会見）`.
_CAPTION = re.compile(r"^[^。]{6,60}[（(]\d{1,2}日(?:[朝昼夜]|午前|午後)?[、,][^（）()]{1,30}[)）]$")
# A credit glued to the end of a caption: in brackets, or after '＝'.
_GLUED_CREDIT = re.compile(
    r"(?:[（(](?:写真|画像|撮影|提供|イラスト|図)\s*[：:・＝=／/]?[^（）()。]{1,20}[)）]|[（(][^（）()。、]{1,16}(?:提供|撮影)[)）]"
    r"|[＝=]\s*(?:写真|撮影)[^＝=。]{0,16}|[＝=][^＝=。、]{1,12}撮影)$")
CAPTION_MIN = 6  # characters the caption keeps before its credit
_PHOTO_LINK = re.compile(r"^[【\[［](?:写真|画像|動画)")  # a link to the photos, credit and all: it goes whole


def closing_chrome(texts: Sequence[str], gone: Sequence[bool], prose: Sequence[bool],
                   sentence: Callable[[str], bool]) -> Iterator[int]:
    """The live lines of the page's closing chrome (see the module's doc): `gone` whether each line is removed,
    `prose` whether it is running text, `sentence` whether a text is a sentence (which the article may close with:
    it stays, and the chrome must begin again after it). Nothing on a page without running text (a forum
    digest's posts)."""
    last = max((i for i, p in enumerate(prose) if p and not gone[i]), default=-1)
    if last < 0:
        return
    run = 0
    for i in range(last + 1, len(texts)):
        if gone[i]:
            run += 1
        elif sentence(texts[i]):
            run = 0
        elif run >= CHROME_RUN:
            yield i


# Under the article: a note led by ※ or 【注意】, or a profile (a name, perhaps its reading, then '｜' or a wide
# space, then sentences about the writer).
_NOTE = re.compile(r"^(?:※|【(?:ご?注意|注)】)|^[^\s｜|。、]{1,10}(?:[ 　][^\s｜|。、]{1,8})?(?:[（(][ぁ-んー・]+[)）])?\s*[｜|　]\s*\S.*。")


def notes_under(texts: Sequence[str], removed: Sequence[bool], prose: Sequence[bool]) -> Iterator[int]:
    """The live lines under the article's last line of running text that are a note on the page (`※ …`) or the
    writer's profile: the page's, not the article's (a note inside the article, above its last sentence, stays)."""
    last = next((i for i in range(len(texts) - 1, -1, -1)
                 if prose[i] and not removed[i] and not _note(texts[i])), -1)
    if last >= 0:
        yield from (i for i in range(last + 1, len(texts)) if not removed[i] and _note(texts[i]))


def _note(text: str) -> bool:
    """A note or a profile's line; not a timeline's step, whose date and what happened look as a profile's name and
    text do (↓1月4日　大発会。…), nor a notice's item with its day (▽記念講演会　11月3日（水・祝）午後2時から。)."""
    m = _NOTE.search(text)
    return m is not None and date_first(text) < 0 and (text.startswith(("※", "【")) or not has_month_day(text))


def captions(texts: Sequence[str], removed: Sequence[str | None]) -> Iterator[int]:
    """The live lines that are a descriptive photo caption with its day and place in brackets."""
    for i, text in enumerate(texts):
        if text[-1:] in "）)" and not removed[i] and _CAPTION.match(text):
            yield i


def split_caption_credits(page: Page) -> list[Line]:
    """Cut a credit glued to the end of a caption (`…する市民（写真：…）`) into a line of its own, removed;
    the caption stays. Returns the credits cut off."""
    lines: list[Line] = []
    cut: list[Line] = []
    for line in page.lines:
        text = line.text
        # (A credit ends the line with a bracket or follows a '＝': only such lines are searched.)
        m = (None if line.removed or len(text) > 120 or not (text[-1:] in "）)" or "＝" in text or "=" in text)
             else _GLUED_CREDIT.search(text))
        if m is None or m.start() < CAPTION_MIN or "|" in line.text or _PHOTO_LINK.match(text):
            lines.append(line)
            continue
        cut.append(Line(line.text[m.start():], removed="classifier: credit only (photo, image, source)"))
        lines += [Line(line.text[: m.start()].rstrip()), cut[-1]]
    if cut:
        page.lines = lines
        page.renumber()
    return cut
