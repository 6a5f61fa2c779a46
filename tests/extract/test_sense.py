"""Talk about events is not an event: questions, hypotheses, rhetoric, diplomacy and history, on sentences
written for these tests in the manner of the real articles where each class of error was found."""
from __future__ import annotations

import datetime as dt

import pytest

from warwire.models import Article, Event
from warwire.pipeline import extract_events

WEDNESDAY = dt.date(2023, 6, 14)


def events(body: str, published: dt.date = WEDNESDAY) -> list[Event]:
    return extract_events(Article(source="test", body=body, published=published))


def types(body: str, published: dt.date = WEDNESDAY) -> list[str]:
    return [e.type for e in events(body, published)]


@pytest.mark.parametrize("body", [
    "If Moscow moves its troops in, we will rally the world against this aggression, the minister said.",
    "We have rallied our partners behind a common response, the minister said.",
    "Warsaw protested that it was under direct attack after Moscow cut off its gas.",
    "The Kremlin summoned the British ambassador in strong protest over the interview.",
    "The last two years have demonstrated that the alliance can act quickly.",
    "Her trip to Tokyo was a demonstration of how far the war now echoes in Asia.",
    "In early 2014, mass protests in the capital forced out a president who had refused to sign an EU deal.",
])
def test_rhetoric_diplomacy_and_history_are_not_protests(body: str) -> None:
    assert "protest" not in types(body)


@pytest.mark.parametrize("body", [
    "Thousands of Ukrainians rallied in Lviv on Sunday to show their unity.",
    "About 2,000 residents rallied against the occupation in Kherson on Sunday, waving Ukrainian flags.",
    "Police detained dozens of protesters outside parliament in Tbilisi on Tuesday night.",
])
def test_crowds_in_the_street_are_protests(body: str) -> None:
    assert types(body).count("protest") == 1


def test_a_question_is_not_an_event() -> None:
    assert events("Does the Kremlin really see NATO troops in the Baltics as a threat to Russia?") == []


def test_a_hypothesis_is_not_an_event() -> None:
    assert events("If Russian forces storm Kharkiv, the fighting there could last for months.") == []


def test_history_before_the_war_is_not_an_event() -> None:
    assert events("Yet unlike in 1914, during the fighting in Kyiv, there were agreed rules for this fight.") == []


def test_history_as_the_occasion_of_a_decision_taken_now_is_not_history() -> None:
    body = "The Kremlin announced a ceasefire from May 8 to May 11 in honour of the 80th anniversary of the victory in World War II."
    assert [(e.type, e.actor) for e in events(body)] == [("policy", "Russia")]
    assert events("On the anniversary of the victory in World War II, Soviet troops stormed the city.") == []


def test_background_a_year_old_without_figures_is_dropped_but_with_figures_kept() -> None:
    old = "In March 2022, Russian forces shelled Mariupol's drama theatre, the city council said."
    assert events(old) == []
    with_toll = "In March 2022, a Russian airstrike on the drama theatre in Mariupol killed 600 people, AP found."
    assert [e.counts.get("killed") for e in events(with_toll) if e.type == "strike"] == [600]


@pytest.mark.parametrize("body", [
    "The United States imposed sanctions on the Serbian intelligence chief in March, accusing him of arms deals.",
    "In March, Putin said Russia had moved a first batch of tactical nuclear weapons to Belarus.",
])
def test_background_months_old_without_a_figure_is_not_the_reports_event(body: str) -> None:
    assert events(body) == []  # told in a June report: context, not news


def test_background_months_old_with_a_sum_or_a_toll_is_kept_and_last_week_is_news() -> None:
    money = "In March, the G7 and the EU agreed to raise $50 billion for Ukraine from frozen Russian assets."
    assert "policy" in types(money)
    assert "strike" in types("In March, a Russian missile strike on Dnipro killed 12 people.")
    assert "policy" in types("Last week, the United States imposed sanctions on 22 Russian officials.")


def test_an_anecdote_months_old_with_a_single_missile_is_background() -> None:
    body = ("On March 2, a gunner became an overnight hero when, on her first day on duty, she shot down a Russian "
            "cruise missile with a shoulder-fired launcher.")
    assert events(body) == []  # "overnight hero" dates nothing; a lone missile downed in March is her story
    assert [e.counts for e in events("Overnight, air defences shot down a Russian cruise missile over Odesa.")
            if e.type == "air_attack"] == [{"intercepted": 1}]


def test_fighting_words_in_other_senses_are_not_combat() -> None:
    for body in ("Visitors looked at a captured Bradley fighting vehicle shown in Moscow on Wednesday.",
                 "He is a veteran of the fight against corruption in Kyiv, the activists said.",
                 "Mali's junta pushed out a French force fighting insurgents."):
        assert "ground_combat" not in types(body), body


def test_fighting_around_listed_towns_is_one_event_per_town() -> None:
    evs = [e for e in events("British intelligence said on Friday that fighting was heaviest around Lysychansk and "
                             "Severodonetsk.") if e.type == "ground_combat"]
    assert sorted(e.location.canonical or e.location.name for e in evs if e.location) == ["Lysychansk", "Siverskodonetsk"]


def test_places_listed_as_hit_are_one_strike_each_but_a_nationwide_list_is_the_wave() -> None:
    evs = [e for e in events("Russian strikes also hit the Kharkiv, Sumy and Odesa regions overnight, officials said.")
           if e.type == "strike"]
    assert sorted(e.location.name for e in evs if e.location) == ["Kharkiv Oblast", "Odesa Oblast", "Sumy Oblast"]
    wave = events("Overnight attacks across the country that struck Kharkiv, Odesa, Dnipro, Sumy and Poltava killed "
                  "three people, officials said.")
    assert [e.type for e in wave] == ["air_attack"]


def test_a_village_named_inside_its_oblast_is_where_the_strike_was() -> None:
    (ev,) = [e for e in events("In Kharkiv Oblast, a 54-year-old man was killed in Russian shelling of the village of "
                                "Kupiansk-Vuzlovyi, the governor said.") if e.type == "strike"]
    assert ev.location is not None and ev.location.name == "Kupiansk-Vuzlovyi"
    assert ev.counts == {"killed": 1}


def test_a_toll_over_the_past_day_is_the_days_event_not_a_running_total() -> None:
    (ev,) = [e for e in events("Russian shelling killed one person and injured three in Kherson Oblast over the past day, "
                                "the governor reported.") if e.type == "strike"]
    assert ev.counts == {"killed": 1, "injured": 3}
    (wave,) = events("Over the past day, Russian attacks killed 9 people and injured 41 across Ukraine, officials said.")
    assert wave.counts == {"killed": 9, "injured": 41}


def test_occupied_territory_named_in_passing_does_not_turn_a_strike_on_lviv_around() -> None:
    (ev,) = [e for e in events("A response is needed if Russian forces based in occupied territory launch attacks on "
                                "civilians like the one that killed seven people in Lviv on Thursday.") if e.type == "strike"]
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")


def test_a_link_to_another_story_is_not_this_storys_event() -> None:
    assert events("Read also: Germany will send another Patriot system to Ukraine, the ministry says.") == []
    assert events("Other Topics of Interest Ukraine at War Update for May 20 Russian airstrikes near Kharkiv kill 11 "
                  "civilians") == []


@pytest.mark.parametrize("body", [
    "Grain ships will leave this week, the minister says, despite Russian strikes on the port of Odesa.",
    "He visited children injured by Russian bombardments and toured the debris left by shelling in Irpin.",
    "He told the visitor about the recent Russian attacks on its port cities, including Odesa.",
])
def test_strikes_as_the_backdrop_of_other_news_are_not_strikes(body: str) -> None:
    assert [e.to_dict() for e in events(body) if e.type == "strike"] == []


def test_assaults_repelled_by_one_side_were_the_other_sides() -> None:
    (ev,) = [e for e in events("Ukrainian forces repelled 45 Russian assaults near Pokrovsk over the past day, "
                                "the General Staff said.") if e.type == "ground_combat"]
    assert (ev.actor, ev.target) == ("Russia", "Ukraine")


@pytest.mark.parametrize(("body", "attacker"), [
    ("Ukrainian defenders also repelled Russian attacks in the vicinity of Khromove over the past day.", "Russia"),
    ("Ukrainian defenders repelled about 20 attacks near Marinka yesterday.", "Russia"),
    ("Russian troops repulsed a Ukrainian counterattack near Kreminna, the ministry said.", "Ukraine"),
    ("The Russian army repulsed attacks near Robotyne, the ministry said.", "Ukraine"),
])
def test_the_attacker_of_a_repulse_is_whose_attacks_were_beaten_off(body: str, attacker: str) -> None:
    (ev,) = [e for e in events(body) if e.type == "ground_combat"]
    assert ev.actor == attacker


def test_a_defence_ministry_claiming_to_have_downed_drones_was_the_one_attacked() -> None:
    (ev,) = events("Ukraine hit back overnight, with Russia's Ministry of Defense claiming to have downed 57 drones "
                   "over four regions.")
    assert (ev.type, ev.actor, ev.target, ev.counts) == ("air_attack", "Ukraine", "Russia", {"intercepted": 57})


def test_a_ceasefire_at_sea_and_talks_abroad_are_no_strikes() -> None:
    assert [e.type for e in events("Both sides agreed to stop military strikes in the Black Sea, the White House "
                                   "said.")] != ["strike"]
    body = "As the delegations met in Riyadh, Russian drones struck the city of Kryvyi Rih overnight, the governor said."
    assert [e.location.name for e in events(body) if e.type == "strike" and e.location] == ["Kryvyi Rih"]


def test_a_toll_since_a_year_is_a_running_total() -> None:
    assert events("The war in the Donbas has killed more than 14,000 people since 2014, the UN said.") == []
