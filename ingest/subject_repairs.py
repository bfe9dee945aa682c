"""Subject repairs: a verb's subject the small model hung somewhere else, so the verb seems to have none.

"Chad had for years accused Khartoum" is parsed with Chad the subject of the auxiliary 'had' once a phrase
stands between them; "days after Admiral Mike Mullen, chairman of the Joint Chiefs, accused Pakistan" with
Mullen the object of 'after' and 'accused' a clause of its own. Either way the accusation has no accuser and is
lost. The mends here, called by repairs.py in its one pass over the Doc, give the verb back its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.name_repairs import ROLE_HEADS

# prepositions of time whose object a following verb may have as its subject: "days after Mullen accused"
TIME_PREPOSITIONS = {"after", "before", "since", "until", "following"}
ACTING_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
# verbs of being that a passive participle may follow in place of "is": "stands accused by Washington"
PASSIVE_COPULAS = {"stand", "remain"}


def subject_hung_on_the_auxiliary(auxiliary: Token) -> None:
    """'Chad had [for years] accused Khartoum': the auxiliary's subject and phrases are its verb's."""
    verb = auxiliary.head
    if verb.i == auxiliary.i or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    for child in [c for c in auxiliary.children if c.dep_ in ("nsubj", "nsubjpass", "prep", "advmod")]:
        child.head = verb


def subject_read_as_the_prepositions_object(verb: Token) -> None:
    """'came days after Admiral Mike Mullen, chairman of the Joint Chiefs of Staff, accused Pakistan', 'after
    the U.S. ambassador, Reuben Brigety, accused Pretoria': a past verb with no subject of its own, right after a
    time preposition's object (and what describes it between commas), has that object as its subject and is the
    preposition's clause."""
    if verb.tag_ != "VBD" or verb.dep_ not in ("advcl", "conj") or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return
    doc = verb.doc
    start = verb.head.i + 1 if verb.head.i < verb.i else verb.sent.start
    preposition = next((t for t in reversed(doc[start:verb.i]) if t.lower_ in TIME_PREPOSITIONS and t.dep_ == "prep"
                        and t.head.i == verb.head.i), None)
    if preposition is None:
        return
    subject = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if subject is None:
        return
    between = list(doc[subject.i + 1:verb.i])
    if len(between) < 2 or between[-1].text != "," or any(t.pos_ in ("VERB", "AUX") for t in between):
        return
    if subject.ent_type_ not in ACTING_ENTITIES and not any(t.pos_ == "PROPN" and t.head.i == verb.head.i
                                                            for t in between):
        return  # one who acts, named or described by name (not "after New Delhi's decision, expelled")
    for token in between:
        if token.head.i == verb.head.i and token.pos_ == "PROPN":
            token.head, token.dep_ = subject, "appos"  # "the U.S. ambassador, Reuben Brigety,"
    subject.head, subject.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = preposition, "pcomp"


# verbs that take an object, so that one joined to a passive with none is passive too: "has been declared persona non
# grata and [ordered]VBD to leave Russia" ("was elected and served two terms" is not: 'serve' needs none)
OBJECT_TAKING = {"order", "tell", "urge", "force", "instruct", "direct", "command", "persuade", "invite", "expel",
                 "summon", "deport", "arrest", "detain", "accuse", "sanction"}


def mend_a_past_verb(verb: Token) -> None:
    """A past form the model hung as a clause or a conjunct: give it back its subject, the passive it shares, or the
    main clause it belongs to."""
    subject_read_as_the_prepositions_object(verb)
    passive_shared_by_a_conjunct(verb)
    conjunct_hung_inside_an_object_relative(verb)
    appeal_joined_to_what_was_said(verb)


# what a speaker goes on to do after saying what a thing did: "said it risked fuelling tensions and [urged] Ankara"
URGING_VERBS = {"urge", "call", "ask", "appeal", "press", "demand", "implore", "exhort"}
SPEAKING_VERBS = {"say", "tell", "add", "state", "note", "argue", "stress"}
THINGS_SAID_OF = {"it", "this", "that"}  # a subject that urges no one, when its verb tells what a thing does
THINGS_DOINGS = {"be", "risk", "mean", "undermine", "threaten", "violate", "breach", "damage", "harm", "amount",
                 "constitute", "endanger", "jeopardise", "jeopardize"}  # "it risked fuelling tensions"


def appeal_joined_to_what_was_said(verb: Token) -> None:
    """'Borrell said [it] risked fuelling tensions and [urged]conj-of-risked Ankara to refrain': an appeal joined to
    a clause said of a thing is the speaker's, not the thing's. A thing: a common noun that is no office ('the
    move'), or 'it' after a person speaks, doing what things do ('it risked', not 'it accepted the proposal': a
    state; 'the ministry said it had lodged a protest and demanded' is the ministry's, keeping the protest's
    target)."""
    clause = verb.head
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ != "conj" or verb.lemma_.lower() not in URGING_VERBS or clause.dep_ != "ccomp" or \
            clause.head.lemma_.lower() not in SPEAKING_VERBS or clause.head.tag_ not in ("VBD", "VBZ", "VBP") or \
            clause.head.i > clause.i or subject is None or speaker is None or \
            any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return
    person_speaks = speaker.ent_type_ == "PERSON" or speaker.lower_ in ("he", "she")
    thing = subject.lower_ in THINGS_SAID_OF and person_speaks and clause.lemma_.lower() in THINGS_DOINGS or \
        subject.pos_ == "NOUN" and not subject.ent_type_ \
        and subject.lemma_.lower() not in ROLE_HEADS and not any(c.pos_ == "PROPN" for c in subject.children)
    if not thing:
        return
    for cc in [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i]:
        cc.head = clause.head
    verb.head = clause.head


def subject_read_as_the_objects_conjunct(verb: Token) -> None:
    """'Washington imposed tariffs on Chinese steel and [Beijing]conj-of-steel [condemned]conj the move', 'sent
    tanks to Ukraine and [Russia]conj [warned]advcl Berlin': a finite verb joined to the one before, with no subject
    of its own, right after (or its auxiliaries after) a name the parser joined into that verb's object, has that
    name as its subject (Beijing condemned, not Washington); never an infinitive ("with Turkey and the UN to
    reopen the ports"), nor a bare past form with no object of its own, as likely the participle describing the
    object ("a ceasefire between Israel and Hamas [agreed] last week", "sanctions imposed by Britain and Canada
    [announced] on Monday")."""
    doc = verb.doc
    auxiliaries = [c for c in verb.lefts if c.dep_ in ("aux", "neg", "advmod")]
    name = doc[min([verb.i, *(a.i for a in auxiliaries)]) - 1]
    finite = any(a.dep_ == "aux" for a in auxiliaries) or verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBD" and any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "dative") or c.dep_ == "prep" and c.lower_ == "by" and any(
            g.dep_ == "pcomp" for g in c.children) for c in verb.children)  # ("and Pakistan responded by expelling")
    if not finite or any(a.tag_ == "TO" for a in auxiliaries) or name.dep_ != "conj" or name.left_edge.i < 2 or \
            name.ent_type_ not in ACTING_ENTITIES or name.head.pos_ not in ("NOUN", "PROPN") or \
            doc[name.left_edge.i - 1].lower_ != "and" or not verb.head.is_ancestor(name) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    doc[name.left_edge.i - 1].head = verb.head  # ("and" joins the two verbs)
    name.head, name.dep_ = verb, "nsubj"


def conjunct_hung_inside_an_object_relative(verb: Token) -> None:
    """'condemned the attacks that Hamas carried out on Israel and [pledged]conj-of-carried backing for Kyiv': a
    verb with an object of its own cannot share an object relative's gap, so it is the main clause's conjunct and
    shares its subject (the three leaders pledged, not Hamas)."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ == "dobj" for c in verb.children) or not any(
                c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in clause.children):
        return
    noun = clause.head
    main = noun.head if noun.dep_ == "dobj" else None
    if main is None or main.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in main.children):
        return
    for cc in [c for c in clause.children if c.dep_ == "cc" and c.i == verb.i - 1]:
        cc.head = main
    verb.head = main


def object_read_as_the_subject(verb: Token) -> None:
    """'Albares demanded an apology and later [summoned]conj [Argentina's ambassador]nsubj': a past form joined to a
    verb that has its subject, with no subject before it nor auxiliary of its own, shares that subject; the noun
    the model made its subject, standing after it, is its object (not a report's inversion: "..., and added Lavrov")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.pos_ != "VERB" or \
            verb.lemma_.lower() in SPEAKING_VERBS or \
            not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.head.i for c in verb.head.children) or any(
            c.dep_ in ("aux", "auxpass", "dobj") or c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
            for c in verb.children):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")),
                   None)
    if subject is not None:
        subject.dep_ = "dobj"
        verb.tag_ = "VBD"


def passive_shared_by_a_conjunct(verb: Token) -> None:
    """A past form joined to a passive verb, with no subject, auxiliary or object of its own, is a participle
    sharing that passive, when its verb must take an object (the model tags it a past tense)."""
    if verb.lemma_.lower() in OBJECT_TAKING and shares_the_passive(verb, tag="VBD"):
        verb.tag_ = "VBN"


def shares_the_passive(verb: Token, tag: str = "VBN") -> bool:
    """'was declared persona non grata and ordered to leave': the conjunct is passive as its head is."""
    return verb.dep_ == "conj" and verb.tag_ == tag and any(c.dep_ == "auxpass" for c in verb.head.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp") for c in verb.children)


def passive_after_a_copula(participle: Token) -> None:
    """'North Korea [stands] accused by Washington of running ...': a participle with an agent after 'stand' or
    'remain' is a passive whose subject is the verb's; the verb is its auxiliary."""
    verb = participle.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if verb.lemma_.lower() not in PASSIVE_COPULAS or participle.i != verb.i + 1 or subject is None or not any(
            c.dep_ == "agent" for c in participle.children):
        return
    participle.head, participle.dep_ = (participle, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
    for child in [c for c in verb.children if c.i != participle.i]:
        child.head = participle
    subject.dep_ = "nsubjpass"
    verb.head, verb.dep_ = participle, "auxpass"


def name_read_as_the_days_object(day: Token) -> None:
    """'On Friday [Abe]pobj will travel to Davao': a day the parser made a compound of the name after it leaves the
    verb with no subject; the day is the preposition's object, the name the verb's subject."""
    name, preposition = day.head, day.head.head
    verb = preposition.head
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.ent_type_ not in ACTING_ENTITIES or \
            preposition.dep_ != "prep" or preposition.i != day.i - 1 or verb.pos_ not in ("VERB", "AUX") or \
            verb.i < name.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(
                t.dep_ != "compound" for t in day.doc[day.i + 1:name.i]):
        return
    day.head, day.dep_ = preposition, "pobj"
    name.head, name.dep_ = verb, "nsubj"


def verb_read_as_the_subjects_plural(noun: Token) -> None:
    """'Tehran, which the Saudi-led coalition [accuses]NNS of arming the Houthis': a relative clause's verb in -s the
    model took for a plural noun compounded with its subject; the word before it is the subject, the relative
    pronoun its object."""
    subject = noun.doc[noun.i - 1]
    pronoun = next((c for c in noun.children if c.tag_ in ("WDT", "WP") and c.i < subject.i), None)
    if pronoun is None or subject.dep_ != "compound" or subject.head.i != noun.i or subject.pos_ not in (
            "NOUN", "PROPN") or not noun.lower_.endswith("s") or noun.lemma_.lower() == noun.lower_:
        return
    noun.tag_, noun.pos_ = "VBZ", "VERB"
    for modifier in [c for c in noun.children if c.i < subject.i and c.i > pronoun.i]:
        modifier.head = subject  # ("the Saudi-led")
    subject.dep_ = "nsubj"
    pronoun.dep_ = "dobj"
