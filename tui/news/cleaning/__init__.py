"""Raw page text -> title, typed blocks, citations and what was removed.

Cleaning runs in three passes over the page's lines (`cleaner.clean`):

1. *remove*: the table of named rules (`rules.RULES`) runs in its order, each rule's test or
   finder picking the lines it removes; each removal is recorded with the rule's name, so the
   reader can show it. The first rule cuts credits glued to the next sentence apart, so the URL
   can go to the citation and the sentence can stay in the body;
2. *type*: the remaining lines become blocks (heading, paragraph, summary, keypoint, table,
   list, quote); the rules that read those kinds run after this;
3. *assemble*: blocks are grouped, and citations are linked to the ✅ blocks that precede
   their credit line.

Adding a rule is one entry in `RULES` (a name, a description, a test or a finder) plus its tests.

    rules.py     the rule table and each rule's test or finder
    cleaner.py   `clean`: the table run in its order, then typing and assembly
    page.py      the page being cleaned: its lines and what is learnt about each
    kinds.py     the typing pass: what kind of block each remaining line becomes
    assemble.py  typed lines to blocks, citations linked and dated, the article's date
    credits.py   credit lines: the source's name and URL, and the text glued after them
    features.py  what the line classifier sees of a line: shape, script mix, neighbours, region
    line_shape.py a line's own features (shape, script mix, running text, tail markers), read by features.py
    classifier.py the line classifier (the `classifier` rule): learnt scores, smoothed by context
    structure.py what stays by its structure whatever its score (headline, tables, runs, sections, sentences)
    closing.py   the page's end: notes and profiles under the article, its closing chrome; captions' credits
    weights.py   its learnt weights (`python -m tui.cleaning_train` regenerates them)
    text.py      helpers every stage shares: comparing lines, dates, marks, headline shapes
    templates.py site templates: a document's site, line keys, which of its template lines are chrome
                 (the importer hands a document its template lines; they run after the named rules)
"""

from .cleaner import clean
from .credits import extract_url, split_credit
from .rules import RULES, Rule
from .text import norm, parse_date, squeeze

__all__ = ["RULES", "Rule", "clean", "extract_url", "norm", "parse_date", "split_credit", "squeeze"]
