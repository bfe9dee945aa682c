"""Agents: people and craft named by their state, acting for it or apart from it.

The field's agents dictionary (PETRARCH2's Phoenix.agents.txt) files agent nouns by sector. Its state
sectors make a demonym or possessor the acting state ("Iraqi officials", "Israeli soldiers": organs.tsv and
gazetteer.state_agents); the craft a state's forces act with do the same ("Chinese coast guard vessels",
"Russian jets": agents_own.tsv). Its other sectors name a state's people outside its government: protesters,
journalists, students, civilians, gunmen, rebels (read from the same dictionary, petrarch/agents.tsv).
Facing their own state's agents in a sentence ("Kenyan police fired tear gas at protesters in Nairobi") they
are a group of that state's people ("Kenyan protesters"), so that a domestic act of force is an event; a crowd
named only by its place that protests abroad stands for its state, as a demonym would. Pure: runs on an
ActorIndex after roles and organs (actors.py).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.symbols import NOUN, POS, PROPN
from spacy.tokens import Doc, Token

from diplograph.ingest.constructions import PART_WORDS
from diplograph.ingest.datafiles import read_table, split_list
from diplograph.ingest.envoys import MISSION_NOUNS
from diplograph.ingest.field_lexicon import load_agents, load_field_states
from diplograph.ingest.mentions import ActorIndex, Mention, noun_phrase_start
from diplograph.ingest.object_nouns import OPPOSING_WORDS
from diplograph.ingest.roles import TERRITORY_NOUNS, RoleResolver
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import ActorType

# the crowd nouns that are one group of a state's people: "demonstrators" and "protesters" in Nairobi are the
# same Kenyan protesters
CROWD_NOUNS = {"protester", "protestor", "demonstrator", "marcher"}
# police, whose state is where they act: the field's police sector, and riot police
POLICE_NOUNS = {"police", "policemen", "policeman", "gendarmerie", "gendarmes", "constables"}
# the field's sectors of the people a state acts on at home (not civilians, rebels or gunmen, who may be another's)
HOMELY = {"OPP", "MED", "EDU", "LAB"}
# the field's sectors of a state's people outside its government: opposition, media, education, civilians,
# unidentified armed men, rebels, labour, refugees (not crime: a robbery is no political event)
SOCIETY_SECTORS = frozenset(("OPP", "MED", "EDU", "CVL", "UAF", "REB", "LAB", "REF"))
# one-word entries of those sectors that are not people acting or acted on as a group: places, outlets,
# institutions and events, bodies with names of their own, speakers for another (a spokesman is his
# principal's), and people the state holds (a detainee is acted on, never a crowd that acts)
NOT_PEOPLE = {
    "exile", "exiles", "detainee", "detainees", "crusader", "crusaders", "recreant", "recreants", "turncoat",
    "turncoats", "cyberdissidents", "cyberdissidentses",
    "blog", "blogs", "gazette", "gazettes", "magazine", "magazines", "media", "medias", "newspaper", "newspapers",
    "publication", "publications", "tabloid", "tabloids", "telecom", "telecoms", "television", "televisions",
    "tv", "tvs", "website", "websites", "spokesman", "spokesmen", "spokesperson", "spokeswoman", "spokeswomen",
    "college", "colleges", "conservatories", "conservatory", "kindergarden", "kindergardens", "kindergarten",
    "kindergartens", "preschool", "preschools", "school", "schoolhouse", "schoolhouses", "schools",
    "universities", "university",
    "airliner", "airliners", "jetliner", "jetliners", "communities", "community", "electorate", "electorates",
    "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "population", "populations",
    "settlement", "settlements", "village", "villages", "childrens", "childs", "womens", "victimses",
    "taxpayerses", "naturalized", "naturalizeds", "rabble",
    "militia", "militias", "janjaweed", "janjaweeds", "gunmens", "militiamens",
    "insurgence", "insurgences", "insurgencies", "insurgency", "rebellion", "rebellions", "revolt", "revolts",
    "uprising", "uprisings",
}
# prepositions that place a crowd: "protesters in Nairobi", "demonstrators from Gaza"
PLACING = {"in", "from", "across", "throughout"}
# what a crowd does when it protests: for its state, if it has no other name
PROTESTING_VERBS = {"protest", "rally", "demonstrate", "gather", "march", "picket", "chant", "assemble", "denounce",
                    "condemn", "decry"}


@lru_cache(maxsize=1)
def _own_agents() -> dict[str, str]:
    """agents_own.tsv: noun -> kind (state craft, or people of a state apart from it)."""
    return {row["noun"]: row["kind"] for row in read_table("agents_own.tsv")}


@lru_cache(maxsize=1)
def _society_agents() -> dict[str, str]:
    """noun -> sector: the field's agents (field_lexicon.load_agents) of a state's people outside its government,
    one word each, that name people."""
    return {noun: sector for noun, sector in load_agents().items() if sector in SOCIETY_SECTORS
            and " " not in noun and "-" not in noun and noun not in NOT_PEOPLE}


@lru_cache(maxsize=1)
def state_craft() -> frozenset[str]:
    return frozenset(noun for noun, kind in _own_agents().items() if kind == "state")


@lru_cache(maxsize=1)
def society_nouns() -> frozenset[str]:
    return frozenset({noun for noun, kind in _own_agents().items() if kind == "society"} | set(_society_agents()))


@lru_cache(maxsize=1)
def crowd_nouns() -> frozenset[str]:
    """The opposition in the street: protesters, demonstrators, rioters, activists (the field's OPP sector)."""
    return frozenset({noun for noun, sector in _society_agents().items() if sector == "OPP"
                      and noun not in OPPOSING_WORDS} |
                     {noun + suffix for noun in CROWD_NOUNS for suffix in ("", "s")})


@lru_cache(maxsize=1)
def homely_nouns() -> frozenset[str]:
    """The people a state acts on at home, whoever they are: its opposition, press, students, workers and
    prisoners."""
    return frozenset({noun for noun, kind in _own_agents().items() if kind == "society"} |
                     {noun for noun, sector in _society_agents().items() if sector in HOMELY})


@lru_cache(maxsize=1)
def adjectives() -> dict[str, str]:
    """A state's adjective, to name its people: Kenya -> Kenyan (our table first, then the field's)."""
    found: dict[str, str] = {}
    for row in read_table("countries.tsv"):
        demonyms = [d for d in split_list(row["demonyms"]) if not d.endswith("s") and "." not in d]
        if demonyms:
            found[row["name"]] = demonyms[0]
    for state in load_field_states().values():
        if state.adjectives:
            found.setdefault(state.name.title(), state.adjectives[0].title())
    return found


def add_agents(index: ActorIndex, doc: Doc, first: int, roles: RoleResolver) -> None:
    """Craft and crowds named by their state, for the nouns roles.py left unresolved."""
    craft, society = state_craft(), society_nouns()
    crowds = []
    for token in tokens_where(doc, POS, {NOUN, PROPN}, first):
        if token.pos_ not in ("NOUN", "PROPN") or token.i in index.by_token or token.i in index.consumed:
            continue
        lower = token.lower_
        if lower in craft and (_specifier_state(index, token) or roles.coordinated_states(index, token)):
            roles.add_organ(index, doc, token)  # as an organ: "Chinese and Russian warships" act for both
        elif (lower in roles.gazetteer.organs or lower in craft or lower == "leaders") and \
                (body := _body_specifier(index, token)) is not None or \
                lower in BLOC_MEMBER_NOUNS and not _counted(token) and \
                (body := _body_specifier(index, token, "of")) is not None and _a_bloc(index, body):
            # "Hamas officials"; the states of a body, for the body: "the member states of the European Union"
            index.replace(Mention(noun_phrase_start(token), token.i + 1, body, "organ"))
        elif (lower in roles.gazetteer.organs or lower in craft) and (state := _nested_state(index, token)):
            # "Kenyan riot police", "Iranian Revolutionary Guard commanders": the demonym of a modifier's modifier
            index.register(state, ActorType.COUNTRY, surface=doc[noun_phrase_start(token):token.i + 1].text)
            index.replace(Mention(noun_phrase_start(token), token.i + 1, state, "organ"))
        elif lower in society and any(c.dep_ == "compound" and c.lemma_.lower() in MISSION_NOUNS
                                      for c in token.children) and (state := _specifier_state(index, token)):
            # "two French embassy employees": a mission's staff act and are acted on for its state
            index.register(state, ActorType.COUNTRY, surface=doc[noun_phrase_start(token):token.i + 1].text)
            index.replace(Mention(noun_phrase_start(token), token.i + 1, state, "organ"))
        elif lower in society and token.tag_ in ("NN", "NNS", "NNPS"):
            crowds.append(token)
    for token in crowds:
        _place_bare_police(index, doc, token, roles)
    for token in crowds:
        _add_crowd(index, doc, token)


def _place_bare_police(index: ActorIndex, doc: Doc, crowd: Token, roles: RoleResolver) -> None:
    """'Police fired rubber bullets at protesters in Bogota': police named by no state, in a sentence that
    places a crowd in one, are that state's police."""
    state = _specifier_state(index, crowd) or _placed_state(index, crowd)
    if state is None:
        return
    for token in crowd.sent:
        if token.lower_ in POLICE_NOUNS and token.i not in index.by_token and token.tag_ in ("NN", "NNS") and \
                not any(t.i in index.by_token or index.gazetteer.names_a_state(t.text) or t.dep_ == "poss"
                        for c in token.lefts for t in c.subtree):
            index.register(state, ActorType.COUNTRY, surface=None)
            index.replace(Mention(noun_phrase_start(token), token.i + 1, state, "organ"))


# the nouns for a bloc's states, which act as the bloc (not its "neighbours", "allies" or "powers")
BLOC_MEMBER_NOUNS = {"countries", "states", "nations", "governments", "members"}
# heads of a state's mention that name where, not who: "in Niger's capital", "withdraw from the country"
PLACE_HEADS = TERRITORY_NOUNS | {"country", "nation", "capital"}


def _add_crowd(index: ActorIndex, doc: Doc, head: Token) -> None:
    """A crowd facing its own state's agents in its sentence is a group of its own ("Kenyan police fired tear gas
    at protesters in Nairobi"); facing another state only, its demonym lends the state as before ("Vietnamese
    protesters rallied outside the Chinese embassy" is Vietnam's protest), and a crowd of a people or faith that
    is no state ("Sikh protesters") is left alone; nor is a noun that modifies another ("a U.S. fighter jet")."""
    if head.dep_ == "compound" or any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() and
                                      not index.gazetteer.names_a_state(c.text) for c in head.children):
        return
    named = _specifier_state(index, head)
    state = named or _placed_state(index, head) or _acting_state(index, head)
    if state is None:
        return
    if not any(m.actor == state and m.via == "organ" and doc[m.end - 1].lemma_.lower() not in PLACE_HEADS and (
            doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") or doc[m.end - 1].head.lower_ in ("by", "with", "against"))
               for t in head.sent if (m := index.by_token.get(t.i)) is not None):  # (a place is no agent, nor an
        # organ only spoken of: "freed an American citizen, in a gesture toward the new administration in Washington")
        if (named is None and _protesting(head)) or (named is not None and head.lower_ in crowd_nouns()):
            # "protesters gathered outside the Israeli embassy in Amman": a crowd named only by its place
            # protests for its state, as a demonym would say it; storming or burning is no state's act, but a
            # crowd its demonym names is its state's ("hundreds of Iraqi protesters")
            index.register(state, ActorType.COUNTRY)
            index.replace(Mention(noun_phrase_start(head), head.i + 1, state, "organ"))
        return
    lemma = head.lemma_.lower()
    noun = "protesters" if lemma in CROWD_NOUNS else head.lower_ if head.tag_ != "NN" or \
        lemma + "s" not in society_nouns() else lemma + "s"  # "a journalist" is one of the state's journalists
    name = f"{adjectives().get(state, state)} {noun}"
    start = noun_phrase_start(head)
    index.register(name, ActorType.GROUP, surface=doc[start:head.i + 1].text, country=state)
    index.replace(Mention(start, head.i + 1, name, "organ"))


def _acting_state(index: ActorIndex, head: Token) -> str | None:
    """The one state whose agents act in a crowd's sentence, for the people a state acts on at home: 'Myanmar's
    junta released 3,000 prisoners', 'police detained two journalists'; not civilians or armed men, who may be
    another state's ('Russian forces shelled Kherson, killing two civilians')."""
    if head.lower_ not in homely_nouns():
        return None
    states = {m.actor for t in head.sent if (m := index.by_token.get(t.i)) is not None and m.via == "organ"
              and m.actor and _is_state(index, m.actor)}
    return states.pop() if len(states) == 1 else None


def _protesting(head: Token) -> bool:
    """Whether a crowd is the subject of a verb of protest: 'protesters rallied', 'hundreds of demonstrators
    marched'."""
    subject = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    # (or a verb of protest beside its own: "tried to reach the embassy, chanting against Israel")
    return subject.dep_ == "nsubj" and any(v.lemma_.lower() in PROTESTING_VERBS for v in [subject.head, *(
        c for c in subject.head.children if c.dep_ in ("advcl", "xcomp", "conj") and c.pos_ == "VERB")])


def _nested_state(index: ActorIndex, head: Token) -> str | None:
    """The one state named inside a noun's compound modifiers: 'Kenyan [riot] police'."""
    states = {m.actor for c in head.children if c.dep_ == "compound" and c.i < head.i for t in c.subtree
              if (m := index.by_token.get(t.i)) is not None and m.actor and _is_state(index, m.actor)
              and m.via in ("demonym", "gazetteer")}
    return states.pop() if len(states) == 1 else None


def _body_specifier(index: ActorIndex, head: Token, preposition: str = "from") -> str | None:
    """The group or organisation a modifier or a from-phrase names, whose agents the noun's people are: 'talks
    with Hamas officials', 'met Taliban leaders', 'NATO warships', 'warplanes from the Saudi-led coalition'; with
    'of', only the phrase's ('the countries of the European Union')."""
    for child in [*(head.children if preposition == "from" else ()), *(
            p for c in head.children if c.dep_ == "prep" and c.lower_ == preposition
            for p in c.children if p.dep_ == "pobj")]:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i or child.dep_ == "pobj":
            mention = index.by_token.get(child.i)
            record = index.actors.get(mention.actor) if mention is not None and mention.actor else None
            if record is not None and record.type in (ActorType.GROUP, ActorType.ORGANIZATION):
                return record.name
    return None


def _a_bloc(index: ActorIndex, body: str) -> bool:
    """Whether a body is one the gazetteer knows as an organisation of states (a party's or a group's members are
    its people: "members of his ruling AK Party", "members of Hezbollah"; a council's are its own: "members of the
    UN Security Council")."""
    entry = index.gazetteer.lookup(body)
    return entry is not None and entry.type is ActorType.ORGANIZATION and "council" not in body.lower()


def _counted(head: Token) -> bool:
    """Whether a noun counts some of its kind, who are not all of their body: 'some members of NATO'."""
    return any(c.dep_ == "nummod" or c.dep_ in ("det", "amod") and c.lower_ in PART_WORDS for c in head.children)


def _specifier_state(index: ActorIndex, head: Token) -> str | None:
    """The state a demonym or possessor before the noun names: 'Chinese coast guard vessels', 'Iran's jets'."""
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < head.i:
            mention = index.by_token.get(child.i)
            if mention is not None and mention.actor and _is_state(index, mention.actor):
                return mention.actor
            state = index.gazetteer.demonym_state(child.text)
            if state:
                return state
    return None


def _placed_state(index: ActorIndex, head: Token) -> str | None:
    """The state of the place a crowd is in: 'protesters in Nairobi'; else of the place its clause names
    ('demonstrators gathered outside the French embassy in Niamey', 'hundreds of protesters rallied in Lagos')."""
    clause = head
    while clause.dep_ in ("pobj", "prep") or (clause.pos_ in ("NOUN", "PROPN") and clause.dep_ != "ROOT"):
        if clause.dep_ not in ("pobj", "prep", "nsubj", "nsubjpass", "dobj"):
            break
        clause = clause.head
    for holder in (head, clause):
        for prep in holder.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in PLACING:
                continue
            for pobj in prep.children:
                mention = index.by_token.get(pobj.i) if pobj.dep_ == "pobj" else None
                if mention is not None and mention.located_in:
                    return mention.located_in
                if mention is not None and mention.actor and (mention.via == "metonymy" or (
                        mention.via == "organ" and index.doc[mention.end - 1].lower_ in TERRITORY_NOUNS)):
                    return mention.actor  # a capital or a state's territory: "in Nairobi", "in Idlib province"
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() == "capital" and \
                        (state := _specifier_state(index, pobj)) is not None:
                    return state  # "in Niger's capital", "in the Malian capital"
    return None


def _is_state(index: ActorIndex, name: str) -> bool:
    record = index.actors.get(name)
    return record is not None and record.type is ActorType.COUNTRY
