"""The fourth to forty-third actors development sets (tests/data/actors_dev4 … actors_dev43): each well formed, large
enough, in its genres, sharing no sentence with another set, printed by the report as a block of its own (in the
tuned sets' order) with its errors on demand, and its figures pinned at the last measure less 0.01 (raised with each
rule tuned on it; the figures as written are in each set's README)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import actors_report_run, assert_well_marked
from tui import actors_report

ROOT = Path(__file__).parent.parent


@dataclass(frozen=True)
class Pins:
    folder: Path
    genres: dict[str, float]  # each genre's file and the least person recall in it
    least_sentences: int
    person: tuple[float, float]  # the least precision and recall
    org_p: float
    place_p: float
    org_r: float = 0.0
    place_r: float = 0.0


def _any(*genres: str) -> dict[str, float]:
    return dict.fromkeys(genres, 0.0)  # the genres, no recall pinned in each


SETS = {
    # appointments, results, notices, courts, local and foreign news, elections, listings, interviews, rosters
    "dev 4": Pins(actors_report.DEV4_SET, _any(
        "appointments", "clubs_alone", "court_records", "culture_listings", "death_notices", "elections",
        "foreign_news", "interviews_lists", "local_events", "officers", "sports_results"), 200, (0.983, 0.962), 0.952,
        0.923),
    # crime, courts, accidents, baseball, football, sumo, school sports, the Olympics, entertainment, obituaries
    "dev 5": Pins(actors_report.DEV5_SET, _any(
        "accidents", "baseball", "courts", "crime", "entertainment", "football", "obituaries", "olympics",
        "school_sports", "sumo"), 140, (0.967, 0.918), 0.909, 0.608),
    # business news where companies go by their bare names (organisations 0.983 / 0.421 as written)
    "dev 6": Pins(actors_report.DEV6_SET, _any("finance", "labour", "results", "retail", "tech", "transport_energy"),
                  150, (0.87, 1.0), 0.99, 0.89, org_r=0.84, place_r=0.97),
    # culture casts and stage names, entertainment, obituaries, sports (0.959 / 0.771 as written)
    "dev 7": Pins(actors_report.DEV7_SET, {"culture": 0.97, "entertainment": 0.968, "obituaries": 0.99, "sports": 0.96},
                  # organisations 0.875: the gazetteer's 宝塚歌劇団, which this set's gold leaves unmarked once
                  150, (0.985, 0.971), 0.875, 0.533),
    # sports pages alone (0.963 / 0.670 as written)
    "dev 8": Pins(actors_report.DEV8_SET, {
        "athletics_swimming": 0.764, "baseball": 0.847, "combat": 0.629, "football": 0.865, "golf_tennis": 0.887,
        "other": 0.54, "racing": 0.945, "sumo": 0.779, "team_sports": 0.83, "winter": 0.748},
        220, (0.969, 0.777), 0.823, 0.431),
    # literature, film, music, the stage, art, shogi and go, obituaries, local people, science prizes (0.873 / 0.815)
    "dev 9": Pins(actors_report.DEV9_SET, {
        "art": 0.875, "film_tv": 0.897, "games_boards": 0.99, "literature": 0.892, "local": 0.99, "music": 0.963,
        "obituaries": 0.961, "science_awards": 0.931, "stage": 0.847},
        220, (0.968, 0.926), 0.86, 0.692),
    # entertainment, courts, crime, obituaries, business people, schools, politics, science, foreign news (0.925 / 0.850)
    "dev 10": Pins(actors_report.DEV10_SET, _any(
        "business_people", "courts", "crime_accidents", "education_youth", "entertainment", "international",
        "local_society", "obituaries", "politics", "science_medicine"), 290, (0.955, 0.895), 0.837, 0.37, org_r=0.64),
    # organisations in ten genres: companies by short and Latin names, banks, clubs, unions, bodies (0.875 / 0.594)
    "dev 11": Pins(actors_report.DEV11_SET, _any(
        "business", "culture_bodies", "education_medicine", "finance", "government", "international", "labour_welfare",
        "obituaries_careers", "sports_clubs", "tech_startups"), 280, (0.959, 0.921), 0.865, 0.562, org_r=0.587),
    # persons where they are hard: stage names, handles, ring names, foreign names, horses and places as traps
    # (0.864 / 0.748 as written; 0.909 / 0.818 after the rules drawn from it)
    "dev 12": Pins(actors_report.DEV12_SET, _any(
        "culture", "entertainment", "international", "local", "obituaries", "science", "sports"), 290, (0.899, 0.808),
        0.788, 0.533, org_r=0.803, place_r=0.658),
    # persons in five genres of news: foreign names, stage names, elderly given names, real names, players by surname
    # (0.964 / 0.855 as written)
    "dev 13": Pins(actors_report.DEV13_SET, _any("entertainment", "international", "local", "obituaries", "sports"),
                   210, (0.954, 0.845), 0.831, 0.4, org_r=0.691, place_r=0.581),  # (embassies, which it leaves untagged,
    # are organisations since dev 32's quotes: org precision 0.866 -> 0.841)
    # hard persons in six genres: stage names, handles, foreign names, kana elders, players and executives by surname,
    # suspects and witnesses (0.950 / 0.845 as written)
    "dev 14": Pins(actors_report.DEV14_SET, _any("business", "entertainment", "international", "local", "society",
                                                 "sports"), 270, (0.94, 0.835), 0.885, 0.417, org_r=0.671,
                   place_r=0.579),
    # sports pages alone in six genres: players by surname, club・player forms, box scores, ring names, jockeys and
    # racers, positions before surnames (0.968 / 0.676 as written)
    "dev 15": Pins(actors_report.DEV15_SET, _any("athletics_golf_tennis", "baseball", "football", "racing_boats",
                                                 "sumo_martial", "team_ball"), 190, (0.958, 0.666), 0.817, 0.312,
                   org_r=0.653, place_r=0.504),
    # results pages, entertainment and local people in six genres: players by surname and by place-name surnames,
    # box scores, results lines with and without brackets, ring names, racers, comedians' pairs, residents
    # (0.963 / 0.692 as written)
    "dev 16": Pins(actors_report.DEV16_SET, _any("athletics_swimming_skating", "baseball_results", "combat_racing",
                                                 "entertainment", "football_basketball", "local_people"), 215,
                   (0.953, 0.682), 0.892, 0.243, org_r=0.659, place_r=0.448),
    # game stories with players by surname alone, stage names of kanji and katakana, local politicians and party
    # leaders before their titles, people introduced by their role, and traps (0.934 / 0.620 as written; 0.956 / 0.860
    # after the game stories' players, the stage names of kanji and katakana, the assembly members and the hiragana
    # given names before titles)
    "dev 17": Pins(actors_report.DEV17_SET, _any("ball_games", "baseball_games", "local_politics", "role_then_name",
                                                 "stage_names", "traps"), 220, (0.946, 0.846), 0.909, 0.323,
                   org_r=0.63, place_r=0.521),
    # results listings, game stories, entertainment, personnel lists and obituaries, local people and traps (0.909 /
    # 0.767 as written; 0.935 / 0.854 after listings' entries, personnel lists, schools' short names and players after
    # a country or a game's role)
    "dev 18": Pins(actors_report.DEV18_SET, _any("entertainment", "local_and_society", "personnel_obituaries",
                                                 "results_listings", "sports_stories", "traps"), 245, (0.925, 0.844),
                   0.846, 0.334, org_r=0.677, place_r=0.518),
    # results pages of every sport and contest in many house styles (0.891 / 0.658 as written)
    "dev 19": Pins(actors_report.DEV19_SET, _any("athletics_road", "ball_games_school", "board_games_contests",
                                                 "golf_tennis_racing", "martial_arts_sumo",
                                                 "swimming_gymnastics_skating"), 230, (0.924, 0.74), 0.885, 0.331,
                   org_r=0.645, place_r=0.543),
    # running text of ten genres, names in every position and often untitled (0.977 / 0.943 as written)
    "dev 20": Pins(actors_report.DEV20_SET, _any("crime_courts", "culture_entertainment", "economy_business",
                                                 "education_science_health", "international", "obituaries_personnel",
                                                 "opinion_columns_interviews", "politics", "society_local", "sports"), 300,
                   (0.97, 0.941), 0.869, 0.523, org_r=0.803, place_r=0.686),
    # results listings, game stories, local government, entertainment, business personnel, society and courts
    "dev 21": Pins(actors_report.DEV21_SET, _any("business_personnel", "entertainment", "local_government",
                                                 "results_listings", "society_courts", "sport_games"), 330,
                   (0.952, 0.877), 0.909, 0.429, org_r=0.698, place_r=0.552),  # (0.936 / 0.856 as written)
    # game stories and results of many sports, stage names, local government and people (0.954 / 0.751 as written;
    # 0.961 / 0.849 after results lines' shapes and bouts of sports played one against one)
    "dev 22": Pins(actors_report.DEV22_SET, _any("culture_entertainment", "local_government", "results_listings",
                                                 "society_people", "sports_games"), 370,
                   (0.955, 0.845), 0.81, 0.35, org_r=0.64, place_r=0.51),
    # names in running text of six genres, abroad and at home, often untitled (0.973 / 0.926 as written; 0.975 / 0.931
    # after 君 and 主演は…さん)
    "dev 23": Pins(actors_report.DEV23_SET, _any("business_economy", "culture_entertainment", "international",
                                                 "local_people_society", "politics_courts", "sports_misc"), 360,
                   (0.97, 0.92), 0.82, 0.6, org_r=0.76, place_r=0.69),
    # results listings, arts, science and health, television, local people and business people (0.964 / 0.838 as
    # written; 0.968 / 0.880 after a ranking's places run on, stroke leaderboards and bouts' techniques in brackets)
    "dev 24": Pins(actors_report.DEV24_SET, _any("business_people", "culture_arts", "entertainment_tv", "local_people",
                                                 "science_health", "sports_results_listings"), 330,
                   (0.958, 0.87), 0.86, 0.41, org_r=0.51, place_r=0.6),
    # results listings of track and swimming, combat sports and board games, golf and racing; television and radio
    # listings, line-ups and member lists, people in brief (0.902 / 0.800 as written; 0.966 / 0.894 after names printed
    # with a space between surname and given name)
    "dev 25": Pins(actors_report.DEV25_SET, _any("members_and_lineups", "people_in_brief", "results_listings_combat_board",
                                                 "results_listings_golf_racing", "results_listings_track_swim",
                                                 "tv_radio_listings"), 335,
                   (0.956, 0.884), 0.91, 0.5, org_r=0.73, place_r=0.66),
    # television and radio listings, drama and film casts, entertainment news, charts and concerts, variety guests
    # (0.911 / 0.674 as written; 0.920 / 0.804 after the people a listing's part in 【】 names)
    "dev 26": Pins(actors_report.DEV26_SET, _any("drama_film_casts", "entertainment_news", "music_charts_concerts",
                                                 "radio_listings", "tv_listings_terrestrial", "variety_guests_quiz"), 350,
                   (0.91, 0.79), 0.4, 0.5, org_r=0.25, place_r=0.6),
    # readers' letters and voices, personnel and award lists, wire copy from Asia and the world, profiles of ordinary
    # people, business and local officials (0.942 / 0.903 as written; 0.941 / 0.929 after joined names before a
    # compound title)
    "dev 27": Pins(actors_report.DEV27_SET, _any("business_and_local_officials", "international_wire_asia",
                                                 "international_wire_world", "people_features_and_profiles",
                                                 "personnel_and_awards_lists", "readers_letters_and_voices"), 355,
                   (0.93, 0.92), 0.75, 0.6, org_r=0.55, place_r=0.7),
    # courts and police, sports results and comments, obituaries and culture, companies, world and diplomacy, local
    # voices (0.915 / 0.825 as written; 0.919 / 0.839 after occupations' longest readings and correspondents' bylines)
    "dev 28": Pins(actors_report.DEV28_SET, _any("companies_and_industry", "court_and_police_reports",
                                                 "local_life_and_voices", "obituaries_and_culture",
                                                 "sports_results_and_comments", "world_and_diplomacy"), 395,
                   (0.90, 0.82), 0.6, 0.45, org_r=0.4, place_r=0.65),
    # local government and assemblies, schools, medicine and welfare, farming and regions, transport and accidents,
    # culture and sports people, many names printed with a space (0.862 / 0.801 as written; 0.873 / 0.812 now)
    "dev 29": Pins(actors_report.DEV29_SET, _any("culture_sports_people", "farming_fishing_and_regions",
                                                 "local_government_and_assemblies", "medicine_and_welfare",
                                                 "schools_and_education", "transport_and_accidents"), 395,
                   (0.86, 0.80), 0.5, 0.3, org_r=0.4, place_r=0.45),
    # results listings, games, bouts and boards, entertainment people, local government people, schools and community
    # (0.858 / 0.713 as written; 0.881 / 0.751 after a team before its members, candidates, spaced names, capitals, counts)
    "dev 30": Pins(actors_report.DEV30_SET, _any("combat_and_board", "entertainment_people", "local_government_people",
                                                 "results_listings", "schools_and_community", "sports_games"), 410,
                   (0.87, 0.73), 0.82, 0.27, org_r=0.6, place_r=0.41),
    # officers of firms, games of minor sports, results lists, town people, bands, duos and casts, wire copy and courts
    # (0.901 / 0.757 as written; 0.922 / 0.774 after spaced names glued to a word for a person or after a title)
    "dev 31": Pins(actors_report.DEV31_SET, _any("business_officers", "culture_and_groups", "local_news_people",
                                                 "results_listings_2", "sports_games_2", "world_and_courts"), 415,
                   (0.91, 0.76), 0.77, 0.35, org_r=0.48, place_r=0.54),
    # organisations of every kind: firms, public bodies and groups, clubs, media and culture, parties, mixed news
    # (organisations 0.778 / 0.504 as written; 0.802 / 0.527 after a body with its section, branch or chapter)
    "dev 32": Pins(actors_report.DEV32_SET, _any("companies_and_brands", "media_culture_bodies", "mixed_news_orgs",
                                                 "politics_and_parties", "public_bodies_and_groups",
                                                 "sports_clubs_and_teams"), 415,
                   (0.82, 0.82), 0.79, 0.44, org_r=0.51, place_r=0.62),
    # persons in results lists, game reports, town news, entertainment, assemblies and courts, interviews and profiles
    # (persons 0.883 / 0.732 as written; 0.897 / 0.749 after spaced names in lists and before honorifics)
    "dev 33": Pins(actors_report.DEV33_SET, _any("assemblies_and_courts_3", "entertainment_3", "game_reports_3",
                                                 "interviews_and_profiles_3", "local_people_3", "results_lists_3"), 410,
                   (0.88, 0.74), 0.8, 0.28, org_r=0.54, place_r=0.5),
    # organisations in game reports, business, town and society news, politics, culture and international news
    # (persons 0.880 / 0.876, organisations 0.811 / 0.523 as written)
    "dev 34": Pins(actors_report.DEV34_SET, _any("business_news_4", "culture_and_entertainment_4",
                                                 "game_reports_and_results_4", "international_news_4",
                                                 "local_and_society_news_4", "politics_and_government_4"), 425,
                   (0.87, 0.86), 0.8, 0.38, org_r=0.51, place_r=0.65),
    # everyday general news: politics, economy and business, sports, society and crime, international, local life
    # (persons 0.968 / 0.958, organisations 0.896 / 0.765 as written)
    "dev 35": Pins(actors_report.DEV35_SET, _any("economy_business_5", "international_5", "local_life_5", "politics_5",
                                                 "society_crime_5", "sports_5"), 425,
                   (0.95, 0.94), 0.88, 0.55, org_r=0.75, place_r=0.73),
    # people's names easy to miss in six genres: one-kanji and kana given names, surnames that are words or places,
    # families, lists, personnel pages, obituaries, stage and ring names (persons 0.951 / 0.940 as written)
    "dev 36": Pins(actors_report.DEV36_SET, _any("culture_entertainment_6", "economy_business_6",
                                                 "obituaries_personnel_6", "local_life_6", "politics_6",
                                                 "society_crime_6"), 425,
                   (0.97, 0.95), 0.85, 0.45, org_r=0.73, place_r=0.64),
    # people in results, listings and game reports (persons 0.934 / 0.897, organisations 0.852 / 0.624 as written)
    "dev 37": Pins(actors_report.DEV37_SET, _any("elections_awards_7", "entertainment_credits_7", "local_government_7",
                                                 "results_listings_7", "school_community_7", "sports_games_7"), 440,
                   (0.959, 0.907), 0.86, 0.53, org_r=0.714, place_r=0.56),  # persons 0.969 / 0.917, organisations 0.870 / 0.724 after its rules
    # people in results, games, local and community pages, obituaries and personnel lists in other house styles, and
    # lookalikes (persons 0.869 / 0.890, organisations 0.853 / 0.472 as written)
    "dev 38": Pins(actors_report.DEV38_SET, _any("community_people_8", "local_government_8", "negatives_lookalikes_8",
                                                 "obituaries_personnel_8", "results_listings_8", "sports_games_8"), 440,
                   (0.859, 0.88), 0.84, 0.35, org_r=0.46, place_r=0.45),
    # people in results, games, local pages, credits and society pages in house styles sets 37 and 38 did not use, and
    # lookalikes (persons 0.862 / 0.826, organisations 0.808 / 0.570 as written)
    "dev 39": Pins(actors_report.DEV39_SET, _any("entertainment_culture_9", "local_government_9", "negatives_lookalikes_9",
                                                 "results_listings_9", "society_people_9", "sports_games_9"), 440,
                   (0.906, 0.838), 0.79, 0.26, org_r=0.56, place_r=0.38),  # persons 0.916 / 0.848 after its rules
    # people in results, games, culture, local and society pages in house styles sets 37 to 39 did not use (doubles and
    # pairs, team matches, line-ups, scorers, prize lists, obituaries, personnel and election lists), and lookalikes
    # (persons 0.912 / 0.826, organisations 0.865 / 0.668 as written)
    "dev 40": Pins(actors_report.DEV40_SET, _any("entertainment_culture_10", "local_government_10", "negatives_lookalikes_10",
                                                 "results_listings_10", "society_people_10", "sports_games_10"), 440,
                   (0.913, 0.865), 0.859, 0.323, org_r=0.658, place_r=0.427),  # persons 0.923 / 0.875 after its rules
    # everyday general news of six genres in running prose, real places with invented people and firms, and lookalikes
    # (persons 0.876 / 0.936, organisations 0.845 / 0.533 as written)
    "dev 41": Pins(actors_report.DEV41_SET, _any("entertainment_culture_11", "local_government_11", "negatives_lookalikes_11",
                                                 "results_listings_11", "society_people_11", "sports_games_11"), 440,
                   (0.87, 0.929), 0.835, 0.434, org_r=0.523, place_r=0.565),  # persons 0.880 / 0.939 after its rules
    # everyday general news of the genres (politics, economy and business, international, society, sports) in
    # running prose, and lookalikes (persons 0.921 / 0.932, organisations 0.895 / 0.681 as written)
    "dev 42": Pins(actors_report.DEV42_SET, _any("economy_business_12", "international_12", "negatives_lookalikes_12",
                                                 "politics_national_12", "society_people_12", "sports_games_12"), 440,
                   (0.937, 0.951), 0.888, 0.578, org_r=0.689, place_r=0.730),  # persons 0.947 / 0.961 after its rules
    # web, business, results, entertainment and local news with names written unspaced, and lookalikes (persons 0.952 /
    # 0.866, organisations 0.884 / 0.656 as written)
    "dev 43": Pins(actors_report.DEV43_SET, _any("business_people_13", "entertainment_13", "local_life_13",
                                                 "negatives_lookalikes_13", "sports_results_13", "web_news_13"), 440,
                   (0.942, 0.856), 0.874, 0.466, org_r=0.646, place_r=0.639),
}


def _articles(name: str) -> list:
    return actors_report.load_general(SETS[name].folder)


@lru_cache(maxsize=None)
def _report(*args: str) -> subprocess.CompletedProcess:
    return actors_report_run(*args)


@pytest.mark.parametrize("name", SETS)
def test_the_set_has_its_sentences_and_genres_and_is_well_marked(name):
    articles = _articles(name)
    assert sum(len(a.texts) for a in articles) >= SETS[name].least_sentences
    assert {a.name.split(":")[0] for a in articles} == set(SETS[name].genres)
    assert_well_marked(SETS[name].folder)


@pytest.mark.parametrize("name", SETS)
def test_no_sentence_is_twice_in_it_or_in_another_set(name):
    mine = [t for a in _articles(name) for t in a.texts]
    assert len(mine) == len(set(mine))
    others = {t for a in actors_report.load() + actors_report.load_general() for t in a.texts}
    others |= {t for folder, _, _ in actors_report.TUNED_SETS if folder != SETS[name].folder
               for a in actors_report.load_general(folder) for t in a.texts}
    others |= {t for folder, _ in actors_report.HELD_OUT_SETS for a in actors_report.load_general(folder) for t in a.texts}
    shared = len(others & set(mine))  # a count only: a failure prints no held-out sentence
    assert shared == 0, f"{shared} sentences shared with other sets"


@lru_cache(maxsize=None)
def _scores(name: str) -> dict:
    return actors_report.score_set(_articles(name))


@pytest.mark.parametrize("name", SETS)
def test_its_figures_hold(name):
    pins = SETS[name]
    scores = _scores(name)
    person = scores[("all", "ours", "person")]
    assert person.p() >= pins.person[0] and person.r() >= pins.person[1]
    for genre, least in pins.genres.items():
        assert scores[(genre, "ours", "person")].r() >= least, genre
    org, place = scores[("all", "ours", "organization")], scores[("all", "ours", "place")]
    assert org.p() >= pins.org_p and org.r() >= pins.org_r
    assert place.p() >= pins.place_p and place.r() >= pins.place_r


def test_the_tuned_sets_come_in_order():
    assert [name for _, name, _ in actors_report.TUNED_SETS] == ["dev 4", "dev 5", "dev 6", "dev 7", "dev 8", "dev 9",
                                                                  "dev 10", "dev 11", "dev 12", "dev 13", "dev 14",
                                                                  "dev 15", "dev 16", "dev 17", "dev 18", "dev 19",
                                                                  "dev 20", "dev 21", "dev 22", "dev 23", "dev 24", "dev 25",
                                                                  "dev 26", "dev 27", "dev 28", "dev 29", "dev 30",
                                                                  "dev 31", "dev 32", "dev 33", "dev 34", "dev 35",
                                                                  "dev 36", "dev 37", "dev 38", "dev 39", "dev 40",
                                                                  "dev 41", "dev 42", "dev 43"]


@pytest.mark.parametrize("name", SETS)
def test_the_report_prints_its_block(name):
    out = _report()
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = next(k for k, x in enumerate(lines) if x.startswith(f"{name}, tuned on:"))
    names = [n for _, n, _ in actors_report.TUNED_SETS]
    if names.index(name):
        before = names[names.index(name) - 1]
        assert lines.index(next(x for x in lines if x.startswith(f"{before}, tuned on:"))) < at
    scores = _scores(name)
    for row, kind in enumerate(actors_report.KINDS):
        o = scores[("all", "ours", kind)]
        assert f"{o.p():.3f} / {o.r():.3f}" in lines[at + 2 + row]
    option = next(opt for folder, _, opt in actors_report.TUNED_SETS if folder == SETS[name].folder)
    assert option == "--errors-dev" + name.removeprefix("dev ")


def test_the_newest_sets_errors_are_its_misses_and_false_finds():
    """The errors option of a set (the newest: every set's is the same code) lists one row per miss and per false
    find, as its figures count them."""
    folder, name, option = actors_report.TUNED_SETS[-1]
    errors = _report(option)
    assert errors.returncode == 0 and errors.stdout
    rows = [row.split("\t") for row in errors.stdout.splitlines()]
    assert all(len(row) == 6 for row in rows)
    scores = _scores(name)
    for kind in actors_report.KINDS:
        o = scores[("all", "ours", kind)]
        assert sum(r[1] == "miss" and r[2] == kind for r in rows) == o.fn, kind
        assert sum(r[1] == "false" and r[2] == kind for r in rows) == o.fp, kind
    assert _report("--errors-dev999").returncode == 2
