"""Parse repairs: misreadings the small model makes again and again, mended on the Doc before any rule reads it.

"Xi met visiting Brazilian President Lula" is parsed as Xi meeting nobody while "visiting" Lula: the participle
that modifies the guest is taken for a verb whose object he is. Mending the tree once, where the misreading is
certain, serves every rule after it (who met, who was asked, who was hosted) instead of each rule learning it.
The Doc is changed in place: a user of the spaCy component gets the mended parse too. The mends that give a
sentence back its verb live in verb_repairs.py, those of a verb of naming's predicate in predicate_repairs.py,
those of a phrase hung on the wrong word in preposition_repairs.py, those of a name, a title or a list of
names in name_repairs.py, those of what was joined to a relative clause about a thing in relative_repairs.py,
those of an infinitive or a condition hung on the wrong word in complement_repairs.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.ingest.argument_words import FRAMED_PREPOSITIONS
from diplograph.ingest.charge_repairs import CHARGE_NOUNS, charge_answered_in_a_relative
from diplograph.ingest.complement_repairs import (
    BARE_INFINITIVE_TAKERS,
    ORDERED_MOVES,
    REPORTING_VERBS,
    condition_hung_on_the_report,
    forces_ordered_to_move,
    infinitive_after_an_adjunct,
    infinitive_of_an_intention,
    object_of_a_bare_infinitive,
)
from diplograph.ingest.name_repairs import (
    OFFICE_WORDS,
    TITLE_HALVES,
    description_after_a_comma,
    gapped_object,
    last_member_left_hanging,
    members_among_them,
    name_after_a_roles_phrase,
    name_as_object,
    name_joined_to_the_day,
    name_left_before_its_noun,
    name_set_off_after_a_listed_title,
    object_hung_on_the_verb,
    place_before_a_title,
    place_listed_after_a_relative,
    surname_read_as_a_modal,
    title_as_conjunct,
    title_half_read_as_adjective,
)
from diplograph.ingest.portfolios import portfolio_glued_onto_a_name
from diplograph.ingest.predicate_repairs import (
    CALLING_VERBS,
    agent_hung_on_the_predicate,
    agent_hung_on_the_verb,
    object_after_its_predicate,
    object_read_as_compound,
    object_read_as_dative,
    predicate_after_a_name,
    predicate_read_as_a_name,
    predicate_read_as_modifier,
)
from diplograph.ingest.preposition_repairs import (
    BORDER_NOUNS,
    DOOR_PREPOSITIONS,
    FROM_TITLES,
    NEIGHBOURING,
    SIDELINES,
    VENUE_GATHERINGS,
    addressee_asked_for,
    agent_of_a_named_act,
    blame_laid_on,
    border_crossed,
    border_with,
    companion_of_the_object,
    counterparts_state_hung_on_the_verb,
    door_shut_on,
    listed_state_hung_on_the_title,
    members_hung_above_their_group,
    neighbouring_read_as_a_verb,
    object_hung_above_its_preposition,
    particle_before_a_preposition,
    parties_hung_on_the_accords_maker,
    partner_hung_on_the_venue,
    phone_read_as_an_agent,
    phrase_hung_on_an_amount,
    preposition_after_its_frame,
    preposition_joined_too_high,
    sender_of_the_sent,
    verb_after_due_to,
)
from diplograph.ingest.relative_repairs import (
    SUMMING_NOUNS,
    complement_read_as_a_relative,
    participle_hung_on_a_relative,
    relative_read_into_its_summary,
    report_joined_to_a_relative,
    summary_read_as_the_object,
)
from diplograph.ingest.subject_repairs import (
    mend_a_past_verb,
    name_read_as_the_days_object,
    object_read_as_the_subject,
    passive_after_a_copula,
    subject_hung_on_the_auxiliary,
    subject_read_as_the_objects_conjunct,
    verb_read_as_the_subjects_plural,
)
from diplograph.ingest.verb_repairs import (
    MEASURE_PLURALS,
    adjunct_hung_inside_a_charge,
    gerund_read_as_the_objects_conjunct,
    measure_read_as_a_verb,
    participle_read_as_a_clause,
    participle_read_as_the_verb,
    past_verb_joined_to_a_bare_one,
    past_verb_read_as_a_conjuncts_modifier,
    past_verb_read_as_participle,
    past_verb_tagged_as_participle,
    reduced_relative_read_as_the_verb,
    verb_between_name_and_object,
    verb_read_as_adjective,
    verb_read_as_modifier,
    verb_read_as_the_objects_modifier,
)

# participles that describe a guest or an official before the name: "visiting", "outgoing", "incoming"
DESCRIBING_PARTICIPLES = {"visiting", "outgoing", "incoming"}
# verbs whose object is a person, not a gerund ("met visiting Lula", not "considered visiting Xi"), and prepositions
# before a guest ("talks with visiting Jaishankar", not "after visiting Aliyev in Baku")
GUEST_VERBS = {"meet", "host", "receive", "welcome", "greet", "ask", "urge", "tell", "thank", "invite", "brief",
               "press", "accompany", "see", "honour", "honor", "entertain", "fete", "hug", "embrace", "call", "assure"}
GUEST_PREPOSITIONS = {"with", "for", "to"}
# acts planned after "is due to" that are also nouns, which the model then reads as a compound: "due to host envoys"
PLANNED_ACTS = {"host", "visit", "meet", "sign", "attend", "tour", "chair", "address", "call", "head", "lead", "open",
                "launch", "receive", "welcome", "hold", "return", "talk", "vote", "review", "study", "discuss"}


def mend_misparses(doc: Doc) -> None:
    """Mend the parse of a Doc in place (the misreadings named in this module's functions)."""
    for token in doc:
        if token.lower_.startswith("co-") and len(token) > 5:
            _jointly_done(token)
        if token.dep_ == "aux" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            subject_hung_on_the_auxiliary(token)
        if token.dep_ in ("compound", "nmod") and token.ent_type_ == "DATE" and token.head.dep_ == "pobj":
            name_read_as_the_days_object(token)  # "On Friday [Abe]pobj will travel"
            name_joined_to_the_day(token)  # "met Obama on [Tuesday and German Chancellor Merkel]pobj in Paris"
        if token.lemma_.lower() in SUMMING_NOUNS and token.pos_ == "NOUN":
            relative_read_into_its_summary(token)  # ", a demand Berlin has rejected"
        if token.dep_ == "dobj" and token.pos_ == "NOUN":
            summary_read_as_the_object(token)  # "flew into Taiwan's zone, the largest such incursion"
        if token.dep_ == "aux" and token.text == "May":
            surname_read_as_a_modal(token)
        if token.dep_ in ("advcl", "conj") and token.pos_ in ("VERB", "AUX") and token.head.i < token.i:
            subject_read_as_the_objects_conjunct(token)
        if token.dep_ in ("advcl", "conj") and token.tag_ == "VBD":
            mend_a_past_verb(token)
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBN"):
            object_read_as_the_subject(token)
        if token.dep_ in ("advcl", "acomp", "oprd", "xcomp") and token.tag_ == "VBN":
            passive_after_a_copula(token)
        if token.lower_ in DESCRIBING_PARTICIPLES and token.tag_ == "VBG":
            _participle_as_modifier(token)
        elif token.tag_ == "JJ" and token.lower_ in TITLE_HALVES:
            title_half_read_as_adjective(token)  # "the U.N. secretary-[general]JJ condemned"
        elif token.dep_ == "npadvmod" and token.i == token.head.i + 1:
            name_as_object(token)
        elif token.dep_ == "npadvmod" or token.dep_ == "dobj" and any(
                c.dep_ == "dobj" and c.i < token.i for c in token.head.children):
            description_after_a_comma(token)  # or as a second object of the verb before the name
        elif token.tag_ in ("VBD", "VBN") and token.i > 0 and token.doc[token.i - 1].dep_ == "prep":
            _participle_after_preposition(token)
        elif token.lower_ == "among" and token.i + 1 < len(doc) and token.doc[token.i + 1].lower_ == "them":
            members_among_them(token)
        elif token.dep_ == "relcl" and token.pos_ in ("VERB", "AUX"):
            complement_read_as_a_relative(token)
        elif token.dep_ == "relcl" and token.tag_ == "NNS" and token.i > 1:
            verb_read_as_the_subjects_plural(token)  # "which the Saudi-led coalition [accuses]NNS of arming"
        elif token.dep_ == "ccomp" and token.tag_ == "VB" and token.head.lemma_.lower() in BARE_INFINITIVE_TAKERS:
            object_of_a_bare_infinitive(token)
        elif token.dep_ == "ccomp" and token.tag_ in ("VBD", "VBN") and token.i == token.head.i + 1:
            participle_read_as_a_clause(token)
        elif token.lower_ in CHARGE_NOUNS and token.i > 1 and doc[token.i - 2].text == ",":
            charge_answered_in_a_relative(token)
        elif token.dep_ == "conj" and token.tag_ == "VBD" and token.head.dep_ == "relcl" and \
                token.lemma_ in REPORTING_VERBS:
            report_joined_to_a_relative(token)  # "called it an act that could not be tolerated and said"
        elif token.dep_ == "conj" and token.tag_ == "VBD" and (token.head.tag_ == "VB" or token.head.tag_ == "VBN"
                                                                and token.head.dep_ == "acl"):
            past_verb_joined_to_a_bare_one(token)
        elif token.dep_ == "prep" and token.lower_ == "from" and token.i > 0 and \
                doc[token.i - 1].lemma_.lower() in FROM_TITLES:
            counterparts_state_hung_on_the_verb(token)
        elif token.dep_ == "prep" and token.lower_ == "from" and token.head.lemma_.lower() in GUEST_VERBS:
            sender_of_the_sent(token)
        elif token.dep_ == "prep" and token.lower_ in ("along", "together") and token.head.pos_ == "VERB":
            companion_of_the_object(token)  # "met his counterpart Zaoralek along with Slovakia's Lajcak"
        elif token.dep_ == "prep" and token.lower_ == "by" and token.head.dep_ == "pobj":
            _agent_after_a_place(token)
            agent_of_a_named_act(token)  # (if it is still the object's)
        elif token.dep_ == "prep" and token.lower_ == "by" and token.head.dep_ in ("oprd", "acomp"):
            agent_hung_on_the_predicate(token)
        elif token.dep_ == "dative" and token.head.lemma_.lower() in CALLING_VERBS:
            object_read_as_dative(token)  # "calling [him] a terrorist"
        elif token.dep_ == "prep" and token.lower_ == "by" and token.head.lemma_.lower() in CALLING_VERBS:
            agent_hung_on_the_verb(token)  # "called the strikes [by Israel] a crime"
        elif token.dep_ == "oprd" and token.pos_ == "NOUN" and token.head.lemma_.lower() in CALLING_VERBS:
            object_read_as_compound(token)  # "called [Russia's remarks racist]"
        elif token.dep_ == "pobj" and token.pos_ in ("NOUN", "ADJ") and token.head.lower_ == "by" and \
                token.head.head.head.lemma_.lower() in CALLING_VERBS:
            predicate_read_as_a_name(token)  # "called the remarks by [Israel Katz racist]"
        elif token.dep_ == "ROOT" and (token.pos_ == "NOUN" and token.tag_ == "NNS" or token.pos_ == "PROPN"):
            past_verb_read_as_participle(token)
        elif token.dep_ == "ROOT" and token.tag_ == "VBN":
            past_verb_tagged_as_participle(token)
        elif token.dep_ == "ROOT" and token.tag_ == "VBG":
            participle_read_as_the_verb(token)
        elif token.dep_ == "ROOT" and token.tag_ == "VBD":
            reduced_relative_read_as_the_verb(token)
        elif token.dep_ == "xcomp" and token.lemma_.lower() in ORDERED_MOVES:
            forces_ordered_to_move(token)
        elif token.dep_ in ("advcl", "xcomp") and token.tag_ == "VB" and token.head.dep_ == "acl" and \
                token.head.tag_ in ("VBN", "VBG"):
            infinitive_after_an_adjunct(token)  # "threatened in a letter released on Monday to cut off", "ordered
            # troops taking part in drills to return"
        elif token.dep_ == "advcl" and token.head.lemma_ in REPORTING_VERBS and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            condition_hung_on_the_report(token)
        elif token.dep_ == "advcl" and token.tag_ == "VB":
            infinitive_of_an_intention(token)
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.dep_ in ("pcomp", "conj"):
            adjunct_hung_inside_a_charge(token)
        elif token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.dep_ == "relcl":
            participle_hung_on_a_relative(token)  # "tested a missile that could reach Guam, drawing condemnation"
        elif token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and token.i + 1 < len(doc) and \
                doc[token.i + 1].dep_ == "compound" and doc[token.i + 1].tag_ == "NNP":
            place_before_a_title(token)
        elif token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in token.children):
            verb_read_as_modifier(token)
        elif token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.head.dep_ == "conj" and \
                token.head.head.pos_ == "VERB" and token.head.head.tag_ == "VBD":
            past_verb_read_as_a_conjuncts_modifier(token)
        elif token.dep_ == "conj" and token.pos_ != "VERB" and token.lower_.endswith("ing"):
            gerund_read_as_the_objects_conjunct(token)  # (in the chain of elifs: only -ing words stop here)
        elif token.dep_ == "amod" and any(c.dep_ == "nsubj" for c in token.children) and token.left_edge.i > 0 and \
                (doc[token.left_edge.i - 1].lower_ == "that" or doc[token.left_edge.i].lower_ == "that"):
            verb_read_as_adjective(token)
        elif token.dep_ == "amod" and (token.tag_ == "VBD" and token.head.pos_ == "NOUN" or token.tag_ == "VBN" and
                                       token.head.pos_ == "PROPN" and token.head.ent_type_ == "PERSON") and (
                token.head.dep_ == "ROOT" or token.head.dep_ == "nsubj" and token.head.head.lemma_ == "say"):
            verb_between_name_and_object(token)
        elif token.dep_ == "amod" and token.tag_ in ("VBD", "VBN") and token.head.dep_ == "dobj" and \
                token.head.head.dep_ == "ROOT":
            verb_read_as_the_objects_modifier(token)
        elif token.dep_ == "amod" and token.pos_ == "ADJ" and token.i == token.head.i + 1 and \
                token.head.dep_ in ("dobj", "oprd") and token.head.head.lemma_.lower() in CALLING_VERBS:
            predicate_read_as_modifier(token)
        elif token.lower_ == "as" and (token.dep_ == "prep" and token.i == token.head.i + 1 and
                                       token.head.pos_ == "VERB" or token.dep_ == "advmod"):
            object_after_its_predicate(token)
        elif token.dep_ == "appos" and (token.pos_ == "NOUN" or token.lower_ == "one"):
            predicate_after_a_name(token)
        elif token.dep_ == "conj" and token.pos_ == "PROPN" and token.head.tag_ == "NNS" and token.ent_type_ == "GPE":
            listed_state_hung_on_the_title(token)
        elif token.dep_ == "appos" and token.pos_ == "PROPN" and token.head.dep_ == "pobj" and \
                token.head.ent_type_ in ("GPE", "LOC", "ORG") and token.head.head.head.tag_ == "NN":
            name_after_a_roles_phrase(token)  # "the U.N. envoy for [Syria], Staffan de [Mistura]appos"
        elif (token.dep_ == "appos" or token.dep_ == "conj" and token.head.pos_ != "VERB") and token.pos_ == "PROPN":
            # (in this order, each reading the name's head as the one before left it)
            title_as_conjunct(token)
            gapped_object(token)  # (a conjunct)
            name_set_off_after_a_listed_title(token)  # (an apposition)
            place_listed_after_a_relative(token)  # (if it is still the person's)
        elif (token.lower_ in ("on", "back") and token.dep_ == "prep" or token.lower_ == "home" and token.dep_ ==
              "advmod") and token.head.pos_ == "VERB":
            particle_before_a_preposition(token)
        elif token.lower_ == "to" and token.dep_ == "prep" and token.head.lower_ == "due" and token.i + 1 < len(doc) \
                and doc[token.i + 1].lower_ in PLANNED_ACTS:
            verb_after_due_to(token)
        elif token.dep_ == "prep" and token.lower_ == "for" and token.head.pos_ == "NOUN":
            portfolio_glued_onto_a_name(token)  # "special envoy for [Iran Brian Hook]"
        elif token.dep_ == "prep" and token.lower_ == "with" and doc[token.i - 1].lemma_.lower() in BORDER_NOUNS:
            border_with(token)
        elif token.dep_ == "prep" and token.lower_ == "with" and \
                token.head.lemma_.lower() in VENUE_GATHERINGS | SIDELINES:
            partner_hung_on_the_venue(token)  # "talks on the sidelines of the conference [with] Klitschko"
        elif token.dep_ == "prep" and token.lower_ in ("from", "into") and \
                doc[token.i - 1].lemma_.lower() in BORDER_NOUNS:
            border_crossed(token)
        elif token.dep_ == "agent" and token.head.pos_ == "VERB":
            phone_read_as_an_agent(token)  # "spoke [by]agent telephone with Suu Kyi"
        elif token.dep_ == "pcomp" and token.lower_ in NEIGHBOURING and token.head.dep_ == "prep":
            neighbouring_read_as_a_verb(token)  # "fled to [neighbouring]pcomp Chad"
        elif token.dep_ == "prep" and token.lower_ == "between" and token.head.dep_ == "acl":
            parties_hung_on_the_accords_maker(token)  # "a ceasefire brokered by Egypt [between] Israel and Hamas"
        elif token.dep_ == "prep" and token.lower_ == "including" and token.head.pos_ in ("VERB", "NOUN"):
            members_hung_above_their_group(token)  # "talks with several leaders on the sidelines, [including]"
        elif token.dep_ == "prep" and token.n_lefts + token.n_rights == 0:
            object_hung_above_its_preposition(token)
        elif token.dep_ == "prep" and token.lower_ in DOOR_PREPOSITIONS and token.head.lemma_.lower() == "door":
            door_shut_on(token)
        elif token.dep_ == "prep" and token.lower_ == "on" and token.head.dep_ == "pobj" and any(
                c.lemma_.lower() == "blame" and c.dep_ == "dobj" for c in token.sent):
            blame_laid_on(token)
        elif token.dep_ == "prep" and (token.lower_ in FRAMED_PREPOSITIONS or token.lower_ == "with") and \
                token.i >= 2 and token.doc[token.i - 1].dep_ == "pobj" and token.doc[token.i - 2].lower_ == "in":
            preposition_after_its_frame(token)  # "in protest [at]", "in solidarity [with]"
        elif token.dep_ == "prep" and token.lower_ in ("on", "to", "for", "against") and (
                token.head.dep_ == "pobj" or token.head.tag_ == "CD"):
            phrase_hung_on_an_amount(token)
        elif token.dep_ == "prep" and token.lower_ == "for" and token.head.lemma_ == "ask":
            addressee_asked_for(token)
        elif token.dep_ == "conj" and (token.pos_ == "PROPN" or token.lemma_.lower() in OFFICE_WORDS) and \
                token.head.pos_ == "VERB":
            object_hung_on_the_verb(token)  # (or a title: "met Baerbock and his counterparts from Britain")
        elif token.dep_ == "dep" and token.pos_ == "PROPN" and token.head.pos_ == "VERB":
            last_member_left_hanging(token)
            name_left_before_its_noun(token)  # (if it is still loose)
        elif token.dep_ == "conj" and token.pos_ == "ADP" and token.head.pos_ in ("VERB", "AUX"):
            preposition_joined_too_high(token)
        if token.lower_ in MEASURE_PLURALS and token.tag_ in ("VBZ", "VBP") and token.i > 0 and \
                doc[token.i - 1].lower_ in ("asset", "assets"):
            measure_read_as_a_verb(token)


def _jointly_done(word: Token) -> None:
    """'co-hosted', 'co-operation' (kept whole by tokenizing.py): the act is the word's own, done with others;
    its lemma is the word's without the prefix, spelled as one word where the prefix is usually so written."""
    rest = word.lemma_.lower()[3:]
    word.lemma_ = "co" + rest if rest[:1] == "o" else rest


def _agent_after_a_place(by: Token) -> None:
    """'Erdogan was received [at the presidential mansion] by Greek President Prokopis Pavlopoulos': the model
    hangs the by-phrase on the place; after a passive verb with no agent, a person or office-holder there is the
    verb's agent (who received him), not the mansion's."""
    place = by.head
    preposition = place.head
    verb = preposition.head
    person = next((c for c in by.children if c.dep_ == "pobj"), None)
    if person is None or preposition.dep_ != "prep" or preposition.lower_ not in ("at", "in", "on", "as") or \
            verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or \
            any(c.dep_ == "agent" for c in verb.children) or place.ent_type_ or not (
                _a_person(person) or preposition.lower_ == "as" and person.pos_ == "PROPN"):
        return  # (or on what one is taken for: "recognised [as interim president] by the United States")
    by.head, by.dep_ = verb, "agent"


def _participle_after_preposition(participle: Token) -> None:
    """'to the compound in [occupied] East Jerusalem': a past participle right after a preposition that has no
    object describes the place or thing that follows it; it is no verb whose object that place is (nor an attack)."""
    preposition = participle.doc[participle.i - 1]
    thing = next((c for c in participle.children if c.dep_ == "dobj" and c.left_edge.i == participle.i + 1), None)
    if thing is None or any(c.dep_ == "pobj" for c in preposition.children) or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in participle.children):
        return
    for child in [c for c in participle.children if c.i != thing.i]:
        child.head = thing  # ", the first diplomatic row": said of the place
    thing.head, thing.dep_ = preposition, "pobj"
    participle.head, participle.dep_ = thing, "amod"
    participle.tag_, participle.pos_ = "JJ", "ADJ"


def _participle_as_modifier(participle: Token) -> None:
    """'met [visiting] Brazilian President Lula', 'talks with [visiting] Indian Foreign Minister Jaishankar':
    a participle right after a verb or preposition, with a person or an office-holder as its object and no
    subject of its own, modifies that person; the person is the verb's object (the preposition's)."""
    holder = participle.head
    guest = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if guest is None or holder.i != participle.i - 1 or participle.dep_ not in ("xcomp", "advcl", "ccomp", "pcomp") \
            or any(c.dep_ in ("nsubj", "aux", "neg") for c in participle.children) or not _a_person(guest):
        return
    if holder.pos_ == "VERB" and any(c.dep_ == "dobj" for c in holder.children):
        return  # the verb has its object: "gave visiting officials ..." is not this misreading
    verb = holder if holder.pos_ in ("VERB", "AUX") else next((a for a in holder.ancestors if a.pos_ == "VERB"), None)
    if verb is None or not (holder.pos_ == "VERB" and holder.lemma_.lower() in GUEST_VERBS
                            or holder.pos_ == "ADP" and holder.lower_ in GUEST_PREPOSITIONS):
        return
    guest.head, guest.dep_ = holder, "pobj" if holder.pos_ == "ADP" else "dobj"
    for child in [c for c in participle.children if c.i != guest.i]:
        child.head = verb  # "on Sunday", "to restructure the debt": the verb's
    participle.head, participle.dep_ = guest, "amod"
    participle.tag_, participle.pos_ = "JJ", "ADJ"


def _a_person(noun: Token) -> bool:
    """A person's name or a noun of office, as in 'Brazilian President Lula' or 'U.S. officials'."""
    return noun.ent_type_ == "PERSON" or noun.lower_ in OFFICE_WORDS or any(
        t.lower_ in OFFICE_WORDS for t in noun.children if t.dep_ == "compound")
