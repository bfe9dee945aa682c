"""Roles and organs: offices, diplomats and state bodies that stand for a person or a state.

"Ukraine's foreign minister" is that office's holder (named in the story, else a Role actor); "Russian diplomats"
and "Iran's foreign ministry" act for their state; "his Italian counterpart" holds his office in another state."""

from __future__ import annotations

from spacy.symbols import NOUN, POS, PROPN
from spacy.tokens import Doc, Token

from diplograph.ingest.constructions import GOVERNING_BODIES
from diplograph.ingest.coordination import listed
from diplograph.ingest.coreference import resolve_pronoun
from diplograph.ingest.counterparts import add_counterparts, add_guest_or_host, owner_roles, title_standing_for_name
from diplograph.ingest.descriptions import (
    GEOGRAPHIC_NOUNS,
    ONE_AGENT_NOUNS,
    STATE_NOUNS,
    add_other_state,
    military_state,
    named_agent,
    organisation_adjective,
    salient_state,
    state_noun_referent,
)
from diplograph.ingest.envoys import DIPLOMATIC_OFFICES, add_delegation, sending_state_told
from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.group_references import describes_a_pair
from diplograph.ingest.groups import GroupResolver
from diplograph.ingest.mentions import ActorIndex, Mention, appositive_person, conjuncts, noun_phrase_start
from diplograph.ingest.nationality import adjective_state, doc_before
from diplograph.ingest.office_holder_finder import OfficeHolderFinder
from diplograph.ingest.office_ranks import held_before, ranked_one, ranks_holders
from diplograph.ingest.offices import WORLD_OFFICES, OfficeHolders
from diplograph.ingest.plural_pronouns import coordinated_antecedent
from diplograph.ingest.portfolios import title_of_phrase
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import ActorType

# words that say an office is no longer held: "Nursultan Nazarbayev, the former president"
FORMER_WORDS = {"former", "ex", "late", "then", "ousted", "deposed", "outgoing"}
# those whose leaders lead no state: "the separatist leaders" are not the last-named state leaders
NON_STATE_LEADERS = {"separatist", "rebel", "opposition", "militant", "insurgent", "tribal", "religious", "protest"}
# organs that, definite and unspecified, are the salient state's: "The ministry summoned the envoys"
DEFINITE_ORGANS = {"ministry", "government", "administration", "cabinet", "military", "army", "embassy"}
GOVERNING_ORGANS = {"administration", "government", "cabinet", "regime"}  # named after a leader: "the Modi government"
# those who govern a place, who are its state's: "accused the authorities in Kabul", "the junta in Niamey"
RULING_NOUNS = GOVERNING_ORGANS | {"authorities", "junta", "leadership", "officials", "rulers"}
# nouns for a state's territory: "troops on Ukraine's borders" targets Ukraine
TERRITORY_NOUNS = {"border", "borders", "frontier", "boundary", "territory", "soil", "coast", "waters", "airspace",
                   "region", "province", "oblast"}


class RoleResolver:
    """Offices and organs of one gazetteer, applied to a document's index after names and places."""

    def __init__(self, gazetteer: Gazetteer, offices: OfficeHolders) -> None:
        self.gazetteer = gazetteer
        self.office_holders = offices
        self.holders = OfficeHolderFinder(offices)
        self.title_words = {word for title in gazetteer.titles for word in title.split()} | {"of"}
        self.groups = GroupResolver(gazetteer)

    def np_start(self, head: Token) -> int:
        return noun_phrase_start(head)

    def state_specifier(self, index: ActorIndex, head: Token) -> str | None:
        """The state a noun phrase belongs to: possessor, demonym or 'of' object ('Russia's', 'Russian')."""
        for child in head.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") or (child.dep_ == "det" and child.tag_ == "PRP$"):
                mention = index.by_token.get(child.i)
                if mention is None and child.dep_ == "poss":
                    for grandchild in child.subtree:
                        mention = index.by_token.get(grandchild.i) or mention
                elif mention is None and child.dep_ == "amod":  # the state the parser hung on an adjective: "three
                    mention = next((m for g in child.lefts if g.dep_ == "compound" and (  # [U.S.] consular officials"
                        m := index.by_token.get(g.i)) is not None), None)
                if mention and mention.actor and self.is_state(index, mention.actor):
                    return mention.actor
                if mention and mention.actor and head.lower_ in GOVERNING_ORGANS and \
                        index.actors[mention.actor].type is ActorType.PERSON and index.actors[mention.actor].country:
                    # a leader's government is the state's: "the Trump administration", "Netanyahu's cabinet"
                    return index.actors[mention.actor].country
                if child.lower_ in ("his", "her") and head.lower_ in self.gazetteer.organs:
                    # "his government": the state of the person it refers back to
                    owner = resolve_pronoun(index, child)
                    country = index.actors[owner.actor].country if owner and owner.actor else None
                    if country:
                        return country
                state = adjective_state(self.gazetteer, child)
                if state:
                    return state
            if child.dep_ == "prep" and (child.lower_ == "of" or child.lower_ == "from" and self.named_from(head) or (
                    child.lower_ in ("from", "in") and head.lower_ in self.gazetteer.organs and not any(
                    index.by_token.get(c.i) for c in head.children if c.dep_ == "compound"))):
                # "the foreign minister of Poland", "a delegation from Iran", "police in Kenya" (not "Taliban
                # representatives in Abu Dhabi"), "his counterpart from Pakistan", "the minister from Egypt"
                for pobj in child.children:
                    mention = index.by_token.get(pobj.i)
                    if mention and mention.actor and self.is_state(index, mention.actor):
                        return mention.actor
        return self.seat_hung_on_the_verb(index, head)

    def seat_hung_on_the_verb(self, index: ActorIndex, head: Token) -> str | None:
        """'accused the government in Juba of ...': the place hung on the verb still says whose the rulers are."""
        prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else head
        if head.lower_ not in RULING_NOUNS or head.dep_ not in ("dobj", "pobj") or prep.lower_ != "in" or \
                prep.dep_ != "prep" or prep.head.i != head.head.i or any(
                c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children):
            return None  # (not "Taliban officials in Qatar", "the recognised government in Tripoli": whose is said)
        mention = next((index.by_token.get(p.i) for p in prep.children if p.dep_ == "pobj" and not any(
            c.dep_ == "amod" for c in p.children)), None)  # (not "the government in northern Iraq")
        return state if (state := mention and (mention.actor or mention.located_in)) and self.is_state(
            index, state) else None

    def organisation_specifier(self, index: ActorIndex, head: Token) -> str | None:
        """The organisation a title belongs to: 'NATO's', 'the U.N.', 'of the Atomic Energy Agency'."""
        tokens = [t for c in head.children if c.dep_ in ("poss", "compound", "nmod", "amod") for t in c.subtree]
        tokens += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]
        for token in tokens:
            mention = index.by_token.get(token.i)
            if mention is not None and mention.actor is not None and \
                    index.actors[mention.actor].type is ActorType.ORGANIZATION:
                return mention.actor
        return None

    def names_a_state(self, token: Token) -> bool:
        return self.gazetteer.names_a_state(token.text)

    def is_state(self, index: ActorIndex, name: str) -> bool:
        record = index.actors.get(name)
        return record is not None and record.type is ActorType.COUNTRY

    def named_from(self, head: Token) -> bool:
        """'his counterparts from Britain and France', 'foreign ministers from Egypt and Jordan': a counterpart's
        or an office's 'from' names its state, as 'of' does."""
        return head.lemma_.lower() == "counterpart" or self.office_of(head) is not None

    def office_of(self, head: Token) -> str | None:
        # the state a modifier names is no part of the title: "the top [U.S.] diplomat" is a foreign minister
        lefts = [t for t in head.lefts if (t.dep_ == "compound" or (t.dep_ == "amod" and t.lower_ in self.title_words))
                 and not self.names_a_state(t)]
        # a modifier's own title words too: "[external] affairs minister"
        words = [g.lower_ for t in lefts for g in (*t.lefts, t) if g.i == t.i or g.lower_ in self.title_words]
        words.append(head.lemma_.lower() if head.tag_ == "NNS" else head.lower_)
        words += [r.lower_ for r in head.rights if r.i == head.i + 2 and r.dep_ == "amod" and  # a hyphened title's
                  head.doc[head.i + 1].text == "-"]  # half the model hangs after it: "the secretary-[general] of"
        words += title_of_phrase(head, words[-1], self.gazetteer.titles)  # "the U.S. secretary of state"
        for length in range(min(len(words), 4), 0, -1):  # the longest title the phrase ends with
            office = self.gazetteer.titles.get(" ".join(words[-length:]))
            if office:  # one rank below is another office: "China's vice foreign minister" is not Wang Yi
                below = words[-length - 1:-length] in LOWER_RANKS or any([t.lower_] in LOWER_RANKS for t in head.lefts)
                return f"deputy {office}" if below and office.split()[:1] not in LOWER_RANKS else office
        return None

    def add_roles_and_organs(self, index: ActorIndex, doc: Doc, first: int) -> None:
        for token in tokens_where(doc, POS, {NOUN, PROPN}, first):
            if token.i in index.by_token or token.i in index.consumed or token.pos_ not in ("NOUN", "PROPN"):
                continue
            lower = token.lower_
            if self.groups.add_someone_of(index, token) or self.groups.add_named_group(index, token) or \
                    self.groups.add_led_coalition(index, token):
                continue
            if self.groups.add_group_description(index, doc, token):
                continue
            if add_guest_or_host(index, token) or add_delegation(index, token):
                continue
            if self.groups.add_people_in_arms(index, doc, token):
                continue
            if (lower in self.gazetteer.organs or token.lemma_.lower() in self.gazetteer.organs) and \
                    self.office_of(token) is None:
                # "Russian diplomats", "Iran's foreign ministry" act for their state; but an organ noun in a
                # title names the office-holder: "Ukraine's top diplomat" is its foreign minister
                person = named_agent(index, token, self.state_specifier(index, token)) \
                    if lower in ONE_AGENT_NOUNS else None
                if person is not None:
                    index.register(person, ActorType.PERSON, surface=doc[self.np_start(token):token.i + 1].text)
                    index.replace(Mention(self.np_start(token), token.i + 1, person, "role"))
                    continue
                self.add_organ(index, doc, token)
                continue
            if self.groups.add_armed_group(index, doc, token):
                continue
            if add_other_state(index, token):
                continue  # "Georgetown accused its neighbour"
            described = [c for c in token.children if c.dep_ in ("amod", "compound")]
            if (lower in STATE_NOUNS or (lower == "state" and described)) and token.tag_ == "NN" or \
                    lower in GEOGRAPHIC_NOUNS:
                country = state_noun_referent(index, token, described, salient_state)
                if country:
                    index.register(country, ActorType.COUNTRY)
                    index.replace(Mention(self.np_start(token), token.i + 1, country, "organ"))
                continue
            if lower in TERRITORY_NOUNS or token.lemma_.lower() in TERRITORY_NOUNS and any(
                    c.dep_ == "poss" for c in token.children):  # "Syria's provinces" (not "regions of Ukraine")
                # "Ukraine's borders", "the border with South Korea": the state whose territory it is
                state = self.state_specifier(index, token) or next(
                    (m.actor for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
                     for pobj in c.children if (m := index.by_token.get(pobj.i)) is not None and m.actor
                     and self.is_state(index, m.actor)), None) or next(
                    # "the Kursk region": a place of the state names its territory
                    (m.located_in for c in token.children if c.dep_ in ("compound", "nmod")
                     and (m := index.by_token.get(c.i)) is not None and m.actor is None and m.located_in), None)
                if state:
                    index.register(state, ActorType.COUNTRY)
                    index.replace(Mention(self.np_start(token), token.i + 1, state, "organ"))
                continue
            office = "counterpart" if token.lemma_.lower() == "counterpart" else self.office_of(token)
            if office is None:
                continue
            if office in DIPLOMATIC_OFFICES and appositive_person(index, token) is None:
                # an unnamed envoy stands for the state: "summoned the Russian ambassador"
                self.add_organ(index, doc, token)
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
                title_standing_for_name(index, token)  # a title before a name, already peeled
                continue
            if describes_a_pair(token):
                continue  # "the two leaders" are the last two named (coreference.py), not one office-holder
            if self.add_members(index, doc, token):
                continue
            self.add_role(index, doc, token, office)

    def add_members(self, index: ActorIndex, doc: Doc, head: Token) -> bool:
        """'EU foreign ministers', 'NATO leaders': the office-holders of an organisation's members act for it."""
        if head.tag_ != "NNS":
            return False
        for child in head.children:
            mention = index.by_token.get(child.i) if child.dep_ in ("compound", "amod", "nmod", "poss") else None
            if mention is not None and mention.actor and index.actors[mention.actor].type is ActorType.ORGANIZATION:
                index.replace(Mention(self.np_start(head), head.i + 1, mention.actor, "organ"))
                return True
        return False

    def add_organ(self, index: ActorIndex, doc: Doc, head: Token) -> None:
        """A state body or envoy acts for its state; with coordinated states, for each of them:
        'the envoys of Kenya, Uganda and Rwanda', 'Russian and Chinese diplomats'."""
        people = next((m.actor for c in head.children if c.dep_ in ("amod", "compound", "nmod") and (
            m := index.by_token.get(c.i)) is not None and m.actor and m.via == "demonym" and
                       index.actors[m.actor].type is ActorType.GROUP), None)
        if people is not None:  # "Turkish Cypriot authorities", "Bosnian Serb forces": the community's (peoples.py)
            index.replace(Mention(self.np_start(head), head.i + 1, people, "organ"))
            return
        states = self.coordinated_states(index, head) or [s for s in [self.state_specifier(index, head)] if s]
        based = next((m for c in head.children if c.dep_ == "amod" and c.lower_ == "based" for g in c.children
                      if (m := index.by_token.get(g.i)) is not None), None)  # (not "the Moscow-installed")
        if not states and based is not None and head.lemma_.lower() in GOVERNING_BODIES:
            # "the Tripoli-based government" is where its seat is, or no one's (not "the Hague-based court": a body
            # of states sits where it likes)
            states = [s for s in [based.actor or based.located_in] if s and self.is_state(index, s)]
        elif not states and head.tag_ in ("NN", "NNP") and head.lower_ in DEFINITE_ORGANS and \
                any(c.lower_ == "the" for c in head.children) and head.dep_ in ("nsubj", "nsubjpass") and \
                not any(c.dep_ in ("compound", "nmod", "amod") and (m := index.by_token.get(c.i)) is not None
                        and m.actor is not None for c in head.children):
            # (not "the Labour government", "the Taliban administration": a name says whose it is)
            # "the foreign ministry said", "the government summoned": the state the story is about
            states = [s for s in [military_state(index, head) or salient_state(index, head)] if s]
        if not states and (regime := military_state(index, head)) is not None:
            states = [regime]  # "urged the junta to release prisoners", in a story about Myanmar's junta
        if not states and (body := next((m.actor for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                                         for o in p.children if o.dep_ == "pobj"
                                         for t in (o, *(c for c in o.children if c.dep_ in ("compound", "nmod")))
                                         if (m := index.by_token.get(t.i)) is not None and m.actor is not None
                                         and index.actors[m.actor].type is ActorType.ORGANIZATION), None)) is not None:
            # "troops of the African Union", "of a SADC force", "the envoys of the EU": an organisation's act for it
            index.replace(Mention(self.np_start(head), head.i + 1, body, "organ"))
            return
        if not states:
            return
        surface = doc[self.np_start(head):head.i + 1].text
        for state in (s for s in states if s not in index.actors or self.is_state(index, s)):
            index.register(state, ActorType.COUNTRY, surface=surface if len(states) == 1 else None)
        index.replace(Mention(self.np_start(head), head.i + 1, states[0], "organ"))
        if len(states) > 1:
            index.plural[head.i] = [Mention(head.i, head.i + 1, state, "organ") for state in states]

    def coordinated_states(self, index: ActorIndex, head: Token) -> list[str]:
        """Two or more states a noun phrase belongs to, coordinated as its 'of' object or its modifiers."""
        tokens = [t for c in head.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "from" and
                                                                    self.named_from(head))
                  for pobj in c.children if pobj.dep_ == "pobj"  # ("his counterparts from Britain and France")
                  for t in (listed(pobj) if pobj.pos_ == "PROPN" else conjuncts(pobj))]  # "of Kazakhstan, Kyrgyzstan"
        if not tokens:
            modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
            # (not a people: "Kosovo's ethnic Albanian leaders")
            tokens = [t for m in modifiers for t in conjuncts(m) if doc_before(t) != "ethnic"]
        states: list[str] = []
        for token in tokens:
            mention = index.by_token.get(token.i)
            # (or a body coordinated with a state: "Japanese and European Union leaders")
            state = mention.actor if mention and mention.actor and (self.is_state(index, mention.actor) or (
                index.actors[mention.actor].type is ActorType.ORGANIZATION and (token.dep_ == "conj" or any(
                    c.dep_ == "conj" for c in token.children)))) else \
                adjective_state(self.gazetteer, token) or organisation_adjective(index, token)
            if state and state not in states:
                states.append(state)
        return states if len(states) > 1 else []

    def their_states(self, index: ActorIndex, head: Token) -> list[str]:
        """'Ethiopia and Somalia ... Fidan hosted their foreign ministers': the states of the coordinated subject
        'their' refers back to."""
        their = next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "their"), None)
        owners = [m.actor if self.is_state(index, m.actor) else index.actors[m.actor].country
                  for m in (coordinated_antecedent(index, their) if their is not None else []) if m.actor]
        return [state for state in dict.fromkeys(owners) if state]

    def add_plural_role(self, index: ActorIndex, doc: Doc, head: Token, office: str) -> bool:
        """'the foreign ministers of Russia and Ukraine', 'the Indian and Brazilian foreign ministers',
        'Brazil's and India's foreign ministers': one office holder per state."""
        if head.tag_ != "NNS":
            return False
        states = self.coordinated_states(index, head) or self.their_states(index, head)
        if len(states) < 2:
            return False
        if any(s in index.actors and not self.is_state(index, s) for s in states):
            # a body among them: "Japanese and EU leaders" speak for their sides, as organs do
            index.plural[head.i] = [Mention(head.i, head.i + 1, s, "organ") for s in states]
            return True
        holders = []
        for state in states:
            name = self.holders.holder_in(index, office, state, head)
            if name is None:  # an unnamed holder acts for the state: "the Indian and Malawian ministers"
                index.register(state, ActorType.COUNTRY)
                holders.append(Mention(head.i, head.i + 1, state, "organ"))
                continue
            holders.append(Mention(head.i, head.i + 1, name, "role"))
        index.plural[head.i] = holders
        return True

    def add_role(self, index: ActorIndex, doc: Doc, head: Token, office: str) -> None:
        named = appositive_person(index, head)
        if office == "counterpart":
            roles = owner_roles(index, head)
            if named is None or not roles:
                add_counterparts(self, index, doc, head, roles)
                return
            office = roles[0]
        if self.add_plural_role(index, doc, head, office):
            return
        state = self.state_specifier(index, head)
        if state and office in WORLD_OFFICES and self.office_holders.sole_state(office) != state and \
                not any(c.dep_ == "poss" for c in head.children):
            state = None  # "the Argentine pontiff": where the world's one holder is from, not whom he stands for
        start = self.np_start(head)
        if state and named is None and head.tag_ == "NNS" and not any(c.lower_ == "the" for c in head.children):
            # "three Iranian generals", "Russian ministers": several unnamed holders act for their state
            index.register(state, ActorType.COUNTRY, surface=doc[start:head.i + 1].text)
            index.replace(Mention(start, head.i + 1, state, "organ"))
            return
        if state is None and named is not None and office in DIPLOMATIC_OFFICES:
            state = sending_state_told(index, head)  # "The envoy, Sylvain Itte": the envoy told before
        if named is not None and named.actor is not None:
            # a role with its holder in apposition: "Iran's supreme leader, Ayatollah Ali Khamenei"; no office held:
            # "the former president" (nor a body's head's state), "the head of Kyrgyzstan's security service" (not its)
            former = any(c.lower_ in FORMER_WORDS for c in head.children) or office == "head" and any(
                (m := index.by_token.get(p.i)) is None or m.via == "organ"
                for c in head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")
            index.register(named.actor, ActorType.PERSON, surface=doc[start:head.i + 1].text, country=None if
                           former and self.office_holders.heads_a_body(named.actor, index.date) else state,
                           role=None if former else office)
            index.replace(Mention(start, head.i + 1, named.actor, "role"))
            return
        said_of = ranked_one(index, head, office) if named is None else None  # "the first to": one named, if any
        if named is None and (state and held_before(head) or said_of or not state and ranks_holders(head, office)):
            index.replace(Mention(self.np_start(head), head.i + 1, said_of, "role"))  # (a former one: no holder of
            return  # the day, nor does his state act: "a former Taiwanese president")
        if state:
            person = self.holders.holder_in(index, office, state, head)
            surface = doc[start:head.i + 1].text
            if person:
                index.register(person, ActorType.PERSON, surface=surface)
                index.replace(Mention(start, head.i + 1, person, "role"))
            else:  # no holder known: the unnamed office-holder acts for the state ("Pakistan's commissioner")
                index.register(state, ActorType.COUNTRY, surface=surface)
                index.replace(Mention(start, head.i + 1, state, "organ"))
            return
        organisation = self.organisation_specifier(index, head)
        if organisation:
            # the head of an organisation on the story's date: "the U.N. chief", "NATO's secretary general"
            person = self.holders.holder_on_the_day(index, office, organisation, head)
            if person:
                index.register(person, ActorType.PERSON, surface=doc[start:head.i + 1].text)
                index.replace(Mention(start, head.i + 1, person, "role"))
            return
        if any(c.lower_ == "the" for c in head.lefts) and not any(c.lower_ in NON_STATE_LEADERS for c in head.lefts):
            # a definite description names the last-mentioned holder: "the foreign minister argued"
            holder = self.holders.office_holder(index, office, None, before=head.i) or \
                self.holders.holder_on_the_day(index, office, None, head)  # else an office of one state's: "the pope"
            if holder:
                index.register(holder, index.actors[holder].type, surface=doc[start:head.i + 1].text)
                index.replace(Mention(start, head.i + 1, holder, "role"))


LOWER_RANKS = (["vice"], ["deputy"], ["assistant"], ["under"], ["junior"])  # below an office: "vice foreign minister"
