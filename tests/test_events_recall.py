"""Event recall: acts the coder used to miss, on our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # a reported clause in the passive has no agent to share: the second act is the reporter's
    ("Oxfam said the grain had been diverted to the army and asked Sweden to halt its "
     "payments.", ("REQUEST", "Oxfam", "Sweden")),
    ("Norway said its embassy had been searched and accused Belarus of breaking the Vienna "
     "Convention.", ("ACCUSE", "Norway", "Belarus")),
    # ... also where the parse hangs the act on the reported adjective
    ("Norway said it was shocked and accused Belarus of jamming the signals.",
     ("ACCUSE", "Norway", "Belarus")),
    # ... also after the speaker's participle (", citing X, and urged Y")
    ("Oxfam said the grain had been diverted, citing aid workers, and urged Sweden to halt "
     "its payments.", ("REQUEST", "Oxfam", "Sweden")),
])
def test_act_coordinated_with_a_passive_report_is_the_reporters(analyze, text, expected):
    assert expected in events(analyze(text))


def test_passive_conjunct_with_its_own_agent_is_not_the_reporters(analyze):
    doc = analyze("The plan was drafted by the ministry and approved by the cabinet, the "
                  "Kenyan news agency reported.")
    assert not [e for e in events(doc) if e[0] == "SUPPORT" and e[1] and "agency" in e[1]]


@pytest.mark.parametrize("text, expected", [
    # a request the actor announces is already its REQUEST
    ("Chile said it would ask the World Bank to freeze the loan.",
     ("REQUEST", "Chile", "World Bank")),
    ("Kenya will ask Uganda for an explanation, the ministry said.",
     ("REQUEST", "Kenya", "Uganda")),
])
def test_announced_request_is_a_request(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text", [
    "Chile would ask the World Bank to freeze the loan if Peru defaulted.",  # a condition
    "Chile said it would not ask the World Bank to freeze the loan.",  # negated
    "Chile said it would demand that the World Bank freeze the loan.",  # not an asking verb
])
def test_other_future_requests_stay_no_request(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "REQUEST"]


def test_asking_a_court_to_order_a_third_party_is_no_appeal_to_the_court(analyze):
    doc = analyze("Chile said it would ask the World Bank to order Peru to repay the loan.")
    assert ("REQUEST", "Chile", "World Bank") not in events(doc)


def test_conditional_future_rejection_is_a_threat(analyze):
    doc = analyze("Peru said it would vote against Chile's candidate unless the fishing quota "
                  "was restored.")
    assert [e[:2] for e in events(doc) if e[0] in ("THREATEN", "REJECT")] == [
        ("THREATEN", "Peru")]


@pytest.mark.parametrize("second", [
    "The EU said it would consider new sanctions.",
    "The EU said it would consider further measures.",
])
def test_considering_coercion_is_a_threat(analyze, second):
    doc = analyze("The EU condemned Georgia's ban on the opposition party. " + second)
    assert ("THREATEN", "European Union", "Georgia") in events(doc)


def test_considering_a_proposal_is_no_threat(analyze):
    doc = analyze("The EU said it would consider the proposal from Georgia.")
    assert not [e for e in events(doc) if e[0] == "THREATEN"]


def test_act_coordinated_with_a_report_about_non_actors_is_the_reporters(analyze):
    doc = analyze("Serbia said the villagers had every right to vote and accused Germany of "
                  "meddling in the region.")
    assert ("ACCUSE", "Serbia", "Germany") in events(doc)


@pytest.mark.parametrize("text, expected", [
    # suspending a member is a sanction on it
    ("The Arab League suspended Syria from its meetings.",
     ("SANCTION", "Arab League", "Syria")),
    # an export ban is a sanction; other bans stay coercion
    ("India banned exports of onions to Bangladesh.", ("SANCTION", "India", "Bangladesh")),
])
def test_suspension_and_export_ban_are_sanctions(analyze, text, expected):
    assert expected in events(analyze(text))


def test_passive_conjunct_with_its_own_by_agent_is_that_agents_act(analyze):
    doc = analyze("The treaty was drafted by the ministry and approved by Kenya's parliament, "
                  "the news agency reported.")
    assert [e[:2] for e in events(doc) if e[0] == "SUPPORT"] == [("SUPPORT", "Kenya")]


@pytest.mark.parametrize("text, expected", [
    # a refusal on terms: the terms are a demand on whoever the condition names
    ("The Greens said they could not vote for the bill until Britain published an "
     "assessment of its effect.", ("REQUEST", "Greens", "United Kingdom")),
    ("Kenya said it would not support the resolution unless Uganda withdrew its troops.",
     ("REQUEST", "Kenya", "Uganda")),
])
def test_terms_of_a_refusal_are_a_request(analyze, text, expected):
    assert expected in events(analyze(text))


def test_refusal_with_a_time_limit_is_no_request(analyze):
    # "until" a time, not an actor's act: no one is asked anything
    doc = analyze("Kenya will not talk to Uganda until the elections are over.")
    assert not [e for e in events(doc) if e[0] == "REQUEST"]


@pytest.mark.parametrize("text, expected", [
    # a past act coordinated with a present or progressive reported clause is the reporter's
    ("The Pirate Party said the government was selling drones to Chile and demanded a "
     "debate in parliament.", ("REQUEST", "Pirate Party", None)),
    ("Kenya said Uganda respects the accord and praised its president.",
     ("SUPPORT", "Kenya", None)),
])
def test_past_act_after_a_present_report_is_the_reporters(analyze, text, expected):
    got = events(analyze(text))
    assert any(e[:2] == expected[:2] for e in got), got


def test_coordinated_progressive_acts_keep_their_subject(analyze):
    doc = analyze("Chile said Peru was violating the treaty and was massing troops on the "
                  "border.")
    assert ("MOBILIZE", "Peru", None) in events(doc)


@pytest.mark.parametrize("text, expected", [
    # an offer with a plain "if" (on request, or on terms) is still an offer
    ("The World Bank said it was ready to provide engineers if the parties requested them.",
     ("AGREE", "World Bank", None)),
    ("Chile said it was prepared to negotiate on pensions if the penalty were dropped.",
     ("AGREE", "Chile", None)),
])
def test_offer_with_a_plain_if_is_an_offer(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text", [
    # ... but "only if" and "as long as" set terms: a position, no offer
    "Japan said it was open to discussing debt relief, but only if all creditors took part.",
    "Chile said it was ready to talk as long as Peru withdrew its troops.",
    # ... and an offer that is itself a condition is none
    "If Chile is ready to talk, Peru will send a delegation.",
])
def test_offer_on_strict_terms_or_in_a_condition_is_no_offer(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "AGREE"]


def test_a_party_said_to_be_welcome_is_invited(analyze):
    doc = analyze("Turkmenistan is welcome to join the working group, the Uzbek minister said.")
    assert any(e[0] == "AGREE" and e[2] == "Turkmenistan" for e in events(doc))


@pytest.mark.parametrize("text", [
    "Chile said the decision by Peru was welcome.",  # a thing: no invitation
    "Chile said Peru would not be welcome.",  # negated
])
def test_no_invitation_for_a_welcome_thing_or_a_refusal(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "AGREE"]


@pytest.mark.parametrize("text", [
    "Chile warned that any further provocation would be answered.",
    "The Chilean admiral said any foreign warship entering the strait will be confronted.",
])
def test_a_response_to_come_in_the_passive_is_the_speakers_threat(analyze, text):
    assert [e for e in events(analyze(text)) if e[0] == "THREATEN"]


def test_a_past_response_is_no_threat(analyze):
    doc = analyze("Chile said its navy had confronted the warships last year.")
    assert not [e for e in events(doc) if e[0] == "THREATEN"]


@pytest.mark.parametrize("text", [
    "Senate Democrats said they would use every procedural tool to slow the nomination.",
    "The Council of Ministers said the state would use all legal means to stop the vote.",
])
def test_using_every_means_to_come_is_a_threat(analyze, text):
    assert [e for e in events(analyze(text)) if e[0] == "THREATEN"]


def test_using_some_powers_is_no_threat(analyze):
    doc = analyze("The minister said the government would use its powers to help the farmers.")
    assert not [e for e in events(doc) if e[0] == "THREATEN"]


@pytest.mark.parametrize("text, expected", [
    # a mediation told as a participle on a noun, wherever the noun stands: the mediator's
    # CONSULT with the parties of the act its sentence told
    ("Chad and Niger signed a border accord on Friday after two days of talks mediated by "
     "Togo.", ("CONSULT", "Togo", "Chad")),
    ("Armenia freed four soldiers held by Azerbaijan, in a swap brokered by Georgia last "
     "week.", ("CONSULT", "Georgia", "Armenia")),
    # a bare 'broker' with its own subject is a mediation too
    ("Egypt brokered talks between Sudan and Ethiopia.", ("CONSULT", "Egypt", "Ethiopia")),
])
def test_mediation_participle_on_a_noun(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text, expected", [
    # a deadline given to a party is an ultimatum (REQUEST) ...
    ("Germany gave Russia two weeks to reply.", ("REQUEST", "Germany", "Russia")),
    # ... and a threat where the demanded act has an alternative the party would undergo
    ("Kenya gave Somalia three days to withdraw its troops or face expulsion from the bloc.",
     ("THREATEN", "Kenya", "Somalia")),
    ("Kenya gave Somalia an ultimatum to withdraw its troops or face expulsion from the bloc.",
     ("THREATEN", "Kenya", "Somalia")),
])
def test_deadline_is_an_ultimatum(analyze, text, expected):
    assert expected in events(analyze(text))


def test_adopted_texts_appeals_are_the_adopters(analyze):
    doc = analyze("The Pacific Islands Forum on Monday adopted a resolution on ocean mining. "
                  "The text, which is not binding, was drafted by Fiji and Samoa. It urges "
                  "Japan to halt its survey and asks Norway to delay its licences.")
    evs = events(doc)
    assert ("REQUEST", "Pacific Islands Forum", "Japan") in evs
    assert not [e for e in evs if e[0] == "REQUEST" and e[1] in ("Fiji", "Samoa")]


def test_adopted_text_as_subject_appeals_for_its_adopter(analyze):
    doc = analyze("The Pacific Islands Forum on Monday adopted a resolution on ocean mining. "
                  "The text calls on Japan to halt its survey.")
    assert ("REQUEST", "Pacific Islands Forum", "Japan") in events(doc)


@pytest.mark.parametrize("text, expected", [
    # a deployment or release told in the agentless passive in a party's report is its own
    ("The Lebanese army said 1,500 more soldiers had been deployed south of the river.",
     ("MOBILIZE", "Lebanese army", None)),
    ("Hamas said the hostages had been freed as a gesture.", ("RETREAT", "Hamas", None)),
])
def test_agentless_passive_in_a_partys_report_is_its_act(analyze, text, expected):
    assert expected in events(analyze(text))


def test_agentless_attack_in_a_report_is_not_the_reporters(analyze):
    doc = analyze("Ukraine said its city had been attacked overnight.")
    assert not [e for e in events(doc) if e[0] == "ASSAULT" and e[1] == "Ukraine"]


def test_proviso_tagged_as_past_tense_is_no_aid(analyze):
    assert ("AID", "Russia", None) in events(analyze("Russia provided the rebels with weapons."))
    doc = analyze("The treaty would have let the ministry approve transfers four years after "
                  "delivery, provided the recipient was a democracy and the importing country "
                  "was defending itself.")
    assert not [e for e in events(doc) if e[0] == "AID"]


def test_mediation_by_a_role_is_not_coded_for_its_body(analyze):
    doc = analyze("Chad and Niger signed a border accord on Friday after two days of talks "
                  "mediated by the African Union's special envoy.")
    assert not [e for e in events(doc) if e[0] == "CONSULT" and e[1] == "African Union"]
