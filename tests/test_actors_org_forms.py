"""Organisations from their forms (issue 20): police forces and stations, institutions by the last word of
their name, universities written short, companies UniDic cuts into a name and a suffix (組, 屋, 園), names in
quotes after a kind of organisation, a role or a second organisation after one. Sentences of our own; each
fails without its rule. The guards: common nouns, persons and places that end in the same characters."""

from __future__ import annotations

import pytest

from tui.news import actors


def found(text: str, kind: str = "organization") -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == kind]


@pytest.mark.parametrize("text, orgs", [
    ("北海道警は、盗難車を運転していた男を逮捕した。", ["北海道警"]),
    ("岐阜県警関署は、空き巣の疑いで男を逮捕した。", ["岐阜県警関署"]),  # (a force and its station: one body)
    ("警視庁捜査３課は、窃盗グループの男を逮捕した。", ["警視庁", "捜査３課"]),
    ("豊橋署によると、けが人はいなかった。", ["豊橋署"]),
])
def test_police_forces_stations_and_divisions(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("奈良国立博物館で、仏像の特別展が始まった。", ["奈良国立博物館"]),
    ("国立天文台は、新しい彗星を見つけたと発表した。", ["国立天文台"]),
    ("倉敷市役所の職員が、避難所の運営を手伝った。", ["倉敷市役所"]),
    ("仙台交響楽団の演奏会が、市民会館で開かれた。", ["仙台交響楽団"]),
    ("ミラノ国立歌劇場の合唱団が来日した。", ["ミラノ国立歌劇場"]),
    ("国立がん研究センターは、新しい治療法の臨床試験を始めた。", ["国立がん研究センター"]),
])
def test_institutions_by_the_last_word_of_their_name(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("奈良県立医大の研究チームが、新しい検査法を開発した。", ["奈良県立医大"]),
    ("カリフォルニア工科大の研究者が、新型のロボットを作った。", ["カリフォルニア工科大"]),
    ("元南都大学学長の男性が、講演で若者を励ました。", ["南都大学"]),
    ("現在北星大学教授の岡部さんは、恩師の言葉を振り返った。", ["北星大学"]),
])
def test_universities_written_short_or_before_a_role(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("戸田組は、駅前の再開発工事を受注した。", ["戸田組"]),
    ("元竹中組副社長の男性が、経営の心得を語った。", ["竹中組"]),
    ("高島屋の本店で、全国の駅弁を集めた催しが始まった。", ["高島屋"]),
    ("伊藤園の新しい緑茶飲料は、若者に人気がある。", ["伊藤園"]),
    ("旧大森電器産業の工場跡地に、公園が整備された。", ["大森電器産業"]),
])
def test_companies_by_their_form(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("芸能事務所「オフィス青空」は、所属俳優の退所を発表した。", ["オフィス青空"]),
    ("アイドルグループ「ミルキーステップ」が、新曲を披露した。", ["ミルキーステップ"]),
])
def test_the_name_in_quotes_and_not_the_kind_before_it(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", [
    "駅前の本屋と八百屋が、相次いで店を閉じた。",
    "動物園の入場者数が、過去最高になった。",
    "円高が進み、輸出企業の業績が悪化した。",
    "消防署の職員が、避難訓練を指導した。",
    "市役所の近くの公園で、朝市が開かれた。",
    "特殊詐欺グループの男が逮捕された。",
])
def test_common_words_with_those_endings_are_no_organisations(text):
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "千賀滉大は、この日も好投した。",
    "東海林大吾が、舞台に立った。",
])
def test_a_name_that_ends_in_a_suffix_character_is_no_organisation(text):
    assert found(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("大阪桐蔭高校が、初戦を突破した。", ["大阪桐蔭高校"]),
    ("智弁和歌山高が、初戦を突破した。", ["智弁和歌山高"]),
    ("青葉台小学校で、運動会が開かれた。", ["青葉台小学校"]),
])
def test_schools_by_their_last_word_and_written_short(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", [
    "ドル高が進んだ。",
    "ミドリ高、アオバ安となった。",  # names the gazetteer lacks (its トヨタ and ホンダ are companies)
    "佐藤高が、会見した。",
    "同じ高校の出身だ。",
    "市立小学校の校長が話した。",
    "女子高校生が表彰された。",
])
def test_a_rise_a_kind_of_school_and_a_pupil_are_no_schools(text):
    assert found(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("日本獣医師会は、声明を出した。", ["日本獣医師会"]),
    ("広島県人会の総会が開かれた。", ["広島県人会"]),
    ("北欧議会は、新しい規則を可決した。", ["北欧議会"]),
])
def test_associations_and_assemblies_by_kai(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", [
    "東京大会の開会式が開かれた。",
    "日本社会の課題だ。",
    "横浜会場で開かれた。",
    "北海道の会は、新しい活動を始めた。",
])
def test_a_tournament_a_society_and_a_venue_are_no_associations(text):
    assert found(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("熊本国税局は、会社を告発した。", ["熊本国税局"]),
    ("北陸財務局が、業務改善命令を出した。", ["北陸財務局"]),
    ("神戸税関は、密輸を摘発した。", ["神戸税関"]),
    ("仙台管区気象台によると、雪が降る。", ["仙台管区気象台"]),
    ("中国国家統計局が、成長率を発表した。", ["国家統計局"]),
])
def test_bureaus_customs_and_observatories_and_a_states_bureau_after_its_country(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", [
    "駅前の郵便局で、切手を買った。",
    "中国当局は、声明を出した。",
    "事務局によると、参加者は増えた。",
    "テレビ局の記者が取材した。",
])
def test_a_post_office_the_authorities_and_a_secretariat_are_no_names(text):
    assert found(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("毎晩新聞は、社説で増税を論じた。", ["毎晩新聞"]),
    ("第四銀行の頭取が、決算を説明した。", ["第四銀行"]),
    ("ソニー生命保険の社員が、相談会を開いた。", ["ソニー生命保険"]),
])
def test_a_name_of_common_words_an_ordinal_or_a_proper_katakana_word(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", [
    "名人戦の第２局は、千日手になった。",
    "県立美術館で、回顧展が開かれた。",
    "ペット保険の加入者が増えた。",
    "ゲーム産業の市場規模が拡大した。",
])
def test_a_game_a_kind_of_museum_and_kinds_of_industry_are_no_organisations(text):
    assert found(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("精密部品メーカーのカジマ精機は2日、新工場の建設を発表した。", ["カジマ精機"]),  # カ: read as the counter ヵ
    ("カジマ精機の北山社長は「受注は堅調だ」と述べた。", ["カジマ精機"]),
])
def test_a_katakana_letter_read_as_a_symbol_stays_in_the_name(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("昨年秋田県警が摘発した事件の裁判が始まった。", ["秋田県警"]),  # a time word before the name is none of it
    ("きのう静岡県警が会見を開き、経緯を説明しました。", ["静岡県警"]),
    ("先月北辰精機が新工場の計画を発表した。", ["北辰精機"]),
    ("毎日新聞の調査では、支持率は下がった。", ["毎日新聞"]),  # a time word that is the name's own head
])
def test_a_time_before_an_organisation_is_not_part_of_its_name(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("北浜学園・南浜学園をめぐる問題で、審議が止まった。", ["北浜学園", "南浜学園"]),  # a list joined by ・
    ("東浜大学・西浜大学の研究チームが、新しい素材を発表した。", ["東浜大学", "西浜大学"]),
])
def test_two_organisations_joined_by_a_middle_dot_are_two(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("備前ともえ銀行は、来年４月に新しい支店を開く。", ["備前ともえ銀行"]),  # (と + も + え: particles to UniDic)
    ("しただ信用金庫は２日、決算を発表した。", ["しただ信用金庫"]),  # (し + ただ: a verb and a conjunction)
    ("ゆかり会計事務所の所長が講演した。", ["ゆかり会計事務所"]),
    ("版元のくるみ書房は新刊を出した。", ["くるみ書房"]),  # (after a noun's の, right before the trade's word)
    ("版元のあまつぶ書房が重版を決めた。", ["あまつぶ書房"]),  # (あ + ま: fillers to UniDic, then つぶ)
    ("運営会社のひかり運輸によると、便は増える。", ["ひかり運輸"]),
    ("（ゆのかわ薬品）が２位だった。", ["ゆのかわ薬品"]),  # (の inside a name after a mark)
    ("本州と佐渡を結ぶ佐渡みらい汽船が運航を続ける。", ["佐渡みらい汽船"]),  # (a place, a name in hiragana, the trade)
    ("航路を運航するはまなす海運は減便を決めた。", ["はまなす海運"]),  # (after a clause's verb, one noun in the line)
    ("列車を走らせるときわ鉄道は運転を見合わせた。", ["ときわ鉄道"]),
])
def test_a_firms_name_with_a_word_in_hiragana(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", [
    "どこで新聞を読めばいいのか。",  # (words before the word, not a name)
    "８・００　歌のまつり生放送",  # (a kind of programme after a common word)
    "夏のまつり生放送が始まった。",  # (after a noun's の, but no trade's word right after the hiragana)
    "電気で走るくるま産業が伸びる。",  # (a common word and a trade it makes a kind of)
])
def test_hiragana_words_before_a_firms_word_are_no_name(text):
    assert found(text) == []


@pytest.mark.parametrize("text, orgs", [
    ("ひばり乳業の社長に就任した。", ["ひばり乳業"]),
    ("魚半商店の店主は話した。", ["魚半商店"]),
    ("新潟県燕市の金物卸株式会社柳田商店が事業を停止した。", ["株式会社柳田商店"]),  # (its trade before its kind)
])
def test_firms_by_their_trade_and_a_kind_written_before_the_name(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, orgs", [
    ("中国外務省の報道官は定例会見で反論した。", ["中国外務省"]),
    ("インドネシア外務省によると、交渉は年内に始まる。", ["インドネシア外務省"]),
    ("韓国国防省は演習の中止を発表した。", ["韓国国防省"]),
])
def test_a_country_and_its_ministry_are_one_body(text, orgs):
    assert found(text) == orgs


def test_a_force_the_gazetteer_knows_and_its_station_are_one_body():
    assert found("警視庁目白署によると、男は容疑を認めている。") == ["警視庁目白署"]
    assert found("警視庁は会見で発表した。") == ["警視庁"]


@pytest.mark.parametrize("text, orgs", [
    ("五島市観光課によると、客は増えた。", ["五島市観光課"]),  # (a local government's section)
    ("長崎県観光振興課の担当者が説明した。", ["長崎県観光振興課"]),
    ("北稜大学医学部の教授が発表した。", ["北稜大学医学部"]),  # (a university's faculty)
    ("自民党新潟県連は候補者を決めた。", ["自民党新潟県連"]),  # (a party's chapter, the party the gazetteer's)
    ("日銀高知支店によると、景気は持ち直している。", ["日銀高知支店"]),
    ("衆院予算委員会で、首相が答弁した。", ["衆院予算委員会"]),  # (a house and its committee)
    ("参院外交防衛委員会は法案を可決した。", ["参院外交防衛委員会"]),
    ("国連児童基金は、支援を広げると発表した。", ["国連児童基金"]),  # (the United Nations and its agency)
])
def test_a_body_with_its_section_branch_faculty_or_chapter_is_one(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text", ["市の総務課が担当する。", "地域の課題を話し合った。"])
def test_a_section_without_its_government_or_a_word_in_ka_is_no_body(text):
    assert found(text) == []


def test_a_schools_club_is_no_faculty():
    assert found("松江市の宍道東高校科学部が、湖の水質を調べた。") == ["宍道東高校"]


@pytest.mark.parametrize("text, orgs", [
    ("菓子メーカーのあさひ屋（金沢市）は、新しい最中を発売した。", ["あさひ屋"]),
    ("和菓子店の鴨川月光堂が、焼き菓子を開発した。", ["鴨川月光堂"]),
    ("研究所では、豆腐店大沼屋の店主が顧問を務める。", ["大沼屋"]),
    ("タクシー会社の若宮交通と組み、送迎を任せる。", ["若宮交通"]),
    ("靴底のゴムは、子会社六甲ラバー化成が供給する。", ["六甲ラバー化成"]),  # (the kind before it none of the name)
    ("村上市の酒販店マルサン岩船商店が企画した。", ["マルサン岩船商店"]),
    ("投資ファンドのシルバーコーブ・キャピタルは、旅館を買収した。", ["シルバーコーブ・キャピタル"]),  # (words joined by ・)
    ("出版社の朝霧書房は来春、全集を刊行する。", ["朝霧書房"]),  # (a publisher, after its kind)
    ("出版元の潮騒出版によると、初版は売り切れた。", ["潮騒出版"]),
    ("家電メーカーの凪野電器（大阪市）は、ケトルを回収する。", ["凪野電器"]),  # (a common word and a trade's word)
])
def test_a_firm_named_after_its_kind(text, orgs):
    assert [o for o in found(text) if o in orgs] == orgs and not any(o.startswith(("子会社", "酒販店")) for o in found(text))


@pytest.mark.parametrize("text, org", [
    ("配食を続けるＮＰＯ法人こもれびテーブルは、寄付を募っている。", "ＮＰＯ法人こもれびテーブル"),
    ("株式会社そよかぜラボは、新しい端末を発表した。", "株式会社そよかぜラボ"),
    ("町の防災無線は一般社団法人しおさい声の会が運営する。", "一般社団法人しおさい声の会"),  # (の and a group's word)
])
def test_a_name_after_its_legal_form_needs_no_firms_word(text, org):
    assert org in found(text)


@pytest.mark.parametrize("text", ["株式会社の社長が会見した。", "学校法人理事長の話を聞いた。"])
def test_a_legal_form_before_common_words_names_no_body(text):
    assert found(text) == []


def test_a_person_after_a_kind_of_firm_is_no_firm():
    assert found("取材に応じた会社のアンナ・ミラーは、経緯を語った。") == []


@pytest.mark.parametrize("text", [
    "会社の社長が会見した。", "メーカーの新製品が並んだ。", "会社の本社で会見した。", "出版元の意向で刊行を見送った。",
])
def test_a_common_word_after_a_kind_of_firm_is_no_firm(text):
    assert found(text) == []


def test_a_name_before_its_shop_word_stays_whole():
    assert found("霞城百貨店労働組合は声明を出した。") == ["霞城百貨店労働組合"]


@pytest.mark.parametrize("text, orgs", [
    ("松山市を拠点とする劇団ともしび座が、創立５０周年を迎えた。", ["劇団ともしび座"]),
    ("主演の俳優は劇団白樺野の出身だ。", ["劇団白樺野"]),
    ("地元の劇団青い梯子が、創立５０年の記念公演を開いた。", ["劇団青い梯子"]),  # a name opening with an adjective
])
def test_a_troupe_after_the_word_for_it_is_one_with_it(text, orgs):
    assert [o for o in found(text) if o.startswith("劇団")] == orgs


@pytest.mark.parametrize("text", ["劇団員の山田さんが語った。", "脚本は劇団出身の作家が手がけた。", "あの集団は劇団です。"])
def test_a_troupes_member_or_a_common_word_after_the_word_is_no_troupe(text):
    assert [o for o in found(text) if o.startswith("劇団")] == []


@pytest.mark.parametrize("text, orgs", [
    ("ほしぞら電機労働組合の大町委員長は、賃上げを求めた。", ["ほしぞら電機労働組合"]),  # (ほし + ぞら: a verb's stem, a noun)
    ("はやせ経済研究所によると、消費は伸びている。", ["はやせ経済研究所"]),  # (はやせ: read as a verb's order)
])
def test_an_organisation_begins_with_its_kana_head(text, orgs):
    assert found(text) == orgs


@pytest.mark.parametrize("text, org", [
    ("温泉街をつくる熱川観光協議会が発足した。", "熱川観光協議会"),  # (a verb before its noun)
    ("かつて北浜銀行は県内最大だった。", "北浜銀行"),  # (an adverb)
])
def test_a_verb_or_an_adverb_before_a_name_is_none_of_it(text, org):
    assert org in found(text) and not any(o.endswith(org) and o != org for o in found(text))


def test_letters_before_a_models_number_are_no_body() -> None:
    assert found("電気ケトル「ゆわかし名人ＫＴ－３」約１２万台を回収する。") == []
    assert found("新型のＲＸ－８を発表した。") == []


def test_a_katakana_name_before_a_firms_suffix_is_read_whole() -> None:
    # UniDic cuts the name into words it reads otherwise; the suffix's run starts back at the katakana word's start
    assert "ナガオ製作所" in found("ナガオ製作所が２―１でハクロ繊維に勝った。")
    assert "オ製作所" not in found("ナガオ製作所が２―１でハクロ繊維に勝った。")


def test_particles_before_a_firms_hiragana_word_stay_out_of_its_name():
    assert found("日本からはみらい東海銀行と決済アプリが協力する。") == ["みらい東海銀行"]


@pytest.mark.parametrize("text, full", [
    ("美濃医科大が新しい検査法を開発した。美濃医科大学の研究チームが発表した。", "美濃医科大学"),
    ("湊信金が新しい融資を始めた。湊信用金庫の理事長が語った。", "湊信用金庫"),
    ("岩手県教委が再編案を示した。岩手県教育委員会の教育長が説明した。", "岩手県教育委員会"),
    ("鳴沢大が募集停止へ。私立鳴沢大学は来年度の学生募集を停止する。", "私立鳴沢大学"),  # (short, without its founder)
])
def test_a_body_written_short_and_in_full_is_one_actor(text, full):
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    assert len(hits) == 2 and {new[f.actor].name for f in hits} == {full}


@pytest.mark.parametrize("text, orgs", [
    ("北辰工大は「学生の力を誇りに思う」とのコメントを出した。", ["北辰工大"]),  # (a technical university written short)
    ("北海道日高町のかすみ牧場で生まれた。", ["かすみ牧場"]),  # (a farm by its name)
    ("近くの牧場で子牛が生まれた。", []),  # (a farm, no name)
])
def test_a_technical_university_written_short_and_a_named_farm(text, orgs):
    assert found(text) == orgs


def test_a_short_form_the_recognisers_missed_is_the_body_written_in_full() -> None:
    text = "湖東銀行と三方銀行が統合する。三方銀によると、店は減らさない。"
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    assert [(text[f.start:f.end], new[f.actor].name) for f in hits if f.start > 10] == [("三方銀", "三方銀行")]
    assert found("鳴沢大学の学生が、鳴沢大会に出た。") == ["鳴沢大学"]  # (a kanji after it: another word)


def test_words_said_in_quotes_after_a_team_name_no_organisation() -> None:
    assert found("深海の微生物を発見　北辰大チーム「海のごみ問題に役立てたい」") == []
    assert found("お笑いコンビ「ぽんかんず」が単独ライブを開く。") == ["ぽんかんず"]


@pytest.mark.parametrize("text, orgs", [
    ("首都圏でスーパーを展開するフレッシュ・ミナトは、5日から販売する。", ["フレッシュ・ミナト"]),
    ("県内の鮮魚卸、カネヨ・シーフーズは、13日から販売する。", ["カネヨ・シーフーズ"]),
    ("町長は、町内のホテル・ナラハラに泊まった。", ["ホテル・ナラハラ"]),
    ("所属事務所のサニーサイド・プロによると、引退は本人の意思だ。", ["サニーサイド・プロ"]),
    ("鳴川市の河西百貨店は31日、最終営業日を迎えた。", ["河西百貨店"]),
    ("電子部品大手の北辰電子は、年末年始を9日間の休みとした。", ["北辰電子"]),
])
def test_a_firm_named_in_katakana_parts_or_common_words_by_its_business(text, orgs):
    assert found(text) == orgs


def test_a_pacemakers_name_is_no_firm() -> None:
    assert found("ペースメーカーのジョセフ・キプロノが３０キロまで引っ張った。") == []
    assert found("居酒屋を経営するジョン・スミスさんは喜んだ。") == []
