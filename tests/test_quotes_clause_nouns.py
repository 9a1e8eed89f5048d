"""Who said what (issue 22): after 「…」と, a noun told by another noun and its particle (次作への思い, 家族との時間,
地元での声援) still leads to the verb of saying, so words alone continue the speaker before. Sentences of our own;
each fails without its change."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.reporting import closes_clause


def test_a_noun_told_by_a_noun_and_its_particle_leads_to_the_verb_of_saying() -> None:
    assert closes_clause("と次作への思いも語った。") and closes_clause("と家族との時間を振り返った。")
    assert not closes_clause("と東京での生活")
    text = ("受賞\n\n画家の水谷遥さんは会見で「続けてきて良かった」と話した。"
            "「次は港町を描きたい」と新作への意欲も見せた。")
    assert quotes(text) == [("続けてきて良かった", "水谷遥"), ("次は港町を描きたい", "水谷遥")]
