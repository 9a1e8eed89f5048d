"""The cleaner: runs the rule table over a document's lines, types what remains, assembles the article."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, groupby

from ..models import Cleaned, Document
from .assemble import assemble
from .kinds import headline, type_lines
from .page import Page
from .rules import RULES, Rule
from .templates import template_rules


def clean(doc: Document, rules: Sequence[Rule] = RULES) -> Cleaned:
    """Clean one document: its title, blocks, citations and removed lines.

    `rules` run in their order: first those about the raw lines; then the remaining lines are
    typed (the first becomes the headline when it is the title); then the rules `after_typing`.
    """
    page = Page.read(doc)
    # The site's template: after the named rules, before the classifier, which then reads its lines as
    # boilerplate around the lines it is unsure of (and a line of the template is named as such).
    at = next((k for k, rule in enumerate(rules) if rule.name == "classifier"), len(rules))
    rules = (*rules[:at], *template_rules(doc), *rules[at:])
    _remove(page, [rule for rule in rules if not rule.after_typing])
    type_lines(page)
    title = headline(page)
    _remove(page, [rule for rule in rules if rule.after_typing])
    return assemble(page, title)


def _remove(page: Page, rules: Sequence[Rule]) -> None:
    for by_line, run in groupby(rules, key=lambda rule: rule.test is not None):
        if by_line:
            _test_each_line(page, list(run))
            continue
        for rule in run:
            assert rule.find is not None
            # Each line is marked as the finder yields it, so the finder sees what it removed so far.
            named = (rule.name + ":", rule.name + " (")
            for line in rule.find(page):
                # A finder may name its reason after the rule's name ("classifier: count line", "site-template (3
                # articles)").
                line.removed = line.removed if (line.removed or "").startswith(named) else rule.name


def _test_each_line(page: Page, rules: list[Rule]) -> None:
    """Rules about one line that follow each other in the table share the page's live lines: each test runs over
    them in turn, and the first to take a line names it."""
    live = [line for line in page.lines if not line.removed]
    texts = [line.text for line in live]
    for rule in rules:
        assert rule.test is not None
        for line in compress(live, map(rule.test, texts)):
            # (A line an earlier test took is tested again, to no effect: a test reads the text alone.)
            line.removed = line.removed or rule.name
