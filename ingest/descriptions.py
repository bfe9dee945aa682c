"""Descriptions tied to the document's actors: 'the junta' is the state whose junta the story names,
'the North' is North Korea in a story that names one of the Koreas, 'Brussels' is the EU in a story about the EU,
'European officials' beside 'Chinese officials' are the EU's, 'the court' is whichever court the story named last.

Each reading holds only when the document itself names the actor it points to; otherwise the phrase keeps
its ordinary reading ('the North' no actor). Brussels acting is the EU also where the story names neither the EU
nor Belgium (news means the EU by it); a trip to Brussels, or Brussels in a story of Belgians, is Belgium.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from diplograph.ingest.coreference import resolve_pronoun
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts, first_of_sentences_before, noun_phrase_start
from diplograph.ingest.offices import load_office_holders
from diplograph.ingest.proxies import add_proxies
from diplograph.model import ActorType

# nouns for a government that took or holds power by force: "the junta" is the one the story names
REGIME_NOUNS = {"junta", "regime"}
# organs that, in a story about a junta, are that junta's: "the military ousted the elected government"
MILITARY_ORGANS = {"military", "army", "junta", "regime", "generals"}
# a capital that stands for the organisation seated there, when the story names that organisation
ORGANISATION_SEATS = {"Brussels": "European Union"}
# adjectives that name an organisation's side when the story names it: "Chinese and European officials"
ORGANISATION_ADJECTIVES = {"European": "European Union"}
# a state noun that names its kind of head of state: "the kingdom" is a state a king or queen reigns over
REALM_NOUNS = {"kingdom": frozenset({"king", "queen"}), "emirate": frozenset({"emir"}),
               "sultanate": frozenset({"sultan"})}
# nouns for the other state of a pair: "Georgetown accused its neighbour"
OTHER_STATE_NOUNS = {"neighbour", "neighbor", "rival", "adversary", "foe"}
# agents who, one and definite, are a person the story named: "the Iranian diplomat"
ONE_AGENT_NOUNS = {"diplomat", "official"}
# nouns for a state itself: "his country signed security agreements"
STATE_NOUNS = {"country", "nation", "kingdom", "republic", "emirate", "sultanate"}
# a state's own institutions: "the country's" before them is the state the story is in, not the last one named
DOMESTIC_INSTITUTIONS = {"institution", "constitution", "parliament", "court", "judiciary", "legislature",
                         "presidency", "election", "assembly", "electorate", "politics", "opposition"}
# nouns for a state by its geography: "the island" is an island state the story named
GEOGRAPHIC_NOUNS = {"island", "archipelago"}
# descriptors of a state noun that point away from the state the story is about: "the neighbouring country"
OTHER_STATE_WORDS = {"other", "neighbouring", "neighboring", "host", "member", "third", "foreign", "donor", "same",
                     "western", "eastern", "african", "arab", "transit", "sovereign", "independent", "new", "first",
                     "nuclear", "rogue", "hostile", "friendly", "partner", "client", "buffer", "whole", "entire"}
# "the North", "the South": one half of a divided nation, when the story names either half
HALVES = {"North": "North Korea", "South": "South Korea"}
# the words of an organisation's own bodies, named after it: "the OAS General Assembly", "the AU Peace and
# Security Council", "the ECOWAS Commission"
ORGAN_NAME_WORDS = {"general", "assembly", "permanent", "council", "commission", "secretariat", "summit", "peace",
                    "and", "security", "executive", "board", "conference", "ministerial", "authority", "heads",
                    "of", "state", "government"}
# whose bodies are reported as actors of their own: the UN General Assembly, the UN Security Council
OWN_BODIES = {"United Nations"}


def regime_state(index: ActorIndex) -> str | None:
    """The state whose junta (or regime) the story names, the first time it says whose: "Myanmar's junta
    chief", "the Niger junta", "the junta, led by General Abdourahamane Tiani"; remembered per document."""
    if "regime" in index.notes:
        return index.notes["regime"]
    found: str | None = None
    for token in index.doc:
        if token.lemma_.lower() not in REGIME_NOUNS:
            continue
        found = _whose(index, token)
        if found is None and token.dep_ in ("compound", "amod", "nmod"):
            found = _whose(index, token.head)  # "Myanmar's junta chief": the chief's state
        if found is not None:
            break
    index.notes["regime"] = found
    return found


def _whose(index: ActorIndex, token: Token) -> str | None:
    mention = index.by_token.get(token.i)
    if mention is not None and mention.actor is not None:
        record = index.actors[mention.actor]
        if record.type is ActorType.COUNTRY:
            return record.name
        if record.type is ActorType.PERSON and record.country:
            return record.country  # absorbed into its chief's role: "[Myanmar's junta chief]"
    for child in token.children:
        people = [child] if child.dep_ in ("poss", "amod", "compound", "appos") else []
        if child.dep_ == "acl":  # "the junta, led by General Tiani"
            people = [p for agent in child.children if agent.dep_ == "agent" for p in agent.children
                      if p.dep_ == "pobj"]
        for person in people:
            mention = index.by_token.get(person.i)
            if mention is None or mention.actor is None:
                continue
            record = index.actors[mention.actor]
            if record.type is ActorType.COUNTRY:
                return record.name
            if record.type is ActorType.PERSON and record.country:
                return record.country
        if child.dep_ == "amod" and (state := index.gazetteer.demonym_state(child.text)):
            return state
    return None


def military_state(index: ActorIndex, head: Token) -> str | None:
    """'the junta', 'the military' unspecified, in a story about a junta: the junta's state."""
    if head.lemma_.lower() not in MILITARY_ORGANS or not any(c.lower_ == "the" for c in head.children):
        return None
    return regime_state(index)


def realm_of(index: ActorIndex, noun: Token) -> str | None:
    """'the kingdom' (or 'the emirate'): the last state named before it, in the whole story, that a king or
    queen (an emir) ruled on the story's date, named as a state, a place in it or a person of it ("Saudi
    Arabia's crown prince received Zelensky ... The kingdom has offered to mediate")."""
    offices = REALM_NOUNS.get(noun.lower_)
    if offices is None or index.date is None:
        return None
    realms = load_office_holders().reigning(index.date, offices)
    for mention in reversed(index.mentions):
        if mention.start >= noun.i:
            continue
        record = index.actors.get(mention.actor) if mention.actor else None
        state = mention.located_in if record is None else \
            record.name if record.type is ActorType.COUNTRY else record.country
        if state in realms:
            return state
    return None


def named_agent(index: ActorIndex, head: Token, state: str | None) -> str | None:
    """'the Iranian diplomat', 'the Saudi official' (definite, singular): the last office-holder of that
    state the story named before it, not the state ("Iran's acting foreign minister Ali Bagheri Kani met
    Qatari officials. The Iranian diplomat later spoke with his Omani counterpart")."""
    if state is None or head.lower_ not in ONE_AGENT_NOUNS or head.tag_ != "NN" or \
            not any(c.lower_ == "the" for c in head.children):
        return None
    for mention in reversed(index.mentions):
        if mention.start >= head.i or mention.actor is None:
            continue
        record = index.actors[mention.actor]
        if record.type is ActorType.PERSON and record.country == state and record.roles:
            return record.name
    return None


def own_subjects(index: ActorIndex, noun: Token) -> set[str]:
    """The actors that are the subject of the clause a noun is the object of: no object refers back to
    them ("Greece sent aid to the country", "Georgetown accused its neighbour")."""
    if noun.dep_ not in ("dobj", "pobj", "dative", "attr"):
        return set()
    verb, crossed = noun.head, []
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        crossed.append(verb)
        verb = verb.head  # "sent rescue teams and aid to the country": up to "sent"
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "... and Athens accused": Athens; "..., lifting its curbs on exports to its neighbour": who lifted (a possessor
    # "the country's" is left to salient_state: the story's state, not the last other subject)
    verbs = [verb.head] if verb.dep_ in ("conj", "advcl") and not own else [verb]
    # (nor the state whose act the noun is the end or place of: "on the first U.S. visit to the country"; not its
    # object, "Russia's invasion of the country", whose state the story may name only by its people)
    acts = [c for n in crossed if n.pos_ == "NOUN" for c in n.children if c.dep_ in ("amod", "compound", "poss")
            ] if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "in") else []
    subjects = [t for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(c)]
    return {m.actor for c in [*subjects, *acts] if (m := index.by_token.get(c.i)) is not None and m.actor is not None}


def add_other_state(index: ActorIndex, noun: Token) -> bool:
    """'its neighbour', 'its rival': the last other state named before it, in its sentence or the three
    before ("Ankara sent a survey ship ... and Athens accused its neighbour": Turkey)."""
    if noun.lower_ not in OTHER_STATE_NOUNS or noun.tag_ != "NN" or \
            not any(c.dep_ == "poss" and c.lower_ == "its" for c in noun.children):
        return False
    doc = index.doc
    window = noun.sent.start
    for _ in range(3):
        if window > 0:
            window = doc[window - 1].sent.start
    owner = own_subjects(index, noun)
    other = next((m.actor for m in reversed(index.mentions) if m.actor is not None and window <= m.start < noun.i
                  and m.via != "place" and index.actors[m.actor].type is ActorType.COUNTRY
                  and m.actor not in owner), None)
    if other is None or not owner:
        return False
    index.replace(Mention(noun.i - 1, noun.i + 1, other, "description"))
    return True


def organisation_adjective(index: ActorIndex, token: Token) -> str | None:
    """'European' in 'Chinese and European officials', when the story names the EU."""
    organisation = ORGANISATION_ADJECTIVES.get(token.text)
    return organisation if organisation is not None and organisation in index.actors else None


def add_document_descriptions(index: ActorIndex, doc: Doc, first: int) -> None:
    """The last pass: proxies, an organisation's bodies, capitals that stand for an organisation the story
    names, and 'the North'."""
    if any("-" in doc.vocab.strings[orth] for orth in set(doc.to_array(ORTH).tolist())):  # (no doc.text built)
        add_proxies(index, doc, first)
    add_organisation_bodies(index, doc, first)
    # (or, acting, where the story names none of the seat's state: "Tokyo and Brussels put their signatures to a
    # trade pact"; but "flew instead to Brussels" is a trip to Belgium, and a Belgian minister's Brussels Belgium)
    seats = [m for m in index.mentions if m.via == "metonymy" and m.place in ORGANISATION_SEATS]
    for mention in seats:
        organisation = ORGANISATION_SEATS[mention.place or ""]
        token = doc[mention.end - 1]
        while token.dep_ == "conj":  # (the second of a list: "flew to Paris and Brussels")
            token = token.head
        acting = token.head.lower_ not in ("to", "in", "at", "from", "into", "for", "via") and not (
            token.dep_ == "dobj" and token.head.lemma_ in ("attack", "strike", "bomb", "hit", "target")) and not any(
            m.actor == mention.actor and m not in seats for m in index.mentions) and not any(
            a.country == mention.actor for a in index.actors.values())
        if organisation in index.actors or acting:
            index.register(organisation, ActorType.ORGANIZATION, surface=mention.place)
            mention.actor = organisation
    if not any(state in index.actors for state in HALVES.values()):
        return
    for token in doc[first:]:
        state = HALVES.get(token.text)
        held = index.by_token.get(token.i)
        if state is None or (held is not None and held.actor is not None) or token.i == 0 or \
                doc[token.i - 1].lower_ != "the":
            continue
        if token.i + 1 < len(doc) and (doc[token.i + 1].text[:1].isupper() or doc[token.i + 1].pos_ == "NOUN" or
                                       doc[token.i + 1].lower_ == "of" and doc[token.i + 2:token.i + 3].text.istitle()):
            continue  # "the North Atlantic", "the South China Sea", "the north coast", "the South of France"
        if state == "South Korea" and "North Korea" not in index.actors:
            continue  # "the South" is one of the Koreas only beside the other, named ("attacked the South")
        index.register(state, ActorType.COUNTRY, surface=f"the {token.text}")
        index.replace(Mention(token.i - 1, token.i + 1, state, "description"))


def state_noun_referent(index: ActorIndex, noun: Token, described: list[Token],
                        salient: Callable[[ActorIndex, Token], str | None]) -> str | None:
    """'his country': the state of the person the possessive refers back to; 'the Central Asian country',
    'the Pacific nation', 'the island': the last state of that region the story named; 'the country', 'the
    kingdom': the realm, else the state the story last made a subject (`salient`)."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
    mention = resolve_pronoun(index, owner) if owner is not None else None
    if mention is not None and mention.actor is not None and index.actors[mention.actor].country:
        return index.actors[mention.actor].country
    if not any(c.lower_ == "the" for c in noun.children) or any(c.dep_ == "prep" for c in noun.children):
        return None  # "a country", "the island of Hainan"
    words = [t for t in index.doc[noun_phrase_start(noun):noun.i] if t.dep_ not in ("det", "poss", "punct")]
    if any(t.lower_ in OTHER_STATE_WORDS - REGION_WORDS for t in words):
        return None  # "the neighbouring country", "the host nation": another one
    regional = region_of(index, words + ([noun] if noun.lower_ in GEOGRAPHIC_NOUNS else []))
    if regional is not None:
        named = [m.actor if index.actors[m.actor].type is ActorType.COUNTRY else index.actors[m.actor].country
                 for m in index.mentions if m.start < noun.i and m.actor is not None]
        return next((state for state in reversed(named) if state in regional), None)
    if noun.lower_ in GEOGRAPHIC_NOUNS or any(c.i in index.by_token or c.lower_ in OTHER_STATE_WORDS
                                               for c in described):
        return None  # a descriptor names no state of the story: "the Iranian nation" may be another one
    if noun.dep_ == "poss" and noun.head.lemma_.lower() in DOMESTIC_INSTITUTIONS:
        return None  # "out of the country's joint institutions": a state's own bodies, not the last state named
    return realm_of(index, noun) or salient(index, noun)


# descriptors that name a region rather than point away from the story's state: "the West African country"
REGION_WORDS = {"western", "eastern", "african"}


def region_of(index: ActorIndex, words: list[Token]) -> frozenset[str] | None:
    """The states of the longest region the words before a state noun name ("Central Asian": Kazakhstan,
    Kyrgyzstan ...), or None."""
    lowered = [t.lower_ for t in words]
    for length in range(min(len(lowered), 3), 0, -1):
        for start in range(len(lowered) - length + 1):
            states = index.gazetteer.regions.get(" ".join(lowered[start:start + length]))
            if states is not None:
                return states
    return None


def salient_state(index: ActorIndex, noun: Token) -> str | None:
    """The state a definite 'the country' refers back to: the last one that was a subject before it, in
    this sentence or the two before, else the last one named there."""
    window = first_of_sentences_before(noun, 2)
    own = own_subjects(index, noun)  # "Greece sent aid to the country": not Greece
    # first the one its own sentence named by the same noun: "called on the Luanda government to negotiate,
    # which the government has refused"
    same = [m for m in index.mentions if m.actor and noun.sent.start <= m.start < noun.i and m.via == "organ"
            and index.doc[m.end - 1].lemma_.lower() == noun.lemma_.lower() and m.actor not in own]
    if len({m.actor for m in same}) == 1 and index.actors[same[-1].actor or ""].type is ActorType.COUNTRY:
        return same[-1].actor  # (two governments named: whichever the story is about, as below)
    if (patient := _patient_of_the_act(index, noun)) is not None:
        return patient
    states = [m for m in index.mentions if m.actor and window <= m.start < noun.i and m.via != "place"
              and index.actors[m.actor].type is ActorType.COUNTRY and m.actor not in own]
    subjects = [m for m in states if index.doc[m.end - 1].dep_ in ("nsubj", "nsubjpass")]
    if not (subjects or states):
        return None
    # of those, the one the story has named most so far, the last one on a tie: the state the story is about,
    # not a visitor named last ("Kazakhstan asked ... Kazakhstan's leader said ... Russia said the country")
    counts: dict[str, int] = {}
    for mention in index.mentions:
        if mention.actor is not None and mention.start < noun.i:
            counts[mention.actor] = counts.get(mention.actor, 0) + 1
    ranked = sorted(enumerate(subjects or states), key=lambda pair: (counts.get(pair[1].actor or "", 0), pair[0]))
    return ranked[-1][1].actor


def _patient_of_the_act(index: ActorIndex, noun: Token) -> str | None:
    """A possessor in a participle that spells out an act is the state the act is done to: "announced sanctions
    against Russia, targeting the country's banks" (not the first of its authors)."""
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if noun.dep_ != "poss" or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    act = verb.head
    patients = {m.actor for t in act.subtree if not verb.left_edge.i <= t.i <= verb.right_edge.i
                and (t.dep_ == "dobj" and t.head.i == act.i or t.dep_ == "pobj" and t.head.lower_ in ("against", "on")
                     and (t.head.head.i == act.i or t.head.head.dep_ == "dobj" and t.head.head.head.i == act.i))
                and (m := index.by_token.get(t.i)) is not None and m.actor is not None
                and index.actors[m.actor].type is ActorType.COUNTRY}
    return patients.pop() if len(patients) == 1 else None


def add_organisation_bodies(index: ActorIndex, doc: Doc, first: int) -> None:
    """'the OAS General Assembly', 'the AU Peace and Security Council', 'the organization's Permanent Council': a
    body named after its organisation acts for it (not the UN's Security Council inside the AU's), unless the
    body is an actor of its own ('the UN Security Council')."""
    renamed: dict[str, str] = {}
    for mention in list(index.mentions):  # "Russia's Security Council" is Russia's, not the UN's
        root = doc[mention.end - 1]
        state = next((m for c in root.children if c.dep_ == "poss" and (m := index.by_token.get(c.i)) is not None
                      and m.actor is not None and index.is_state(m.actor)), None)
        if mention.via == "gazetteer" and mention.actor is not None and state is not None and \
                index.actors[mention.actor].type is ActorType.ORGANIZATION:
            index.replace(Mention(state.start, mention.end, state.actor, "organ"))
            _drop_unmentioned(index, {mention.actor})
    for ent in doc.ents:
        start = ent.start + (doc[ent.start].lower_ == "the")
        if ent.label_ != "ORG" or ent.start < first or start >= ent.end or \
                index.gazetteer.lookup(doc[start:ent.end].text) is not None:
            continue
        owner, rest = _body_owner(index, doc, start, ent.end, renamed)
        if owner is None or owner in OWN_BODIES or not rest or any(t.lower_ not in ORGAN_NAME_WORDS for t in rest):
            continue
        if owner not in index.actors:  # an acronym the gazetteer knows, inside the name: "the ECOWAS Commission"
            index.register(owner, ActorType.ORGANIZATION, surface=doc[start].text)
        inside = {m.actor for i in range(ent.start, ent.end) if (m := index.by_token.get(i)) and m.actor}
        renamed.update((actor, owner) for actor in inside - {owner} if actor == doc[start:ent.end].text)
        index.replace(Mention(ent.start, ent.end, owner, "organ"))
        _drop_unmentioned(index, inside - {owner}, renamed)
    for mention in index.mentions:  # "the organization" said of the body before
        if mention.actor in renamed:
            mention.actor = renamed[mention.actor]


def _drop_unmentioned(index: ActorIndex, actors: set[str], renamed: dict[str, str] | None = None) -> None:
    """Actors a body's mention replaced, which no mention names any more (or renamed: all of theirs go)."""
    for actor in actors:
        if actor in (renamed or {}) or not any(m.actor == actor for m in index.mentions):
            index.actors.pop(actor, None)


def _body_owner(index: ActorIndex, doc: Doc, start: int, end: int,
                renamed: dict[str, str]) -> tuple[str | None, list[Token]]:
    """The organisation a body's name opens with ('OAS', 'the AU'), or that owns it ("the organization's", said
    of a body renamed before), and the rest of the name."""
    def organisation(actor: str | None) -> bool:
        return actor is not None and actor in index.actors and index.actors[actor].type is ActorType.ORGANIZATION
    held = index.by_token.get(start)
    if held is not None and organisation(held.actor) and held.end < end:
        return held.actor, list(doc[held.end:end])
    entry = index.gazetteer.lookup(doc[start].text)
    if (held is None or held.end >= end) and entry is not None and entry.type is ActorType.ORGANIZATION:
        return entry.name, list(doc[start + 1:end])
    owner = next((index.by_token.get(c.i) for c in doc[end - 1].children if c.dep_ == "poss"), None)
    actor = renamed.get(owner.actor, owner.actor) if owner is not None and owner.actor else None
    if organisation(actor):
        return actor, list(doc[start:end])
    return None, []


def named_through_a_body(index: ActorIndex, org: str, span: Span) -> bool:
    """Whether the story named an organisation before a description of it by a one-word name inside an entity, one
    of its own bodies' ("the U.N. General Assembly ... the world body")."""
    return any(t.ent_iob_ != "O" and (entry := index.gazetteer.lookup(t.text)) is not None and entry.name == org
               for t in span.doc[:span.start])


def described_body(described: tuple[str, ...], span: Span, index: ActorIndex) -> str | None:
    """Which of the bodies a description may name it names: the one the story told of last ('the court' after
    the ICJ), unless a body the story does not know, named with the description's noun, came between ('Israel's
    Supreme Court ... the court'); the first, when none is told of."""
    told = {m.actor: m.end for m in index.mentions if m.actor in described and m.end <= span.start}
    if not told:
        return described[0]
    org, last = max(told.items(), key=lambda item: item[1])
    head = span[-1].lemma_.lower()
    if any(t.lemma_.lower() == head and t.i not in index.by_token and (t.text[:1].isupper() or any(
            c.dep_ == "compound" or c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "prep" and c.lower_ == "in"
            for c in t.children)) for t in span.doc[last:span.start]):
        return None  # "a district court in Tel Aviv", "Israel's Supreme Court" (not "the U.N.'s highest court")
    return org
