"""Preposition repairs: a phrase the small model hangs on the wrong word, mended before any rule reads it.

"Blinken travels [on] to Jordan" (a particle taken for a preposition), "troops deployed along the border [with
Colombia]" (the other side hung on the verb), "after meetings with King Abdullah ... and [with] Abbas" (a second
'with' joined to the sentence's verb), "is due to [host] envoys" (a verb taken for a noun after 'due to').
repairs.py calls these in its one pass over the Doc.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.argument_words import (
    ACCORD_NOUNS,
    ANSWERING_FRAMES,
    FRAMED_PREPOSITIONS,
    NOMINAL_ENDINGS,
    PHONE_WORDS,
    SIDING_FRAMES,
)
from diplograph.ingest.constructions import DURATIONS, in_company_of

ACCORD_MAKERS = {"broker", "mediate", "facilitate", "negotiate", "sign", "agree", "reach", "seal", "strike"}
# a line between two states, whose "with" names the other: "along the border with Colombia"
BORDER_NOUNS = {"border", "frontier", "boundary"}
# acts whose own 'on' names what they hit: "the strike on Gaza", "the attack on Crimea"
TARGETED_ACTS = {"attack", "strike", "airstrike", "raid", "assault", "bombing", "shelling", "offensive", "sanction"}
PLACING_PREPOSITIONS = {"along", "near", "to", "toward", "towards", "at", "across", "close"}
DOOR_SHUTTING_VERBS = {"shut", "close", "slam"}  # "shut the door on": an idiom of turning someone away
DOOR_PREPOSITIONS = {"on", "to"}  # whom or what the door is shut on: "on Kyiv", "to talks"
# gatherings that are where talks are held, not talks themselves: "on the sidelines of the conference"
VENUE_GATHERINGS = {"conference", "forum", "assembly", "congress", "convention", "session", "ceremony", "festival",
                    "event", "game", "expo", "fair", "parade", "gathering", "funeral", "inauguration"}
# the edges of a gathering, where leaders meet: "on the sidelines of the summit", "on the margins of" (lemmas)
SIDELINES = {"sideline", "margin", "fringe"}
GATHERING_PREPOSITIONS = {"at", "during", "on"}  # "held talks [at] the conference", "[on] the sidelines of"
# the nouns of an office whose state may follow as 'from': "his counterpart from Britain", "ministers from Egypt"
# (not an envoy's: "recalled its ambassador from Doha" is where he served)
FROM_TITLES = {"counterpart", "minister", "secretary", "president", "premier", "chancellor", "leader"}


def particle_before_a_preposition(particle: Token) -> None:
    """'Blinken travels [on] to Jordan', 'troops will come [home] from Afghanistan': a particle the model takes for a
    preposition (or an adverb) whose object is the next preposition leaves that preposition to the verb, where the
    cue's target is looked for."""
    inner = [c for c in particle.children if c.dep_ == "prep" and c.i == particle.i + 1 and c.lower_ in (
        ("from",) if particle.lower_ == "home" else ("to", "into"))]
    if len(inner) != 1 or any(c.dep_ == "pobj" for c in particle.children):
        return
    inner[0].head = particle.head
    particle.dep_ = "prt"


def verb_after_due_to(to: Token) -> None:
    """'Islamabad is due to [host] envoys from China': after 'due to', a word that is also a noun is the verb
    planned, not a noun compounded with the object ('due to host envoys' is no cause named 'host envoys')."""
    verb = to.doc[to.i + 1]
    thing = verb.head
    if verb.dep_ != "compound" or thing.dep_ != "pobj" or thing.head.i not in (to.i, to.head.i) or thing.i <= verb.i:
        return
    verb.head, verb.dep_, verb.tag_, verb.pos_ = to.head, "xcomp", "VB", "VERB"
    to.head, to.dep_, to.tag_, to.pos_ = verb, "aux", "TO", "PART"
    thing.head, thing.dep_ = verb, "dobj"


def border_with(preposition: Token) -> None:
    """'troops deployed along the border [with Colombia]': the model hangs the other state on the verb, as a
    companion; right after a border noun, it says whose the other side is."""
    border = preposition.doc[preposition.i - 1]
    # (not "an agreement on the border with Ecuador": a topic, whose "with" may be the partner)
    if preposition.head.i != border.i and border.dep_ == "pobj" and border.head.lower_ in PLACING_PREPOSITIONS \
            and not border.is_ancestor(preposition):
        preposition.head = border


def border_crossed(preposition: Token) -> None:
    """'pulled its troops back across the border [from Lebanon]', 'sent tanks across the frontier [into Syria]': the
    model hangs the state beyond on the border; it says where the move crossed from or to, so it is the verb's."""
    border = preposition.head
    if border.i != preposition.i - 1 or border.dep_ != "pobj" or border.head.lower_ not in ("across", "over"):
        return
    mover = border.head.head
    while mover.pos_ != "VERB" and mover.dep_ in ("advmod", "prt", "prep") and mover.head.i != mover.i:
        mover = mover.head  # (past "back": "pulled back across the border")
    if mover.pos_ == "VERB":
        preposition.head = mover


def preposition_joined_too_high(preposition: Token) -> None:
    """'after meetings with King Abdullah, whose dynasty is custodian of the shrines, and [with]conj Abbas': the
    model joins the second 'with' to the sentence's verb; it is the conjunct of the same preposition before it."""
    earlier = next((t for t in preposition.doc[preposition.head.i + 1:preposition.i] if t.dep_ == "prep"
                    and t.lower_ == preposition.lower_ and t.head.i != preposition.head.i and not any(
                        a.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj") for a in [t.head, *t.head.ancestors]
                        if a.i > preposition.head.i)), None)  # (not a 'with' inside the relative clause between)
    if earlier is not None and not preposition.is_ancestor(earlier):
        preposition.head = earlier


def object_hung_above_its_preposition(preposition: Token) -> None:
    """'to avert clashes [around] disputed East China Sea [islands]oprd-of-called': a preposition left with no object,
    right before a noun phrase the model hung on a verb before it, has that phrase for its object (not the verb's
    predicate or object, which would make 'called on China' a naming)."""
    doc = preposition.doc
    if any(c.dep_ in ("pobj", "pcomp") for c in preposition.children) or preposition.i + 1 >= len(doc):
        return
    noun = next((t for t in doc[preposition.i + 1:preposition.sent.end] if t.left_edge.i == preposition.i + 1 and
                 t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("oprd", "dobj", "npadvmod", "attr")), None)
    if noun is not None and noun.head.i < preposition.i and noun.head.pos_ in ("VERB", "AUX"):
        noun.head, noun.dep_ = preposition, "pobj"
    elif noun is not None and noun.dep_ == "npadvmod" and noun.lemma_.lower() in DURATIONS and \
            noun.head.i > noun.i and doc[noun.i - 1].pos_ == "PROPN" and doc[noun.i - 1].head.i == noun.i:
        # "flew to [Khartoum days] later": the name is the object, the span measures "later"
        name = doc[noun.i - 1]
        for modifier in [c for c in noun.children if c.i < name.i]:
            modifier.head = name
        name.head, name.dep_ = preposition, "pobj"


def addressee_asked_for(for_: Token) -> None:
    """'China has asked [for] the U.N. Security Council [to discuss] Kashmir': a state, body or person asked for to do
    something is the one asked, as in 'asked the Council to discuss' (not 'asked for help', 'asked Iran for an
    explanation')."""
    verb = for_.head
    asked = next((c for c in for_.children if c.dep_ == "pobj"), None)
    # (one who can be asked, a state, body or person named, or its session, not forces: "asked for Russian troops to
    # leave Crimea"; nor one something is to be done to: "asked for Russia to be expelled from the council")
    if asked is None or not (asked.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in
                                                          asked.children)) or any(
            c.dep_ == "dobj" for c in verb.children) or not any(
            c.dep_ == "xcomp" and c.i > asked.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and not any(a.dep_ == "auxpass" for a in c.children) for c in verb.children):
        return
    asked.head, asked.dep_ = verb, "dobj"
    for_.dep_ = "dep"


# the span a phrase ranks a deed within: "its deadliest attack [of the war] [on Kyiv]", "its biggest [in the war]"
RANKING_SPANS = {"war", "conflict", "year", "month", "week", "decade", "campaign", "invasion", "offensive"}


def phrase_hung_on_an_amount(preposition: Token) -> None:
    """'duties of more than 80 [percent] [on Australian barley]', 'a program worth $44 [billion] [for Argentina]': a
    phrase the model hangs on the amount an of-phrase or 'worth' gives belongs to the noun measured; so does one
    hung on the span a deed is ranked within ('its deadliest attack of the [war] [on Kyiv]')."""
    amount = preposition.head
    if amount.dep_ == "pobj" and amount.head.lower_ == "of" and amount.head.head.pos_ == "NOUN" and (
            amount.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or amount.lower_ in ("percent", "%")):
        preposition.head = amount.head.head
    elif amount.dep_ == "pobj" and amount.head.lower_ in ("of", "in") and amount.head.head.pos_ == "NOUN" and \
            amount.lemma_.lower() in RANKING_SPANS and preposition.lower_ in ("on", "against") and any(
                c.tag_ == "JJS" or c.dep_ == "amod" and any(g.tag_ == "RBS" for g in c.children)
                for c in amount.head.head.children):  # "deadliest", "most massive"
        preposition.head = amount.head.head
    elif amount.tag_ == "CD" and amount.head.lower_ == "worth" and amount.head.dep_ == "amod" and \
            preposition.lower_ in ("for", "to"):
        preposition.head = amount.head.head  # "a program worth $44 billion [for Argentina]": the program's


# people sent on an errand, whose "from" says who sent them
SENT_NOUNS = {"delegation", "envoy", "mission", "team", "emissary", "negotiator", "representative", "delegate"}


def sender_of_the_sent(preposition: Token) -> None:
    """'received a delegation [from ECOWAS]': the model hangs the sender on the verb, where 'from' would say
    what was given; it says who sent the delegation."""
    sent = next((c for c in preposition.head.children if c.dep_ == "dobj" and c.i < preposition.i
                 and c.lemma_.lower() in SENT_NOUNS), None)
    if sent is not None and preposition.i == sent.right_edge.i + 1:
        preposition.head = sent


def listed_state_hung_on_the_title(name: Token) -> None:
    """'the prime ministers of Poland, [the Czech Republic]conj-of-ministers and Slovenia': a name the model
    coordinates with a plural title is the next of the states its 'of' lists, coordinated with the first."""
    title = name.head
    first = next((p for c in title.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < name.i
                  for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ == "GPE"), None)
    if first is not None and name.ent_type_ == "GPE" and title.tag_ == "NNS" and not any(
            c.dep_ == "conj" for c in first.children):
        name.head = first


def blame_laid_on(preposition: Token) -> None:
    """'laid the blame for the blast at the hospital [on] Islamic Jihad': the 'on' after a blame's 'for' phrase
    says whom the blame is laid on, whatever noun of that phrase the model hung it on."""
    verb = next((a for a in preposition.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return
    blame = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "blame"), None)
    act = preposition.head
    if blame is None or blame.i > preposition.i or any(
            t.dep_ == "prep" and t.lower_ == "on" and t.i > preposition.i for t in verb.subtree) or \
            act.lemma_.lower() in TARGETED_ACTS and not any(
                c.dep_ == "prep" and c.lower_ == "on" and c.i < preposition.i for c in act.children):
        return  # (only the last 'on', and not an act's own: "the blame for the strike on Gaza [on] Hamas")
    if not any(c.dep_ == "prep" and c.lower_ == "on" and c.i > blame.i for c in verb.children):  # ("on Wednesday")
        preposition.head = verb


def shuts_the_door(verb: Token) -> bool:
    """'shut the door on a U.N. team', 'closed the door to talks': the idiom of turning someone or something away."""
    return verb.lemma_.lower() in DOOR_SHUTTING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "door" for c in verb.children)


def door_shut_on(on: Token) -> None:
    """'Russia closed the door [on] talks with Ukraine': the model hangs the 'on' (or 'to') on the door; in the
    idiom it is the verb's, and names what is turned away."""
    door = on.head
    if door.dep_ == "dobj" and shuts_the_door(door.head) and on.i > door.i:
        on.head = door.head


def preposition_after_its_frame(preposition: Token) -> None:
    """'walked out in protest [at] Russia's speech', 'closed the border in solidarity [with] Azerbaijan': the model
    hangs the preposition right after 'in protest' (or 'in response', 'in solidarity') on the verb; it names what
    the protest answers, or the side taken, and belongs to the noun. The frame itself is the verb's manner, not a
    noun's before it: 'stayed away from the summit [in protest]'."""
    frame = preposition.doc[preposition.i - 1]
    framed = frame.lemma_.lower() in ANSWERING_FRAMES and preposition.lower_ in FRAMED_PREPOSITIONS or \
        frame.lemma_.lower() in SIDING_FRAMES and in_company_of(preposition) and preposition.head.lemma_ != "stand"
    # (one who "stood in solidarity with" sides by the verb itself, which keeps its 'with': targets.py)
    if not framed or frame.dep_ != "pobj" or frame.head.lower_ != "in" or not (
            preposition.head.i == frame.i or preposition.head.is_ancestor(frame)):
        return
    verb = next((a for a in frame.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and frame.head.head.pos_ in ("NOUN", "PROPN") and frame.head.head.dep_ == "pobj":
        frame.head.head = verb
    preposition.head = frame


def agent_of_a_named_act(by: Token) -> None:
    """'The expulsion of two British diplomats [by] Tehran': the model hangs the by-phrase on the act's object;
    after an act's noun and its of-phrase, the by-phrase names who did the act."""
    patient = by.head
    of = patient.head
    act = of.head
    if patient.dep_ != "pobj" or of.lower_ != "of" or act.pos_ != "NOUN" or not act.lower_.endswith(NOMINAL_ENDINGS) \
            or patient.lower_.endswith(NOMINAL_ENDINGS) or by.i < patient.i:
        return  # (not an act's noun of its own: "the start of talks by")
    by.head = act


def partner_hung_on_the_venue(preposition: Token) -> None:
    """'held talks on the sidelines of the [conference] [with] Vitali Klitschko': the model hangs the partner on
    the gathering where the talks were held, or on its sidelines; a name after 'with' there is the talks' partner,
    not the gathering's."""
    venue = preposition.head
    if any(c.lower_ in ("news", "press") for c in venue.children):
        return  # a news conference with a guest is a meeting of its own: "at a news conference with Lavrov"
    # (a name, not one told doing something there: "spoke at the forum with Lavrov sitting in the audience")
    if not any(c.dep_ == "pobj" and c.pos_ == "PROPN" and not any(g.dep_ == "acl" for g in c.children)
               for c in preposition.children) or venue.dep_ != "pobj":
        return
    place = venue.head  # (or on the sidelines themselves: "met on the margins of the Assembly [with] Lavrov")
    if place.lower_ == "of" and place.head.lemma_.lower() in SIDELINES and place.head.dep_ == "pobj":
        place = place.head.head
    talks = place.head
    # (not when the verb has its partner: "met Wang Yi on the sidelines of the conference with ...")
    if place.lower_ in GATHERING_PREPOSITIONS and place.dep_ == "prep" and talks.pos_ in ("VERB", "NOUN") and \
            talks.i < place.i and not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in talks.children):
        preposition.head = talks


# where companion_of_the_object keeps what it listed with the object: (along, with, person, verb) token indices
LISTED_ALONG = "listed_along_with_the_object"


def companion_of_the_object(along: Token) -> None:
    """'flew to Prague to meet his counterpart Zaoralek, who hosted the talks, [along with] Slovakia's Lajcak and
    Poland's Schetyna', 'met Xi in Beijing [along with] Wang Yi': people named 'along with' after a person the verb
    acts on, with no comma between (or one closing his relative clause), are listed with him (companions.py: not
    the subject's companions)."""
    verb, doc = along.head, along.doc
    with_ = next((c for c in along.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    person = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
    met = next((c for c in verb.children if c.dep_ == "dobj" and c.i < along.i), None)
    if with_ is None or person is None or met is None or verb.pos_ != "VERB" or person.ent_type_ != "PERSON" or not any(
            t.ent_type_ == "PERSON" for t in met.subtree):
        return
    if doc[along.i - 1].text == "," and not (met.right_edge.i == along.i - 2 and any(
            t.dep_ == "relcl" for t in met.subtree)):
        return  # (a comma sets off the subject's companions: "met Xi in Beijing, along with Blinken")
    along.head, along.dep_ = met, "cc"
    with_.head, with_.dep_ = met, "cc"
    person.head, person.dep_ = met, "conj"
    # (undone once sides are known, for the subject's own people: companions.companion_of_the_subjects_side)
    doc.user_data.setdefault(LISTED_ALONG, []).append((along.i, with_.i, person.i, verb.i))


def counterparts_state_hung_on_the_verb(preposition: Token) -> None:
    """'met his counterpart [from] Britain', 'a call from his counterpart [from] Britain', 'met foreign ministers
    [from] Egypt and Jordan': the model hangs the office's state on the verb or the noun above; right after the
    title, it says whose office it is, as 'his British counterpart' does."""
    noun = preposition.doc[preposition.i - 1]
    if noun.lemma_.lower() in FROM_TITLES and noun.pos_ == "NOUN" and preposition.head.is_ancestor(noun):
        preposition.head = noun


# plurals of people or states a list after "including" may name the members of: "talks with several leaders on the
# sidelines, including Anwar Ibrahim"
LISTED_GROUPS = {"leaders", "countries", "states", "nations", "governments", "officials", "ministers", "counterparts",
                 "heads", "presidents", "dignitaries", "delegations", "allies", "partners", "neighbours", "neighbors"}


def members_hung_above_their_group(including: Token) -> None:
    """'held talks with several leaders [on the sidelines], including Anwar Ibrahim', 'met several leaders on the
    sidelines, including Anwar': the model hangs the list on the verb or the noun above once a phrase stands
    between; after a comma it names members of the last group of people or states before it."""
    head, doc = including.head, including.doc
    if including.i < 2 or doc[including.i - 1].text != "," or head.i > including.i or \
            head.lower_ in LISTED_GROUPS or not any(c.dep_ == "pobj" for c in including.children):
        return
    verb = next((t for t in (head, *head.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i > including.i:
        return
    group = next((t for t in reversed(doc[verb.i + 1:including.i - 1]) if t.lower_ in LISTED_GROUPS and
                  t.tag_ == "NNS" and verb.is_ancestor(t)), None)
    if group is not None and any(t.tag_ == "NNS" and not (t.dep_ == "pobj" and t.head.lower_ in ("on", "at", "in"))
                                 for t in doc[group.i + 1:including.i - 1]):
        return  # (a plural between is what the list names: "his counterparts about several threats, including China")
    if group is not None and not any(c.dep_ == "prep" and c.lower_ == "including" for c in group.children):
        including.head = group


def parties_hung_on_the_accords_maker(between: Token) -> None:
    """'A ceasefire brokered by Egypt [between] Israel and Hamas took effect': the model hangs the parties on the
    participle that tells who made the accord; they are the accord's, as in 'a ceasefire between Israel and Hamas
    brokered by Egypt'."""
    made = between.head
    if made.dep_ == "acl" and made.tag_ == "VBN" and made.head.lemma_.lower() in ACCORD_NOUNS and \
            made.lemma_.lower() in ACCORD_MAKERS and made.head.i < made.i < between.i:  # (not "sought by Qatar")
        between.head = made.head


def phone_read_as_an_agent(by: Token) -> None:
    """'Erdogan, who has accused Myanmar of genocide, spoke [by]agent telephone with Suu Kyi': the model reads the
    means of an active verb as a passive's agent, and the call's partner as the phone's; both are the verb's."""
    verb = by.head
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VB") or any(c.dep_ == "auxpass" for c in verb.children):
        return
    phone = next((c for c in by.children if c.dep_ == "pobj" and c.lower_ in PHONE_WORDS), None)
    if phone is None:
        return
    by.dep_ = "prep"
    for partner in [c for c in phone.children if c.dep_ == "prep" and c.lower_ == "with"]:
        partner.head = verb


NEIGHBOURING = {"neighbouring", "neighboring"}  # an adjective the model may read as a gerund: "to [neighbouring] Chad"


def neighbouring_read_as_a_verb(neighbouring: Token) -> None:
    """'made his first trip to [neighbouring]pcomp Turkmenistan[dobj]': the model reads the adjective as a gerund
    taking the state as its object; the state is the preposition's object and the word its modifier, and what
    the gerund held ('in March') is the clause's."""
    state = next((c for c in neighbouring.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if state is None:
        return
    preposition = neighbouring.head
    held = [c for c in neighbouring.children if c.dep_ == "prep"]
    state.head, state.dep_ = preposition, "pobj"
    neighbouring.head, neighbouring.dep_ = state, "amod"
    for phrase in held:
        phrase.head = preposition.head
