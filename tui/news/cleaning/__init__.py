"""Raw page text -> title, typed blocks, citations and what was removed.

Cleaning runs in three passes over the page's lines (`cleaner.clean`):

1. *remove*: the table of named rules (`rules.RULES`) runs in its order, each rule's finder
   picking the lines it removes; each removal is recorded with the rule's name, so the reader
   can show it. The first rule cuts credits glued to the next sentence apart, so the URL can go
   to the citation and the sentence can stay in the body;
2. *type*: the remaining lines become blocks (heading, paragraph, summary, keypoint, table,
   list, quote) (`kinds`); rules that read those kinds run after this;
3. *assemble*: blocks are grouped, and citations are linked to the ✅ blocks that precede
   their credit line (`assemble`).

Adding a rule is one entry in `RULES` (a name, a description, a test or a finder) plus its tests.
"""

from .cleaner import clean
from .credits import extract_url, split_credit
from .rules import RULES, Rule
from .text import norm, parse_date, squeeze

__all__ = ["RULES", "Rule", "clean", "extract_url", "norm", "parse_date", "split_credit", "squeeze"]
