"""Each English event reader on sentences written for these tests (not copied from any outlet)."""
from __future__ import annotations

import datetime as dt

import pytest

from warwire.models import Article, Event
from warwire.pipeline import extract_events

FRIDAY = dt.date(2025, 3, 14)  # a Friday


def events(body: str, published: dt.date = FRIDAY) -> list[Event]:
    return extract_events(Article(source="test", body=body, published=published))


def of_type(body: str, type_: str, published: dt.date = FRIDAY) -> list[Event]:
    return [e for e in events(body, published) if e.type == type_]


def one(body: str, type_: str, published: dt.date = FRIDAY) -> Event:
    found = of_type(body, type_, published)
    assert len(found) == 1, f"expected one {type_}, got {[e.to_dict() for e in found]}"
    return found[0]


def test_wave_with_launched_intercepted_and_lost() -> None:
    ev = one("Russia launched 210 drones overnight, of which 160 were shot down and 38 were lost to "
             "electronic warfare, Ukraine's air force said.", "air_attack")
    assert ev.counts == {"launched": 210, "intercepted": 160, "lost": 38}
    assert (ev.actor, ev.target, ev.weapon) == ("Russia", "Ukraine", "drone")
    assert ev.claimed_by == "Ukrainian Air Force"
    assert ev.date == FRIDAY


def test_rough_then_exact_figure_keeps_the_exact_one() -> None:
    evs = [e for e in events("Moscow fired more than a hundred drones at Ukraine overnight. "
                             "In all, Russia launched 127 drones, the military said.") if e.type == "air_attack"]
    assert len(evs) == 1
    assert evs[0].counts["launched"] == 127 and "launched" not in evs[0].hedges


def test_two_weapons_split_and_the_toll_goes_on_a_mixed_wave() -> None:
    evs = [e for e in events("Russia fired 40 missiles and 75 drones on Friday in an attack that killed at "
                             "least five people, officials said.") if e.type == "air_attack"]
    by_weapon = {e.weapon: e for e in evs}
    assert by_weapon["missile"].counts == {"launched": 40}
    assert by_weapon["drone"].counts == {"launched": 75}
    assert by_weapon["mixed"].counts == {"killed": 5} and by_weapon["mixed"].hedges == {"killed": "at_least"}


def test_out_of_pairs_and_missile_types() -> None:
    evs = [e for e in events("Air defences destroyed 30 out of 34 missiles and 55 out of 60 drones.")
           if e.type == "air_attack"]
    got = sorted((e.weapon, e.counts["launched"], e.counts["intercepted"]) for e in evs)
    assert got == [("drone", 60, 55), ("missile", 34, 30)]
    kinds = [e for e in events("The barrage involved 9 ballistic and 12 cruise missiles.") if e.type == "air_attack"]
    assert sorted(e.counts["launched"] for e in kinds) == [9, 12]


def test_ukrainian_drones_over_a_russian_region() -> None:
    ev = one("Russian air defences downed 31 Ukrainian drones over the Belgorod region overnight, "
             "the defence ministry in Moscow said.", "air_attack")
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")
    assert ev.counts == {"intercepted": 31}
    assert ev.location is not None and ev.location.name == "Belgorod Oblast"
    assert ev.claimed_by == "Russian Defence Ministry"


def test_strike_with_casualties_at_a_named_city() -> None:
    ev = one("A missile hit an apartment block in the eastern city of Kharkiv on Thursday, killing three people "
             "and wounding 12 others, the regional governor said.", "strike")
    assert ev.counts == {"killed": 3, "injured": 12}
    assert ev.location is not None and ev.location.name == "Kharkiv"
    assert ev.location.lat is not None and abs(ev.location.lat - 49.99) < 0.2
    assert ev.item == "apartment block"
    assert ev.date == dt.date(2025, 3, 13)
    assert ev.weapon == "missile"


def test_a_woman_counts_as_one() -> None:
    ev = one("A drone attack killed a woman in the southern city of Mykolaiv, the mayor said.", "strike")
    assert ev.counts == {"killed": 1}


def test_monthly_totals_are_not_events() -> None:
    assert events("Russia is losing about 30,000 troops a month, the alliance said.") == []
    assert [e for e in events("Since the start of the war, air defences have destroyed 4,000 missiles.")
            if e.counts] == []


def test_power_outage_per_region_with_affected() -> None:
    evs = [e for e in events("More than 400,000 customers were left without power in the Odesa region on Friday, "
                             "the grid operator said.") if e.type == "infrastructure_outage"]
    assert len(evs) == 1
    assert evs[0].item == "power" and evs[0].counts == {"affected": 400_000}
    assert evs[0].hedges == {"affected": "more_than"}
    assert evs[0].location is not None and evs[0].location.name == "Odesa Oblast"


def test_generic_talk_of_electricity_is_not_an_outage() -> None:
    assert events("Modern life cannot exist without electricity.") == []


def test_territorial_claim() -> None:
    ev = one("Russia's defence ministry said on Wednesday its forces had captured the village of Andriivka.",
             "territorial_claim")
    assert (ev.actor, ev.status, ev.place) == ("Russia", "captured", "Andriivka")
    assert ev.date == dt.date(2025, 3, 12)


def test_arms_transfer_pledged_with_quantity() -> None:
    ev = one("Norway pledged 12 air defence systems to Ukraine on Tuesday.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("Norway", "Ukraine", "pledged")
    assert ev.counts == {"quantity": 12}


def test_arms_transfer_refused_and_conditions() -> None:
    ev = one("Berlin has refused to send long-range Taurus missiles to Kyiv.", "arms_transfer")
    assert (ev.actor, ev.status) == ("Germany", "refused")
    assert events("Ukraine hopes the tanks will be delivered soon.") == []


def test_protest_with_participants() -> None:
    ev = one("Hundreds of students rallied in Tbilisi on Saturday. About 2,000 protesters marched to parliament.",
             "protest", published=dt.date(2025, 3, 16))
    assert ev.counts == {"participants": 2000} and ev.hedges == {"participants": "about"}


def test_ground_combat_on_named_directions() -> None:
    evs = [e for e in events("Fighting continued on the Pokrovsk and Lyman directions, the General Staff said.")
           if e.type == "ground_combat"]
    assert sorted(e.location.name for e in evs if e.location) == ["Lyman", "Pokrovsk"]
    assert all(e.claimed_by == "Ukrainian General Staff" for e in evs)


def test_the_defence_forces_downing_drones_are_the_side_attacked() -> None:
    ev = one("Ukraine’s defence forces downed 16 out of 21 Russian Shahed-136 UAVs.", "air_attack")
    assert (ev.actor, ev.target, ev.counts) == ("Russia", "Ukraine", {"launched": 21, "intercepted": 16})


def test_rocket_artillery_is_not_a_missile_wave() -> None:
    body = ("Over the last day, the Russian occupiers delivered 5 missile strikes and carried out 39 attacks using "
            "multiple-launch rocket systems on the positions of the Armed Forces.")
    assert [(e.weapon, e.counts) for e in events(body) if e.type == "air_attack"] == [("missile", {"launched": 5})]
    ev = one("Ukraine's special forces destroyed four helicopters in Russia's Belgorod region with U.S.-supplied "
             "HIMARS rocket systems on Monday.", "strike")
    assert ev.weapon == "missile"


def test_a_daily_tally_of_missile_and_air_strikes_is_a_wave_per_kind() -> None:
    body = ("Over the course of the day, the Russians launched 28 air and six missile strikes and carried out 38 "
            "attacks using multiple-launch rocket systems.")
    assert sorted((e.weapon or "", e.counts["launched"]) for e in events(body) if e.type == "air_attack") == [
        ("", 28), ("missile", 6)]
    ev = one("Over the past day, Ukraine's Air Force carried out seven strikes on clusters of Russian personnel.",
             "air_attack")
    assert (ev.actor, ev.target, ev.weapon, ev.counts) == ("Ukraine", "Russia", None, {"launched": 7})
    assert [e for e in events("Russian forces carried out 82 attacks on settlements over the past day.")
            if e.type == "air_attack"] == []


def test_a_community_shelled_told_in_the_passive_or_as_suffered_is_a_strike_there() -> None:
    for body in ("The Yunakivka hromada was subjected to artillery shelling (7 strikes).",
                 "The Bilopillia hromada also suffered mortar attacks (4 strikes).",
                 "Artillery shelling was recorded in the Seredyna-Buda hromada, where 21 strikes were carried out.",
                 "Russian forces carried out two missile strikes on the centre of the city of Kostiantynivka in "
                 "Donetsk Oblast.",
                 "Kryvyi Rih, the president's hometown, came under the “heaviest drone attack of the war” overnight."):
        ev = one(body, "strike")
        assert ev.location is not None and ev.location.precision == "settlement" and ev.counts == {}, body
    assert [e for e in events("Russia last conducted a major missile strike on Kyiv on Aug. 26, when officials said "
                              "it fired more than 200 drones.") if e.type == "strike"] == []


@pytest.mark.parametrize(("body", "place"), [
    ("The occupiers used artillery to strike the Krasnopillia hromada 14 times.", "Krasnopillia"),
    ("Russian forces pummelled the Vorozhba hromada with 12 mortar strikes.", "Vorozhba"),
    ("Russian troops fired mortars on the territory of the Khotin hromada; 11 explosions were recorded.", "Khotin"),
    ("The Russians fired from artillery (8 explosions) on the Esman hromada.", "Esman"),
    ("The Russians dropped 2 mines on the territory of the Shalyhyne hromada.", "Shalyhyne"),
    ("There were 6 mortar explosions in the Svesa hromada.", "Svesa"),
    ("In Bilopillia hromada, 12 strikes from mortars were recorded.", "Bilopillia"),
    ("Russian forces performed three attacks on the Yunakivka hromada with mortars.", "Yunakivka"),
])
def test_a_border_community_s_shelling_tally_is_a_strike_there(body: str, place: str) -> None:
    ev = one(body, "strike")
    assert ev.location is not None and ev.location.name == place and ev.counts == {}


def test_bombs_used_in_attacks_on_a_town_are_a_strike_there() -> None:
    ev = one("Russian forces used FAB-250 bombs in at least four attacks on the town of Marinka on Friday.", "strike")
    assert ev.location is not None and (ev.location.name, ev.weapon) == ("Marinka", "glide_bomb")


def test_mortar_fire_does_not_take_the_weapon_of_the_days_wave() -> None:
    body = ("Russian forces launched 3 missiles from a helicopter at the Sumy region on Thursday.\n\n"
            "Russian troops fired mortars on the territory of the Khotin hromada; 11 explosions were recorded.")
    assert one(body, "strike").weapon is None


def test_a_daily_roll_of_shelled_settlements_is_no_strike_at_its_first_name() -> None:
    body = "On the Shakhtarsk front, the Russians shelled Vuhledar, Prechystivka, Pavlivka and Velyka Novosilka."
    assert of_type(body, "strike") == []
    body = ("Over the past day, Russian forces attacked Senkivka and Hremiach (Chernihiv Oblast); Volfyne and "
            "Zapsillia (Sumy Oblast).")  # a roll grouped by region
    assert of_type(body, "strike") == []
    assert one("The Russians shelled Vuhledar on Thursday.", "strike").location.name == "Vuhledar"


def test_a_region_hit_told_beside_its_city_hit_is_the_same_strike_unless_another_source_tells_it() -> None:
    body = ("A Russian missile struck a school in the city of Kharkiv on Thursday, the mayor said.\n\n"
            "On Thursday, several explosions shook Kharkiv Oblast during an air raid, damaging homes.")
    (ev,) = of_type(body, "strike")
    assert ev.location is not None and ev.location.name == "Kharkiv" and len(ev.evidence) == 2
    body = ("Russia's defence ministry said on Thursday its missiles destroyed three helicopters at an airfield "
            "in Ukraine's Kharkiv region.\n\nKharkiv's governor said two people were killed by Russian shelling "
            "in the city of Kharkiv on Thursday.")
    assert len(of_type(body, "strike")) == 2


def test_one_drone_shot_down_is_a_wave_with_one_intercepted() -> None:
    ev = one("Border guards in Chernihiv Oblast shot down a Russian Shakhed drone on Thursday evening.", "air_attack")
    assert (ev.weapon, ev.counts, ev.actor) == ("drone", {"intercepted": 1}, "Russia")
    assert ev.location is not None and ev.location.name == "Chernihiv Oblast"
    assert [e for e in events("Ukrainian forces shot down a Ukrainian Bayraktar drone over Kyiv after it lost "
                              "its link.") if e.type == "air_attack"] == []


@pytest.mark.parametrize("body", [
    "Explosions rocked an airfield near Dzhankoi on Tuesday, damaging two helicopters.",
    'The so-called "governor of Sevastopol" said a drone attack set a fuel tank on fire overnight.',
])
def test_an_attack_in_crimea_is_ukraines_however_it_is_told(body: str) -> None:
    (ev,) = [e for e in events(body) if e.type in ("strike", "air_attack")]
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")


def test_drones_breaching_a_third_countrys_airspace_are_a_wave_on_it() -> None:
    ev = one("Eleven Russian drones violated Romanian airspace overnight, the defence ministry in Bucharest said.",
             "air_attack")
    assert (ev.actor, ev.target, ev.weapon, ev.counts) == ("Russia", "Romania", "drone", {"launched": 11})


def test_a_word_run_together_with_down_still_reads_as_shot_down() -> None:
    ev = one("Ukrainian defenders shotdown 11 Shahed drones out of 14 launched overnight.", "air_attack")
    assert ev.counts == {"launched": 14, "intercepted": 11}


@pytest.mark.parametrize(("body", "canonical"), [
    ("The village of Kotliary in Kharkiv district was also shelled on Thursday night.", "Kotliari"),
    ("Russian forces struck the Miropillia hromada with mortars (12 strikes).", "Myropillia"),
])
def test_a_village_spelled_with_i_for_y_still_resolves_when_told_as_a_village(body: str, canonical: str) -> None:
    (ev,) = [e for e in events(body) if e.type == "strike" and e.location and e.location.precision != "admin1"
             and e.location.canonical != "Kharkiv Raion"]
    assert ev.location is not None and ev.location.canonical == canonical


def test_a_front_names_the_sector_not_where_the_shell_fell() -> None:
    ev = one("On the Horlivka front, one person was killed in the Chasiv Yar hromada on Thursday.", "strike")
    assert ev.location is not None and (ev.location.name, ev.counts) == ("Chasiv Yar", {"killed": 1})


def test_a_village_told_as_a_hromada_is_a_place_however_small() -> None:
    ev = one("The Yunakivka hromada came under grenade-launcher fire on Wednesday, which injured one civilian.", "strike")
    assert ev.location is not None and (ev.location.name, ev.counts) == ("Yunakivka", {"injured": 1})


def test_an_aside_between_a_victim_and_the_verb_keeps_the_figure() -> None:
    body = ("Russian forces shelled the village of Richky on Wednesday. As a result, one civilian (a woman) was "
            "injured and two men (aged 45 and 50) were killed.")
    assert one(body, "strike").counts == {"injured": 1, "killed": 2}


def test_a_front_opening_the_sentence_is_where_the_fighting_is() -> None:
    body = ("On the Lyman front, the invaders tried to improve the tactical situation and conducted unsuccessful "
            "offensives in the areas of Kreminna and Serebrianka Forest.")
    ev = one(body, "ground_combat")
    assert ev.location is not None and ev.location.name == "Lyman"


@pytest.mark.parametrize(("body", "place"), [
    ("Russian forces entered the outskirts of Rodynske on Tuesday.", "Rodynske"),
    ("Russian troops unleashed a new offensive west of Orikhiv this week.", "Orikhiv"),
    ("Analysts reported Russian progress along the railway near Shevchenko.", "Shevchenka"),
])
def test_ground_combat_told_as_entering_an_offensive_or_progress(body: str, place: str) -> None:
    ev = one(body, "ground_combat")
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")
    assert ev.location is not None and ev.location.canonical == place


@pytest.mark.parametrize(("body", "attacker"), [
    ("A Ukrainian soldier walks past ruins in Pokrovsk, which has seen the heaviest fighting of the year.", "Russia"),
    ("Fighting raged in Irpin, where Ukrainian forces tried to hold off Russian troops advancing on Kyiv.", "Russia"),
    ("A Ukrainian intelligence officer said Russia’s fifth army was pressing ahead, advancing near Huliaipole.",
     "Russia"),
    ("A successful Ukrainian counter-attack near Kupiansk left Russian units encircled.", "Ukraine"),
])
def test_the_attacking_side_is_the_one_that_pushes_not_the_first_named(body: str, attacker: str) -> None:
    assert one(body, "ground_combat").actor == attacker


def test_no_gains_made_is_not_fighting() -> None:
    assert [e for e in events("Russia has not made significant gains near Kupiansk since July.")
            if e.type == "ground_combat"] == []


def test_the_accused_side_is_the_attacker_at_each_region_named() -> None:
    evs = [e for e in events("Moscow's defence ministry accused Ukraine of attacking energy facilities with drones in "
                             "the Russian border regions of Bryansk and Kursk.") if e.type == "strike"]
    assert sorted(e.location.name for e in evs if e.location) == ["Bryansk Oblast", "Kursk Oblast"]
    assert {(e.actor, e.target) for e in evs} == {("Ukraine", "Russia")}


@pytest.mark.parametrize("body", [
    "A ministry spokesman said neither Ukraine nor Russia had attacked each other's energy facilities since Tuesday.",
    "The Kremlin said Russian forces hadn’t struck any power plant in Kharkiv since the truce began.",
])
def test_an_attack_denied_is_not_a_strike(body: str) -> None:
    assert of_type(body, "strike") == []


def test_a_countrys_possessive_region_and_military_aircraft_hit_there() -> None:
    ev = one("Special forces said on Monday they destroyed four military helicopters in Russia’s Belgorod region.",
             "strike")
    assert ev.location is not None and ev.location.name == "Belgorod Oblast"
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")
    assert [e for e in events("There were reports of attack and troop-carrying helicopters moved close to Kharkiv.")
            if e.type == "strike"] == []


def test_a_village_qualified_by_a_countrys_region_keeps_the_toll() -> None:
    ev = one("A Russian missile struck a shop in the village of Hroza in Ukraine’s Kharkiv region, killing 51 people.",
             "strike")
    assert ev.location is not None and ev.location.canonical == "Hroza" and ev.counts == {"killed": 51}
    ev = one("A Russian missile struck the city of Sumy, across the border from Russia’s Kursk region, injuring 60.",
             "strike")
    assert ev.location is not None and ev.location.name == "Sumy"


@pytest.mark.parametrize("body", [
    "Some 40,000 soldiers have been killed since Russia launched its full-scale invasion, the president said.",
    "More than 9,000 people died on both sides of the front line between 2014-2022, monitors say.",
    "The total casualties among the brigade's troops in the Kursk area have exceeded 2,500 killed and wounded.",
    "Reporters have confirmed the names of almost 90,000 people killed fighting on Russia's side.",
])
def test_running_tolls_of_the_war_are_not_events(body: str) -> None:
    assert [e.to_dict() for e in events(body) if e.type in ("strike", "air_attack")] == []


@pytest.mark.parametrize("body", [
    "Officials in Beijing insist that they do not send military assistance to Moscow.",
    "The former minister criticised the chancellor for his hesitation in providing military aid to Ukraine.",
])
def test_a_denied_or_hesitated_transfer_is_not_a_transfer(body: str) -> None:
    assert of_type(body, "arms_transfer") == []


def test_a_strike_prescribed_by_an_analyst_is_not_a_strike() -> None:
    body = "Ukraine must cut the peninsula off with precision strikes on depots and on the Kerch bridge, he argues."
    assert of_type(body, "strike") == []


def test_governments_listed_as_the_subject_each_make_a_transfer_and_a_joint_figure_is_told_once() -> None:
    evs = [e for e in events("Poland, Latvia and Estonia have delivered 300 Stinger missiles to Ukraine.")
           if e.type == "arms_transfer"]
    assert sorted(e.actor for e in evs) == ["Estonia", "Latvia", "Poland"]
    assert sum(e.counts.get("quantity", 0) for e in evs) == 300
    evs = events("The United States and Britain sent 200 Javelin missiles to Ukraine on Monday.")
    assert sorted((e.type, e.actor) for e in evs) == [("arms_transfer", "United Kingdom"),
                                                      ("arms_transfer", "United States")]  # no missile launch


def test_a_transfer_to_a_government_named_by_its_capital_goes_to_that_state() -> None:
    evs = [e for e in events("Norway and Finland have sent anti-drone equipment to Copenhagen ahead of the summit.")
           if e.type == "arms_transfer"]
    assert sorted((e.actor, e.target) for e in evs) == [("Finland", "Denmark"), ("Norway", "Denmark")]


def test_a_stance_held_repeatedly_is_not_a_transfer() -> None:
    assert [e for e in events("The prime minister has repeatedly blocked EU aid packages for Ukraine.")
            if e.type == "arms_transfer"] == []


def test_a_weapon_only_ukraine_fires_gives_the_direction() -> None:
    ev = one("At least five Himars missiles crashed into the administration building in Kherson, killing one.", "strike")
    assert (ev.actor, ev.target, ev.counts) == ("Ukraine", "Russia", {"killed": 1})
    ev = one("Russian missiles struck a warehouse in Kramatorsk storing HIMARS ammunition, killing two people.", "strike")
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")  # the weapon named is what was hit, not what hit


def test_drones_slamming_into_a_railway_hub_are_a_strike_there() -> None:
    ev = one("Russian drones slammed into the railway hub in the city of Fastiv on Friday.", "strike")
    assert ev.location is not None and ev.location.name == "Fastiv"


def test_residents_left_without_a_power_supply_is_an_outage_with_its_figure() -> None:
    ev = one("Drones hit the grid in the Belgorod region, leaving about 9,000 residents without a power supply.",
             "infrastructure_outage")
    assert (ev.item, ev.counts, ev.target) == ("power", {"affected": 9000}, "Russia")


@pytest.mark.parametrize("body", [
    "Rallies against the war in several cities have been repressed and the free media silenced.",
    "Students who picketed or posted online for peace were expelled.",
    "Moscow has trained fake anti-government protesters and funneled cash to opposition parties.",
    "FORMER SOVIET REPUBLIC SEES RULING PARTY CAVE TO MASSIVE STREET PROTESTS IN THE CAPITAL",
])
def test_protests_told_in_general_are_not_one_protest(body: str) -> None:
    assert [e.to_dict() for e in events(body) if e.type == "protest"] == []


@pytest.mark.parametrize("body", [
    "Several hundred Ukrainians demonstrated outside the chancellery, calling for more air defence.",
    "Despite the crackdown, protests have erupted across the country against the call-up.",
])
def test_a_protest_placed_where_the_crowd_stood_is_kept(body: str) -> None:
    one(body, "protest")


def test_another_countrys_capital_named_is_not_kyiv_or_moscow() -> None:
    ev = one("On Tuesday night, thousands of Georgians took to the streets of the capital, Tbilisi, protesting "
             "against the bill.", "protest")
    assert ev.location is None or ev.location.name not in ("Kyiv", "Moscow")


@pytest.mark.parametrize("body", [
    "An exhibition of equipment captured from Kyiv forces during the fighting in Ukraine opened in Moscow on Wednesday.",
    "The agenda was a truce in Mariupol and other areas of intense fighting, to allow evacuation.",
    "The convoy was set to move from the besieged city toward Manhush and then on to Berdyansk.",
    "The airport near Kharkiv is where assault helicopters land.",
    "He met an oppositionist fighting with the regime in Moscow.",
])
def test_fighting_as_a_setting_or_a_modifier_is_not_ground_combat(body: str) -> None:
    assert [e.to_dict() for e in events(body) if e.type == "ground_combat"] == []


def test_figures_counted_over_a_period_set_in_the_sentence_before_are_not_a_wave() -> None:
    body = ("The president said that over the past week most regions came under Russian attack. Writing on X, he said "
            "1,310 guided bombs, over 1,000 attack drones and nine missiles had been launched against Ukraine.")
    assert [e.to_dict() for e in events(body) if e.type == "air_attack"] == []
    body = ("Over the past week Russia kept up its attacks. On Friday night it launched 120 drones at Ukraine, the air "
            "force said.")
    assert one(body, "air_attack").counts == {"launched": 120}


def test_partisans_blowing_up_a_railway_in_crimea_strike_russian_held_land() -> None:
    ev = one("Ukrainian partisans likely blew up a railway segment near Poshtove, Crimea.", "strike")
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")
    assert [e for e in events("The bridge near Irpin was later blown up by Ukrainian troops to stop Russian tanks.")
            if e.type == "strike"] == []


def test_occupation_authorities_speak_for_russian_held_land() -> None:
    ev = one("The occupation authorities in the Luhansk region say two people were killed when a blast hit the "
             "office of their prosecutor.", "strike")
    assert (ev.target, ev.counts) == ("Russia", {"killed": 2})


def test_each_hit_verb_gives_its_own_place() -> None:
    evs = [e for e in events("The occupiers also fired at the Sloviansk community with rockets and hit Kramatorsk "
                             "with missiles.") if e.type == "strike"]
    assert sorted(e.location.canonical for e in evs if e.location) == ["Kramatorsk", "Sloviansk"]
    assert [e.type for e in events("Officials said 14 missiles were fired at the Kyiv region on Sunday.")
            if e.type == "strike"] == []


def test_a_cultural_centre_collapsing_under_a_strike_is_a_strike() -> None:
    ev = one("A Russian strike trapped seven people under a collapsed cultural centre in the Kharkiv region.", "strike")
    assert ev.location is not None and ev.location.name == "Kharkiv Oblast"


def test_fighting_in_towns_listed_after_a_colon_or_joined_by_and_around() -> None:
    evs = [e for e in events("The Russians are fighting similar battles in other towns: Novokalynove, Pervomaiske, "
                             "and Avdiivka.") if e.type == "ground_combat"]
    assert sorted(e.location.canonical for e in evs if e.location) == ["Avdiivka", "Novokalynove", "Pervomaiske"]
    evs = [e for e in events("Russian forces were also attacking near Bakhmut itself and around Vuhledar, the "
                             "military said.") if e.type == "ground_combat"]
    assert sorted(e.location.canonical for e in evs if e.location) == ["Bakhmut", "Vuhledar"]


def test_a_conjunction_opening_the_sentence_is_no_claimant() -> None:
    ev = one("While reports said the city was calm, Russian forces were fighting near Bakhmut.", "ground_combat")
    assert ev.claimed_by is None


@pytest.mark.parametrize(("body", "kind", "claimant"), [
    ("Fragments of a downed Russian missile fell near Dnipro on Thursday, injuring 12 people, said the governor of "
     "Dnipropetrovsk region, Serhiy Lysak.", "strike", "Serhiy Lysak"),
    ("Russian forces struck a fuel depot in Odesa on Thursday, Russia's TASS news agency reported.", "strike", "TASS"),
    ("North Korea has sent some 3,000 more soldiers to Russia this year, South Korea's military said.", "policy",
     "South Korean military"),
    ("Emmanuel Macron promised that France would give Ukraine six additional Caesar howitzers.", "arms_transfer",
     "Emmanuel Macron"),
    ("In Kyiv, three people were injured on Thursday, Kyiv's mayor said.", "strike", "Kyiv's mayor"),
    ("Russia’s Ministry of Defence accused Ukraine of attacking Bryansk with drones on Thursday.", "strike",
     "Russian Defence Ministry"),
    ("Russia's Defence Ministry, meanwhile, said its air defences shot down 12 Ukrainian drones overnight.",
     "air_attack", "Russian Defence Ministry"),
    ("The wave was wide, with Russia's Defence Ministry claiming to have downed 40 drones overnight.", "air_attack",
     "Russian Defence Ministry"),
    ("President Volodymyr Zelensky of Ukraine said Russian drones killed two people in Odesa on Thursday.", "strike",
     "Volodymyr Zelensky"),
])
def test_the_claimant_is_read_from_how_the_attribution_names_it(body: str, kind: str, claimant: str) -> None:
    assert one(body, kind).claimed_by == claimant


@pytest.mark.parametrize(("line", "claimant"), [
    ("Source: Serhii Lysak, Head of Dnipropetrovsk Oblast Military Administration, on Telegram", "Serhii Lysak"),
    ("Source: evening summary of the General Staff of the Armed Forces of Ukraine", "Ukrainian General Staff"),
    ("Source: European Pravda, referring to the Pentagon's press release", "Pentagon"),
    ("Source: Secretary of Kryvyi Rih City Council Oksana Hrytsenko; Suspilne", "Oksana Hrytsenko"),
    ("Source: Lysak on Telegram", "Serhii Lysak"),  # the surname completed from the body
    ("Source: police in Poltava Oblast", "police"),
])
def test_a_leading_source_line_speaks_for_the_whole_report(line: str, claimant: str) -> None:
    body = (f"Russian forces shelled Nikopol on Thursday, injuring two people.\n\n{line}\n\n"
            "Details: Serhii Lysak wrote that a gas pipeline was damaged.")
    assert one(body, "strike").claimed_by == claimant


@pytest.mark.parametrize("line", ["Source: European Pravda", "Source: PAP, Reuters"])
def test_a_source_line_naming_an_outlet_or_closing_the_report_gives_no_claimant(line: str) -> None:
    assert one(f"Russian forces shelled Nikopol on Thursday, injuring two people.\n\n{line}", "strike").claimed_by is None
    body = ("Russian forces shelled Nikopol on Thursday, injuring two people.\n\nThe city has been shelled daily.\n\n"
            "Repairs began at once.\n\nSource: Reuters")  # the agencies a wire report ends with
    assert one(body, "strike").claimed_by is None


def test_the_sentence_s_own_attribution_outranks_the_source_line() -> None:
    body = ("Source: Sumy Oblast Military Administration\n\n"
            "Russian forces shelled Bilopillia on Thursday, injuring two people, the police said.")
    assert one(body, "strike").claimed_by == "police"


def test_an_adverb_after_he_still_points_to_the_last_speaker() -> None:
    body = ("Defence Secretary Lloyd Austin said on Thursday that Ukraine could win the war. He also announced the US "
            "would send another $713m of military aid to Ukraine.")
    assert one(body, "arms_transfer").claimed_by == "Lloyd Austin"


def test_an_outage_that_did_not_happen_is_not_an_outage() -> None:
    body = "Despite last week's missile attacks, most Ukrainians had a weekend without scheduled blackouts in Kyiv."
    assert [e.to_dict() for e in events(body) if e.type == "infrastructure_outage"] == []


def test_a_front_running_through_provinces_is_not_fighting_in_their_capitals() -> None:
    assert [e.to_dict() for e in events("Battles have also escalated along the eastern front in Donetsk and "
                                        "Zaporizhzhia.") if e.type == "ground_combat"] == []


def test_an_air_base_named_with_its_number_is_at_its_town() -> None:
    ev = one("On Thursday, special forces detonated an ammunition depot at the Engels-2 air base, triggering "
             "explosions, officials said.", "strike")
    assert ev.location is not None and ev.location.canonical == "Engels"


def test_one_case_told_to_illustrate_a_pattern_is_not_an_event() -> None:
    body = "In September, for example, footage captured the moment a Russian drone hit an administrative building in Kharkiv."
    assert [e.to_dict() for e in events(body) if e.type == "strike"] == []


def test_earlier_in_the_day_is_the_day_just_told() -> None:
    evs = events("Russian drones hit a school in Kharkiv on Tuesday.\n\nEarlier in the day, a missile struck a "
                 "warehouse in Dnipro, killing two people.")
    (dnipro,) = [e for e in evs if e.type == "strike" and e.location and e.location.canonical == "Dnipro"]
    assert dnipro.date == dt.date(2025, 3, 11)


@pytest.mark.parametrize("body", ["", "   \n\n  ", "No war news here at all.", "12345 67890", "\x00\x01 binary-ish"])
def test_odd_bodies_give_no_events_and_no_errors(body: str) -> None:
    assert events(body) == []


def test_evidence_points_into_the_body_and_ids_are_stable() -> None:
    body = "Intro line.\nRussia launched 50 drones overnight, the air force said."
    first = events(body)
    second = events(body)
    assert [e.id for e in first] == [e.id for e in second]
    for ev in first:
        for span in ev.evidence:
            assert body[span.start:span.end] == span.text


def test_a_protest_still_planned_is_not_a_protest() -> None:
    assert [e for e in events("Farmers are planning a protest in Brussels on December 18th.")
            if e.type == "protest"] == []
    assert one("Farmers protested in Brussels on Wednesday.", "protest").location is not None


def test_a_toll_over_a_siege_of_months_is_a_running_total() -> None:
    body = "Over 20,000 civilians have been killed in Mariupol in the nearly two-month siege, officials said."
    assert [e for e in events(body) if e.counts] == []


def test_a_weapon_named_in_a_condition_is_not_delivered() -> None:
    body = ("The minister delivered a warning to Russia: if another missile enters Polish airspace, it will be "
            "shot down.")
    assert of_type(body, "arms_transfer") == []


def test_forces_thrown_into_the_fight_are_not_a_government_decision() -> None:
    for body in ("The Russians are deploying all available forces in an attempt to break through our lines.",
                 "The Estonian navy broke off its pursuit after Russia launched fighter jets into its airspace."):
        assert of_type(body, "policy") == [], body
    assert one("Russia has sent 10,000 more troops to Belarus.", "policy").actor == "Russia"


def test_sanctions_counted_since_the_war_began_are_a_record_not_a_decision() -> None:
    for body in ("Following Russia's attack that began Feb. 24, Canada has imposed sanctions on more than 700 "
                 "individuals.",
                 "The EU has introduced a series of sanctions as well, targeting Russia's energy industry."):
        assert of_type(body, "policy") == [], body


def test_a_city_named_after_a_colon_is_where_the_fighting_is() -> None:
    body = "Russian forces attempt advance on corridor city: Zaporizhzhia, on the evacuation route, is in their path."
    assert one(body, "ground_combat").location.name == "Zaporizhzhia"


def test_shelling_reported_in_a_list_of_towns_is_a_strike_in_each_town() -> None:
    body = "Local media reported heavy shelling in the Donetsk region in Maryinka, Sloviansk and Kramatorsk on Friday."
    strikes = of_type(body, "strike")
    assert sorted(e.location.name for e in strikes if e.location) == ["Kramatorsk", "Maryinka", "Sloviansk"]
    assert [e for e in events("Talks on shelling in Donetsk went nowhere.") if e.type == "strike"] == []


def test_a_city_left_without_food_water_or_electricity_is_one_power_outage() -> None:
    body = "About 100,000 people remain in Mariupol, trapped without food, water, heat or electricity, officials say."
    (ev,) = of_type(body, "infrastructure_outage")
    assert (ev.item, ev.counts) == ("power", {"affected": 100000})


def test_a_sides_own_air_force_striking_is_that_side_attacking() -> None:
    ev = one("Over the past day, the Ukrainian Air Force delivered 12 strikes on clusters of Russian troops.",
             "air_attack")
    assert (ev.actor, ev.target, ev.counts) == ("Ukraine", "Russia", {"launched": 12})
    ev = one("Ukraine's Air Force shot down 14 of the 16 drones launched overnight.", "air_attack")
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")  # the air force that meets a wave is its target
    ev = one("The Air Force of the Ukrainian Defence Forces conducted four air strikes on Russian positions.",
             "air_attack")
    assert (ev.actor, ev.counts) == ("Ukraine", {"launched": 4})


def test_drones_a_sides_forces_destroyed_were_the_other_sides() -> None:
    ev = one("Ukraine's defence forces killed 300 Russian soldiers on Thursday and destroyed six tanks and four "
             "drones.", "air_attack")
    assert (ev.actor, ev.target, ev.counts) == ("Russia", "Ukraine", {"intercepted": 4})
    ev = one("Russian air defence units destroyed 12 Ukrainian drones over the Bryansk region overnight.", "air_attack")
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")


def test_a_days_report_over_the_course_of_the_day_is_news_not_a_running_total() -> None:
    body = ("Over the course of today, Ukrainian aircraft carried out seven airstrikes on Russian positions. "
            "Ukraine's defences downed two Russian drones.")
    assert sorted((e.actor, tuple(e.counts.items())) for e in of_type(body, "air_attack")) == [
        ("Russia", (("intercepted", 2),)), ("Ukraine", (("launched", 7),))]
    assert of_type("Over the course of five months, Russia launched 4,000 drones at Ukraine.", "air_attack") == []


def test_communities_attacked_without_a_weapon_are_no_air_attack() -> None:
    assert of_type("Russian forces attacked six hromadas in Sumy Oblast on Thursday.", "air_attack") == []
    assert len(of_type("Russian forces attacked Ukraine with drones overnight.", "air_attack")) == 1


def test_offensives_not_undertaken_are_no_fighting() -> None:
    assert of_type("Russian forces did not undertake any offensive operations on the Kupiansk and Lyman fronts.",
                   "ground_combat") == []
    assert len(of_type("Russian forces undertook offensive operations on the Kupiansk front.", "ground_combat")) == 1


def test_forces_that_repel_assaults_are_not_the_attackers() -> None:
    ev = one("The city of Marinka saw the fiercest battles; Ukrainian forces repelled 12 Russian assaults on it.",
             "ground_combat")
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")
    ev = one("Heavy fighting continues near Kreminna, where Ukrainian troops are counterattacking.", "ground_combat")
    assert ev.actor == "Ukraine"


def test_a_toll_told_after_the_attack_on_a_town_is_named_is_that_towns_strike() -> None:
    body = ("The number of casualties of the Russian attack on Kostiantynivka has risen to 9. "
            "Four civilians were killed in the attack.")
    assert of_type(body, "air_attack") == []
    ev = one(body, "strike")
    assert (ev.location.name, ev.counts) == ("Kostiantynivka", {"killed": 4})


def test_a_toll_pointing_back_at_the_attack_goes_on_its_strike_a_few_sentences_on() -> None:
    body = ("On Thursday a Russian missile hit a residential building in Uman. The entrance collapsed. "
            "Twenty apartments were destroyed. Dozens of cars burned. Rescuers worked through the night. "
            "As a result of the attack, 19 people were killed, eight people were injured, and two more people "
            "are considered missing.")
    assert of_type(body, "air_attack") == []
    ev = one(body, "strike")
    assert (ev.location.name, ev.counts) == ("Uman", {"killed": 19, "injured": 8})
    ev = one("A missile hit a house in Uman on Thursday, killing two people and injuring five; one is missing.",
             "strike")
    assert ev.counts == {"killed": 2, "injured": 5}


def test_a_communitys_shelling_told_by_rounds_or_by_the_weapon_used_is_a_strike_there() -> None:
    body = ("Russian forces fired 14 mortar bombs on the Yunakivka hromada on Thursday. "
            "They fired 6 mortar bombs on the Esman hromada. "
            "The Russians deployed 122-mm artillery to shell the Nova Sloboda hromada.")
    assert sorted(e.location.name for e in of_type(body, "strike")) == ["Esman", "Nova Sloboda", "Yunakivka"]
    assert of_type("They fired questions at the minister about the Esman hromada budget.", "strike") == []


def test_storming_or_trying_to_capture_a_town_is_fighting_there() -> None:
    for body in ("Russian troops stormed Vuhledar on Thursday.", "Russian troops are trying to storm Vuhledar.",
                 "The Russian invaders are attempting to capture the city of Bakhmut."):
        ev = one(body, "ground_combat")
        assert (ev.actor, ev.location.name) == ("Russia", "Vuhledar" if "Vuhledar" in body else "Bakhmut"), body
    # the attempt's object is the coast, not the city named before it
    assert of_type("He visited the coastal city of Odesa, a Russian goal in trying to seize the Black Sea coast.",
                   "ground_combat") == []


def test_a_quote_attributed_where_it_ends_is_the_speakers_from_its_first_sentence() -> None:
    body = ('"Thirty homes were damaged. Three people were killed in Kharkiv on Thursday. My condolences to '
            'their families," Zelensky wrote.')
    assert one(body, "strike").claimed_by == "Volodymyr Zelensky"
    body = '"Three people were killed in Kharkiv on Thursday." The mayor spoke later.'
    assert one(body, "strike").claimed_by is None  # a quote closed with no attribution names no one


def test_we_in_a_ministers_quote_is_the_government_the_article_names_them_with() -> None:
    body = ("Canada's Defence Minister Anita Anand announced new aid on Thursday.\n\n"
            '"We are sending 9,000 assault rifles and 40 machine guns to Ukraine. They will help Ukraine defend '
            'itself," Anand said.')
    evs = of_type(body, "arms_transfer")
    assert {(e.actor, e.item, e.counts.get("quantity"), e.claimed_by) for e in evs if e.counts} == {
        ("Canada", "assault rifles", 9000, "Anita Anand"), ("Canada", "machine guns", 40, "Anita Anand")}
    assert of_type('"We are sending 9,000 assault rifles to Ukraine," an official said.', "arms_transfer") == []


def test_a_regime_named_by_its_capital_is_no_place_and_continuing_attacks_no_strike() -> None:
    body = ("\"The continuing attacks by the Ukrainian armed forces on Russia's energy facilities show the Kyiv "
            "regime's lack of respect for any obligations,\" the ministry said.")
    assert of_type(body, "strike") == []
    ev = one("Russian missiles hit the Kyiv region on Thursday, the regime's critics said.", "strike")
    assert ev.location.name == "Kyiv Oblast"


def test_a_salvo_of_a_few_missiles_on_one_town_is_told_by_its_strike() -> None:
    body = "Another two Russian S-300 missiles hit a civilian infrastructure facility in Kostiantynivka on Thursday."
    assert of_type(body, "air_attack") == []
    assert one(body, "strike").location.name == "Kostiantynivka"
    ev = one("Russia fired 12 missiles at Kharkiv on Thursday; all were shot down.", "air_attack")
    assert ev.counts["launched"] == 12
    assert of_type("Russia fired 12 missiles at Kharkiv on Thursday; all were shot down.", "strike") == []


def test_defenders_holding_or_repelling_are_not_the_attackers_and_fears_are_no_fighting() -> None:
    for body in ("On the Marinka front, the defence forces of Ukraine repelled numerous attacks near the "
                 "settlement of Marinka.",
                 "Ukraine's defence forces keep holding their lines in heavy fighting for the city of Bakhmut."):
        assert one(body, "ground_combat").actor == "Russia", body
    for body in ("On the Shakhtarsk front, as of now, the occupiers do not conduct any offensive operations.",
                 "Prigozhin fears counterattacks by the Ukrainian Armed Forces, particularly in Bakhmut."):
        assert of_type(body, "ground_combat") == [], body


def test_all_weapons_downed_over_a_city_hit_nothing_there_unless_debris_did() -> None:
    assert of_type("Air defence forces had shot down all the Russian drones and missiles that attacked Kyiv "
                   "last night.", "strike") == []
    assert one("Air defence shot down all the drones that attacked Kyiv last night, but debris damaged cars.",
               "strike").location.name == "Kyiv"


def test_a_command_named_after_a_city_is_no_place_and_guided_air_bombs_are_glide_bombs() -> None:
    assert of_type("Russian forces conducted a missile strike against the command post of the Ukrainian "
                   "Kherson Group of Forces on Thursday.", "strike") == []
    ev = one("Two guided air bombs hit the village of Kizomys on Thursday, damaging ten houses.", "strike")
    assert (ev.location.name, ev.weapon) == ("Kizomys", "glide_bomb")


def test_a_roll_told_in_the_passive_and_grouped_by_region_is_a_roll() -> None:
    body = ("Vremivka and Novopil in Donetsk Oblast; Huliaipole and Orikhiv in Zaporizhzhia Oblast; and the "
            "city of Kherson were attacked.")
    assert of_type(body, "strike") == []
    assert one("The city of Kherson was attacked on Thursday.", "strike").location.name == "Kherson"


def test_facilities_told_as_the_subject_of_damage_in_towns_listed_with_their_regions_are_strikes() -> None:
    body = ("Civilian infrastructure facilities in Kupiansk (Kharkiv Oblast) and Druzhkivka (Donetsk Oblast) "
            "were damaged in shelling on Thursday.")
    assert sorted(e.location.name for e in of_type(body, "strike")) == ["Druzhkivka", "Kupiansk"]
    assert of_type("NATO condemned attacks against civilian infrastructure in Ukraine.", "strike") == []


def test_a_share_of_a_wave_told_by_its_verb_alone_is_the_share_downed() -> None:
    ev = one("Russia attacked Ukraine with Shahed drones overnight; 18 of those 24 launched were destroyed.",
             "air_attack")
    assert (ev.weapon, ev.counts) == ("drone", {"launched": 24, "intercepted": 18})
    ev = one("In addition, Ukrainian defenders destroyed four Lancet loitering munitions on Thursday.", "air_attack")
    assert (ev.weapon, ev.counts) == ("drone", {"intercepted": 4})


def test_more_ways_a_community_tally_tells_its_shelling() -> None:
    body = ("The Russians deployed mortars to fire on the Znob-Novhorodske hromada on Thursday. Russian attackers "
            "shelled the Seredyna-Buda hromada using tubed artillery deployed from Russian territory. "
            "12 tubed artillery strikes on the Shalyhyne hromada have been recorded.")
    evs = of_type(body, "strike")
    assert sorted(e.location.name for e in evs) == ["Seredyna-Buda", "Shalyhyne", "Znob-Novhorodske"]
    assert {(e.actor, e.target) for e in evs} == {("Russia", "Ukraine")}  # fire from Russian territory is Russia's


def test_scout_drones_downed_are_no_air_attack() -> None:
    ev = one("Ukrainian servicemen also shot down two Russian Shahed UAVs and one Orlan-10 reconnaissance UAV on "
             "Thursday.", "air_attack")
    assert ev.counts == {"intercepted": 2}
    assert of_type("Ukrainian defenders also shot down a Russian reconnaissance UAV on Thursday.", "air_attack") == []


def test_bombers_taking_off_from_russia_fire_on_ukraine() -> None:
    ev = one("The General Staff reported that nine Tu-95 bombers took off from Murmansk Oblast and fired 18 "
             "Kh-101 cruise missiles over Ukraine on Thursday.", "air_attack")
    assert (ev.actor, ev.target, ev.counts) == ("Russia", "Ukraine", {"launched": 18})


def test_assault_groups_named_are_no_fighting_unless_fought() -> None:
    assert of_type("Syrskyi said the commanders of the Russian assault groups in Bakhmut use smartphones.",
                   "ground_combat") == []
    ev = one("Border guards released a video of their unit eliminating a Russian assault group in Bakhmut.",
             "ground_combat")
    assert ev.location.name == "Bakhmut"


def test_a_morning_reports_past_day_is_the_day_before() -> None:
    body = ("Source: General Staff of the Armed Forces of Ukraine, information as of 06:00 on 14 March\n\n"
            "Over the past day, Russian forces conducted offensive operations near Bakhmut.\n\n"
            "Overnight, Ukraine's air defence shot down 12 Shahed drones.")
    assert one(body, "ground_combat").date == FRIDAY - dt.timedelta(days=1)
    assert one(body, "air_attack").date == FRIDAY  # the night's wave keeps the morning's date
    evening = body.replace("06:00", "18:00")
    assert one(evening, "ground_combat").date == FRIDAY


def test_history_as_a_measure_scenarios_and_concerns_are_no_events() -> None:
    assert of_type("Such rhetoric has marked his speeches for eight years, since Russia captured Crimea.",
                   "territorial_claim") == []
    assert of_type("Sullivan warned of an assault on Ukraine: one of the scenarios is a quick attack on Kyiv.",
                   "ground_combat") == []
    assert of_type("He repeated Western concerns that China is considering providing Russia with lethal aid.",
                   "arms_transfer") == []


def test_battles_told_as_raging_are_fighting_and_a_veto_in_progress_is_a_decision() -> None:
    ev = one("Battles rage in nearby Kostyantynivka.", "ground_combat")
    assert (ev.actor, ev.location.name) == ("Russia", "Kostyantynivka")
    assert of_type("The battle for Bakhmut is a battle of wills, he wrote.", "ground_combat") == []
    ev = one("Hungary is vetoing Ukraine moving to the next stage of accession talks.", "policy")
    assert (ev.actor, ev.status) == ("Hungary", "decided")


def test_model_numbers_are_no_figures_and_words_a_scrape_ran_together_still_read() -> None:
    ev = one("Air defence destroyed 12 Shahed-136/131 attack drones overnight.", "air_attack")
    assert ev.counts == {"intercepted": 12}
    zala = of_type("Soldiers shot down a Russian Lancet 421 drone over the region.", "air_attack")
    assert all(421 not in e.counts.values() for e in zala)
    ev = one("Overnight Russia launched another attack, firing 23 cruisemissiles from strategic aircraft. "
             "Ukrainian air defence shotdown 21 missiles.", "air_attack")
    assert (ev.weapon, ev.counts) == ("missile", {"launched": 23, "intercepted": 21})


def test_missiles_told_as_hitting_a_town_are_the_waves_hits_and_a_strike_there() -> None:
    body = ("Overnight Russia fired 23 cruise missiles at Ukraine. Air defence shot down 21 missiles. "
            "Two missiles hit the city of Uman.")
    assert one(body, "air_attack").counts == {"launched": 23, "intercepted": 21, "hit": 2}
    assert one(body, "strike").location.name == "Uman"
    fired_at = one("Kharkiv was hit by seven missiles overnight.", "air_attack")
    assert fired_at.counts == {"launched": 7}


def test_what_the_next_sentence_says_was_hit_is_a_strike_where_the_wave_was_aimed() -> None:
    body = ("On Wednesday Russian forces launched six missiles at the city of Zaporizhzhia. "
            "One of them hit two apartment buildings standing next to each other.")
    ev = one(body, "strike")
    assert (ev.location.name, ev.item, ev.date) == ("Zaporizhzhia", "apartment buildings", dt.date(2025, 3, 12))
    # another side's attack told next is not what the wave hit
    body = ("On Wednesday Russian forces launched six missiles at the city of Zaporizhzhia. "
            "Moscow accused Ukraine of attacking its energy facilities.")
    assert of_type(body, "strike") == []


def test_a_death_toll_risen_since_is_the_strikes_toll_not_another_strike() -> None:
    body = ("A Russian missile hit a residential building in the city of Uman on Friday. Seven people were killed "
            "and 17 others were injured. By the evening, the death toll following the Russian attack on Uman had "
            "risen to 17.")
    ev = one(body, "strike")
    assert ev.counts == {"killed": 17, "injured": 17}


def test_a_deal_signed_with_a_country_sells_to_it_and_model_numbered_jets_are_arms() -> None:
    body = ("The biggest is the deal South Korea signed with Poland in 2022 to sell a range of weapons systems. "
            "That includes 180 K2 tanks and 48 FA-50 fighters.")
    found = of_type(body, "arms_transfer")
    assert {(e.actor, e.target) for e in found} == {("South Korea", "Poland")}
    assert 48 in {e.counts.get("quantity") for e in found}


def test_talk_about_the_current_waves_of_attacks_is_no_attack() -> None:
    assert of_type("On Thursday night Trump made bizarre comments about the current waves of Russian missile and "
                   "drone attacks against Kyiv.", "air_attack") == []
    assert len(of_type("On Thursday night Russia launched a massive missile attack against Kyiv.", "air_attack")) == 1


def test_troops_storming_a_town_are_fighting_there() -> None:
    ev = one("On the Bakhmut front, Russian troops continued storming Bakhmut, trying to take full control of the city.",
             "ground_combat")
    assert (ev.actor, ev.location.name) == ("Russia", "Bakhmut")


def test_bare_tolls_further_on_in_a_report_of_one_strike_are_its_updates_and_the_largest_stands() -> None:
    body = ("A Russian missile hit a residential building in Uman on Friday morning, killing seven people and "
            "injuring 17 more. Officials said the rescue went on through the morning. The building's entrance "
            "collapsed. Cars nearby were burned out. Rescuers searched the rubble. \"Updated as of 08:30. Four "
            "killed.\" By 09:00 the number of dead was six. Later, officials reported that five people had been "
            "injured in Uman.")
    assert of_type(body, "air_attack") == []
    assert one(body, "strike").counts == {"killed": 7, "injured": 17}


def test_drones_bought_are_no_drones_launched() -> None:
    assert of_type("On Friday UAH 10 million was donated on a platform launched on 5 May for the procurement of 500 "
                   "kamikaze drones.", "air_attack") == []


def test_strikes_on_settlements_listed_after_a_colon_with_their_regions_are_strikes_at_each() -> None:
    body = ("Over the past day, Russian forces carried out 25 missile strikes on civilian settlements: the city of "
            "Zaporizhzhia, the town of Komyshuvakha in Zaporizhzhia Oblast, and the town of Snihurivka in Mykolaiv "
            "Oblast.")
    assert {e.location.name for e in of_type(body, "strike")} == {"Zaporizhzhia", "Komyshuvakha", "Snihurivka"}


def test_an_abbreviation_in_brackets_does_not_hide_the_downing_verb() -> None:
    ev = one("Four Russian unmanned aerial vehicles (UAVs) were shot down overnight.", "air_attack")
    assert ev.counts == {"intercepted": 4}


def test_fighting_told_at_a_list_of_towns_is_fighting_at_each_even_small_ones() -> None:
    found = of_type("Battles rage in nearby Kostyantynivka, Chasiv Yar and Pokrovsk.", "ground_combat")
    assert {e.location.canonical for e in found} == {"Kostiantynivka", "Chasiv Yar", "Pokrovsk"}
    # a daily report's villages on a front are not listed one by one
    found = of_type("During the day, the occupiers conducted unsuccessful offensive actions near Bohdanivka and "
                    "Ivanivske.", "ground_combat")
    assert "Ivanivske" not in {e.location.name for e in found}


def test_a_siege_going_on_is_fighting_at_the_city_and_a_siege_of_history_is_not() -> None:
    ev = one("Russian forces continue their siege of Mariupol, officials said on Friday.", "ground_combat")
    assert (ev.actor, ev.location.name) == ("Russia", "Mariupol")
    assert of_type("Veterans marked the anniversary of the lifting of the siege of Leningrad.", "ground_combat") == []


def test_two_people_named_one_by_one_before_one_verb_are_two() -> None:
    ev = one("A young woman and a three-year-old child were killed overnight during a Russian attack on the city of "
             "Dnipro.", "strike")
    assert ev.counts == {"killed": 2}


def test_strikes_on_facilities_in_a_town_or_on_the_peaceful_cities_of_a_list_are_strikes_there() -> None:
    ev = one("On Saturday Russian forces carried out missile strikes on civilian facilities in Druzhkivka (Donetsk "
             "Oblast).", "strike")
    assert (ev.location.name, ev.weapon) == ("Druzhkivka", "missile")
    found = of_type("In addition, the Russians launched 10 missile attacks on the cities of Kramatorsk and "
                    "Zaporizhzhia.", "strike")
    assert {e.location.name for e in found} == {"Kramatorsk", "Zaporizhzhia"}


def test_a_community_named_by_its_centres_adjective_is_that_town_in_the_oblast_named() -> None:
    ev = one("As a result of the Russian shelling of the Semeniv hromada [an administrative unit] in Chernihiv Oblast, "
             "a 63-year-old local resident was killed.", "strike")
    assert (ev.location.canonical, ev.location.admin1, ev.counts) == ("Semenivka", "Chernihiv Oblast", {"killed": 1})


def test_a_general_or_an_official_killed_is_one_killed() -> None:
    ev = one("A Russian general was killed in a car bombing in Moscow on Friday.", "strike")
    assert ev.counts == {"killed": 1}


def test_a_share_downed_out_of_the_number_a_side_launched_gives_both_figures() -> None:
    ev = one("Ukraine's defence forces shot down 21 Russian Shahed drones out of the 26 Russia launched over the course "
             "of the previous day.", "air_attack")
    assert ev.counts == {"intercepted": 21, "launched": 26}


def test_an_editors_gloss_defining_a_word_tells_no_event() -> None:
    body = ("Last night, the Russian army attacked an invincibility centre [a heated premises stocked with food and "
            "power banks to assist residents facing hardships due to power cuts – ed.] in Kostiantynivka.")
    assert of_type(body, "infrastructure_outage") == []


def test_another_victim_and_a_toll_with_a_dashed_aside_are_counted() -> None:
    ev = one("One person was killed and another injured after a drone attack in the port of Odesa on Friday.", "strike")
    assert ev.counts == {"killed": 1, "injured": 1}
    ev = one("Ukraine said seven people - including children - were injured in the city of Kharkiv on Friday.", "strike")
    assert ev.counts == {"injured": 7}


def test_a_toll_of_the_attack_goes_to_the_town_the_story_set_its_scene_in() -> None:
    body = ("Last month, in the dead of a cold autumn night, residents in the Ukrainian town of Balakliia were woken "
            "by the sound of two massive explosions. Footage showed apartments ablaze. Three people were killed and 13 "
            "injured in the November 17 attack, the emergency services said.")
    assert of_type(body, "air_attack") == []
    ev = one(body, "strike")
    assert (ev.location.name, ev.counts) == ("Balakliia", {"killed": 3, "injured": 13})


def test_a_capital_renewing_attacks_is_its_government_not_the_place_hit() -> None:
    found = of_type("Moscow renewed its attacks on Ukraine's energy infrastructure on Friday after a pause.", "strike")
    assert all(e.location is None or e.location.name != "Moscow" for e in found)


def test_a_side_saying_it_struck_areas_around_towns_struck_each() -> None:
    found = of_type("Russia also said on Friday it struck areas around Zaporizhzhia and Dnipro with missiles.", "strike")
    assert {e.location.name for e in found} == {"Zaporizhzhia", "Dnipro"}


def test_the_other_sides_targets_destroyed_are_the_targets_not_the_attackers() -> None:
    found = of_type("Russia claimed it had taken control of several villages in the eastern Donbas region and "
                    "destroyed 11 Ukrainian military targets overnight, including three artillery warehouses.", "strike")
    assert found and all((e.actor, e.target) == ("Russia", "Ukraine") for e in found)


def test_the_forces_holding_a_city_are_not_the_side_assaulting_it() -> None:
    ev = one("On the Bakhmut front, the occupiers continued their assault on the city of Bakhmut, which is held by "
             "Ukrainian forces.", "ground_combat")
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")


def test_bombs_dropped_are_launched_and_a_drone_that_had_been_downed_is_one_downed() -> None:
    ev = one("On Friday Russian forces dropped two guided bombs in the vicinity of a village in Kherson Oblast.",
             "air_attack")
    assert (ev.weapon, ev.counts) == ("glide_bomb", {"launched": 2})
    ev = one("An air-raid warning was issued in Odesa overnight, followed by reports that a drone had been downed.",
             "air_attack")
    assert ev.counts == {"intercepted": 1}


def test_an_attack_launched_or_an_airstrike_conducted_on_a_town_is_a_strike_there() -> None:
    ev = one("On Thursday the occupiers launched a missile attack on the city of Zaporizhzhia.", "strike")
    assert (ev.location.name, ev.actor, ev.weapon) == ("Zaporizhzhia", "Russia", "missile")
    assert not of_type("On Thursday the occupiers launched a missile attack on the city of Zaporizhzhia.", "air_attack")
    ev = one("Russian forces also conducted an airstrike on Kizomys in Kherson Oblast.", "strike")
    assert ev.location.name == "Kizomys"
    # the Air Force's tally of strikes on troop clusters names no place hit
    assert not of_type("Ukraine's Air Force conducted six airstrikes on clusters of Russian personnel.", "strike")


def test_a_day_after_a_clause_dates_that_clause_not_the_attack_told_before_it() -> None:
    ev = one("Exports had appeared in doubt after Russian forces launched strikes on Odesa a day after the grain "
             "agreement was signed.", "strike")
    assert ev.date != FRIDAY - dt.timedelta(days=1)  # the agreement's day, not the strikes'
    ev = one("Friday's drone barrage came a day after Russia launched 90 missiles at Ukraine.", "air_attack")
    assert ev.date == FRIDAY - dt.timedelta(days=1)


def test_the_second_weapons_figure_placed_in_a_region_keeps_its_own_weapon() -> None:
    found = of_type("Air defence forces shot down 11 cruise missiles and 2 drones in Kyiv Oblast overnight.", "air_attack")
    assert {(e.weapon, e.counts["intercepted"]) for e in found} == {("missile", 11), ("drone", 2)}


def test_missiles_on_board_a_ship_are_ready_not_launched() -> None:
    assert not of_type("One submarine equipped with four Kalibr missiles is on duty in the Black Sea.", "air_attack")
    assert not of_type("Two ships there are armed with a total of up to 24 Kalibr cruise missiles, the navy said.",
                       "air_attack")


def test_fighters_one_sides_forces_killed_are_losses_of_the_fighting_not_a_strike() -> None:
    ev = one("Ukrainian border guards killed at least 15 members of a Wagner Group assault unit in Bakhmut on "
             "Thursday.", "ground_combat")
    assert (ev.actor, ev.target, ev.location.name, ev.counts) == ("Ukraine", "Russia", "Bakhmut", {"killed": 15})
    assert not of_type("Ukrainian border guards killed at least 15 members of a Wagner Group assault unit in Bakhmut "
                       "on Thursday.", "strike")
    ev = one("Over the past day, Ukrainian defenders killed 610 invaders and destroyed seven artillery systems.",
             "ground_combat")
    assert (ev.actor, ev.counts) == ("Ukraine", {"killed": 610})
    # a missile killing people is a strike's toll
    assert one("A Russian missile killed 15 people in Bakhmut on Thursday.", "strike").counts == {"killed": 15}


def test_items_listed_after_a_counted_item_with_as_well_as_are_transfers_of_their_own() -> None:
    found = of_type("Warsaw has supplied Kyiv with over 300 T-72 tanks, as well as Leopard 2 tanks, the president "
                    "said on Thursday.", "arms_transfer")
    assert sorted((e.item, e.counts.get("quantity")) for e in found) == [("Leopard 2 tanks", None), ("T-72 tanks", 300)]
    assert {(e.actor, e.target) for e in found} == {("Poland", "Ukraine")}


def test_fighters_killed_where_fighting_goes_on_are_that_fighting_told_once() -> None:
    ev = one("Ukrainian border guards killed 15 Wagner fighters in Bakhmut, where fighting continued on Thursday.",
             "ground_combat")
    assert (ev.actor, ev.location.name, ev.counts) == ("Ukraine", "Bakhmut", {"killed": 15})


def test_each_thing_hit_in_a_list_is_a_strike_at_the_place_it_stands_in() -> None:
    found = of_type("The overnight strikes hit a power substation in the southern Mykolaiv region, as well as a "
                    "kindergarten in the Kharkiv region, officials said.", "strike")
    assert sorted((e.location.name, e.item) for e in found) == [("Kharkiv Oblast", "kindergarten"),
                                                               ("Mykolaiv Oblast", "power substation")]
    found = of_type("Russian drones damaged a gas pipeline in the Poltava region on Thursday and a railway depot in "
                    "the Sumy region.", "strike")
    assert sorted(e.location.name for e in found) == ["Poltava Oblast", "Sumy Oblast"]
    # a thing named beside a hit one, not hit itself, stays out
    found = of_type("A missile hit a school in the Odesa region, not far from a power plant in the Mykolaiv region.",
                    "strike")
    assert [e.location.name for e in found] == ["Odesa Oblast"]


def test_each_settlement_listed_after_a_claimed_one_is_a_claim_of_its_own() -> None:
    found = of_type("Russia's defence ministry said its forces had captured the village of Bohdanivka in the Donetsk "
                    "region and Stepnohirsk in the Zaporizhzhia region.", "territorial_claim")
    assert sorted(e.location.name for e in found) == ["Bohdanivka", "Stepnohirsk"]
    assert {(e.actor, e.status) for e in found} == {("Russia", "captured")}
    found = of_type("Russia said it had taken control of the villages of Bohdanivka and Druzhba in the Donetsk "
                    "region and Stepnohirsk in the Zaporizhzhia region.", "territorial_claim")
    assert sorted(e.location.name for e in found) == ["Bohdanivka", "Druzhba", "Stepnohirsk"]
    # a settlement opening the next clause is not one more claim
    found = of_type("Russia said it had captured the village of Bohdanivka and Kyiv denied it on Friday.",
                    "territorial_claim")
    assert [e.location.name for e in found] == ["Bohdanivka"]


def test_fighters_told_killed_by_the_other_sides_forces_are_losses_of_the_fighting() -> None:
    ev = one("As a result of the Armed Forces' strikes, 15 occupiers were killed and 65 were wounded on Thursday.",
             "ground_combat")
    assert (ev.actor, ev.target, ev.counts) == ("Ukraine", "Russia", {"killed": 15, "injured": 65})
    assert not of_type("As a result of the Armed Forces' strikes, 15 occupiers were killed and 65 were wounded on "
                       "Thursday.", "air_attack")
    ev = one("Ukrainian defenders repelled the assault; 40 Russian soldiers were killed near Kreminna on Thursday.",
             "ground_combat")
    assert (ev.actor, ev.location.name, ev.counts) == ("Ukraine", "Kreminna", {"killed": 40})
    # fighters killed with no killer told are no event of their own
    assert not of_type("A total of 107 invaders were killed on Thursday.", "ground_combat")


def test_a_report_goes_on_telling_the_past_day_its_lead_names() -> None:
    body = ("Russian forces carried out 19 attacks on border communities in Sumy Oblast on 12 March.\n\n"
            "Details: The Russians shelled the town of Seredyna-Buda, wounding two people.\n\n"
            "Background: A Russian drone hit Sumy, killing one man.")
    by_place = {e.location.name: e.date for e in of_type(body, "strike")}
    assert by_place["Seredyna-Buda"] == dt.date(2025, 3, 12)
    assert by_place["Sumy"] == FRIDAY  # the background is not the report's day
    # what still holds when the report is written is the report's own day
    body = ("Russian drones hit the power grid in Kharkiv on 12 March.\n\n"
            "Outages remain across the city, with 30,000 homes still without power.")
    outage = one(body, "infrastructure_outage")
    assert outage.date == FRIDAY


@pytest.mark.parametrize("sentence, place", [
    ("The Russians carried out an airstrike (seven explosions) on the town of Seredyna-Buda.", "Seredyna-Buda"),
    ("Russian forces carried out four strikes using artillery on the outskirts of the village of Kindrativka.",
     "Kindrativka"),
    ("Five explosions from mortars were recorded in Vorozhba hromada.", "Vorozhba"),
    ("There was mortar fire (six explosions) in Velyka Pysarivka hromada.", "Velyka Pysarivka"),
    ("Russian soldiers dropped 12 mortar bomblets on the territory of Bilopillia hromada.", "Bilopillia"),
    ("Myropillia hromada was fired on using mortars, and there were 18 explosions.", "Myropillia"),
])
def test_a_daily_report_of_fire_on_a_community_is_a_strike_there(sentence: str, place: str) -> None:
    ev = one(sentence, "strike")
    assert (ev.actor, ev.target, ev.location.name) == ("Russia", "Ukraine", place)


def test_where_fire_came_from_is_no_place_it_hit() -> None:
    assert not of_type("Russian ships fired missiles from positions in the Black Sea on Thursday.", "strike")


def test_a_victim_from_a_town_is_a_toll_there_and_the_regions_toll_told_just_before_is_the_same() -> None:
    ev = one("A 60-year-old woman from Dvorichna, Kupiansk district, was killed during artillery shelling.", "strike")
    assert (ev.location.name, ev.counts) == ("Dvorichna", {"killed": 1})
    found = of_type("The Russians killed a civilian in Kharkiv Oblast. A 60-year-old woman from Dvorichna, Kupiansk "
                    "district, was killed during artillery shelling.", "strike")
    assert [(e.location.name, e.counts) for e in found] == [("Dvorichna", {"killed": 1})]
    # a region's toll that is not the town's stays the region's
    found = of_type("The Russians killed two civilians in Kharkiv Oblast. A 60-year-old woman from Dvorichna was "
                    "killed during artillery shelling.", "strike")
    assert sorted((e.location.name, e.counts["killed"]) for e in found) == [("Dvorichna", 1), ("Kharkiv Oblast", 2)]


def test_residents_of_a_region_killed_in_a_town_are_a_toll_in_that_town() -> None:
    found = of_type("The Russians killed two residents of Donetsk Oblast in Kostiantynivka, a town next to Druzhkivka, "
                    "on Thursday.", "strike")
    assert [(e.location.name, e.counts) for e in found] == [("Kostiantynivka", {"killed": 2})]


def test_fighting_told_as_a_rate_or_a_comparison_is_no_days_fighting() -> None:
    assert not of_type("On the Bakhmut front, 30-40 assault actions are recorded per day, the official said.",
                       "ground_combat")
    assert not of_type("Three weeks ago there were more assaults on the Bakhmut front than in Avdiivka.",
                       "ground_combat")
    assert one("Russian forces continued their assaults on Avdiivka on Thursday.", "ground_combat").location.name \
        == "Avdiivka"


def test_a_wave_on_a_third_state_whose_attacker_the_sentence_leaves_untold_is_not_russias() -> None:
    found = of_type("In total, 30 cruise missiles, 170 drones and 120 ballistic missiles were launched during the "
                    "attack on Israel.", "air_attack")
    assert sorted((e.weapon, e.counts["launched"]) for e in found) == [("drone", 170), ("missile", 30), ("missile", 120)]
    assert {(e.actor, e.target) for e in found} == {(None, "Israel")}
    # the article tells the attacker elsewhere
    found = of_type("In total, 170 drones were launched during the attack on Israel. NATO condemned the Iranian "
                    "attack on Israel.", "air_attack")
    assert [(e.actor, e.target) for e in found] == [("Iran", "Israel")]
    # "in total" over a span is still a total
    assert not of_type("In total, 3,000 drones were launched at Ukraine since the start of the year.", "air_attack")


def test_weapons_being_received_take_each_makers_adjective_as_supplier() -> None:
    found = of_type("His comments were optimistic, and they should be: after all Ukraine is in the process of receiving "
                    "German Leopard 2 tanks and British Challenger 2 tanks.", "arms_transfer")
    assert sorted((e.actor, e.target) for e in found) == [("Germany", "Ukraine"), ("United Kingdom", "Ukraine")]
    # a wish still governs the transfer it asks for
    assert not of_type("Kyiv hopes that Berlin will send Leopard 2 tanks.", "arms_transfer")


def test_an_urgent_plea_is_no_wish_that_voids_a_pledge() -> None:
    ev = one("NATO will give Ukraine more advanced air defences after urgent Kyiv pleas, Mr Stoltenberg said.",
             "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("NATO", "Ukraine", "pledged")


def test_an_airfield_the_planes_took_off_from_is_not_hit() -> None:
    found = of_type("Su-35 jets took off from the Morozovsk airfield in Rostov Oblast and attacked Kherson Oblast with "
                    "two guided aerial bombs.", "strike")
    assert all(e.location.name != "Morozovsk" for e in found)


def test_a_village_spelled_the_polish_or_german_way_is_found_when_told_as_a_village() -> None:
    ev = one("Two people were killed in the Russian attack on the settlement of Oleksijevo-Druzhkivka, Donetsk "
             "Oblast.", "strike")
    assert (ev.location.canonical, ev.location.admin1) == ("Oleksiievo-Druzhkivka", "Donetsk Oblast")


def test_a_community_told_again_without_its_oblast_is_the_same_strike() -> None:
    found = of_type("As a result of Russian shelling of the Semeniv hromada in Chernihiv Oblast, a local resident was "
                    "killed and another injured. As a result of an enemy attack on the Semeniv hromada, a 63-year-old "
                    "local resident died.", "strike")
    assert [(e.location.admin1, e.counts) for e in found] == [("Chernihiv Oblast", {"killed": 1, "injured": 1})]


def test_fighting_near_villages_told_after_a_front_is_that_fronts() -> None:
    found = of_type("On the Bakhmut front, Russian forces are attempting to capture the city, where fighting "
                    "continues. They conducted unsuccessful offensive operations near Ivanivske and Predtechyne.",
                    "ground_combat")
    assert [e.location.name for e in found] == ["Bakhmut"]
    # told in a paragraph of its own, the fighting at a village stays there
    found = of_type("On the Bakhmut front, Russian forces are attempting to capture the city, where fighting "
                    "continues.\n\nRussian forces conducted unsuccessful offensive operations near Ivanivske.",
                    "ground_combat")
    assert sorted(e.location.name for e in found) == ["Bakhmut", "Ivanivske"]


def test_a_briefing_relayed_whole_is_claimed_by_its_source() -> None:
    found = of_type("According to the General Staff of the Armed Forces of Ukraine, 120 combat engagements were "
                    "recorded on the front on Thursday.\n\nFighting was also recorded on the Kupiansk and Lyman "
                    "directions.", "ground_combat")
    assert found and {e.claimed_by for e in found} == {"Ukrainian General Staff"}
    # a source the body names for its own event keeps it
    ev = one("According to the General Staff, fighting went on near Bakhmut on Thursday.\n\nA drone hit Sumy on "
             "Thursday, killing two people, the city's mayor Oleksandr Lysenko said.", "strike")
    assert ev.claimed_by == "Oleksandr Lysenko"


def test_a_lead_told_over_a_span_reaching_the_reports_day_is_no_past_day() -> None:
    body = ("Ukraine's Armed Forces struck command posts of the Russian occupiers on 13-14 March.\n\n"
            "Details: On the Bakhmut front, Russian forces are attempting to capture the city, where fighting "
            "continues.")
    assert one(body, "ground_combat").date == FRIDAY


def test_an_abbreviated_title_does_not_end_the_source_named_after_according_to() -> None:
    ev = one("Four people died after Russian drones struck Dnipro on Thursday, according to regional Gov. Serhii "
             "Lysak and Ukraine's emergency service.", "strike")
    assert ev.claimed_by == "Serhii Lysak"


def test_the_days_figure_of_a_losses_table_is_the_days_toll_of_the_fighting() -> None:
    body = ("Total combat losses of the Russian forces between 24 February 2022 and 14 March 2025 are estimated to be "
            "as follows:193,210 (+620) military personnel3,710 (+3) tanks7,224 (+8) armoured combat vehicles")
    ev = one(body, "ground_combat")
    assert (ev.actor, ev.target, ev.counts, ev.date) == ("Ukraine", "Russia", {"killed": 620}, FRIDAY)
    # told before in words, the same figure is one event
    body = "Ukrainian defenders killed 620 invaders over the past day.\n\n" + body
    assert one(body, "ground_combat").counts == {"killed": 620}
    # a row with no new losses tells no fighting
    assert not of_type("Russian losses: 193,210 (+0) military personnel.", "ground_combat")


def test_the_number_of_victims_told_later_is_the_toll_of_the_strike_the_story_is_about() -> None:
    body = ("A Russian missile destroyed a high-rise building in Uman on Thursday. Emergency workers have been "
            "clearing the rubble for more than a day. Around 08:30, a fire broke out again. It was fanned by the "
            "wind. Workers continue to clear debris. As of the morning, the number of victims had not changed: "
            "23 dead, including four children.")
    ev = one(body, "strike")
    assert (ev.location.name, ev.counts) == ("Uman", {"killed": 23})
    assert not of_type(body, "air_attack")


def test_a_day_as_a_span_is_no_rate() -> None:
    from warwire.extract.strikes import is_total
    assert not is_total("Emergency workers have been clearing the rubble for more than a day.")
    assert not is_total("The village was shelled twice within a day.")
    assert is_total("Russia loses about 1,000 soldiers a day.")


def test_a_model_name_and_its_class_noun_are_one_weapon() -> None:
    ev = one("Six Shahed-136/131 attack drones were shot down on the eastern direction on Thursday.", "air_attack")
    assert (ev.weapon, ev.counts) == ("drone", {"intercepted": 6})
    # two salvo missiles that hit a town are its strike, not a wave of their own
    body = "Two Russian S-300 missiles hit a school in Kostiantynivka on Thursday."
    assert not of_type(body, "air_attack")
    assert one(body, "strike").location.name == "Kostiantynivka"


def test_unmanned_aerial_vehicles_spelled_out_are_drones() -> None:
    ev = one("Units of the Ukrainian Air Force destroyed nine unmanned aerial vehicles of the Russian invaders on "
             "Thursday.", "air_attack")
    assert (ev.weapon, ev.counts) == ("drone", {"intercepted": 9})


def test_a_days_sum_told_in_total_is_that_days_wave() -> None:
    ev = one("In total, during the past day, the enemy launched 23 cruise missiles. Our defenders destroyed 21 cruise "
             "missiles.", "air_attack")
    assert ev.counts == {"launched": 23, "intercepted": 21}


def test_towns_listed_as_affected_by_a_missile_attack_are_struck() -> None:
    found = of_type("The city of Uman in Cherkasy Oblast, the city of Dnipro, as well as the city of Ukrainka in Kyiv "
                    "Oblast, were affected by the Russian missile terror.", "strike")
    assert sorted(e.location.name for e in found) == ["Dnipro", "Ukrainka", "Uman"]
    # a roll of many villages affected by shelling is a roll, not a strike each
    assert not of_type("Vasiukivka, Markove, Hryhorivka, Bakhmut, Ivanivske and Chasiv Yar in Donetsk Oblast were "
                       "affected by Russian shelling.", "strike")


def test_a_capital_named_after_the_capital_is_where_the_crowd_was() -> None:
    ev = one("On Thursday night, thousands of Georgians took to the streets of the capital, Tbilisi, protesting "
             "against the proposed law.", "protest")
    assert ev.location.name == "Tbilisi"


def test_a_town_a_translation_misspelled_is_found_and_named_as_the_gazetteer_spells_it() -> None:
    ev = one("Ukrainian officials said on Thursday that fierce fighting continues in the city of Bakhmutt.",
             "ground_combat")
    assert (ev.location.name, ev.location.admin1) == ("Bakhmut", "Donetsk Oblast")
    # a spelling with i and y swapped is kept as the source wrote it
    ev = one("Russian forces shelled the village of Kotliary on Thursday, wounding a man.", "strike")
    assert ev.location.name == "Kotliary"


def test_an_arms_treaty_is_no_arms_and_a_treaty_partner_is_no_supplier() -> None:
    found = of_type("Putin suspended Russia's participation in the New START nuclear arms reduction treaty with the "
                    "U.S., and on Thursday announced the transfer of tactical nuclear weapons to Belarus.",
                    "arms_transfer")
    assert [(e.actor, e.target, e.item) for e in found] == [("Russia", "Belarus", "tactical nuclear weapons")]


def test_a_missile_downed_on_its_route_to_a_third_state_was_fired_at_it() -> None:
    ev = one("An American Patriot battery in Iraq shot down one ballistic missile on the route to Israel on Thursday.",
             "air_attack")
    assert ev.target == "Israel"


def test_explosions_told_in_a_town_are_a_strike_there() -> None:
    ev = one("Shahed drones flew towards the Mykolaiv region overnight. There were explosions in Mykolaiv.", "strike")
    assert ev.location.name == "Mykolaiv"


def test_a_region_opening_a_sentence_is_what_the_region_later_points_back_to() -> None:
    body = ("A missile hit a residential building in Ternopil on Thursday, killing nine people.\n\n"
            "In Lviv Oblast, drones struck energy infrastructure, causing emergency power outages. Some 120,000 "
            "customers in the region were left without electricity, the regional energy company said.")
    ev = one(body, "infrastructure_outage")
    assert (ev.location.name, ev.counts) == ("Lviv Oblast", {"affected": 120000})


def test_power_cuts_in_many_regions_are_not_one_towns_outage() -> None:
    body = ("Russia launched 200 missiles and drones at energy facilities on Thursday, causing power cuts in many "
            "regions. In Kyiv, electricity was cut in several districts, the city's military administration said.")
    found = of_type(body, "infrastructure_outage")
    assert sorted(e.location.name if e.location else "" for e in found) == ["", "Kyiv"]


def test_a_calibre_is_no_count_and_ammunition_bought_for_ukraine_is_a_transfer() -> None:
    ev = one("Canada has approved funding to purchase 155 mm artillery ammunition for Ukraine, the minister said on "
             "Thursday.", "arms_transfer")
    assert (ev.actor, ev.target, ev.counts, ev.item) == ("Canada", "Ukraine", {}, "155 mm artillery ammunition")


def test_protests_in_two_capitals_told_in_turn_are_two_and_no_protest_stands_where_leaders_travelled() -> None:
    body = ("Thousands of people marched in European capitals on Saturday, as Western leaders travelled to Kyiv. "
            "In Paris, roughly 3,000 people marched from the Place de la Republique to the Bastille. In Berlin, "
            "hundreds of people rallied outside the Russian embassy.")
    found = of_type(body, "protest", dt.date(2024, 2, 24))
    places = sorted((e.location.name if e.location else "") for e in found)
    assert "Kyiv" not in places and {"Paris", "Berlin"} <= set(places)


def test_a_crowd_chanting_slogans_is_a_protest() -> None:
    ev = one("In London, crowds gathered outside the Russian embassy on Saturday, chanting slogans against the war.",
             "protest", dt.date(2024, 2, 24))
    assert ev.location.name == "London"
    assert not of_type("Crowds gathered in the metro station on Saturday to shelter from the air raid.", "protest",
                       dt.date(2024, 2, 24))


def test_a_site_that_continued_to_operate_was_still_hit() -> None:
    ev = one("A missile also struck an underground gas storage facility in the western Lviv region on Thursday, the "
             "governor said, adding that the site continued to operate normally.", "strike")
    assert ev.location.name == "Lviv Oblast"
    # attacks that continue are a pattern, not a strike
    assert not of_type("Russia continued to strike the Lviv region's energy facilities.", "strike")


def test_weapons_from_a_supplier_that_arrived_are_its_delivery() -> None:
    ev = one("The first F-16 fighter jets from Denmark have arrived in Ukraine, officials confirmed on Thursday.",
             "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("Denmark", "Ukraine", "delivered")


def test_soldiers_arriving_to_train_on_weapons_are_no_delivery_of_them() -> None:
    assert not of_type("A group of Ukrainian military personnel arrived in Britain on Thursday for training with "
                       "AS-90 self-propelled howitzers.", "arms_transfer")


def test_a_place_described_as_the_scene_of_fighting_tells_no_fighting() -> None:
    assert not of_type("In Mariupol, scene of the war's heaviest fighting, defenders in the steel works defied calls to "
                       "surrender on Thursday.", "ground_combat")


def test_a_possessive_date_qualifies_its_noun_unless_the_noun_is_the_attack() -> None:
    ev = one("The strikes, which prompted power cuts in numerous regions, came after this month's presidential "
             "election.", "infrastructure_outage")
    assert ev.date == FRIDAY
    ev = one("Last month's attack on Kyiv killed five people.", "strike")
    assert (ev.date, ev.date_precision) == (dt.date(2025, 2, 1), "month")


def test_a_country_bracing_for_attacks_tells_no_attack() -> None:
    assert not of_type("The executive spoke out as Ukraine braced for further Russian drone and missile attacks on "
                       "energy infrastructure, a day after the leaders met on Thursday.", "air_attack")


def test_an_attack_told_with_no_side_or_place_goes_on_the_story_of_the_land_attacked() -> None:
    body = ("Over the past 24 hours, the Ukrainian army launched 69 drones at nine districts of the Belgorod Region, "
            "the governor said on Thursday. The Valuysky district was attacked with five drones, which damaged two "
            "cars. Air defence systems shot down 18 drones over three other districts.")
    found = of_type(body, "air_attack")
    assert found and {(e.actor, e.target) for e in found} == {("Ukraine", "Russia")}
    # with no land named before, the default stands
    assert one("Air defence shot down 18 drones overnight.", "air_attack").target == "Ukraine"


def test_western_weapons_shot_down_were_ukraines_attack() -> None:
    found = of_type("Air defence capabilities shot down seven JDAM guided aerial bombs and five rockets of the HIMARS "
                    "multiple launch rocket system on Thursday, the ministry said.", "air_attack")
    assert found and {(e.actor, e.target) for e in found} == {("Ukraine", "Russia")}


def test_a_wave_launched_in_the_land_it_hit_is_not_that_lands_attack() -> None:
    found = of_type("Ukraine's Air Force said 367 aerial attack weapons - 69 missiles and 298 drones - were launched "
                    "across 22 locations in Ukraine overnight.", "air_attack")
    assert found and {(e.actor, e.target) for e in found} == {("Russia", "Ukraine")}


def test_drones_the_air_force_was_able_to_down_were_intercepted() -> None:
    found = of_type("Russia launched 298 drones and 69 missiles overnight, although the air force was able to down "
                    "266 drones and 45 missiles.", "air_attack")
    assert sorted((e.weapon, e.counts["launched"], e.counts["intercepted"]) for e in found) == [
        ("drone", 298, 266), ("missile", 69, 45)]


def test_the_start_of_a_span_a_superlative_measures_does_not_date_the_attack() -> None:
    ev = [e for e in of_type("In what was the largest attack since the full-scale invasion began more than three years "
                             "ago, Russia fired 355 drones overnight.", "air_attack")][0]
    assert ev.date == FRIDAY


def test_the_dead_told_as_included_or_among_are_a_toll_where_they_lived() -> None:
    ev = one("The dead included three children in the northern region of Zhytomyr, local officials said on Thursday.",
             "strike")
    assert (ev.location.name, ev.counts) == ("Zhytomyr Oblast", {"killed": 3})
    ev = one("Among those killed were three children from the same family in the Zhytomyr region, the minister said.",
             "strike")
    assert (ev.location.name, ev.counts) == ("Zhytomyr Oblast", {"killed": 3})
    # missiles fired from ships in a sea: the sea is where they came from
    assert all(e.location is None or e.location.name != "Black Sea" for e in of_type(
        "Russia launched six Kinzhal missiles from MiG-31K aircraft and nine Kalibr cruise missiles from ships in the "
        "Black Sea at Kyiv overnight.", "air_attack"))


def test_a_toll_of_an_attack_on_a_city_and_other_regions_is_the_waves() -> None:
    body = ("On Thursday night, the capital Kyiv and other regions came under a massive Russian combined "
            "drone-and-missile attack that killed at least 12 people.")
    assert not [e for e in of_type(body, "strike") if e.counts]
    assert [e.counts for e in of_type(body, "air_attack")] == [{"killed": 12}]


def test_a_governors_share_of_a_wave_is_the_regions_air_attack() -> None:
    body = ("Russia fired 355 drones at Ukraine overnight, the air force said. The governor of the central Cherkasy "
            "region said that 25 Russian drones had been neutralized within the region overnight but added that there "
            "were no injured or reports of damage so far.")
    found = of_type(body, "air_attack")
    assert sorted((e.location.name if e.location else "", e.counts.get("launched"), e.counts.get("intercepted"))
                  for e in found) == [("", 355, None), ("Cherkasy Oblast", None, 25)]


def test_a_town_naming_what_was_hit_is_the_strikes_place() -> None:
    ev = one("The Russian Defence Ministry said on Thursday its strike hit targets at Ukraine's Starokostiantyniv "
             "airbase in Khmelnytskyi region.", "strike")
    assert ev.location.name == "Starokostiantyniv"


def test_fighting_a_truce_would_end_is_no_fighting_told() -> None:
    for body in ("Trump declined to place further sanctions on Moscow for not agreeing to an immediate pause in "
                 "fighting, as Kyiv had wanted.",
                 "Russia has rejected a U.S. proposal for a 30-day halt in the fighting around Pokrovsk.",
                 "Guterres aims to discuss steps to stop the fighting in Mariupol and help people get to safety."):
        assert not of_type(body, "ground_combat"), body
    assert of_type("Heavy fighting continued around Pokrovsk, the General Staff said.", "ground_combat")


def test_a_district_told_in_another_unit_is_that_citys_district() -> None:
    ev = one("One drone dropped explosives on a passenger bus in the Dniprovskyi district of the Kherson region, "
             "injuring two people, the local administration said.", "strike")
    assert (ev.location.name, ev.counts) == ("Kherson Oblast", {"injured": 2})
    # the one drone that struck is the strike's weapon, not a wave of one
    assert not of_type("One drone dropped explosives on a passenger bus in the Dniprovskyi district of the Kherson "
                       "region, injuring two people.", "air_attack")
    # a raion in the unit it is told in keeps its name
    assert one("A drone hit a car in the Bakhmut district of Donetsk region, injuring two people.",
               "strike").location.name == "Bakhmut Raion"


def test_weapons_launched_every_hour_are_a_rate_not_a_wave() -> None:
    assert not of_type("Russia launched more than one missile, one drone, or one bomb every hour at Ukraine during "
                       "the first four days of May.", "air_attack", published=dt.date(2023, 5, 5))
    assert not of_type("Russia launched one missile or drone per hour at Ukraine last week.", "air_attack")


def test_another_victim_is_one_and_a_toll_counts_the_victim_it_adds() -> None:
    assert one("Officials said another person died in an attack in the southern city of Mykolaiv.",
               "strike").counts == {"killed": 1}
    assert one("The death toll in Dnipro rose to five after another woman died in hospital.",
               "strike").counts == {"killed": 5}
    assert one("The death toll in Dnipro rose to five after a woman died in hospital.", "strike").counts == {"killed": 5}


def test_a_countrys_allies_are_not_that_country() -> None:
    assert all(e.actor != "Ukraine" for e in events(
        "Kyiv's European allies slapped new sanctions Tuesday on Moscow, a day after a phone call between the two "
        "presidents."))
    assert one("Germany's government imposed new sanctions on Moscow on Tuesday.", "policy").actor == "Germany"


def test_a_russian_battlegroup_claims_every_settlement_a_plural_lists() -> None:
    found = of_type('"Battlegroup North units liberated the settlements of Vladimirovka and Belovody in the Sumy '
                    'Region through active and decisive operations," the ministry said in a statement.',
                    "territorial_claim")
    assert sorted((e.place, e.actor) for e in found) == [("Belovody", "Russia"), ("Vladimirovka", "Russia")]
    # without the plural, a name the gazetteer does not know is not taken for a settlement
    assert [e.place for e in of_type("Russian troops liberated the settlement of Belovody and Vasya Pupkin's farm.",
                                     "territorial_claim")] == ["Belovody"]


def test_a_total_of_one_attack_is_that_attacks_figures() -> None:
    found = of_type("A spokesperson for Ukraine's Air Force said that Russia used a total of 69 missiles of various "
                    "types and 298 drones – the largest single aerial attack of the war.", "air_attack")
    assert sorted((e.weapon, e.counts.get("launched")) for e in found) == [("drone", 298), ("missile", 69)]


def test_there_were_also_more_weapons_of_the_wave_just_told() -> None:
    found = of_type("Russia launched 355 drones at Ukraine overnight, Zelensky said. There were also 9 cruise missiles.",
                    "air_attack")
    assert sorted((e.weapon, e.counts.get("launched")) for e in found) == [("drone", 355), ("missile", 9)]
    assert not of_type("The city has 12 schools. There were also 9 hospitals.", "air_attack")


def test_a_figure_takes_the_place_its_own_clause_names() -> None:
    found = of_type("Four people were killed in Kharkiv and one person was killed in Mykolaiv.", "strike")
    assert sorted((e.location.name, e.counts["killed"]) for e in found) == [("Kharkiv", 4), ("Mykolaiv", 1)]
    found = of_type("A further four people were killed in the Khmelnytskyi region, with another fatality reported in "
                    "the Mykolaiv region.", "strike")
    assert sorted((e.location.name, e.counts["killed"]) for e in found) == [("Khmelnytskyi Oblast", 4),
                                                                           ("Mykolaiv Oblast", 1)]
    assert not of_type("He faces a death sentence in Kherson.", "strike")


def test_a_city_and_its_suburbs_under_attack_is_a_strike_there() -> None:
    assert one("The head of the Kharkiv military administration said Kharkiv and its suburbs were also under attack "
               "by drones.", "strike").location.name == "Kharkiv"
    # explosions that could be heard are heard, not supposed
    assert one("The regional governor said that Kharkiv and its outskirts were under Russian attack and explosions "
               "could be heard in some of districts.", "strike").location.name == "Kharkiv"
    assert not of_type("The governor said Kharkiv could come under attack again.", "strike")


def test_a_decision_told_with_an_aside_or_a_reason_is_still_decided() -> None:
    ev = one("Chancellor Friedrich Merz said on Monday that Germany, along with Ukraine's other key Western backers, had "
             "lifted range restrictions on weapons they send to Kyiv.", "policy")
    assert ev.actor == "Germany"
    found = of_type("Earlier this year, Japan, Britain and the European Union banned the export of game controllers to "
                    "Russia, citing concerns that such devices could be repurposed to operate drones.", "policy")
    assert sorted(e.actor for e in found) == ["European Union", "Japan", "United Kingdom"]


def test_weapons_favoured_or_never_provided_are_no_transfer() -> None:
    assert not of_type("Ukraine has long asked Germany for Taurus cruise missiles. Merz has in the past said he favors "
                       "delivery of Taurus.", "arms_transfer")
    assert not of_type("Ukraine says China helps Russia. The spokesman said that China has never provided lethal "
                       "weapons to any party in the war.", "arms_transfer")


def test_drones_and_missiles_told_without_figures_are_one_mixed_attack() -> None:
    ev = one("The previous night, explosions were heard throughout Kyiv as many sought shelter in subway stations as "
             "Russian drones and missiles targeted the Ukrainian capital.", "air_attack")
    assert ev.weapon == "mixed"
    # with figures, each weapon keeps its own wave
    found = of_type("Russia attacked Ukraine with drones and missiles overnight. Air defences downed 30 of 40 drones "
                    "and 5 of 6 missiles.", "air_attack")
    assert sorted(e.weapon for e in found) == ["drone", "missile"]


def test_massive_attacks_counted_are_no_weapons_launched() -> None:
    assert not [e for e in of_type("It came as Moscow launched three massive drone and missile attacks at civilian "
                                   "targets across Ukraine in as many days.", "air_attack") if e.counts]
    assert one("Moscow launched 300 drones and missiles at Ukraine overnight.", "air_attack").counts == {"launched": 300}


def test_history_told_of_a_thing_named_does_not_make_the_decision_history() -> None:
    ev = one("On the same day, Congress agreed to update the 1941 lend-lease legislation with which Franklin D "
             "Roosevelt sought to help Britain and other allies fight Nazi Germany.", "policy")
    assert ev.actor == "United States"
    assert not of_type("In 1941, Congress agreed to the lend-lease legislation to help Britain fight Nazi Germany.",
                       "policy")


def test_weapons_imported_from_a_country_are_its_delivery() -> None:
    ev = one("Moscow has already imported $100 million worth of drones from China this year -- 30 times more than "
             "Ukraine.", "arms_transfer")
    assert (ev.actor, ev.target) == ("China", "Russia")
    assert not of_type("Ukraine imports gas from Europe.", "arms_transfer")


def test_a_claimed_village_listed_or_named_is_claimed_as_written() -> None:
    found = of_type("On Saturday, Russian forces said they had captured the settlement of Panteleimonivka in Ukraine’s "
                    "eastern Donetsk region and Scherbaky in Ukraine’s Zaporizhia region.", "territorial_claim")
    assert sorted(e.place for e in found) == ["Panteleimonivka", "Scherbaky"]
    ev = one("Russia also claimed to have captured another Ukrainian village, at Rozlyiv in the Donetsk region.",
             "territorial_claim")
    assert (ev.place, ev.actor, ev.location.name) == ("Rozlyiv", "Russia", "Donetsk Oblast")


def test_sanctions_told_by_whose_they_are_or_what_they_target_are_decided() -> None:
    assert one("Yesterday the 17th package and new British sanctions were adopted.", "policy").actor == "United Kingdom"
    assert one("The U.K. also targeted the shadow fleet with 100 new sanctions, officials said.",
               "policy").actor == "United Kingdom"
    ev = one("Asked how he would respond, Mr Trump said he was “absolutely” considering tougher sanctions on Moscow.",
             "policy")
    assert (ev.actor, ev.status) == ("United States", "considered")
    assert not of_type("Sanctions were imposed on Russia in 2014.", "policy")
    assert not of_type("Asked about sanctions, Trump said he would consider them if talks fail.", "policy")


def test_losses_inflicted_near_listed_settlements_are_fighting_in_their_regions() -> None:
    found = of_type('"Battlegroup West units gained better lines and positions and inflicted losses on formations of two '
                    'mechanized brigades of the Ukrainian army in areas near the settlements of Kupyansk, Glushchenkovo '
                    'and Peschanoye in the Kharkov Region and Kirovsk in the Donetsk People’s Republic," the ministry '
                    'reported.', "ground_combat")
    assert sorted((e.location.name, e.actor, e.target) for e in found) == [
        ("Donetsk Oblast", "Russia", "Ukraine"), ("Kharkiv Oblast", "Russia", "Ukraine")]


def test_ukrainian_uavs_and_a_side_named_only_as_teller_keep_the_storys_direction() -> None:
    ev = one("The Belgorodsky district came under a bombardment by 16 munitions and attacks by 12 Ukrainian UAVs.",
             "air_attack")
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")
    found = events("Ukraine’s military said in a statement that it had struck the Bolkhov semiconductor plant in Oryol "
                   "Oblast. Ukraine’s military said 10 drones hit the premises, resulting in a fire.")
    assert {(e.actor, e.target) for e in found} == {("Ukraine", "Russia")}
    # a teller of its own air defence is the defender
    ev = [e for e in events("Russian drones struck Kharkiv overnight. Russia’s defense ministry said it intercepted "
                            "or destroyed around 100 Ukrainian attack drones.") if e.type == "air_attack"][-1]
    assert (ev.actor, ev.target) == ("Ukraine", "Russia")


def test_a_place_told_by_a_landmark_is_the_place_not_the_landmark() -> None:
    assert one("In the village of Markhalivka, just outside Kyiv where several homes were burned down in the overnight "
               "strikes, residents watched their ruined homes in tears.", "strike").location.name == "Markhalivka"
    assert one("A drone hit a house outside Kyiv.", "strike").location.name == "Kyiv"


def test_a_village_the_text_names_as_one_is_a_place_though_the_gazetteer_lacks_it() -> None:
    found = of_type("Drones attacked the town of Shebekino overnight. In the village of Nezhegol, a drone attacked a "
                    "GAZel minivan, wounding its driver.", "strike")
    ev = next(e for e in found if e.counts)
    assert (ev.location.name, ev.counts, ev.actor, ev.target) == ("Nezhegol", {"injured": 1}, "Ukraine", "Russia")


def test_a_russian_district_named_by_its_adjective_is_a_place_in_russia() -> None:
    ev = one("Details: Bogomaz said that the Sevsky district was attacked.", "strike")
    assert (ev.location.name, ev.location.country, ev.actor, ev.target) == ("Sevsky district", "RU", "Ukraine", "Russia")
    # a Ukrainian city's district ("-skyi") is no such place: it stays the city's
    ev = one("In Kyiv, a missile struck a residential building in the Shevchenkivskyi district, injuring 10 people.",
             "strike")
    assert ev.location.name == "Kyiv"
    ev = one("In Volgograd, falling drone debris caused a fire at an oil refinery in the city’s southern Krasnoarmeysky "
             "district, the regional governor said. Two employees were injured, he said.", "strike")
    assert ev.location.name == "Volgograd"


def test_a_wave_at_districts_of_a_region_is_aimed_at_the_region() -> None:
    ev = one("Over the past 24 hours, the Ukrainian army fired 51 munitions and launched 69 drones at nine districts of "
             "the Belgorod Region, governor Vyacheslav Gladkov reported.", "air_attack")
    assert (ev.location.name, ev.counts) == ("Belgorod Oblast", {"launched": 69})


def test_a_strike_of_a_drone_and_missile_attack_is_of_mixed_weapons() -> None:
    ev = one("Kyiv came under a large-scale Russian drone and missile attack on Saturday morning that left at least 15 "
             "people injured, according to local officials.", "strike")
    assert (ev.weapon, ev.counts) == ("mixed", {"injured": 15})


def test_the_toll_of_a_wave_told_per_weapon_is_of_mixed_weapons() -> None:
    found = of_type("Russia launched 298 drones and 69 missiles overnight, the air force said. Interior Minister Ihor "
                    "Klymenko said 12 people had been killed and 60 more wounded.", "air_attack")
    toll = next(e for e in found if "killed" in e.counts)
    assert (toll.weapon, toll.counts) == ("mixed", {"killed": 12, "injured": 60})
    ev = one("In the western region of Khmelnytskyi, the governor said that a combined Russian attack damaged private "
             "houses.", "strike")
    assert ev.weapon == "mixed"


def test_an_undated_toll_goes_on_the_waves_day_when_every_wave_is_the_day_before() -> None:
    monday = dt.date(2025, 5, 26)
    found = events("At least 12 people were killed in the attacks across Ukraine, officials said. Ukraine’s Air Force "
                   "said 298 drones and 69 missiles were launched overnight into Sunday.", monday)
    toll = next(e for e in found if e.counts.get("killed"))
    assert toll.date == dt.date(2025, 5, 25)


def test_a_feed_item_written_the_evening_before_is_dated_by_the_day_it_tells() -> None:
    monday = dt.date(2025, 5, 26)
    body = ("Russian forces launched a barrage of 367 drones and missiles at Ukrainian cities overnight, officials said. "
            "The US envoy said on Sunday the attack was a clear violation. In Kharkiv, the mayor said early on Sunday "
            "that drones hit three city districts.")
    wave = next(e for e in of_type(body, "air_attack", published=monday) if e.counts)
    assert wave.date == dt.date(2025, 5, 25)
    # a Monday report that names Monday speaks from Monday
    wave = next(e for e in of_type(body + " Talks resume on Monday.", "air_attack", published=monday) if e.counts)
    assert wave.date == monday


def test_urgent_aid_passed_for_ukraine_is_an_approved_transfer() -> None:
    ev = one("After months of delay, on Tuesday, Congress passed urgent aid for Ukraine in its fight against Russian "
             "aggression.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("United States", "Ukraine", "approved")


def test_a_district_named_alone_in_a_story_of_a_large_city_is_that_citys() -> None:
    found = of_type("Kyiv Mayor Vitali Klitschko said drones hit the capital overnight. In Dniprovskyi district, a private "
                    "house was destroyed and in Shevchenkivskyi district, windows in a residential building were smashed.",
                    "strike")
    assert {e.location.name for e in found} == {"Kyiv"}
    # with no large city in the story, the raion of that name stands
    assert one("A drone hit a house in the Bakhmut district, the governor said.", "strike").location.name == "Bakhmut Raion"


def test_a_person_shot_dead_is_a_strike_where_it_happened_by_no_side_named() -> None:
    wednesday = dt.date(2025, 5, 21)
    ev = one("Andriy Portnov, 51, was gunned down on Wednesday morning outside the gates of a school in Madrid.", "strike",
             published=wednesday)
    assert (ev.location.name, ev.counts, ev.actor, ev.date) == ("Madrid", {"killed": 1}, None, wednesday)
    ev = one("A former leading Ukrainian official has been shot dead outside a school in Madrid, authorities said.",
             "strike", published=wednesday)
    assert ev.counts == {"killed": 1}
    # told without a place, the killing is no wave's toll; a pronoun names no victim
    assert events("Portnov was killed by multiple gunmen outside a private school in an apparent targeted "
                  "assassination.", wednesday) == []
    assert events("He was shot dead outside a school in Madrid.", wednesday) == []


def test_a_command_speaking_through_its_spokesperson_is_the_claimant() -> None:
    body = ("Russia hit Ukraine with 367 drones and missiles, making this the largest single attack of the war, according "
            "to Ukraine Air Force spokesperson Yuriy Ihnat. In all, Russia used 69 missiles and 298 drones, he told The "
            "Associated Press.")
    assert {e.claimed_by for e in of_type(body, "air_attack")} == {"Ukrainian Air Force"}
    ev = one("Yuriy Ihnat, a spokesperson for Ukraine's Air Force, said Russia launched 90 drones overnight.", "air_attack")
    assert ev.claimed_by == "Ukrainian Air Force"
    # a spokesperson for no command is named as such
    ev = one("Russia launched 90 drones overnight, city spokesman Ivan Petrenko said.", "air_attack")
    assert ev.claimed_by == "Ivan Petrenko"


def test_an_agency_passing_on_a_source_gives_the_source_as_claimant() -> None:
    found = of_type("Russian forces have captured the settlements of Volodymyrivka and Bilovody in eastern Ukraine, the "
                    "TASS state news agency reported on Monday, citing Russia's Defence Ministry.", "territorial_claim")
    assert {e.claimed_by for e in found} == {"Russian Defence Ministry"}
    # an agency reporting on its own stays the claimant
    ev = one("Russian forces captured the settlement of Veselivka in the Sumy region, according to the Russian state-run "
             "TASS.", "territorial_claim")
    assert ev.claimed_by == "TASS"


def test_the_ministry_unqualified_is_the_one_named_before_or_a_russian_wires_own() -> None:
    body = ("MOSCOW, 26 May. /TASS/. Russian air defense systems shot down 96 Ukrainian drones overnight above Russian "
            "regions, the Defense Ministry reported.\n\n- It added that 31 UAVs were shot down over the Bryansk Region.")
    assert {e.claimed_by for e in of_type(body, "air_attack")} == {"Russian Defence Ministry"}
    body = ("Russia's Defence Ministry said its forces had captured the village of Rozdolne. Air defences destroyed 20 "
            "Ukrainian drones over the Belgorod region overnight, the ministry said.")
    assert one(body, "air_attack").claimed_by == "Russian Defence Ministry"


def test_weapons_handed_over_are_no_wave() -> None:
    assert of_type("Britain will send 5,000 air defence missiles to Ukraine this year.", "air_attack") == []
    assert of_type("Germany will deliver four more IRIS-T systems and 300 missiles to Kyiv.", "air_attack") == []
    # sent at a city, or delivered as attacks, they were fired
    assert one("Russia sent 100 drones at Kyiv overnight, and 80 were shot down.", "air_attack").counts == \
        {"launched": 100, "intercepted": 80}
    assert one("Over the past day, Russian occupiers delivered four missile attacks on Kramatorsk.",
               "air_attack").counts == {"launched": 4}


def test_said_it_would_send_commits_and_would_transfer_offers() -> None:
    ev = one("Czech Prime Minister Petr Fiala said his country would deliver 100,000 artillery shells to Ukraine.",
             "arms_transfer")
    assert (ev.status, ev.counts) == ("pledged", {"quantity": 100000})
    assert one("The United States said last week it would send four HIMARS to Ukraine.", "arms_transfer").status == \
        "pledged"
    assert one("The United States said it would transfer landmines to Ukraine.", "arms_transfer").status == "offered"


def test_a_weapon_named_with_its_modifier_is_one_transfer() -> None:
    found = of_type("Britain will send 5,000 air defence missiles to Ukraine this year.", "arms_transfer")
    assert [(e.item, e.counts) for e in found] == [("air defence missiles", {"quantity": 5000})]


def test_backing_provided_over_time_is_no_transfer() -> None:
    assert of_type("The US has provided key economic and military backing to Kyiv, in particular supplying long-range, "
                   "precision artillery.", "arms_transfer") == []
    assert one("On Tuesday the US supplied long-range precision artillery to Kyiv.", "arms_transfer").status == "delivered"


def test_figures_downed_over_regions_each_take_their_region() -> None:
    found = of_type("Russia's Defence Ministry said its forces shot down nine Ukrainian aircraft-type drones over Belgorod "
                    "and 13 over Russia's Kursk region early on Tuesday.", "air_attack")
    assert {(e.location.name, e.counts["intercepted"]) for e in found} == {("Belgorod", 9), ("Kursk Oblast", 13)}
    ev = one("Officials said on Wednesday that more than 30 drones were destroyed in the air over the Voronezh region.",
             "air_attack")
    assert (ev.location.name, ev.counts) == ("Voronezh Oblast", {"intercepted": 30})
    ev = one("A drone was also downed on its approach to an oil refinery in the Leningrad region, the governor said.",
             "air_attack")
    assert ev.counts == {"intercepted": 1}


def test_a_toll_told_with_its_parts_and_of_two_groups() -> None:
    ev = one("23 people were killed including four children when a cruise missile hit a block of flats in Uman.", "strike")
    assert ev.counts == {"killed": 23}
    assert of_type("23 people were killed including four children when a cruise missile hit a block of flats in Uman.",
                   "air_attack") == []
    ev = one("Kryvyi Rih was in mourning after a Russian missile strike that killed nine children and 11 adults.", "strike")
    assert ev.counts == {"killed": 20}
    # two places, two tolls
    assert {(e.location.name, e.counts["killed"]) for e in of_type("Four people were killed in Kyiv and one in Kharkiv.",
                                                                      "strike")} == {("Kyiv", 4), ("Kharkiv", 1)}


def test_a_command_headquarters_or_a_deployment_area_hit_is_a_strike() -> None:
    ev = one("On Wednesday, the Russian Defense Ministry confirmed that its forces hit the Ukrainian Southern Command "
             "headquarters in Odesa.", "strike")
    assert (ev.location.name, ev.item) == ("Odesa", "Southern Command headquarters")
    ev = one("Russian missiles also hit a deployment area for troops in Kharkiv.", "strike")
    assert ev.location.name == "Kharkiv"


def test_a_village_liberated_under_its_russian_name_is_the_ukrainian_village() -> None:
    ev = one('Russian troops "have managed to liberate the village of Umanskoye in the popular republic of Donetsk", the '
             "ministry said on Sunday.", "territorial_claim")
    assert (ev.actor, ev.status, ev.location.name) == ("Russia", "captured", "Umanske")
    # a name with no Ukrainian form stays as written
    ev = one("Russian forces captured the village of Nezhegolskoye, the ministry said.", "territorial_claim")
    assert ev.location.name == "Nezhegolskoye"


def test_a_toll_after_the_shelling_of_a_region_is_a_strike_there() -> None:
    ev = one("Terrorist troops massively shelled the Kherson region, including residential areas and infrastructure. "
             "One person died, nine were injured.", "strike")
    assert (ev.location.name, ev.counts) == ("Kherson Oblast", {"killed": 1, "injured": 9})
    assert of_type("Terrorist troops massively shelled the Kherson region. One person died, nine were injured.",
                   "air_attack") == []


def test_a_source_said_according_to_an_agency_is_the_source() -> None:
    ev = one("Russia's Defence Ministry said its forces shot down nine Ukrainian drones over Belgorod early on Tuesday, "
             "according to a report on the state-run TASS news agency.", "air_attack")
    assert ev.claimed_by == "Russian Defence Ministry"


def test_a_protest_against_russias_war_targets_russia_and_the_detained_are_no_crowd() -> None:
    ev = one("Thousands of people rallied in Paris on Saturday, demanding an end to Russia's invasion of Ukraine.", "protest")
    assert ev.target == "Russia"
    ev = one("In Russia, more than 1,700 people were detained at rallies against the war in Moscow.", "protest")
    assert "participants" not in ev.counts


def test_claims_by_a_russian_group_of_forces_told_passively_and_named_after_an_unnamed_one() -> None:
    ev = one("The group of forces Vostok (East) advanced in the Zaporizhzhia region and captured the settlement of "
             "Chervone, the Defense Ministry said.", "territorial_claim")
    assert (ev.actor, ev.location.name) == ("Russia", "Chervone")
    found = of_type("Russia on Wednesday claimed that its forces captured another settlement in Ukraine's Zaporizhzhia "
                    "region. In a statement, the Russian Defense Ministry said that the settlement of Zarechne in the "
                    "Zaporizhzhia region was captured after an operation by the Vostok (East) group of forces.",
                    "territorial_claim")
    assert [(e.actor, e.status, e.place) for e in found] == [("Russia", "captured", "Zarechne")]
    # one village in two spellings is one claim
    found = of_type("Russian forces captured the village of Maiorsk in the Donetsk region. \"The village of Mayorsk was "
                    "completely liberated,\" the Russian Defence Ministry said.", "territorial_claim")
    assert len(found) == 1


def test_aggressors_striking_a_citys_district_strike_the_city() -> None:
    ev = one("Russian aggressors have struck Kharkiv's Kholodnohirskyi district with a guided aerial bomb.", "strike")
    assert (ev.location.name, ev.weapon) == ("Kharkiv", "glide_bomb")
    # "the Kyiv district of the city" is a district of the city told before, not the Kyiv region
    found = events("There was an explosion in Kharkiv. A guided aerial bomb struck the Kyiv district of the city, he wrote.")
    assert all(e.location is None or e.location.name != "Kyiv Oblast" for e in found)


def test_weapons_downed_along_with_others_and_launched_by_a_side_were_downed() -> None:
    found = of_type("The ministry claimed 335 drones were shot down overnight, along with two HIMARS missiles and 9 guided "
                    "aerial bombs.", "air_attack")
    assert sorted(e.counts["intercepted"] for e in found) == [2, 9, 335]
    found = of_type("Russia's defense ministry said its air defenses had destroyed 117 drones and four tactical missiles "
                    "launched by Ukraine at several regions.", "air_attack")
    assert {e.weapon: e.counts for e in found} == {"drone": {"intercepted": 117}, "missile": {"intercepted": 4}}


def test_a_side_keeping_up_its_assault_is_the_attacker() -> None:
    ev = one("Ukraine kept up its heavy drone assault on Russia, setting fire to a major oil refinery in the south and "
             "killing at least two people, Russian authorities said Sunday.", "air_attack")
    assert (ev.actor, ev.target, ev.counts) == ("Ukraine", "Russia", {"killed": 2})


def test_drones_downed_on_their_way_to_a_city_were_aimed_at_it() -> None:
    ev = one("Russian air defense systems have shot down two combat drones that were trying to reach Moscow, Mayor Sergey "
             "Sobyanin said early on Wednesday.", "air_attack")
    assert (ev.location.name, ev.counts) == ("Moscow", {"intercepted": 2})
    ev = one("Sobyanin said air defence forces downed a drone in the Ramenskoye district that was flying towards Moscow.",
             "air_attack")
    assert ev.location.name == "Moscow"


def test_power_severed_to_a_plant_is_an_outage_there() -> None:
    ev = one("Ukraine's state nuclear power company says a Russian rocket attack has severed the last outside power supply "
             "to the Zaporizhzhia plant in the country's south.", "infrastructure_outage")
    assert (ev.item, ev.location.name) == ("power", "Zaporizhzhia")


def test_another_drone_shot_down_a_months_tally_and_a_toll_after_localities_shelled() -> None:
    ev = one('"Another drone that tried to carry out an attack on Moscow was shot down tonight by air defense forces in '
             'the Ramensky District of the Moscow Region," Sobyanin said on Telegram.', "air_attack")
    assert (ev.location.name, ev.counts) == ("Moscow", {"intercepted": 1})
    assert events("Terekhov said that in September, Russian troops fired 53 times at Kharkiv with various weapons, "
                  "injuring 188 people.") == []
    ev = one("Over the past day, Russian troops shelled 32 localities in Sumy region. As a result of the shelling, one "
             "person died, three others were injured.", "strike")
    assert (ev.location.name, ev.counts) == ("Sumy Oblast", {"killed": 1, "injured": 3})


def test_a_ministry_saying_its_forces_captured_claims_for_the_country_that_spoke() -> None:
    found = of_type("Russia claimed on Sunday that it took control of a village in Ukraine's northeastern Kharkiv region. "
                    "The Defense Ministry said in a statement that its forces captured the village of Podoly, about 5 "
                    "kilometers east of the front-line town of Kupiansk.", "territorial_claim")
    assert [(e.actor, e.place, e.claimed_by) for e in found] == [("Russia", "Podoly", "Russian Defence Ministry")]


def test_an_announced_aid_package_is_pledged() -> None:
    ev = one("German Defense Minister Boris Pistorius has announced a new military aid package for Ukraine totaling "
             "€500 million.", "arms_transfer")
    assert (ev.actor, ev.status) == ("Germany", "pledged")
    assert one("The US Congress approved a $61 billion military aid package for Ukraine.", "arms_transfer").status == \
        "approved"
