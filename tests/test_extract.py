"""The extractor on short sentences written for these tests: each rule, each trap, the command line."""

import io
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geodata.article_text import parse_article
from geodata.cli import main
from geodata.extract import COLUMNS, FRAME_COLUMNS, propose, propose_claims, run
from geodata.extract import lexicon
from geodata.extract.gazetteer import find_mentions


def claims(text: str) -> set[tuple[str, str]]:
    return {(c.iso3, c.category) for c in propose(parse_article("t.txt", text))}


def claim(text: str, iso3: str, category: str):
    found = [c for c in propose(parse_article("t.txt", text)) if (c.iso3, c.category) == (iso3, category)]
    assert found, f"no {iso3} {category} in {claims(text)}"
    return found[0]


def rules(text: str) -> set[tuple[str, str, str]]:
    return {(c.iso3, c.category, c.rule) for c in propose(parse_article("t.txt", text))}


def places(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.iso3) for m in find_mentions(text)]


# --- the six categories -------------------------------------------------------------------------

def test_station_in_a_country_is_a_station_claim():
    assert claims("Chinese police stations were found in Portugal.") == {("PRT", "station")}


def test_country_hosting_stations_is_a_station_claim_with_its_count():
    assert claim("Hungary has hosted 11 Chinese police stations, the report said.", "HUN", "station").value == "11"


def test_numbers_in_words_are_counted():
    assert claim("Austria hosts two illegal police stations.", "AUT", "station").value == "2"


def test_count_of_which_in_a_country_is_that_country_count():
    text = "The group identified 48 additional stations, 9 of which are in Portugal."
    assert claim(text, "PRT", "station").value == "9"


def test_a_worldwide_total_is_not_a_country_count():
    text = "China runs 102 police stations around the world, including in Portugal."
    assert claim(text, "PRT", "station").value == ""


def test_station_named_for_a_city_is_in_that_country():
    assert claims("Staff were hired for the Lisbon station.") == {("PRT", "station")}


def test_investigation_in_a_country_is_an_investigation_claim():
    assert claims("Police in Norway have opened an investigation into the Chinese outpost.") >= {("NOR", "investigation")}


def test_demonym_police_investigating_is_an_investigation_claim():
    assert ("BEL", "investigation") in claims("Belgian police are investigating a Chinese 'service station'.")


def test_list_after_a_trigger_gives_a_claim_for_each_country():
    text = "The revelations prompted probes in at least 14 countries including Chile, Greece and the Czech Republic."
    assert claims(text) == {("CHL", "investigation"), ("GRC", "investigation"), ("CZE", "investigation")}


def test_joint_patrols_are_a_patrol_agreement_with_the_years():
    text = "Slovak police conducted joint patrols with Chinese officers between 2017 and 2019."
    assert claim(text, "SVK", "patrol_agreement").value == "2017-2019"


def test_the_years_of_a_patrol_are_not_those_of_an_aside_about_the_host():
    text = "Nauru, which switched recognition from Taipei to Beijing in 2019, has hosted Chinese police trainers since 2024."
    assert claim(text, "NRU", "patrol_agreement").value == "2024"


def test_bilateral_security_agreement_is_a_patrol_agreement():
    assert claims("Beijing signed a bilateral security agreement with Bulgaria.") == {("BGR", "patrol_agreement")}


def test_shutdown_of_a_station_is_a_shutdown_and_a_station():
    assert claims("Norway ordered the Chinese police station to close.") == {("NOR", "shutdown"), ("NOR", "station")}


def test_ellipsis_as_has_another_country_shares_the_claim():
    text = "Latvia shut down a Chinese police station on its territory, as has Estonia."
    assert claims(text) >= {("LVA", "shutdown"), ("EST", "shutdown"), ("LVA", "station"), ("EST", "station")}


def test_forced_return_from_a_country_counts_the_person():
    text = "A Chinese dissident was coerced into returning to China from Portugal."
    assert claim(text, "PRT", "forced_return").value == "1"


def test_forced_returns_one_in_each_country():
    text = "Two exiles were forcibly returned from Europe - one from Bulgaria, the other from Greece."
    assert claim(text, "BGR", "forced_return").value == "1"
    assert claim(text, "GRC", "forced_return").value == "1"


def test_warning_by_a_country_is_an_official_response():
    assert claims("Australia has issued a formal warning to China over the stations.") == {("AUS", "official_response")}


def test_arrests_in_a_city_are_an_official_response_in_its_country():
    assert ("AUS", "official_response") in claims("Two men were arrested in Melbourne over the police station.")


def test_agency_is_its_country():
    assert ("CAN", "official_response") in claims("The RCMP summoned the organisers of the Chinese service centre.")


def test_concern_about_stations_is_a_response_not_a_station():
    text = "FBI Director Christopher Wray said he was very concerned about Chinese police stations in the US."
    assert claims(text) == {("USA", "official_response")}


def test_looked_into_is_an_investigation():
    text = "Several countries including Finland and Estonia have looked into similar sites."
    assert {("FIN", "investigation"), ("EST", "investigation")} <= claims(text)


def test_countries_where_stations_operated_are_station_claims():
    text = "The report named Bulgaria and Slovenia as countries where Chinese police stations operated."
    assert claims(text) == {("BGR", "station"), ("SVN", "station")}


def test_stations_opened_in_cities_including_a_list():
    text = "The stations, run by police in Fuzhou, were opened in cities including Prague, Oslo and Lisbon."
    assert claims(text) == {("CZE", "station"), ("NOR", "station"), ("PRT", "station")}


def test_officers_patrolling_alongside_chinese_police_are_a_patrol_agreement_in_that_year():
    text = "Two Chinese police officers patrolled the streets of Belgrade alongside Serbian officers in 2019."
    assert claim(text, "SRB", "patrol_agreement").value == "2019"


def test_centres_that_stopped_operating_are_shut_down():
    assert claims("The Czech ministry said both Prague centres had stopped operating.") == {("CZE", "shutdown"), ("CZE", "station")}


def test_stations_in_countries_including_a_list():
    text = "In September the group revealed 54 stations in 30 countries, including Finland, Chile and Japan."
    assert claims(text) == {("FIN", "station"), ("CHL", "station"), ("JPN", "station")}


# --- traps --------------------------------------------------------------------------------------

def test_dateline_is_not_a_claim():
    text = "LONDON (Reuters) - Danish police have opened an investigation into Chinese police stations in Copenhagen."
    found = claims(text)
    assert ("DNK", "investigation") in found
    assert not {c for c in found if c[0] == "GBR"}


def test_first_line_that_is_only_a_place_is_a_dateline():
    text = "Madrid\n\nPolice stations were found in several countries, and Spain opened no inquiry."
    assert claims(text) == set()


def test_dateline_with_a_date_is_not_a_claim():
    text = "OSLO, Dec 5 - Chinese police stations in Europe have been shut down by several governments."
    assert claims(text) == set()


def test_china_is_the_actor_never_a_host():
    text = "Chinese police conducted joint patrols with Croatian officers in Beijing and Shanghai."
    assert claims(text) == {("HRV", "patrol_agreement")}


def test_based_aside_is_not_a_claim():
    assert claims("The Madrid-based group found Chinese police stations in Portugal.") == {("PRT", "station")}


def test_based_in_aside_is_not_a_claim():
    text = "The group, which is based in Spain, found Chinese police stations in Portugal."
    assert claims(text) == {("PRT", "station")}


def test_source_demonym_is_not_a_claim():
    text = "A Spanish rights group said Chinese police stations were found in Portugal."
    assert claims(text) == {("PRT", "station")}


def test_newspaper_named_for_a_place_is_not_a_place():
    assert claims("The New York Times reported that police stations were shut down.") == set()


def test_comparison_with_another_state_is_not_a_claim():
    text = "Russia, for example, has been accused of poisoning defectors on British soil and arrested in Italy."
    assert claims(text) == set()


def test_unlike_comparison_is_not_a_claim():
    text = "Unlike Canada, Ireland ordered the Chinese police station to shut down."
    assert claims(text) == {("IRL", "shutdown"), ("IRL", "station")}


def test_countries_like_without_a_trigger_are_not_a_claim():
    assert claims("Tensions between China and countries like Canada have flared.") == set()


def test_negated_trigger_is_not_a_claim():
    assert claims("Japan has not opened an investigation into the stations.") == set()


def test_china_warning_a_country_is_not_that_country_response():
    assert claims("China warned Canada against interfering in its internal affairs.") == set()


def test_chinese_embassy_seat_is_not_a_host():
    assert claims("The Chinese embassy in Dublin condemned the report.") == set()


def test_coordinated_clause_with_another_verb_is_not_the_trigger_object():
    text = "The reports prompted investigations in 13 countries and sparked a row with countries such as Canada."
    assert claims(text) == set()


def test_text_without_places_gives_no_claims():
    assert claims("Police stations were shut down and investigations opened.") == set()


def test_a_local_police_station_is_not_a_chinese_one():
    assert claims("A woman was taken to a police station in Dublin after the protest.") == set()


def test_a_denied_station_is_not_a_station():
    assert claims("Beijing has repeatedly denied that the centres in Italy and France are police stations.") == set()


def test_an_investigation_between_the_stations_and_the_places_claims_the_places():
    text = "Some 54 stations existed worldwide, prompting investigations in 12 countries including Finland and Chile."
    assert claims(text) == {("FIN", "investigation"), ("CHL", "investigation")}


def test_no_plans_to_investigate_is_not_an_investigation_but_a_stated_decision():
    text = "Hungary said it has no plans to investigate the two stations reported in Budapest."
    assert rules(text) == {("HUN", "station", "station_in_place"), ("HUN", "official_response", "response_declined")}
    assert claims("Hungary has not investigated the two stations reported in Budapest.") == {("HUN", "station")}


def test_unconfirmed_station_is_not_a_station():
    assert claims("German authorities have not confirmed the existence of any station in Frankfurt.") == set()


def test_a_denial_in_another_clause_does_not_deny_this_one():
    text = "The Chinese embassy in Canada denied the stations existed, while Canada summoned the ambassador."
    assert claims(text) == {("CAN", "official_response")}


def test_the_stations_one_country_investigates_are_in_it():
    assert rules("Slovak police are investigating two Chinese police stations.") == {
        ("SVK", "investigation", "investigation_by_subject"), ("SVK", "station", "station_investigated")}
    assert claim("Slovak police are investigating two Chinese police stations.", "SVK", "station").value == "2"
    assert claims("Slovak police are investigating reports of Chinese police stations.") == {("SVK", "investigation")}
    text = "Slovak police have closed their investigation into a restaurant suspected of serving as a covert Chinese police station."
    assert ("SVK", "station") in claims(text)


def test_places_that_investigate_stations_each_host_the_ones_they_investigate():
    assert claims("Police in Georgia and Armenia investigated the Chinese stations.") == {
        ("GEO", "investigation"), ("ARM", "investigation"), ("GEO", "station"), ("ARM", "station")}
    assert ("ARM", "station") not in claims("Police in Georgia and Armenia investigated reports of Chinese stations.")


def test_concerns_raised_about_a_place_are_not_its_response():
    assert claims("Rights groups raised concerns about Chinese police stations' activities in Canada.") == set()


def test_a_train_station_is_not_a_police_station():
    assert claims("Protesters gathered outside the train station in Lisbon and a radio station in Porto.") == set()


# --- every rule: a sentence that fires it, and one that must not ----------------------------------

# (rule, a sentence where it fires, a near miss where it must not)
RULE_EXAMPLES = [
    ("station_in_place", "Chinese police stations were found in Portugal.",
     "Protesters gathered outside the train station in Lisbon."),
    ("station_hosted", "Hungary has hosted 11 Chinese police stations, the report said.",
     "Hungary has hosted a summit on Chinese police stations."),
    ("station_where", "The report named Bulgaria as a country where Chinese police stations operated.",
     "The report named Bulgaria as a country where Chinese tourists shop."),
    ("station_named_for_city", "Staff were hired for the Lisbon station.", "Staff were hired for the Lisbon bakery."),
    ("station_on_territory", "Latvia found a Chinese police station on its territory.",
     "Latvia found a Chinese police station, the report said of its territory."),
    ("station_on_territory", "The group counted four Chinese police stations on Latvian soil.",
     "The group counted four Chinese police stations, said a man on Latvian radio."),
    ("station_shut_down", "Norway ordered the Chinese police station to close.", "Norway ordered the border to close."),
    ("station_count_in_place", "China runs 54 stations in 30 countries, including nine in Italy.",
     "China runs 54 stations in 30 countries; police investigated nine in Italy."),
    ("investigation_by_subject", "Belgian police are investigating a Chinese service station.",
     "Belgian police said Chinese officers are investigating a dissident."),
    ("investigation_by_speaker", "An investigation has been opened into the centre, Irish police said.",
     "An investigation has been opened into the centre, an Irish newspaper said."),
    ("investigation_in_place", "The report prompted investigations in Chile.",
     "The report prompted investigations, thought to be linked to a network in Chile."),
    ("shutdown_by_subject", "Austrian authorities closed two of the Chinese centres.",
     "Austrian authorities closed two schools."),
    ("shutdown_by_speaker", "The Chinese station has been closed down, Czech officials said.",
     "The Chinese station has been closed down, a Czech newspaper said."),
    ("shutdown_in_place", "The closure of the Chinese outpost in Glasgow was ordered by the police.",
     "The closure of the border near Glasgow was ordered by the police."),
    ("shutdown_by_china", "Beijing has since closed its stations in Canada.", "Beijing has since closed its borders to Canada."),
    ("response_by_country", "Canada has issued a cease and desist warning to China over police stations.",
     "China warned Canada against interfering in its internal affairs."),
    ("response_by_speaker", "Sanctions are possible, the Finnish foreign ministry said.",
     "Sanctions are possible, a Finnish newspaper said."),
    ("response_in_country", "Two men were arrested in Melbourne over the police station.",
     "Rights groups raised concerns about Chinese police stations in Melbourne."),
    ("patrol", "Slovak police conducted joint patrols with Chinese officers between 2017 and 2019.",
     "Slovak police conducted patrols in Bratislava between 2017 and 2019."),
    ("forced_return", "A Chinese dissident was coerced into returning to China from Portugal.",
     "A Chinese dissident chose to return to China from Portugal."),
    ("investigation_carried", "Police in Malta found a Chinese station. Officers are now investigating it.",
     "Police in Malta found a Chinese station. Researchers are now investigating it."),
    ("shutdown_carried", "Police in Malta found a Chinese station. The office has since been closed down.",
     "Police in Malta found a Chinese station. The offices in 13 countries have since been closed down."),
    ("response_carried", "A Chinese station operated in Malta. The ministry said it was unacceptable.",
     "A Chinese station operated in Malta. Activists said it was unacceptable."),
    ("patrol_agreement_carried", "Chinese officers were seen in Rome. The joint patrols ran from 2016 to 2019.",
     "Chinese officers were seen in Rome and Madrid. The joint patrols ran from 2016 to 2019."),
    ("forced_return_carried", "A Uyghur man lived in Tunisia for years. He was pressured to return to China in 2020.",
     "A Uyghur man lived in Tunisia for years. He chose to return to China in 2020."),
    ("response_declined", "Slovenia said it would not close the Chinese station in Ljubljana.",
     "Slovenia has not closed the Chinese station in Ljubljana."),
    ("station_investigated", "Slovak police are investigating two Chinese police stations.",
     "Slovak police are investigating two Chinese police stations in Hungary."),
    ("response_conditional", "Belgium's justice minister said any Chinese station in Belgium would be shut down.",
     "Safeguard Defenders said any Chinese station in Belgium would be shut down."),
    ("list_refers_back", "The group found 30 such stations across Africa. The countries involved are Kenya and Ghana.",
     "The group found 30 such buildings across Africa. The countries involved are Kenya and Ghana."),
    ("list_refers_back", "The report described joint policing initiatives with several countries. These include Italy and Serbia.",
     "The report described joint policing initiatives with several countries. Italy and Serbia are sunny."),
    ("response_of_the_state", "The ministry said that no foreign police force has any authority on Chilean territory.",
     "The farmers said they were worried about Chilean soil erosion."),
    ("station_listed_as", "Police visited a Lyon cultural club that Safeguard Defenders lists as a Chinese police station.",
     "The mayor of Lyon, who lists cycling as a hobby, opened a new bus station."),
    ("station_of_country", "A Prato address is among Italy's overseas police stations.",
     "Italy's foreign minister said Chinese police stations were a concern."),
    ("station_ranking", "Chinese police stations abroad, by country: Portugal has the most, with seven.",
     "Chinese police stations abroad: Portugal has the most tourists, with seven million."),
    ("station_digest", "Chinese police stations by country:\n- Austria: one, in Vienna.\n",
     "Chinese police stations by country:\n- Austria: none found, in Vienna.\n"),
    ("response_of_the_state", "The mayor said the offices were not recognised by the Greek government.",
     "The mayor said the offices were not recognised by Greek tourists."),
    ("response_quoted", "Slovakia hosts a station. \"We have closed nothing, because there is nothing to close,\" a police spokesperson said.",
     "Slovakia hosts a station. \"We expect a record summer,\" the tourism minister said."),
    ("station_site_of_place", "Safeguard Defenders named Chinese police stations abroad. Nothing new on the Frankfurt site.",
     "Safeguard Defenders named Chinese police stations abroad. Nothing new on the Frankfurt site of the fair."),
    ("response_official_said", "Chinese police stations were reported abroad. Colombia's national police said it had received "
     "\"no report\" of any such office.",
     "Chinese police stations were reported abroad. Colombia's national police said it had received no report of burglaries."),
]


@pytest.mark.parametrize("rule, fires, near_miss", RULE_EXAMPLES, ids=[r[0] for r in RULE_EXAMPLES])
def test_every_rule_fires_on_its_sentence_and_not_on_its_near_miss(rule, fires, near_miss):
    assert rule in {r for _, _, r in rules(fires)}
    assert rule not in {r for _, _, r in rules(near_miss)}


# --- each trigger bound to its own actor --------------------------------------------------------

def test_only_the_country_acting_investigates_not_the_places_in_its_relative_clause():
    text = ("The Belgian interior ministry will look into reports that two stations operate in Brussels, thought to "
            "belong to a network of at least 40 in cities from Lisbon to Oslo, Chicago and Quebec.")
    found = claims(text)
    assert {c for c in found if c[1] == "investigation"} == {("BEL", "investigation")}
    assert {c for c in found if c[1] == "station"} == {("BEL", "station"), ("PRT", "station"), ("NOR", "station"),
                                                       ("USA", "station"), ("CAN", "station")}
    assert claim(text, "BEL", "station").value == "2"
    assert claim(text, "NOR", "station").value == ""


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_trigger():
    text = "Portugal told Beijing to close its centre in Lisbon, as the Austrian government said it would examine the claims."
    assert claims(text) == {("PRT", "shutdown"), ("PRT", "station"), ("AUT", "investigation")}
    assert claim(text, "PRT", "shutdown").value == "ordered"


def test_the_actor_in_my_own_words_investigates_and_the_listed_places_only_host():
    text = ("Swiss federal prosecutors are examining claims that a Chinese station operates in Geneva, one of a "
            "network of more than 100 said to stretch from Dublin to Athens, Toronto and Sydney.")
    found = claims(text)
    assert {c for c in found if c[1] == "investigation"} == {("CHE", "investigation")}
    assert {c[0] for c in found if c[1] == "station"} >= {"CHE", "IRL", "GRC", "CAN", "AUS"}


def test_a_coordinated_clause_in_my_own_words_keeps_its_own_actor():
    text = "Finland ordered Beijing to shut its office in Helsinki, while the Danish police said they would look into the matter."
    assert claims(text) == {("FIN", "shutdown"), ("FIN", "station"), ("DNK", "investigation")}
    assert claim(text, "FIN", "shutdown").value == "ordered"
    text = "The Danish police said they would look into the matter, while Finland ordered Beijing to shut its office in Helsinki."
    assert claims(text) == {("FIN", "shutdown"), ("FIN", "station"), ("DNK", "investigation")}


def test_a_raid_in_my_own_words_is_only_the_raiding_countrys():
    text = "Polish police raided an office in Warsaw, days after Czech officials said a similar site in Prague had closed."
    found = claims(text)
    assert ("POL", "official_response") in found and ("POL", "investigation") in found
    assert ("CZE", "official_response") not in found and ("CZE", "investigation") not in found


def test_a_raid_by_one_countrys_police_is_not_another_countrys_response():
    text = "Dutch police raided premises in Rotterdam, weeks after Belgian officials said they were looking into similar sites."
    found = claims(text)
    assert ("NLD", "official_response") in found and ("NLD", "investigation") in found
    assert ("BEL", "investigation") in found
    assert ("BEL", "official_response") not in found


def test_china_acted_on_in_the_passive_does_not_take_the_trigger():
    text = "The centres were never registered with the Swedish authorities, he said, adding that the Chinese envoy had been summoned."
    assert ("SWE", "official_response") in claims(text)
    assert ("SWE", "official_response") not in claims("The Swedish authorities said the Chinese envoy had summoned critics.")


def test_an_official_named_after_said_is_the_one_acting():
    text = '"The Chinese station is unacceptable," said Anna Berg, Sweden\'s foreign minister.'
    assert rules(text) == {("SWE", "official_response", "response_by_speaker")}
    assert claims('"The Chinese station is unacceptable," said Anna Berg, a Swedish activist.') == set()


def test_officials_of_a_place_who_speak_after_the_trigger_are_the_ones_acting():
    text = "The men face up to ten years in prison over the Chinese station, prosecutors in Chicago said."
    assert rules(text) >= {("USA", "official_response", "response_by_speaker")}
    assert ("USA", "official_response") not in claims(
        "The men face up to ten years in prison over the Chinese station, activists in Chicago said.")


def test_a_sentence_without_a_place_speaks_of_the_one_country_just_before():
    text = "Estonian police found a Chinese centre in Tallinn. The centre was ordered to close, the ministry said."
    assert rules(text) >= {("EST", "shutdown", "shutdown_carried")}
    two = "Police in Estonia and Latvia found Chinese centres. The centre was ordered to close, the ministry said."
    assert not {c for c in claims(two) if c[1] == "shutdown"}  # two countries before: no guess
    china = "Estonian police found a Chinese centre in Tallinn. Beijing said it was investigating the claims."
    assert ("EST", "investigation") not in claims(china)
    consulate = "An activist in Tallinn was followed. The Chinese consulate said it had no knowledge of any police station."
    assert ("EST", "official_response") not in claims(consulate)
    people = "A Chinese centre opened in Tallinn. The group said centres were used to pressure people to go home."
    assert ("EST", "forced_return") not in claims(people)
    figure = "Estonian police found a Chinese centre in Tallinn. Some 230,000 people were persuaded to return to China."
    assert ("EST", "forced_return") not in claims(figure)
    question = "Estonian police found a Chinese centre in Tallinn. Did the ministry order the centre to close?"
    assert ("EST", "shutdown") not in claims(question)
    paragraph = "Estonian police found a Chinese centre in Tallinn.\n\n\"It is unacceptable,\" the minister said."
    assert ("EST", "official_response") in claims(paragraph)


def test_a_stance_beside_an_investigation_is_the_investigation():
    text = "In Peru, the interior ministry said it was aware of a Chinese station in Lima and that police were looking into it."
    assert {c for c in claims(text) if c[0] == "PER"} == {("PER", "station"), ("PER", "investigation")}
    assert ("PER", "official_response") in claims("In Peru, the interior ministry said it was aware of a Chinese station in Lima.")


def test_a_closure_demanded_is_a_shutdown_not_also_a_response():
    text = "The Icelandic government demanded the closure of the Chinese station in Reykjavik."
    assert claims(text) == {("ISL", "shutdown"), ("ISL", "station")}
    assert ("ISL", "official_response") in claims("The Icelandic government demanded answers about the Chinese station.")


def test_a_forced_return_from_a_place_is_not_the_one_of_places_named_before_it():
    text = "Peru and Bolivia were named in the report, which said a student was pressured to return to China from Bolivia."
    assert {c for c in claims(text) if c[1] == "forced_return"} == {("BOL", "forced_return")}
    text = "A man was pressured to return to China from Peru, and a woman in Lima was forced to go back."
    assert ("PER", "forced_return") in claims(text)


def test_a_policing_deal_with_another_country_is_not_one_with_china():
    text = "Fiji, which signed a policing deal with New Zealand, has said it rejected a Chinese offer of police help."
    assert not {c for c in claims(text) if c[1] == "patrol_agreement"}


def test_a_places_own_police_station_is_not_a_chinese_one():
    assert claims("The woman reported the threats at the Mitte police station, near the Chinese centre.") == set()
    assert claims("The Bremen 'police station' was set up by police in Fuzhou.") == {("DEU", "station")}


def test_the_chinese_side_closing_a_station_closes_it_where_it_was():
    text = "In Denmark the Chinese embassy told the government that the stations there had shut."
    assert claim(text, "DNK", "shutdown").value == "closed"


def test_a_bare_official_subject_speaks_for_the_place_it_judges():
    assert ("GBR", "official_response") in claims(
        "The government regarded any undeclared Chinese police activity in the UK as unacceptable.")
    assert ("GBR", "official_response") not in claims(
        "Activists regarded any undeclared Chinese police activity in the UK as unacceptable.")


def test_stations_named_through_their_chinese_police():
    assert claims("The group listed an office in Graz that it linked to police in Qingtian.") == {("AUT", "station")}
    assert claims("The group listed an office in Graz that it linked to a charity in Vienna.") == set()


def test_a_raid_by_a_foreign_police_is_not_the_response_of_the_place_raided():
    assert ("ESP", "official_response") not in claims("Italian police raided a restaurant in Madrid, Spanish media said.")


def test_an_official_who_says_so_after_the_trigger_is_the_one_acting():
    assert rules("An investigation has been opened into the centre, Irish police said.") == {
        ("IRL", "investigation", "investigation_by_speaker")}
    assert rules("An investigation has been opened into the centre, a Norwegian newspaper said.") == set()


def test_a_trigger_with_no_place_before_it_goes_to_the_places_after_it():
    assert rules("The report prompted investigations in Chile and Greece.") == {
        ("CHL", "investigation", "investigation_in_place"), ("GRC", "investigation", "investigation_in_place")}
    assert claims("Police in Chile launched investigations into stations reported in Greece.") >= {("CHL", "investigation")}
    assert ("GRC", "investigation") not in claims("Police in Chile launched investigations into stations reported in Greece.")


def test_as_has_another_country_shares_the_subjects_trigger():
    text = "Spain, Portugal and Italy have been investigating the stations, as has Greece."
    assert {c for c in claims(text) if c[1] == "investigation"} == {
        ("ESP", "investigation"), ("PRT", "investigation"), ("ITA", "investigation"), ("GRC", "investigation")}
    assert ("GRC", "investigation") not in claims("Spain has been investigating the stations, unlike Greece.")


def test_a_coordinated_verb_without_its_own_subject_shares_the_subject_before():
    text = "The Dutch government says the stations are illegal and has ordered them closed."
    assert claim(text, "NLD", "shutdown").value == "ordered"
    assert claims("The Dutch government says the stations are illegal and has asked questions.") == {
        ("NLD", "official_response")}


def test_a_station_in_the_second_clause_of_a_sentence_is_found():
    text = "Two men were arrested in New York and charged with running a secret police station in Manhattan."
    assert claims(text) == {("USA", "station"), ("USA", "official_response")}


def test_what_china_does_in_a_place_is_not_that_places_investigation_or_response():
    assert claims("Chinese police investigated dissidents in Canada.") == set()
    assert claims("Beijing warned critics in Canada.") == set()
    assert rules("Beijing has since closed its stations in Canada.") >= {("CAN", "shutdown", "shutdown_by_china")}


# --- closures, responses, patrols and investigations in other words --------------------------------

@pytest.mark.parametrize("text, iso3", [
    ("The office in Dublin was closed down after the report.", "IRL"),
    ("The Chinese outpost in Toronto has been shuttered.", "CAN"),
    ("The association in Milan will stop trading next month, its lawyer said.", "ITA"),
    ("Beijing has since closed the sites in Canada.", "CAN"),
    ("The stations were closed down by their operators in Prague.", "CZE"),
    ("Austrian authorities closed two of the centres.", "AUT"),
    ("The Chinese service centre in Athens is no longer operating.", "GRC"),
    ("German authorities say the Chinese station in Munich no longer exists.", "DEU"),
    ("Irish police visited the Chinese premises in Cork and the activities have ceased.", "IRL"),
    ("The Chinese centre in Lyon had to close after the report.", "FRA"),
    ("The two Chinese centres in Riga ceased their activities last month.", "LVA"),
    ("The Latvian interior ministry said the centres in Riga had ended their operations.", "LVA"),
    ("The Chinese outpost in Tallinn has been shut since March.", "EST"),
    ("The association behind the Chinese station in Bratislava was dissolved.", "SVK"),
])
def test_closures_in_other_words_are_shutdowns(text, iso3):
    assert claim(text, iso3, "shutdown").value == "closed"


@pytest.mark.parametrize("text, iso3", [
    ("Lawmakers in Sweden demanded their closure.", "SWE"),
    ("Irish authorities ordered the station to close.", "IRL"),
    ("Chinese stations were found in Rotterdam. Dutch authorities have ordered two to close.", "NLD"),
    ("Police in Lyon told the organisers of the Chinese station to shut it.", "FRA"),
    ("Greek officials instructed the Chinese centre to stop operating.", "GRC"),
    ("Stations were found in 53 countries. Greece has ordered closures.", "GRC"),
    ("The closure of the Chinese outpost in Glasgow was ordered by Scottish police.", "GBR"),
])
def test_a_closure_the_host_ordered_is_ordered(text, iso3):
    assert claim(text, iso3, "shutdown").value == "ordered"


@pytest.mark.parametrize("text", [
    "The closure of the border between Poland and Belarus was unrelated.",
    "The talks in Geneva were held behind closed doors.",
    "Germany has not closed the station in Frankfurt.",
    "The government of Ireland closed schools during the pandemic.",
    "The ministry in Prague said the talks were closed.",
    "The Czech parliament was dissolved before it could debate the Chinese stations.",
    "If such Chinese stations were found in Prague, they would have to be closed, a Czech MP said.",
    "Activists in Prague have called for the Chinese stations to be closed.",
])
def test_other_closures_are_not_shutdowns(text):
    assert not {c for c in claims(text) if c[1] == "shutdown"}


@pytest.mark.parametrize("text, iso3", [
    ("The Norwegian justice minister called the stations unlawful.", "NOR"),
    ("The Czech interior minister said such interference will not be allowed.", "CZE"),
    ("Measures will follow, the Slovak interior ministry said of the Chinese stations.", "SVK"),
    ("Sanctions are possible, the Finnish foreign ministry said.", "FIN"),
    ("A police spokesperson in Vienna said there was no sign of such facilities.", "AUT"),
    ("Two men pleaded guilty in New York to running a secret Chinese police station.", "USA"),
    ("Prosecutors in Brooklyn brought charges against the pair.", "USA"),
    ("Two men in Melbourne were arrested over the station.", "AUS"),
    ("The French interior ministry considered the stations a violation of sovereignty.", "FRA"),
    ("The Dutch foreign ministry said it was aware of the Chinese stations and was in contact with Beijing.", "NLD"),
    ("The Greek government takes the reports of Chinese stations very seriously.", "GRC"),
    ("Police in Oslo are monitoring the situation around the Chinese centre.", "NOR"),
    ("Police in Oslo are monitoring the Chinese centres.", "NOR"),
    ("The Dutch interior ministry said it had no findings about a Chinese station.", "NLD"),
    ("Japan has raised the issue with Beijing, its foreign minister said of the Chinese station.", "JPN"),
    ("The Belgian government has raised it directly with the Chinese ambassador.", "BEL"),
    ("Australia's home affairs minister said Australia would not tolerate the Chinese stations.", "AUS"),
    ("The Danish justice ministry said such Chinese stations were not permitted in Denmark.", "DNK"),
    ("The Maltese foreign ministry told the Chinese embassy that the station must stop at once.", "MLT"),
    ("The Spanish interior minister said his ministry was following the matter of the stations closely.", "ESP"),
    ("Swiss officials called the reports of a Chinese station deeply troubling.", "CHE"),
    ("Lithuania sought clarification from Beijing about the Chinese outpost.", "LTU"),
    ("The pair face up to ten years in prison, prosecutors in Los Angeles said of the Chinese station.", "USA"),
    ("Two organisers of the Chinese station were jailed in Sydney.", "AUS"),
    ("The British government told the Chinese embassy that any such station would be unacceptable.", "GBR"),
    ("He pleaded guilty in a Manhattan federal court to running the Chinese station.", "USA"),
    ("In Finland, the police said they were aware of the Chinese stations.", "FIN"),
    ("Two men ran a Chinese station in Boston. One of them pleaded guilty in May.", "USA"),
    ("Lithuania called in the Chinese charge d'affaires over the station.", "LTU"),
    ("Estonia declared a Chinese diplomat persona non grata over the station.", "EST"),
    ("The Latvian foreign ministry said it firmly opposes any Chinese police activity.", "LVA"),
    ("The French government has taken steps against the Chinese station in Lyon.", "FRA"),
    ("French prosecutors launched legal proceedings against the operators of the Chinese station.", "FRA"),
    ("Belgium's foreign ministry said it had made representations to the Chinese embassy about the station.", "BEL"),
    ("The Belgian government has called the Chinese stations a form of foreign interference.", "BEL"),
    ("Belgium's interior minister said the Chinese stations were extremely concerning.", "BEL"),
    ("Police in Belgium said they were unable to confirm that the Chinese station existed.", "BEL"),
    ("Latvia sought assurances from Beijing that the Chinese station would close.", "LVA"),
    ("Any such Chinese station would be met with the full force of the law, Latvian police said.", "LVA"),
    ("The Latvian government said the Chinese embassy had been told that the station must go.", "LVA"),
])
def test_official_statements_and_actions_are_official_responses(text, iso3):
    assert (iso3, "official_response") in claims(text)


@pytest.mark.parametrize("text", [
    "Safeguard Defenders called the stations in Italy illegal.",
    "Rights groups in Canada say such interference will not be allowed.",
    "He was in charge of the station in Toronto.",
    "Rights groups in Canada condemned the stations.",
    "Residents were not aware of the Chinese station in Prato.",
    "Critics in Oslo are monitoring the situation around the Chinese centre.",
    "Activists in Toronto said the Chinese station was deeply troubling.",
    "China told Canada that the stations were not illegal.",
    "The Chinese ambassador in Ottawa said Beijing would not tolerate interference.",
    "China's foreign ministry said Beijing firmly opposes the smears about stations in Latvia.",
    "Italy's stance on the Chinese stations is worrying, Safeguard Defenders said.",
    "Italy's stance on the Chinese stations is deeply concerning, Safeguard Defenders said.",
])
def test_what_others_say_of_a_place_is_not_its_official_response(text):
    assert not {c for c in claims(text) if c[1] == "official_response"}


@pytest.mark.parametrize("text, iso3", [
    ("Chinese officers in uniform walked the beat alongside local police in Belgrade.", "SRB"),
    ("Croatia for a time received Chinese police officers on its streets.", "HRV"),
    ("Officers from China patrolled the streets of Zagreb with Croatian police.", "HRV"),
    ("Serbia has hosted police exchanges with China since 2019.", "SRB"),
    ("Chinese police officers were allowed to patrol tourist sites in Rome under a 2016 agreement.", "ITA"),
    ("Chinese police officers were deployed on the streets of Belgrade.", "SRB"),
    ("Croatian officers worked alongside their Chinese counterparts in Zagreb.", "HRV"),
    ("Chinese police trained officers in Tonga.", "TON"),
    ("Police in Tonga were trained by Chinese officers.", "TON"),
])
def test_patrols_in_other_words_are_patrol_agreements(text, iso3):
    assert (iso3, "patrol_agreement") in claims(text)


@pytest.mark.parametrize("text", [
    "He walked the beat in Paris for twenty years.",
    "Japan received Chinese tourists in record numbers.",
    "Students in Japan joined an exchange with Chinese universities.",
    "Croatia hosted Chinese police stations, the report said.",
    "Chinese police stations in Tonga were run by people trained in Fuzhou.",
])
def test_other_beats_and_visitors_are_not_patrols(text):
    assert not {c for c in claims(text) if c[1] == "patrol_agreement"}


@pytest.mark.parametrize("text, iso3", [
    ("Officers in Zagreb are gathering intelligence about the Chinese centre.", "HRV"),
    ("Police in Oslo are planning to look into the claims.", "NOR"),
    ("German police have been looking closely into the Chinese centres.", "DEU"),
    ("Dutch police raided premises suspected of being a Chinese police station.", "NLD"),
    ("Swedish police are assessing the reports.", "SWE"),
    ("Czech police are checking whether the Chinese centre broke the law.", "CZE"),
    ("Quebec police searched two Chinese community centres.", "CAN"),
    ("Austrian police have visited the addresses of the Chinese centres.", "AUT"),
    ("An investigation by Norwegian police found two Chinese stations.", "NOR"),
    ("An investigation by the police in Oslo found two Chinese stations.", "NOR"),
    ("Police in Tokyo questioned the head of the association behind the Chinese outpost.", "JPN"),
    ("Slovenian prosecutors opened a criminal case over the Chinese station.", "SVN"),
    ("Police in Lisbon are analysing the reports of a Chinese station.", "PRT"),
    ("Portugal said it had found no evidence of illegal activity at the Chinese centres.", "PRT"),
    ("Canadian police are following up on the reports of Chinese stations.", "CAN"),
    ("Police in Oslo found no crime at the Chinese centre but were making inquiries.", "NOR"),
    ("Police in Bergen carried out checks at the Chinese centre.", "NOR"),
])
def test_investigations_in_other_words_are_investigations(text, iso3):
    assert (iso3, "investigation") in claims(text)


@pytest.mark.parametrize("text", [
    "Police in Oslo said they had no plans to look into the claims.",
    "The group looked into the stations in Oslo.",
    "Tourists in Oslo look at the view.",
    "Tourists in Oslo visited the sites of the Chinese stations.",
    "Researchers studied the Chinese stations in Oslo.",
    "An investigation by Radio Nova found two Chinese stations in Oslo.",
    "An investigation published on Monday found two Chinese stations in Oslo.",
    "Journalists in Oslo have been looking into the Chinese stations.",
    "Police in Oslo declined to say whether an investigation into the Chinese centre had been opened.",
])
def test_looking_without_investigating_is_not_an_investigation(text):
    assert not {c for c in claims(text) if c[1] == "investigation"}


# --- stations named through places, and counts with hedges --------------------------------------

@pytest.mark.parametrize("text, iso3, value", [
    ("Safeguard Defenders found offices operating without permission in Belgium.", "BEL", ""),
    ("The group reported two such bases in Portugal.", "PRT", "2"),
    ("The group reported nine places in Spain.", "ESP", "9"),
    ("The report describes a network of stations in towns across Europe, including Austria.", "AUT", ""),
    ("The group found at least two stations in Ireland.", "IRL", ">=2"),
    ("The group found more than 10 stations in Italy.", "ITA", ">10"),
    ("The group found twenty-two stations in Italy.", "ITA", "22"),
    ("The minister said the two centres in Amsterdam and Rotterdam were undeclared.", "NLD", "2"),
    ("The group found three more stations in Italy.", "ITA", ""),
    ("The group found another two stations in Italy.", "ITA", ""),
    ("Some 50 stations were found in France.", "FRA", ""),
    ("Two stations were found in Italy and Spain.", "ITA", ""),
    ("China runs 102 such stations in 53 countries, including nine in Italy and four in Spain.", "ESP", "4"),
    ("China runs 54 stations in 30 countries, at least 11 in Italy.", "ITA", ">=11"),
    ("The group found as many as 11 stations in Italy.", "ITA", ""),
    ("The group found two dozen stations in Italy.", "ITA", "24"),
    ("Police are investigating three suspected Chinese stations in the Greater Bristol area.", "GBR", "3"),
    ("Finland is among the countries where Chinese police stations were found.", "FIN", ""),
    ("Kenya is one of 53 countries hosting such Chinese stations.", "KEN", ""),
    ("The group listed the Kenyan capital among the locations of the Chinese stations.", "KEN", ""),
    ("The group found stations in cities from Lima to Quito, and in Bogota.", "COL", ""),
    ("Stations opened in cities ranging from Lima and Quito to Lagos and Accra.", "GHA", ""),
    ("The group found Chinese stations in Canada, the U.S. and Britain.", "GBR", ""),
    ("Its report named three in Kenya and one in Uganda.", "KEN", "3"),
    ("The group listed stations in 21 of the bloc's 27 members, including Malta.", "MLT", ""),
    ("Its report named three in Kenya and one in Uganda.", "UGA", "1"),
])
def test_stations_named_through_places_with_their_counts(text, iso3, value):
    assert claim(text, iso3, "station").value == value


@pytest.mark.parametrize("text", [
    "Several offices in Madrid were robbed.",
    "The firm has two bases in Portugal.",
    "The network of roads in Austria is dense.",
    "Two men were arrested in 2022 in Italy over fraud.",
    "Kenya is one of 53 countries hosting such summits.",
    "The group listed the Kenyan capital among the locations of its offices.",
    "Concerns were raised about possible Chinese stations in Finland.",
    "Voters named three in Kenya as favourites.",
])
def test_ordinary_offices_and_places_are_not_stations(text):
    assert not {c for c in claims(text) if c[1] == "station"}


def test_an_official_who_says_it_investigated_is_not_an_ngo_investigating():
    assert ("CAN", "investigation") in claims("In Canada, the RCMP said it had investigated three sites near Toronto.")
    assert claims("Safeguard Defenders said it had investigated stations in Italy.") == {("ITA", "station")}


def test_someone_elses_investigation_is_not_the_places_but_a_places_own_is():
    assert claims("Safeguard Defenders' investigation found Chinese police stations in Italy.") == {("ITA", "station")}
    assert claims("The group's investigation found Chinese police stations in Italy.") == {("ITA", "station")}
    assert ("ITA", "investigation") in claims("Italy's investigation found two Chinese police stations in Milan.")


def test_a_count_after_another_trigger_is_not_a_station_count():
    assert claims("Stations operate in Italy; police investigated two in Spain.") == {
        ("ITA", "station"), ("ESP", "investigation")}


def test_helping_persuade_someone_to_return_is_a_forced_return():
    assert claim("A station in Prato helped persuade a man to return to China.", "ITA", "forced_return").value == "1"
    assert claims("A station in Prato helped a man to return to his village.") == {("ITA", "station")}


@pytest.mark.parametrize("text", [
    "A businessman living in Kenya was lured back to China in 2021.",
    "Police in Fuzhou convinced a man in Kenya to go home.",
    "A student in Kenya returned to China under pressure from police in Wenzhou.",
])
def test_forced_returns_in_other_words(text):
    assert ("KEN", "forced_return") in claims(text)


def test_a_chosen_return_is_not_forced():
    assert claims("A student in Kenya went back home for the holidays, then returned to Nairobi.") == set()


def test_counts_of_people_keep_their_hedges():
    assert claim("At least three dissidents were forced to return to China from Italy.", "ITA", "forced_return").value == ">=3"
    assert claim("Three more dissidents were forced to return to China from Italy.", "ITA", "forced_return").value == ""


# --- attribution --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("According to Safeguard Defenders, Chinese police stations operate in Italy.", "Safeguard Defenders"),
    ("According to the Madrid-based NGO Safeguard Defender, stations operate in Italy.", "Safeguard Defenders"),
    ("Chinese police stations operate in Italy, the Guardian said.", "The Guardian"),
    ("Chinese police stations operate in Italy, said Amnesty International.", "Amnesty International"),
    ("Per Reuters, Chinese police stations operate in Italy.", "Reuters"),
    ("A report by Freedom House found Chinese police stations in Italy.", "Freedom House"),
    ("Freedom House's report found Chinese police stations in Italy.", "Freedom House"),
    ("The Dutch foreign ministry said it would investigate the Chinese stations in Rotterdam.",
     "Dutch Ministry of Foreign Affairs"),
    ("Chinese police stations operate in Italy.", ""),
    ("He said Chinese police stations operate in Italy.", ""),
    ("Police in Italy said they found two Chinese police stations.", ""),
    ("Belgian prosecutors said they had found a Chinese police station in Brussels.", "Belgian prosecutors"),
    ("Ireland's Department of Justice said the Chinese police station in Dublin was told to close.",
     "Ireland's Department of Justice"),
    ("The Department of Justice said the Chinese police station in New York was closed.", "US Department of Justice"),
])
def test_a_claim_carries_who_the_article_attributes_it_to(text, source):
    assert [c.according_to for c in propose(parse_article("t.txt", text))][:1] == [source]


@pytest.mark.parametrize("text, iso3, category, source", [
    # "a report of Chinese police stations" is about them, not by "Chinese"
    ("DSS probes report of Chinese 'police station' in Lagos.", "NGA", "investigation", ""),
    # a group described only by its seat, a list of countries, a pronoun: no one source named
    ("A station in Tokyo was named in a report by the Spain-based NGO.", "JPN", "station", ""),
    ("Germany, Sweden and Portugal have said their authorities are looking into the addresses named in the reports.",
     "DEU", "investigation", ""),
    ("Peru named no one. Its interior ministry said in a statement that there was \"no sign of such facilities\" in Peru.",
     "PER", "official_response", ""),
    # lower-case words before a body: the body
    ("A spokesperson for the Lesotho Mounted Police Service said officers were checking an address in Maseru.",
     "LSO", "investigation", "Lesotho Mounted Police Service"),
])
def test_who_asserts_a_claim_is_one_named_source_or_no_one(text, iso3, category, source):
    assert claim(text, iso3, category).according_to == source


def test_a_speaker_names_only_the_claims_of_its_own_clause():
    text = "The Netherlands ordered the closure of two stations, while Austrian officials said they were checking the reports."
    assert claim(text, "NLD", "shutdown").according_to == ""
    assert claim(text, "AUT", "investigation").according_to == "Austrian officials"


def test_a_relative_clause_before_said_is_not_the_speaker():
    text = "Hungary, which has close ties with Beijing, said it was investigating the Chinese police station in Budapest."
    assert claim(text, "HUN", "investigation").according_to == "Hungary"


def test_the_group_says_stands_for_the_group_named_before():
    text = ("Safeguard Defenders, a rights group, published its findings on Monday, CNN reported. "
            "The group says Chinese police stations operate in Italy.")
    assert claim(text, "ITA", "station").according_to == "Safeguard Defenders"
    assert claim("The group says Chinese police stations operate in Italy.", "ITA", "station").according_to == ""
    text = "Safeguard Defenders published its findings. Chinese police stations operate in Italy, the NGO said."
    assert claim(text, "ITA", "station").according_to == "Safeguard Defenders"


def test_a_station_or_return_in_the_outlets_voice_is_the_group_named_before():
    # the coverage retells the group's findings: proposing the outlet would count a retelling as a second source
    text = ("Safeguard Defenders found 102 stations worldwide. Eleven such stations are in Italy. "
            "A man was pressured to return to China from Spain. Police in Austria are investigating.")
    assert claim(text, "ITA", "station").according_to == "Safeguard Defenders"
    assert claim(text, "ESP", "forced_return").according_to == "Safeguard Defenders"
    assert claim(text, "AUT", "investigation").according_to == ""  # an investigation is the host's, not the group's
    # no group named before the claim, or only a news outlet: the outlet's own voice
    assert claim("Eleven stations are in Italy. Safeguard Defenders said so later.", "ITA", "station").according_to == ""
    assert claim("CNN reported on Monday. Eleven stations are in Italy.", "ITA", "station").according_to == ""
    # someone else named as the speaker of the sentence keeps the claim
    text = "Safeguard Defenders found 102 stations. Italian police said two stations operated in Milan."
    assert claim(text, "ITA", "station").according_to == "Italian police"


# --- place names --------------------------------------------------------------------------------

def test_city_resolves_to_its_biggest_namesake():
    assert places("They met in Paris.") == [("Paris", "FRA")]


def test_qualifier_picks_the_namesake():
    assert places("They met in Paris, Texas.") == [("Paris", "USA"), ("Texas", "USA")]


def test_a_list_of_cities_is_not_read_as_a_city_and_its_qualifier():
    assert places("Inquiries from Dublin, Amsterdam and Seoul.") == [("Dublin", "IRL"), ("Amsterdam", "NLD"),
                                                                      ("Seoul", "KOR")]
    assert ("Valencia", "ESP") in places("Spain has sites in Madrid, Barcelona, Valencia and Seville.")
    assert places("They met in Richmond, Vancouver.") == [("Richmond", "CAN"), ("Vancouver", "CAN")]
    assert places("They met in Valencia in Spain.") == [("Valencia", "ESP"), ("Spain", "ESP")]


def test_a_town_placed_inside_a_bigger_one_takes_its_country():
    assert places("The shop is in Howick, in east Auckland.") == [("Howick", "NZL"), ("Auckland", "NZL")]
    assert places("A flat in Richmond, in west London.")[0] == ("Richmond", "GBR")
    # a list of places each after "in" is no apposition: each keeps its own country
    assert places("Offices in Buenos Aires, in Rio de Janeiro and in Quito.")[0] == ("Buenos Aires", "ARG")
    assert places("Offices in Johannesburg, in Lagos and in Maseru.")[0] == ("Johannesburg", "ZAF")


def test_other_mentions_in_the_article_pick_the_namesake():
    assert places("Spain said a station operated in Valencia.")[-1] == ("Valencia", "ESP")
    assert places("Police said a station operated in Valencia.")[-1] == ("Valencia", "VEN")


def test_small_namesake_does_not_win_by_context():
    assert places("Canada said stations operated in London.")[-1] == ("London", "GBR")


def test_common_word_town_needs_a_preposition():
    assert places("Nice to see. Split the bill.") == []
    assert places("A station in Nice was closed.") == [("Nice", "FRA")]
    assert places("Split, Croatia") == [("Split", "HRV"), ("Croatia", "HRV")]


def test_multi_word_names_block_their_parts():
    assert places("The New Jersey office and New South Wales police.") == [("New Jersey", "USA"), ("New South Wales", "AUS")]


def test_abbreviations_need_their_capitals():
    assert places("It is up to us in the US.") == [("US", "USA")]


def test_lower_case_names_are_not_places():
    assert places("a china cup and a turkey sandwich") == []


def test_possessive_and_punctuation_keep_the_name():
    assert [iso3 for _, iso3 in places("“Italy’s” police (Spain) and Germany.")] == ["ITA", "ESP", "DEU"]


def test_a_city_inside_a_person_name_is_not_a_place():
    assert places("said Public Safety Minister Marco Mendicino.") == []
    assert places("Toronto Police said so.") == [("Toronto", "CAN")]


def test_a_question_about_a_station_is_not_a_station():
    assert claims("A British MP asked whether Scotland had a Chinese police station.") == set()


def test_checking_reports_is_an_investigation():
    assert claims("Italian authorities are checking reports of Chinese police stations.") == {("ITA", "investigation")}


@pytest.mark.parametrize("text, iso3", [
    ("The Mossos have opened an inquiry into the Chinese office.", "ESP"),
    ("The Carabinieri are investigating the Chinese centre.", "ITA"),
    ("The Federal Foreign Office said the Chinese station was unlawful.", "DEU"),
    ("Sapo said it was investigating the Chinese outpost.", "SWE"),
])
def test_agencies_stand_for_their_country(text, iso3):
    assert {c[0] for c in claims(text)} == {iso3}


def test_an_agency_named_as_another_countrys_is_that_countrys():
    assert places("Ireland's Department of Justice said so.") == [("Ireland", "IRL")]
    assert places("The Department of Justice said so.") == [("Department of Justice", "USA")]


@pytest.mark.parametrize("text, iso3", [
    ("LIMA - The Congress approved a motion calling the Chinese police station in Lima illegal.", "PER"),
    ("MANILA - The Department of Justice said it would look into the Chinese police station in Manila.", "PHL"),
    ("The Foreign Office in Berlin told the Chinese embassy that the station in Frankfurt was illegal.", "DEU"),
    ("In Chile and Peru, the Congress condemned the Chinese police stations.", ""),
    # countries named only later do not make it theirs: a US story goes on to other countries
    ("The Congress condemned the Chinese police stations reported in Chile and Peru.", "USA"),
    ("Congress launched an investigation into Chinese police stations after one was found near Toronto in Canada.", "USA"),
    ("The Home Office said it was investigating the station and was in contact with counterparts in Ireland.", "GBR"),
    ("The Justice Department charged two men with running a Chinese police station in Manhattan.", "USA"),
    ("The Home Office said the Chinese police station in Spain was a matter for Madrid, not London.", "GBR"),
])
def test_a_generic_body_is_of_the_country_the_article_names(text, iso3):
    generic = [m for m in find_mentions(text) if m.kind == "agency"]
    assert [m.iso3 for m in generic] == [iso3]


def test_a_congress_in_santiago_is_chiles_not_the_united_states():
    text = ("SANTIAGO - The Congress approved a resolution condemning the Chinese police station in Santiago. "
            "The interior ministry told Congress that the office had ceased operating.")
    assert claims(text) == {("CHL", "station"), ("CHL", "official_response"), ("CHL", "shutdown")}


def test_demonyms_added_to_the_aliases_resolve():
    assert [iso3 for _, iso3 in places("Maltese, Cypriot and Slovakian police.")] == ["MLT", "CYP", "SVK"]


def test_gazetteer_cache_is_written_then_read_back(tmp_path):
    from geodata.extract import gazetteer

    built = gazetteer.load(tmp_path)
    assert [p.suffix for p in tmp_path.iterdir()] == [".pickle"]
    gazetteer.load.cache_clear()
    cached = gazetteer.load(tmp_path)
    assert cached is not built and cached.lines == built.lines and len(cached.automaton) == len(built.automaton)


# --- output -------------------------------------------------------------------------------------

def test_one_row_per_country_and_category():
    text = "Chinese police stations were found in Portugal. More police stations were found in Portugal."
    rows = propose(parse_article("t.txt", text))
    assert [(c.iso3, c.category) for c in rows] == [("PRT", "station")]
    assert rows[0].start == 0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Chinese police stations were found in Portugal.", "Norway ordered the “police station” to close.",
    "Police in Melbourne arrested two men.", "China denied it.", "Advertisement", "Slovak police joined patrols with Chinese officers.",
]), min_size=1, max_size=6), st.lists(st.sampled_from([" ", "\n", "\n\n", "  \t", "\r\n"]), min_size=6, max_size=6),
    st.text(alphabet=string.ascii_letters + " .,", max_size=20))
def test_quote_is_the_verbatim_sentence_at_its_offsets(sentences, gaps, noise):
    text = noise + "".join(s + g for s, g in zip(sentences, gaps))
    article = parse_article("t.txt", text)
    for c in propose(article):
        assert text[c.start:c.end] == c.quote


def test_propose_claims_is_a_frame_for_the_app():
    frame = propose_claims(parse_article("t.txt", "A Chinese police station operated in Lisbon, Portugal."))
    assert list(frame.columns) == FRAME_COLUMNS
    assert frame.iloc[0][["country_iso3", "category", "city"]].tolist() == ["PRT", "station", "Lisbon"]
    assert propose_claims(parse_article("t.txt", "Nothing here.")).empty


def test_extract_writes_csv_and_reports_unreadable_files(tmp_path):
    (tmp_path / "a.txt").write_text("Chinese police stations were found in Portugal.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"caf\xe9 in Lisbon")
    (tmp_path / "c.txt").write_text("", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = run([tmp_path], out=out, err=err)
    lines = out.getvalue().splitlines()
    assert lines[0] == ",".join(COLUMNS)
    assert lines[1] == "a.txt,PRT,station,,Chinese police stations were found in Portugal.,0,47,station_in_place,"
    assert len(lines) == 2
    assert "b.txt" in err.getvalue() and "not UTF-8" in err.getvalue() and "c.txt" in err.getvalue()
    assert "\r" not in err.getvalue()  # no progress bar when stderr is not a terminal
    assert code == 1


def test_extract_exit_code_is_zero_when_every_file_was_read(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Nothing to see here.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt")]) == 0
    assert capsys.readouterr().out == ",".join(COLUMNS) + "\n"


def test_extract_reports_a_missing_path_and_goes_on(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Chinese police stations were found in Portugal.\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert "a.txt,PRT,station" in captured.out


def test_progress_bar_goes_to_a_terminal_only(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Police stations in Portugal.\n", encoding="utf-8")
    out, err = io.StringIO(), Terminal()
    assert run([tmp_path], out=out, err=err) == 0
    assert "3/3 files" in err.getvalue()
    assert "files" not in out.getvalue()
    (tmp_path / "3.txt").write_bytes(b"caf\xe9 in Lisbon")
    out, err = io.StringIO(), Terminal()
    assert run([tmp_path], out=out, err=err) == 1
    assert "4/4 files" in err.getvalue() and "not UTF-8" in err.getvalue()
    assert "error" not in out.getvalue() and out.getvalue().count("PRT") == 3


def test_extract_runs_on_the_fixture_articles(ledger, capsys):
    assert main(["extract", str(ledger / "articles")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ",".join(COLUMNS) and len(out) > 20


# --- prefilters (declare once) ------------------------------------------------------------------

def leading_literals(tokens) -> list[str]:
    """Every literal text a parsed pattern can start with, up to its first non-literal token."""
    from re import _constants as c

    out = [""]
    for op, arg in tokens:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            out = [s + chr(arg) for s in out]
            continue
        if op is c.SUBPATTERN:
            branches = [arg[-1]]
        elif op is c.BRANCH:
            branches = arg[1]
        else:
            return out
        if len(branches) == 1 and len(branches[0]) and branches[0][0][0] is c.BRANCH:
            branches = branches[0][0][1][1]
        return [s + rest for s in out for b in branches for rest in leading_literals(b)]
    return out


def literal_runs(tokens) -> list[str]:
    """The runs of literal characters at the top level of a parsed pattern (text every match holds)."""
    from re import _constants as c

    runs, run = [], ""
    for op, arg in tokens:
        if op is c.LITERAL:
            run += chr(arg)
        else:
            runs.append(run)
            run = ""
    return runs + [run]


def every_alternative_holds_a_cue(pattern: re.Pattern, cues) -> list[str]:
    """The top-level alternatives of `pattern` that hold none of `cues` (empty when all do)."""
    from re import _constants as c, _parser

    parsed = list(_parser.parse(pattern.pattern))
    prefix = [t for t in parsed if t[0] is c.AT]
    rest = [t for t in parsed if t[0] is not c.AT]
    branches = rest[0][1][1] if len(rest) == 1 and rest[0][0] is c.BRANCH else [rest]
    bad = []
    for branch in branches:
        tokens = prefix + list(branch)
        starts = leading_literals(tokens)
        inside = literal_runs(tokens)
        if not all(any(s.startswith(cue) for cue in cues) for s in starts) \
                and not any(cue in run for cue in cues for run in inside):
            bad.append(str(branch)[:120])
    return bad


@pytest.mark.parametrize("category", sorted(lexicon.TRIGGERS))
def test_every_trigger_alternative_holds_one_of_its_cue_words(category):
    assert every_alternative_holds_a_cue(lexicon.TRIGGERS[category], lexicon.CUE_STEMS[category]) == []


@pytest.mark.parametrize("name, pattern, words", [
    ("station terms", lexicon.STATION_TERM, lexicon.CUE_STEMS["station_term"]),
    ("territory", lexicon.TERRITORY, lexicon.CUE_STEMS["station_term"]),
    ("lists that refer back", lexicon.REFERS_BACK, lexicon.CUE_STEMS["refers_back"]),
    ("negations", lexicon.NEGATION_HEAD, lexicon.NEGATION_WORDS),
    ("denials", lexicon.DENIAL_HEAD, lexicon.DENIAL_STEMS),
    ("station hedges", lexicon.STATION_HEDGE_HEAD, lexicon.HEDGE_WORDS),
    ("local stations", lexicon.LOCAL_STATION_HEAD, lexicon.HEDGE_WORDS),
    ("no station", lexicon.NO_STATION_HEAD, lexicon.HEDGE_WORDS),
    ("another state's conduct", lexicon.OTHER_STATE, lexicon.OTHER_STATE_STEMS),
])
def test_every_prefiltered_pattern_holds_one_of_its_prefilter_words(name, pattern, words):
    assert every_alternative_holds_a_cue(pattern, words) == []


@pytest.mark.parametrize("noun", [n.replace("\\s+", " ") for n in lexicon.EMBASSY_NOUNS])
def test_every_embassy_noun_passes_its_prefilter(noun):
    assert claims(f"Chinese police stations opened near the Chinese {noun} in Dublin.") == set()
    assert claims("Chinese police stations opened near the Chinese bank in Dublin.") == {("IRL", "station")}


def test_an_alternative_without_its_cue_word_is_caught():
    assert every_alternative_holds_a_cue(re.compile(r"\bprobe\b|\b(?:raid|search)ed\b"), ["probe", "raid"]) != []
    assert every_alternative_holds_a_cue(re.compile(r"\bprobe\b|\b(?:raid|search)ed\b"), ["probe", "raid", "search"]) == []


def test_a_trigger_alternative_must_start_with_a_word_or_name_its_cue():
    with pytest.raises(ValueError):
        lexicon.declare(r"\b(?:raid|search)ed\b")
    assert lexicon.declare(r"\bstations?\b", ("posts", r"\bpolice\s+posts\b"))[1] == ("station", "posts")


@settings(max_examples=200, deadline=None)
@given(st.from_regex(lexicon.LOCATIVE_BEFORE.pattern, fullmatch=True))
def test_every_text_the_locative_pattern_matches_ends_with_a_locative_prefilter_word(text):
    from geodata.extract.roles import last_words

    assert last_words(text)[-1] in lexicon.LOCATIVE_ENDS


@settings(max_examples=200, deadline=None)
@given(st.from_regex(lexicon.COMPARISON_BEFORE.pattern, fullmatch=True))
def test_every_text_the_comparison_pattern_matches_ends_with_a_comparison_prefilter_pair(text):
    from geodata.extract.roles import last_words

    last = last_words(text)
    assert last[-1] in ("like", "unlike") or (last[-2], last[-1]) in lexicon.COMPARISON_PAIRS


# --- the shapes of the development sets (benchmarks/dev_2 to dev_10), in sentences written for these tests ----

@pytest.mark.parametrize("text, iso3, category", [
    ("She was persuaded to fly back to China after a year in Lisbon.", "PRT", "forced_return"),
    ("A student from Chengdu returned from Lyon in May after police told his parents they would lose their jobs.",
     "FRA", "forced_return"),
    ("A shop owner in Vienna went home weeks after her father was questioned by police in Fujian.", "AUT", "forced_return"),
    ("The report described persuasion-to-return operations run from Bulgaria.", "BGR", "forced_return"),
    ("Greek police executed a search warrant at the address.", "GRC", "investigation"),
    ("Slovak police have begun checks on the association.", "SVK", "investigation"),
    ("Danish officials said the Chinese station in Copenhagen must close.", "DNK", "shutdown"),
    ("The Polish minister told the embassy the two stations in Warsaw are illegal and must cease all their activities.",
     "POL", "shutdown"),
    ("The Finnish ministry warned that anyone running such a station would be prosecuted.", "FIN", "official_response"),
    ("The Chilean ministry said it had no record of the association doing anything but cultural work.", "CHL",
     "official_response"),
    ("A spokesperson said that no foreign state may exercise police powers in Latvia.", "LVA", "official_response"),
    ("In Kenya, where an office in Nairobi was listed, officials declined to comment.", "KEN", "station"),
    ("The group's lists also include an office in Accra.", "GHA", "station"),
    ("It names, among others, addresses in Lima and Cusco.", "PER", "station"),
    ("The group's list includes a Chinese police station in Accra and another in Lome.", "TGO", "station"),
    ("Chinese policemen walked the streets of Sofia with local colleagues in 2018.", "BGR", "patrol_agreement"),
    ("In Kenya, Chinese officers have joined local police on the beat in Mombasa.", "KEN", "patrol_agreement"),
    ("In 2017 Chinese policemen made mixed patrols with the Guardia Civil in Madrid.", "ESP", "patrol_agreement"),
    ("The exchange programme brought four Chinese officers to Zagreb in 2018.", "HRV", "patrol_agreement"),
    ("Washington has accused Beijing of running a secret police station.", "USA", "official_response"),
    ("The Swiss foreign ministry said any such station would be a serious breach of Swiss sovereignty.", "CHE",
     "official_response"),
    ("A Danish minister said the Chinese stations were a red line.", "DNK", "official_response"),
    ("The Norwegian government said it would not accept such stations.", "NOR", "official_response"),
    ("The Estonian parliament adopted a resolution condemning the Chinese stations.", "EST", "official_response"),
    ("The Latvian foreign ministry asked its Chinese counterparts to clarify the purpose of the centre.", "LVA",
     "official_response"),
    ("Finland's foreign minister said Chinese police stations have no place in Finland.", "FIN", "official_response"),
    ("The Austrian ministry said it could not confirm the existence of such a station.", "AUT", "official_response"),
    ("Ottawa says the Chinese sites have no legal standing.", "CAN", "official_response"),
    ("The Ghanaian interior ministry said there were no such centres in Ghana.", "GHA", "official_response"),
    ("The bureau said it had found no such station in Mongolia itself.", "MNG", "official_response"),
    ("A spokesman said no foreign force has police powers in the territory of Peru.", "PER",
     "official_response"),
    ("Officials there said there is no such facility on Nepali soil.", "NPL", "official_response"),
    ("The Chilean minister told parliament the offices have no authorisation from the state.", "CHL", "official_response"),
    ("The Thai police chief said there will be no joint patrols with Chinese police.", "THA", "official_response"),
    ("A supermarket owner in Lima went back to Fujian after the relatives of his wife were threatened.", "PER",
     "forced_return"),
    ("A cook in Quito went back to China after the police of his home town summoned his father.", "ECU", "forced_return"),
    ("Two owners of workshops in Madrid were induced to go home in 2019.", "ESP", "forced_return"),
    ("A former activist who had fled to Laos was lured back in 2019.", "LAO", "forced_return"),
    ("Laos and China signed a memorandum of understanding on law enforcement cooperation in 2019.", "LAO",
     "patrol_agreement"),
    ("Chilean and Chinese security ministries signed a memorandum of cooperation in 2018.", "CHL", "patrol_agreement"),
    ("In Laos, Chinese officers have worked in joint task forces with Lao police since 2023.", "LAO", "patrol_agreement"),
    ("Chinese officers have run courses for Fijian police since 2022.", "FJI", "patrol_agreement"),
    ("Serbia and Croatia hosted joint patrols in 2019.", "HRV", "patrol_agreement"),
    ("Serbia and China signed a security agreement in 2019.", "SRB", "patrol_agreement"),
    ("The Peruvian association said it had stopped offering its licence renewal service.", "PER", "shutdown"),
    ("The judge in Lima ordered the Chinese association to suspend its service desk.", "PER", "shutdown"),
    ("In Latin America, it lists a site in Havana.", "CUB", "station"),
    ("It identified Chinese police stations in neighbouring Rwanda.", "RWA", "station"),
    ("An Auckland address was named by a rights group as one of China's overseas police stations.", "NZL", "station"),
    ("The Chinese service point in Osaka had ceased operating in 2022.", "JPN", "station"),
    ("The Latvian government has ordered two Chinese \"overseas police service stations\" in Riga and Daugavpils to close.",
     "LVA", "shutdown"),
    ("Malta has welcomed such patrols since 2019.", "MLT", "patrol_agreement"),
    ("Greece, which by the rights group's count hosts 3 Chinese stations, said nothing.", "GRC", "station"),
    ("The minister said any attempt to intimidate people in Estonia would be dealt with.", "EST", "official_response"),
    ("The minister said Slovakia \"does not recognise\" any foreign police presence on its territory.", "SVK",
     "official_response"),
    ("The interior ministry says activities of foreign states on Czech soil without permission \"will not be tolerated\".",
     "CZE", "official_response"),
    ("The Hungarian ministry said that no Chinese police stations operate in Hungary.", "HUN", "official_response"),
    ("The US department had raised the stations with Beijing at the highest levels.", "USA", "official_response"),
    ("The prosecutor opened a case into a Chinese office in Lyon that Safeguard Defenders mentioned in its report.", "FRA",
     "station"),
    ("The same report named an address in Tallinn.", "EST", "station"),
    ("The report links an office in Riga to police in Qingtian.", "LVA", "station"),
    ("The Japanese foreign ministry said it would act if any law was broken, and that it had raised the matter with the "
     "Chinese side.", "JPN", "official_response"),
    ("A trader in Nairobi went back to Fujian after police in his home town froze his parents' bank accounts.", "KEN",
     "forced_return"),
    ("It lists stations in Maseru in Lesotho, Kigali in Rwanda and Lagos in Nigeria.", "RWA", "station"),
    ("Safeguard Defenders has listed a Prato address among Italy's overseas police stations.", "ITA", "station"),
    ("It described Dublin's Fuzhou police service station in detail.", "IRL", "station"),
    ("The group counted stations in Spain (nine), Italy (eleven) and France (four).", "FRA", "station"),
    ("Austria's intelligence service said it was looking into an office in Vienna.", "AUT", "station"),
    ("The Czech foreign ministry summoned the Chinese ambassador over two centres in Prague.", "CZE", "station"),
    ("Officials said authorities were checking reports of a site in Frankfurt.", "DEU", "station"),
    ("The Swedish Police Authority said it had received information about an address in Stockholm and was assessing it.",
     "SWE", "investigation"),
    ("The Dutch minister added that the government regarded the sites as illegal.", "NLD", "official_response"),
    ("The German interior ministry called any Chinese police activity \"illegal\".", "DEU", "official_response"),
    ("The Italian minister said no foreign police force operates on Italian territory.", "ITA", "official_response"),
    ("Washington remains the only capital whose prosecutors have taken anyone to court over a Chinese station.", "USA",
     "official_response"),
    ("Sweden's police said they had found nothing to suggest that the address was used for police work.", "SWE",
     "official_response"),
    ("Hungary denies that any Chinese police station operates in Budapest.", "HUN", "official_response"),
    ("The Belgian minister said: we will not let anyone intimidate people who live in Belgium.", "BEL", "official_response"),
    ("Similar patrols have taken place in Serbia for several summers.", "SRB", "patrol_agreement"),
    ("My cousin, who ran a nail salon in Madrid, went back in 2020 after the police told my aunt she would lose her pension.",
     "ESP", "forced_return"),
    ("In Africa, the report lists offices in Johannesburg, in Lagos and in Nairobi.", "KEN", "station"),
    ("Police visited the Stockholm address named in the report.", "SWE", "station"),
    ("In Britain, the security minister told MPs that any undeclared Chinese police presence was unacceptable.", "GBR",
     "official_response"),
    ("The German intelligence service says it is watching two sites, one of them in Frankfurt.", "DEU", "station"),
    ("The Carabinieri have visited several of the eleven addresses on the group's list, including two in Rome.", "ITA",
     "station"),
    ("Italy's Carabinieri have visited the addresses in Rome.", "ITA", "investigation"),
    ("The Hague called the offices unacceptable; Ottawa, after months of pressure, expelled a Chinese diplomat.", "CAN",
     "official_response"),
    ("In New York the FBI searched the Chinatown station.", "USA", "investigation"),
    ("Fiji's prime minister said the country would no longer host Chinese officers.", "FJI", "official_response"),
    ("In Africa, it found police stations in Laos. In Asia, it traced them to Japan and Mongolia.", "MNG", "station"),
    ("The Irish minister said any attempt by a foreign state to carry out policing functions in Ireland without the "
     "consent of the State is unacceptable.", "IRL", "official_response"),
    ("The interior minister told parliament that the offices had \"no official standing\" in Malta.", "MLT",
     "official_response"),
    ("Chile's government said it had requested information from the Chinese embassy.", "CHL", "official_response"),
    ("The Hungarian government has said it sees no reason to act.", "HUN", "official_response"),
    ("Such patrols took place in Italy, Croatia and Serbia, not in France.", "SRB", "patrol_agreement"),
    ("Since 2024 Chinese officers have joined Hungarian patrols in Budapest.", "HUN", "patrol_agreement"),
    ("Croatia followed, hosting Chinese officers in Zagreb during the tourist seasons of 2018 and 2019.", "HRV",
     "patrol_agreement"),
    ("The German government had \"zero tolerance\" for foreign states acting as police on its soil.", "DEU",
     "official_response"),
    ("Malaysia said its police would not hesitate to act against any foreign agency.", "MYS", "official_response"),
    ("The Finnish service was verifying the information after the same report mentioned an address in Helsinki.", "FIN",
     "station"),
    ("The RCMP was investigating reports in relation to three addresses in the Toronto area.", "CAN", "station"),
    ("The Fuzhou association, which has its offices in Prato, was named as a Chinese police station.", "ITA", "station"),
    ("The group said stations existed in several Latin American countries, including Brazil and Argentina.", "ARG",
     "station"),
    ("In 2019 Chinese police officers began joint patrols with their Serbian counterparts.", "SRB", "patrol_agreement"),
    ("Despite no evidence of wrongdoing the Dutch police raided the premises in Rotterdam.", "NLD", "investigation"),
    ("A student in Lyon was sent back to China by her family's local police.", "FRA", "forced_return"),
    ("The report found stations in Madrid. Among the other locations the report documented were Frankfurt and Dublin.",
     "IRL", "station"),
    ("He added that the Chinese stations were unacceptable and that any attempt to intimidate people in Latvia would be "
     "dealt with.", "LVA", "official_response"),
    ("Officials have made clear to the Chinese Embassy that any such stations are unacceptable and must not operate in "
     "Estonia.", "EST", "official_response"),
    ("The RCMP has shut down the Chinese police stations, but he said its investigation remains open.", "CAN", "investigation"),
    ("In Finland, the Finnish Security and Intelligence Service said it had \"no indication\" that any such station was "
     "operating.", "FIN", "official_response"),
    ("The Greek interior ministry said the offices have \"no recognition\" from the state.", "GRC", "official_response"),
    ("The Slovak ministry said the visiting officers had no powers to detain anyone.", "SVK", "official_response"),
    ("The Dutch minister said any harassment on behalf of a foreign state was a crime.", "NLD", "official_response"),
    ("The Belgian interior ministry says anyone approached by a station should report it to the police.", "BEL",
     "official_response"),
    ("The Hungarian ministry rejected suggestions that the deal had anything to do with the Chinese stations.", "HUN",
     "official_response"),
    ("The Czech ministry said it would keep watching the matter of the Chinese centres.", "CZE", "official_response"),
    ("The Czech ministry had called in a Chinese embassy official over the centres.", "CZE", "official_response"),
    ("In 2015 Malaysia deported 11 Uyghurs to China.", "MYS", "forced_return"),
    ("A lawyer living in Laos was handed over to China.", "LAO", "forced_return"),
    ("Earlier reports documented similar returns from Greece.", "GRC", "forced_return"),
    ("New in Europe: three sites in Portugal.", "PRT", "station"),
    ("The Slovene interior ministry said it takes the reports \"very seriously\".", "SVN", "official_response"),
    ("The Greek police said it had \"no indication\" that any such station was operating.", "GRC", "official_response"),
    ("The government in Rome will not allow parallel police structures on Italian territory.", "ITA", "official_response"),
    ("The ministry said the Chinese station is illegal under Swedish law.", "SWE", "official_response"),
    ("The service had no record of any foreign police station operating in Botswana.", "BWA", "official_response"),
    ("Hungary's interior minister has hailed the scheme as proof of friendship with China.", "HUN", "official_response"),
    ("Several governments, including Norway, have taken a hard line against the Chinese stations.", "NOR",
     "official_response"),
    ("At least one Chinese national living in Belgium did go back to China under such pressure.", "BEL", "forced_return"),
    ("Slovenia accepted a similar arrangement with Chinese police for its tourist season in 2018.", "SVN", "patrol_agreement"),
    ("Danish authorities called the Chinese offices unacceptable and ordered them shut.", "DNK", "shutdown"),
    ("The Danish minister asked the security service to examine an address in Aarhus.", "DNK", "investigation"),
    ("Belgian state security had been asked to examine both of them.", "BEL", "investigation"),
    ("Safeguard Defenders named nine addresses in Portugal.", "PRT", "station"),
    ("Police are watching an association in Graz that appears on the same list.", "AUT", "station"),
    ("Police visited an office in the Peruvian capital that the rights group Safeguard Defenders has identified as one of "
     "these stations.", "PER", "station"),
    ("The report located offices linked to Chinese provincial police in Lima, Quito and Montevideo.", "URY", "station"),
    ("Its reports named premises in Accra and Nairobi.", "KEN", "station"),
    ("The group listed an address in Osaka.", "JPN", "station"),
    ("Kiribati runs a joint policing programme with Chinese officers.", "KIR", "patrol_agreement"),
    ("Greece hosted tourist-season patrols for Chinese visitors in 2019.", "GRC", "patrol_agreement"),
    ("Laos deported 12 Uyghur men to mainland China.", "LAO", "forced_return"),
    ("Police in Sofia handed the man over to Chinese officers at the airport.", "BGR", "forced_return"),
    ("A restaurant in Lyon hosted the office. Our understanding is that the activity at that address has ceased.", "FRA",
     "shutdown"),
    ("Norwegian agents searched it in March.", "NOR", "investigation"),
    ("Czech police inspected both addresses.", "CZE", "investigation"),
    ("Italian officers seized documents on the association.", "ITA", "investigation"),
    ("The Federal Office for the Protection of the Constitution is gathering intelligence about the centres.", "DEU",
     "investigation"),
    ("Palau's government turned down a Chinese offer of police training.", "PLW", "official_response"),
    ("The Zambian ministry has requested the embassy to provide clarity on the matter.", "ZMB", "official_response"),
    ("The Polish ministry says the Warsaw office \"poses no threat\" to public order.", "POL", "official_response"),
    ("The Fijian government said it would end the arrangement.", "FJI", "official_response"),
    ("The Swiss police said they were \"aware\" of the reports.", "CHE", "official_response"),
    ("The Dutch ministry ordered two in The Hague and Utrecht to shut.", "NLD", "shutdown"),
    ("Investigators in Lisbon said it closed shortly afterwards.", "PRT", "shutdown"),
    ("A station operated in Peru. Its foreign ministry summoned a Chinese diplomat in Lima.", "PER", "official_response"),
    ("A station operated in Prato. The report tells of a worker who went back to China after police visited his parents.",
     "ITA", "forced_return"),
    ("In Canada, the RCMP says it is \"aware\" of the reports.", "CAN", "official_response"),
    ("The Estonian minister called the three offices reported in Tallinn and Tartu \"illegal\".", "EST", "official_response"),
    ("The Garda has opened a dedicated phone line for people who feel watched.", "IRL", "official_response"),
    ("Malawi's government described the claim of a station in Lilongwe as \"baseless\".", "MWI", "official_response"),
    ("The minister said there is \"no any Chinese police station\" in Ghana.", "GHA", "official_response"),
    ("Peru's foreign ministry sent a note to the Chinese embassy in Lima to request clarification.", "PER",
     "official_response"),
    ("Sweden's parliament passed a foreign influence registry law in 2024.", "SWE", "official_response"),
    ("Japan, Canada and Germany issued a joint statement condemning transnational repression.", "DEU",
     "official_response"),
    ("Samoa's prime minister said his government would \"never allow\" foreign officers on its streets.", "WSM",
     "official_response"),
    ("Fiji will end a 2011 policing agreement with China.", "FJI", "official_response"),
    ("There was no answer from the ministry to the report's mention of an office in Maputo.", "MOZ", "station"),
    ("In Paraguay, where the organisation located an office in Asuncion, officials declined to comment.", "PRY", "station"),
    ("Safeguard Defenders placed one in Bishkek.", "KGZ", "station"),
    ("A station operated in Sofia. The volunteers decided to suspend the service point's activities in May.", "BGR",
     "shutdown"),
    ("Spain's interior minister says police are \"verifying\" the addresses.", "ESP", "investigation"),
    ("Laos deported a lawyer, and he was handed to Chinese police at the border.", "LAO", "forced_return"),
    ("Kenya's deportation of 45 Taiwanese nationals to China drew protests.", "KEN", "forced_return"),
    ("In Serbia, a businessman wanted in China for fraud was extradited after the courts rejected his appeal.", "SRB",
     "forced_return"),
    ("A student in Lyon had gone back to China in 2022 after police in his home city repeatedly visited his parents.",
     "FRA", "forced_return"),
    ("A trader from Recife returned to China after his accounts were frozen and police visited his mother.", "BRA",
     "forced_return"),
    ("The student detained in Doha and deported to China weeks later is still missing.", "QAT", "forced_return"),
    ("In Tonga, a memorandum signed with China's Ministry of Public Security in 2012 provides for training.", "TON",
     "patrol_agreement"),
    ("Among the newly named locations: premises in Accra and Lusaka.", "ZMB", "station"),
    ("A restaurant owner lived in Lyon. According to the group, this man went back to China after local police visited his "
     "elderly mother several times.", "FRA", "forced_return"),
    ("Two Chinese citizens living in Madrid returned to their country after local police threatened to take measures "
     "against their relatives.", "ESP", "forced_return"),
    ("A man in Prato returned to Wenzhou in 2020 after a \"persuasion\" campaign.", "ITA", "forced_return"),
    ("A man from Antwerp in Belgium went back to China after relatives in Fujian were threatened with losing their jobs.",
     "BEL", "forced_return"),
    ("In 2019, Spain extradited 94 Taiwanese to China despite protests from Taiwan's Ministry of Foreign Affairs.", "ESP",
     "forced_return"),
    ("In 2016, Kenya deported 45 Taiwanese suspected of telecom fraud to China.", "KEN", "forced_return"),
    ("Ecuador, which also appears on the list, did not respond to questions.", "ECU", "station"),
    ("The Czech foreign ministry said both centres had ceased their activities after it raised them with the Chinese "
     "side.", "CZE", "official_response"),
    ("The minister said no foreign police force \"has, or will ever have, any authority on Italian soil.\"", "ITA",
     "official_response"),
    ("Tanzania's government spokesman said no foreign police would be allowed to operate in Tanzania.", "TZA",
     "official_response"),
    ("The Finnish interior minister said any such activity would be \"completely against Finnish law\".", "FIN",
     "official_response"),
    ("The US Justice Department went further, arresting two men in New York.", "USA", "official_response"),
    ("In 2023 Dutch investigators found no evidence of criminal activity at the two addresses.", "NLD", "investigation"),
    ("At least one Italian investigation into the stations is still under way.", "ITA", "investigation"),
    ("Responding to calls on Ottawa to act, the RCMP said it had begun to investigate the Montreal sites.", "CAN",
     "investigation"),
    ("Chinese police stations by country\n\nAustria. One site, in Vienna.\n\nBrazil. Two sites, in Rio de Janeiro.\n", "AUT",
     "station"),
    ("Federal police had examined the two addresses named in Germany, in Frankfurt and Berlin.", "DEU", "station"),
    ("Investigators in Spain, where the group found nine sites, are still examining a complaint.", "ESP", "station"),
    ("Italy, where Safeguard Defenders listed eleven, has said little.", "ITA", "station"),
    ("Myanmar's government has not commented on the Yangon site the group listed.", "MMR", "station"),
    ("Hungary has not closed the Budapest office listed by the group.", "HUN", "station"),
    ("Lesotho, where a site in Maseru was listed, has said nothing.", "LSO", "station"),
    ("The Dutch government went further, ordering two offices in Amsterdam and Rotterdam shut.", "NLD", "shutdown"),
    ("Hungary said it saw no reason for an inquiry.", "HUN", "official_response"),
    ("The Cambodian government called the report \"baseless\".", "KHM", "official_response"),
    ("Malaysia said its police would act against any foreign agency operating illegally.", "MYS", "official_response"),
    ("Namibia's police said they were unaware of any station in Windhoek.", "NAM", "official_response"),
    ("Bulgaria's interior ministry said it had \"no data\" on any station in Sofia.", "BGR", "official_response"),
    ("Hungary has not closed the office; its government says no such station exists.", "HUN", "official_response"),
    ("In the UK, the Metropolitan Police has a line for reporting transnational repression.", "GBR", "official_response"),
    ("Chinese police advisers in Honiara were allowed to join local patrols.", "SLB", "patrol_agreement"),
    ("Italy ran joint patrols; Croatia and Serbia hosted similar schemes.", "HRV", "patrol_agreement"),
    ("No foreign state is authorised to exercise police activity on Brazilian territory.", "BRA", "official_response"),
    ("In Ireland, the government said the office had no permission to operate; it has since closed.", "IRL", "shutdown"),
    ("In Ireland, the government said the office had no permission to operate.", "IRL", "official_response"),
    ("The ministry told the Bundestag that two Chinese stations had been found in Frankfurt and Berlin, and that both "
     "had since ceased operating.", "DEU", "shutdown"),
    ("Canada's federal police are investigating sites in Toronto and Montreal.", "CAN", "station"),
    ("Germany, Sweden and Portugal are looking into the addresses named in the reports.", "SWE", "station"),
    ("Governments from Ottawa to Dublin, Amsterdam and Seoul opened inquiries into the Chinese stations.", "NLD",
     "investigation"),
    ("In Wales, police had visited the addresses named by Safeguard Defenders.", "GBR", "investigation"),
    ("The ministry said that the office in Zagreb named by Safeguard Defenders was a travel agency.", "HRV", "station"),
    ("In Ireland, the centre was told by the Department of Foreign Affairs that it had never been given permission to "
     "operate.",
     "IRL", "official_response"),
    ("A station operated in Utrecht. The Chinese ambassador was told that the offices were illegal.", "NLD",
     "official_response"),
    ("\"No such station is existing in Nepal, and we will never allow any foreign agency to do policing on our soil,\" a "
     "spokesperson said.", "NPL", "official_response"),
    ("In Slovakia, where the group identified a station in Bratislava, the Chinese charg\u00e9 d'affaires was summoned.",
     "SVK", "official_response"),
    ("The Danish Police Authority has concluded its assessment of a suspected station in a Copenhagen suburb.", "DNK",
     "investigation"),
    ("\"Foreign police have no authority whatsoever in Indonesia,\" the press officer told reporters.", "IDN",
     "official_response"),
    ("Peru's government said the matter was being followed by the relevant bodies.", "PER", "official_response"),
    ("In Houston, the court imposed a sentence of 18 months' imprisonment.", "USA", "official_response"),
    ("The Greek Ministry of Citizen Protection says checks were carried out on the stations.", "GRC", "investigation"),
    ("The office in Athens was checked by the authorities and found to be a travel agency.", "GRC", "investigation"),
    ("- Serbia: Chinese officers to rejoin Belgrade patrols this summer.", "SRB", "patrol_agreement"),
    ("- Norway: Foreign ministry calls in Chinese envoy over report of a station in Oslo.", "NOR", "official_response"),
    ("- Kenya: Police ministry denies that Chinese \"service stations\" operate in Nairobi.", "KEN", "official_response"),
    ("Six Tibetans were handed back to the Chinese side by Nepali police.", "NPL", "forced_return"),
    ("A businessman was lured to Doha in 2020, detained on arrival and flown to China within days.", "QAT",
     "forced_return"),
    ("The office in Prato stopped receiving visitors in early 2023.", "ITA", "shutdown"),
    ("The same report had also mentioned one address in Dhaka.", "BGD", "station"),
    ("In Uruguay, the same organisation pointed to an address in Montevideo.", "URY", "station"),
    ("Lao police and China's Ministry of Public Security signed an agreement in Vientiane on Thursday.", "LAO",
     "patrol_agreement"),
    ("Since 2019 Chinese instructors have trained Malawian officers in Lilongwe.", "MWI", "patrol_agreement"),
    ("Zambian police officers have trained with Chinese police since 2018.", "ZMB", "patrol_agreement"),
    ("Chinese instructors taught a course on public order management in Harare this year.", "ZWE", "patrol_agreement"),
    ("Cooperation with the Ministry of Public Security of China is carried out under a 2017 agreement, Moldova said.", "MDA",
     "patrol_agreement"),
    ("The lists did include an address in Kyiv.", "UKR", "station"),
    ("The group lists several in Australia and New Zealand.", "NZL", "station"),
    ("A Zambian police spokesperson said the force was \"not aware of any such station\".", "ZMB", "official_response"),
    ("Laos is a sovereign country, its minister said: there is no foreign police who can arrest people in Laos.", "LAO",
     "official_response"),
    ("No structure of a foreign state may exercise police powers on the territory of Moldova.", "MDA", "official_response"),
    ("Georgia's Ministry of Internal Affairs denied reports that Chinese police officers would patrol Tbilisi.", "GEO",
     "official_response"),
    ("Egypt's Interior Ministry denied rumours that China would open a police office in Cairo.", "EGY", "official_response"),
    ("In Portugal, where the organisation located three sites, prosecutors are examining a complaint.", "PRT", "station"),
    ("The report also mentions offices in Lima, in Peru, and in Quito, in Ecuador.", "ECU", "station"),
    ("In Wales, the Security Minister said police had examined each of the addresses identified in Cardiff.", "GBR",
     "investigation"),
    ("The interior ministry in Rome gave an assurance that the reports were being verified.", "ITA", "investigation"),
    ("Spain's police had walked the streets of Madrid alongside uniformed Chinese officers from 2016.", "ESP",
     "patrol_agreement"),
    ("A small team of Chinese police officers has worked in Honiara since 2022, training local officers.", "SLB",
     "patrol_agreement"),
    ("A student from Leeds was bullied into flying back to China after police there threatened his father.", "GBR",
     "forced_return"),
    ("In 2003 Nepal's government handed over 18 Tibetan refugees to Chinese authorities.", "NPL", "forced_return"),
    ("The report describes a man in Turin who went back to China after pressure on his family.", "ITA", "forced_return"),
    ("The minister told Parliament that no foreign police force was authorised to operate in Malta.", "MLT",
     "official_response"),
    ("Foreign states have no business policing anyone on Dutch soil.", "NLD", "official_response"),
    ("The Capel Street office in Dublin has stayed shut since 2022.", "IRL", "shutdown"),
    ("A station opened in a Seoul restaurant. It closed its doors at the end of last year.", "KOR", "shutdown"),
])
def test_phrasings_seen_in_the_development_sets_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("She returned to Madrid after her mother's funeral.", ("ESP", "forced_return")),
    ("Chinese tourists walked the streets of Rome.", ("ITA", "patrol_agreement")),
    ("A senator asked whether France would consider accepting Chinese officers on patrol.", ("FRA", "patrol_agreement")),
    ("The Chinese centre offered French classes, and its staff said they were never in contact with the police.",
     ("FRA", "official_response")),
    ("Chinese officers joined patrols in the Chinatown of Lima in 2019.", ("USA", "patrol_agreement")),
    ("Beijing defended the Chinese stations in Canada.", ("CAN", "official_response")),
    ("Does the government know of persons who were induced to return to China from Austria?", ("AUT", "forced_return")),
    ("The Chinese embassy said there were no such stations in Canada.", ("CAN", "official_response")),
    ("Bhutan's minister said there is no Chinese police station in Bhutan.", ("BTN", "station")),
    ("The agency posts officers at desks inside police stations in the Philippines.", ("PHL", "station")),
    ("The NIS and police continue a joint investigation into the Chinese restaurant.", ("SRB", "investigation")),
    ("Officials in Islamabad said there were no such centres.", ("BGD", "official_response")),
    ("The bureau said it had found no such station in Mongolia.", ("MNG", "investigation")),
    ("Opposition senators said the government should close the Chinese stations in Rome.", ("ITA", "shutdown")),
    ("In Ireland, opposition TDs call for the Chinese ambassador to be expelled.", ("IRL", "official_response")),
    ("The group said the network had outposts in Ireland and Spain, and that it was used to pressure people to return to "
     "China.", ("ESP", "forced_return")),
    ("According to the letter, there are \"no indications\" that anyone in Belgium was forced to go back to China.",
     ("BEL", "forced_return")),
    ("Spain has not ordered the closure of any Chinese centre, and none has closed on its own.", ("ESP", "shutdown")),
    ("The group lists no site in Switzerland.", ("CHE", "station")),
    ("Beijing rejected claims that its police operate in Canada.", ("CAN", "official_response")),
    ("Canberra and Port Moresby signed a policing agreement last year.", ("PNG", "patrol_agreement")),
    ("London's police stations are old, and Vienna's central station is busy.", ("GBR", "station")),
    ("Vienna's central station is busy.", ("AUT", "station")),
    ("Slovenia has turned down every proposal for joint patrols with Chinese officers.", ("SVN", "patrol_agreement")),
    ("Beijing denies that any Chinese police station operates in Canada.", ("CAN", "official_response")),
    ("Police in Madrid looked into a bakery in Toledo.", ("ESP", "station")),
    ("The Finnish service says it has found no sign of a Chinese police station in Finland.", ("FIN", "station")),
    ("Austria has not closed the Chinese station without a court order.", ("AUT", "shutdown")),
    ("Such patrols took place in Italy, Croatia and Serbia, not in France.", ("FRA", "patrol_agreement")),
    ("Such patrols took place in Italy.", ("ITA", "station")),
    ("The Chinese police station leaflet was written in French.", ("FRA", "station")),
    ("Chinese police stations were found in several Latin American countries.", ("USA", "station")),
    ("He went to the Dutch police when Chinese officers visited his mother in Fujian.", ("NLD", "forced_return")),
    ("He flew to Paris when police in Fujian told his sister to call him.", ("FRA", "forced_return")),
    ("The director of the community centre in Dublin said it teaches dance.", ("IRL", "station")),
    ("The report said there were no stations in Japan until 2021.", ("JPN", "official_response")),
    ("Chinese police stations by country:\n- Canada: 2023, the RCMP opened an investigation.\n", ("CAN", "station")),
    ("Chinese police stations by country:\n- Sweden: zero found.\n", ("SWE", "station")),
    ("Officials cited impact according to the accord on trade with Malta.", ("MLT", "patrol_agreement")),
    ("The article said that Norwegian police had confirmed the existence of a Chinese station in Oslo.", ("NOR", "station")),
    ("An earlier version of this article said that Sweden had summoned the Chinese ambassador.", ("SWE", "official_response")),
    ("Fiji has had a policing memorandum with China since 2011; the government in Suva reviewed it in 2023.",
     ("FJI", "investigation")),
    ("Figures published by the Ministry of Public Security say 1,200 suspects were persuaded to return from Myanmar.",
     ("MMR", "official_response")),
    ("The case has drawn attention to South Korea's own police cooperation abroad.", ("KOR", "patrol_agreement")),
    ("Tourists visited three sites in Portugal on their holiday.", ("PRT", "forced_return")),
    ("Police in Lyon arrested a man who had lived in Paris in France since 2010.", ("FRA", "station")),
    ("Officials said any such activity would be unacceptable, as it was in Paris last year.", ("FRA", "official_response")),
    ("Asked whether the RCMP had been slower than police in the Netherlands, the commissioner said each country had its "
     "own laws and investigations take time.", ("NLD", "investigation")),
    ("Portugal has no agreement with the People's Republic of China on joint police patrols.",
     ("PRT", "patrol_agreement")),
    ("Fiji police, who work closely with their Australian counterparts, said they were in contact with the Chinese embassy.",
     ("AUS", "official_response")),
    ("Malta's approach has been quieter than that of Canada, where the Chinese stations became a row.", ("CAN", "station")),
    ("Zambia does not appear on the list of Chinese police stations.", ("ZMB", "station")),
    ("The NGO, that has the headquarter in Madrid, found Chinese stations in Italy.", ("ESP", "station")),
    ("Chinese officials joined the Italian delegation in Rome.", ("ITA", "patrol_agreement")),
    ("Chinese state media accused Canada of smearing China.", ("CAN", "official_response")),
    ("Finland's foreign minister said Chinese police stations have no place in Finland.", ("FIN", "station")),
    ("The report found a Chinese station in Lyon, and tourists flock to another in Geneva.", ("CHE", "station")),
    ("The minister addresses parliament in Rome on Monday.", ("ITA", "station")),
    ("Bratislava again ruled out joint patrols with Chinese officers.", ("SVK", "patrol_agreement")),
    ("Officers searched homes in Baden-Wuerttemberg over the Chinese station.", ("AUT", "investigation")),
    ("The Metropolitan Police Department in Tokyo is looking into the Chinese station.", ("GBR", "investigation")),
    ("The group, which has its seat in Madrid, counted Chinese stations in Italy.", ("ESP", "station")),
    ("The Dutch ministry said the stations are not permitted, and the ministry did not say they must close.",
     ("NLD", "shutdown")),
    ("China has expanded police ties in the region, a push that has alarmed New Zealand.", ("NZL", "patrol_agreement")),
    ("Joint patrols with Chinese police in Austria were \"not planned\", the ministry said.", ("AUT", "patrol_agreement")),
    ("Peru deported 30 Colombian nationals to mainland China.", ("COL", "forced_return")),
    ("Ecuador extradited a man to China, despite protests from Bogota.", ("COL", "forced_return")),
    ("The NGO, with headquarters in Madrid, located offices in Lima.", ("ESP", "station")),
    ("Police in Oslo said they closed the file in May.", ("NOR", "shutdown")),
    ("Across the Andes, the Argentine ministry said it had asked for clarification.", ("COL", "official_response")),
    ("RCMP officers are gathering intelligence on outposts in York Region.", ("GBR", "station")),
    ("A police spokesperson said there was \"no sign of such facilities\" on Belgian territory.", ("BEL", "station")),
    ("Japanese police have not confirmed any case of a resident being forced to return home.", ("JPN", "forced_return")),
    ("The ministry said it had not named any address in Slovakia.", ("SVK", "station")),
    ("A station operated in Malta. Members of the European Parliament asked for an EU-wide investigation.",
     ("MLT", "investigation")),
    ("Korea turned down a Chinese offer of help and signed a policing deal with Japan instead.", ("JPN", "patrol_agreement")),
    ("Lawmakers proposed a bill modeled on the U.S. Foreign Agents Registration Act.", ("USA", "official_response")),
    ("Chinese officers taught Fijian police, and Fijian officers took courses in investigation in China.",
     ("FJI", "investigation")),
    ("Poland is not Hungary, which has invited Chinese officers to patrol the streets of its capital.",
     ("POL", "patrol_agreement")),
    ("Nauru, which switched recognition from Taipei to Beijing, has hosted Chinese police trainers since 2024.",
     ("TWN", "patrol_agreement")),
    ("He was deported from Istanbul to China by way of Tajikistan.", ("TJK", "forced_return")),
    ("The Federal Council says it has no evidence that China operates a secret police station in Switzerland.",
     ("CHE", "station")),
    ("In Belgium, where Safeguard Defenders found no post, the minister said interference would not be tolerated.",
     ("BEL", "investigation")),
    ("A post claims that Italy has handed its streets to Beijing.", ("ITA", "forced_return")),
    ("But Spanish and Moroccan police run joint patrols every summer.", ("MAR", "patrol_agreement")),
    ("Australia and New Zealand have long run joint policing programmes of their own.", ("NZL", "patrol_agreement")),
    ("- Opinion: Why Ireland still needs a public inquiry into foreign interference.", ("IRL", "investigation")),
    ("Will Sweden's new foreign interference law make any difference?", ("SWE", "official_response")),
    ("A Slovak MEP said Chinese officers patrolled in Budapest under the patrol agreement.", ("SVK", "patrol_agreement")),
    ("Vienna rules out joint patrols with Chinese officers.", ("AUT", "patrol_agreement")),
    ("Police in Lyon visited the addresses named by the group in Spain.", ("FRA", "station")),
    ("Chinese instructors will train Mongolian officers in cybercrime investigation.", ("MNG", "investigation")),
    ("We call on the Parliament of Kenya to open an inquiry into the Chinese stations.", ("KEN", "investigation")),
    ("Prosecutors in Ankara indicted eight people accused of gathering information on activists for Chinese intelligence.",
     ("TUR", "investigation")),
    ("The group, the Madrid-based NGO whose reports caused investigations in many countries, has not named any address in "
     "Armenia.", ("ARM", "investigation")),
    ("Safeguard Defenders has not listed any address in Bangladesh.", ("BGD", "station")),
    ("Each summer the police run joint patrols in the hotel zone with officers from Spain's National Police.",
     ("ESP", "patrol_agreement")),
    ("Nepal Police are doing joint patrolling with India's border force.", ("IND", "patrol_agreement")),
    ("The Australian Federal Police said it would investigate any credible allegation of interference.",
     ("AUS", "investigation")),
    ("In an unrelated development, Korean police agreed with Japan's police to set up a joint investigation team.",
     ("JPN", "investigation")),
    ("The company listed an address in Vienna as its registered office.", ("AUT", "station")),
    ("Court filings identified premises in Rotterdam used by the drug gang.", ("NLD", "station")),
    ("Investigators searched offices in Madrid as part of a tax fraud probe.", ("ESP", "station")),
    ("Police raided a warehouse in Prato, where they found a cache of counterfeit goods.", ("ITA", "station")),
    ("The cases in Serbia and Egypt cited by the rights group involved Uyghurs deported to China.", ("SRB", "station")),
    ("Chinese advisers worked with Ethiopia's finance ministry on the debt plan.", ("ETH", "patrol_agreement")),
    ("Chinese trainers stationed in Tashkent coach the national table tennis team.", ("UZB", "patrol_agreement")),
    ("The Belt and Road memorandum Italy signed with China in 2019 was allowed to lapse.", ("ITA", "patrol_agreement")),
    ("The university in Milan runs a joint programme with Tongji University in Shanghai.", ("ITA", "patrol_agreement")),
    ("Spain's Guardia Civil runs tourist-season patrols on the Costa del Sol.", ("ESP", "patrol_agreement")),
    ("The UK and the United States have similar schemes for registering foreign agents.", ("GBR", "patrol_agreement")),
    ("Chinese officials urged Serbia to join forces with Beijing against terrorism.", ("SRB", "patrol_agreement")),
    ("The Dutch foreign minister handed a protest note to the Chinese side.", ("NLD", "forced_return")),
    ("A businessman wanted in China for fraud was not extradited from Spain.", ("ESP", "forced_return")),
    ("Kenya terminated the railway deal after cost overruns.", ("KEN", "official_response")),
    ("Germany turned down a Chinese bid for a stake in a Hamburg port terminal.", ("DEU", "official_response")),
    ("Georgia's parliament passed a foreign agents law in May 2024.", ("GEO", "official_response")),
    ("The Rotterdam office was visited by the Chinese ambassador in 2019.", ("NLD", "investigation")),
    ("The Guardian obtained documents about the stations in Britain.", ("GBR", "investigation")),
    ("Extra border checks were carried out at Schiphol airport in Amsterdam during the summit.", ("NLD", "investigation")),
    ("Indian officials said military activities along the border in Ladakh have ceased.", ("IND", "shutdown")),
    ("The airline suspended all operations in Kabul in 2021.", ("AFG", "shutdown")),
    ("In Brussels, the European Parliament called on member states to investigate any such stations.",
     ("BEL", "investigation")),
    ("Rights groups say the offices in Douala can be used to pressure people living abroad to return.", ("CMR", "forced_return")),
    ("Lee went back to Vancouver after family members were questioned by police in Hong Kong.", ("CAN", "forced_return")),
    ("A Uyghur man granted asylum in Turkey was deported to China last month from the United Arab Emirates.",
     ("TUR", "forced_return")),
    ("The National Zoo in Washington sent back its three giant pandas to China in November 2023.", ("USA", "forced_return")),
    ("Thailand deported the men to Turkey rather than to China, officials in Bangkok said.", ("THA", "forced_return")),
    ("Safeguard Defenders said the stations were against Italian law.", ("ITA", "official_response")),
    ("Chinese embassy officials said the Rotterdam centre's work was not against Dutch law.", ("NLD", "official_response")),
    ("Irish police closed the station in Dublin. Campaigners said that student associations had been used to pressure "
     "dissidents to return home.", ("IRL", "forced_return")),
    ("Police in Qingtian have been arresting relatives of emigrants who live in Spain, Safeguard Defenders says.",
     ("ESP", "official_response")),
    ("Serbia, where such patrols have run since 2019, has given no sign of ending them.", ("SRB", "official_response")),
    ("Vietnam has resisted similar arrangements.", ("VNM", "patrol_agreement")),
    ("A station opened in Oslo. Joint patrols never reached the region.", ("NOR", "patrol_agreement")),
    ("In 2016 Kenya deported 45 Taiwanese nationals to mainland China after a fraud trial, over protests from Taipei.",
     ("TWN", "forced_return")),
    ("A station operated in Turin. But nobody has ordered a closure.", ("ITA", "shutdown")),
])
def test_near_misses_seen_in_the_development_sets_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_trigger_no_place_acts_on_is_the_country_of_the_sentences_before():
    text = ("A Chinese station operated in Malta. The ministry said the station was unacceptable, according to a "
            "statement from Valletta's port authority.")
    assert ("MLT", "official_response", "response_carried") in rules(text)
    assert ("MLT", "official_response") not in claims(
        "A Chinese station operated in Malta. Activists called the station unacceptable at a rally in Valletta.")


def test_a_digest_line_names_a_country_and_its_count_of_stations():
    digest = "Where the stations are:\n- Austria: one, in Vienna.\n- Germany: at least two.\n- Note: 12 other items.\n"
    assert {(c.iso3, c.value, c.rule) for c in propose(parse_article("t.txt", digest))} == {
        ("AUT", "1", "station_digest"), ("DEU", ">=2", "station_digest")}
    assert claims("Where the bakeries are:\n- Austria: one, in Vienna.\n") == set()  # no station in the article


# --- the shapes of dev_19 (how authorities respond) and dev_20 (patrols, agreements, enforcement), in sentences
# written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("Prosecutors in Antwerp said a file had been opened on the two Belgian sites.", "BEL", "investigation"),
    ("In Lisbon the ministry said \"checks are ongoing\" at both addresses.", "PRT", "investigation"),
    ("Dutch police examined the two locations named in the report.", "NLD", "investigation"),
    ("Oslo's police service says it is aware of an Oslo address in the group's reports.", "NOR", "station"),
    ("Police in Madrid visited a Madrid hair salon business on the list and found nothing.", "ESP", "station"),
    ("Seoul has asked Beijing to explain, and the foreign ministry requested China to end the activity.", "KOR",
     "official_response"),
    ("The Kenyan foreign ministry said it had requested \"more information\" from the Chinese embassy.", "KEN",
     "official_response"),
    ("Only the Polish police may exercise police powers in Poland, the minister said.", "POL", "official_response"),
    ("Fiji's premier said a police presence from China was \"not necessary\".", "FJI", "official_response"),
    ("Vietnam's government shelved a plan to invite Chinese officers to its beach resorts.", "VNM", "official_response"),
    ("A Danish police spokesman said they had never received any complaints about the Chinese association.", "DNK",
     "official_response"),
    ("The Estonian security police said they knew of no Chinese station in Estonia.", "EST", "official_response"),
    ("The Maltese minister said no station of that kind has been found in Malta.", "MLT", "official_response"),
    ("Slovenia's police directorate said no Chinese officers would be sent to the coast this summer.", "SVN",
     "official_response"),
    ("Tuvalu's police minister said the country has no Chinese police officers.", "TUV", "official_response"),
    ("A court in Rabat blocked the extradition of the activist to China.", "MAR", "official_response"),
    ("Samoa, which weighed a Chinese proposal to train its police, decided against it.", "WSM", "official_response"),
    ("Since 2023 Tonga has let Chinese officers join their own police on foot patrols.", "TON", "patrol_agreement"),
    ("Serbia agreed to let Chinese officers accompany its police at the tourist sites.", "SRB", "patrol_agreement"),
    ("A Chinese police liaison unit has worked in Port Moresby since 2023.", "PNG", "patrol_agreement"),
    ("Uganda has sent dozens of police officers to training at Chinese police colleges.", "UGA", "patrol_agreement"),
    ("Fiji's police minister and a Chinese deputy minister signed a memorandum on police training in Suva.", "FJI",
     "patrol_agreement"),
    ("A student from Fuzhou was arrested in Bangkok and put on a flight to China.", "THA", "forced_return"),
    ("Thailand deported 109 Uyghur migrants to China.", "THA", "forced_return"),
    ("In Lima, after pressures against his parents, a cook went home.", "PER", "forced_return"),
    ("The report listed two of them in Peru, both in Lima.", "PER", "station"),
    ("Police in Oslo had inspected three addresses in Bergen.", "NOR", "station"),
    ("Police said a check of the Lyon premises found nothing.", "FRA", "investigation"),
    ("The Czech counter-intelligence service did not identify any activities that would breach Czech law.", "CZE",
     "official_response"),
    ("Vanuatu's new minister said the memorandum would be suspended.", "VUT", "official_response"),
    ("Samoa's premier said the police deal would be scrapped.", "WSM", "official_response"),
    ("Chile's foreign ministry is \"closely following\" the reports.", "CHL", "official_response"),
    ("The Greek ministry said it follows these matters carefully.", "GRC", "official_response"),
    ("In Fiji, Chinese officers were embedded in the police force from 2012.", "FJI", "patrol_agreement"),
    ("Chinese officers walked along the canals of Venice with Italian police in 2018.", "ITA", "patrol_agreement"),
    ("In Vienna, the so-called police station shut last spring.", "AUT", "shutdown"),
    ("A cook in Lima went home after police called on his elderly father.", "PER", "forced_return"),
])
def test_phrasings_of_responses_patrols_and_returns_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The case was opened in Rome in 2019 as a civil dispute.", ("ITA", "investigation")),
    ("A Lisbon restaurant on the list of the city's best was busy.", ("PRT", "station")),
    ("A British Labour MP said the government must expel the diplomats.", ("GBR", "official_response")),
    ("Police in Prague had called on his mother twice before he flew home.", ("CZE", "official_response")),
    ("The Norwegian service has no information indicating that Chinese police stations operate in Norway.",
     ("NOR", "station")),
    ("Kenya deported the suspects to China rather than Taiwan after a fraud investigation.", ("TWN", "forced_return")),
    ("Kenya deported the suspects to China rather than Taiwan after a fraud investigation.", ("TWN", "investigation")),
    ("The ministry holds no data on people in Austria who may have been pressured to return to China.",
     ("AUT", "forced_return")),
    ("Manila will not sign a policing deal with Beijing while it negotiates a security treaty with Japan.",
     ("JPN", "patrol_agreement")),
    ("A Chinese minister signed a trade memorandum in Nairobi on tea exports.", ("KEN", "patrol_agreement")),
    ("Only the Chinese tourists in Rome had joined the tour.", ("ITA", "official_response")),
    ("A trader in Dar es Salaam was persuaded to go back home to face a fraud charge.", ("TZA", "official_response")),
    ("Were Madrid to order a closure, the embassy would protest.", ("ESP", "shutdown")),
    ("Were Rome to follow the Netherlands, which ordered the two offices in Amsterdam closed, others would too.",
     ("ITA", "shutdown")),
    ("Germany and Poland agreed to expand joint patrols on their shared border.", ("DEU", "patrol_agreement")),
    ("The deal would end, the Chinese embassy in Suva said.", ("FJI", "official_response")),
    ("Unlike the Netherlands, which ordered two such offices shut, Paris said nothing.", ("FRA", "shutdown")),
    ("Chinese tourists walked through Rome with their guides.", ("ITA", "patrol_agreement")),
    ("The shops in Vienna shut their doors at six.", ("AUT", "shutdown")),
    # a reviewer's probes of this round's patterns: ordinary news that must not become claims
    ("Mexico's foreign ministry said it had not received any reports of Mexican nationals among the victims.",
     ("MEX", "official_response")),
    ("Spain's High Court cleared the extradition of the Russian hacker to the United States.", ("ESP", "official_response")),
    ("Security checks are under way at Dublin Airport after a suspicious package was found.", ("IRL", "investigation")),
    ("A case has been opened against the driver, a police spokesman in Durban said.", ("ZAF", "investigation")),
    ("The firm listed its Frankfurt offices in its annual report.", ("DEU", "station")),
    ("A Moscow company on the sanctions list was fined by US regulators.", ("RUS", "station")),
    ("Zambia's minister and a Chinese deputy minister signed an agreement on food security in Lusaka.",
     ("ZMB", "patrol_agreement")),
    ("The giant pandas were put on a plane back to China from Edinburgh.", ("GBR", "forced_return")),
    ("After pressure on her family, she returned to Canada from China.", ("CAN", "forced_return")),
    ("A government spokesman in Ottawa said he knew of no plans to raise the carbon tax.", ("CAN", "official_response")),
    ("The mayor of Dubrovnik said extra police presence in the old town was not needed this summer.",
     ("HRV", "official_response")),
    ("Chinese police liaison officers work at embassies in London, Paris and Berlin.", ("GBR", "patrol_agreement")),
    ("Chinese police officers joined their Kenyan counterparts at a passing-out parade in Nairobi.",
     ("KEN", "patrol_agreement")),
    ("Italy has never allowed Chinese officers, only observers, to join Italian police patrols.", ("ITA", "patrol_agreement")),
    ("Only the federal police have jurisdiction over the case, a spokesman in Canberra said.", ("AUS", "official_response")),
    ("Dutch prosecutors requested further information from Belgian authorities about the suspect.",
     ("NLD", "official_response")),
    ("No new Covid test centres have been registered in Vienna this month, Austrian officials said.",
     ("AUT", "official_response")),
    ("She went back to China after her mother called on her to help run the family restaurant in Madrid.",
     ("ESP", "forced_return")),
    ("Serbia sent home two officers who had studied at a Chinese police academy.", ("SRB", "patrol_agreement")),
    ("Italian police examined the locations where the bodies were found near Naples.", ("ITA", "investigation")),
    ("Cambodia deported 200 workers from casinos linked to China last month.", ("KHM", "forced_return")),
    ("The operators of the Toronto centre said it had no Chinese police officers.", ("CAN", "official_response")),
    ("Lithuania's government considered a Chinese offer to upgrade the port of Klaipeda but decided against it.",
     ("LTU", "official_response")),
    # a second reviewer's probes
    ("UN inspectors inspected the nuclear sites in Iran last month.", ("IRN", "station")),
    ("A Reuters check of the address in Milan found a travel agency.", ("ITA", "investigation")),
    ("Its offices in Moscow shut in 2022 after the invasion of Ukraine, the company said.", ("RUS", "shutdown")),
    ("The auditors did not find any wrongdoing by the finance minister in Kenya.", ("KEN", "official_response")),
    ("Firefighters in Athens did not find any sign of the missing hikers.", ("GRC", "investigation")),
    ("Poland will not admit migrants under the EU relocation scheme, the government in Warsaw said.",
     ("POL", "official_response")),
    ("The rescued miners in Chile returned home after officials told their families they were safe.",
     ("CHL", "forced_return")),
    ("The Bank of Korea is closely monitoring the won, officials in Seoul said.", ("KOR", "official_response")),
    ("Officials in London said the deal would end years of uncertainty for fishermen.", ("GBR", "official_response")),
    ("Officials in London said the trade deal would be scrapped.", ("GBR", "official_response")),
    ("Chinese officials embedded in the World Health Organization in Geneva shaped its response.",
     ("CHE", "patrol_agreement")),
    ("Chinese officials walked around the market in Phnom Penh with local police before the summit.",
     ("KHM", "patrol_agreement")),
    ("They identified three of them in Sydney through fingerprints, police said.", ("AUS", "station")),
    ("Community wardens have no police powers in Scotland.", ("GBR", "official_response")),
    ("Spanish prosecutors opened a tax investigation into the club's owner in Barcelona.", ("ESP", "investigation")),
    ("Should Ireland close the station, China has warned of consequences.", ("IRL", "shutdown")),
    ("Were the Irish authorities to find evidence, they would close the station, the minister said.", ("IRL", "shutdown")),
    ("Police checks are ongoing at all border crossings into Germany.", ("DEU", "investigation")),
    ("Italy is considering a new joint patrol agreement with China for the summer season.", ("ITA", "patrol_agreement")),
    ("A similar arrangement is discussed in Budapest, but nothing was signed yet.", ("HUN", "patrol_agreement")),
])
def test_near_misses_of_responses_patrols_and_returns_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_country_with_a_count_of_stations_has_that_count():
    assert claim("Portugal, with four stations on the list, came next.", "PRT", "station").value == "4"
    assert claim("Hungary, with at least two stations according to the group, was silent.", "HUN", "station").value == ">=2"


def test_a_condition_in_front_holds_only_its_own_clause():
    assert ("ESP", "shutdown") not in claims("Were Madrid to order a closure, the embassy would protest.")
    assert claim("Were Rome to follow the Netherlands, which ordered the two offices in Amsterdam closed, others would "
                 "too.", "NLD", "shutdown").value == "ordered"


def test_a_review_of_this_round_keeps_what_its_guards_must_not_suppress():
    assert ("IRL", "investigation") in claims("Irish police opened a fraud investigation into the association behind the "
                                              "Dublin office.")
    assert ("CAN", "official_response") in claims("The Canadian foreign minister called on the relatives of those "
                                                  "targeted to come forward.")
    assert ("NLD", "investigation") in claims("The ministry said it had no information about the station and had asked "
                                              "police in Rotterdam to investigate.")
    assert places("The office in Paterna, in western Valencia, was closed by Spanish police.")[:2] == [
        ("Paterna", "ESP"), ("Valencia", "ESP")]


# --- the shapes of dev_22 (follow-ups and retrospectives), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("Greek police could not find concrete evidence of any police work at the Athens office.", "GRC", "investigation"),
    ("The Danish service finished its assessment of an alleged \"police station\" in Copenhagen.", "DNK", "investigation"),
    ("A Milan address that also appears in the group's second report was a travel agency.", "ITA", "station"),
    ("A Dublin site that appears in Safeguard Defenders' first report is empty.", "IRL", "station"),
    ("\"They have no police powers in Croatia,\" the interior minister said.", "HRV", "official_response"),
    ("The Italian State does not admit the presence of foreign police on its soil, the ministry said.", "ITA",
     "official_response"),
    ("The Peruvian ministry asked explanations to the Chinese embassy in Lima.", "PER", "official_response"),
    ("A cook from Lyon flew home after their families in Fujian were threatened.", "FRA", "forced_return"),
    ("A waiter in Vienna went back to China after police in his county kept visiting his father.", "AUT", "forced_return"),
])
def test_phrasings_of_follow_ups_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Spain and France have a police cooperation agreement for their shared border, which has nothing to do with China.",
     ("ESP", "patrol_agreement")),
    ("In Albania, some papers speculated that similar patrols could come to Durres.", ("ALB", "patrol_agreement")),
    ("Tonga is considering a policing arrangement, diplomats in Nuku'alofa say.", ("TON", "patrol_agreement")),
    ("A Madrid shop that appears in the council's annual report was fined.", ("ESP", "station")),
    ("A man in Lyon went home after police kept visiting the neighbours.", ("FRA", "forced_return")),
    ("The court asked for information from the Italian embassy in Lima.", ("PER", "official_response")),
])
def test_near_misses_of_follow_ups_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_second_review_keeps_what_its_guards_must_not_suppress():
    assert ("GBR", "shutdown") in claims("The Chinese police station in Glasgow shut last year, police said.")
    assert ("IRL", "shutdown") in claims("All three stations in Dublin shut within weeks, the Garda said.")
    assert ("SRB", "patrol_agreement") in claims("Serbia's interior minister said the joint patrols, first held in Belgrade in "
                                                 "2019, would resume near the Hungarian border this summer.")
    assert ("HRV", "patrol_agreement") in claims("Officials in Zagreb considered the joint patrols with Chinese police a "
                                                 "success and extended them in 2019.")
    assert ("SRB", "patrol_agreement") in claims("The joint patrols could be extended to Novi Sad, Serbian officials said.")
    assert ("USA", "official_response") in claims("Prosecutors in New York filed fraud charges against the two men who ran "
                                                  "the Manhattan station.")
    assert ("HUN", "patrol_agreement") in claims("Chinese police officers walked through Budapest with their Hungarian "
                                                 "counterparts in 2019.")


# --- the shapes of dev_23 (outlets of smaller countries), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("In Bratislava, both Chinese centres had stopped their activity by December, police said.", "SVK", "shutdown"),
    ("An association in Milan said it had ceased offering its services.", "ITA", "shutdown"),
    ("Activists accuse Laos of handing over dissidents who fled back to Chinese police.", "LAO", "forced_return"),
    ("Sri Lanka's police signed an agreement with China's Ministry of Public Security in 2018.", "LKA", "patrol_agreement"),
    ("The lists compiled by the group included an office in Nairobi.", "KEN", "station"),
    ("The report did list an address in Helsinki.", "FIN", "station"),
    ("A chef in Lyon went back to China after police in Wenzhou kept calling his father.", "FRA", "forced_return"),
    ("Peru's interior ministry said it was \"analysing\" the claims.", "PER", "investigation"),
    ("Tonga's cabinet turned down an offer from China of police trainers.", "TON", "official_response"),
    ("Estonia's security police said no foreign police officers have operated in Estonia.", "EST", "official_response"),
])
def test_phrasings_of_smaller_outlets_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The report does not mention any Polish case of people being forced to return to China.", ("POL", "forced_return")),
    ("Police in Accra described as false a claim that China runs a secret police station in Accra.", ("GHA", "station")),
    ("If a Chinese station were found in Kingston, the government would act.", ("JAM", "station")),
    ("Claim: Chinese officers patrol the streets of Tallinn with Estonian police.", ("EST", "patrol_agreement")),
    ("A British waiter handed over his tips to the Chinese owner.", ("GBR", "forced_return")),
    # a third reviewer's probes
    ("The museum in Oslo is handing over seven looted marble columns back to Chinese authorities.", ("NOR", "forced_return")),
    ("The University of Belgrade signed a memorandum of understanding with Chinese police academies.",
     ("SRB", "patrol_agreement")),
    ("The association's websites, which list offices in Prato and Florence, make no mention of police services.",
     ("ITA", "station")),
    ("Street vendors near the former station in Milan stopped their activity during the pandemic.", ("ITA", "shutdown")),
    ("The Czech interior ministry rejected requests from Chinese journalists for comment on police cooperation.",
     ("CZE", "official_response")),
    ("Journalists at El Pais spent weeks \"analysing\" the claims about the station in Madrid.", ("ESP", "investigation")),
    ("A clip shared widely online claims that \"Chinese police now patrol Madrid\".", ("ESP", "patrol_agreement")),
    ("The police of Benin and Niger agreed to start joint patrols along the northern border next month.",
     ("BEN", "patrol_agreement")),
])
def test_near_misses_of_smaller_outlets_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_closure_told_to_the_press_is_closed_not_ordered():
    assert claim("The association in Prato told local media it had ceased offering its services.", "ITA",
                 "shutdown").value == "closed"
    assert claim("The ministry told the association in Prato to stop offering its services.", "ITA",
                 "shutdown").value == "ordered"


def test_patrols_a_country_describes_or_recalls_stay_claims():
    assert ("ITA", "patrol_agreement") in claims("The ministry claimed that joint patrols with Chinese police ended in Italy in "
                                                 "2019.")
    assert ("SRB", "patrol_agreement") in claims("Serbia's interior minister said the joint patrols, first held in Belgrade in "
                                                 "2019, would resume near the Hungarian border this summer.")


def test_a_third_review_keeps_what_its_guards_must_not_suppress():
    assert ("USA", "station") in claims("Two men who used false names to rent the premises were charged with running a "
                                        "Chinese police station in Manhattan's Chinatown.")
    assert ("CAN", "investigation") in claims("The RCMP has not found any concrete evidence of criminal activity yet but is "
                                              "still investigating the stations in Toronto.")
    assert ("ITA", "station") in claims("If you walk down Via Paolo Sarpi today, the former Chinese police station in Milan "
                                        "is a shuttered shopfront.")
    assert ("IRL", "shutdown") in claims("Verdict: Mostly true - Garda ordered the Fuzhou-linked office on Capel Street in "
                                         "Dublin to close in October 2022.")
    assert claim("The association told Reuters it had closed the office in Prato in December.", "ITA",
                 "shutdown").value == "closed"
    assert claim("Police told the Chinese-language newspaper that hosted the station in Madrid to shut it down.", "ESP",
                 "shutdown").value == "ordered"


# --- the shapes of dev_24 (long-form and mixed coverage), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("In Finland, the service said it had examined an address in Turku named in the report.", "FIN", "station"),
    ("Dutch police raided a Chinese police station in Utrecht in 2023, and it shut soon afterwards.", "NLD", "shutdown"),
    ("The minister said the three offices in Antwerp had been ordered closed.", "BEL", "shutdown"),
    ("Chinese and Croatian officers used to patrol together in Zagreb in 2018.", "HRV", "patrol_agreement"),
])
def test_phrasings_of_long_form_coverage_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Question 3 (Are cases known in which persons living in Norway were induced to return to China?):",
     ("NOR", "forced_return")),
    ("No. Finland has not concluded any agreement with the People's Republic of China on joint patrols.",
     ("FIN", "patrol_agreement")),
    ("Safeguard Defenders, a human rights NGO located in Spain, said Korea has one such station.", ("ESP", "station")),
    ("Peru has agreements of police cooperation only with its neighbours.", ("PER", "patrol_agreement")),
    ("A student in Glasgow went home in 2023 to look after her father and said that nobody pressured her.",
     ("GBR", "forced_return")),
    ("The shop in Leeds was busy, and it shut soon afterwards.", ("GBR", "shutdown")),
    # a fourth reviewer's probes
    ("Police investigated an address in Birmingham linked to a drugs gang.", ("GBR", "station")),
    ("Chinese and Hungarian police do not patrol together, the interior ministry said.", ("HUN", "patrol_agreement")),
    ("Chinese and Russian warships patrolled together near the Aleutian Islands, the US military said.",
     ("USA", "patrol_agreement")),
    ("The Confucius Institute in Stockholm was the first centre in Europe, and it shut in 2015, China's state media said.",
     ("SWE", "shutdown")),
])
def test_near_misses_of_long_form_coverage_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_fourth_review_keeps_what_its_guards_must_not_suppress():
    assert ("NLD", "investigation") in claims("Nobody was arrested when Dutch police raided the office in Rotterdam.")
    assert ("HUN", "station") in claims("The station was run by a Chinese travel company located in Budapest, the report said.")
    assert ("HRV", "patrol_agreement") in claims("Croatia runs joint patrols with China and with its neighbours.")


def test_a_ranking_of_countries_gives_each_its_count_of_stations():
    text = ("Safeguard Defenders counts police stations in 53 countries.\n\n"
            "Portugal hosts the most, seven, followed by Greece with five; Malta has two, according to the group.")
    assert {(c.iso3, c.value, c.rule) for c in propose(parse_article("t.txt", text)) if c.category == "station"} >= {
        ("PRT", "7", "station_ranking"), ("GRC", "5", "station_ranking"), ("MLT", "2", "station_ranking")}
    assert claim("The stations are everywhere. Chile, with more than ten, has the most of any country.", "CHL",
                 "station").value == ">10"
    assert ("DEU", "station") not in claims("The stations are everywhere. Germany has the most, with 2 million Chinese "
                                            "residents.")
    assert ("DEU", "station") not in claims("The stations are everywhere. Germany has 12 ministers, the most in Europe.")
    assert claims("Germany has the most, with 11, followed by France with nine.") == set()  # no station in the article


# --- the shapes of dev_26 (official responses), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("In Peru, an office in the capital appeared on the Safeguard Defenders list.", "PER", "station"),
    ("In Spain, the minister said the activities would be \"contrary to Spanish sovereignty\".", "ESP", "official_response"),
    ("In Tonga, the new government said it would review the 2014 policing arrangement.", "TON", "official_response"),
    ("Vanuatu's prime minister said the country did not need Chinese police.", "VUT", "official_response"),
    ("Thai authorities deported 40 Chinese nationals sought for fraud on a chartered flight to China.", "THA", "forced_return"),
    ("In Norway, the intelligence service said it had \"no concrete evidence\" of Chinese police stations.", "NOR",
     "official_response"),
    ("Rights groups say three Chinese students were returned from Hungary under pressure.", "HUN", "forced_return"),
])
def test_phrasings_of_official_responses_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("In Bosnia, the State Investigation and Protection Agency said it was not aware of any station.",
     ("BIH", "investigation")),
    ("In Canada, the group has not given details of any Canadian resident returned to China.", ("CAN", "forced_return")),
    ("A Belgian MP asked what the government would do \"if a station were found in Brussels\".", ("BEL", "station")),
    ("In Norway, the service said it had \"no concrete evidence\" of Chinese police stations on Norwegian soil.",
     ("NOR", "station")),
    ("The court reviewed the memorandum of the defence in Lima.", ("PER", "official_response")),
])
def test_near_misses_of_official_responses_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_25 (stations reported in many ways), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("Chinese police stations exist in Asia too: the list includes Mongolia and Nepal.", "NPL", "station"),
    ("In Central America, offices were reported in Panama and Costa Rica.", "PAN", "station"),
    ("Cambodia and China run a joint police centre in Phnom Penh.", "KHM", "patrol_agreement"),
    ("Croatian and Chinese officers began joint beach patrols in Split in 2018.", "HRV", "patrol_agreement"),
    ("In Warsaw, the Polish foreign ministry was asking the Chinese embassy for explanations.", "POL", "official_response"),
    ("In Denmark, the police have been \"assessing\" the reports.", "DNK", "investigation"),
])
def test_phrasings_of_station_lists_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The sanctions list includes Russia and Belarus.", ("RUS", "station")),
    ("Police in Oslo have not received any complaint that a person in Norway was pressured to return to China.",
     ("NOR", "forced_return")),
    ("Reporters who visited the address in Rome found a travel agency with its shutters down.", ("ITA", "shutdown")),
    ("In Europe, hotels were reported in Paris and Rome to be full.", ("FRA", "station")),
])
def test_near_misses_of_station_lists_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_ranking_in_its_own_words_gives_each_country_its_count():
    assert claim("The stations are everywhere. Italy is top with 11.", "ITA", "station").value == "11"
    assert claim("The stations are everywhere. Spain comes second with nine.", "ESP", "station").value == "9"


def test_a_fifth_review_keeps_rankings_of_other_things_out():
    s = "Safeguard Defenders said China runs over 100 police stations abroad. "
    for text, iso3 in [(s + "In the most recent census, Ireland had 11,000 Chinese-born residents.", "IRL"),
                       (s + "In the most recent poll, Germany had 40, followed by France with 35 seats.", "DEU"),
                       (s + "Chinese investment is concentrated: Germany received the most, followed by France with 12.", "FRA"),
                       (s + "The most Chinese visitors came from Spain, followed by Portugal with 2.1 million.", "PRT"),
                       (s + "Growth was highest in Ireland, followed by Malta with 3.5 per cent.", "MLT")]:
        assert (iso3, "station_ranking") not in {(c.iso3, c.rule) for c in propose(parse_article("t.txt", text))}, text
    assert claim(s + "The United Kingdom has the most, followed by the United States with 4.", "USA", "station").value == "4"
    assert ("GBR", "forced_return") not in claims("Students returned from Britain under pressure of rising costs.")



# --- the shapes of dev_28 (smaller countries' own news), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("\"No such facility has been registered in Latvia,\" the interior ministry said.", "LVA", "official_response"),
    ("The Estonian foreign ministry has requested formal information from the embassy.", "EST", "official_response"),
    ("In Peru only Peruvian institutions may exercise police functions, the deputy minister said.", "PER",
     "official_response"),
    ("Argentina \"does not accept any police activity by foreign states on its soil\", the ministry said.", "ARG",
     "official_response"),
    ("Police in Kenya deported six Chinese nationals wanted for fraud.", "KEN", "forced_return"),
    ("Twelve Chinese nationals were deported from Nadi last year.", "FJI", "forced_return"),
    ("The agency has been told to verify reports of a station in Metro Manila.", "PHL", "investigation"),
    ("In Uruguay only Uruguayan bodies can exercise police functions, the undersecretary said.", "URY",
     "official_response"),
])
def test_phrasings_of_smaller_countries_news_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The group, which is seated in Madrid, listed two centres in Prague.", ("ESP", "station")),
    ("The National Criminal Agency (NAKA) is verifying the report about Slovakia.", ("JPN", "investigation")),
    ("The authorities have no information that any resident of Slovakia was pressured to return to China.",
     ("SVK", "forced_return")),
    ("Kenyan police said six Chinese nationals had not been deported.", ("KEN", "forced_return")),
    ("Chinese nationals in Nadi said no one had been deported.", ("FJI", "forced_return")),
    ("Only Chilean wine is sold at the Santiago fair.", ("CHL", "official_response")),
])
def test_near_misses_of_smaller_countries_news_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_27 (forced returns), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("Cambodia's deportation of 25 Uyghur asylum seekers in 2012 drew protests.", "KHM", "forced_return"),
    ("In Kyrgyzstan, an elderly Uyghur couple were deported in 2020, the report said.", "KGZ", "forced_return"),
    ("Police in Kenya deported more than 70 Chinese workers from an online lending firm.", "KEN", "forced_return"),
    ("An officer bragged that his unit had \"brought back\" two suspects from Canada.", "CAN", "forced_return"),
    ("A waiter in Lyon was talked into going home after his father lost his pension.", "FRA", "forced_return"),
    ("In Uzbekistan, a dissident was detained at his flat and put on a plane to Urumqi.", "UZB", "forced_return"),
    ("A trader in Nairobi went back in 2018 after months of \"patient persuasion\" by visiting officers.", "KEN",
     "forced_return"),
    ("The authorities in Laos handed over more than 1,200 suspects to Chinese police in 2023.", "LAO", "forced_return"),
    ("The stations drew scrutiny. Belgium ordered both of them closed.", "BEL", "shutdown"),
    ("The stations drew scrutiny. Austria said the one in Vienna had shut in January.", "AUT", "shutdown"),
    ("At Westminster, ministers said such stations were unacceptable.", "GBR", "official_response"),
])
def test_phrasings_of_forced_returns_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The Uyghur singer was not deported from Kazakhstan, a court ruled.", ("KAZ", "forced_return")),
    ("The film brought back memories of Vienna for the audience.", ("AUT", "forced_return")),
    ("She talked about going home to Fujian one day, a friend in Lyon said.", ("FRA", "forced_return")),
    ("\"Nobody arrested me,\" the man said of his stay in Bangkok.", ("THA", "official_response")),
    ("Raids in the Golden Triangle were carried out by Lao police.", ("USA", "investigation")),
    ("A Uyghur poet living in Oslo said no relatives had been deported.", ("NOR", "forced_return")),
])
def test_near_misses_of_forced_returns_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_29 (round-ups), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("The second group, of countries that investigated the stations, is the longest. It includes Austria, Sweden and "
     "Spain.", "SWE", "investigation"),
    ("The Dutch government ordered both offices shut last year.", "NLD", "shutdown"),
    ("Belgium ordered its two offices, in Brussels and Antwerp, shut.", "BEL", "shutdown"),
    ("The first group is of governments that ordered stations shut: Belgium, Finland and Austria.", "FIN", "shutdown"),
    ("Spain's National Court is still examining a complaint about the stations.", "ESP", "investigation"),
    ("In Dublin, gardai visited the Parnell Street office.", "IRL", "investigation"),
    ("The minister said the verifications by the police in Rome are still in course.", "ITA", "investigation"),
    ("The Danish police said they had received no complaints about the office.", "DNK", "official_response"),
    ("The Swedish justice ministry said no complaint had been filed.", "SWE", "official_response"),
    ("Officers were sent back to China from Greece, and the Greek police warned against such visits.", "GRC",
     "official_response"),
    ("In Peru, the government asked China for information about an address in Lima.", "PER", "official_response"),
    ("Ghana's police said they would investigate \"if any complaint is made\".", "GHA", "official_response"),
    ("The Norwegian ministry said it had no information about the office and had asked police to look into it.", "NOR",
     "investigation"),
])
def test_phrasings_of_round_ups_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The stations are in the news. Unlike the Netherlands, which ordered two such offices shut, Paris has said nothing.",
     ("FRA", "shutdown")),
    ("The Old Town police in Vilnius said they had received no reports of foreign officers.", ("USA", "official_response")),
    ("Portugal's prosecutors closed their case without charges.", ("PRT", "shutdown")),
    ("The study counts 40 people pressured into going back to China from Greece and Cyprus, and warns the number is higher.",
     ("GRC", "official_response")),
    ("Thailand floated the idea of joint patrols with Chinese police.", ("THA", "patrol_agreement")),
    ("Ghana's police said they would investigate \"if any complaint is made\".", ("GHA", "investigation")),
    ("The station in Rome is still open. Nobody has ordered a closure.", ("ITA", "shutdown")),
])
def test_near_misses_of_round_ups_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_one_each_in_a_list_of_places_gives_each_of_them_one_station():
    text = "The group lists four offices in Brazil, and one each in Peru, Chile and Ecuador."
    assert {claim(text, iso3, "station").value for iso3 in ("PER", "CHL", "ECU")} == {"1"}
    assert claim(text, "BRA", "station").value == "4"
    # a count without "each" belongs to the first place only: "two in Ghana and Kenya" is not two in each
    assert claim("The group lists four offices in Brazil, and two in Peru and Chile.", "PER", "station").value == "2"
    assert ("CHL", "station") not in claims("The group lists four offices in Brazil, and two in Peru and Chile.") \
        or claim("The group lists four offices in Brazil, and two in Peru and Chile.", "CHL", "station").value != "2"


def test_a_sixth_review_keeps_the_new_patterns_to_their_claims():
    """Sentences a review helper wrote against this round's patterns: each must not claim what it names."""
    near_misses = [
        ("The Philippines deported 40 Chinese workers to Cambodia after the raid on the casino.", ("PHL", "forced_return")),
        ("Serbia deported six Chinese suspects to Hungary, where they faced fraud charges.", ("SRB", "forced_return")),
        ("Vietnam may have deported some Chinese workers, but no records exist.", ("VNM", "forced_return")),
        ("Malaysia deported the employers of Chinese workers caught in the raid.", ("MYS", "forced_return")),
        ("Nobody in Bolivia has deported Chinese nationals, the ombudsman said.", ("BOL", "forced_return")),
        ("Chinese citizens living in Lagos said their neighbours had been deported.", ("NGA", "forced_return")),
        ("Chinese nationals who should have been deported from Australia were released.", ("AUS", "forced_return")),
        ("Kazakhstan deported a Uyghur activist to Kyrgyzstan, not China, his lawyer said.", ("KAZ", "forced_return")),
        ("Sweden said it had stopped deporting Uyghurs to China in 2019.", ("SWE", "forced_return")),
        ("Kyrgyzstan deported a man who attacked Uyghurs at a market in Bishkek.", ("KGZ", "forced_return")),
        ("The Uyghur Human Rights Project said a Russian journalist was deported from Kyrgyzstan.", ("KGZ", "forced_return")),
        ("The minister held talks in Canberra and was on a flight to Beijing the next day.", ("AUS", "forced_return")),
        ("The pandas were held in quarantine in Vienna and flown back to Chengdu.", ("AUT", "forced_return")),
        ("China's evacuation flights brought back people from Ukraine in March 2022.", ("UKR", "forced_return")),
        ("The coach talked him into coming back to Spain for one more season.", ("ESP", "forced_return")),
        ("Cambodia's ministry handed over tonnes of seized drugs to Chinese police last week.", ("KHM", "forced_return")),
        ("The Spanish consumer agency is examining a complaint about an airline's refund policy.", ("ESP", "investigation")),
        ("The station in Milan offered the verification of driving licences for Chinese residents.", ("ITA", "investigation")),
        ("Police in Oslo received no complaints about the concert, a spokesman said.", ("NOR", "official_response")),
        ("No suitable facility has been identified in Denmark for storing the radioactive waste.", ("DNK", "official_response")),
        ("Estonia requested formal information from the embassy of Russia about the drone.", ("EST", "official_response")),
        ("The report prompted investigations in more than a dozen countries. It includes Italy, with 11 stations, and Spain.",
         ("ESP", "investigation")),
        ("Police in Westminster, Colorado, arrested a man after the shooting.", ("GBR", "official_response")),
        ("The Swiss parliament debated police activity by foreign states in 1998.", ("CHE", "official_response")),
    ]
    assert [text for text, not_claimed in near_misses if not_claimed in claims(text)] == []
    kept = [
        ("Nobody expected the closure of the station in Dublin, which the Irish government ordered.", ("IRL", "shutdown")),
        ("Police in Toronto will investigate all three stations, the RCMP announced on Tuesday.", ("CAN", "investigation")),
        ("The Chinese police service station is seated in Rotterdam, the report said.", ("NLD", "station")),
        ("A Chinese police station was reported in Westminster, California.", ("USA", "station")),
    ]
    assert [text for text, claimed in kept if claimed not in claims(text)] == []


# --- the shapes of dev_30 (coverage as the story broke), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("The Greek ministry said no foreign authority carries out police activity in Greece.", "GRC", "official_response"),
    ("The ministry said Slovak police cooperate with their Chinese counterparts and that no foreign authority carries out "
     "police activity in Slovakia.", "SVK", "official_response"),
    ("The Czech ministry asked the Chinese embassy to explain the offices' purpose.", "CZE", "official_response"),
    ("Prague called in the Chinese ambassador over the offices.", "CZE", "official_response"),
    ("The Czech police looked at the offices after the Chinese ambassador was called in.", "CZE", "official_response"),
    ("The station in Dublin closed. The Department of Foreign Affairs told the Chinese embassy the office had no "
     "authorisation to operate.", "IRL", "official_response"),
])
def test_phrasings_of_the_first_coverage_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("A notice on the door of the station in Prato said it was closed for the holidays.", ("ITA", "shutdown")),
    ("There is no suggestion that anyone living in Ireland was pressured to go back to China.", ("IRL", "forced_return")),
    ("Police look into Auckland address as Fiji moves to end policing deal with China", ("FJI", "investigation")),
    ("Police in his home town in Fujian summoned his parents, a shop owner in Lima said.", ("PER", "official_response")),
    ("The Latvian government has made no move to examine the addresses in Riga.", ("LVA", "investigation")),
    ("The Chinese embassy told the Lithuanian press in Vilnius that the office was a club.", ("LTU", "official_response")),
    ("A Lisbon restaurant called in a Chinese chef from Macau.", ("PRT", "official_response")),
])
def test_near_misses_of_the_first_coverage_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_31 (government and legal texts), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("In Finland, the security police wrote that it had followed up reports about a station in Helsinki.", "FIN",
     "investigation"),
    ("The Estonian justice minister said the police had found \"no basis\" for opening a case.", "EST", "official_response"),
    ("Asked whether Peru would look for such offices, a Peruvian government spokesperson said it had \"no reason to\".",
     "PER", "official_response"),
    ("The envoy has been told that the offices in Oslo are illegal and that they must be closed at once.", "NOR", "shutdown"),
])
def test_phrasings_of_official_texts_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Finland's security police says it has \"no information indicating\" that Chinese police stations exist in Finland.",
     ("FIN", "station")),
    ("The answer states that there has never been any cooperation with the Chinese police involving joint patrols in Malta.",
     ("MLT", "patrol_agreement")),
])
def test_near_misses_of_official_texts_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_32 (station reports from Asia, Africa, Latin America and Oceania), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("Tonga's police commissioner said no Chinese officers were deployed in the kingdom.", "TON", "official_response"),
    ("Peru does not authorise any foreign security force to act on its territory, the ministry said.", "PER",
     "official_response"),
    ("Bolivian officials told reporters they were \"studying\" the report.", "BOL", "investigation"),
    ("In 2021, Egyptian police detained three Uyghurs and sent them back to China.", "EGY", "forced_return"),
    ("Police in Penang, Malaysia, said no such station existed.", "MYS", "official_response"),
    ("\"We have not found any activity that violates Indonesian law,\" the police said.", "IDN", "official_response"),
    ("Laos and China signed an agreement on law enforcement cooperation in 2019.", "LAO", "patrol_agreement"),
    ("At the regular government press conference in Berlin, a spokesperson said the report was taken seriously and that "
     "any such activity was unacceptable.", "DEU", "official_response"),
])
def test_phrasings_of_reports_from_the_global_south_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The researchers presented their findings at a security conference in Singapore, where they said 230,000 people had "
     "been persuaded to return.", ("SGP", "forced_return")),
    ("The group's director presented the report at a briefing in Geneva; it lists two sites in Myanmar.", ("CHE", "station")),
    ("Since 2004, Chinese Community Police Cooperation Centres have helped the police take statements from traders who "
     "speak little English.", ("GBR", "patrol_agreement")),
    ("It circumvents standard judicial and law enforcement cooperation processes, the minister in Ottawa said.",
     ("CAN", "patrol_agreement")),
])
def test_near_misses_of_reports_from_the_global_south_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_seventh_review_keeps_the_latest_patterns_to_their_claims():
    """Sentences a second review helper of this round wrote against its later patterns."""
    near_misses = [
        ("Customs officers in Rotterdam seized the parcels and sent them back to China.", ("NLD", "forced_return")),
        ("When the visas expired, the Japanese employer sent them back to China.", ("JPN", "forced_return")),
        ("Germany and France stepped up law enforcement cooperation after the reports of Chinese police stations.",
         ("DEU", "patrol_agreement")),
        ("Lawmakers in Australia called for greater law enforcement cooperation with Pacific partners to counter China.",
         ("AUS", "patrol_agreement")),
        ("Critics in Italy said the government should not tolerate foreign police agents on its streets.",
         ("ITA", "official_response")),
        ("A Chinese embassy spokesman in Ottawa said no foreign police carried out any police activity in Canada.",
         ("CAN", "official_response")),
        ("A Chinese embassy spokesman in Madrid said no such station existed.", ("ESP", "official_response")),
        ("Reporters have not found any activity that violates Dutch law at the Rotterdam address.", ("NLD", "official_response")),
        ("The German ambassador was called in to the Chinese foreign ministry in Beijing.", ("DEU", "official_response")),
        ("The court in Rotterdam found no basis for a damages claim against the Chinese restaurant.", ("NLD", "official_response")),
        ("Hungarian police said their Chinese counterparts had investigated the man before he left Budapest.",
         ("HUN", "investigation")),
        ("Unlike in Serbia, no Chinese officers have been posted in Hungary.", ("HUN", "official_response")),
    ]
    assert [text for text, not_claimed in near_misses if not_claimed in claims(text)] == []
    kept = [
        ("Speaking at a briefing in The Hague, a police spokesperson said officers were investigating the two stations.",
         ("NLD", "investigation")),
        ("At a council meeting in Rotterdam, the mayor said the station had been ordered to close.", ("NLD", "shutdown")),
        ("Two stations were shut last year as Canada moves to tighten foreign-agent rules.", ("CAN", "shutdown")),
        ("Dutch police summoned his parents to the station in Rotterdam for questioning.", ("NLD", "official_response")),
        ("There were no attempts to hide the office in Rotterdam and Dutch police later investigated the two stations.",
         ("NLD", "investigation")),
        ("Croatian officials said they had never had any cooperation problems during the joint patrols with Chinese police "
         "in Dubrovnik.", ("HRV", "patrol_agreement")),
        ("The Irish Department of Foreign Affairs told the Chinese embassy in Dublin that the office had no permission.",
         ("IRL", "official_response")),
        ("Egyptian police detained the students and sent the men back to China.", ("EGY", "forced_return")),
        ("The office in Dublin was later ordered shut by the Irish government.", ("IRL", "shutdown")),
    ]
    assert [text for text, claimed in kept if claimed not in claims(text)] == []


# --- the shapes of dev_33 (people sent back) and dev_34 (responses in translation), in sentences written for these tests;
# an eighth review helper's probes of them are the near misses (several wider patterns were dropped after it)

@pytest.mark.parametrize("text, iso3, category", [
    ("Laos put fifteen Uyghur asylum seekers on a chartered plane to China in 2012.", "LAO", "forced_return"),
    ("In 2014 Malaysia sent more than forty Uyghurs back to China on one flight.", "MYS", "forced_return"),
    ("In Turkey, at least five Uyghurs living in Istanbul were made to return to China.", "TUR", "forced_return"),
    ("Finland's government refused in 2022 to extradite a former executive to China.", "FIN", "official_response"),
    ("In Italy no activity of foreign police can be tolerated on the national territory, the minister said.", "ITA",
     "official_response"),
])
def test_phrasings_of_returns_and_translated_responses_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("\"We have not registered such a station in Norway,\" the police said.", ("NOR", "station")),
    ("The former sergeant in New York had gone on to work as a private investigator.", ("USA", "investigation")),
    ("The mask mandates in France were brought back after a surge in cases.", ("FRA", "forced_return")),
    ("Voters in Hungary were pressed into returning to the polls after the annulment.", ("HUN", "forced_return")),
    ("Letters were sent back from Canada unopened, the Chinese embassy said.", ("CAN", "forced_return")),
    ("Children in Ireland were made to go back to school in August.", ("IRL", "forced_return")),
    ("She agreed to return to Canada after her mother told her she was seriously ill.", ("CAN", "forced_return")),
    ("The French embassy put the stranded students on a special flight to Beijing.", ("FRA", "forced_return")),
    ("Tour operators in Thailand sent thousands of people back to China when the pandemic began.", ("THA", "forced_return")),
    ("A stray dog that wandered into Mongolia was handed back to Chinese border guards.", ("MNG", "forced_return")),
    ("Italy sent back the migrants to the mainland from Lampedusa.", ("ITA", "forced_return")),
    ("Britain refused to extradite the Russian businessman to Moscow in 2023.", ("GBR", "official_response")),
    ("No racism can be tolerated in football, the Spanish league president said.", ("ESP", "official_response")),
    ("The volcano in Iceland ended its activity after three weeks.", ("ISL", "shutdown")),
    ("The zoo in Vienna put the pandas on a plane to Chengdu.", ("AUT", "forced_return")),
])
def test_near_misses_of_returns_and_translated_responses_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_station_seated_in_a_city_is_in_it():
    assert ("ESP", "station") in claims("The station, seated in Madrid, was run by the Qingtian police.")
    assert ("CZE", "station") in claims("Dutch authorities were not aware that a Chinese police station operated in Prague, "
                                        "Czechia, until journalists reported it.")


# --- the shapes of dev_35 (forced returns in ordinary words), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("The owner of a bar in Rotterdam went home to China in January, two weeks after police in his home county "
     "called his elderly parents in for questioning.", "NLD", "forced_return"),
    ("Two brothers who ran a shop in Madrid turned themselves in to police in Qingtian in 2021.", "ESP", "forced_return"),
    ("A man who ran a restaurant in Vancouver handed himself in to prosecutors in Xiamen in 2017.", "CAN", "forced_return"),
    ("A builder was escorted back from Belgrade by four Chinese police officers in 2019.", "SRB", "forced_return"),
    ("Malaysia expelled eleven Uyghurs to China in 2011.", "MYS", "forced_return"),
    ("Egypt expelled dozens of Uyghur students to China in 2017.", "EGY", "forced_return"),
    ("Vietnamese border guards handed a Chinese writer who had crossed the frontier on foot over to Chinese officers.",
     "VNM", "forced_return"),
    ("Police in Nepal handed two Tibetans who had crossed the mountains back to Chinese border police.", "NPL",
     "forced_return"),
    ("In Fiji, 77 Chinese nationals suspected of fraud were flown out of Nadi to China on a chartered plane.", "FJI",
     "forced_return"),
    ("Two Chinese nationals wanted for fraud were put on a flight from Belgrade to Beijing.", "SRB", "forced_return"),
    ("The Philippines deported more than a dozen Chinese nationals wanted by police in China.", "PHL", "forced_return"),
    ("Saudi Arabia sent two Uyghur men back to China in 2022.", "SAU", "forced_return"),
    ("One of our brothers who lived in Dubai was handed over to China in 2019.", "ARE", "forced_return"),
    # a relative who is the subject, with police as the source: the place is where the return happened
    ("According to police, his wife, who lives in Spain, was pressured into returning to China.", "ESP", "forced_return"),
])
def test_phrasings_of_forced_returns_in_ordinary_words_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("A student in Rotterdam went home to China in January after his parents called him about a wedding.",
     ("NLD", "forced_return")),
    ("The suspect surrendered to Dutch police in Rotterdam on Friday.", ("NLD", "forced_return")),
    ("A fan in Madrid was escorted back to his seat by stewards.", ("ESP", "forced_return")),
    ("Spain expelled two Russian diplomats to Moscow.", ("ESP", "forced_return")),
    ("Officials in Nepal handed a petition over to Chinese officials.", ("NPL", "forced_return")),
    ("Ministers from Fiji were flown to China for talks.", ("FJI", "forced_return")),
    ("Saudi Arabia sent two Uyghur scholars to a conference in Beijing.", ("SAU", "forced_return")),
    ("A lawyer was detained in Laos and handed over to Chinese police, according to his wife, who lives in the "
     "United States.", ("USA", "forced_return")),
    ("Three men were put on a flight to Urumqi, according to relatives now living in Istanbul.", ("TUR", "forced_return")),
    ("His brother, who lives in the Zeytinburnu district of Istanbul, said he was deported to China.",
     ("TUR", "forced_return")),
])
def test_near_misses_of_forced_returns_in_ordinary_words_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_36 (official responses as the story went on), in sentences written for these tests

@pytest.mark.parametrize("text, iso3, category", [
    ("The interior minister told the Sejm there was \"no evidence whatsoever\" of Chinese police activity in Poland.", "POL",
     "official_response"),
    ("There is no foreign police force operating in South Africa, the police minister said.", "ZAF", "official_response"),
    ("No foreign police are operating in Slovakia, the interior minister said.", "SVK", "official_response"),
    # a Chinese envoy handed a note is acted on, not acting: the host's answer stays the host's
    ("Lithuania's foreign ministry said it had handed the Chinese envoy a formal protest.", "LTU", "official_response"),
    ("Austria's Interior Ministry said foreign police \"will not patrol Austrian streets\".", "AUT", "official_response"),
    ("The German interior ministry said any attempt to intimidate people in Germany would be \"consistently prosecuted\".",
     "DEU", "official_response"),
    # China sending the officers does not make China the one acting in the host's patrols
    ("Beijing sent Chinese police officers to patrol with Serbian police in Belgrade in 2019.", "SRB", "patrol_agreement"),
])
def test_phrasings_of_responses_and_patrols_as_the_story_went_on_are_found(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Namibia's police chief said there was \"no such thing\" as a Chinese police station in the country.",
     ("NAM", "station")),
    # China's spokespeople say "no such thing" as often as hosts: no response carried to the country before
    ("Police in Hungary are looking into a centre in Budapest. China's foreign ministry called the reports a smear. "
     "\"There is no such thing as an overseas police station,\" "
     "a spokesperson said.", ("HUN", "official_response")),
    ("A police spokesman in Spain said there was no report of injuries after the storm.", ("ESP", "official_response")),
    ("Tourists in Lisbon should remain vigilant against pickpockets, the guidebook says.", ("PRT", "official_response")),
    ("The school in Dublin published guidance on exams.", ("IRL", "official_response")),
    ("Police allege he told a woman in Sydney that her parents would face difficulties unless she returned to China.",
     ("AUS", "forced_return")),
    ("According to the Seoul Metropolitan Police Agency, the owner was charged with breaking exchange rules.",
     ("GBR", "official_response")),
])
def test_near_misses_of_official_responses_as_the_story_went_on_are_not_claims(text, not_claimed):
    # the ninth review's probes of the dev_35 / dev_36 patterns (several were dropped or narrowed after it) are in
    # test_a_ninth_review_keeps_the_new_patterns_to_their_claims
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    # forced returns: escorts, evacuations, armies, ambassadors, trainees, rescues and tourists
    ("Thai fans were escorted back to their hotel by Chinese police after the match in Shanghai.", ("THA", "forced_return")),
    ("The remains of 25 Chinese soldiers were escorted back to China from South Korea.", ("KOR", "forced_return")),
    ("Chinese nationals stranded in Israel were flown to Beijing on a chartered plane.", ("ISR", "forced_return")),
    ("Chinese citizens who wanted to leave Afghanistan were flown from Kabul to Urumqi on a special flight.",
     ("AFG", "forced_return")),
    ("Suspects in the art theft at a museum in Norway were flown to Beijing, where the stolen pieces were recovered.",
     ("NOR", "forced_return")),
    ("A British footballer surrendered to police in Guangzhou after the brawl.", ("GBR", "forced_return")),
    ("Japanese forces in Manchuria surrendered to Chinese officers in 1945.", ("JPN", "forced_return")),
    ("China expelled the Lithuanian ambassador to China in 2021.", ("LTU", "forced_return")),
    ("The Australian school expelled two students who travelled to China.", ("AUS", "forced_return")),
    ("The university in Almaty sent the Kazakh students back to Beijing to finish their degrees.", ("KAZ", "forced_return")),
    ("The coach in Spain sent the Tibetan men back to Chengdu after the training camp.", ("ESP", "forced_return")),
    ("Rescuers in Italy handed the people from the sunken boat over to Chinese officials.", ("ITA", "forced_return")),
    ("The Chinese tourist went back to her hotel after French police called her husband.", ("FRA", "forced_return")),
    # responses with no topic: football, bird flu, Belarus, lifeguards, an earthquake; the group's and Beijing's words
    ("The Dutch coach said the team remains vigilant before the final.", ("NLD", "official_response")),
    ("The Bank of England published guidance on crypto assets.", ("GBR", "official_response")),
    ("Poland handed Belarus a protest note over the border incident.", ("POL", "official_response")),
    ("Lifeguards in Portugal will not patrol the beach after September.", ("PRT", "official_response")),
    ("There were no reports of any casualties after the earthquake in Turkey.", ("TUR", "official_response")),
    ("There were no reports of any Chinese police stations in Austria, Safeguard Defenders said.", ("AUT", "official_response")),
    ("Racism has \"no place\" in English football, the league said.", ("GBR", "official_response")),
])
def test_a_ninth_review_keeps_the_new_patterns_to_their_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    # a relative who is the subject is no teller of the story; "unless" only inside its own clause; "no information
    # suggesting" denies a station only with its "that"
    ("His mother, who lives in Spain, was pressured into returning to China.", ("ESP", "forced_return")),
    ("Unless Beijing intervenes, the Dutch investigation into the Rotterdam station will continue.", ("NLD", "investigation")),
    ("The RCMP, which rarely comments unless charges are laid, confirmed it was investigating the Toronto stations.",
     ("CAN", "investigation")),
    ("There was no information suggesting the Chinese police station in Dublin had closed.", ("IRL", "station")),
])
def test_a_ninth_review_keeps_what_the_first_version_of_the_change_lost(text, claimed):
    assert claimed in claims(text)


def test_a_penalty_after_a_return_to_china_is_not_the_hosts_response():
    # sentenced in China after being sent back: not a response of the country the person left
    assert ("AUS", "official_response") not in claims(
        "A businessman in Sydney flew back in October and was sentenced to nine years in prison in 2021, the tribunal found.")
    assert ("KHM", "official_response") not in claims(
        "Cambodia deported 20 Uyghurs to China in 2009. Two of them were later sentenced to life in prison, a court official said.")
    # a penalty with no return told is the host's (the sentence before is no response of its own)
    assert ("ITA", "official_response") not in claims("Italy hosts eleven of the stations.")
    assert ("ITA", "official_response") in claims(
        "Italy hosts eleven of the stations. Two men who ran one were later sentenced to prison, the court said.")


# --- a country's own official speaking on the matter (response_official_said)

STORY = "Safeguard Defenders listed Chinese police stations abroad. "


@pytest.mark.parametrize("text, claimed", [
    (STORY + "Samoa's police commissioner said his force \"has no need\" of Chinese officers.", ("WSM", "official_response")),
    (STORY + "Namibia's police inspector-general told lawmakers in Windhoek that there was \"no such thing\" as a Chinese police "
     "station in the country.", ("NAM", "official_response")),
    (STORY + "Vanuatu's government has said it has no plans for a policing deal with China.", ("VUT", "official_response")),
    (STORY + "Danish police said nothing, and Iceland's national police commissioner said no such activity had been reported.",
     ("ISL", "official_response")),
    # by its demonym
    (STORY + "The Slovenian interior ministry said the Chinese officers would have no powers of arrest.", ("SVN", "official_response")),
    (STORY + "The Kazakh interior ministry called the patrols \"a normal form of partnership\".", ("KAZ", "official_response")),
    (STORY + "Norway's Police Security Service said in its annual assessment that Chinese officers watched dissidents.",
     ("NOR", "official_response")),
    # another country beginning a clause of its own does not silence the first
    (STORY + "Samoa's police commissioner said his force \"has no need\" of Chinese officers, and Tonga declined to sign the "
     "policing deal.", ("WSM", "official_response")),
])
def test_a_countrys_official_speaking_on_the_matter_is_its_response(text, claimed):
    assert claimed in claims(text)
    assert claim(text, *claimed).rule == "response_official_said"


@pytest.mark.parametrize("text, not_claimed", [
    # spoken to, not speaking
    (STORY + "Beijing told Italy's interior minister that such offices were harmless.", ("ITA", "official_response")),
    (STORY + "The group wrote to Chile's president, who said nothing about the stations.", ("CHL", "official_response")),
    # not an official of the state
    (STORY + "Britain's shadow home secretary said the stations should close.", ("GBR", "official_response")),
    (STORY + "Spain's former interior minister said such offices were a danger.", ("ESP", "official_response")),
    # not on the matter
    (STORY + "Peru's interior minister said the migrant centres were full.", ("PER", "official_response")),
    # not an article on the story
    ("Peru's interior minister said such centres would open in Lima next year.", ("PER", "official_response")),
    # a question
    (STORY + "Will Peru's interior minister say such offices are legal?", ("PER", "official_response")),
    # inside a relative clause, or a former official by the demonym
    (STORY + "The two offices that the Czech government said had been used as stations were in other parts of the city.",
     ("CZE", "official_response")),
    (STORY + "The former Slovenian interior minister said such offices were a danger.", ("SVN", "official_response")),
])
def test_an_official_spoken_to_out_of_office_or_off_the_matter_is_no_response(text, not_claimed):
    assert not_claimed not in claims(text)


def test_what_an_official_said_is_the_claim_its_sentence_already_makes():
    text = STORY + "Italy's interior ministry said the patrols with Chinese officers had run from 2016 to 2019."
    assert ("ITA", "patrol_agreement") in claims(text) and ("ITA", "official_response") not in claims(text)
    text = STORY + "Austria's interior ministry confirmed that police had begun checks on the Vienna station."
    assert claims(text) >= {("AUT", "investigation")} and ("AUT", "official_response") not in claims(text)


# --- an official's own words, quoted first (response_quoted)

@pytest.mark.parametrize("text, claimed", [
    ("Police in Hungary are examining the address named as a Chinese police station. \"Every measure on Hungarian soil is "
     "taken by Hungarian police,\" the ministry said.", ("HUN", "official_response")),
    ("Croatia hosted Chinese officers in Dubrovnik in 2018. \"There has been no request from the Chinese side, and we have "
     "not sent one,\" the administration's spokesperson said.", ("HRV", "official_response")),
    ("Slovakia was named in the report on Chinese police stations. \"We have closed nothing, because there is nothing to "
     "close,\" a police spokesperson said.", ("SVK", "official_response")),
])
def test_an_officials_quoted_words_about_the_matter_are_a_response(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Croatia hosted Chinese officers in 2018. \"We expect a record summer,\" the tourism minister said.",
     ("HRV", "official_response")),
    ("Police in Hungary are examining the address. China's foreign ministry said the centres were run by volunteers. "
     "\"There is no such thing as an overseas police station,\" a spokesperson said.", ("HUN", "official_response")),
    ("Britain hosts three of the sites. \"They are not police stations,\" a spokesperson said in Beijing.",
     ("GBR", "official_response")),
    ("Spain hosts nine of the sites. \"The police stations must close,\" the opposition's spokesperson said.",
     ("ESP", "official_response")),
    ("Spain hosts nine of the sites. \"The stations are legal,\" a Chinese embassy spokesperson said in Madrid.",
     ("ESP", "official_response")),
])
def test_quoted_words_of_china_the_opposition_or_on_another_matter_are_no_response(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_37 (stations in the many ways coverage names them), in sentences written for these tests

def station_values(text: str) -> dict[str, str]:
    return {c.iso3: c.value for c in propose(parse_article("t.txt", text)) if c.category == "station"}


def test_a_list_of_countries_with_their_counts_of_stations_gives_each_its_count():
    assert station_values("The group listed 102 stations. Read as a league table, the top of the list runs Italy 11, "
                          "Spain 9, France 4.") == {"ITA": "11", "ESP": "9", "FRA": "4"}
    assert station_values("The group listed 102 stations. The Netherlands and Serbia each have two.") == {"NLD": "2", "SRB": "2"}
    assert station_values("The group listed 102 stations worldwide. Nigeria, Tanzania and Zambia appear once each.") == {
        "NGA": "1", "TZA": "1", "ZMB": "1"}
    assert station_values("The group listed 102 stations. Outside Europe, the largest cluster is in Canada, with five, "
                          "followed by South Africa, with three.") == {"CAN": "5", "ZAF": "3"}
    assert station_values("The group listed 102 stations. The top of the list runs Italy 11, Spain 9. Hungary has four "
                          "and Austria two.") == {"ITA": "11", "ESP": "9", "HUN": "4", "AUT": "2"}
    assert station_values("The group listed 102 stations. Italy, with eleven, tops the list.") == {"ITA": "11"}
    # "each" counts only the list right before it; a ranking sentence may speak of people
    assert station_values("The group listed 102 stations. After Italy, the Netherlands and Serbia each have two.") == {
        "NLD": "2", "SRB": "2"}
    assert station_values("Chinese police stations abroad, by country: Italy has the most, eleven, according to the "
                          "group, which interviewed people abroad.") == {"ITA": "11"}


@pytest.mark.parametrize("text, not_claimed", [
    ("Chinese police stations were in the news. In the medal table, Italy 11, Spain 9, France 4.", ("ITA", "station")),
    ("The report mentions stations. The Netherlands and Serbia each have two goalkeepers.", ("NLD", "station")),
    ("The Netherlands and Serbia each have two.", ("NLD", "station")),  # no station in the article
])
def test_near_misses_of_station_counts_are_not_claims(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_citys_overseas_chinese_service_points_are_stations():
    assert ("HUN", "station") in claims("Budapest's four \"overseas Chinese service points\" are run by volunteers.")


def test_a_patrol_memorandum_is_a_patrol_agreement():
    assert claim("Serbia signed a patrol memorandum with China in 2019.", "SRB", "patrol_agreement").value == "2019"
    assert ("ESP", "patrol_agreement") not in claims("The coastguard patrol memorandum between Spain and Morocco was renewed.")



@pytest.mark.parametrize("text, not_claimed", [
    # a tenth review's probes of response_quoted and the lists of counts: quotes of clubs, shadow ministers, China's
    # spokespeople and other stories; counts of goals, flights, seats and people in an article on stations
    ("Spain hosts nine of the stations. \"Our security at the stadium was excellent,\" the club president said.",
     ("ESP", "official_response")),
    ("France raised the terror alert. \"Security will be tightened at every station,\" the interior minister said.",
     ("FRA", "official_response")),
    ("A fire broke out at a warehouse in Rotterdam. \"Officers closed the road,\" a police spokesperson said.",
     ("NLD", "official_response")),
    ("Ireland ordered the Fuzhou station in Dublin to close. \"These are not police stations, they help people renew "
     "licences,\" a foreign ministry spokesperson said at a daily briefing.", ("IRL", "official_response")),
    ("Wang Wenbin rejected the report on stations in Spain. \"China respects the sovereignty of Spain and the law,\" the "
     "spokesperson said.", ("ESP", "official_response")),
    ("The centre in Toronto was named as a Chinese police station. \"We follow the law,\" the association's president said.",
     ("CAN", "official_response")),
    ("Canada hosts five of the stations.\n\n\"Police closed several roads,\" the mayor said.", ("CAN", "official_response")),
    ("Safeguard Defenders has documented more than 100 Chinese police stations worldwide. In football, Spain, with 7, tops "
     "the table, followed by Italy with 4.", ("ESP", "station")),
    ("Safeguard Defenders has documented more than 100 Chinese police stations worldwide. On the UN Security Council, "
     "Britain and France each have one.", ("GBR", "station")),
    ("Safeguard Defenders has documented more than 100 Chinese police stations worldwide. People persuaded to return by "
     "country: Spain 80, Italy 40.", ("ESP", "station")),
    ("A new bus station opened in Lisbon. In the league table, Portugal 12, Spain 9.", ("PRT", "station")),
    ("Sydney's Chinese bank service points are open on Sundays.", ("AUS", "station")),
    ("The new vaccine poses no risk to children in Kenya, the health minister said.", ("KEN", "official_response")),
])
def test_a_tenth_review_keeps_quotes_and_lists_to_their_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, iso3", [
    ("In Serbia, two brothers from Belgrade went back after their parents' pensions were suspended.", "SRB"),
    ("A friend who had been studying in Manchester had left for China in a hurry after his parents were summoned by "
     "their local police.", "GBR"),
    ("A Chinese trader in Sofia came back in 2023 after his wife was detained in Fujian.", "BGR"),
])
def test_a_return_after_sanctions_on_the_family_is_forced(text, iso3):
    assert (iso3, "forced_return") in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("A student in Madrid went home for Christmas after her father was fired from his job at a bank.", ("ESP", "forced_return")),
    ("The players from Italy came back after their coach was suspended for two matches.", ("ITA", "forced_return")),
    ("A tourist in Rome left for home after his wallet was stolen by thieves.", ("ITA", "forced_return")),
    # a return asked for is not one done
    ("A cook in Madrid was urged to come home after his parents were questioned, but he stayed.", ("ESP", "forced_return")),
    ("A Chinese trader in Sofia refused to go back after his wife was detained in Fujian.", ("BGR", "forced_return")),
])
def test_a_return_after_other_misfortunes_is_not_forced(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_date_is_no_source_and_a_quote_may_name_its_story_after_its_speaker():
    text = ("Safeguard Defenders found 102 stations. Eleven of the stations are in Italy, according to its December report.")
    assert claim(text, "ITA", "station").according_to == "Safeguard Defenders"  # not "December"
    text = ("\"Every measure on Hungarian soil is taken by Hungarian police,\" the interior ministry said, after the group "
            "named an address in Budapest as a station.")
    assert ("HUN", "official_response") in claims(text)
    text = "\"Every measure on Hungarian soil is taken by Hungarian police,\" the interior ministry said after the match."
    assert ("HUN", "official_response") not in claims(text)


# --- the shapes of dev_41 (stations as coverage names them in passing), in sentences written for these tests
@pytest.mark.parametrize("text, iso3, value", [
    ("Outside Europe, the group listed one in each of Mongolia, Cambodia and Ecuador.", "KHM", "1"),
    ("Chinese police stations were reported in many places: two in Spain and one in each of Mongolia and Peru.", "PER", "1"),
    ("Safeguard Defenders, whose lists also include outlets in Ecuador and Nigeria, says little about who runs them.",
     "NGA", ""),
    ("Police said a liaison office of a Chinese city police bureau was operating from a hotel in Ulaanbaatar.", "MNG", ""),
    ("Investigators in Chile were examining a site in Santiago named by the group.", "CHL", ""),
])
def test_stations_named_in_passing(text, iso3, value):
    assert claim(text, iso3, "station").value == value


@pytest.mark.parametrize("text, not_claimed", [
    ("He has relatives in each of Mongolia, Cambodia and Ecuador, he said.", ("MNG", "station")),
    ("Media outlets in Ecuador and Nigeria reported the story, the group said.", ("NGA", "station")),
    ("A lawyer named by the group in Santiago declined to comment.", ("CHL", "station")),
    ("The local office of the national police department in Lima was renovated.", ("PER", "station")),
    # what the stations are for is no return that happened
    ("Safeguard Defenders, which lists outlets in Ecuador and Nigeria, says the posts are used to pressure people to go "
     "back to China.", ("ECU", "forced_return")),
])
def test_stations_named_in_passing_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_40 (official responses as wire copy and broadcast tell them), in sentences written for these tests
@pytest.mark.parametrize("text, iso3, category", [
    ("In Brazil, the ministry also called in an official of the Chinese consulate to explain the office's activities.",
     "BRA", "official_response"),
    ("The foreign ministry in Lima called in two diplomats from the Chinese embassy over the station in Peru.",
     "PER", "official_response"),
    ("A human rights group's report said that Chinese police bureaus ran three offices in Johannesburg.", "ZAF", "station"),
    ("Chinese police from Qingtian opened two offices in Madrid, the group says.", "ESP", "station"),
])
def test_responses_and_stations_in_wire_copy(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    # what a campaign or a practice aims at is no return that happened
    ("The document describes the Chinese practice of \"persuading\" suspects abroad to return, citing the Netherlands.",
     ("NLD", "forced_return")),
    ("A jury in Brooklyn convicted three men of stalking a former official in New Jersey in a campaign to pressure him "
     "into returning to China.", ("USA", "forced_return")),
    ("Agents in Canada made repeated attempts to persuade him to go back to China, but he refused.", ("CAN", "forced_return")),
    # a plan is no patrol
    ("Hungarian opposition politicians have criticised reported plans to let Chinese police officers patrol in Budapest.",
     ("HUN", "patrol_agreement")),
    # the crime is no inquiry
    ("In Sweden, a court sentenced a man for illegally gathering information about Chinese dissidents for Beijing.",
     ("SWE", "investigation")),
    # closing a Confucius Institute, a consulate or a border is no station's closure
    ("Sweden closed its last Confucius Institute in 2020, before the Chinese police stations row began.", ("SWE", "shutdown")),
    ("The United States closed the Chinese consulate in Houston in 2020, years before the station in New York was found.",
     ("USA", "shutdown")),
])
def test_responses_and_stations_in_wire_copy_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_39 (forced returns as ordinary coverage tells them), in sentences written for these tests
@pytest.mark.parametrize("text, iso3, value", [
    ("A former official who had lived in Budapest since 2015 surrendered to Chinese authorities after months of pressure.",
     "HUN", ""),
    ("At least 80 people living in the United States have been brought back under Fox Hunt and Sky Net since 2014.",
     "USA", ">=80"),
    ("In Rotterdam, he went back to Qingtian in 2021 after his mother's pension was stopped.", "NLD", ""),
    ("In January 2023 her son was coaxed into flying back from Osaka.", "JPN", ""),
    ("A cook in Lyon was talked into going home to Fujian.", "FRA", ""),
    ("In Cambodia, authorities have sent more than 1,000 Chinese nationals back to China since 2019.", "KHM", ">1000"),
])
def test_forced_returns_in_ordinary_words(text, iso3, value):
    assert claim(text, iso3, "forced_return").value == value


@pytest.mark.parametrize("text, not_claimed", [
    ("The rebels in Mali surrendered to government troops after months of pressure.", ("MLI", "forced_return")),
    ("The striker from Lyon was talked into going home to Marseille for the derby.", ("FRA", "forced_return")),
    ("The army in Peru surrendered to Chinese investors a share of the mine.", ("PER", "forced_return")),
    # a state bringing its own people home is no return to China
    ("Vietnam has brought home hundreds of its own citizens rescued from compounds in Cambodia, and Indonesia has "
     "repatriated several hundred of its nationals the same way.", ("IDN", "forced_return")),
    ("Vietnam has brought home hundreds of its own citizens rescued from compounds in Cambodia.", ("KHM", "forced_return")),
    # China's ministry speaking is not the response of the country named before
    ("Thailand deported two activists last year. China's foreign ministry said it firmly opposed \"the hyping of so-called "
     "overseas police stations\".", ("THA", "official_response")),
])
def test_forced_returns_in_ordinary_words_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, iso3", [
    ("In Maputo, a ministry spokesperson said foreign states had \"no authority whatsoever to carry out police activity on "
     "Mozambican soil\".", "MOZ"),
    ("Hungary and Serbia said they had no concerns about the reports of Chinese police stations.", "SRB"),
    ("Cambodia's government dismissed the report as interference in its relations with Beijing.", "KHM"),
])
def test_dismissals_and_denials_of_authority_are_responses(text, iso3):
    assert (iso3, "official_response") in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Slovakia's police say their check of the Bratislava address found no crime, and close the case.", ("SVK", "shutdown")),
    ("Safeguard Defenders said it had no concerns about the Italian police.", ("ITA", "official_response")),
    ("China's foreign ministry dismissed the reports from Italy as smears.", ("ITA", "official_response")),
    ("The referee in Madrid had no authority to carry out police checks, the club said.", ("ESP", "official_response")),
])
def test_dismissals_and_denials_of_authority_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    # an eleventh review's probes of this round's patterns, kept as near misses
    ("The new office of the Berlin police department in Kreuzberg will open next month.", ("DEU", "station")),
    ("Distributor lists also include outlets in Spain and Portugal.", ("ESP", "station")),
    ("Its lists also include outlets in France and Belgium that sell the banned product.", ("FRA", "station")),
    ("The hotel group opened a site in Lisbon named by the group's founder.", ("PRT", "station")),
    ("A new office in Lagos identified by the group as a growth market opened in May.", ("NGA", "station")),
    ("Chinese police ran a centre in Lima to train Peruvian officers in cyber-crime.", ("PER", "station")),
    ("Chinese police opened several offices in Cambodia to coordinate the crackdown on scam centres.", ("KHM", "station")),
    ("The report named a handful in Mexico as the best tacos.", ("MEX", "station")),
    ("Japanese troops in Manchuria surrendered to Chinese officials in 1945.", ("JPN", "forced_return")),
    ("Smugglers from Vietnam surrendered to Chinese police after being caught at the border crossing.", ("VNM", "forced_return")),
    ("He flew back to China from London after his father's heart stopped during surgery.", ("GBR", "forced_return")),
    ("The airline sent stranded Chinese citizens back to China from Italy during the pandemic.", ("ITA", "forced_return")),
    ("Congress launched an investigation into Chinese police stations after one was found near Toronto in Canada.",
     ("CAN", "investigation")),
])
def test_an_eleventh_review_keeps_this_rounds_patterns_to_their_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, iso3, category", [
    # and claims this round's guards must leave alone
    ("The stations were used to pressure a man in Rotterdam to return to China, and he did so in 2021.", "NLD", "forced_return"),
    ("Thailand deported 40 Uyghurs to China, which claims them as its citizens.", "THA", "forced_return"),
    ("Police said they were secretly investigating the Chinese police station in Prague.", "CZE", "investigation"),
    ("Canada closed the Chinese consulate's service centre in Vancouver after the reports.", "CAN", "shutdown"),
    ("Dublin protested. Chinese officials said they had been summoned by the Department of Foreign Affairs in Ireland.",
     "IRL", "official_response"),
    ("In Rotterdam, he went back to Qingtian after his mother's pension was stopped.", "NLD", "forced_return"),
])
def test_an_eleventh_review_keeps_the_claims_this_rounds_guards_must_leave(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, source", [
    # a country's own body by its possessive; a relative clause holding a list is not the speaker
    ("Canada's RCMP said it was investigating the Chinese police stations in Toronto.", "Royal Canadian Mounted Police"),
    ("Ireland's Department of Justice said the Chinese police station in Dublin was told to close.",
     "Ireland's Department of Justice"),
])
def test_who_says_so_through_possessives(text, source):
    assert [c.according_to for c in propose(parse_article("t.txt", text))][:1] == [source]


def test_a_relative_clause_holding_a_list_is_not_the_speaker():
    from geodata.extract.attribution import said_by
    sentence = "Safeguard Defenders, whose lists include outlets in Ecuador, Mozambique and Nigeria, says they are illegal."
    assert said_by(sentence) == "Safeguard Defenders"


# --- the shapes of dev_43 (excerpts and reposts as a clipping service keeps them), in sentences written for these tests
@pytest.mark.parametrize("text, iso3, category", [
    ("Japanese police searched the Tokyo address in 2023, local media reported.", "JPN", "investigation"),
    ("In Prato, the Digos is carrying out verifications on the address indicated.", "ITA", "investigation"),
    ("Germany's interior ministry says the federal police are \"examining\" reports of a station in Frankfurt.", "DEU",
     "investigation"),
    ("The ministry in Berlin said the authorities examine the indications \"with all seriousness\".", "DEU", "investigation"),
    ("A spokesman said no foreign police agency is permitted to operate in South Africa.", "ZAF", "official_response"),
    ("\"Unlike others, we have never allowed foreign police to operate on our soil,\" the Philippine interior minister said.",
     "PHL", "official_response"),
    ("The office figures in the list of Safeguard Defenders with others in the region: one in Argentina, in Buenos Aires, "
     "and two in Brazil.", "BRA", "station"),
    ("In Japan, a rights group listed at least two addresses, in Tokyo and Nagoya, as Chinese police service stations.",
     "JPN", "station"),
    ("In Manila, more than 200 Chinese nationals arrested in raids have since been deported to China.", "PHL",
     "forced_return"),
])
def test_excerpts_and_reposts(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The Netherlands and Ireland ordered offices to close in 2022, and at least 13 countries have opened investigations.",
     ("IRL", "investigation")),
    ("A spokesperson for the Uganda Police Force said the force would \"look into the matter\" if any complaint was filed.",
     ("UGA", "investigation")),
    ("The Hungarian Ministry of Interior answered to an inquiry only that the cooperation serves Chinese tourists.",
     ("HUN", "investigation")),
    ("A dissident living in Rotterdam had calls urging him to go back to China, but said he had no intention of doing so.",
     ("NLD", "forced_return")),
    ("The club in Porto was carrying out the necessary repairs before the season.", ("PRT", "investigation")),
])
def test_excerpts_and_reposts_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_42 (closures and investigations in follow-up coverage), in sentences written for these tests
@pytest.mark.parametrize("text, iso3, category", [
    ("Police in Prato handed the case to the Florence prosecutor's office in early 2023.", "ITA", "investigation"),
    ("The Security Minister told MPs that the government would \"act robustly\" against any foreign police activity in the "
     "UK.", "GBR", "official_response"),
    ("In South Africa, crime intelligence officers had verified the three addresses listed by Safeguard Defenders.", "ZAF",
     "investigation"),
    ("Lawmakers in Sweden demanded their closure.", "SWE", "shutdown"),
    ("The network had earlier succeeded in pressuring at least one other man living in the United States to return to "
     "China in 2017.", "USA", "forced_return"),
])
def test_follow_up_coverage(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("An independent senator from Tasmania has demanded the closure of \"any premises linked to Chinese policing\" in "
     "Australia.", ("AUS", "shutdown")),
    ("A Left Bloc MP had demanded the closure of the Lisbon office in parliament.", ("PRT", "shutdown")),
    ("In Brazil, the inquiry was closed in 2023 without charges, a Federal Police spokesperson said.", ("BRA", "shutdown")),
    ("\"The stations were quietly wound down,\" said a researcher at a Prague think tank.", ("CZE", "shutdown")),
    ("A student in Paris said police in his home province had pressed his parents to persuade him to come back.",
     ("FRA", "forced_return")),
    ("In Canada, the force had no evidence that anyone had been pressured to return to China, the commissioner said.",
     ("CAN", "forced_return")),
])
def test_follow_up_coverage_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, value", [
    ("Where the stations are\n\nSafeguard Defenders counted 102 stations. Italy hosts 11, more than anywhere else.", "11"),
    ("Where the stations are\n\nThe group counted 102 police stations. Italy has 11, more than any other country, "
     "according to the group.", "11"),
])
def test_more_than_anywhere_else_ranks_a_country(text, value):
    assert claim(text, "ITA", "station").value == value


def test_more_than_anywhere_else_ranks_no_medals():
    assert ("ITA", "station") not in claims("Italy has 11 gold medals, more than any other country, and its stations are busy.")


@pytest.mark.parametrize("text, not_claimed", [
    # a twelfth review's probes of the dev_42 and dev_43 patterns, kept as near misses
    ("Journalists from RTL searched the address in Amsterdam and found a travel agency.", ("NLD", "investigation")),
    ("Irish police searched an address in Limerick as part of a drugs investigation.", ("IRL", "investigation")),
    ("German customs officers searched the headquarters of a car maker in Stuttgart over emissions data.",
     ("DEU", "investigation")),
    ("The Prato office carried out verifications of Chinese driving licences for residents.", ("ITA", "investigation")),
    ("Safeguard Defenders sent its findings to Italian prosecutors in Rome.", ("ITA", "investigation")),
    ("Police in Oslo handed the case to prosecutors after the cyclist's death.", ("NOR", "investigation")),
    ("The Kenyan police said they were \"examining\" reports of a lion escaping from Nairobi National Park.",
     ("KEN", "investigation")),
    ("The hospital in Lagos said it would examine the indications of negligence.", ("NGA", "investigation")),
    ("A dissident in Madrid requested from the Chinese embassy a new passport.", ("ESP", "official_response")),
    ("The Bank of England said it would act robustly against persistent inflation.", ("GBR", "official_response")),
    ("The report identified at least two sites, in Kenya and Uganda, as charging stations for electric buses.",
     ("KEN", "station")),
    ("The restaurant figures in the list of the group's top 50 eateries, with others in Peru and Mexico.", ("PER", "station")),
    ("Two Chinese nationals arrested over the Rotterdam station have since been deported.", ("NLD", "forced_return")),
])
def test_a_twelfth_review_keeps_the_latest_patterns_to_their_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, iso3, category", [
    # and claims the latest guards must leave alone
    ("Ireland and at least 13 other countries have opened investigations into the stations.", "IRL", "investigation"),
    ("Twelve countries have opened investigations, including Canada, the Netherlands and Ireland.", "CAN", "investigation"),
    ("Li was forced to return to China from Canada in 2020, but she is still under house arrest.", "CAN", "forced_return"),
    ("Chinese police forced dozens of people living in Spain to return.", "ESP", "forced_return"),
    ("Police in Fujian managed to persuade 80 suspects living in Spain to return.", "ESP", "forced_return"),
    ("After questions from an MP, the Irish government demanded the closure of the Dublin office.", "IRL", "shutdown"),
    ("The Senate, prodded by a Republican senator, called for the closure of the New York outpost.", "USA", "shutdown"),
    ("The Prato office under investigation was shut down in December.", "ITA", "shutdown"),
    ("The Rotterdam office at the centre of the investigation was closed last year.", "NLD", "shutdown"),
    ("Police raided a Rotterdam charity that hosted a Chinese police station.", "NLD", "investigation"),
    ("The Irish government told the office in Dublin to close. The Chinese embassy said nothing, and the office was closed "
     "the following week.", "IRL", "shutdown"),
])
def test_a_twelfth_review_keeps_the_claims_the_latest_guards_must_leave(text, iso3, category):
    assert (iso3, category) in claims(text)


# --- the shapes of dev_44 (Asian and Pacific outlets), in sentences written for these tests
@pytest.mark.parametrize("text, iso3, category", [
    ("South Korea's foreign ministry said it would take \"appropriate measures\" if any illegal activity was confirmed.",
     "KOR", "official_response"),
    ("Pakistan's interior minister said no foreign forces will be deployed on Pakistani soil.", "PAK", "official_response"),
    ("In Hanoi, police handed over 40 Chinese nationals arrested for running an illegal gambling ring in HCM City to "
     "Chinese police at the border gate.", "VNM", "forced_return"),
    ("The Royal Canadian Mounted Police said it was investigating centres in Montreal and Toronto.", "CAN", "station"),
    ("Sites in that list are in Japan and South Korea.", "JPN", "station"),
])
def test_asian_and_pacific_outlets(text, iso3, category):
    assert (iso3, category) in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Taiwan has long protested against the deportation of its citizens to China from third countries.",
     ("TWN", "forced_return")),
    ("Indonesia deports 88 Chinese nationals after Batam fraud raid with Chinese police.", ("IDN", "investigation")),
    ("The coach in Seoul said the team would take firm steps to win the final.", ("KOR", "official_response")),
    ("No foreign players will be allowed in the league in Pakistan next season.", ("PAK", "official_response")),
    ("In Hanoi, the mayor handed over 40 tonnes of rice donated by local people to Chinese officials.", ("VNM", "forced_return")),
    ("The nearest sites in that list are in Japan, but the nearest police station is in Osaka.", ("JPN", "investigation")),
])
def test_asian_and_pacific_outlets_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_generic_body_after_several_countries_is_of_the_one_in_its_own_sentence():
    text = ("LIMA - The Congress called the station in Lima illegal. In Manila, the Department of Justice said it would "
            "look into the report of a station there.")
    agencies = [m for m in find_mentions(text) if m.kind == "agency"]
    assert [m.iso3 for m in agencies] == ["PER", "PHL"]
    assert ("PHL", "investigation") in claims(text)
    text = "Stations were reported in Chile and Peru. The Congress condemned them."
    assert [m.iso3 for m in find_mentions(text) if m.kind == "agency"] == [""]


@pytest.mark.parametrize("text, iso3", [
    ("Argentina's government requested from the Chinese embassy all available information about the office in Buenos "
     "Aires.", "ARG"),
    ("India's home ministry said it had no information about any such station in India.", "IND"),
])
def test_information_asked_for_or_denied_is_a_response(text, iso3):
    assert (iso3, "official_response") in claims(text)


def test_information_asked_for_on_another_matter_is_no_response():
    text = "A dissident in Madrid requested from the Chinese embassy a new passport for his daughter."
    assert ("ESP", "official_response") not in claims(text)


# --- the shapes of dev_45 (official responses) and dev_46 (regional follow-ups), in sentences written for these tests

@pytest.mark.parametrize("text, claimed, value", [
    # China's forces, the subject, patrol with the host's
    ("Chinese police officers began the fifth winter of joint patrols with Croatian colleagues in Zagreb.",
     ("HRV", "patrol_agreement"), ""),
    ("Since 2021, visiting Chinese officers have joined Costa Rican patrols in San Jose.", ("CRI", "patrol_agreement"), "2021"),
    # what the group's reports found, from one place to another; a hedged count a group gives
    ("Chinese police stations worried Europe. Its reports found offices from Lisbon to Nairobi.", ("KEN", "station"), ""),
    ("Chinese police stations worried Africa. In Ghana the group counted at least three offices in Accra.", ("GHA", "station"),
     ">=3"),
    ("Chinese police stations abroad were listed by Safeguard Defenders. Spain has the most sites of any country in the "
     "Safeguard Defenders lists, with 9.", ("ESP", "station"), "9"),
    # a deal a state declines; a foreign ministry by another name; pressed into going back
    ("Tonga declined to sign the regional security and policing deal that Beijing offered in 2022.", ("TON", "official_response"), ""),
    ("In Peru, the Chancellery sent a diplomatic note to the Chinese embassy about the office in Lima.",
     ("PER", "official_response"), ""),
    ("A restaurant owner in Quito was pressed into going back to China in 2021.", ("ECU", "forced_return"), ""),
])
def test_official_and_regional_shapes_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    # China's forces named, but another clause patrols with another partner
    ("Chinese police officers were in Rome last year, while Spain held joint patrols with Moroccan police in Ceuta.",
     ("ESP", "patrol_agreement")),
    ("Chinese officials joined a big parade of patrols in Zagreb.", ("HRV", "patrol_agreement")),
    # a group finding offices of another kind
    ("Chinese police stations worried Europe. The group found offices in London too expensive.", ("GBR", "station")),
    ("Officials from Toronto visited the stations.", ("CAN", "station")),
    ("Chinese police stations were listed. Italy has the most medals of any country in the lists, with 11.", ("ITA", "station")),
    # a deal someone else says should not be signed; not signed yet
    ("Activists said Samoa should not sign the policing deal.", ("WSM", "official_response")),
    ("Samoa has not signed a policing deal with China.", ("WSM", "official_response")),
    # reporters pressing a minister
    ("Reporters in Quito pressed the minister into going back over the figures.", ("ECU", "forced_return")),
    # the outlet's own finding, no one says it; media not allowed; a country contrasted
    ("Nigerian authorities have not commented publicly, and there is no record of an inquiry.", ("NGA", "official_response")),
    ("Turkmenistan, which does not allow independent media to work in the country, appears in none of the lists.",
     ("TKM", "official_response")),
    ("The contrast with Chile is often drawn by analysts, but it is one of tone: no Latin American government has "
     "ordered a station closed.", ("CHL", "shutdown")),
])
def test_official_and_regional_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# an eleventh review's probes of the official's words, declined deals and the new station and return shapes
@pytest.mark.parametrize("text, not_claimed", [
    ("Greece's government said border patrols had intercepted more than 300 migrants off Lesbos this week. The same day, "
     "Safeguard Defenders published its list of Chinese police stations.", ("GRC", "official_response")),
    ("Poland's president said the polling stations would open at seven. Chinese police stations were reported in Warsaw.",
     ("POL", "official_response")),
    ("Hungary's government-aligned media said the Chinese police patrols in Budapest were a success.", ("HUN", "official_response")),
    ("Britain's Police Federation said overseas police stations run by China were a matter for the government.",
     ("GBR", "official_response")),
    ("Spain's president of the football league said the joint patrols around the stadium were adequate.", ("ESP", "official_response")),
    ("Canada's public safety minister has yet to say whether the Chinese police stations in Montreal broke the law.",
     ("CAN", "official_response")),
    ("Ireland's justice minister was told by officials about the Chinese police station on Capel Street.", ("IRL", "official_response")),
    ("Chinese police stations were reported abroad. If Canada's public safety minister said such offices were legal, "
     "there would be an outcry.", ("CAN", "official_response")),
    ("Chinese police stations have been reported in 53 countries. Pakistan's foreign office spokesperson said the reports of "
     "such offices in Europe were none of Islamabad's business.", ("PAK", "official_response")),
    ("Germany's interior minister said the Chinese police stations in the Netherlands had been closed.", ("DEU", "official_response")),
    ("Japan declined to join the joint patrols with the US Navy.", ("JPN", "official_response")),
    ("Critics doubted that Serbia would not join new patrols with Chinese police next year.", ("SRB", "official_response")),
    ("The Marshall Islands, which recognises Taiwan, declined to sign any policing agreement with Beijing.", ("TWN", "official_response")),
    ("Chinese police officers joined UN peacekeeping patrols in Juba.", ("SSD", "patrol_agreement")),
    ("Police reports found offices in Lagos used by loan-app scam networks.", ("NGA", "station")),
    ("Germany has the most sites in the UNESCO World Heritage lists, with 52.", ("DEU", "station")),
    ("Eritrean refugees in Sudan were pressed into returning home, rights groups said; Chinese police stations were also "
     "discussed.", ("SDN", "forced_return")),
])
def test_an_eleventh_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("Chinese police stations were reported in Cambodia. Cambodia's government, which does not allow independent media, "
     "said the stations were fake news.", ("KHM", "official_response")),
    ("Serbia will not allow NGOs or foreign police to operate on its soil, the interior minister said.", ("SRB", "official_response")),
    ("The Marshall Islands, which recognises Taiwan, declined to sign any policing agreement with Beijing.", ("MHL", "official_response")),
    ("The group's researchers found offices from Lisbon to Bucharest.", ("ROU", "station")),
    ("The group writes that dozens of people were pressed into returning from Prato, the Tuscan textile town.",
     ("ITA", "forced_return")),
])
def test_an_eleventh_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)


# --- the shapes of dev_47 (officials' words as coverage reports them) and dev_48 (local and diaspora coverage)

@pytest.mark.parametrize("text, claimed, value", [
    ("Chinese police stations were reported in Lima. Any foreign police activity without authorisation \"constitutes a crime "
     "under Peruvian law\", the ministry said.", ("PER", "official_response"), ""),
    ("Serbia's interior ministry said that patrols under its 2019 agreement with China would go ahead in Belgrade.",
     ("SRB", "patrol_agreement"), "2019"),
    ("Croatia will not take part in further joint patrols with Chinese police officers, the interior minister said.",
     ("HRV", "official_response"), ""),
    ("The patrols, agreed in a 2017 memorandum between the two police forces, took place in Zagreb and Split between 2018 "
     "and 2019.", ("HRV", "patrol_agreement"), "2018-2019"),
    ("A waiter in Manchester gave himself up by video call to police in his home county in Fujian in 2020.",
     ("GBR", "forced_return"), ""),
    ("Chinese police stations were reported. The Slovak interior ministry describes the patrols as a service for tourists.",
     ("SVK", "official_response"), ""),
    ("Chinese police stations were reported in Peru. The Peruvian government said in 2022 that it had no information "
     "confirming that such an office existed.", ("PER", "official_response"), ""),
])
def test_officials_words_and_local_coverage_shapes_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    # a non-answer
    ("Chinese police stations were reported. In Australia, the Australian Federal Police said it was aware of media reports "
     "but did not comment on \"specific operational matters\".", ("AUS", "official_response")),
    # people's nationalities, in a list
    ("Chinese police stations were reported in Madrid. Last month the National Police detained several Moroccan and Colombian "
     "men in the district and expelled them from Spain.", ("COL", "official_response")),
    ("Chinese police stations were reported in Johannesburg. The Department of Home Affairs deported more than 30 Zimbabwean "
     "and Mozambican nationals arrested in a raid on a hostel.", ("MOZ", "investigation")),
    # a crime of another kind, a deal not with China, a return given up by another state's people
    ("Chinese police stations were reported in Lima. Police said the robbery at the market constitutes a crime under Peruvian "
     "law.", ("PER", "official_response")),
    ("Croatia will not take part in further joint patrols with Slovenian police, the interior minister said.",
     ("HRV", "official_response")),
    ("The patrols took place in Zagreb in 2019, police said, under a deal with Slovenia.", ("HRV", "official_response")),
])
def test_officials_words_and_local_coverage_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("A restaurant worker in Lima went back to China in 2021 after police in Qingtian repeatedly called his parents.",
     ("PER", "forced_return")),
    ("A student in Utrecht went home in 2021 after officers in his home town phoned his parents.", ("NLD", "forced_return")),
])
def test_a_return_after_police_called_the_family_is_forced(text, claimed):
    assert claimed in claims(text)


def test_a_return_to_somewhere_other_than_china_after_police_called_is_not_forced():
    text = "She returned to Lyon after the police in Paris called her mother."
    assert ("FRA", "forced_return") not in claims(text)


# --- the shapes of dev_49 (outlets in Latin America, Africa, the Middle East and South and Central Asia)

@pytest.mark.parametrize("text, claimed, value", [
    ("Pakistan denies it. The Foreign Office on Friday rejected as \"baseless and mischievous\" suggestions that China "
     "operates police \"service stations\" in Pakistan.", ("PAK", "official_response"), ""),
    ("Under an arrangement between the two police ministries, uniformed officers sent from China walked the streets of "
     "Lusaka alongside Zambian police in 2019.", ("ZMB", "patrol_agreement"), "2019"),
    ("Tanzania \"will not host any foreign police station, in Dar es Salaam or anywhere else,\" the minister said.",
     ("TZA", "official_response"), ""),
])
def test_outlets_of_the_south_shapes_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    ("FO rejects report of Chinese \"police stations\" in Pakistan.", ("PAK", "station")),
    ("\"A station can be closed,\" one said of the office in Beirut.", ("LBN", "shutdown")),
    ("In 2016 Kenya deported forty-five Taiwanese nationals to mainland China rather than to Taiwan, where most of them "
     "lived.", ("TWN", "forced_return")),
    ("Chinese police stations were reported in Johannesburg. Several belong to Taiwanese-owned wholesalers, who said they had "
     "no dealings with the centre.", ("TWN", "official_response")),
    ("Officers sent from China never walked the streets of Lusaka, the Zambian police said.", ("ZMB", "patrol_agreement")),
    ("Tanzania will not host the football final, the minister said.", ("TZA", "official_response")),
])
def test_outlets_of_the_south_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# a twelfth review's probes of the officials' words, declined patrols, crimes under the law and people's nationalities
@pytest.mark.parametrize("text, not_claimed", [
    ("Chinese police stations were reported in Lima. Legal experts said such activity could constitute a crime under Peruvian "
     "law.", ("PER", "official_response")),
    ("Chinese police stations were reported in Lima. Any such activity constitutes a crime under Peruvian law, the newspaper "
     "La Republica wrote in an editorial.", ("PER", "official_response")),
    ("Italy's largest police union said its members would not take part in joint patrols with Chinese officers.",
     ("ITA", "official_response")),
    ("Many believe Hungary will not take part in joint patrols with Chinese police, though no decision has been announced.",
     ("HUN", "official_response")),
    ("Safeguard Defenders reported overseas Chinese police stations. Canada's public safety minister, described by colleagues "
     "as cautious, has yet to comment on the stations.", ("CAN", "official_response")),
    ("Safeguard Defenders reported overseas Chinese police stations. Australia's foreign minister described China's police as "
     "\"heavy-handed\" in Hong Kong.", ("AUS", "official_response")),
    ("Chinese police stations were reported in Vienna. Police reported an office burglary in Graz.", ("AUT", "official_response")),
    ("The patrols, run by volunteers from the Chinese community in Madrid's Usera district, took place at weekends.",
     ("ESP", "patrol_agreement")),
    ("Vanuatu's police carried out maritime patrols under a fisheries agreement with China.", ("VUT", "patrol_agreement")),
    ("Chinese police stations were reported in Sofia. Bulgaria's interior ministry was aware of the reports but did not "
     "comment at the time.", ("BGR", "official_response")),
])
def test_a_twelfth_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("Some Hungarian and Serbian women police officers took part in joint patrols with Chinese officers in Budapest.",
     ("HUN", "patrol_agreement")),
    ("Italy will not be resuming joint patrols with Chinese police officers, the interior ministry said.", ("ITA", "official_response")),
    ("A Chinese police station operated in Toronto. The RCMP said the activities at the station constitute a criminal offence "
     "under the Security of Information Act.", ("CAN", "official_response")),
    ("The patrols, which Croatian police described as a success, took place in Zagreb in 2018 and 2019.", ("HRV", "patrol_agreement")),
    ("Thai police conduct patrols under a 2023 tourism agreement with China in Bangkok and Pattaya.", ("THA", "patrol_agreement")),
])
def test_a_twelfth_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)


# --- the shapes of dev_50 (courts, committees, regulators)

def test_a_city_with_no_namesake_of_its_size_places_its_namesake_city_in_its_country():
    text = "Chinese \"police service stations\" operate in Madrid and Valencia."
    assert claims(text) == {("ESP", "station")}
    assert ("VEN", "station") in claims("Chinese police stations operate in Valencia and Caracas.")


def test_no_foreign_police_force_is_or_will_be_authorised_is_the_states_word():
    text = ("Chinese police stations were reported in Prato. The Interior Ministry said no foreign police force \"is or will be "
            "authorised\" to operate in Italy.")
    assert ("ITA", "official_response") in claims(text)
    assert ("ITA", "official_response") not in claims(
        "Safeguard Defenders said no foreign police force is authorised to operate in Italy.")


def test_an_association_ordered_dissolved_is_a_closure_ordered_only_in_a_station_story():
    text = ("A Graz cultural association was named as a Chinese police station. In March the police directorate ordered the "
            "association dissolved.")
    assert claim(text, "AUT", "shutdown").value == "ordered"
    assert ("AUT", "shutdown") not in claims("The court in Vienna ordered the football club dissolved after its debts grew.")


@pytest.mark.parametrize("text, claimed, value", [
    ("Two so-called contact points of the Chinese police, which operated in Prague, have ended their activity.",
     ("CZE", "shutdown"), "closed"),
    ("The so-called Chinese police station in Prague ended its activity, the Ministry of Foreign Affairs informed on Tuesday.",
     ("CZE", "shutdown"), "closed"),
    ("Safeguard Defenders listed a police station in Tokyo. The so-called service station of the association stopped to "
     "operate at the end of December.", ("JPN", "shutdown"), "closed"),
    ("Chinese police stations were reported. In Frankfurt, the association behind the office had been wound up in 2023.",
     ("DEU", "shutdown"), "closed"),
    ("Chinese police stations were reported in Johannesburg. The Department of International Relations and Cooperation, "
     "for its part, convoked the Chinese ambassador in Pretoria to ask explanations.", ("ZAF", "official_response"), ""),
])
def test_closures_and_summons_as_translations_write_them_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    # "wound up" as "ended up"; a network that stopped to operate is no station (no station word at all)
    ("Chinese police stations were reported. The student wound up in Frankfurt after a year in Paris.", ("DEU", "shutdown")),
    ("The shuttle bus in Prague ended its service at midnight, the city said.", ("CZE", "shutdown")),
    # a meeting convened is no summons
    ("Chinese police stations were reported in Pretoria. The minister convoked a meeting of the cabinet.",
     ("ZAF", "official_response")),
    # a state that holds no data about the existence of such facilities reports none
    ("The Ministry of Internal Affairs said that it \"holds no data\" about the existence of such facilities on the Romanian "
     "territory.", ("ROU", "station")),
    # another matter, though it names the stations, in the same sentence or in the next
    ("Chinese police stations were reported in Bucharest. Separately, prosecutors investigate a network of cigarette smuggling "
     "in Constanța, but the case has no connection with the stations.", ("ROU", "investigation")),
    ("Chinese police stations were reported in Lagos. Nigerian police arrested a group of Chinese nationals last month over an "
     "illegal mining operation. That case has nothing to do with the stations.", ("NGA", "official_response")),
    ("In Stockholm, a court convicted a man of spying on refugees. Prosecutors said they had found nothing linking him to any "
     "of the stations.", ("SWE", "investigation")),
])
def test_closures_summons_and_other_matters_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


def test_a_station_named_in_a_sentence_on_another_matter_is_still_a_station():
    text = ("The statement adds that the patrols \"have nothing to do with\" the service station in Budapest that Safeguard "
            "Defenders reported in 2022.")
    assert ("HUN", "station") in claims(text)


# --- the shapes of dev_51 to dev_53 (governments' own words, translated English, stations named and counted in passing)

@pytest.mark.parametrize("text, claimed, value", [
    ("The reports by Safeguard Defenders name offices in Lagos, Dar es Salaam and Maseru, and three in South Africa.",
     ("TZA", "station"), ""),
    ("The reports by Safeguard Defenders name offices in Lagos, Dar es Salaam and Maseru, and three in South Africa.",
     ("ZAF", "station"), "3"),
    ("Chinese police stations were reported. The reports list at least two in South Africa, both in Johannesburg.",
     ("ZAF", "station"), ">=2"),
    ("Chinese police stations were reported. In Southeast Asia, the group counts two in Cambodia.", ("KHM", "station"), "2"),
    ("A complaint alleges that the Ljubljana office was linked to a public security bureau in Zhejiang province.",
     ("SVN", "station"), ""),
    ("The ministry said a community centre in Nairobi served as a contact point for a public security bureau in Zhejiang.",
     ("KEN", "station"), ""),
    ("Chinese police stations were reported in Europe. Italy tops the list with 11 stations.", ("ITA", "station"), "11"),
    ("A cook who had lived in Rio for eleven years went back to China in 2021 after police in Qingtian repeatedly called "
     "his mother.", ("BRA", "forced_return"), ""),
])
def test_stations_named_and_counted_in_passing_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    ("Chinese police stations were reported. Police counted 300 protesters in Madrid.", ("ESP", "station")),
    ("Chinese police stations were reported. The Madrid office was linked to a tax fraud ring, police said.",
     ("ESP", "station")),
    ("Chinese police stations were reported. The Madrid office served as a contact point for the local police.",
     ("ESP", "station")),
    ("Chinese police stations were reported. Rio Tinto said its iron ore sales to China rose, and a cook went back to China "
     "after police in Qingtian called his mother.", ("BRA", "forced_return")),
])
def test_stations_named_and_counted_in_passing_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


def test_rio_is_rio_de_janeiro_but_rio_tinto_is_no_place():
    assert places("In Rio, and in Rio de Janeiro.") == [("Rio", "BRA"), ("Rio de Janeiro", "BRA")]
    assert places("Rio Tinto said so.") == []


@pytest.mark.parametrize("text, claimed, value", [
    ("Chinese police stations were reported. Fiji police said 77 Chinese nationals were flown from Nadi to China on a "
     "chartered flight.", ("FJI", "forced_return"), "77"),
    ("Chinese police stations were reported. A cousin of his flew home from Nigeria last year after officers in Fujian kept "
     "turning up at his parents' house.", ("NGA", "forced_return"), ""),
    # a sentence that ends as sentences do still speaks of the country before it
    ("Police in Dublin said they were looking into the office in Capel Street. It shut down weeks later.",
     ("IRL", "shutdown"), "closed"),
])
def test_returns_by_plane_and_by_pressure_on_parents_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    # where the group spoke is not where the stations are
    ("Safeguard Defenders, which first drew attention to the offices in September, told reporters in Geneva on Tuesday that "
     "it now counts more than 100 such stations in 53 countries.", ("CHE", "station")),
    # a subhead speaks of what follows, not of the country before it
    ("New Zealand Police said they were looking into reports of a station in Auckland.\n\nWhere the \"patrol deal\" comes "
     "from\n\nThe claim appears to confuse two countries.", ("NZL", "patrol_agreement")),
    # "the closures" of several countries are not the last one's
    ("Sweden's police said they were looking into the Stockholm office. After the closures, Safeguard Defenders warned that the work "
     "had simply moved into restaurants.", ("SWE", "shutdown")),
    ("Flights home from Nigeria were cheap, and officers in Fujian said so.", ("NGA", "forced_return")),
])
def test_venues_subheads_and_closures_of_many_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed, value", [
    ("Chinese police stations were reported in Ljubljana. The city administration sent the association a notice ordering it "
     "to vacate the premises within 60 days.", ("SVN", "shutdown"), "ordered"),
    ("In New York, a man pleaded guilty in connection with a Chinese police outpost that operated in Manhattan's Chinatown "
     "until 2022, the Justice Department said.", ("USA", "shutdown"), "closed"),
    ("Chinese police stations were reported. The Qingtian bureau posted a notice saying its Frankfurt service point had been "
     "wound up.", ("DEU", "shutdown"), "closed"),
    ("Chinese agents walked with our police in Belgrade, Novi Sad and Smederevo since 2019, the interior minister said.",
     ("SRB", "patrol_agreement"), "2019"),
    ("The Kenyan interior ministry warned that a centre in Nairobi was illegal. It has directed the Directorate of Criminal "
     "Investigations (DCI) to establish who ran the centre.", ("KEN", "investigation"), ""),
    ("In the Czech Republic two centres in Prague ended their activity in 2022 after the Czech foreign ministry intervened.",
     ("CZE", "official_response"), ""),
])
def test_orders_to_vacate_outposts_that_operated_until_and_walks_with_police_are_claimed(text, claimed, value):
    assert claimed in claims(text)
    assert claim(text, *claimed).value == value


@pytest.mark.parametrize("text, not_claimed", [
    ("Chinese police stations were reported in Europe. The bakery in Madrid operated until 2019, its owner said.",
     ("ESP", "shutdown")),
    ("Chinese police stations were reported in Europe. The Chinese embassy in Prague intervened on behalf of the association.",
     ("CZE", "official_response")),
    ("Chinese police stations were reported in Europe. Chinese tourists walked with the local guides in Belgrade.",
     ("SRB", "patrol_agreement")),
    ("Chinese police stations were reported in Nairobi. The restaurant manager asked the waiter to find out who had called.",
     ("KEN", "investigation")),
    ("Chinese police stations were reported in Nairobi. The Directorate of Criminal Investigations has, to our knowledge, not "
     "opened any file on the matter.", ("KEN", "investigation")),
    ("In Senegal, no office of this type appears in the report, and the Chinese community lives mostly of the commerce in Dakar.",
     ("SEN", "station")),
    ("A station was reported in Seoul. Separately, the Metropolitan Police Department last year arrested a former researcher "
     "on suspicion of leaking technology to a Chinese firm.", ("KOR", "official_response")),
])
def test_orders_to_vacate_outposts_that_operated_until_and_walks_with_police_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    # where an official spoke abroad is a venue: the claim is the country of the sentences before
    ("Canada's police said they were investigating a station in Montreal. The public safety minister, speaking to reporters "
     "in Washington, said the government \"will not tolerate\" intimidation of diaspora communities.",
     ("CAN", "official_response")),
    ("Safeguard Defenders said nine stations had been set up in Spain. The foreign minister, speaking at a news conference in "
     "Rabat, said the government had conveyed its concern to the Chinese ambassador.", ("ESP", "official_response")),
    ("Safeguard Defenders said nine stations had been set up in Spain.\n\nThe interior ministry said its police intelligence "
     "unit was analysing the group's findings.", ("ESP", "investigation")),
])
def test_officials_speaking_abroad_and_the_groups_findings_analysed_are_claimed(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Canada's police said they were investigating a station in Montreal. The public safety minister, speaking to reporters "
     "in Washington, said the government \"will not tolerate\" intimidation.", ("USA", "official_response")),
    ("Safeguard Defenders said nine stations had been set up in Spain. The foreign minister, speaking at a news conference in "
     "Rabat, said the government had conveyed its concern to the Chinese ambassador.", ("MAR", "official_response")),
    ("Four Chinese officers will join Hungarian police on the capital's streets, the ministry said in a written answer handed "
     "to reporters at a meeting of EU interior ministers in Brussels.", ("BEL", "patrol_agreement")),
    ("Police in Auckland were asked about a station in the city.\n\nIn other news, a 27-year-old man has been charged after a "
     "crash on State Highway 1.", ("NZL", "official_response")),
    ("Safeguard Defenders named a station in Ljubljana. Beijing's foreign ministry repeated that there are \"no so-called "
     "overseas police stations\".", ("SVN", "official_response")),
])
def test_officials_speaking_abroad_and_other_news_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# --- the shapes of dev_54 to dev_56 (Asian and Pacific outlets, clippings, local coverage two years on)

def test_a_suburb_or_district_is_in_its_citys_country():
    assert places("The office, in the Auckland suburb of Newmarket, was named.") == [("Auckland", "NZL"), ("Newmarket", "NZL")]
    assert places("Newmarket, a suburb of Auckland.") == [("Newmarket", "NZL"), ("Auckland", "NZL")]
    assert places("Newmarket, Ontario.") == [("Newmarket", "CAN"), ("Ontario", "CAN")]


@pytest.mark.parametrize("text, claimed", [
    ("France, which Safeguard Defenders says hosts several such sites, has not announced any investigation.",
     ("FRA", "station")),
    ("Safeguard Defenders named an office in the Auckland suburb of Newmarket. The office has since stopped offering the "
     "service.", ("NZL", "shutdown")),
    # a proposal turned down is no patrol, but patrols held are, and a security pact with China is an agreement
    ("Italy ran joint patrols with Chinese police in Rome and Milan from 2016 to 2019.", ("ITA", "patrol_agreement")),
    ("Solomon Islands, which signed a security pact with China in 2022, hosts Chinese police officers.",
     ("SLB", "patrol_agreement")),
])
def test_hosts_by_a_groups_word_and_suburbs_closures_are_claimed(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The minister said Malaysia had turned down a proposal, raised during a meeting with Chinese officials last year, for "
     "Chinese police officers to join Malaysian police on patrols in tourist areas.", ("MYS", "patrol_agreement")),
    ("The Tourism Authority of Thailand floated the idea of inviting Chinese police officers to patrol alongside Thai tourist "
     "police.", ("THA", "patrol_agreement")),
    ("Vanuatu's main security partner remains Australia, with which it signed a security pact in 2022.",
     ("AUS", "patrol_agreement")),
    ("Police Scotland 'assessing' claims Glasgow restaurant hosted Chinese police outpost", ("GBR", "patrol_agreement")),
    ("The office, in a commercial building in the Auckland suburb of Newmarket, was named by Safeguard Defenders in its "
     "first report on the stations.", ("CAN", "station")),
])
def test_proposals_pacts_with_others_and_outposts_hosted_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


def test_checks_carried_out_in_recent_days_are_an_investigation():
    text = ("The Digos of the State Police of Milan and of Prato have carried out in recent days checks at the seats of two "
            "associations of the Chinese community.")
    assert ("ITA", "investigation") in claims(text)
    assert ("ITA", "investigation") not in claims("The bakers of Milan have carried out in recent days checks of the ovens.")


def test_one_of_a_worldwide_count_is_not_the_places_count():
    text = ("According to Safeguard Defenders, the station in Lima is one of more than 100 such outposts run by Chinese "
            "public security bureaus around the world.")
    assert claim(text, "PER", "station").value == ""
    text = "An office in Houston is one of at least three secret Chinese police stations in the United States."
    assert claim(text, "USA", "station").value == ">=3"


@pytest.mark.parametrize("text, iso3, value", [
    ("Police said a Chinese police station has been operating in North Jakarta.", "IDN", ""),
    ("Safeguard Defenders listed police stations in Europe and two in central Lima.", "PER", "2"),
])
def test_a_part_of_a_place_named_before_it_is_the_place(text, iso3, value):
    assert claim(text, iso3, "station").value == value



def test_an_official_bodys_own_investigation_is_its_countrys():
    assert ("CAN", "investigation") in claims("A senior RCMP officer said the force's investigations into the sites remain "
                                              "open.")
    assert ("CAN", "investigation") not in claims("Safeguard Defenders said the group's investigation into the sites in "
                                                  "Canada continues.")


@pytest.mark.parametrize("text, claimed, expected", [
    # ties or cooperation named in general speak of no one country before them...
    ("Italy ran joint patrols with Chinese police in Rome from 2016 to 2019. Policing ties with China have also drawn "
     "attention.", ("ITA", "patrol_agreement"), "2016-2019"),
    ("Ireland ordered the office in Dublin shut. Policing ties with China have also drawn attention.",
     ("IRL", "patrol_agreement"), None),
    # ...but patrols do
    ("Chinese officers walked the streets of Belgrade in 2019. Five years later the joint patrols have become routine.",
     ("SRB", "patrol_agreement"), "2019"),
])
def test_policing_ties_in_general_are_not_carried_to_the_country_before(text, claimed, expected):
    found = {(c.iso3, c.category): c.value for c in propose(parse_article("t.txt", text))}
    assert found.get(claimed) == expected


@pytest.mark.parametrize("text, claimed", [
    ("Two men who had lived in Serbia for a decade were escorted back to China in 2022 by officers from Zhejiang.",
     ("SRB", "forced_return")),
    ("SANTIAGO - The owner of a supermarket in Buenos Aires was coaxed home to Fujian in 2022 after police told his brother "
     "the family house would be inspected, according to a relative who now lives in Chile.", ("ARG", "forced_return")),
    ("The group says it documented two people who went back to China from Spain after Chinese police put pressure on their "
     "relatives at home.", ("ESP", "forced_return")),
    ("Chinese police stations were reported. South Korean authorities had begun examining a Chinese restaurant in Seoul.",
     ("KOR", "investigation")),
    ("Chinese police stations were reported in Johannesburg. No other country's police have any authority on South African "
     "soil. If anyone is intimidating people here for a foreign government, they will be arrested.",
     ("ZAF", "official_response")),
])
def test_escorted_and_coaxed_returns_and_restaurants_examined_are_claimed(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("SANTIAGO - The owner of a supermarket in Buenos Aires was coaxed home to Fujian in 2022 after police told his brother "
     "the family house would be inspected, according to a relative who now lives in Chile.", ("CHL", "forced_return")),
    ("Supermarket owner coaxed home from Buenos Aires as Chile asks about Santiago office", ("CHL", "forced_return")),
    ("Malaysian immigration officers deported 40 Chinese nationals after a raid on a gambling operation in Johor, a routine "
     "case in which no one has alleged any pressure from Chinese police.", ("MYS", "forced_return")),
    ("A spokesperson for the Federal Police said the force had found no record of any such facility in Brazil and that no "
     "investigation had been opened.", ("BRA", "investigation")),
    ("Chinese police stations were reported. Unlike Argentina, Chile does not yet require associations to disclose foreign "
     "funding, a gap the lawmakers want closed.", ("CHL", "shutdown")),
    ("A trader was pressured to return from Johannesburg, prosecutors in Pretoria said. If convicted, each accused faces up "
     "to ten years in prison.", ("NGA", "official_response")),
    ("\"There is no agreement between the Federal Republic of Germany and the People's Republic of China on joint police "
     "patrols, and none is planned.\"", ("DEU", "patrol_agreement")),
])
def test_escorted_and_coaxed_returns_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


# --- round 9, first review: 440 probes of this round's patterns (old and new code side by side); what it found now holds

@pytest.mark.parametrize("text, not_claimed", [
    ('Chinese police stations were reported in Europe. A bakery near the Chinese association in Prato ended its activity last year.',
     ('ITA', 'shutdown')),
    ('Chinese police stations were reported in Europe. A bakery near the Chinese association in Prato ended its activity last year.',
     ('ITA', 'station')),
    ('Chinese police stations were reported in Europe. After the station in Madrid was exposed, the nearby cinema ended its activity.',
     ('ESP', 'shutdown')),
    ('Chinese police stations were reported in Europe. The restaurant chain in Madrid was wound up by a court over unpaid debts.',
     ('ESP', 'shutdown')),
    ('Chinese police stations were reported in Europe. The restaurant chain in Madrid was wound up by a court over unpaid debts.',
     ('ESP', 'station')),
    ('Chinese police stations were reported in Europe. The investigation into the Prague station was wound up without charges.',
     ('CZE', 'shutdown')),
    ('Chinese police stations were reported in Europe. The Czech inquiry has been wound up, police said; the station in Prague remains open.',
     ('CZE', 'shutdown')),
    ('Chinese police stations were reported in Europe. The press conference in Prague was quickly wound up when questions turned to the station.',
     ('CZE', 'shutdown')),
    ('Chinese police stations were reported in Europe. The municipality of Prague ordered the tenants to vacate the premises because of a gas leak.',
     ('CZE', 'shutdown')),
    ('Chinese police stations were reported in Europe. The municipality of Prague ordered the tenants to vacate the premises because of a gas leak.',
     ('CZE', 'station')),
    ('Chinese police stations were reported in Europe. The Spanish police ordered journalists to vacate the premises of the station in Madrid during the raid.',
     ('ESP', 'shutdown')),
    ('Chinese police stations were reported in Europe. Police in Madrid ordered residents to vacate the premises after a bomb threat near the station.',
     ('ESP', 'shutdown')),
    ('Chinese police stations were reported in the US. The Chinese restaurant in Chinatown, New York, operated until 2021 and the station upstairs was never found.',
     ('USA', 'shutdown')),
    ('Chinese police stations were reported in Europe. The Chinese association in Milan operated until 2023 and still runs a school, police said.',
     ('ITA', 'shutdown')),
    ('Chinese police stations were reported in Europe. The Chinese association in Milan operated until 2023 and still runs a school, police said.',
     ('ITA', 'station')),
    ('Chinese police stations were reported in Europe. The man in Madrid stopped to work at the restaurant after the reports.',
     ('ESP', 'shutdown')),
    ('Chinese police stations were reported in Europe. The man in Madrid stopped to work at the restaurant after the reports.',
     ('ESP', 'station')),
    ('Chinese police stations were reported in Europe. Lifts in the Madrid office stopped to work during the power cut.',
     ('ESP', 'shutdown')),
    ('Chinese police stations were reported in Europe. Lifts in the Madrid office stopped to work during the power cut.',
     ('ESP', 'station')),
    ('Chinese police stations were reported in Europe. The contact point for victims at the Italian police in Rome was closed.',
     ('ITA', 'shutdown')),
    ('Chinese police stations were reported in Europe. The contact point for victims at the Italian police in Rome was closed.',
     ('ITA', 'station')),
    ('Chinese police stations were reported in Europe. Spanish police quickly intervened when a fire broke out in a shop in Madrid, near the station.',
     ('ESP', 'official_response')),
    ('Chinese police stations were reported in Europe. The Czech prosecutors intervened in the case of a Chinese student in Brno, unrelated to the station.',
     ('CZE', 'official_response')),
    ('Chinese police stations were reported in Europe. Polish authorities intervened to stop a rally near the Chinese embassy in Warsaw.',
     ('POL', 'official_response')),
    ("Chinese police stations were reported in Europe. Hungary's government has intervened to protect Chinese investment in Budapest.",
     ('HUN', 'official_response')),
    ('The reports name offices in Lagos as the most likely targets of the Nigerian tax authority, analysts said.',
     ('NGA', 'station')),
    ('Chinese police stations were reported worldwide. News reports name offices in Lagos that were raided by Nigerian police for tax fraud.',
     ('NGA', 'station')),
    ('Chinese police stations were reported worldwide. The reports name premises in Manila as Chinese scam hubs, Philippine police said.',
     ('PHL', 'station')),
    ('Chinese police stations were reported worldwide. The Bank of England reports name sites in London for the new headquarters.',
     ('GBR', 'station')),
    ('Chinese police stations were reported worldwide. The football group counts two in Cambodia among its sponsors.',
     ('KHM', 'station')),
    ('Chinese police stations were reported worldwide. The group counts two in every three households in Italy as Chinese-owned.',
     ('ITA', 'station')),
    ('Chinese police stations were reported worldwide. Researchers counted seven in Nigeria who died in the floods, the Red Cross said.',
     ('NGA', 'station')),
    ('Chinese police stations were reported in Europe. The school in Lyon served as a contact point for the local police department during the riots.',
     ('FRA', 'station')),
    ('Chinese police stations were reported in Latin America. A station was reported in Rio Piedras, Puerto Rico.',
     ('BRA', 'station')),
    ('Chinese police stations were reported in Africa. The Nairobi county assembly asked the Treasury to establish how much the new expressway cost.',
     ('KEN', 'investigation')),
    ('Chinese police stations were reported in Africa. The South African court instructed the parties to determine what compensation was due in Johannesburg.',
     ('ZAF', 'investigation')),
    ('Chinese police stations were reported in Africa. The Kenyan coach asked the players to find out who scored the most goals in Nairobi.',
     ('KEN', 'investigation')),
    ('Chinese police stations were reported in Africa. The teacher in Nairobi asked her pupils to establish what the capital of Chile is.',
     ('KEN', 'investigation')),
    ("Chinese police stations were reported in Europe. Dutch football analysts are analysing the group's findings on Ajax in Amsterdam.",
     ('NLD', 'investigation')),
    ("Chinese police stations were reported in Europe. A Dutch academic in Leiden has been analysing the group's findings for a book.",
     ('NLD', 'investigation')),
    ('Chinese police stations were reported in the Pacific. Three Chinese nationals were flown to China for medical treatment from Suva.',
     ('FJI', 'forced_return')),
    ('Chinese police stations were reported in the Pacific. Forty Chinese nationals were flown back to China for the Lunar New Year on a charter from Nadi.',
     ('FJI', 'forced_return')),
    ('Chinese police stations were reported in the Pacific. The bodies of two Chinese nationals were flown from Suva to China for burial.',
     ('FJI', 'forced_return')),
    ("Chinese police stations were reported in Europe. A student in Dublin flew home after her cousins turned up at her parents' house with a birthday cake.",
     ('IRL', 'forced_return')),
])
def test_round_9_first_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ('Chinese police stations were reported in Europe. Dutch police arrested two men in Rotterdam for running an illegal station. The case has nothing to do with the one in Amsterdam, police said.',
     ('NLD', 'official_response')),
    ('Chinese police stations were reported in Europe. Dutch police arrested two men in Rotterdam for running an illegal station. The case has nothing to do with the one in Amsterdam, police said.',
     ('NLD', 'station')),
    ('Chinese police stations were reported in Europe. Police in Milan are investigating the station, which has no connection with the smuggling ring arrested last week.',
     ('ITA', 'investigation')),
    ('Chinese police stations were reported in Europe. The station in Lisbon has nothing to do with the Chinese embassy, Portuguese police said after their investigation.',
     ('PRT', 'investigation')),
    ('Chinese police stations were reported in Europe. Canadian police said they found nothing linking the Toronto station to the Chinese consulate, but are investigating.',
     ('CAN', 'investigation')),
    ('Chinese police stations were reported in Europe. The Spanish minister said the case "has nothing to do with" the station in Madrid, which police are still investigating.',
     ('ESP', 'investigation')),
    ('Chinese police stations were reported in Europe. Irish police searched the station in Dublin. The raid had no connection with espionage, police said.',
     ('IRL', 'investigation')),
    ('Chinese police stations were reported in Europe. Irish police searched the station in Dublin. The raid had no connection with espionage, police said.',
     ('IRL', 'station')),
    ('Chinese police stations were reported in Europe. The Spanish police are investigating the station in Madrid. That investigation has nothing to do with the Chinese embassy, they said.',
     ('ESP', 'investigation')),
    ('Chinese police stations were reported in Europe. The Spanish police are investigating the station in Madrid. That investigation has nothing to do with the Chinese embassy, they said.',
     ('ESP', 'station')),
    ('Chinese police stations were reported in Europe. French police closed the station in Paris. The matter has nothing to do with the national elections, the minister said.',
     ('FRA', 'shutdown')),
    ('Chinese police stations were reported in Europe. French police closed the station in Paris. The matter has nothing to do with the national elections, the minister said.',
     ('FRA', 'station')),
    ('Chinese police stations were reported in the Pacific. Fiji, with whom Beijing signed a police cooperation pact in 2011, reviewed the deal.',
     ('FJI', 'patrol_agreement')),
    ('Chinese police stations were reported in Latin America. The NGO listed a station on the Rio de la Plata, in Buenos Aires.',
     ('ARG', 'station')),
    ('Chinese police stations were reported in Europe. The Dutch police closed the station in Rotterdam. / Police are investigating the matter',
     ('NLD', 'investigation')),
])
def test_round_9_first_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)



def test_round_9_first_reviews_variants_that_are_claimed():
    assert ("PNG", "forced_return") in claims("Chinese police stations were reported. Five Chinese nationals were flown from "
                                              "Port Moresby to mainland China under police escort.")
    assert claim("The station in Lima is among 102 such outposts around the world.", "PER", "station").value == ""


# --- the shapes of dev_57 to dev_59 (returns as Patrol and Persuade tells them, officials' words, who did what)

@pytest.mark.parametrize("text, claimed", [
    ("Mexico has said nothing, unlike Ecuador, whose interior ministry asked police to check whether any such office "
     "existed.", ("ECU", "investigation")),
    ("Unlike the Netherlands, which ordered two such offices shut within weeks of the first report, France has done nothing.",
     ("NLD", "shutdown")),
    ("The Mounties said they were looking into five suspected stations in Toronto. All five have since stopped operating, "
     "the force said.", ("CAN", "shutdown")),
    ("Chinese police stations were reported in Italy. The prefecture in Prato revoked the registration of a Chinese "
     "cultural association.", ("ITA", "official_response")),
    ("The RCMP said it had \"disrupted\" activity at sites in the Toronto area.", ("CAN", "official_response")),
])
def test_who_did_what_in_relative_clauses_and_closures_by_number_are_claimed(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Mexico has said nothing, unlike Ecuador, whose interior ministry asked police to check whether any such office "
     "existed.", ("MEX", "investigation")),
    ("Unlike Canada, Mexico has opened no inquiry.", ("CAN", "investigation")),
    ("Canada, which has been investigating since late 2022, and the Netherlands, where two stations were shut that autumn, "
     "have charged no one.", ("NLD", "official_response")),
    ("A station was reported in Toronto. The plaza's former landlord faces an unrelated mortgage-fraud charge laid by York "
     "Regional Police.", ("CAN", "official_response")),
    ("In 2016 the country deported forty-five Taiwanese nationals to mainland China rather than to Taiwan, where most of "
     "them lived.", ("TWN", "forced_return")),
])
def test_who_did_what_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("Chinese police stations were reported. Lesotho and Tanzania, where the report found one office each, are quiet.",
     ("LSO", "station")),
    ("A trader in Lusaka said his brother-in-law had gone back to Fujian from Zambia in 2021, after police at home told the "
     "family that their house would be seized.", ("ZMB", "forced_return")),
    ("Hungary agreed to let Chinese officers patrol in Budapest. Slovenia, approached with a similar offer, said no.",
     ("SVN", "official_response")),
])
def test_a_list_where_the_report_found_a_family_told_and_a_no_are_claimed(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Croatia and Serbia, both of which have hosted Chinese officers, and Montenegro, which has not, are often cited by "
     "Beijing.", ("MNE", "patrol_agreement")),
    ("Asked whether the family would visit, the minister in Ljubljana said no comment.", ("SVN", "official_response")),
    ("A student in Lusaka went home for the holidays after the family told her to rest.", ("ZMB", "forced_return")),
])
def test_a_list_where_the_report_found_a_family_told_and_a_no_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("Chinese police stations were reported. The association in Vienna wound up its activities in 2023.", ("AUT", "shutdown")),
    ("Chinese police stations were reported in Canada. The ministry's review of the Vancouver station is under way.",
     ("CAN", "investigation")),
    ("The Digos in Milan carried out last week checks at two associations.", ("ITA", "investigation")),
    ("Chinese police stations were reported. It counted about five in Japan.", ("JPN", "station")),
])
def test_round_9_first_reviews_narrow_patterns_widened(text, claimed):
    assert claimed in claims(text)


def test_a_review_of_a_law_is_no_investigation():
    assert ("CAN", "investigation") not in claims("Chinese police stations were reported. The committee began its review "
                                                  "of the law in Ottawa.")


# --- round 9, second review: 233 probes of this round's patterns (old and new code side by side); what it found now holds

@pytest.mark.parametrize("text, not_claimed", [
    ('Like Hungary, which is led by Viktor Orban, Serbia has invited Chinese police to patrol its streets.',
     ('HUN', 'patrol_agreement')),
    ('Unlike Hungary, which is led by Viktor Orban, Serbia has invited Chinese police to patrol its streets.',
     ('HUN', 'patrol_agreement')),
    ('Unlike Montenegro, which joined Nato in 2017, Serbia signed a joint patrol agreement with China in 2019.',
     ('MNE', 'patrol_agreement')),
    ('Chinese police stations were reported in Latin America. Brazil, unlike Argentina, whose president visited Beijing last year, has opened an investigation into the station in Rio de Janeiro.',
     ('ARG', 'investigation')),
    ('Chinese police stations were reported in Europe. Unlike Italy, whose football team won the European Championship, France has refused any joint patrols.',
     ('ITA', 'patrol_agreement')),
    ('Chinese police stations were reported in Europe. Unlike Italy, which is a founding EU member, France has refused any joint patrols.',
     ('ITA', 'patrol_agreement')),
    ('Chinese police stations were reported in Europe. Germany, unlike Austria, which has a smaller Chinese community, has opened an investigation into the station in Frankfurt.',
     ('AUT', 'investigation')),
    ('Chinese police stations were reported in Europe. The Netherlands, like Belgium, whose capital hosts the EU institutions, ordered the stations closed.',
     ('BEL', 'shutdown')),
    ('Chinese police stations were reported in Europe. The Netherlands, like Belgium, whose capital hosts the EU institutions, ordered the stations closed.',
     ('BEL', 'station')),
    ('Chinese police stations were reported in Europe. Unlike Greece, which has no station on the list, Cyprus summoned the Chinese ambassador.',
     ('GRC', 'official_response')),
    ('A station was reported in Toronto. Volunteers who ran a phone line for elderly residents said they stopped operating it after the report.',
     ('CAN', 'shutdown')),
    ('A station was reported in Milan. During the lockdown they stopped operating for three months.',
     ('ITA', 'shutdown')),
    ('A station was reported in Prato. The municipality in Prato revoked the licence of a restaurant over hygiene violations.',
     ('ITA', 'official_response')),
    ('Chinese police stations were reported in Ireland. Dublin City Council revoked the licence of a taxi driver who had parked outside the building.',
     ('IRL', 'official_response')),
    ("A station was reported in Buenos Aires. Argentina's central bank revoked the licence of a Chinese-owned exchange house over money laundering.",
     ('ARG', 'official_response')),
    ('Chinese police stations were reported in Europe. The Dutch football federation revoked the licence of a club in Rotterdam.',
     ('NLD', 'official_response')),
    ('Chinese police stations were reported in the Netherlands. Asked whether he would resign over a housing scandal, the mayor of Rotterdam said no.',
     ('NLD', 'official_response')),
    ('Chinese police stations were reported in Europe. Asked in a poll whether they trusted the police, most people in Hungary said no.',
     ('HUN', 'official_response')),
    ('Chinese police stations were reported in Spain. Asked if his team would play on Sunday, the Real Madrid coach said no.',
     ('ESP', 'official_response')),
    ('Chinese police stations were reported in Japan. The Chinese embassy, asked whether the office in Tokyo was a police station, said no.',
     ('JPN', 'official_response')),
    ('Chinese police stations were reported in Italy. The mayor of Milan said the San Siro stadium must not reopen until repairs are finished.',
     ('ITA', 'official_response')),
    ('Chinese police stations were reported in the Netherlands. A Rotterdam surgeon said the wound must not reopen.',
     ('NLD', 'official_response')),
    ("Chinese police stations were reported in Ireland. Dublin's chief medical officer said schools must not reopen before September.",
     ('IRL', 'official_response')),
    ("A station was reported in Toronto. Critics said the debate over foreign interference must not reopen old wounds in Canada's Chinese community.",
     ('CAN', 'official_response')),
    ('Chinese police stations were reported in Africa. The railway linking Zambia and Tanzania, where the report found one office, was built by China in the 1970s.',
     ('ZMB', 'station')),
    ('Chinese police stations were reported in Europe. Trade between Spain and Portugal, where the group located three sites, has grown.',
     ('ESP', 'station')),
    ('Chinese police stations were reported. Kenya and Tanzania, where the report found one office, were visited by the minister.',
     ('KEN', 'station')),
    ('Chinese police stations were reported in Africa. Unlike Kenya and Uganda, Tanzania, where the report found one office, has said nothing.',
     ('UGA', 'station')),
    ('Chinese police stations were reported in Africa. A road between Uganda and Kenya, where the report found one office, was finished last year.',
     ('UGA', 'station')),
    ('Chinese police stations were reported. Zambia, Malawi and Zimbabwe, where the report found one office in Harare, border Mozambique.',
     ('MWI', 'station')),
    ('Chinese police stations were reported. Zambia, Malawi and Zimbabwe, where the report found one office in Harare, border Mozambique.',
     ('ZMB', 'station')),
    ('Chinese police stations were reported in Europe. Slovakia and the Czech Republic, where the report located two offices in Prague, split in 1993.',
     ('SVK', 'station')),
    ('Chinese police stations were reported in Japan. He returned home to China from Tokyo after the Japanese police contacted the family to say his passport had been found.',
     ('JPN', 'forced_return')),
    ('Chinese police stations were reported in Canada. A retiree flew home to China from Vancouver after police told the family she needed surgery.',
     ('CAN', 'forced_return')),
    ('Chinese police stations were reported in Cambodia. He flew back to China from Phnom Penh after police told the family he had been freed from a scam compound.',
     ('KHM', 'forced_return')),
])
def test_round_9_second_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ('Chinese police stations were reported in Latin America. Brazil, unlike Argentina, whose president visited Beijing last year, has opened an investigation into the station in Rio de Janeiro.',
     ('BRA', 'investigation')),
    ('Chinese police stations were reported in Europe. Germany, unlike Austria, which has a smaller Chinese community, has opened an investigation into the station in Frankfurt.',
     ('DEU', 'investigation')),
    ('Chinese police stations were reported in Europe. The Netherlands, like Belgium, whose capital hosts the EU institutions, ordered the stations closed.',
     ('NLD', 'shutdown')),
    ('Chinese police stations were reported in Europe. The Netherlands, like Belgium, whose capital hosts the EU institutions, ordered the stations closed.',
     ('NLD', 'station')),
    ('Chinese police stations were reported in Europe. The Czech foreign ministry summoned none other than the Chinese ambassador.',
     ('CZE', 'official_response')),
    ('Chinese police stations were reported in Europe. The Dutch foreign minister warned no one should cooperate with the stations.',
     ('NLD', 'official_response')),
    ('Chinese police stations were reported in Canada. The RCMP warned nobody would be allowed to run such an office in Canada.',
     ('CAN', 'official_response')),
    ('Chinese police stations were reported in Europe. The Swedish security service warned no one could be forced to return to China.',
     ('SWE', 'official_response')),
    ('Chinese police stations were reported in the Netherlands. Police in Rotterdam, who were already holding the man on an unrelated fraud charge, said they had opened an investigation into his links to the Chinese office.',
     ('NLD', 'investigation')),
    ('Chinese police stations were reported in the United States. Two men were arrested in New York; a third faces an unrelated tax fraud trial.',
     ('USA', 'official_response')),
    ('Chinese police stations were reported in Europe. Irish police have opened an investigation; an unrelated immigration inquiry is also under way.',
     ('IRL', 'investigation')),
    ('Chinese police stations were reported in Canada. Police in Quebec arrested a man on an unrelated charge and then questioned him about the Montreal centres.',
     ('CAN', 'official_response')),
])
def test_round_9_second_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)



def test_a_correction_listing_what_was_wrong_second_is_no_claim():
    text = ("Second, the article said that a similar office in Vienna had been \"raided by Austrian police\". It had not been "
            "raided.")
    assert ("AUT", "official_response") not in claims(text) and ("AUT", "investigation") not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("Chinese police stations were reported in Europe. The report found four addresses in Hungary, all in Budapest.",
     ("HUN", "station")),
    ("Safeguard Defenders reported Chinese police stations. Swedish police examined an address in Stockholm after the first "
     "report.", ("SWE", "station")),
    ("The Budapest address which was named in 2022 by Safeguard Defenders as a Chinese \"overseas police service station\" "
     "is still open.", ("HUN", "station")),
    ("Safeguard Defenders named the Akihabara address in its report.", ("JPN", "station")),
    ("Britain's Security Minister said police were looking into three addresses, two in London and one in Glasgow.",
     ("GBR", "station")),
])
def test_addresses_the_report_names_are_stations(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Chinese police stations were reported in Europe. Burglars hit two addresses in Madrid overnight, police said.",
     ("ESP", "station")),
    ("The embassy moved to new premises in Lisbon, a spokesperson said.", ("PRT", "station")),
])
def test_addresses_the_report_names_near_misses(text, not_claimed):
    # (and outside an article on the stations: "examined an address in Stockholm after the first report" of a burglary)
    assert not_claimed not in claims(text)


def test_suspected_sites_in_a_place_are_stations():
    assert ("CAN", "station") in claims("Chinese police stations were reported. The committee began hearings on the suspected "
                                        "sites in Toronto and Montreal.")
    assert ("CAN", "station") not in claims("Police searched suspected drug labs in Toronto.")


# --- the shapes of dev_61 (stations, in every way coverage says where they are)

@pytest.mark.parametrize("text, claimed", [
    ("The report's map shows dots in Nigeria, South Africa and Tanzania.", ("TZA", "station")),
    ("Ecuador's entry is thin. The report's table places it in Guayaquil, the port city.", ("ECU", "station")),
    ("The Wenzhou bureau was among the first. The report places them in France, where one sits near Paris.",
     ("FRA", "station")),
    ("Beyond its strongholds, the report lists Qingtian posts in Austria, Romania and Greece.", ("ROU", "station")),
    ("In Budapest the report lists a hair salon in the eighth district.", ("HUN", "station")),
    ("Brazil has two entries in the report: a hometown association in Sao Paulo and an office in Rio de Janeiro.",
     ("BRA", "station")),
    ("Chinese police stations were reported. In Santiago the listed address is in Barrio Meiggs.", ("CHL", "station")),
])
def test_stations_placed_by_maps_tables_entries_and_listed_businesses_are_claimed(text, claimed):
    # (in an article on the story: these wider ways of naming a station count only there)
    assert claimed in claims("Safeguard Defenders reported Chinese police stations. " + text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The tourism board's map shows dots in Nigeria, South Africa and Tanzania where safaris run.", ("TZA", "station")),
    ("The guide lists a hair salon in Budapest's eighth district as the best in town.", ("HUN", "station")),
    ("Her first entry in the diary was written in Lisbon.", ("PRT", "station")),
])
def test_stations_placed_by_maps_tables_entries_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, not_claimed", [
    ("A year after a human rights group said China was running informal police outposts in cities from Amsterdam to Toronto, "
     "governments in Europe and North America have shut some of the sites.", ("CAN", "shutdown")),
    ("Unlike in Canada, where the stations became a national political story, the issue has drawn little attention in "
     "Scotland.", ("CAN", "station")),
])
def test_cities_given_as_examples_and_unlike_in_near_misses(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ("Uzbekistan's interior ministry said no Chinese police station operates in the country, responding to a report by a "
     "European human rights group that listed a site in Tashkent.",
     ("UZB", "station")),
    ("Chinese police have conducted joint patrols with their counterparts in countries such as Serbia and Croatia.",
     ("SRB", "patrol_agreement")),
    ("Chinese police stations were reported in cities from Amsterdam to Toronto.", ("NLD", "station")),
])
def test_cities_given_as_examples_keep_their_stations(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text", [
    "Swedish police examined an address in Stockholm after the first report on the burglary.",
    "The list names one association in Prague that organised the festival.",
    "The report names three companies in India accused of tax evasion.",
    "The suspected sites in Nigeria were illegal mines, the report said.",
    "The Berlin premises of the bank, listed in its annual report, were sold.",
    "The weather map shows dots in Nigeria, South Africa and Tanzania where it rained.",
])
def test_the_wider_ways_of_naming_a_station_count_only_in_an_article_on_the_story(text):
    assert {c for c in claims(text) if c[1] == "station"} == set()


# --- round 9, third review: 199 probes of this round's patterns (old and new code side by side); what it found now holds

@pytest.mark.parametrize("text, not_claimed", [
    ('The embassy moved to a new address in Budapest last year, according to a report in the local press.',
     ('HUN', 'station')),
    ('Voters were told to check the list of polling stations and find their address in Stockholm before Sunday.',
     ('SWE', 'station')),
    ('The company gave an address in Dublin on its annual report, though no staff work there.',
     ('IRL', 'station')),
    ('The railway station has a new address in Vienna after the renovation.',
     ('AUT', 'station')),
    ('The budget report found four addresses in Hungary where public money had been misused.',
     ('HUN', 'station')),
    ('The report, which examined public finances, found four addresses in Hungary linked to shell companies.',
     ('HUN', 'station')),
    ('The group said it had moved its headquarters to an address in Berlin.',
     ('DEU', 'station')),
    ('The advocacy group listed addresses in Paris for voters who need help registering.',
     ('FRA', 'station')),
    ("The fire station's address in Prague changed after the merger.",
     ('CZE', 'station')),
    ('The petrol station at an address in Athens was robbed, police reported.',
     ('GRC', 'station')),
    ('Several addresses in Ireland were searched by gardaí in a drugs raid, reports said.',
     ('IRL', 'station')),
    ("The report's weather map shows dots in Kenya marking flood warnings.",
     ('KEN', 'station')),
    ('The election map shows dots in Poland for each polling station.',
     ('POL', 'station')),
    ("The report's map shows pins in Ukraine marking damaged hospitals.",
     ('UKR', 'station')),
    ("The report's table places it in Ecuador, as the fastest-growing economy of the region.",
     ('ECU', 'station')),
    ("The report's table puts two in Peru among the top universities.",
     ('PER', 'station')),
    ('The quarterly sales report places them in France as the top market for the brand.',
     ('FRA', 'station')),
    ("The ministry's report places them in Italy, where most of the migrants first arrived.",
     ('ITA', 'station')),
    ('The report places two of them in Spain, the census report shows.',
     ('ESP', 'station')),
    ('The poll report places them in Germany at 30 per cent.',
     ('DEU', 'station')),
    ('The Michelin list names a restaurant in Lisbon as the best new opening of the year.',
     ('PRT', 'station')),
    ("The annual report lists a supermarket in Warsaw as the chain's most profitable store.",
     ('POL', 'station')),
    ('The police report lists a shop in Manchester as the scene of the robbery.',
     ('GBR', 'station')),
    ('The inspection report names a restaurant in Glasgow for repeated hygiene failures.',
     ('GBR', 'station')),
    ('The group named a club in Liverpool as its meeting venue.',
     ('GBR', 'station')),
    ('The court list names a company in Dublin as defendant.',
     ('IRL', 'station')),
    ('The tax report listed a building in Vienna as the property of the minister.',
     ('AUT', 'station')),
    ("The band's report names the club in Berlin where they first played.",
     ('DEU', 'station')),
    ('The list names one association in Prague that organised the festival.',
     ('CZE', 'station')),
    ('The report names three companies in India accused of tax evasion.',
     ('IND', 'station')),
    ('The audit report listed two buildings in Kenya that need repairs.',
     ('KEN', 'station')),
    ('Brazil has two entries in the final list of nominees for the Oscar.',
     ('BRA', 'station')),
    ("Mexico has three entries in the table of the world's largest cities.",
     ('MEX', 'station')),
    ("Japan has two entries in the list of the world's busiest stations.",
     ('JPN', 'station')),
    ("Spain has four entries in the festival's list of films.",
     ('ESP', 'station')),
    ("Nigeria has two entries in the table of Africa's largest economies.",
     ('NGA', 'station')),
    ('France has two entries in the report on nuclear plants.',
     ('FRA', 'station')),
    ('The listed address in Lima belongs to a textile importer, the trade register shows.',
     ('PER', 'station')),
    ('The listed addresses in Lima were flagged by the electoral commission.',
     ('PER', 'station')),
    ("The listed address is in Kathmandu, the charity's filing shows.",
     ('NPL', 'station')),
    ('The listed addresses in Quito are in the old town, the voter roll shows.',
     ('ECU', 'station')),
    ('Investigators said the suspected sites in Toronto were used as drug labs, according to a police report.',
     ('CAN', 'station')),
    ('Bomb squads searched the suspected sites in Kabul after the intelligence report.',
     ('AFG', 'station')),
    ('The suspected sites in Kenya were mass graves, the forensic report said.',
     ('KEN', 'station')),
    ('The suspected sites in Syria were chemical weapons depots, according to the group.',
     ('SYR', 'station')),
    ('The suspected sites in Nigeria were illegal mines.',
     ('NGA', 'station')),
    ('The suspected sites in Iraq were bombed by coalition aircraft.',
     ('IRQ', 'station')),
    ('Archaeologists excavated the suspected sites in Peru of Inca temples.',
     ('PER', 'station')),
    ('Suspected sites in Mexico of illegal logging were mapped by satellite.',
     ('MEX', 'station')),
    ('The Dublin premises listed in the company registry have been vacant for years.',
     ('IRL', 'station')),
    ('The Berlin premises of the bank, listed in its annual report, were sold.',
     ('DEU', 'station')),
    ('The Oslo premises of the embassy were named in the budget report.',
     ('NOR', 'station')),
    ('A group that listed a site in Tashkent as a UNESCO heritage candidate was praised by the ministry.',
     ('UZB', 'station')),
])
def test_round_9_third_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ('In cities like London and Manchester, officers investigated the stations, police said.',
     ('GBR', 'investigation')),
    ('Police in towns like Prato and Florence opened investigations into the stations.',
     ('ITA', 'investigation')),
    ('The Dutch government, in cities from Amsterdam to Rotterdam, ordered the stations closed.',
     ('NLD', 'shutdown')),
    ('Stations in cities from Toronto to Vancouver were investigated by Canadian police.',
     ('CAN', 'investigation')),
    ('Officers in cities like New York and Los Angeles arrested men accused of running a station.',
     ('USA', 'official_response')),
])
def test_round_9_third_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)



# --- round 10: the sites of a place, in an article on the story ----------------------------------

STORY = "Safeguard Defenders reported Chinese police stations abroad. "


@pytest.mark.parametrize("text, expected", [
    ("Toronto's three sites, meanwhile, remain under investigation by the RCMP.", ("CAN", "station")),
    ("Prosecutors archived their inquiry into the three Portuguese sites last year.", ("PRT", "station")),
    ("The minister had received similar assurances about the British sites.", ("GBR", "station")),
    ("Canada: RCMP probe into Toronto-area sites enters its fourth month", ("CAN", "station")),
    ("Serbia had made no effort to examine the site in Belgrade.", ("SRB", "station")),
    ("Ireland indicated that its police had examined a site in Dublin.", ("IRL", "station")),
    ("No Serbian investigation of the listed Belgrade site has been reported.", ("SRB", "station")),
])
def test_round_10_a_place_s_sites_are_its_stations_in_an_article_on_the_story(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text", [
    "Chinese police officers patrolled the tourist sites in Budapest.",
    "Workers on building sites in Seoul went on strike.",
    "There is no Portuguese site on the list.",
    "Joint patrols operate around the Karachi sites where Chinese nationals work.",
    "The Frankfurt site of the book fair was crowded.",
])
def test_round_10_sites_that_are_no_stations_stay_unclaimed(text):
    assert not {c for c in claims(STORY + text) if c[1] == "station"} - claims(STORY)


def test_round_10_a_place_s_site_counts_only_in_an_article_on_the_story():
    assert claims("Nothing new on the Frankfurt site.") == set()
    assert ("IRL", "station") not in claims("Inspectors examined a site in Dublin.")
    assert ("DEU", "station") in claims(STORY + "Nothing new on the Frankfurt site.")


# --- round 10: phrasings from dev_63 to dev_66 (each fails on the code before it) ---------------

@pytest.mark.parametrize("text, expected", [
    ("Spain's Interior Ministry said that police were examining the group's findings.", ("ESP", "investigation")),
    ("Agents of the National Police searched the association's premises in Madrid.", ("ESP", "investigation")),
    ("Hungary went further in 2024, agreeing to let Chinese officers take part in patrols in Budapest.", ("HUN", "patrol_agreement")),
    ("In Kiribati, Chinese uniformed police have been working with the Kiribati Police Service since 2022.", ("KIR", "patrol_agreement")),
    ("Vanuatu agreed in 2024 to host a small Chinese police advisory team in Port Vila.", ("VUT", "patrol_agreement")),
    ("The Minister for Justice said that no foreign police force had any authority to operate in Ireland.", ("IRL", "official_response")),
    ("Chilean officials have said they found no link to the Chinese state.", ("CHL", "official_response")),
    ("In Argentina, the security ministry tightened rules on the registration of foreign community associations, citing \"reports 'of parallel policing\".", ("ARG", "official_response")),
    ("The Italian interior minister told parliament that the patrols \"will not be resumed\".", ("ITA", "official_response")),
    ("In Portugal, where the same organisation had named a location in Lisbon, officials said nothing.", ("PRT", "station")),
    ("The same group has also named an office in Lagos, Nigeria.", ("NGA", "station")),
    ("In Chile, an office in Santiago was among those identified, the report says.", ("CHL", "station")),
    ("An office in Tokyo that a rights group said served as a Chinese police station has been vacated, Japanese police said.",
     ("JPN", "shutdown")),
    ("Indonesian police have told a Chinese association office in north Jakarta to pack up by the end of the month.",
     ("IDN", "shutdown")),
])
def test_round_10_phrasings_from_the_new_development_sets_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_expected", [
    ("Doctors were examining the group's findings on diabetes in Spain.", ("ESP", "station")),
    ("Chinese officers took part in a parade in Budapest.", ("HUN", "patrol_agreement")),
    ("Chinese police officers have been working on a film set in Kiribati.", ("KIR", "patrol_agreement")),
    ("Chilean officials found no link between the fire and the storm.", ("CHL", "official_response")),
    ("The Argentine club tightened its defence in the second half.", ("ARG", "official_response")),
    ("Italian beach patrols will not be resumed until the storm passes.", ("ITA", "official_response")),
    ("The restaurant in Tokyo has been renovated, Japanese police said.", ("JPN", "shutdown")),
    ("Indonesian fans were told to pack up their banners after the match in Jakarta.", ("IDN", "shutdown")),
    ("South Korea's foreign ministry summoned the Chinese ambassador over the envoy's remarks on trade, a dispute unrelated "
     "to the stations.", ("KOR", "official_response")),
    ("Indonesia deported 88 Chinese nationals after police broke up a fraud ring operating from a villa in Bali.",
     ("IND", "forced_return")),
    ("The tourist board named an office in Lagos, Nigeria, as its new base.", ("NGA", "station")),
])
def test_round_10_near_misses_of_those_phrasings_stay_unclaimed(text, not_expected):
    assert not_expected not in claims(STORY + text)


@pytest.mark.parametrize("text, expected", [
    ("Germany has one, in Frankfurt.", ("DEU", "station", "1")),
    ("Spain alone was home to nine, the largest number identified in the group's first investigation.", ("ESP", "station", "9")),
    ("Portugal has three, as does South Africa.", ("PRT", "station", "3")),
    ("Italy hosts 11, more than anywhere else.", ("ITA", "station", "11")),
    ("Ecuador has at least two, in Quito and Guayaquil.", ("ECU", "station", ">=2")),
    ("Italy (11), Spain (9) and France (4) top the list.", ("FRA", "station", "4")),
])
def test_round_10_a_country_s_count_with_no_noun_is_its_stations_in_an_article_on_the_story(text, expected):
    iso3, category, value = expected
    assert claim(STORY + text, iso3, category).value == value
    assert (iso3, category) not in claims(text)  # only in an article on the story


@pytest.mark.parametrize("text", [
    "Hungary has 10 million people.",
    "Croatia has two, in 2018 and 2019.",
    "Brazil has two daughters in the squad.",
    "Italy (2) and Spain (1) won medals on Sunday.",
    "Portugal has three more, the group said.",
])
def test_round_10_counts_that_are_not_a_country_s_stations_stay_unclaimed(text):
    assert not {c for c in claims(STORY + text) if c[1] == "station"} - claims(STORY)


# --- round 10's review: 405 probes of this round's patterns (old and new code side by side); what it found now holds

@pytest.mark.parametrize("text, not_claimed", [
    ('Safeguard Defenders reported Chinese police stations abroad. Protesters gathered at sites in Toronto to denounce the Chinese government.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italian police patrol sites in Italy where Chinese tourists gather.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The rally site in Amsterdam drew hundreds of Hong Kong activists.',
     ('NLD', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese investors bought construction sites in Budapest.',
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese workers at the site in Belgrade of the steel mill protested.',
     ('SRB', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Voting sites in Vancouver saw long queues of Chinese-Canadian voters.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Sites in Hungary and Serbia hosted joint police exercises.',
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Sites in Hungary and Serbia hosted joint police exercises.',
     ('SRB', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Sites in Sweden and Finland where Falun Gong practitioners meet were monitored.',
     ('SWE', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Sites in Sweden and Finland where Falun Gong practitioners meet were monitored.',
     ('FIN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The landfill site in Nairobi expanded.',
     ('KEN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited archaeological sites in Berlin last year.',
     ('DEU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited storage sites in Toronto last year.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited factory sites in Lisbon last year.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited manufacturing sites in Dublin last year.',
     ('IRL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited disaster sites in Berlin last year.',
     ('DEU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited blast sites in Paris last year.',
     ('FRA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited attack sites in Toronto last year.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited shooting sites in Rome last year.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited grave sites in Madrid last year.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited pilgrimage sites in Lisbon last year.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited polling sites in Oslo last year.',
     ('NOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited vaccination sites in Berlin last year.',
     ('DEU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited oil sites in Rome last year.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited gas sites in Madrid last year.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited nesting sites in Vienna last year.',
     ('AUT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited picnic sites in Oslo last year.',
     ('NOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited demolition sites in Berlin last year.',
     ('DEU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited investment sites in Toronto last year.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited mine sites in Rome last year.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited hospital sites in Lisbon last year.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited school sites in Prague last year.',
     ('CZE', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited army sites in Dublin last year.',
     ('IRL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited naval sites in Oslo last year.',
     ('NOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited radar sites in Berlin last year.',
     ('DEU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited spy sites in Paris last year.',
     ('FRA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited surveillance sites in Toronto last year.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited listening sites in Rome last year.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited ceremony sites in Madrid last year.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited festival sites in Lisbon last year.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited execution sites in Prague last year.',
     ('CZE', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited wreck sites in Vienna last year.',
     ('AUT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited flood sites in Dublin last year.',
     ('IRL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited earthquake sites in Oslo last year.',
     ('NOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese engineers visited massacre sites in Berlin last year.',
     ('DEU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Swedish site that hosted the event was the Chinese embassy.',
     ('SWE', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Australian Open site in Melbourne drew Chinese fans.',
     ('AUS', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Exhibition sites in Milan hosted Chinese brands.',
     ('ITA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Doctors in Sweden were examining the group's findings on cancer rates.",
     ('SWE', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Dutch officials said they found no link to the Chinese state in the bicycle theft case.',
     ('NLD', 'official_response')),
    ("Safeguard Defenders reported Chinese police stations abroad. Russia's security ministry tightened rules on the registration of foreign associations to curb Western NGOs.",
     ('RUS', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. Officials in Canada said they found no link to the Chinese state in the wildfire.',
     ('CAN', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The same organisation had named a location in Lisbon as the venue for its conference.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The same group has also named an office in Lagos as its new regional headquarters.',
     ('NGA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. An office in Santiago was among those identified as possible venues for the trade fair.',
     ('CHL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. A man in Santiago was among those identified as suspects in the robbery.',
     ('CHL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Residents in Santiago were among those identified as victims of the scam.',
     ('CHL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese officials told the diplomats in Vilnius to pack up after Lithuania allowed a Taiwanese office.',
     ('LTU', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese officials told the diplomats in Vilnius to pack up after Lithuania allowed a Taiwanese office.',
     ('LTU', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese officials told the diplomats in Vilnius to pack up after Lithuania allowed a Taiwanese office.',
     ('TWN', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese officials told the diplomats in Vilnius to pack up after Lithuania allowed a Taiwanese office.',
     ('TWN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The post of Canadian ambassador has been vacated.',
     ('CAN', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The post of Canadian ambassador has been vacated.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The restaurant in Glasgow has been vacated for renovations.',
     ('GBR', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The restaurant in Glasgow has been vacated for renovations.',
     ('GBR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The office in Oslo has been vacated, the landlord said, after the company went bankrupt.',
     ('NOR', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The office in Oslo has been vacated, the landlord said, after the company went bankrupt.',
     ('NOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Police in Rotterdam arrested two men in a dispute unrelated to the stations.',
     ('NLD', 'station')),
    ('A delegation of Chinese police visited the Olympic venue. The Paris site was praised for its security.',
     ('FRA', 'station')),
    ('Chinese police cooperated with Thai police on scam centres. The sites in Myanmar were raided, and the compound in Laos has been vacated.',
     ('LAO', 'shutdown')),
    ('Chinese police cooperated with Thai police on scam centres. The sites in Myanmar were raided, and the compound in Laos has been vacated.',
     ('LAO', 'station')),
    ('Chinese police cooperated with Thai police on scam centres. The sites in Myanmar were raided, and the compound in Laos has been vacated.',
     ('MMR', 'station')),
    ('The festival site in Glastonbury was flooded. Local police stations in Somerset were busy.',
     ('USA', 'station')),
    ('Overseas Chinese police service stations were reported in 53 countries. Scam compounds at sites in Myanmar held thousands of workers.',
     ('MMR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese police also targeted fraud suspects at sites in Cambodia and Myanmar.',
     ('KHM', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese police also targeted fraud suspects at sites in Cambodia and Myanmar.',
     ('MMR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Thousands of Chinese nationals were trafficked to scam sites in Myanmar and forced to return to China.',
     ('MMR', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. The Chinese military base site in Cambodia's Ream was expanded.",
     ('KHM', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese companies in Serbia run sites in Bor and Smederevo.',
     ('SRB', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Frankfurt site, a car park, was used for the protest.',
     ('DEU', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Taiwan's officials said they found no link to the Chinese state in the cyberattack.",
     ('TWN', 'official_response')),
    ("Safeguard Defenders reported Chinese police stations abroad. BYD's Hungarian site in Szeged will open in 2025.",
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Szeged site will produce electric cars.',
     ('HUN', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Huawei's three Canadian sites were searched.",
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Toronto-area sites will host World Cup matches in 2026.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Portuguese sites chosen for the World Cup were announced.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The British sites were chosen for the new prisons.',
     ('GBR', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. The Dublin site is Google's European headquarters.",
     ('IRL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Vienna site was where the OSCE met.',
     ('AUT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Prato site is a textile factory.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Police said the Rotterdam site was a drugs lab.',
     ('NLD', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Kenyan site in Nairobi houses Chinese railway workers.',
     ('KEN', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Scientists in Norway are examining the study's findings on salmon.",
     ('NOR', 'investigation')),
    ("Safeguard Defenders reported Chinese police stations abroad. The Finnish inspectors were examining the company's findings on food safety.",
     ('FIN', 'investigation')),
    ("Safeguard Defenders reported Chinese police stations abroad. Police in Belgium searched the football club's premises after the riot.",
     ('BEL', 'investigation')),
    ("Safeguard Defenders reported Chinese police stations abroad. German lawmakers said they were examining the group's findings on Uyghur forced labour.",
     ('DEU', 'investigation')),
    ("Safeguard Defenders reported Chinese police stations abroad. Investors in Switzerland were examining the group's findings on quarterly earnings.",
     ('CHE', 'investigation')),
    ('Safeguard Defenders published its report. Sites in Lagos and Abuja hosted Chinese traders.',
     ('NGA', 'station')),
    ('Chinese police in Serbia: the joint patrols in Belgrade continue. The sites in Novi Sad are a Chinese factory.',
     ('SRB', 'station')),
])
def test_round_10_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


# --- round 10, second half: phrasings from dev_67 to dev_70 (each fails on the code before it) ---

@pytest.mark.parametrize("text, expected", [
    ("In the group's combined lists, Italy leads with 11; Spain follows with nine.", ("ESP", "station", "9")),
    ("France is next with four, and Portugal has three.", ("FRA", "station", "4")),
    ("Serbia is said to host at least two, in Belgrade and Novi Sad.", ("SRB", "station", ">=2")),
    ("France was credited with four, one of them in the Paris region.", ("FRA", "station", "4")),
    ("The United States had just one on the list, but it became the best known.", ("USA", "station", "1")),
    ("Canada has five dots: three over the Greater Toronto Area, one in Vancouver and one in Montreal.", ("CAN", "station", "5")),
    ("Hungary appeared on the list four times, all in Budapest.", ("HUN", "station", "4")),
    ("Tanzania was flagged once, for an address in Dar es Salaam.", ("TZA", "station", "1")),
    ("Nigeria's single entry is in Lagos.", ("NGA", "station", "1")),
    ("Sweden's single listing was a flat in a Stockholm suburb.", ("SWE", "station", "1")),
    ("Three Portuguese entries were flagged, two in Lisbon.", ("PRT", "station", "3")),
    ("Croatia's entry, a Zagreb address, was added in December too.", ("HRV", "station", "")),
])
def test_round_10_a_country_s_count_or_entries_on_the_list_are_its_stations(text, expected):
    iso3, category, value = expected
    assert claim(STORY + text, iso3, category).value == value


def test_round_10_a_count_or_an_entry_with_no_noun_counts_only_in_an_article_on_the_story():
    assert claims("Spain follows with nine.") == set()
    assert claims("Nigeria's single entry is in Lagos.") == set()
    assert claims("Canada has five dots.") == set()


@pytest.mark.parametrize("text, expected", [
    ("The police of the Czech Republic made verifications of both addresses.", ("CZE", "investigation")),
    ("In Belgium, the federal prosecutor has opened a dossier on a presumed station in Brussels.", ("BEL", "investigation")),
    ("Japanese police carried out a house search at an organisation in Tokyo.", ("JPN", "investigation")),
    ("The Italian foreign ministry has convoked a functionary of the Chinese embassy to ask explanations.", ("ITA", "official_response")),
    ("Brazil's foreign ministry called a representative of the Chinese embassy for a conversation.", ("BRA", "official_response")),
    ("Japan's government has strongly requested to the Chinese side not to do any such activity.", ("JPN", "official_response")),
    ("In Serbia Chinese and Serbian police officers since 2019 are holding common patrols in Belgrade.", ("SRB", "patrol_agreement")),
    ("The Chinese restaurant in Seoul named as a station ended its business at the end of December.", ("KOR", "shutdown")),
    ("The Vienna association named as a Chinese station has its activity meanwhile ceased.", ("AUT", "shutdown")),
])
def test_round_10_translated_phrasings_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_expected", [
    ("Hungary's entry into the European Union came in 2004.", ("HUN", "station")),
    ("Canada's entry requirements were tightened.", ("CAN", "station")),
    ("Ireland's entry for the song contest was chosen.", ("IRL", "station")),
    ("Huawei's three Canadian entries won prizes.", ("CAN", "station")),
    ("Spain follows with nine medals.", ("ESP", "station")),
    ("Italy leads with 11 points after the second round.", ("ITA", "station")),
    ("Italy appeared in the final four times.", ("ITA", "station")),
    ("Rescuers in Chile carried out a search for the missing climbers.", ("CHL", "investigation")),
    ("The Spanish bakery in Madrid ended its business after the owner retired.", ("ESP", "station")),
    ("Chinese and Serbian football fans held common celebrations in Belgrade.", ("SRB", "patrol_agreement")),
])
def test_round_10_near_misses_of_counts_and_translated_phrasings_stay_unclaimed(text, not_expected):
    assert not_expected not in claims(STORY + text)


def test_round_10_a_place_where_a_correspondent_was_told_is_no_host():
    text = (STORY + "South Africa's police ministry says it is looking into three addresses in Johannesburg. A spokesperson told "
            "our correspondent in Nairobi that the ministry \"takes any threat to our sovereignty seriously\".")
    assert ("KEN", "official_response") not in claims(text)
    assert ("ZAF", "official_response") in claims(text)


def test_round_10_examining_what_the_offices_did_is_an_investigation():
    assert ("CAN", "investigation") in claims(STORY + "The Canadian committee is examining how the offices were run.")
    assert ("CAN", "investigation") not in claims(STORY + "The Canadian chef is examining how the ovens were run.")


@pytest.mark.parametrize("text, expected", [
    ("South Africa's police ministry said it had \"no information\" confirming the existence of such stations.",
     ("ZAF", "official_response")),
    ("A spokesperson for the Nigeria Police Force said the force had \"not come across\" any such facility.",
     ("NGA", "official_response")),
    ("A review of the premises by Chile's detective police was completed last year.", ("CHL", "investigation")),
    ("The Dutch foreign ministry told China's embassy to close both, calling them illegal.", ("NLD", "shutdown")),
])
def test_round_10_phrasings_from_dev_69_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_expected", [
    ("Brazil's Federal Police opened a preliminary inquiry in late 2022 and closed it the following year without charges.",
     ("BRA", "shutdown")),
    ("Chile's detective police said they had \"not come across\" any such problem with the bridge.", ("CHL", "official_response")),
    ("A review of the budget by Chile's finance ministry was completed last year.", ("CHL", "investigation")),
    ("The Dutch coach told the players to close ranks before the match.", ("NLD", "shutdown")),
])
def test_round_10_near_misses_of_dev_69_s_phrasings_stay_unclaimed(text, not_expected):
    assert not_expected not in claims(STORY + text)


@pytest.mark.parametrize("text, expected", [
    ("Two men living in Spain went back under similar pressure in 2021, according to case files.", ("ESP", "forced_return")),
    ("The case concerns an alleged Chinese police outpost in Manhattan's Chinatown, which FBI agents searched in October 2022.",
     ("USA", "investigation")),
    ("The United States had just one on the list, but it became the best known. It was on East Broadway in Manhattan's Chinatown. "
     "The FBI searched it in October 2022, and in April 2023 the Justice Department charged two men.", ("USA", "investigation")),
    ("Thai police said they visited the address in Bangkok and found a travel agency.", ("THA", "investigation")),
])
def test_round_10_returns_under_pressure_and_searches_and_visits_by_police_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_expected", [
    ("Two men living in Spain went back under pressure from their employer to finish the harvest.", ("ESP", "station")),
    ("A PSNI spokesperson in Belfast would not say whether officers had visited the address.", ("GBR", "investigation")),
    ("Thai tourists visited the temples in Bangkok.", ("THA", "investigation")),
    ("Dutch firefighters searched the building in Rotterdam, which police had sealed.", ("NLD", "investigation")),
])
def test_round_10_near_misses_of_returns_searches_and_visits_stay_unclaimed(text, not_expected):
    assert not_expected not in claims(STORY + text)


# --- round 10's second review: 443 probes of the second half's patterns of this round's patterns (old and new code side by side); what it found now holds

@pytest.mark.parametrize("text, not_claimed", [
    ('Safeguard Defenders reported Chinese police stations abroad. At the Olympics, Italy leads with 11 medals; Spain follows with nine.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. In the standings, Italy leads with 11 points; Spain follows with nine.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. In the medal table Italy leads with 11; Spain follows with nine.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. In the medal table Italy leads with 11; Spain follows with nine.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. In parliament seats, Italy leads with 11; Spain follows with nine.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. In parliament seats, Italy leads with 11; Spain follows with nine.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italy leads with 11 in the medal count.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italy leads with 11, according to the UEFA ranking.',
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italy leads with 11 Michelin-starred chefs, Spain follows with nine.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italian police arrested 11 people; Spain follows with nine.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese students are numerous in Europe: Britain leads with 150,000; France follows with 30,000.',
     ('GBR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese students are numerous in Europe: Britain leads with 150,000; France follows with 30,000.',
     ('FRA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese investment is rising. Hungary leads with 11 billion; Serbia follows with nine.',
     ('SRB', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The embassies were scored for openness. Denmark leads with 11 points, Norway follows with nine.',
     ('NOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. France was credited with four, the Olympic committee said.',
     ('FRA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Canada has five dots, the weather service said.',
     ('CAN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Iran had 11 on the sanctions lists.',
     ('IRN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The EU published its sanctions list. Hungary appeared on the list four times.',
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The football table was published. Hungary appeared on the list four times.',
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The US travel warning list was updated. Mali appeared on the list four times since 2015.',
     ('MLI', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. FATF updated its grey list. Tanzania was flagged once.',
     ('TZA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Tanzania was flagged once by FATF for money laundering.',
     ('TZA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Tanzania was flagged once for human rights abuses by the UN.',
     ('TZA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Tanzania was flagged once for cholera by the WHO.',
     ('TZA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Tanzania was flagged once as a transit point for ivory.',
     ('TZA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The flag of Tanzania was flagged once as offensive.',
     ('TZA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The press freedom watch list came out. Turkey was flagged twice.',
     ('TUR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Hungary was flagged twice by the European Commission for rule-of-law breaches.',
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Nigeria was flagged three times by Interpol red notices.',
     ('NGA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Greece was flagged twice by the tax authorities for late payments.',
     ('GRC', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Peru was flagged once by the IMF.',
     ('PER', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Bolivia was flagged once for drug trafficking.',
     ('BOL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chad was flagged once by his coach.',
     ('TCD', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Jordan appeared on the list four times, the NBA said.',
     ('JOR', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The name of Hungary appeared four times in the speech.',
     ('HUN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The US State Department list of human trafficking: Thailand appeared on the list four times.',
     ('THA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Japan's only entry in the Oscars was a documentary.",
     ('JPN', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Nigeria's single entry in the Olympic marathon finished fifth.",
     ('NGA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Nigeria's single entry in the competition is from Lagos.",
     ('NGA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Nigeria's single entry on the FATF grey list came in 2023.",
     ('NGA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Brazil's three dots on the earthquake map were minor tremors.",
     ('BRA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Brazil's three dots represent its World Cup titles on the shirt.",
     ('BRA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The single Irish dot on the weather map marked a storm.',
     ('IRL', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Three Portuguese entries were flagged by the dictionary editors.',
     ('PRT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Three Portuguese entries were flagged in the Eurovision semi-final.',
     ('PRT', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Ireland's single entry in the Booker shortlist was praised.",
     ('IRL', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Italy's three entries in the Venice film festival drew praise.",
     ('ITA', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Three French entries were shortlisted for the prize.',
     ('FRA', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Sweden's single listing on the stock exchange was a Chinese firm.",
     ('SWE', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Sweden's single listing on Nasdaq Stockholm is a Chinese company.",
     ('SWE', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Mexico's two listings on the UNESCO heritage list were approved.",
     ('MEX', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Turkey's single entry in the UNESCO list is Istanbul.",
     ('TUR', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Germany's two markers on the hiking map are in Bavaria.",
     ('DEU', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Poland's single entry is in Warsaw, a cafe on the tourist map.",
     ('POL', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Spain's entry, a Madrid restaurant, won a Michelin star.",
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Dutch entry, a song about tulips, came second.',
     ('NLD', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Two Austrian entries were flagged as spam by moderators.',
     ('AUT', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Two Spanish entries were flagged by Wikipedia editors as unreliable.',
     ('ESP', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Two Greek entries in the Eurovision final were popular.',
     ('GRC', 'station')),
    ("Safeguard Defenders reported Chinese police stations abroad. Kenya's single entry in the Guinness book is in Nairobi.",
     ('KEN', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italian prosecutors opened a dossier on tax evasion by a Prato textile firm.',
     ('ITA', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. French magistrates opened a dossier on the murder of a tourist.',
     ('FRA', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italian prosecutors opened a dossier on a mafia boss in Naples.',
     ('ITA', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Police in Chile opened a dossier on the migrant smuggling ring.',
     ('CHL', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Brazil strongly requested to the Chinese side that soybean tariffs be lowered.',
     ('BRA', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italy strongly requested to the Chinese side more market access for wine.',
     ('ITA', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Czech government strongly requested to the Chinese side the release of a detained journalist.',
     ('CZE', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. A Czech car maker strongly requested to the Chinese side that its patents be respected.',
     ('CZE', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Italian football federation strongly requested to the Chinese side a friendly match.',
     ('ITA', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. Austria called a representative of the Chinese embassy to discuss trade in cheese.',
     ('AUT', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Swiss government called a representative of the Chinese embassy to a trade fair.',
     ('CHE', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. A Dutch university convoked a functionary of the Chinese embassy to a seminar.',
     ('NLD', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Dutch foreign ministry convoked a functionary of the Chinese embassy over the arrest of a Dutch citizen in Beijing.',
     ('NLD', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Chilean foreign ministry convoked a functionary of the Chinese embassy over fishing vessels.',
     ('CHL', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The shop in Rotterdam has its activity meanwhile ceased because of bankruptcy.',
     ('NLD', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The association in Prague ended its business relationship with a Chinese bank.',
     ('CZE', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The association in Prague ended its business meeting at noon.',
     ('CZE', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The factory in Turin has its activity meanwhile ceased.',
     ('ITA', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The volcano in Iceland has its activity meanwhile ceased.',
     ('ISL', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The storm over Portugal has its activity meanwhile ceased.',
     ('PRT', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Chinese school in Lyon has its activity meanwhile ceased due to low enrolment.',
     ('FRA', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italian police carried out a search for a missing hiker in the Alps.',
     ('ITA', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Italian police carried out a search for a missing Chinese student in Bologna.',
     ('ITA', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Hungarian police carried out a house search at a gym in Budapest over doping.',
     ('HUN', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Police in Portugal made verifications of tax records of a Chinese company.',
     ('PRT', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. French police made verifications of the identity of protesters.',
     ('FRA', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Belgian customs made verifications of both containers in Antwerp.',
     ('BEL', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Chinese and Malian soldiers held common patrols under the UN mission.',
     ('MLI', 'patrol_agreement')),
    ('Safeguard Defenders reported Chinese police stations abroad. The hotel chain conducted a review of the premises in Madrid after the fire.',
     ('ESP', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. The fire brigade in Lisbon conducted a review of the premises.',
     ('PRT', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. A review of the premises by the Irish fire service found safety issues.',
     ('IRL', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. The landlord in Dublin conducted a review of the premises.',
     ('IRL', 'investigation')),
    ('Safeguard Defenders reported Chinese police stations abroad. Finnish police conducted a review of the premises after a break-in.',
     ('FIN', 'investigation')),
    ("Safeguard Defenders reported Chinese police stations abroad. Spanish police said they had no information confirming the suspect's identity.",
     ('ESP', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The German government said it had no information confirming the reports of a trade deal.',
     ('DEU', 'official_response')),
    ('Safeguard Defenders reported Chinese police stations abroad. The French government told the embassy to close both consulates in Marseille and Lyon.',
     ('FRA', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The French government told the embassy to close both gates during the protest.',
     ('FRA', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. Police told the embassy to close both entrances during the march in London.',
     ('GBR', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. Parents in Sweden told the school to close both classrooms.',
     ('SWE', 'shutdown')),
])
def test_round_10_second_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ('Safeguard Defenders reported Chinese police stations abroad. Irish police opened an investigation in 2022 and shut the station down the following year.',
     ('IRL', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Czech interior ministry opened an inquiry in 2022 and closed both stations the following year.',
     ('CZE', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Czech interior ministry opened an inquiry in 2022 and closed both stations the following year.',
     ('CZE', 'station')),
    ('Safeguard Defenders reported Chinese police stations abroad. Dutch authorities opened an inquiry and closed the station the following year.',
     ('NLD', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. Police opened an investigation in Prague and closed the centre the following month.',
     ('CZE', 'shutdown')),
    ('Safeguard Defenders reported Chinese police stations abroad. The Portuguese police opened an inquiry in 2022 and closed the three Lisbon stations in 2023.',
     ('PRT', 'shutdown')),
])
def test_round_10_second_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)



# --- round 11: phrasings of real coverage, from dev_71 to dev_73 (each fails on the code before it) ---

@pytest.mark.parametrize("text, expected", [
    ('Italian police are making verifications on the so called Chinese "police stations" in Prato.', ("ITA", "investigation")),
    ("In Austria, the interior ministry said it was examining the tips received.", ("AUT", "investigation")),
    ("The office on East Broadway shut after an FBI search in the autumn of 2022.", ("USA", "investigation")),
    ("New Zealand's foreign minister said a multi-agency review of the report was under way.", ("NZL", "investigation")),
    ('In Canada, the suspected stations had "ceased" their activities after officers paid them visits.', ("CAN", "shutdown")),
    ('Police Scotland said it was treating reports of a station at a Glasgow restaurant "extremely seriously".',
     ("GBR", "official_response")),
    ("The Irish department had raised the presence of a station on Capel Street in Dublin with the Chinese embassy in October.",
     ("IRL", "official_response")),
    ("Czech diplomats have brought up these stations with the Chinese side again and again.",
     ("CZE", "official_response")),
    ("The New Zealand foreign minister called the findings concerning.", ("NZL", "official_response")),
    ('Italy\'s interior minister said: "We do not exclude sanctions, if irregularities emerge."', ("ITA", "official_response")),
])
def test_round_11_real_coverage_phrasings_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Italian engineers are making verifications on the new bridge in Genoa.", ("ITA", "investigation")),
    ("A Dutch court is examining the tips of the fencing foils used in Rotterdam.", ("NLD", "investigation")),
    ("The book review of the report on Spanish wine was glowing.", ("ESP", "investigation")),
    ("A carpenter in Ottawa ceased work on the shed.", ("CAN", "shutdown")),
    ("A Glasgow chef said he was treating the new menu very seriously.", ("GBR", "official_response")),
    ("The Irish charity raised funds for flood victims in Cork with help from local firms.", ("IRL", "official_response")),
    ("The Czech minister said his team had brought up the issue with the European Commission.", ("CZE", "official_response")),
    ("The New Zealand foreign minister called the findings of the rugby inquiry encouraging.", ("NZL", "official_response")),
    ("Italy's football federation does not exclude sanctions against Juventus.", ("ITA", "official_response")),
])
def test_round_11_the_same_words_about_other_things_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(STORY + text)


def test_round_11_a_closure_china_s_embassy_reports_is_placed_where_the_embassy_is():
    said = claims(STORY + "Police in Auckland were asked. China's embassy in Berlin said the centres had been run by volunteers "
                          'and had "long since ceased" their work.')
    assert ("DEU", "shutdown") in said and ("NZL", "shutdown") not in said
    assert ("CHE", "station") not in claims(STORY + 'The Chinese embassy in Bern said China "has never set up so-called overseas '
                                                    'police stations".')


# --- round 11, second half: from dev_74 to dev_76 and the rest of dev_71 to dev_73 (each fails on the code before it) ---

@pytest.mark.parametrize("text, expected", [
    ("Nigeria, Lesotho and Tanzania also appear on the list, in Africa.", ("TZA", "station")),
    ("Peru, Colombia, Panama and Cuba also appear in the list.", ("PAN", "station")),
    ("Its African entries were in Nigeria, Lesotho and Tanzania.", ("LSO", "station")),
    ("When Croatia appeared on the NGO's list of countries with stations, the ministry said nothing.", ("HRV", "station")),
    ("The report put Croatia on the list of countries where exist Chinese police service stations.", ("HRV", "station")),
    ("The rights group lists Germany among the countries hosting the outposts.", ("DEU", "station")),
    ('The group named South Korea in December 2022 among the countries hosting Chinese police "service stations".',
     ("KOR", "station")),
    ("The largest cluster, by the group's count, is in Italy, which has 11.", ("ITA", "station")),
    ("Portugal reportedly hosts three, in Lisbon, Porto and on the island of Madeira.", ("PRT", "station")),
    ("Italy's interior minister said soon afterwards that the joint patrols would not be repeated in any form.",
     ("ITA", "official_response")),
    ("The Italian interior minister declared that such cooperation will not be practised anymore.", ("ITA", "official_response")),
    ("Asked in committee, the Minister of Justice told MPs that at present nothing indicated such a station was operating in Belgium.",
     ("BEL", "official_response")),
    ("In Britain, police had visited all the reported sites and did not believe any was still operating.", ("GBR", "official_response")),
    ('Asked about Sydney, an Australian Federal Police deputy commissioner replied: "I don\'t believe it\'s active."',
     ("AUS", "official_response")),
    ('A SAPS spokesperson in South Africa told fact-checkers that the Gqeberha centre was "not a police station".',
     ("ZAF", "official_response")),
    ('The Spanish Government has "no agreement" with Beijing for the opening of joint police stations.', ("ESP", "official_response")),
])
def test_round_11_second_half_phrasings_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_claimed", [
    ("Japan appears on the FATF grey list again.", ("JPN", "station")),
    ("Brazil featured in the list of top coffee exporters.", ("BRA", "station")),
    ("France is on the list of countries with the most Michelin stars.", ("FRA", "station")),
    ("Germany appeared in the report as a country that had acted quickly.", ("DEU", "station")),
    ("Britain now has one, and a former detective told a committee it could be used.", ("GBR", "station")),
    ("Germany, which has 80 million people, said the cooperation with France would not be continued until 2030.",
     ("DEU", "official_response")),
    ("Asked in committee, the Minister of Justice told MPs that at present nothing indicated such a station was operating in Belgium.",
     ("BEL", "station")),
    ("In Belgium, a shopkeeper said she did not believe the shop was still operating.", ("BEL", "official_response")),
    ("Nothing indicates the weather in Belgium will improve.", ("BEL", "official_response")),
    ("Italy has no agreement with China on wine tariffs, the trade body said.", ("ITA", "official_response")),
    ('The group named South Korea in December 2022 among the countries hosting Chinese police "service stations".',
     ("KOR", "patrol_agreement")),
    ("In Canada, a senior RCMP officer warned MPs that the outposts could help push people into returning against their will.",
     ("CAN", "forced_return")),
    ("The RCMP told MPs that these stations could contribute to people being sent back to China against their will.",
     ("CAN", "forced_return")),
    ("There is no public evidence that anyone in Ireland was pressured to go back to China through it.", ("IRL", "forced_return")),
    ("The director said that no specific case of anyone in Portugal being pushed to return to China has been identified.",
     ("PRT", "forced_return")),
])
def test_round_11_second_half_near_misses_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(STORY + text)


def test_round_11_a_question_that_a_report_counts_stations_still_reports_them():
    assert ("AUS", "station") in claims(STORY + "Is the Minister aware that the same report counts four such stations in "
                                                "Australia, including two in Sydney?")


def test_round_11_a_country_on_the_list_keeps_its_own_count():
    assert claim(STORY + "Hungary appeared on the group's list four times, all in Budapest.", "HUN", "station").value == "4"
    assert ("HUN", "station") not in claims(STORY + "The EU published its sanctions list. Hungary appeared on the list four times.")


@pytest.mark.parametrize("text, not_claimed", [
    ("We found no evidence that France, Germany or Spain has considered similar arrangements.", ("DEU", "investigation")),
    ("Coalition MPs in Belgium had demanded last week that the posts be shut.", ("BEL", "shutdown")),
    ("Coalition MPs in Belgium had demanded last week that the posts be shut.", ("BEL", "official_response")),
    ("Canadian activists have called for a public inquiry into foreign interference.", ("CAN", "official_response")),
    ("In Mexico City, police arrested eleven Chinese nationals in a raid on a nightclub accused of drug sales.",
     ("MEX", "official_response")),
])
def test_round_11_what_others_found_demanded_or_another_crime_are_no_state_acts(text, not_claimed):
    assert not_claimed not in claims(STORY + text)


@pytest.mark.parametrize("text, expected", [
    ("Dutch police found no evidence of a crime at the Rotterdam station.", ("NLD", "investigation")),
    ("The Belgian government demanded last week that the posts be shut.", ("BEL", "shutdown")),
    ("The Belgian government demanded an explanation from the Chinese ambassador.", ("BEL", "official_response")),
    ("In Madrid, police arrested two men who ran the station.", ("ESP", "official_response")),
])
def test_round_11_the_state_s_own_findings_demands_and_arrests_still_count(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, expected", [
    ('The building in Chiyoda ward in Tokyo had been searched last May as one of two suspected Chinese police bases in Japan.',
     ('JPN', 'investigation')),
    ('British police had called at each of the four addresses.',
     ('GBR', 'investigation')),
    ('The Dutch ministry itself would look into what exactly they had been doing.',
     ('NLD', 'investigation')),
    ('The Spanish Ministry of the Interior is verifying the veracity of the informations about possible Chinese centres.',
     ('ESP', 'investigation')),
    ("New Zealand police said their review of Safeguard Defenders' claim had concluded.",
     ('NZL', 'investigation')),
    ('In Britain, a review of four sites had found no evidence of illegal activity by the Chinese state.',
     ('GBR', 'investigation')),
    ('In 2019 New Zealand Police signed a friendship and cooperation arrangement with the Guangzhou Public Security Bureau.',
     ('NZL', 'patrol_agreement')),
    ('In Romania, a cooperation deal between Nantong police and the local police of Dobroesti was signed.',
     ('ROU', 'patrol_agreement')),
    ('In Serbia, a man accused of fraud was talked into leaving Belgrade for China.',
     ('SRB', 'forced_return')),
    ('A man who had settled in Prato in Italy in 2002 was made to go back 13 years later over an embezzlement charge.',
     ('ITA', 'forced_return')),
    ('Officers escorted a 59-year-old woman living in Australia back to China.',
     ('AUS', 'forced_return')),
    ('In Fiji, 77 Chinese nationals were flown back to China without any extradition hearing.',
     ('FJI', 'forced_return')),
    ('The Irish department said all foreign states had to respect Irish and international law on Irish soil.',
     ('IRL', 'official_response')),
    ("An office in Dublin closed after Ireland's foreign ministry objected.",
     ('IRL', 'official_response')),
    ('Fiji will not carry on with its policing agreement with China.',
     ('FJI', 'official_response')),
    ('The Australian Federal Police stopped letting Chinese police officers visit after 2019.',
     ('AUS', 'official_response')),
    ('Ireland has already had a Fuzhou-linked office in Dublin shut.',
     ('IRL', 'station')),
    ('The group placed a Nantong-run centre in Auckland.',
     ('NZL', 'station')),
    ('A "contact point" in Sydney set up by Wenzhou police in 2018 was identified in October.',
     ('AUS', 'station')),
    ('In Serbia, Chinese policemen are walking on the streets of Belgrade, Novi Sad and Smederevo.',
     ('SRB', 'patrol_agreement')),
    ('In France, the interior ministry has said only that it is "monitoring" the issue.',
     ('FRA', 'official_response')),
    ('In South Korea, the restaurant has since shut, citing an eviction.',
     ('KOR', 'shutdown')),
    ('The New York outpost shut in the autumn of 2022 after FBI agents searched it.',
     ('USA', 'investigation')),
])
def test_round_11_third_batch_phrasings_are_found(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_claimed", [
    ('Volunteers in Madrid searched the building all night.',
     ('ESP', 'investigation')),
    ('A Dutch chef in Amsterdam would look into what makes bread rise.',
     ('NLD', 'investigation')),
    ('A Spanish museum in Madrid is verifying the authenticity of a painting.',
     ('ESP', 'investigation')),
    ('In Britain, a review of four films praised the actors.',
     ('GBR', 'investigation')),
    ('The postman in Dublin had called at each of the four addresses.',
     ('IRL', 'investigation')),
    ('New Zealand signed a trade agreement with the Guangzhou chamber of commerce.',
     ('NZL', 'patrol_agreement')),
    ('A man in Italy was made to go back to school at 40.',
     ('ITA', 'forced_return')),
    ('Activists in Ireland said foreign states must respect Irish law.',
     ('IRL', 'official_response')),
    ('The Irish football club objected to the referee in Dublin.',
     ('IRL', 'official_response')),
    ('In Kenya, a Fuzhou-run restaurant opened in Nairobi.',
     ('KEN', 'station')),
    ('Germany will not renew its police cooperation agreement with France.',
     ('DEU', 'official_response')),
    ('The Serbian ambassador was escorted back to his car in Belgrade.',
     ('SRB', 'forced_return')),
    ('Tourists in Rome were flown back to China after the cruise was cancelled.',
     ('ITA', 'forced_return')),
])
def test_round_11_third_batch_near_misses_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(STORY + text)


# --- round 11: a review's probes of the new patterns (597 texts, old and new code side by side); each wrong new claim
# mended is a near miss below, each right claim the new code had lost is a claim below

@pytest.mark.parametrize("text, not_claimed", [
    ("Safeguard Defenders listed Chinese police stations abroad. The marathon's entries were in Kenya and Ethiopia this year.",
     ('KEN', 'station')),
    ("Safeguard Defenders listed Chinese police stations abroad. The marathon's entries were in Kenya and Ethiopia this year.",
     ('ETH', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Most film festival entries are in France, organisers said.',
     ('FRA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Italy has won four World Cups. Brazil, which has five, last won in 2002.',
     ('BRA', 'station')),
    ("Safeguard Defenders listed Chinese police stations abroad. Each EU member has two commissioners' votes in some bodies. Malta, which also has two, abstained.",
     ('MLT', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Most Gulf states host one US base. Qatar, which reportedly has two, is the exception.',
     ('QAT', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The group has not put Poland on its list of countries with stations.',
     ('POL', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Among the countries that have condemned the stations are Canada and the Netherlands.',
     ('CAN', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Among the countries that have condemned the stations are Canada and the Netherlands.',
     ('NLD', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Vietnam appears in the report only as the birthplace of one of the authors.',
     ('VNM', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Russia and Belarus also appear on the list of countries banned from the Paris Olympics.',
     ('RUS', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Russia and Belarus also appear on the list of countries banned from the Paris Olympics.',
     ('BLR', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Eurovision entries are in Sweden this year, as the contest returns to Malmo.',
     ('SWE', 'station')),
    ('The Garda search for the missing hiker in Wicklow, Ireland, was called off on Tuesday.',
     ('IRL', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Garda search for a missing teenager in Cork, Ireland, was stood down on Tuesday.',
     ('IRL', 'investigation')),
    ('The Dutch government review of the claims about the asylum contract concluded in May.',
     ('NLD', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. In the Netherlands, a government review of the claims made by farmers about nitrogen rules was published.',
     ('NLD', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Safeguard Defenders said an official review of its findings in Spain had never been started.',
     ('ESP', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The UEFA disciplinary body began a formal review of the claims against the Serbian club.',
     ('SRB', 'investigation')),
    ("Safeguard Defenders listed Chinese police stations abroad. The Dutch club's coach examined leads from his scouts about a young striker in Brazil.",
     ('NLD', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. In Belgium, Safeguard Defenders made verifications of the two "service" addresses it had listed.',
     ('BEL', 'investigation')),
    ("Safeguard Defenders listed Chinese police stations abroad. Asked about a government review of the claims, Austria's chancellor said there was none.",
     ('AUT', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Police in France examined several leads in Paris, but none concerned the station.',
     ('FRA', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Nothing indicated any Chinese station was operating in Norway, the group conceded.',
     ('NOR', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Nothing suggests a Chinese police office operated in Finland, said a Chinese embassy spokesperson.',
     ('FIN', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Nothing indicates the police budget in Denmark will rise, the finance minister said.',
     ('DNK', 'official_response')),
    ("Safeguard Defenders listed Chinese police stations abroad. China's embassy in South Africa said the Johannesburg centre was not a police station.",
     ('ZAF', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. A spokesperson for Safeguard Defenders said the office in Kenya was not a police station but a front.',
     ('KEN', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Australia has no agreement with China on security cooperation in the Pacific, analysts said.',
     ('AUS', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Solomon Islands has no agreement with the Chinese authorities allowing police stations, the group noted, but it does have a policing deal.',
     ('SLB', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Activists said Hungary had no agreement with Beijing on police patrols but tolerated the office anyway.',
     ('HUN', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Nothing indicated the activities in Chile were illegal, the Chinese ambassador said.',
     ('CHL', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Nothing suggests a Chinese station operated in Latvia, but police in Riga are still investigating.',
     ('LVA', 'official_response')),
    ("Safeguard Defenders listed Chinese police stations abroad. Germany's chancellor raised the trade deficit with the Chinese government during his visit.",
     ('DEU', 'official_response')),
    ("Safeguard Defenders listed Chinese police stations abroad. Kenya's president raised the issue of debt relief with Chinese officials in Beijing.",
     ('KEN', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The United States has not ruled out sanctions on Chinese firms over Russia, officials in Washington said.',
     ('USA', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Austrian skiing body does not exclude sanctions for the athletes who missed the doping test.',
     ('AUT', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The restaurant in Lyon, France, "ceased" trading because of rent rises, its owner said.',
     ('FRA', 'shutdown')),
    ('Safeguard Defenders listed Chinese police stations abroad. The restaurant in Lyon, France, "ceased" trading because of rent rises, its owner said.',
     ('FRA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The factory in Hungary "ceased" operations in 2019 after the owner died.',
     ('HUN', 'shutdown')),
    ('Safeguard Defenders listed Chinese police stations abroad. The factory in Hungary "ceased" operations in 2019 after the owner died.',
     ('HUN', 'station')),
    ("Ireland's foreign minister raised the issue of beef exports with the Chinese ambassador during a meeting in Dublin.",
     ('IRL', 'official_response')),
    ('An FBI search of a storage unit in Ohio turned up classified documents, prosecutors said.',
     ('USA', 'investigation')),
    ('A Garda search of a house in Limerick, Ireland, uncovered cannabis worth 200,000 euros.',
     ('IRL', 'investigation')),
    ('The Japanese government has not ruled out sanctions against Russia over the seizure of fishing boats.',
     ('JPN', 'official_response')),
    ("Germany's interior minister did not rule out expulsions of Russian diplomats after the spy arrests.",
     ('DEU', 'official_response')),
    ('Police in Portugal checked tips from the public after the disappearance of a British girl in the Algarve.',
     ('PRT', 'investigation')),
    ("Italy's transport minister said joint patrols with French police on the Ventimiglia border would not be resumed.",
     ('ITA', 'official_response')),
    ('Cooperation between Italy and China on the Belt and Road will not be continued, the Italian prime minister said.',
     ('ITA', 'official_response')),
    ('An official review of the claims about tax evasion by the Dutch football club began in April.',
     ('NLD', 'investigation')),
    ('The multi-agency review of the report on knife crime in London will be published next month.',
     ('GBR', 'investigation')),
    ("Britain's MI5 examined tips about Chinese spies in Parliament for two years.",
     ('GBR', 'investigation')),
    ('Police in Italy examined leads in the murder case in Prato for weeks.',
     ('ITA', 'investigation')),
    ('Chinese state media said Spain had no agreement with Beijing on police cooperation but welcomed talks.',
     ('ESP', 'official_response')),
    ("China's embassy in Seoul said the restaurant had been vacated by the owner.",
     ('KOR', 'shutdown')),
    ("China's embassy in Seoul said the restaurant had been vacated by the owner.",
     ('KOR', 'station')),
    ('A spokeswoman for the Chinese community in Vienna, Austria, said the address was "not a police station".',
     ('AUT', 'official_response')),
    ('Nothing indicated any Chinese station was operating in Norway, the group conceded.',
     ('NOR', 'official_response')),
    ('The Solomon Islands has no agreement with the Chinese authorities allowing police stations, the group noted, but it does have a policing deal.',
     ('SLB', 'official_response')),
    ('Nothing suggests a Chinese station operated in Latvia, but police in Riga are still investigating.',
     ('LVA', 'official_response')),
    ('The Garda search for a missing teenager in Cork, Ireland, was stood down on Tuesday.',
     ('IRL', 'investigation')),
    ('In the Netherlands, a government review of the claims made by farmers about nitrogen rules was published.',
     ('NLD', 'investigation')),
    ('Safeguard Defenders said an official review of its findings in Spain had never been started.',
     ('ESP', 'investigation')),
    ('The UEFA disciplinary body began a formal review of the claims against the Serbian club.',
     ('SRB', 'investigation')),
    ("The Dutch club's coach examined leads from his scouts about a young striker in Brazil.",
     ('NLD', 'investigation')),
    ('In Belgium, Safeguard Defenders made verifications of the two "service" addresses it had listed.',
     ('BEL', 'investigation')),
    ("Asked about a government review of the claims, Austria's chancellor said there was none.",
     ('AUT', 'investigation')),
    ('Police in France examined several leads in Paris, but none concerned the station.',
     ('FRA', 'investigation')),
    ('The police chief in Ireland defended the Garda search of the Dublin building.',
     ('IRL', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Slovenia and Croatia each joined the EU, Croatia last. Slovenia, which also had one, was first.',
     ('SVN', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Most countries have one national police force. Belgium, which has two, is an exception.',
     ('BEL', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Latvian farmers brought up the issue of grain imports with the Chinese embassy.',
     ('LVA', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Estonian interior minister said joint patrols with Finnish police would never be practised again after the incident.',
     ('EST', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. A Slovak government minister did not believe the coalition was still operational after the vote.',
     ('SVK', 'official_response')),
])
def test_round_11_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ('Safeguard Defenders listed Chinese police stations abroad. Does China have police stations in Hungary? The group says yes, two in Budapest.',
     ('HUN', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Has the government acted on the Chinese police station in Dublin, Ireland?',
     ('IRL', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Did the police in Canada know about the three stations in Toronto before the report came out?',
     ('CAN', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Will Dutch police close the two Chinese police stations in Amsterdam and Rotterdam?',
     ('NLD', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Can the minister explain why a Chinese police station still operates in Milan, Italy?',
     ('ITA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Was the Chinese police station in Glasgow, Scotland, ever closed? The group says it was.',
     ('GBR', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Officers at the Paris station would help to persuade fugitives in France to go back to China, the report says, and one did return in 2020.',
     ('FRA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Do you know the Chinese police station in Buenos Aires, Argentina, that the report lists?',
     ('ARG', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Did the Irish government know about the Dublin station for years before the report?',
     ('IRL', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Is the station in Toronto, Canada, linked to the one in Vancouver? Investigators think so.',
     ('CAN', 'station')),
    ('Is there a Chinese police station in Dublin? The Irish government says not any more.',
     ('IRL', 'station')),
    ('Did the Chinese embassy in Madrid run the stations in Spain? The Spanish government has not said.',
     ('ESP', 'station')),
    ('Do Chinese police stations in Spain still exist? The interior ministry declined to comment.',
     ('ESP', 'station')),
    ('Will New Zealand close the Auckland station? Police have not decided.',
     ('NZL', 'station')),
    ('Can Japan shut down the Tokyo station legally? Experts are divided.',
     ('JPN', 'station')),
    ('Is the Vancouver outpost in Canada still open? The RCMP would not say.',
     ('CAN', 'station')),
    ('Did the police in Canada arrest anyone over the Montreal stations? Yes, two men were charged in 2024.',
     ('CAN', 'station')),
    ('Chinese police could help push fugitives in Britain to go home, the report said; at least one man in London did return in 2019.',
     ('GBR', 'forced_return')),
    ('Officers at the station in Milan would help persuade a man in Italy to return, and he went back to China in 2018, the group said.',
     ('ITA', 'forced_return')),
    ('Does China have police stations in Hungary? The group says yes, two in Budapest.',
     ('HUN', 'station')),
    ('Can the minister explain why a Chinese police station still operates in Milan, Italy?',
     ('ITA', 'station')),
    ('Was the Chinese police station in Glasgow, Scotland, ever closed? The group says it was.',
     ('GBR', 'station')),
    ('Did the Irish government know about the Dublin station for years before the report?',
     ('IRL', 'station')),
])
def test_round_11_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)


# --- round 11: a second review of the third batch (445 texts, old and new code side by side); each wrong new claim
# mended is a near miss below, each right claim the new code had lost is a claim below

@pytest.mark.parametrize("text, not_claimed", [
    ('Safeguard Defenders listed Chinese police stations abroad. A Shenzhen-backed technology centre opened in Budapest last year, creating 300 jobs.',
     ('HUN', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Guangzhou-run trade office in Dubai promotes Cantonese exports.',
     ('ARE', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. A Wenzhou-run wholesale centre in Aubervilliers, France, sells clothing to market traders.',
     ('FRA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Shenzhen-linked investment desks in Singapore handle billions in deals.',
     ('SGP', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Zhejiang-operated branches of the Bank of China in Milan serve Italian clients.',
     ('ITA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. In Chile, a Guangzhou-run shipping office in Valparaiso handles fruit exports.',
     ('CHL', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. A Wenzhou-backed contact point for investors in Athens, Greece, helps businesses find partners.',
     ('GRC', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. A contact point in Sydney set up by New South Wales police helps tourists who lose their passports.',
     ('AUS', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Italian police set up a contact point run by local police in Rome for Chinese tourists.',
     ('ITA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Spanish contact point set up by the national police for victims of online fraud opened in Madrid.',
     ('ESP', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The EU contact point in Brussels set up by Europol and national police coordinates cybercrime cases.',
     ('BEL', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. In Germany, a contact point established by the federal police in Frankfurt handles airport complaints.',
     ('DEU', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Fuzhou-backed bakery branch in Paris closed after rent rises.',
     ('FRA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. A Fujian-run fishing base in Mauritania has been criticised by environmental groups.',
     ('MRT', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. French customs officers searched the shop in Paris for counterfeit handbags.',
     ('FRA', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Police in Chile searched the apartment where the singer was found dead.',
     ('CHL', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Passengers were searched at train stations across France during the security alert.',
     ('FRA', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Fans were searched at the station in Milan before the Champions League match, Italian police said.',
     ('ITA', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Suitcases were searched at bus stations in Kenya after a bomb threat.',
     ('KEN', 'investigation')),
    ('Commuters were searched at metro stations in Madrid, Spain, after the attack.',
     ('ESP', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Chilean police are verifying the authenticity of the banknotes seized in Santiago.',
     ('CHL', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The German government is verifying the accuracy of the election results in Thuringia.',
     ('DEU', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Chinese embassy in Canberra, Australia, published its review of the report, calling it "fabricated".',
     ('AUS', 'investigation')),
    ("Safeguard Defenders listed Chinese police stations abroad. A Kenyan telecoms firm's deal with China's Ministry of Public Security drew criticism from Kenyan privacy activists.",
     ('KEN', 'patrol_agreement')),
    ('Safeguard Defenders listed Chinese police stations abroad. Italy refused an agreement with the Chinese Ministry of Public Security, the Italian interior minister said.',
     ('ITA', 'patrol_agreement')),
    ("Safeguard Defenders listed Chinese police stations abroad. Hikvision's deal with the Xinjiang Public Security Bureau was cited by the US when it sanctioned the company.",
     ('USA', 'patrol_agreement')),
    ('Safeguard Defenders listed Chinese police stations abroad. An agreement between Chinese police and Interpol on fugitive notices was discussed in Lyon, France.',
     ('FRA', 'patrol_agreement')),
    ("Safeguard Defenders listed Chinese police stations abroad. Argentina's security ministry held talks in Buenos Aires about a pact with the Ministry of Public Security on fishing fleets.",
     ('ARG', 'patrol_agreement')),
    ('Safeguard Defenders listed Chinese police stations abroad. Fiji will not renew its police agreement with Australia, though China has offered one, a minister said.',
     ('FJI', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Samoa will not extend its security agreement with New Zealand beyond 2025, despite Chinese interest in the islands.',
     ('WSM', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Chinese foreign ministry said Kiribati would not continue its police cooperation agreement with Beijing.',
     ('KIR', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Taiwan stopped allowing Chinese officials to attend the trade fair in Taipei.',
     ('TWN', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Nepal no longer allows Chinese officers to cross the border at Kodari, the Chinese embassy said.',
     ('NPL', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Chinese police officers on holiday walked on the streets of Rome, Italy, with their families.',
     ('ITA', 'patrol_agreement')),
    ('Safeguard Defenders listed Chinese police stations abroad. A Spanish footballer was talked into returning to Real Madrid after a season in China.',
     ('ESP', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. A striker in Italy was talked into coming back to the national team by the coach.',
     ('ITA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Brazilian player was made to go home after his red card in the World Cup in Qatar.',
     ('BRA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Brazilian player was made to go home after his red card in the World Cup in Qatar.',
     ('QAT', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Workers at the Chinese-run mine in Zambia were made to go home early during the strike.',
     ('ZMB', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Chinese students in Japan were made to fly home when the pandemic began.',
     ('JPN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Chinese students in Japan were made to fly home to China when the pandemic began.',
     ('JPN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Team officials escorted the gymnasts competing in Japan back to China after the Games.',
     ('JPN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Security staff escorted the giant pandas from Scotland back to China.',
     ('GBR', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Chinese diplomats escorted the delegation visiting Kenya back to China in a chartered jet.',
     ('KEN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Chinese navy ships escorted the evacuees from Sudan back to China in 2023.',
     ('SDN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Thai police escorted 200 Chinese tourists back to China after their tour company collapsed.',
     ('THA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The athletes were flown back to China without their coach after the Games in France.',
     ('FRA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Mars samples will be flown back to China without delay after landing in Inner Mongolia.',
     ('MNG', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Gold medallists from Australia were flown back to China without fanfare, Chinese media said.',
     ('AUS', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Artefacts seized in Italy were flown back to China in custody of Chinese police.',
     ('ITA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The satellite was flown back to China without its solar panels from the launch site in French Guiana.',
     ('GUF', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Investors in Germany may be pressured to return their money to China, and some did return it.',
     ('DEU', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. A coach in Brazil was talked into going back to his old club in Sao Paulo.',
     ('BRA', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Players in England were made to go back into the dressing room after the storm.',
     ('GBR', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Dutch chef was talked into leaving Amsterdam for China to open a restaurant in Shanghai.',
     ('NLD', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Kenyan runner was talked into leaving Nairobi for China for a marathon in Xiamen.',
     ('KEN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. An American engineer was talked into leaving Boston for China by a recruitment programme.',
     ('USA', 'forced_return')),
    ("Safeguard Defenders listed Chinese police stations abroad. Canadian police escorted the Chinese consul back to China's consulate in Vancouver.",
     ('CAN', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. Tourists in Thailand need to respect local laws, the Thai tourism ministry said.',
     ('THA', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Hungarian government said Israel must respect international law in Gaza.',
     ('ISR', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Austrian central bank is monitoring the issue of inflation closely.',
     ('AUT', 'official_response')),
    ('The Italian government objected, saying the tariffs on electric cars were excessive.',
     ('ITA', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. Serbian police had called at the offices of the opposition newspaper in Belgrade.',
     ('SRB', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. British police called at the premises of the chip shop in Leeds after complaints about noise.',
     ('GBR', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Japanese government is verifying the authenticity of the letter from North Korea.',
     ('JPN', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Zhejiang-run trade centre in Dubai sells products from Yiwu to Gulf buyers.',
     ('ARE', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. A contact point in Sydney set up by Australian Federal Police helps victims of foreign interference.',
     ('AUS', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The contact point run by Guangzhou airport staff in Lagos, Nigeria, assists travellers.',
     ('NGA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. In Portugal, a contact point set up by Portuguese police to receive complaints from the Chinese community opened in Lisbon.',
     ('PRT', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Chinese students in Britain were made to go home to China by their universities.',
     ('GBR', 'forced_return')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Chinese embassy in Ottawa, Canada, objected to the closure of the office.',
     ('CAN', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Chinese public security ministry said Serbia no longer allows Chinese police to patrol in Belgrade.',
     ('SRB', 'official_response')),
    ('Safeguard Defenders listed Chinese police stations abroad. A review of all addresses in Ireland is planned, according to the group.',
     ('IRL', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Japanese police are verifying the accuracy of witness accounts of the crash in Osaka.',
     ('JPN', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Luggage was searched at the ferry station in Dover, England, after a drug tip.',
     ('GBR', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Voters were searched at polling stations in Venezuela, observers said.',
     ('VEN', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Workers were searched at the power station in Ukraine before the inspection.',
     ('UKR', 'investigation')),
    ('Safeguard Defenders listed Chinese police stations abroad. Guangzhou-linked bases in Cambodia run scam compounds, according to UN investigators.',
     ('KHM', 'station')),
])
def test_round_11_second_reviews_probes_are_no_claims(text, not_claimed):
    assert not_claimed not in claims(text)


@pytest.mark.parametrize("text, claimed", [
    ('Safeguard Defenders listed Chinese police stations abroad. Their Latin American entries were in Brazil and Ecuador, the group said.',
     ('BRA', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. Their Latin American entries were in Brazil and Ecuador, the group said.',
     ('ECU', 'station')),
    ('Safeguard Defenders listed Chinese police stations abroad. The Dutch government has not ruled out expulsions over the stations, a spokesman said.',
     ('NLD', 'official_response')),
])
def test_round_11_second_reviews_probes_that_are_claims(text, claimed):
    assert claimed in claims(text)


@pytest.mark.parametrize("text, expected", [
    ("The Department of Foreign Affairs told the Chinese embassy the office in Dublin had no authorisation to operate.",
     ("IRL", "official_response")),
    ("In Seoul, they could not find clear evidence that it was used as a police base, a security official told this paper.",
     ("KOR", "official_response")),
    ("No foreign state will be allowed to carry out police activity in Spain.", ("ESP", "official_response")),
])
def test_round_11_a_state_s_refusals_and_findings_are_its_responses(text, expected):
    assert expected in claims(STORY + text)


@pytest.mark.parametrize("text, not_claimed", [
    ("The Irish restaurant had no licence to operate a terrace in Cork, the council said.", ("IRL", "official_response")),
    ("Safeguard Defenders said the Dublin office had never been given permission to operate.", ("IRL", "official_response")),
    ("Fans in Seoul could not find any evidence of the singer's new album.", ("KOR", "official_response")),
])
def test_round_11_the_same_refusals_by_others_or_of_other_things_are_no_responses(text, not_claimed):
    assert not_claimed not in claims(STORY + text)
