"""Foreign speakers whose family name UniDic does not know (キマニ, キプロノ): a ・-joined run whose first part is a
given name UniDic knows is a person when the sentence has it speak; a body named so states, and speaks no
person's verb."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_known_given_name_and_an_unknown_surname_that_speak_are_a_person() -> None:
    runner = "2位に入った昨年の覇者、ジョセフ・キマニは「後半の向かい風がきつかった」と話した。"
    assert quotes(runner) == [("後半の向かい風がきつかった", "キマニ")]
    envoy = "来日したアンドレイ・ヴォルコフは記者団に「対話の扉は開いている」と語った。"
    assert quotes(envoy) == [("対話の扉は開いている", "ヴォルコフ")]


def test_a_body_named_after_a_given_name_that_states_is_no_person() -> None:
    body = "ダニエル・ホールディングスは「業績は順調だ」としている。"
    assert ("業績は順調だ", "ホールディングス") not in quotes(body)
    assert quotes(body) == [("業績は順調だ", "ダニエル・ホールディングス")]  # (a company, as before)
