"""Words standing alone after a sentence that names their speaker as its one subject: one named before の only tells
whose the subject is (菰田被告の弁護人の久遠寺弁護士が…取材に応じた。「…」: the lawyer's), and a statement someone wrote,
read out by another (森永さんの意見陳述書を、弁護士が読み上げた。「…」), is its writer's. Sentences of our own; each fails
without `quotes.previous`'s owners and writers."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_one_named_before_の_does_not_stop_the_subject_speaking_next() -> None:
    lawyer = "閉廷後、辻本被告の弁護人の柳田早苗弁護士が報道陣の取材に応じた。「被告は手紙を書き続けている」"
    assert quotes(lawyer) == [("被告は手紙を書き続けている", "柳田早苗")]
    two = "閉廷後、辻本被告と柳田早苗弁護士が報道陣の取材に応じた。「被告は手紙を書き続けている」"
    assert quotes(two) == [("被告は手紙を書き続けている", None)]  # (two who may have spoken)


def test_a_statement_read_out_by_another_is_its_writers() -> None:
    read = ("被害に遭った女性の夫、大峰健吾さん（63）の意見陳述書を、代理人の宮沢千秋弁護士が法廷で読み上げた。"
            "「犯人を許すことはできません」")
    assert quotes(read) == [("犯人を許すことはできません", "大峰健吾")]
    written = "公判では、町長の金森由紀さん（57）が書いた意見陳述書を、検察官が読み上げた。「厳正な処分を望む」"
    assert quotes(written) == [("厳正な処分を望む", "金森由紀")]
