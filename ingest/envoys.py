"""Envoys: ambassadors and delegations, who act for themselves when they speak and for the state (or the
organisation) that sent them when they are acted upon or unnamed.

"Gyawali summoned Indian Ambassador Vinay Mohan Kwatra" protests to India; "Rwanda's ambassador to the
United Nations, Ernest Rwamucyo, said" is Rwamucyo; "a delegation from ECOWAS arrived ... the mission held
talks" is ECOWAS.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from diplograph.ingest.coreference import mention_at
from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.mentions import ActorIndex, Mention, appositive_person, noun_phrase_start
from diplograph.model import ActorType

# offices whose unnamed holder represents the state itself
DIPLOMATIC_OFFICES = {"ambassador", "envoy", "special envoy", "charge d'affaires"}
# acts done to an envoy that are done to the state that sent him: "summoned Indian Ambassador Vinay Kwatra"
ENVOY_ACTS = {"summon", "expel", "declare", "order", "recall", "call", "haul", "give"}
# who is summoned to hear a protest: "Germany's ambassador was called in"
SUMMONED_NOUNS = {"ambassador", "envoy", "diplomat", "charge", "consul", "emissary", "attache", "representative"}
# a body of envoys: "a delegation from ECOWAS", "the mission"
DELEGATION_NOUNS = {"delegation", "mission"}
# people who may go as a group led by one of them: "five heads of state led by Zuma"
LED_PEOPLE = {"head", "leader", "minister", "official", "envoy", "mediator", "president", "diplomat", "negotiator"}


def envoys_acted_upon(index: ActorIndex) -> None:
    """A named envoy summoned, expelled or ordered out stands for the state that sent him ("Gyawali summoned
    Indian Ambassador Vinay Mohan Kwatra" protests to India); an envoy who speaks or acts is the person. Unnamed
    staff told by their mission stand for its state."""
    add_mission_staff(index)
    for mention in list(index.mentions):
        record = index.actors.get(mention.actor) if mention.actor else None
        if record is None or record.type not in (ActorType.PERSON, ActorType.ORGANIZATION):
            continue  # (a name the tagger took for a body's may be staff: "Mehmood Akhtar, a staff member at")
        head = index.doc[mention.start:mention.end].root
        state = record.country if record.type is ActorType.PERSON and record.roles & DIPLOMATIC_OFFICES else \
            _posted_at(index, head)
        if head.lemma_.lower() in SUMMONED_NOUNS:  # the envoy told by his sender: "expelled the European Union's
            # ambassador, Bettina Muscheidt" (the name set off after him stays his, for what he says or is told)
            state = state or next((entry.name for c in head.children if c.dep_ == "poss" and (entry := index.gazetteer.
                                   lookup(index.doc[c.left_edge.i:c.i + 1].text)) is not None), None)
        if not state:
            continue
        # the object, or the subject of a small clause: "declared the Mexican ambassador, Raquel Serur, persona
        # non grata"
        verb = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ in ("nsubj", "compound") and \
            head.head.dep_ in ("ccomp", "xcomp", "oprd") else None
        if verb is not None and verb.lemma_.lower() in ENVOY_ACTS:  # (a body's envoy is the body's)
            index.register(state, entry.type if (entry := index.gazetteer.lookup(state)) else ActorType.COUNTRY)
            index.replace(Mention(mention.start, mention.end, state, "organ"))


# a state's missions abroad, whose staff stand for it when expelled: "an official at the Indian High Commission"
MISSION_NOUNS = {"embassy", "commission", "consulate", "legation", "chancery"}
STAFF_NOUNS = {"staff", "member", "official", "diplomat", "employee", "attache", "attaché", "counsellor", "counselor",
               "secretary", "officer", "consul", "aide", "adviser", "advisor", "worker", "spokesman", "spokeswoman"}


def add_mission_staff(index: ActorIndex) -> None:
    """'a deputy military attache at Russia's embassy in Bucharest', 'a diplomat at the Russian embassy': staff
    told by the mission they serve in stand for its state, as 'a Russian diplomat' does."""
    for staff in index.doc:
        if staff.lemma_.lower() not in STAFF_NOUNS | ENVOY_TITLES or staff.i in index.by_token:
            continue
        # (the parser may hang the mission on the verb: "expelled a diplomat [at Russia's embassy]")
        holders = [staff, *([staff.head] if staff.dep_ == "dobj" else [])]
        state = next((owner for holder in holders for prep in holder.children if prep.dep_ == "prep"
                      and prep.lower_ in ("at", "of", "in") and prep.i > staff.i
                      for mission in prep.children if mission.dep_ == "pobj"
                      if (owner := mission_owner(mission, index)) is not None), None)
        if state is not None:
            index.add(Mention(noun_phrase_start(staff), staff.i + 1, state, "organ"))


def mission_owner(mission: Token, index: ActorIndex) -> str | None:
    """The state a mission serves, told by its name or adjective: 'Russia's embassy', 'the Chinese consulate' (not
    the city it is in, 'the Kyiv embassy', nor 'its embassy', whose owner the sentence's subject is)."""
    if mission.lemma_.lower() not in MISSION_NOUNS or any(c.dep_ == "poss" and c.pos_ == "PRON"
                                                          for c in mission.children):
        return None
    return next((m.actor for owner in mission.children if owner.dep_ in ("poss", "amod")
                 if (m := index.by_token.get(owner.i)) is not None and m.actor is not None and m.via != "metonymy"
                 and index.actors[m.actor].type is ActorType.COUNTRY), None)


def _posted_at(index: ActorIndex, head: Token) -> str | None:
    """'Mehmood Akhtar, a staff member at the Pakistani High Commission': the state whose mission a person serves
    in, as his apposition says (not 'a frequent visitor at the Sudanese embassy')."""
    return next((m.actor for appos in head.children if appos.dep_ == "appos" and appos.lemma_.lower() in STAFF_NOUNS
                 for prep in appos.children if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "in", "with")
                 for mission in prep.children if mission.dep_ == "pobj" and mission.lemma_.lower() in MISSION_NOUNS
                 if (m := index.by_token.get(mission.i)) is not None and m.actor is not None
                 and index.actors[m.actor].type is ActorType.COUNTRY), None)


def add_delegation(index: ActorIndex, head: Token) -> bool:
    """'a delegation from the Economic Community of West African States' acts for the organisation that sent
    it, and so does 'the mission' or 'the delegation' after it."""
    if head.lemma_.lower() not in DELEGATION_NOUNS and head.tag_ == "NNS" and head.i not in index.by_token and \
            head.lemma_.lower() in LED_PEOPLE and (leader := _led_by(index, head)) is not None:
        # "five heads of state led by Jacob Zuma held talks": people led by one act through him, as a delegation
        index.replace(Mention(noun_phrase_start(head), head.i + 1, leader, "organ"))
        return True
    if head.lemma_.lower() not in DELEGATION_NOUNS or head.i in index.by_token:
        return False
    sender = next((m.actor for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                   for p in c.children if p.dep_ == "pobj" and (m := index.by_token.get(p.i)) is not None
                   and m.actor is not None and index.actors[m.actor].type is ActorType.ORGANIZATION), None)
    if sender is None:
        sender = _led_or_sent_by(index, head)
    if sender is None and any(c.lower_ == "the" for c in head.children) and \
            not any(c.dep_ in ("compound", "amod", "poss", "nmod", "prep") for c in head.children):
        sender = index.notes.get("delegation")
    if sender is None:
        return False
    index.notes["delegation"] = sender
    index.replace(Mention(noun_phrase_start(head), head.i + 1, sender, "organ"))
    return True


# verbs by which someone sends a delegation: "Tinubu dispatched a delegation"
SENDING_VERBS = {"send", "dispatch"}


def _led_by(index: ActorIndex, head: Token) -> str | None:
    """'a delegation led by Abdulsalami Abubakar', 'ministers headed by Zuma', 'a delegation led by the group's
    political chief, Mullah Abdul Ghani Baradar': the person leading them."""
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("lead", "head"):
            for agent in acl.children:
                for pobj in agent.children if agent.dep_ == "agent" else ():
                    mention = index.by_token.get(pobj.i)
                    named = {pobj.i, *(a.i for a in pobj.children if a.dep_ == "appos")}
                    if (mention is None or mention.actor is None or not index.is_person(mention)) and not any(
                            t.dep_ == "conj" and t.head.i in named for t in pobj.subtree):  # (one leader: not A and B)
                        mention = appositive_person(index, pobj)
                    if mention is not None and mention.actor is not None and index.is_person(mention):
                        return mention.actor
    return None


def _led_or_sent_by(index: ActorIndex, head: Token) -> str | None:
    """'a delegation led by Abdulsalami Abubakar' is its leader; 'Tinubu dispatched a delegation' (unled)
    the state (or organisation) that sent it."""
    if (leader := _led_by(index, head)) is not None:
        return leader
    if head.dep_ == "dobj" and head.head.lemma_.lower() in SENDING_VERBS:
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        mention = index.by_token.get(subject.i) if subject is not None else None
        if mention is not None and mention.actor is not None:
            record = index.actors[mention.actor]
            # a person sends envoys for his state: "Tinubu dispatched a delegation" is Nigeria's
            if record.type is not ActorType.PERSON:
                return mention.actor
            if record.country:
                index.register(record.country, ActorType.COUNTRY)
            return record.country or None
    return None


# the nouns an envoy told before is named by: "its ambassador to Niger ... The envoy, Sylvain Itte"
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "emissary", "representative"}


def sending_state_told(index: ActorIndex, head: Token) -> str | None:
    """'France would bring home its ambassador to Niger. The envoy, Sylvain Itte, ...': the state whose envoy
    the story told last, for an envoy described again without his state."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    doc = index.doc
    start = doc[head.sent.start - 1].sent.start if head.sent.start > 0 else head.sent.start
    for token in reversed(doc[start:head.i]):
        if token.lemma_.lower() not in ENVOY_NOUNS:
            continue
        senders = [index.by_token.get(token.i)] + [mention_at(index, c) for c in token.children if c.dep_ == "poss"]
        for mention in senders:
            if mention is not None and mention.actor and index.actors[mention.actor].type is ActorType.COUNTRY:
                return mention.actor
    return None


# envoys, who stand for their state when summoned or expelled
ENVOY_TITLES = {"ambassador", "envoy", "commissioner", "charge", "diplomat", "consul", "attache", "attaché",
                "representative", "emissary"}
ENVOY_RELATIONS = {"protest", "expel"}


def envoy_state_of(noun: Token, relation: str, index: ActorIndex) -> list[Mention]:
    """An envoy summoned or expelled stands for the state whose envoy they are, even when named."""
    if relation not in ENVOY_RELATIONS or noun.lemma_.lower() not in ENVOY_TITLES:
        return []
    found: list[Mention] = []
    # "Canada's high commissioner", or "the Canadian diplomat" resolved to the office-holder
    for owner in [noun] + [c for c in noun.children if c.dep_ == "poss"]:
        mention = index.by_token.get(owner.i)
        if mention is None or mention.actor is None or mention.actor not in index.actors:
            continue
        record = index.actors[mention.actor]
        if record.type is ActorType.COUNTRY and owner.i != noun.i:
            found.append(mention)
        elif mention.via == "role" and record.country:
            # "Canada's high commissioner" resolved to the office-holder: the state he serves
            index.register(record.country, ActorType.COUNTRY)
            found.append(Mention(owner.i, owner.i + 1, record.country, "metonymy"))
        if found:
            break
    return found


def summoners(verb: Token, index: ActorIndex) -> list[Mention]:
    """'Germany's ambassador was summoned to the Turkish foreign ministry', 'was called in to the Foreign
    Ministry': an envoy summoned with no one named as summoning him was summoned by the state of the office he
    was summoned to."""
    lemma = verb.lemma_.lower()
    if lemma != "summon" and not (lemma in ("call", "haul") and any(c.dep_ == "prt" and c.lower_ == "in"
                                                          for c in verb.children)) or not any(
            t.lemma_.lower() in SUMMONED_NOUNS for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree):
        return []  # (not "Russian troops were called in to Kazakhstan")
    return [m for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
            if o.dep_ == "pobj" and (m := mention_at(index, o)) is not None and m.actor is not None
            and index.is_state(m.actor)][:1]




def posting_before_a_name(doc: Doc, gazetteer: Gazetteer) -> None:
    """'U.S. Ambassador to [Ukraine Bridget Brink]ORG': the state an envoy is posted to, which the tagger ran into the
    name after it, is no part of the name; the person's name starts after it (the state is a place of its own)."""
    mended = []
    for ent in doc.ents:  # (not a state's own name of several words: "ambassador to [Guinea-Bissau]")
        cut = next((c for c in range(len(ent) - 2, 0, -1) if gazetteer.names_a_state(ent[:c].text)
                    and ent[c].is_alpha and ent[c].text[:1].isupper() and ent[c].lower_ != "and"), None) \
            if ent.label_ in ("PERSON", "ORG", "GPE") and ent.start > 1 and doc[ent.start - 2].lower_ in ENVOY_TITLES \
            and doc[ent.start - 1].lower_ in ("to", "for") and not gazetteer.names_a_state(ent.text) else None
        mended += [ent] if cut is None else [Span(doc, ent.start, ent.start + cut, label="GPE"),
                                            Span(doc, ent.start + cut, ent.end, label="PERSON")]
    if len(mended) > len(doc.ents):
        doc.ents = mended
