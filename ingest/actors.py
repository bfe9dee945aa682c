"""Actor resolution: every mention in a parsed document tied to a canonical actor with a type.

Pure: a spaCy Doc and the gazetteer in, an ActorIndex out. The passes, in the order they run:
person names and their titles (names.py), gazetteer forms (states, capitals and seats of
government, organisations), the remaining entities, then roles and state organs (roles.py);
pronouns are resolved lazily, when a relation needs one (coreference.py).
"""

from __future__ import annotations

import datetime as dt

from spacy.attrs import IS_LOWER, LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from diplograph.ingest.acronyms import join_spelled_out_acronyms
from diplograph.ingest.agents import add_agents
from diplograph.ingest.datafiles import read_table, split_list
from diplograph.ingest.delegations import add_delegations
from diplograph.ingest.descriptions import add_document_descriptions, described_body, named_through_a_body
from diplograph.ingest.ellipses import add_elided_member
from diplograph.ingest.envoys import envoys_acted_upon
from diplograph.ingest.field_lexicon import FAITHS, load_agents, load_field_bodies, load_field_organizations
from diplograph.ingest.gazetteer import (
    INSTRUMENTS,
    Gazetteer,
    key,
    names_a_craft,
    names_a_make,
    names_a_settlement,
    names_a_storm,
    names_an_installation,
)
from diplograph.ingest.groups import add_counted_states, bare_description
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.name_words import has_a_capital
from diplograph.ingest.names import ARMED_GROUP_WORDS, INSTITUTION_NOUNS, NameFinder, person_name
from diplograph.ingest.offices import load_office_holders
from diplograph.ingest.owners import (
    chair_state,
    described_as_rebels,
    fronts_names,
    names_a_body_of_its_own,
    own_name_after_demonym,
    owner_before,
    within_a_fronts_name,
)
from diplograph.ingest.peoples import add_peoples
from diplograph.ingest.private_persons import described_as_a_private_person
from diplograph.ingest.regional_leaders import add_regional_leaders
from diplograph.ingest.roles import RoleResolver
from diplograph.ingest.settlements import settlement_state
from diplograph.ingest.ships import add_flagged_ships
from diplograph.ingest.surnames import Surnames
from diplograph.ingest.token_columns import hashes, tokens_where
from diplograph.ingest.tokenizing import tokenize_name
from diplograph.ingest.untagged import (
    add_named_bodies,
    add_surname_bearer,
    add_untagged_places,
    add_untagged_surnames,
    drop_peopled,
    without_a_trailing_link,
)
from diplograph.model import ActorType

# verbs whose object is a person, not a place; verbs whose subject speaks or meets
PERSON_OBJECT_VERBS = {"meet", "phone", "telephone", "thank", "congratulate", "host", "receive", "greet",
                       "sit", "talk", "speak", "confer"}
PERSON_SUBJECT_VERBS = {"say", "tell", "add", "insist", "argue", "claim", "reply", "note", "warn", "stress",
                        "meet", "talk", "speak", "confer", "phone", "telephone"}

# a state's installations abroad, which stand for the state: "the U.S. Al Udeid air base"
FACILITY_NOUNS = frozenset({"base", "bases"})
FACILITY_HASHES = hashes(FACILITY_NOUNS)
# verbs that say where an installation is, not what is done to its state: "both countries host Russian bases"
HOUSING_VERBS = frozenset({"host", "house", "have", "keep", "maintain", "operate", "run", "build", "lease"})

DESCRIBED_WITHIN = {"European Commission": "European Union"}  # described in a story of the other, its organ
# entity types a name can hide under ("" for none): not dates, numbers or money
NAME_TYPES = {"", "PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}


class ActorResolver:
    """Builds an ActorIndex for one document; one instance per (vocab, gazetteer)."""

    def __init__(self, nlp_vocab: Vocab, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp_vocab, attr="ORTH")
        # cased forms as written in the data files (so the pronoun "us" is not the US), with "The" variants
        self._cased = {form: key(form) for form in self._all_cased_forms()}
        patterns = [tokenize_name(nlp_vocab, form) for form in sorted(self._cased)]
        self.matcher.add("GAZETTEER", patterns)
        descriptions = [tokenize_name(nlp_vocab, f"{article} {form}") for form in gazetteer.descriptions
                        for article in ("the", "The")]
        self.matcher.add("DESCRIPTION", descriptions)
        offices = load_office_holders()
        self.roles = RoleResolver(gazetteer, offices)
        self.names = NameFinder(gazetteer, self.roles, offices)

    def _all_cased_forms(self) -> set[str]:
        forms: set[str] = set()
        for row in read_table("countries.tsv"):
            forms.add(row["name"])
            for column in ("aliases", "capitals", "seats"):
                forms.update(split_list(row[column]))
        for row in read_table("former_states.tsv"):  # "USSR", "GDR", "Bonn", "East Berlin"
            forms.update([row["name"], *split_list(row["aliases"]), *split_list(row["capitals"])])
        for row in read_table("organizations.tsv"):
            forms.update([row["name"], *split_list(row["aliases"])])
        for row in read_table("groups.tsv"):
            forms.update([row["name"], *split_list(row["aliases"])])
        for organization in load_field_organizations().values():
            forms.update([organization.name, *organization.aliases])
        forms.update(entry.name for entry in self.gazetteer.names.values() if entry.type is ActorType.COUNTRY)
        # a state's bodies the gazetteer took ("FBI", "PLA"), a long upper-case name also as written ("Mossad")
        bodies = [form for form in load_field_bodies() if key(form) in self.gazetteer.seats]
        forms.update([*bodies, *(f.title() for f in bodies if f.isupper() and len(f) > 4 and " " not in f)])
        expanded = set()
        for form in forms:
            expanded.add(form)
            if form.startswith("the "):
                expanded.add("The " + form[4:])
        return {form for form in expanded if form.strip()}

    # ------------------------------------------------------------------ the pass
    def resolve(self, doc: Doc, body_start: int = 0, date: dt.date | None = None) -> ActorIndex:
        index = ActorIndex(doc=doc, gazetteer=self.gazetteer, date=date)
        first = next((t.i for t in doc if t.idx >= body_start), len(doc))
        add_flagged_ships(index, doc, first, self.gazetteer)  # "USS Carl Vinson": the navy's state (ships.py)
        people = self.names.people(doc, first)
        surnames = self.names.surname_table(people, date)
        full_names = [person_name(span) for span in people if len(span) > 1]
        for span in people:
            self.names.add_person(index, doc, span, surnames, full_names)
        self._add_gazetteer_matches(index, doc, first, surnames)
        self._add_entities(index, doc, first, surnames)
        add_untagged_surnames(index, doc, first, surnames)
        add_untagged_places(index, doc, first, self.gazetteer)
        add_named_bodies(index, doc, first)  # "broadcaster RT": a name the tagger left out after a kind of body
        drop_peopled(index, doc)
        self.names.add_offices(index)
        add_peoples(index, doc, first)  # "Bosnian Serbs", "Turkish Cypriots": a community of its own
        self.roles.add_roles_and_organs(index, doc, first)
        envoys_acted_upon(index)
        self._add_facilities(index, doc, first)
        add_document_descriptions(index, doc, first)
        add_agents(index, doc, first, self.roles)  # craft and crowds named by their state (agents.py)
        add_counted_states(index, doc, first)  # "six world powers": the six states the story lists
        add_regional_leaders(index, doc, first)  # "West African leaders": ECOWAS, when the story names it
        add_delegations(index, doc, first)  # "the delegation included A, B and C ... the leaders"
        join_spelled_out_acronyms(index)  # "the Government of National Accord (GNA)"
        index.mentions.sort(key=lambda m: m.start)
        return index

    def _add_gazetteer_matches(self, index: ActorIndex, doc: Doc, first: int, surnames: Surnames) -> None:
        spans, fronts = [], fronts_names(doc)
        for match_id, start, end in self.matcher(doc):
            if start < first or any(i in index.consumed for i in range(start, end)) or \
                    within_a_fronts_name(fronts, start, end):
                continue
            label = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=label))
        kept = filter_spans(spans)
        matched = {i for span in kept for i in range(span.start, span.end)}
        for span in kept:
            if any(i in index.by_token for i in range(span.start, span.end)):
                continue
            text = span.text
            if span.label_ == "DESCRIPTION":
                # a definite description refers back: "the alliance" after NATO
                org = described_body(self.gazetteer.descriptions[key(text)], span, index)
                if org is None:
                    continue
                if org not in index.actors and (DESCRIBED_WITHIN.get(org) in index.actors or named_through_a_body(
                        index, org, span)):  # "the commission" in a story about the EU is the European Commission
                    index.register(org, ActorType.ORGANIZATION)
                if org in index.actors:
                    index.register(org, index.actors[org].type, surface=text)
                    index.add(Mention(span.start, span.end, org, "description"))
                continue
            longer = doc[span.start:span.end + 1].text if span.end < len(doc) else ""
            if longer and doc[span.end].pos_ == "PROPN" and (
                    len(span) == 1 and doc[span.end].ent_iob_ == "I" or self.gazetteer.city_state(longer)):
                continue  # part of a longer name: "West Bank", "Washington Post", "[the West] Bank"
            if span.end < len(doc) and doc[span.end].dep_ == "nummod" and doc[span.end].head.i == span.end - 1 \
                    and doc[span.end].like_num and (span.end + 1 == len(doc) or doc[span.end + 1].ent_iob_ != "I"):
                continue  # a channel named after its state: "France 24", "Russia 1"
            if doc[span.start].ent_iob_ == "I" and doc[span.start - 1].ent_type_ in ("PERSON", "ORG") and \
                    doc[span.start - 1].pos_ == "PROPN" and doc[span.start - 1].text[:1].isupper() and \
                    span.start - 1 not in matched and load_agents().get(doc[span.start - 1].lower_, "")[:3] not in \
                    FAITHS:  # the end of a longer name: "[Kataib Hezbollah]" is not Hezbollah (but "Muslim Azerbaijan")
                continue
            if span.start > 0 and doc[span.start - 1].lower_ in ("south", "north", "central", "latin") and \
                    doc[span.start - 1].text[:1].isupper() and span.start - 1 not in matched:
                continue  # a continent's part: "South America's Mercosur bloc" is no United States
            if text in surnames:
                continue
            entry = self.gazetteer.lookup(text)
            state = self.gazetteer.state_of_place(text, index.date)
            if entry is not None:
                index.register(entry.name, entry.type, surface=text)
                # a state named after "in" is also a place: "strikes against targets in Yemen"
                place = text if entry.type is ActorType.COUNTRY else None
                index.add(Mention(span.start, span.end, entry.name, "gazetteer", place=place))
                add_elided_member(self.gazetteer, index, span)  # "[North] and South Korea"
            elif state is not None and not self._anothers_body(index, doc, span, state):
                index.register(state, ActorType.COUNTRY, surface=text)
                place = text[4:] if text.lower().startswith("the ") else text
                index.add(Mention(span.start, span.end, state, "metonymy", place=place))

    def _anothers_body(self, index: ActorIndex, doc: Doc, span: Span, state: str) -> bool:
        """'South Korea's NSC', 'its National Security Council', 'the Pakistani ISI', 'the NSC of Pakistan': a
        body's name that another owner or state claims is not the one the name stands for alone."""
        start = span.start - (span.start > 0 and doc[span.start - 1].lower_ == "the")
        owner = doc[start - 2] if start > 1 and doc[start - 1].tag_ == "POS" else doc[start - 1] if start > 0 \
            else None
        after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" else None
        for token in (t for t in (owner, after) if t is not None and t.sent.start == span.sent.start):
            if token.tag_ == "PRP$":
                return True  # "its National Security Council": the owner told before
            mention = index.by_token.get(token.i)
            named = mention.actor if mention is not None else self.gazetteer.demonym_state(token.text)
            if named is not None and named != state:
                return True
        return False

    def _pair_of_states(self, text: str) -> bool:  # "the U.S.-Japan alliance": two states as one modifier
        return len(parts := text.split("-")) == 2 and all(
            self.gazetteer.names_a_state(p) or self.gazetteer.demonym_state(p) for p in parts)

    def _add_entities(self, index: ActorIndex, doc: Doc, first: int, surnames: Surnames) -> None:
        for ent in (part for e in doc.ents for part in self.names.conjoined_people(
                without_a_trailing_link(e), surnames, index.date)):
            if ent.start < first or names_a_storm(ent) or names_a_craft(ent) or self._pair_of_states(ent.text) or any(
                    i in index.by_token or i in index.consumed for i in range(ent.start, ent.end)) or \
                    ent.start > 0 and doc[ent.start - 1].lower_ == "ethnic" or all(map(self.names.is_title_token, ent)):
                continue  # ("Kosovo's ethnic Albanian leaders": a people, not Albania; "State [Councillor]": a title)
            text = person_name(ent)
            # whatever the tagger took it for: "[Giorgos Gerapetritis]FAC" is a foreign minister, "met [Lula]PRODUCT"
            known = self.names.known_person(text, index.date) \
                if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT") else None
            holder = surnames.local(known) if known else None
            # (and a surname the tagger took for a month where it acts: "After signing it, May spoke with Tusk")
            if (ent.label_ in ("PERSON", "ORG", "GPE", "NORP") or ent.label_ == "DATE" and len(ent) == 1 and
                    ent.root.dep_ in ("nsubj", "nsubjpass", "poss", "aux")) and text in surnames:
                # spaCy mislabels surnames ("Lavrov" as ORG): the earlier full name wins
                name = surnames[text]
                index.register(name, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, name, "surname"))
            elif holder is not None:  # an office-holder's name or surname alone, whatever the tagger took it for:
                # "Putin said" (not a namesake's: "Francesca [Albanese]NORP")
                add_surname_bearer(index, ent, holder, self.names.is_title_token)
            elif names_a_make(ent) and (state := self.gazetteer.demonym_state(ent[0].text)):
                index.register(state, ActorType.COUNTRY)  # "[Russian Kalibr]PERSON missiles": Russia's
                index.add(Mention(ent.start, ent.end, state, "demonym"))
            elif ent.label_ == "NORP" or (ent.label_ in ("GPE", "LOC", "PERSON")
                                          and self.gazetteer.demonym_state(text)):
                # a demonym, whatever the tagger took it for: "[Ukrainian]GPE town", "[Azerbaijani]PERSON troops"
                # (or the one before a common noun: "[Turkish F-16s]NORP"; or a state's that ended: "Soviet")
                whole = self.gazetteer.demonym_state_on(ent, index.date)
                state, end = (whole, ent.end) if whole or any(t.pos_ != "NOUN" for t in ent[1:]) else (
                    self.gazetteer.demonym_state_on(ent[:1], index.date), ent.start + 1)
                if state:
                    index.register(state, ActorType.COUNTRY)
                    index.add(Mention(ent.start, end, state, "demonym"))
                elif ent.label_ == "NORP" and key(text) not in self.gazetteer.former_demonyms and (
                        seat := self.gazetteer.town_state(text)):
                    index.add(Mention(ent.start, ent.end, None, "place", place=text, located_in=seat))  # "[Omdurman]"
            elif ent.label_ == "GPE" and self._acts_like_a_person(ent):
                # an unknown "place" that meets people or speaks is a person the tagger mislabelled
                index.register(text, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, text, "name"))
            elif (settlement := names_a_settlement(ent)) is not None and (  # "the Russian city of Kovrovsk"
                    (state := settlement_state(settlement, ent, self.gazetteer)) and  # (not "the city of Toledo, Ohio")
                    self._placed_after(doc, ent) is None
                    or ent.label_ not in ("GPE", "LOC", "FAC") and not self.gazetteer.city_state(text)):
                index.add(Mention(ent.start, ent.end, None, "place", place=text, located_in=state))
            elif ent.label_ in ("GPE", "LOC", "FAC") or self.gazetteer.city_state(text):
                # a place, whatever the tagger took it for ("Kharkiv" as a person): it never acts
                town = self.gazetteer.town_state if ent.label_ in ("GPE", "LOC") else self.gazetteer.city_state
                placed = self._placed_after(doc, ent)
                located = town(text) if placed is None else placed or None
                before = doc[ent.start - 1] if ent.start else None
                possessor = index.by_token.get(before.head.i) if before is not None and before.tag_ == "POS" else None
                if located is None and possessor is not None and possessor.actor and index.is_state(possessor.actor):
                    located = possessor.actor  # a place its state owns: "in Syria's Hama province"
                index.add(Mention(ent.start, ent.end, None, "place", place=text, located_in=located))
            elif names_an_installation(ent):
                # a name that only says which installation: "strikes on the Abqaiq processing plant"; in the
                # state of the town that owns it: "Riyadh's King Khalid International Airport"
                owner = doc[ent.start - 1].head if ent.start > 1 and doc[ent.start - 1].tag_ == "POS" else None
                index.add(Mention(ent.start, ent.end, None, "place", place=text, located_in=self.gazetteer.town_state(
                    doc[owner.left_edge.i:owner.i + 1].text) if owner is not None else None))  # "Tel Aviv's"
            elif ent.label_ in ("PERSON", "ORG") and doc[ent.end - 1].lower_ in ARMED_GROUP_WORDS and len(ent) > 1 \
                    and doc[ent.end - 2].text[:1].isupper():
                # "the Iranian-backed Kataib Hezbollah militia": the name before the noun names an armed group
                name = person_name(doc[ent.start + (doc[ent.start].lower_ == "the"):ent.end - 1])
                index.register(name, ActorType.GROUP, surface=name)
                index.add(Mention(ent.start, ent.end, name, "name"))
            elif doc[ent.end - 1].lower_ in INSTRUMENTS and ent.label_ in ("ORG", "PERSON", "LAW") and \
                    ent.root.lower_ not in INSTITUTION_NOUNS:  # (not "the Government of National Accord")
                continue  # a treaty or accord is what states sign, never a party: "the Indus Waters Treaty"
            elif ent.label_ == "ORG" and doc[ent.start].lower_ != "the" and described_as_a_private_person(ent):
                # "[Hyeon Soo Lim]ORG, a Canadian pastor": a name a calling describes is a person's
                index.register(text, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, text, "name"))
            elif ent.label_ == "ORG" or (ent.label_ == "PERSON" and doc[ent.start].lower_ == "the"):
                # a person's name takes no article: "[The Tigray People's Liberation Front]PERSON" is a body
                start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
                if not has_a_capital(doc[start:ent.end]) or bare_description(doc[start:ent.end]):
                    continue  # common nouns are no organisation's name: "the coast guard's use of water cannon"
                name = person_name(doc[start:ent.end])  # "the Communist Party's": its name has no "'s"
                last = ent.end - 1 - (doc[ent.end - 1].tag_ == "POS" and ent.end - 1 > start)  # ("navy['s]")
                state = self.roles.state_specifier(index, doc[last])
                if state and (own_name_after_demonym(doc[start:ent.end], self.gazetteer) or
                              described_as_rebels(doc[start:ent.end])):
                    state = None  # a demonym inside a body's own name: "the ruling [Georgian Dream] party"
                body = doc[start:ent.end]
                organ = doc[last].lower_ in self.gazetteer.organs and not names_a_body_of_its_own(body, self.gazetteer)
                # a body the story tied to its state before, or chaired by one of its people: "the Sovereignty
                # Council, chaired by al-Burhan" acts for Sudan, as "Sudan's Sovereignty Council" did
                state = state or index.notes.get("body:" + name.split("'s ")[-1]) or \
                    chair_state(index, doc[last], self.names.office_holders, self.gazetteer) or \
                    owner_before(doc[start:ent.end], self.gazetteer)
                if state or organ:
                    if state:  # a state organ acts for its state: "Russia's Defense Ministry"
                        index.notes["body:" + name.split("'s ")[-1]] = state
                        index.register(state, ActorType.COUNTRY, surface=ent.text)
                        index.replace(Mention(self.roles.np_start(doc[last]), ent.end, state, "organ"))
                    continue
                index.register(name, ActorType.ORGANIZATION, surface=ent.text)
                index.add(Mention(ent.start, ent.end, name, "name"))
            elif ent.label_ == "PERSON" and has_a_capital(ent):
                index.register(text, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, text, "name"))
        # bare surnames spaCy did not tag at all (a word all in lower case cannot open with a capital)
        for token in tokens_where(doc, IS_LOWER, {0}, first):
            if token.i in index.by_token or token.i in index.consumed or not token.text[:1].isupper():
                continue
            bearer = surnames.get(token.text)
            if bearer is None and token.pos_ in ("PROPN", "NOUN", "ADJ") and token.ent_type_ in NAME_TYPES:
                # "Baerbock travelled to Kyiv"; tagged a common noun or, for its ending, an adjective
                # ("Pezeshkian vowed revenge"), or inside an entity that resolved to nothing ("[Starmer in
                # Downing Street]ORG"), only a holder in office that day
                known = self.names.known_person(token.text, index.date,
                                                in_office=token.pos_ != "PROPN" or bool(token.ent_type_))
                bearer = surnames.local(known) if known else None
            if bearer is not None:  # (or a namesake: "Francesca Albanese")
                add_surname_bearer(index, doc[token.i:token.i + 1], bearer, self.names.is_title_token)

    def _add_facilities(self, index: ActorIndex, doc: Doc, first: int) -> None:
        """A state's base stands for the state: "struck the U.S. Al Udeid air base in Qatar" targets the US."""
        for token in tokens_where(doc, LOWER, FACILITY_HASHES, first):
            if token.lower_ not in FACILITY_NOUNS or token.i in index.by_token or \
                    (token.dep_ == "dobj" and token.head.lemma_.lower() in HOUSING_VERBS):
                continue
            modifiers = [t for t in token.subtree if t.i < token.i and t.dep_ in ("compound", "amod", "nmod", "poss")]
            state = next((m.actor for t in modifiers if (m := index.by_token.get(t.i)) is not None and m.actor
                          and self.gazetteer.is_state(m.actor)), None)
            if state:
                index.register(state, ActorType.COUNTRY)
                index.replace(Mention(self.roles.np_start(token), token.i + 1, state, "organ"))

    def _placed_after(self, doc: Doc, ent: Span) -> str | None:
        """'Munich, Germany': the state the name after a town's comma says it is in; '' for a province or a
        state of a federation ('Birmingham, Alabama', which the world's towns would place in Britain); None
        when no name follows."""
        start = ent.end + 1  # the next entity, read off its tokens (not a scan of doc.ents for every town)
        if start >= len(doc) or doc[ent.end].text != "," or doc[start].ent_iob_ != "B" or \
                doc[start].ent_type_ not in ("GPE", "LOC"):
            return None
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        after = doc[start:end]
        entry = self.gazetteer.lookup(after.text)
        return entry.name if entry is not None and entry.type is ActorType.COUNTRY else \
            self.gazetteer.city_state(after.text) or ""  # ("Khan Younis, Gaza": a known region of its state)

    def _acts_like_a_person(self, ent: Span) -> bool:
        """A place can be visited but not met, phoned or quoted: 'would meet Biden', 'Biden said'."""
        if self.gazetteer.lookup(ent.text) or self.gazetteer.state_of_place(ent.text) or len(ent) > 2:
            return False
        root = ent.root
        while root.dep_ == "conj":
            root = root.head
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "with":
            head, dep = head.head, "dobj"
        else:
            dep = root.dep_
        # a place neither speaks nor meets: "Witkoff and Araghchi met in Rome"
        return head.lemma_.lower() in {"dobj": PERSON_OBJECT_VERBS, "nsubj": PERSON_SUBJECT_VERBS}.get(dep, ())

