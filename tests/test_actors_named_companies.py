"""A company named in katakana or letters before 社 (ユーロローンチ社によると, アルファ社の): an organisation marked without
社, as the labelled sets write it, and filed as written with it; its words are the company's (チケットライン社は「…」),
and 同社 after it is that company, not the lead's. Never 商社, 同社 or 社会. A local body's section written with 市 alone
(市交通政策課) is the one city's the article names. Real tokenizer; sentences written for this
test; each fails without its change (`organisations._NAMED_SHA`, `company_key`, `quotes.titles.title_end`'s 社,
`mentions._local_offices`)."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news import actors


def orgs(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    mentions, new = actors.find_all([text], gaz)
    return [(text[s:e], (new.get(a) or gaz.entries[a]).name) for a, s, e in mentions[0]
            if (new.get(a) or gaz.entries[a]).kind == "organization"]


def test_a_company_in_katakana_before_sha_is_its_name() -> None:
    assert orgs("ロケットを運用するユーロローンチ社によると、異常が出た。") == [("ユーロローンチ", "ユーロローンチ社")]
    assert orgs("アルファ社の社長が会見した。") == [("アルファ", "アルファ社")]


def test_no_company_of_common_words() -> None:
    assert orgs("商社の社員が同社の方針と社会の声を語った。") == []


def test_the_companys_words_and_same_company_after_it() -> None:
    text = ("月探査機の打ち上げ延期\n\n宇宙ベンチャーのツクヨミ・スペースが開発した探査機を載せたロケットの打ち上げが延期された。\n\n"
            "ロケットを運用するユーロローンチ社によると、センサーに異常が出た。同社は「安全を最優先した」としている。")
    assert quotes(text)[-1] == ("安全を最優先した", "ユーロローンチ社")
    text = "チケット販売\n\n販売を担当するチケットライン社は「想定を上回るアクセスがあった」と謝罪した。"
    assert quotes(text) == [("想定を上回るアクセスがあった", "チケットライン社")]


def test_a_local_bodys_section_written_with_shi_alone_is_the_one_citys() -> None:
    gaz = actors.default()
    texts = ["山形県鶴岡市は1日、乗り合いバスの運行を始めた。", "市交通政策課は「遠慮なく声をかけてください」としている。"]
    mentions, new = actors.find_all(texts, gaz)
    assert [(new[a].name, texts[1][s:e]) for a, s, e in mentions[1]] == [("鶴岡市交通政策課", "市交通政策課")]
    texts = ["鶴岡市と酒田市は1日、バスの運行を始めた。", "市交通政策課は「声をかけてください」としている。"]
    mentions, new = actors.find_all(texts, gaz)
    assert [new[a].name for a, s, e in mentions[1]] == ["市交通政策課"]  # two cities: which one is not said


def test_a_body_of_common_words_before_its_suffix_is_named_by_its_statement() -> None:
    # A kind of thing states nothing: words of a body's kind before 病院 or 航空 that make its statement are its name.
    text = "判決を受けて\n\n患者の遺族は控訴しない方針だ。北浜記念病院は「判決を重く受け止める」とのコメントを出した。"
    assert quotes(text)[-1] == ("判決を重く受け止める", "北浜記念病院")
    assert orgs("運航する青空観光航空は「深くおわびします」としている。") == [("青空観光航空", "青空観光航空")]
    # not two kanji of a relation (所属事務所は), nor a name's tail after a word found apart
    assert orgs("所属事務所は「決まり次第お知らせします」としている。") == []
    assert orgs("近くの記念病院で手当てを受けた。") == []


def test_same_and_an_institutions_last_word_is_no_name() -> None:
    # 同天文台 is the observatory named before, never a body named 同天文台 (国立天文台 stays)
    assert orgs("しし座の彗星について、同天文台は「双眼鏡でもとらえるのは難しい」としている。") == []
    text = "新しい彗星を国立天文台が確認した。\n\n同天文台は「双眼鏡でもとらえるのは難しい」としている。"
    assert quotes(text)[-1] == ("双眼鏡でもとらえるのは難しい", "国立天文台")
