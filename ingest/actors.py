"""Actor resolution: every mention in a parsed document tied to a canonical actor with a type.

Pure: a spaCy Doc and the gazetteer in, an ActorIndex out. The rules, in the order they run:
names and titles, gazetteer forms, remaining entities, roles and state organs; pronouns are
resolved lazily, when a relation needs one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplograph.ingest.gazetteer import Gazetteer, key
from diplograph.model import Actor, ActorType

PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
# words that stand at the head of a role description ("Ukraine's foreign minister", "the Russian leader")
HEAD_OF_STATE_OFFICES = {"president", "prime minister", "chancellor", "leader", "king", "queen", "premier",
                         "supreme leader", "emir"}
# lower-case particles inside names: "Ursula von der Leyen", "Abdul Ghani bin Salman"
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "dos", "del", "la", "le", "al", "el", "bin",
                  "ibn", "ben"}
# verbs whose object is a person, not a place; verbs whose subject speaks
PERSON_OBJECT_VERBS = {"meet", "phone", "telephone", "thank", "congratulate", "host", "receive", "greet",
                       "sit", "talk", "speak", "confer"}
SPEECH_VERBS = {"say", "tell", "add", "insist", "argue", "claim", "reply", "note", "warn", "stress"}
# offices whose unnamed holder represents the state itself
DIPLOMATIC_OFFICES = {"ambassador", "envoy", "special envoy", "charge d'affaires"}
# nouns for a state's territory: "troops on Ukraine's borders" targets Ukraine
TERRITORY_NOUNS = {"border", "borders", "frontier", "territory", "soil", "coast", "waters", "airspace"}
CLAUSE_DEPS = {"advcl", "ccomp", "xcomp", "relcl", "acl", "pcomp", "conj", "parataxis", "csubj"}


@dataclass
class Mention:
    """A span that refers to an actor (or, for a capital or city, possibly only to a place)."""

    start: int
    end: int
    actor: str | None
    via: str  # name | surname | gazetteer | metonymy | demonym | organ | role | description | pronoun | place
    place: str | None = None  # the place name when the span can also be read as a location

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


@dataclass
class ActorRecord:
    name: str
    type: ActorType
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    roles: set[str] = field(default_factory=set)

    def freeze(self) -> Actor:
        return Actor(name=self.name, type=self.type, aliases=frozenset(self.aliases - {self.name}),
                     country=self.country, roles=frozenset(self.roles))


@dataclass
class ActorIndex:
    doc: Doc
    gazetteer: Gazetteer
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    consumed: set[int] = field(default_factory=set)  # title tokens: part of a person's mention, not actors
    plural: dict[int, list[Mention]] = field(default_factory=dict)  # "the foreign ministers of A and B"

    # ------------------------------------------------------------------ registry
    def register(self, name: str, actor_type: ActorType, surface: str | None = None,
                 country: str | None = None, role: str | None = None) -> ActorRecord:
        record = self.actors.get(name)
        if record is None:
            record = self.actors[name] = ActorRecord(name, actor_type)
        elif record.type is not ActorType.PERSON and actor_type is ActorType.PERSON:
            record.type = ActorType.PERSON
        if surface:
            record.aliases.add(surface)
        if country and country != name and not record.country:
            record.country = country
        if role:
            record.roles.add(role)
        return record

    def add(self, mention: Mention) -> None:
        if any(i in self.by_token for i in range(mention.start, mention.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.by_token[i] = mention

    def replace(self, mention: Mention) -> None:
        """A role or organ phrase absorbs the specifiers inside it: 'Ukraine's leader', 'Russian diplomats'."""
        inside = {id(m) for i in range(mention.start, mention.end) if (m := self.by_token.get(i))}
        self.mentions = [m for m in self.mentions if id(m) not in inside]
        for i in [i for i, m in self.by_token.items() if id(m) in inside]:
            del self.by_token[i]
        self.add(mention)

    def at(self, token: Token) -> Mention | None:
        mention = self.by_token.get(token.i)
        if mention is None and token.lower_ in PERSONAL_PRONOUNS | NEUTER_PRONOUNS:
            mention = self.resolve_pronoun(token)
        return mention

    def frozen(self) -> dict[str, Actor]:
        return {name: record.freeze() for name, record in self.actors.items()}

    # ------------------------------------------------------------------ pronouns
    def _previous(self, before: int, want_person: bool) -> list[Mention]:
        found = []
        for mention in self.mentions:
            if mention.end > before or mention.actor is None or mention.via == "place":
                continue
            is_person = self.actors[mention.actor].type in (ActorType.PERSON, ActorType.ROLE)
            if is_person == want_person:
                found.append(mention)
        return found

    def _subject_mention(self, verb: Token, want_person: bool) -> Mention | None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                mention = self.by_token.get(child.i) or self._organ_or_possessor(child)
                if mention and mention.actor:
                    is_person = self.actors[mention.actor].type in (ActorType.PERSON, ActorType.ROLE)
                    if is_person == want_person:
                        return mention
        return None

    def _organ_or_possessor(self, token: Token) -> Mention | None:
        for child in token.children:
            if child.dep_ == "poss" and child.i in self.by_token:
                return self.by_token[child.i]
        return None

    def resolve_pronoun(self, pronoun: Token) -> Mention | None:
        """Salience-ranked antecedents: the clause's subject, the main clause's, the previous sentence's."""
        want_person = pronoun.lower_ in PERSONAL_PRONOUNS
        sentence = pronoun.sent
        clause = pronoun.head
        candidates: list[Mention | None] = []
        if pronoun.dep_ == "poss":
            # possessive: bound by its own clause's subject ("Lavrov replied that his ministry ...")
            verb = clause
            while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
                verb = verb.head
            candidates.append(self._subject_mention(verb, want_person))
        if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
            # subject of a subordinate clause: the main clause's subject ("Scholz ..., after he sat down")
            candidates.append(self._subject_mention(sentence.root, want_person))
        excluded: set[str] = set()
        if pronoun.dep_ in ("dobj", "pobj", "dative"):
            # an object pronoun is not its own clause's subject ("Zelensky ... thanked him")
            verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
            own = self._subject_mention(verb, want_person)
            if own is None and verb.dep_ == "conj":
                own = self._subject_mention(verb.head, want_person)
            if own and own.actor:
                excluded.add(own.actor)
        if sentence.start > 0:
            previous = self.doc[sentence.start - 1].sent
            candidates.append(self._subject_mention(previous.root, want_person))
        earlier = [m for m in self._previous(pronoun.i, want_person) if m.actor not in excluded]
        if earlier:
            candidates.append(earlier[-1])
        for candidate in candidates:
            if candidate is not None and candidate.actor not in excluded and candidate.start < pronoun.i:
                return Mention(pronoun.i, pronoun.i + 1, candidate.actor, "pronoun")
        return None


def person_name(span: Span) -> str:
    text = span.text.replace("\u2019", "'")
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text.strip()


class ActorResolver:
    """Builds an ActorIndex for one document; one instance per (vocab, gazetteer)."""

    def __init__(self, nlp_vocab, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp_vocab, attr="ORTH")
        # cased forms as written in the data files (so the pronoun "us" is not the US), with "The" variants
        self._cased = {form: key(form) for form in self._all_cased_forms()}
        patterns = [_tokenize(nlp_vocab, form) for form in sorted(self._cased)]
        self.matcher.add("GAZETTEER", patterns)
        descriptions = [_tokenize(nlp_vocab, f"{article} {form}") for form in gazetteer.descriptions
                        for article in ("the", "The")]
        self.matcher.add("DESCRIPTION", descriptions)
        self.title_words = {word for title in gazetteer.titles for word in title.split()} | {"of"}
        self.title_tokens = frozenset(self.title_words | {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
        self.offices = sorted(gazetteer.titles, key=lambda t: -len(t.split()))

    def _all_cased_forms(self) -> set[str]:
        from diplograph.ingest.datafiles import read_table, split_list

        forms: set[str] = set()
        for row in read_table("countries.tsv"):
            forms.add(row["name"])
            for column in ("aliases", "capitals", "seats"):
                forms.update(split_list(row[column]))
        for row in read_table("organizations.tsv"):
            forms.update([row["name"], *split_list(row["aliases"])])
        for row in read_table("groups.tsv"):
            forms.update([row["name"], *split_list(row["aliases"])])
        forms.update(entry.name for entry in self.gazetteer.names.values() if entry.type is ActorType.COUNTRY)
        expanded = set()
        for form in forms:
            expanded.add(form)
            if form.startswith("the "):
                expanded.add("The " + form[4:])
        return {form for form in expanded if form.strip()}

    # ------------------------------------------------------------------ the pass
    def resolve(self, doc: Doc, body_start: int = 0) -> ActorIndex:
        index = ActorIndex(doc=doc, gazetteer=self.gazetteer)
        first = next((t.i for t in doc if t.idx >= body_start), len(doc))
        people = self._people(doc, first)
        surnames = self._surname_table(people)
        full_names = [person_name(span) for span in people if len(span) > 1]
        for span in people:
            self._add_person(index, doc, span, surnames, full_names)
        self._add_gazetteer_matches(index, doc, first, surnames)
        self._add_entities(index, doc, first, surnames)
        self._add_roles_and_organs(index, doc, first)
        index.mentions.sort(key=lambda m: m.start)
        return index

    def _people(self, doc: Doc, first: int) -> list[Span]:
        """Person names, titles stripped, a name the tagger cut short completed ('Espen Barth' + 'Eide')."""
        spans = []
        for ent in doc.ents:
            if ent.start < first or ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
                continue
            start = ent.start
            if ent.label_ != "PERSON":
                # the tagger sometimes swallows a titled name whole ("[German Chancellor Olaf Scholz]ORG")
                # or mislabels the name after a title ("Chancellor [Olaf Scholz]ORG"): a title names a person
                titles = [t.i for t in ent if t.lower_ in self.title_words and t.lower_ != "of"]
                if titles and titles[-1] < ent.end - 1:
                    start = titles[-1] + 1
                elif not titles and ent.start > 0 and self._is_title_token(doc[ent.start - 1]) \
                        and doc[ent.start - 1].lower_ != "of" and self.gazetteer.lookup(ent.text) is None:
                    start = ent.start
                elif not titles and ent.root.dep_ == "appos" and self._office_of(ent.root.head) \
                        and self.gazetteer.lookup(ent.text) is None:
                    start = ent.start  # the holder of an office in apposition: "Germany's chancellor, Olaf Scholz"
                else:
                    continue
                if any(t.pos_ != "PROPN" or t.lower_ in self.gazetteer.organs for t in doc[start:ent.end]):
                    continue
            while start < ent.end - 1 and self._is_title_token(doc[start]):
                start += 1
            end = ent.end
            while end < len(doc):
                # a name the tagger cut short: "[Espen Barth] Eide", "[Ursula von] der Leyen"
                token = doc[end]
                if token.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                    end += 2
                elif token.lower_ in NAME_PARTICLES and end + 2 < len(doc) and \
                        doc[end + 1].lower_ in NAME_PARTICLES and doc[end + 2].text[:1].isupper():
                    end += 3
                elif token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") and \
                        token.lower_ not in self.title_words and token.text[:1].isupper():
                    end += 1
                else:
                    break
            if doc[start:end][-1].lower_ in NAME_PARTICLES:
                end -= 1
            if doc[end - 1].text in ("'s", "'", "\u2019s"):
                end -= 1
            text = doc[start:end].text
            if end > start and self.gazetteer.lookup(text) is None and self.gazetteer.state_of_place(text) is None:
                spans.append(doc[start:end])
        # a title names a person even where the tagger saw no name: "King Mohammed VI", "Emir Tamim"
        taken = {i for span in spans for i in range(span.start, span.end)}
        for token in doc:
            if token.i < first:
                continue
            if not self._is_title_token(token) or token.lower_ == "of" or token.i + 1 >= len(doc):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and \
                    doc[end].text[:1].isupper() and not self._is_title_token(doc[end]) and end not in taken:
                end += 1
            if end > token.i + 1 and self.gazetteer.lookup(doc[token.i + 1:end].text) is None:
                spans.append(doc[token.i + 1:end])
                taken.update(range(token.i + 1, end))
        return sorted(spans, key=lambda span: span.start)

    def _is_title_token(self, token: Token) -> bool:
        return token.lower_ in self.title_tokens

    @staticmethod
    def _surname_table(people: list[Span]) -> dict[str, str]:
        """Short forms of full names seen in the document: 'Lavrov' -> 'Sergey Lavrov' (first full name wins)."""
        table: dict[str, str] = {}
        for span in people:
            if len(span) < 2:
                continue
            full = person_name(span)
            table.setdefault(span[-1].text, full)
            table.setdefault(span[0].text, full)  # family name first: "Xi" of "Xi Jinping"
        return table

    def _add_person(self, index: ActorIndex, doc: Doc, span: Span, surnames: dict[str, str],
                    full_names: list[str]) -> None:
        name = person_name(span)
        if len(span) == 1 and span[0].text in surnames:
            name, via = surnames[span[0].text], "surname"
        else:
            via = "name"
            # a multi-word short form: "Von der Leyen" of "Ursula von der Leyen"
            longer = [full for full in full_names if len(full) > len(name)
                      and full.lower().endswith(" " + name.lower())]
            if longer:
                name, via = longer[0], "surname"
        record = index.register(name, ActorType.PERSON, surface=person_name(span))
        index.add(Mention(span.start, span.end, name, via))
        self._peel_title(index, doc, span, record)

    def _peel_title(self, index: ActorIndex, doc: Doc, span: Span, record: ActorRecord) -> None:
        """Titles before a name are facts about the person: 'German Chancellor Olaf Scholz'."""
        sentence_start = span.sent.start
        j = span.start - 1
        words: list[Token] = []
        while j >= sentence_start:
            token = doc[j]
            lower = token.lower_
            if lower in self.title_words or self.gazetteer.demonym_state(token.text) or \
                    self.gazetteer.lookup(token.text) or token.text in (".",):
                words.insert(0, token)
                j -= 1
                continue
            break
        while words and words[0].lower_ == "of":
            words.pop(0)
        text = " ".join(t.lower_ for t in words)
        office = next((self.gazetteer.titles[t] for t in self.offices if f" {t} " in f" {text} "), None)
        if words and office is not None:
            for token in words:
                index.consumed.add(token.i)
            if office:
                record.roles.add(office)
                index.register(record.name, record.type, surface=doc[words[0].i:span.end].text)
            for token in words:
                state = self.gazetteer.demonym_state(token.text)
                entry = self.gazetteer.lookup(token.text)
                if entry and entry.type is ActorType.COUNTRY:
                    state = entry.name
                if state and not record.country:
                    record.country = state
                if entry is not None:
                    # "NATO Secretary General ...": the organisation is mentioned, later "the alliance"
                    index.register(entry.name, entry.type, surface=token.text)
        # "Foreign Minister Zbigniew Rau of Poland"
        after = span.end
        if after + 1 < len(doc) and doc[after].lower_ == "of":
            entry = self.gazetteer.lookup(doc[after + 1].text)
            if entry and entry.type is ActorType.COUNTRY and not record.country:
                record.country = entry.name

    def _add_gazetteer_matches(self, index: ActorIndex, doc: Doc, first: int, surnames: dict[str, str]) -> None:
        spans = []
        for match_id, start, end in self.matcher(doc):
            if start < first or any(i in index.consumed for i in range(start, end)):
                continue
            span = doc[start:end]
            label = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=label))
        for span in filter_spans(spans):
            if any(i in index.by_token for i in range(span.start, span.end)):
                continue
            text = span.text
            if span.label_ == "DESCRIPTION":
                # a definite description refers back: "the alliance" after NATO
                org = self.gazetteer.descriptions[key(text)]
                if org in index.actors:
                    index.register(org, index.actors[org].type, surface=text)
                    index.add(Mention(span.start, span.end, org, "description"))
                continue
            if len(span) == 1 and span.end < len(doc) and doc[span.end].pos_ == "PROPN" and \
                    doc[span.end].ent_iob_ == "I":
                continue  # part of a longer name: "West Bank", "Washington Post"
            if text in surnames:
                continue
            entry = self.gazetteer.lookup(text)
            state = self.gazetteer.state_of_place(text)
            if entry is not None:
                index.register(entry.name, entry.type, surface=text)
                # a state named after "in" is also a place: "strikes against targets in Yemen"
                place = text if entry.type is ActorType.COUNTRY else None
                index.add(Mention(span.start, span.end, entry.name, "gazetteer", place=place))
            elif state is not None:
                index.register(state, ActorType.COUNTRY, surface=text)
                place = text[4:] if text.lower().startswith("the ") else text
                index.add(Mention(span.start, span.end, state, "metonymy", place=place))

    def _add_entities(self, index: ActorIndex, doc: Doc, first: int, surnames: dict[str, str]) -> None:
        for ent in doc.ents:
            if ent.start < first or any(i in index.by_token or i in index.consumed
                                        for i in range(ent.start, ent.end)):
                continue
            text = person_name(ent)
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and text in surnames:
                # spaCy mislabels surnames ("Lavrov" as ORG): the earlier full name wins
                name = surnames[text]
                index.register(name, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, name, "surname"))
            elif ent.label_ == "NORP":
                state = self.gazetteer.demonym_state(text)
                if state:
                    index.register(state, ActorType.COUNTRY)
                    index.add(Mention(ent.start, ent.end, state, "demonym"))
            elif ent.label_ == "GPE" and self._acts_like_a_person(ent):
                # an unknown "place" that meets people or speaks is a person the tagger mislabelled
                index.register(text, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, text, "name"))
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                index.add(Mention(ent.start, ent.end, None, "place", place=text))
            elif ent.label_ == "ORG":
                start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
                name = doc[start:ent.end].text
                state = self._state_specifier(index, doc[ent.end - 1])
                if state or doc[ent.end - 1].lower_ in self.gazetteer.organs:
                    if state:  # a state organ acts for its state: "Russia's Defense Ministry"
                        index.register(state, ActorType.COUNTRY, surface=ent.text)
                        index.replace(Mention(self._np_start(doc[ent.end - 1]), ent.end, state, "organ"))
                    continue
                index.register(name, ActorType.ORGANIZATION, surface=ent.text)
                index.add(Mention(ent.start, ent.end, name, "name"))
            elif ent.label_ == "PERSON":
                index.register(text, ActorType.PERSON, surface=text)
                index.add(Mention(ent.start, ent.end, text, "name"))
        # bare surnames spaCy did not tag at all
        for token in doc:
            if token.i < first:
                continue
            if token.i not in index.by_token and token.text in surnames and token.text[:1].isupper():
                name = surnames[token.text]
                index.register(name, ActorType.PERSON, surface=token.text)
                index.add(Mention(token.i, token.i + 1, name, "surname"))

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
        if dep == "dobj":
            return head.lemma_.lower() in PERSON_OBJECT_VERBS
        if dep == "nsubj":
            return head.lemma_.lower() in SPEECH_VERBS
        return False

    def _np_start(self, head: Token) -> int:
        return min(t.i for t in head.subtree if t.i <= head.i and t.dep_ != "prep") if head.dep_ != "ROOT" \
            else head.i

    def _state_specifier(self, index: ActorIndex, head: Token) -> str | None:
        """The state a noun phrase belongs to: possessor, demonym or 'of' object ('Russia's', 'Russian')."""
        for child in head.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") or (child.dep_ == "det" and child.tag_ == "PRP$"):
                mention = index.by_token.get(child.i)
                if mention is None and child.dep_ == "poss":
                    for grandchild in child.subtree:
                        mention = index.by_token.get(grandchild.i) or mention
                if mention and mention.actor and self._is_state(index, mention.actor):
                    return mention.actor
                if child.lower_ in ("his", "her") and head.lower_ in self.gazetteer.organs:
                    # "his government": the state of the person it refers back to
                    owner = index.resolve_pronoun(child)
                    country = index.actors[owner.actor].country if owner and owner.actor else None
                    if country:
                        return country
                state = self.gazetteer.demonym_state(child.text)
                if state:
                    return state
            if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "from" and
                                                                  head.lower_ in self.gazetteer.organs)):
                # "the foreign minister of Poland", "a delegation from Iran"
                for pobj in child.children:
                    mention = index.by_token.get(pobj.i)
                    if mention and mention.actor and self._is_state(index, mention.actor):
                        return mention.actor
        return None

    def _is_state(self, index: ActorIndex, name: str) -> bool:
        record = index.actors.get(name)
        return record is not None and record.type is ActorType.COUNTRY

    def _office_of(self, head: Token) -> str | None:
        words = [t.lower_ for t in head.lefts if t.dep_ == "compound" or (t.dep_ == "amod" and t.lower_ in
                                                                           self.title_words)]
        words.append(head.lemma_.lower() if head.tag_ == "NNS" else head.lower_)
        for length in range(min(len(words), 4), 0, -1):  # the longest title the phrase ends with
            office = self.gazetteer.titles.get(" ".join(words[-length:]))
            if office:
                return office
        return None

    def _add_roles_and_organs(self, index: ActorIndex, doc: Doc, first: int) -> None:
        for token in doc:
            if token.i < first:
                continue
            if token.i in index.by_token or token.i in index.consumed or token.pos_ not in ("NOUN", "PROPN"):
                continue
            lower = token.lower_
            if lower in self.gazetteer.organs or token.lemma_.lower() in self.gazetteer.organs:
                state = self._state_specifier(index, token)
                if state:  # "Russian diplomats", "Iran's foreign ministry" act for their state
                    index.register(state, ActorType.COUNTRY, surface=doc[self._np_start(token):token.i + 1].text)
                    index.replace(Mention(self._np_start(token), token.i + 1, state, "organ"))
                continue
            if lower in TERRITORY_NOUNS:
                state = self._state_specifier(index, token)
                if state:
                    index.register(state, ActorType.COUNTRY)
                    index.replace(Mention(self._np_start(token), token.i + 1, state, "organ"))
                continue
            office = "counterpart" if lower == "counterpart" else self._office_of(token)
            if office is None:
                continue
            if office in DIPLOMATIC_OFFICES:
                state = self._state_specifier(index, token)
                if state:  # an unnamed envoy stands for the state: "summoned the Russian ambassador"
                    index.register(state, ActorType.COUNTRY, surface=doc[self._np_start(token):token.i + 1].text)
                    index.replace(Mention(self._np_start(token), token.i + 1, state, "organ"))
                continue
            if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
                continue  # a title before a name, already peeled
            self._add_role(index, doc, token, office)

    def _add_plural_role(self, index: ActorIndex, doc: Doc, head: Token, office: str) -> bool:
        """'the foreign ministers of Russia and Ukraine': one office holder per state."""
        states = [index.by_token[t.i].actor for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                  for pobj in c.children if pobj.dep_ == "pobj" for t in conjuncts(pobj)
                  if t.i in index.by_token and self._is_state(index, index.by_token[t.i].actor or "")]
        if head.tag_ != "NNS" or len(states) < 2:
            return False
        holders = []
        for state in states:
            name = self._office_holder(index, office, state) or f"{state}'s {office}"
            if name not in index.actors:
                index.register(name, ActorType.ROLE, country=state, role=office)
            holders.append(Mention(head.i, head.i + 1, name, "role"))
        index.plural[head.i] = holders
        return True

    def _add_role(self, index: ActorIndex, doc: Doc, head: Token, office: str) -> None:
        if self._add_plural_role(index, doc, head, office):
            return
        state = self._state_specifier(index, head)
        if office == "counterpart":
            # "his Italian counterpart": the possessor's office, in another state
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            owner_mention = index.at(owner) if owner is not None else None
            if owner_mention is None or owner_mention.actor is None:
                return
            roles = index.actors[owner_mention.actor].roles
            if not roles:
                return
            office = sorted(roles)[0]
        start = self._np_start(head)
        named = next((index.by_token[c.i] for c in head.children if c.dep_ == "appos" and c.i in index.by_token
                      and index.actors[index.by_token[c.i].actor or ""].type is ActorType.PERSON), None) \
            if any(c.dep_ == "appos" for c in head.children) else None
        if named is not None and named.actor is not None:
            # a role with its holder in apposition: "Iran's supreme leader, Ayatollah Ali Khamenei"
            index.register(named.actor, ActorType.PERSON, surface=doc[start:head.i + 1].text, country=state,
                           role=office)
            index.replace(Mention(start, head.i + 1, named.actor, "role"))
            return
        if state:
            person = self._office_holder(index, office, state)
            surface = doc[start:head.i + 1].text
            if person:
                index.register(person, ActorType.PERSON, surface=surface)
                index.replace(Mention(start, head.i + 1, person, "role"))
            else:
                name = f"{state}'s {office}"
                index.register(name, ActorType.ROLE, surface=surface, country=state, role=office)
                index.replace(Mention(start, head.i + 1, name, "role"))
            return
        if any(c.lower_ == "the" for c in head.lefts):
            # a definite description names the last-mentioned holder: "the foreign minister argued"
            holder = self._office_holder(index, office, None, before=head.i)
            if holder:
                index.register(holder, index.actors[holder].type, surface=doc[start:head.i + 1].text)
                index.replace(Mention(start, head.i + 1, holder, "role"))

    def _office_holder(
        self, index: ActorIndex, office: str, state: str | None, before: int | None = None
    ) -> str | None:
        offices = HEAD_OF_STATE_OFFICES if office in HEAD_OF_STATE_OFFICES else {office}
        for mention in sorted(index.mentions, key=lambda m: m.start, reverse=True):
            if mention.actor is None or (before is not None and mention.start >= before):
                continue
            record = index.actors[mention.actor]
            if record.type not in (ActorType.PERSON, ActorType.ROLE) or not (record.roles & offices):
                continue
            if state is None or record.country == state:
                return record.name
        return None


def conjuncts(token: Token) -> list[Token]:
    """A token and its coordinated siblings: 'the United States and Britain'."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj":
            found.extend(conjuncts(child))
    return found


def _tokenize(vocab, text: str) -> Doc:
    from spacy.lang.en import English

    global _TOKENIZER
    if _TOKENIZER is None or _TOKENIZER.vocab is not vocab:
        _TOKENIZER = English(vocab=vocab).tokenizer
    return _TOKENIZER(text)


_TOKENIZER = None
