"""Name repairs: a name, a title or a list of names the small model hung on the wrong word.

"met Xi Jinping and then [Li Qiang] in Beijing" (a second object read as a verb's conjunct), "Francois Hollande and
Ukrainian [President]conj Petro [Poroshenko]appos" (a title read as the list's next member), "welcomed leaders from
30 countries, [among them] Jordan's King Abdullah, ..." (members hung on the verb): who acts, and on whom, is read
off names, so these mends, called by repairs.py in its one pass over the Doc, put each name where it belongs.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import BODY_STAFF, GROUPS_OF_STATES
from diplograph.ingest.verb_repairs import compound_head

# words of office in a name's compounds: "[visiting] Chinese Foreign Minister Wang Yi"
OFFICE_WORDS = {"president", "minister", "chancellor", "premier", "king", "queen", "prince", "secretary", "envoy",
                "ambassador", "leader", "counterpart", "emir", "sheikh", "crown", "general", "senator", "delegation",
                "officials", "lawmakers", "ministers", "leaders", "diplomats"}


# the nouns of a role one person holds, whose name may be set off after its phrase ("the U.N. commander in
# Bosnia, Rupert Smith")
ROLE_HEADS = OFFICE_WORDS | BODY_STAFF | {"chief", "head"}


def object_hung_on_the_verb(name: Token) -> None:
    """'met Xi Jinping and then [Li Qiang] in Beijing', 'met Baerbock and his [counterparts] from Britain': a name or
    a title joined to a verb that has an object before it, and no verb of its own, is the verb's second object."""
    verb = name.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < name.i and (
        c.pos_ == "PROPN" or c.lemma_.lower() in OFFICE_WORDS)]  # (a person: "met the Chinese president and then")
    if not objects or any(c.dep_ in ("nsubj", "aux", "dobj") or c.lower_ in ("too", "also", "either")
                          for c in name.children) or name.doc[name.i + 1:name.i + 2].text in (",", "too", "also"):
        return  # (a subject left without its verb: "Russia vetoed the resolution, and China, too")
    for cc in [c for c in verb.children if c.dep_ == "cc" and objects[-1].i < c.i < name.i]:
        cc.head = objects[-1]
    name.head = objects[-1]


def name_as_object(name: Token) -> None:
    """'warned [Maduro]npadvmod that the region would not stand by': a name right after a verb with no object is
    its object, not an adverb of time or measure (which names no person, state or body)."""
    verb = name.head
    if name.i == verb.i + 1 and verb.pos_ == "VERB" and name.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") \
            and name.tag_ == "NNP" and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        name.dep_ = "dobj"


def description_after_a_comma(noun: Token) -> None:
    """'to retake Mosul, [the last major city] held by Islamic State': a described noun the model hangs on the
    verb as an adverb of measure, right after a comma after a name, describes that name (an apposition); a name
    there that goes on with "and" continues a list."""
    opening = noun.left_edge.i
    if opening >= 2 and noun.doc[opening - 1].text == "," and noun.pos_ == "PROPN" and \
            (name := noun.doc[opening - 2]).dep_ in ("dobj", "pobj") and noun.head.i in (
            name.head.i, name.head.head.i if name.dep_ == "pobj" else -1) and any(
            c.dep_ == "cc" for c in noun.children) and any(c.dep_ == "conj" for c in noun.children):
        # "hosted Uzbek President Mirziyoyev, [Kyrgyz President Jeenbekov] and Tajik President Rahmon": a name
        # opening the rest of a list is the next conjunct, not a measure
        # "drew condemnation from [the Cypriot government]pobj, [Greece]npadvmod and the EU": the list of a phrase
        noun.head, noun.dep_ = name, "conj"
        return
    if opening < 2 or noun.doc[opening - 1].text != "," or noun.pos_ != "NOUN" or noun.doc[opening].lower_ not in (
            "the", "a", "an") or not any(c.dep_ in ("acl", "relcl") for c in noun.children):
        return
    name = noun.doc[opening - 2]
    if name.pos_ == "PROPN" and name.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and not name.is_ancestor(noun):
        noun.head, noun.dep_ = name, "appos"


def title_as_conjunct(name: Token) -> None:
    """'Francois Hollande and Ukrainian [President]conj Petro [Poroshenko]appos', 'Sullivan and China's top
    [diplomat]conj Wang [Yi]appos': the title before a name, read as the list's next member with the name hung on
    the list as an apposition, is the name's own; the name is the member."""
    title = next((c for c in name.head.children if c.dep_ == "conj" and c.i == name.left_edge.i - 1
                  and (c.tag_ == "NNP" and c.lower_ in OFFICE_WORDS or c.lower_ == "diplomat")), None)
    owner = name.doc[name.left_edge.i - 2] if title is None and name.left_edge.i >= 2 else None
    if owner is not None and owner.dep_ == "conj" and owner.pos_ == "PROPN" and owner.doc[owner.i + 1].tag_ == "POS" \
            and not name.is_ancestor(owner.head):
        # "Putin and [Ukraine]conj's president-elect Petro [Poroshenko]appos", "Lavrov, Cavusoglu and [Iran]conj's
        # Mohammad Javad [Zarif]appos-of-Lavrov": the state's is the name's, and the name the member
        name.head, name.dep_ = owner.head, "conj"
        owner.head, owner.dep_ = name, "poss"
    if title is None:
        return
    name.head, name.dep_ = title.head, "conj"
    for child in list(title.children):
        child.head = name  # "Ukrainian"
    title.head, title.dep_ = name, "compound"


def name_set_off_after_a_listed_title(name: Token) -> None:
    """'Lighthizer, Freeland and Mexico's chief [negotiator]conj, Jesus [Seade]appos-of-Lighthizer': a name set off by
    a comma right after a listed common noun's phrase is that noun's apposition, its holder."""
    if name.dep_ != "appos" or name.left_edge.i == 0 or name.doc[name.left_edge.i - 1].text != ",":
        return
    comma = name.left_edge.i - 1
    title = next((t for t in name.doc[name.head.i + 1:comma] if t.dep_ == "conj" and t.pos_ == "NOUN"
                  and t.right_edge.i == comma - 1 and name.head.is_ancestor(t)), None)
    if title is not None:
        name.head = title


# entities a gapped object's first leg may end in: "met Obama in [Washington] and Merkel in Paris", "on [Tuesday]"
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
LEG_ENTITIES = PLACE_ENTITIES | {"DATE", "TIME"}
LEG_PREPOSITIONS = {"in", "at", "on", "during"}  # the phrases of a leg: where and when


def gapped_object(name: Token) -> None:
    """'Hollande met Obama in Washington and [Merkel]conj-of-Washington in Paris', 'met Lavrov in Moscow on Monday
    and Blinken in Munich[-hung-on-Monday]': a person joined to the place or day that ends the verb's first leg is
    the verb's second object when a leg of his own follows him, a place after a place ('in Tel Aviv and Herzliya on
    Monday' lists places); that leg's place and time phrases, up to the next comma or clause, are his (not 'after
    talks in Cairo with Sisi')."""
    leg = name.head
    if name.dep_ != "conj" or name.ent_type_ != "PERSON":
        return
    verb = leg.head if leg.dep_ == "dobj" else leg.head.head if leg.dep_ == "pobj" and leg.head.dep_ == "prep" else leg
    first = leg if leg.dep_ == "dobj" and leg.ent_type_ == "PERSON" else next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i < leg.i and c.ent_type_ == "PERSON"
         and leg.ent_type_ in LEG_ENTITIES), None)
    doc = name.doc
    if first is None or verb.pos_ != "VERB" or not any(
            t.dep_ == "prep" and t.head.i in (verb.i, first.i) for t in doc[first.i:name.i]):
        return
    end = next((t.i for t in doc[name.i + 1:name.sent.end] if t.is_punct or t.dep_ == "cc" or t.pos_ in (
        "VERB", "AUX")), name.sent.end)
    own = [t for t in doc[name.i + 1:end] if t.dep_ == "prep" and t.lower_ in LEG_PREPOSITIONS and (
        t.head.i == verb.i or first.i <= t.head.i < name.i)]
    if not own or own[0].i != name.i + 1 or leg.ent_type_ in PLACE_ENTITIES and own[0].lower_ not in ("in", "at"):
        return
    for cc in [c for c in leg.children if c.dep_ == "cc" and c.i < name.i]:
        cc.head = first
    name.head = first
    for phrase in own:
        phrase.head = name


def name_joined_to_the_day(day: Token) -> None:
    """'met President Obama in Washington on [Tuesday and German Chancellor Angela Merkel]pobj in Paris on
    Wednesday': a person after the day that ends the verb's first leg, read as the head of 'day and person', is
    the day's conjunct (and its adjective his), his leg's phrases the verb's: gapped_object then makes him the
    verb's second object."""
    name, preposition = day.head, day.head.head
    verb = preposition.head
    if name.ent_type_ != "PERSON" or preposition.dep_ != "prep" or verb.pos_ != "VERB" or not any(
            c.dep_ == "cc" and c.lower_ == "and" for c in day.children) or not any(
            c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i < preposition.i for c in verb.children):
        return
    day.head, day.dep_ = preposition, "pobj"
    for modifier in [c for c in day.children if c.dep_ == "conj" and c.i < name.i]:
        modifier.head, modifier.dep_ = name, "amod"  # ("German")
    for phrase in [c for c in name.children if c.dep_ == "prep" and c.i > name.i]:
        phrase.head = verb  # ("in Paris")
    name.head, name.dep_ = day, "conj"


def place_listed_after_a_relative(place: Token) -> None:
    """'visited Guinea, where he met Doumbouya, [the Republic of Congo], where he held talks with Sassou Nguesso, and
    [Burkina Faso], where ...': a name hung on the person a 'where' clause names, with a 'where' clause of its own
    after it (hung on it or on that person), is the next place of the list the first clause interrupts."""
    person = place.head
    clause = person.head
    listed = clause.head
    if place.dep_ not in ("appos", "conj") or person.dep_ not in ("dobj", "pobj") or clause.dep_ != "relcl" or \
            not _where(clause) or listed.ent_type_ != "GPE":
        return
    following = [c for c in person.children if c.dep_ in ("appos", "conj") and c.i > place.i]
    own = [c for c in person.children if c.dep_ == "relcl" and c.i > place.i and _where(c) and not any(
        place.i < f.i < c.i for f in following)]
    if not own and not any(c.dep_ == "relcl" and _where(c) for c in place.children):
        return  # ("where he met Macron and Scholz": a second person met there)
    for relative in own:
        relative.head = place
    place.head, place.dep_ = listed, "conj"


def _where(clause: Token) -> bool:
    return any(c.lower_ == "where" for c in clause.children)


def name_after_a_roles_phrase(name: Token) -> None:
    """'The U.N. envoy for Syria, Staffan de [Mistura]', 'the U.N. commander in Bosnia, Rupert [Smith]': the name
    set off after a role's phrase is the role's apposition, not the place's the parser hung it on."""
    role = name.head.head.head
    if name.doc[name.left_edge.i - 1].text == "," and role.i < name.head.i and role.lemma_.lower() in ROLE_HEADS:
        name.head = role


def place_before_a_title(place: Token) -> None:
    """'welcomed [Solomon Islands] Prime Minister Manasseh Sogavare': a state's name the model takes for a second
    object (subject) beside the titled name that follows it is that name's modifier, as 'Chinese' would be."""
    title = place.doc[place.i + 1]
    holder = compound_head(title)
    words = {t.lower_ for t in place.doc[title.i:holder.i]}
    if not words & OFFICE_WORDS or holder.i <= title.i or holder.dep_ != place.dep_ or holder.head.i != place.head.i \
            or place.ent_type_ not in ("GPE", "PERSON", "ORG", "NORP", "LOC") or place.tag_ not in ("NNP", "NNPS") \
            or any(c.dep_ not in ("compound", "det") for c in place.children):
        return
    place.head, place.dep_ = holder, "compound"


def members_among_them(among: Token) -> None:
    """'welcomed leaders from 30 countries, [among them] Jordan's King Abdullah, President Mahmoud Abbas and
    Antonio Guterres': the model hangs the names on the verb and takes the second for an apposition of the first;
    they are the group's members, as after 'including' (and a list)."""
    doc = among.doc
    members = among.head
    if among.i > 1 and doc[among.i - 1].text == "," and members.pos_ == "VERB" and members.i > among.i:
        # "Twelve countries, among them Argentina, Brazil and Peru, signed": the names hang on the verb
        group = next((c for c in members.children if c.dep_ == "nsubj" and c.i < among.i and c.tag_ == "NNS"), None)
        names = [c for c in among.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
        if group is not None and names:
            among.head = group
            listed_as_conjuncts(names[0])
        return
    if among.i < 2 or doc[among.i - 1].text != "," or members.i <= among.i + 1 or members.pos_ != "PROPN" or \
            members.dep_ not in ("dep", "appos", "npadvmod"):
        return
    node, group, states = doc[among.i - 2], None, None
    for _ in range(6):  # up to the nearest people the names are among: "leaders ... from 30 countries, among them"
        if node.tag_ in ("NNS", "NNPS") and node.lower_ in OFFICE_WORDS:
            group = node
            break
        if node.tag_ in ("NNS", "NNPS") and node.lower_ in GROUPS_OF_STATES and members.ent_type_ == "GPE":
            states = states or node  # "twelve countries, among them Peru", unless people from them come first
        if node.dep_ == "prep" and node.head.pos_ == "VERB":  # "hosted leaders [from] dozens of countries"
            group = next((c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i
                          and c.tag_ in ("NNS", "NNPS") and c.lower_ in OFFICE_WORDS), None)
            break
        if node.dep_ not in ("pobj", "prep", "conj") or node.head.i >= node.i:
            break
        node = node.head
    group = group or states
    if group is None:
        return
    among.head, among.dep_ = group, "prep"
    members.head, members.dep_ = among, "pobj"
    listed_as_conjuncts(members)


def listed_as_conjuncts(first: Token) -> None:
    """'King Abdullah, President Mahmoud Abbas and Antonio Guterres': a list, not a name and its apposition."""
    for child in [c for c in first.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)]:
        child.dep_ = "conj"


def last_member_left_hanging(name: Token) -> None:
    """'hosted Hun Sen, Thein Sein, Prayuth Chan-ocha and Vietnamese Prime Minister Nguyen Tan [Dung]dep': the name
    after a list's 'and', hung loose on the verb, is the list's last member."""
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    if before is None or before.dep_ != "cc" or before.lower_ not in ("and", "or") or before.head.i >= name.i:
        return
    member = before.head
    node = member
    while node.dep_ in ("conj", "appos") and node.head.i < node.i:
        node = node.head
    if member.pos_ == "PROPN" and node.head.i == name.head.i and node.dep_ in ("dobj", "pobj", "nsubj", "dative"):
        name.head, name.dep_ = member, "conj"


def name_left_before_its_noun(name: Token) -> None:
    """'accused [Azerbaijani]dep forces of shelling': a name or demonym hung loose on the verb right before the
    verb's own noun modifies that noun."""
    doc = name.doc
    noun = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if name.dep_ == "dep" and noun is not None and noun.head.i == name.head.i and noun.pos_ == "NOUN" and \
            noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        name.head, name.dep_ = noun, "amod" if name.ent_type_ == "NORP" else "compound"


def surname_read_as_a_modal(word: Token) -> None:
    """'[May]aux travelled to Beijing', '[May]aux had met Trump': a capitalised 'May' before a past form or another
    auxiliary is no modal (which takes a bare verb) but the subject of that name, with no subject of its own."""
    verb = word.head
    if word.text != "May" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or not (
            verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.i != word.i for c in verb.children)):
        return
    word.dep_, word.tag_, word.pos_ = "nsubj", "NNP", "PROPN"


# second halves of a hyphened title, which the tagger may take for adjectives: "the U.N. secretary-[general]JJ"
TITLE_HALVES = {"general"}
TITLE_FIRST_HALVES = {"secretary", "director", "governor", "attorney", "consul", "inspector"}


def title_half_read_as_adjective(word: Token) -> None:
    """'The U.N. secretary-general condemned': the tagger reads 'general' as an adjective, so the phrase is no
    noun a title can be found in; it is the title's noun."""
    doc = word.doc
    if word.i > 1 and doc[word.i - 1].text == "-" and doc[word.i - 2].lower_ in TITLE_FIRST_HALVES and \
            word.dep_ not in ("amod", "compound"):
        word.tag_, word.pos_ = "NN", "NOUN"
