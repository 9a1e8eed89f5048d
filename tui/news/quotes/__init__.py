"""Who said what: quoted words in 「…」 and their speakers, resolved to the article's actors.

`find.find_quotes` is the pass; the modules around it each read one shape of text:

- `forms`: which 「…」 are words said, and a passage's sentences; `passage`: a passage as the speaker rules
  read it; `speakers`: the speaker of one quote, read in steps: a name beside the words (`beside`), the
  sentence's subjects (`subjects`), a sentence that names no actor as its subject (`unnamed`), and the one
  carried from the sentence before (`previous`);
- the speaker's name and extent: `titles`, `names`, `roles`, `offices`, `bodies`, `kinds`, `tails`,
  `states`, `sides`, `bracketed_bodies`, `organs`, `compounds`, `pairs`, `apposed` (吉川正人・大阪府知事, 本名・…);
- sentences around the words: `clauses`, `embedded`, `asides`, `carry`, `also`, `runs`, `linked`,
  `reasons`, `topics`, `told`, `alone`, `nominal`, `leads`, `sources`, `statements`, `suspects`, `obituary`,
  `given` (words one gave another: 監督から「…」と言われた), `motto` (a kept saying: 「…」が口癖だった);
- the layout of a page: `lines`, `captions`, `interviews`, `open`, and headlines: `headlines`, `heads`,
  `callings`, `condensed`.
"""

from .find import bracketed, find_quotes, sentence_spans

__all__ = ["bracketed", "find_quotes", "sentence_spans"]
