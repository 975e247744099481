"""Figurative and wrong senses of triggers (docs/codebook.md, "Figurative and wrong
senses"; invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.patterns import default_patterns
from sitroom.extract.triggers import find
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


def _types(code: Coder, text: str) -> set[str]:
    return {e.event_type for e in code(text)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # Only a party, its arms, a weapon or an attack strikes, besieges, destroys, retreats.
        ("The minister was struck by the idea of reform.", "ASSAULT"),
        ("The crisis struck the ruling party in March.", "ASSAULT"),
        ("I was very struck by the courage of the nurses.", "ASSAULT"),
        ("The party was destroyed by its own ambitions.", "ASSAULT"),
        ("The Arab street has retreated to the ruins of the revolution.", "RETREAT"),
        ("Their views clash with the official line.", "ASSAULT"),
        # A degree adverb grades a feeling, not a blow.
        ("He left Cairo for Tunis, so deeply struck was he by the young movement there.",
         "ASSAULT"),
        # Crowds and demands besiege only figuratively.
        ("The minister was besieged by reporters outside parliament.", "ASSAULT"),
        # A betrayal of a state or party, not a stabbing.
        ("Ankara said Washington had stabbed Turkey in the back.", "ASSAULT"),
        # Fighting with no side fought for an abstract purpose or goal.
        ("The sergeant fought to protect our liberties and our values.", "ASSAULT"),
        ("Migrants fight for a better future in their new homes.", "ASSAULT"),
        # "hostility" (singular) is an attitude.
        ("Hostility between the two camps persisted for years.", "ASSAULT"),
        # Phrasal verbs and partnerless talk.
        ("The proposal was talked down by ministers in Rome.", "CONSULT"),
        ("The minister talked about the budget in a long speech.", "CONSULT"),
        ("The union talked up the deal.", "CONSULT"),
        ("The union called off the strike on Thursday.", "PROTEST"),
        ("The army called off the offensive.", "ASSAULT"),
        ("The president called talks with the opposition.", "REJECT"),
        ("The union called the strike for Monday.", "REQUEST"),
        # Naming, anonymity and summoning are no requests or phone calls.
        ("A diplomat, who asked not to be named, said the plan had failed.", "REQUEST"),
        ("The medic asked to be called only by her nickname for fear of reprisals.", "REQUEST"),
        ("We called our daughter Zelal.", "CONSULT"),
        ("We called our baby Azadi.", "CONSULT"),
        ("Last month the reservists were called into action by their commanders.", "CONSULT"),
        # A task is no charge; filming harms no one.
        ("The envoy was charged with overseeing the negotiations.", "ACCUSE"),
        ("The militants shot a video of the parade.", "ASSAULT"),
        # Requirements met, private meetings and audiences are no CONSULT.
        ("Few of the conditions were met by the government.", "CONSULT"),
        ("She met her cousin at the market.", "CONSULT"),
        ("The bishop spoke to the congregation on Sunday.", "CONSULT"),
        # An armed party's strike is military; military pressure is no demand.
        ("Five civilians were killed by a coalition strike in Mosul.", "PROTEST"),
        ("Iran is exerting military pressure on Israel.", "REQUEST"),
        # Source protection is no demand.
        ("\"Water is scarce,\" said a camp nurse, who requested anonymity.", "REQUEST"),
        # A question asked is no demand.
        ("The medics asked if anybody was bleeding.", "REQUEST"),
        ("Patrols went from house to house asking them if their sons obey the council.",
         "REQUEST"),
        ("When the guards ask what you think of the mayor, you smile.", "REQUEST"),
        ("She asked where the detainees were being kept.", "REQUEST"),
        # A price is no charge.
        ("Boatmen were charging $3,000 for the passage.", "ACCUSE"),
        ("A ticket now costs double what the drivers were charging last spring.", "ACCUSE"),
        ("The fare is now ten times what the boatmen were charging last year.", "ACCUSE"),
        # Harm to the doer's own body or belongings.
        ("He burned his fingers while lighting the heater.", "ASSAULT"),
        ("He burned off part of his beard while lighting a pipe.", "ASSAULT"),
        ("I drove home and destroyed the modem and my tablet so nobody would find them.",
         "ASSAULT"),
        # Goods that enter are carried in, no incursion.
        ("Egypt allowed food shipments to enter the Gaza Strip.", "ASSAULT"),
        # Fired by a conviction, not firing.
        ("The young men were fired by a desire for revenge.", "ASSAULT"),
        # Idioms: "take part in" joins, "hand down" pronounces a ruling.
        ("Observers say the brigades taking part in the assault are paid by Ankor.", "ASSAULT"),
        ("Rulings handed down by the militia's tribunals were found in the archive.",
         "COOPERATE"),
        # Staying away from a meeting is a refusal to meet, no public protest.
        ("The delegate is unlikely to anger Kessa by boycotting the summit.", "PROTEST"),
        # A threat of a kind is a danger, nobody threatens.
        ("The minister said the border plan would help counter the terrorist threat.",
         "THREATEN"),
        # Money levied and responsibility taken are no charge laid.
        ("The reform lets councils charge higher rates of business tax.", "ACCUSE"),
        ("The governor took personal charge of the flood relief effort.", "ACCUSE"),
        # Summoned to a place, notified by a document: no phone call, no talks.
        ("Officers from Wessex Police were called to the scene on Monday.", "CONSULT"),
        ("The Home Office sent a letter telling Amnesty International that the centre would"
         " close.", "CONSULT"),
        # Medical care stopped or withheld.
        ("Relatives say the doctors were withholding food and fluids from the patient.",
         "COERCE"),
        ("The health ministry is withdrawing treatment from the patients.", "RETREAT"),
        ("Critics fear the Norland government could allow \"killing by omission\".", "ASSAULT"),
        # A goal reached, a figure of pressure, a war of words, a law broken.
        ("The ministry hit its target for cutting waiting lists last year.", "ASSAULT"),
        ("The Bank of England hit its 2% inflation target in May.", "ASSAULT"),
        ("The minister hit the hooligans where it hurts by banning them from stadiums.",
         "ASSAULT"),
        ("The two leaders traded insults in their Commons clashes last week.", "ASSAULT"),
        ("The rival candidates clashed on television over tuition fees.", "ASSAULT"),
        ("The Home Office breached the convention, the judge said.", "ASSAULT"),
        # Abstract patients: matters and means of policy are no targets.
        ("The Norland ministry targeted specific issues in rural schools.", "ASSAULT"),
        ("Councils are now seizing the tools that ministers gave them.", "COERCE"),
    ],
)  # fmt: skip
def test_figurative_or_other_sense_is_not_the_event(
    code: Coder, text: str, event_type: str
) -> None:
    assert event_type not in _types(code, text), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The convoy was struck by a Russian missile.", "ASSAULT"),
        ("The town was besieged by government troops.", "ASSAULT"),
        ("A guard was stabbed in the back at the prison gate.", "ASSAULT"),
        ("The militia fought to capture the airport.", "ASSAULT"),
        ("The army fought rebels near the border.", "ASSAULT"),
        ("Hundreds of soldiers clashed with rebels near the capital.", "ASSAULT"),
        ("Hostilities between the army and the rebels resumed on Monday.", "ASSAULT"),
        ("Israeli troops withdrew from the town.", "RETREAT"),
        ("Spain and Morocco talked on Friday.", "CONSULT"),
        ("The minister talked with his French counterpart.", "CONSULT"),
        ("The government called off the talks with the rebels.", "REJECT"),
        ("Russia asked Turkey to call off the offensive.", "REQUEST"),
        ("Erdogan called his Russian counterpart, Vladimir Putin, on Monday.", "CONSULT"),
        ("Erdogan called his counterpart Putin on Monday.", "CONSULT"),
        ("Russian mercenaries fought US special forces.", "ASSAULT"),
        ("The man was charged with killing two policemen.", "ACCUSE"),
        ("The president met his Turkish counterpart in Ankara.", "CONSULT"),
        ("The minister asked him to leave.", "REQUEST"),
        ("The villagers asked for help.", "REQUEST"),
        ("Prosecutors charged him with fraud.", "ACCUSE"),
        ("Police charged three men over the attack.", "ACCUSE"),
        ("Soldiers burned his house.", "ASSAULT"),
        ("The gunmen burned his hand.", "ASSAULT"),
        ("The regime allowed its troops to enter the town.", "ASSAULT"),
        ("Soldiers fired on the protesters.", "ASSAULT"),
        ("The rebels took part of the city after a week of fighting.", "ASSAULT"),
        ("Velmar handed the two suspects to Ostria last week.", "COOPERATE"),
        ("Students boycotted the election in protest at the junta.", "PROTEST"),
        ("The envoy boycotted the talks with the junta.", "REJECT"),
        ("The militia issued a threat to Kessa on Monday.", "THREATEN"),
        ("Jets hit rebel targets near the border on Monday.", "ASSAULT"),
        ("Warplanes struck targets in Idlib for a second day.", "ASSAULT"),
        ("Rebels breached the city walls at dawn.", "ASSAULT"),
        ("Soldiers clashed with militants near the parliament on Monday.", "ASSAULT"),
        ("The regime is withholding food from the besieged town.", "COERCE"),
        ("The army withdrew its troops from the border.", "RETREAT"),
        ("Prosecutors filed charges of fraud against the mayor on Monday.", "ACCUSE"),
        ("The ambassador telephoned the foreign minister at home.", "CONSULT"),
    ],
)  # fmt: skip
def test_literal_sense_is_still_the_event(code: Coder, text: str, event_type: str) -> None:
    assert event_type in _types(code, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The senator hit out at the ministry on Tuesday.",
        "The governor hit back at critics of the plan.",
    ],
)
def test_verbal_retort_is_an_accusation(code: Coder, text: str) -> None:
    events = code(text)
    assert not of_type(events, "ASSAULT"), text
    assert [e.mode for e in of_type(events, "ACCUSE")] == ["disapprove"], text


def test_manner_adverb_still_grades_a_blow(pipeline: Language) -> None:
    """ "hit so hard": only a degree adverb on the verb itself makes it a feeling."""
    doc = pipeline("The town was hit so hard by shelling that nobody stayed.")
    found = [m.pattern.id for sent in doc.sents for m in find(sent, default_patterns())]
    assert "assault.hit" in found
