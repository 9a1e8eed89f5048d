"""The sentence before words with no subject of their own names the topic and the one it met (Xは Yと会談した,
Yと電話で協議した, Yと会った): the topic speaks next, the partner met does not. A joint act with と (Yと会見を開いた,
Yと共同記者会見を行った) or one done together (Yとともに) leaves either to speak: no one. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_the_topic_who_met_a_president_speaks_next() -> None:
    text = ("北浜国の森山一郎首相は3日、来日したハリソン大統領と首相官邸で会談した。"
            "「両国の関係をさらに深めたい」と述べた。")
    assert quotes(text) == [("両国の関係をさらに深めたい", "森山一郎")]


def test_the_topic_who_talked_by_phone_speaks_next() -> None:
    text = "森山一郎首相は5日、ハリソン大統領と電話で協議した。「緊密に連携していくことで一致した」と記者団に語った。"
    assert quotes(text) == [("緊密に連携していくことで一致した", "森山一郎")]


def test_a_joint_press_conference_leaves_the_speaker_unknown() -> None:
    text = "山田太郎町長は佐藤花子議長と共同記者会見を行った。「町の将来を一緒に考えたい」と話した。"
    assert quotes(text) == [("町の将来を一緒に考えたい", None)]


def test_one_who_met_alongside_the_topic_leaves_the_speaker_unknown() -> None:
    text = "森山一郎首相は川口恵子外相とともにハリソン大統領と会談した。「有意義な時間だった」と語った。"
    assert quotes(text) == [("有意義な時間だった", None)]
