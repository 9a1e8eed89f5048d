"""Actors: the people, countries, places and organisations an article names.

fugashi with unidic-lite alone is not enough here: トランプ is a playing card, ゼレンスキー
an unknown noun, マクロン splits into マクロ + ン, NATO is a common noun. So mentions are
found in four passes over each article (`mentions` runs them):

1. the **gazetteer** (`data/gazetteer.toml`, plus the user's `actors.toml`): every
   alias, longest first, with word boundaries for ASCII and katakana;
2. **compounds** of one-character country forms: 米ロ, 日米, 米・ロ・ウ, 対ロ, 訪米,
   米大統領 (a form counts only in such a compound or context);
3. **recognisers** of what the gazetteer lacks (`recognise`): organisations by their form and
   context (`organisations`), people from UniDic's name classes and their context (`persons`),
   places from UniDic 地名 (`places`), on the words MeCab gave with the index's tokens (`tokens`);
4. **discovery** of katakana names before a title (氏, 大統領, 国防長官 …).
   A full name and its surname are one actor, filed under the full name (two articles' 田中
   may be two people).
"""

from .gazetteer import DATA, Gazetteer, default, default_signature, load
from .mentions import Found, find, find_all

__all__ = ["DATA", "Found", "Gazetteer", "default", "default_signature", "find", "find_all", "load"]
