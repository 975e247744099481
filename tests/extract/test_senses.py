"""Nominal events with their own participants, word senses, scope of modality and the
type rules of issue #4 (invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _texts(mentions: tuple[object, ...]) -> list[str]:
    return [getattr(m, "text", "") for m in mentions]


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Their sudden capture of Aleppo last week stunned the government.", "Their", "Aleppo"),
        ("The rebels celebrated their recapture of Kobani.", "their", "Kobani"),
        ("The seizure of Mosul by Islamic State fighters shocked Baghdad.",
         "Islamic State fighters", "Mosul"),
    ],
)  # fmt: skip
def test_capture_of_a_place_is_an_assault_located_there(
    code: Coder, text: str, actor: str, place: str
) -> None:
    found = of_type(asserted(code(text)), "ASSAULT")
    assert found, text
    event = found[0]
    assert event.pattern == "assault.capture-nominal"
    assert actor in _texts(event.actors)
    assert place in " ".join(_texts(event.places)), event.places


def test_capture_of_soldiers_is_an_abduction(code: Coder) -> None:
    found = of_type(asserted(code("The capture of twenty soldiers by the militia angered Kyiv.")),
                    "ASSAULT")  # fmt: skip
    assert [e.mode for e in found] == ["abduct"]
    assert _texts(found[0].actors) == ["the militia"]


def test_announced_suspension_of_links_is_a_sanction_not_a_threat(code: Coder) -> None:
    events = asserted(code("Kenya announced a suspension of flights with Somalia on Monday."))
    assert [e.event_type for e in events] == ["SANCTION"]
    assert not events[0].flags.future


def test_travel_warning_is_a_sanction(code: Coder) -> None:
    found = of_type(asserted(code("Canada advised against travel to Haiti on Friday.")),
                    "SANCTION")  # fmt: skip
    assert found and _texts(found[0].actors) == ["Canada"]


def test_what_a_nominal_trigger_is_about_is_no_event(code: Coder) -> None:
    events = code("The minister expressed appreciation for Japan's assistance.")
    assert not of_type(events, "AID")


def test_alleged_attack_is_an_accusation(code: Coder) -> None:
    events = asserted(code("Moldova claimed that Russian troops attacked Chisinau."))
    found = of_type(events, "ACCUSE")
    assert found and found[0].mode == "allege"
    assert _texts(found[0].actors) == ["Moldova"]
    assert _texts(found[0].recipients) == ["Russian troops"]
    assert not of_type(events, "ASSAULT")


def test_claim_of_responsibility_is_no_accusation(code: Coder) -> None:
    assert not of_type(code("The Pakistani Taliban claimed that its fighters attacked the base."),
                       "ACCUSE")  # fmt: skip


def test_perfect_relative_clause_is_background(code: Coder) -> None:
    events = code("Officials met leaders of the militia that has seized the town of Sirte.")
    assert not of_type(events, "ASSAULT")
    assert of_type(events, "CONSULT")


def test_preparing_to_shell_is_a_force_posture(code: Coder) -> None:
    events = asserted(code("The Macedonian army prepared to shell rebel positions near Tetovo."))
    assert [e.event_type for e in events] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister warned that many fighters may return home.",  # a prediction
        "Iran poses a serious threat to Israel.",  # a characterisation
        "Begum spoke of her fears for her family.",  # a statement, no meeting
        "Once Russia has won, they will put Assad on the table.",  # an idiom
        "Their support remains vital for the coalition.",  # a characterisation
        "He remains dependent on their support.",  # a state
    ],
)
def test_senses_that_are_no_events(code: Coder, text: str) -> None:
    assert asserted(code(text)) == [], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Ankara warned Damascus not to attack Idlib.", "THREATEN"),
        ("The White House warned that it would respond if Assad used gas.", "THREATEN"),
        ("Putin spoke with Erdogan by phone on Monday.", "CONSULT"),
        ("Militants set the school on fire.", "ASSAULT"),
    ],
)
def test_senses_that_are_events(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type), text


def test_time_adjunct_does_not_inherit_the_main_clause_future(code: Coder) -> None:
    events = code("After taking the town of Jarablus, Turkey sought to train more fighters.")
    captured = of_type(events, "ASSAULT")
    assert captured and not captured[0].flags.future
    assert not of_type(events, "THREATEN")


def test_due_to_is_a_cause_not_a_schedule(code: Coder) -> None:
    events = code("The talks failed due to Russia's veto of the resolution.")
    assert not [e for e in events if e.flags.future or e.event_type in {"AGREE", "THREATEN"}]


def test_motive_in_a_subordinate_clause_is_no_threat(code: Coder) -> None:
    events = code("Volunteers travelled to Syria because they want to kill militants.")
    assert not of_type(events, "THREATEN")
    assert not of_type(asserted(events), "ASSAULT")


def test_question_asserts_nothing(code: Coder) -> None:
    events = code("Will Turkey attack the Kurdish town of Afrin?")
    assert events and not asserted(events)


def test_coordinated_clauses_keep_their_own_dates(code: Coder) -> None:
    events = code("Turkey shelled Afrin on Monday and Russia said on Tuesday that it condemned "
                  "the strike.")  # fmt: skip
    shelled = of_type(events, "ASSAULT")
    assert shelled and [t.text for t in shelled[0].times] == ["Monday"]


def test_two_dated_acts_of_one_sentence_stay_two(code: Coder) -> None:
    events = of_type(code("The army, which captured Mosul in 2017, attacked Raqqa last week."),
                     "ASSAULT")  # fmt: skip
    assert sorted(t.text for e in events for t in e.times) == ["2017", "last week"]


def test_possessive_nominal_act_is_not_merged_into_another_of_its_sentence(code: Coder) -> None:
    text = ("Opposition forces advanced against government troops near Hama, after their "
            "capture of Aleppo stunned Damascus.")  # fmt: skip
    triggers = [e.trigger.text for e in of_type(code(text), "ASSAULT")]
    assert "capture" in triggers, triggers


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers went to help defend the besieged city of Afrin.",
        "Kurdish forces advanced under heavy American air support.",
    ],
)
def test_military_senses_of_support_are_not_diplomatic_support(code: Coder, text: str) -> None:
    assert not of_type(code(text), "SUPPORT")


def test_logistical_support_is_aid(code: Coder) -> None:
    found = of_type(code("Rebel groups receive logistical support from Turkey."), "AID")
    assert found and [m.text for m in found[0].actors] == ["Turkey"]


def test_object_relative_reports_its_subjects_act(code: Coder) -> None:
    text = "Beijing ridiculed the drones, which the Chinese navy has vowed to destroy."
    assert of_type(asserted(code(text)), "THREATEN")


def test_described_act_with_an_agent_is_still_an_event(code: Coder) -> None:
    found = of_type(code("The incursion by Turkish troops on Sunday appeared tentative."),
                    "ASSAULT")  # fmt: skip
    assert found and [m.text for m in found[0].actors] == ["Turkish troops"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The foreign minister phoned his Iranian counterpart on Tuesday.",
         ["The foreign minister", "his Iranian counterpart"]),
        ("President Macron called Vladimir Putin on Friday to discuss the ceasefire.",
         ["President Macron", "Vladimir Putin"]),
    ],
)  # fmt: skip
def test_calling_a_party_is_a_phone_call_not_a_call_on(
    code: Coder, text: str, parties: list[str]
) -> None:
    events = asserted(code(text))
    assert not of_type(events, "REQUEST"), events
    calls = of_type(events, "CONSULT")
    assert [e.mode for e in calls] == ["phone"]
    assert sorted(_texts(calls[0].actors)) == sorted(parties)


@pytest.mark.parametrize(
    "text",
    ["The army called up 5,000 reservists.", "Protesters called the mayor a traitor."],
)
def test_call_up_and_naming_are_no_phone_call(code: Coder, text: str) -> None:
    assert not of_type(code(text), "CONSULT"), text


def test_call_on_a_party_to_act_stays_a_request(code: Coder) -> None:
    events = of_type(asserted(code("The envoy called on Israel to halt the strikes.")), "REQUEST")
    assert [_texts(e.recipients) for e in events] == [["Israel"]]


def test_reviewing_a_policy_is_no_consultation(code: Coder) -> None:
    assert not code("Norway is reviewing its policy on the returning fighters.")


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Berlin warned that the repatriation of the fighters would be extremely difficult.",
         False),
        ("Moscow warned that it would retaliate if the sanctions were extended.", True),
        ("Ankara warned that there would be consequences.", True),
    ],
)  # fmt: skip
def test_warning_of_a_state_is_a_prediction_not_a_threat(
    code: Coder, text: str, threat: bool
) -> None:
    assert bool(of_type(asserted(code(text)), "THREATEN")) is threat, text


@pytest.mark.parametrize(
    "text",
    [
        "The administration exempted six countries from its oil sanctions.",
        "Brussels waived the sanctions on Serbian steel imports.",
    ],
)
def test_a_waiver_eases_sanctions_and_codes_no_sanction(code: Coder, text: str) -> None:
    types = [e.event_type for e in asserted(code(text))]
    assert types == ["CONCEDE"], types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # The sense follows the object and the frame, not the verb alone.
        ("Marchers demonstrated outside the embassy in Lima.", ["PROTEST"]),
        ("The new polls may again demonstrate the limits of the movement.", []),
        ("Kurdish forces expelled the jihadists from the town last week.", ["ASSAULT"]),
        ("Turkey deported 12 foreign fighters to Germany.", ["COERCE"]),
        ("Hungary expelled two Russian diplomats.", ["SANCTION"]),
        ("The palace withdrew its invitation to the Saudi crown prince.", ["REJECT"]),
        ("Washington promised a strong response to any breach of the truce.", ["THREATEN"]),
        ("Washington promised fresh aid to the flood victims.", ["AGREE"]),
        ("The government pressed ahead with the reforms.", []),
        ("The government pressed Iran to release the sailors.", ["REQUEST"]),
        ("Ankara scaled back its military cooperation with Washington.", ["SANCTION"]),
        ("The army scaled back its operations in the north.", []),
    ],
)  # fmt: skip
def test_sense_from_object_and_frame(code: Coder, text: str, types: list[str]) -> None:
    found = sorted({e.event_type for e in code(text) if not e.flags.hypothetical})
    assert found == types, text


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # A warning is a threat when the warned act is the warner's own, or addressed.
        ("The general warned that a major assault on the town would lead to a catastrophe.",
         []),
        ("Ankara warned that its army would respond to any provocation.", ["THREATEN"]),
        ("Moscow warned that it would retaliate.", ["THREATEN"]),
        ("The palace warned that the US and its allies would respond.", ["THREATEN"]),
        ("The envoy's warning came after he set out a timetable for talks.", []),
        ("Washington issued a warning to Damascus over the chemical attack.", ["THREATEN"]),
        # Voicing is no conversation; asking oneself is no demand.
        ("The minister spoke with a heavy accent about the crisis.", []),
        ("The minister spoke out with warnings about the crisis.", []),
        ("Putin spoke with Erdogan on Monday.", ["CONSULT"]),
        ("Voters must ask themselves whether the party can govern.", []),
        # A tour with a military unit or of duty is a posting, not a visit.
        ("The activist, who toured Afghanistan with the Royal Regiment, was freed.",
         ["RETREAT"]),
        ("Macron toured Algeria last week.", ["CONSULT"]),
    ],
)  # fmt: skip
def test_warnings_and_voicing(code: Coder, text: str, types: list[str]) -> None:
    found = sorted({e.event_type for e in code(text) if not e.flags.hypothetical})
    assert found == types, text
