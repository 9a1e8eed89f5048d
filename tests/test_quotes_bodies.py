"""Companies in who said what: a company named after its trade in common words (人材派遣大手の未来ワークス),
and 同社 / 同党 / 同省 as the body of that kind named last before, however far back; a person named after the words
after 同社の (「…」と、同社の久世晴美社長は話した)."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.models import Document
from tui.news.pipeline import analyse


def _orgs(text: str) -> list[str]:
    stored = analyse(Document(source="t.txt", text="見出しのテスト記事\n\n" + text, published="2025-03-12"))
    assert not isinstance(stored, str)
    return sorted(a[1] for a in stored.actors if a[2] == "organization")


def test_a_company_of_common_words_after_its_trade_is_found_by_its_act() -> None:
    assert _orgs("人材派遣大手の未来ワークスは3日、新しい研修制度を発表した。") == ["未来ワークス"]
    assert _orgs("所属事務所の北極スターズは同日、活動の休止を発表した。") == ["北極スターズ"]
    assert _orgs("玩具メーカーの星空工房が新作を発売した。") == ["星空工房"]
    assert _orgs("所属事務所の北斗企画は19日、「穏やかな最期でした」とのコメントを出した。") == ["北斗企画"]  # 企画: a firm


def test_someone_or_a_part_of_a_company_after_its_trade_is_no_name() -> None:
    assert _orgs("自動車大手の労働組合は春闘の要求を発表した。") == []
    assert _orgs("家電メーカーの広報担当は新製品を発表した。") == []
    assert _orgs("自動車大手の幹部は新型車を発表した。") == []
    assert _orgs("家電メーカーの担当者は新製品を発表した。") == []
    assert _orgs("人材派遣大手の未来ワークスでは、研修が始まった。") == []  # no act of its own
    assert _orgs("ある運用会社のファンドマネジャーは「相場は荒れそうだ」と話す。") == []  # a person of the company, unnamed


def test_a_company_after_its_trade_speaks_its_statement() -> None:
    text = "所属事務所の北極スターズは同日、公式サイトで「本人の体調を優先し、休養させます」と発表した。"
    assert quotes(text) == [("本人の体調を優先し、休養させます", "北極スターズ")]


def test_same_company_is_the_company_named_last_however_far_back() -> None:
    text = ("電機メーカーの西浜電工は新工場の建設を発表した。\n\n家電量販店の青空デンキは販売の拡大を発表した。"
            "販売は来月から全店で始まる。同社は「年内に全店で扱う」としている。")
    assert quotes(text) == [("年内に全店で扱う", "青空デンキ")]
    staff = ("人材派遣大手の未来ワークスは3日、新しい研修制度を発表した。対象は全社員に広がる。"
             "同社の広報担当者は「参加は任意だ」と説明した。")
    assert quotes(staff) == [("参加は任意だ", None)]  # (a person of it, unnamed)
    after = ("人材派遣大手の未来ワークスは3日、新しい研修制度を発表した。課題は時間の確保だ。"
             "「業務との両立が難しい」と同社の担当者は打ち明ける。")
    assert quotes(after) == [("業務との両立が難しい", None)]


def test_same_company_passes_over_a_ministry_and_same_ministry_over_a_company() -> None:
    text = ("西浜電工は新工場の建設を発表した。\n\n国土交通省は建設計画を審査している。\n\n"
            "同社は「審査に誠実に対応する」としている。同省は「法令に沿って審査する」としている。")
    assert quotes(text) == [("審査に誠実に対応する", "西浜電工"), ("法令に沿って審査する", "国土交通省")]


def test_same_company_with_no_company_named_is_no_one() -> None:
    text = "北浜市は新庁舎の設計を発表した。完成は再来年になる。同社は「工期は守る」としている。"
    assert quotes(text) == [("工期は守る", None)]


def test_same_company_passes_over_a_court_and_a_federation_named_after_it() -> None:
    court = ("電子部品大手の北斗電機は新製品を発表した。\n\n元社員が起こした訴訟で、北浜地裁は11日、賠償を命じた。"
             "判決は原告の訴えを認めた。\n\n同社は「判決を精査する」としている。")
    assert quotes(court) == [("判決を精査する", "北斗電機")]
    federation = ("電子部品大手の北斗電機は新製品を発表した。\n\n全国電機連合会は同日、賃上げの方針を示した。"
                  "交渉は来月始まる。\n\n同社は「方針を尊重する」としている。")
    assert quotes(federation) == [("方針を尊重する", "北斗電機")]


def test_a_supermarket_or_convenience_store_chain_after_its_kind_is_a_company() -> None:
    text = ("地場スーパーの富士見マートは、宅配を全店に広げる。課題は人手だ。"
            "「運転手が足りない」と同社の担当者は打ち明ける。")
    assert quotes(text) == [("運転手が足りない", None)]  # (its staff, unnamed)
    assert _orgs("地場コンビニの富士見マートは、深夜営業をやめる。") == ["富士見マート"]
    assert _orgs("近所のスーパーの店長は、値上げに悩む。") == []


def test_a_deed_of_a_company_after_its_trade_is_no_name() -> None:
    assert _orgs("外食大手の経営統合が、新会社の設立を発表した。") == []
    assert _orgs("電機大手の業績予想は、下方修正を発表した。") == []


def test_a_company_after_its_trade_is_found_by_the_words_it_says() -> None:
    text = "精密機器大手の北辰精機は「人員削減は考えていない」とコメントした。"
    assert quotes(text) == [("人員削減は考えていない", "北辰精機")]
    assert quotes("外食大手の東雲フーズは「値上げはやむを得ない」としている。") == [("値上げはやむを得ない", "東雲フーズ")]
    assert _orgs("自動車大手の労働組合は「賃上げが必要だ」と訴えた。") == []
    assert _orgs("家電メーカーの新製品は「使いやすい」と評判だ。") == []


def test_a_works_title_and_its_makers_credit_are_no_quote() -> None:
    text = "映画「灯台守の娘」（川辺隆二監督）の完成披露試写会が開かれ、主演の早見莉子は「感無量です」と語った。"
    assert [q for q in quotes(text) if q[0] == "灯台守の娘"] == []
    assert ("感無量です", "早見莉子") in quotes(text)


def test_words_named_after_by_the_body_named_before_and_its_person() -> None:
    text = ("緑葉製薬は26日、新しいワクチンの承認を受けたと発表した。\n\n"
            "「冬が来るたびに備えができる」と、同社の久世晴美社長は大阪市内で開いた会見で話した。\n\n"
            "「出荷は来月に始める」と同社の担当者は打ち明けた。")
    assert quotes(text) == [("冬が来るたびに備えができる", "久世晴美"), ("出荷は来月に始める", None)]  # (unnamed staff)


def test_same_company_is_no_body_that_another_of_its_names_says_is_none() -> None:
    text = ("宇宙関連の北浜電機は3日、小型ロケットの打ち上げに成功した。\n\n"
            "宇宙航空研究開発機構（JAXA）の幹部は「民間の打ち上げが定着すれば心強い」と評価した。"
            "同社は次の打ち上げを12月に予定しており、「11月中に日程を決める」としている。")
    assert ("11月中に日程を決める", "北浜電機") in quotes(text)


def test_same_and_a_body_s_kind_is_the_body_named_in_brackets_after_that_kind() -> None:
    text = ("一方、市民団体「北浜の川を守る会」は18日の会合で独自候補の擁立を決めた。同会は「県政を変える」としている。")
    assert quotes(text) == [("県政を変える", "北浜の川を守る会")]
    text = ("俳優の篠原さんが死去した。所属事務所「オフィス北浜」が31日、発表した。\n\n"
            "同事務所は「穏やかな最期でした」とのコメントを出した。")
    assert quotes(text) == [("穏やかな最期でした", "オフィス北浜")]


def test_same_company_passes_over_a_museum_named_after_it() -> None:
    text = ("画家の回顧展が13日から北国近代美術館で開かれる。\n\n代表作は、英国の競売会社グレイソンで落札された。"
            "同社は「日本の画家の作品として過去最高額だ」としている。")
    assert quotes(text) == [("日本の画家の作品として過去最高額だ", "グレイソン")]


def test_a_firm_of_common_words_and_its_trade_before_its_officer_named_in_full() -> None:
    text = ("衛星を見届けた天測工業の榊原周平社長は「喜びは3倍だ」と語った。\n\n天測工業は12日、運用計画を説明する。"
            "同社は「20を超える団体が名乗りを上げている」としている。")
    assert _orgs(text) == ["天測工業"]
    assert quotes(text)[-1] == ("20を超える団体が名乗りを上げている", "天測工業")
    assert _orgs("化学工業の発展に尽くした山田太郎会長が亡くなった。") == []  # (an industry before の: no officer of it)


def test_a_firm_named_after_a_clause_that_tells_of_it_speaks_its_statement() -> None:
    text = ("作家の訃報\n\n長編は映画にもなった。\n\n作品を出してきた潮風書房は「港の風そのものでした」とのコメントを出した。"
            "潮風書房は来月、全集を出す。")
    assert quotes(text) == [("港の風そのものでした", "潮風書房")]


def test_a_bodys_statement_with_its_copula_left_out_is_its_words() -> None:
    text = "大会を主催する国際菓子職人連盟（本部・リヨン）は「アジアのチームの優勝は、大会の歴史で2度目」としている。"
    assert quotes(text) == [("アジアのチームの優勝は、大会の歴史で2度目", "国際菓子職人連盟")]
