"""Groups and people who are not office-holders: a people or faith under arms, a coalition a state leads, a
group described again, and someone close to a person.

"Tigrayan forces" and "Sikh separatists" are Groups named by the whole phrase, never the adjective alone;
"the paramilitary group" is the group named before it; "Navalny's widow" is not Navalny. Applied by
roles.py's pass over the nouns of a document, after names and places.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from diplograph.ingest.constructions import hyphen_prefixes
from diplograph.ingest.field_lexicon import load_agents
from diplograph.ingest.gazetteer import Gazetteer
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts, noun_phrase_start
from diplograph.ingest.token_columns import tokens_where
from diplograph.model import ActorType

# the Phoenix agents' sectors of armed non-state groups: rebels, unidentified armed forces, radicals
ARMED_SECTORS = {"REB", "UAF", "RAD", "INS"}
# nouns that, definite, describe a group or an organisation named before: "the paramilitary group"
GROUP_DESCRIPTIONS = {"group": ActorType.GROUP, "militia": ActorType.GROUP, "movement": ActorType.GROUP,
                      "faction": ActorType.GROUP, "coalition": ActorType.GROUP, "organisation": ActorType.ORGANIZATION,
                      "organization": ActorType.ORGANIZATION, "bloc": ActorType.ORGANIZATION,
                      "grouping": ActorType.ORGANIZATION, "alliance": ActorType.ORGANIZATION,
                      "body": ActorType.ORGANIZATION, "agency": ActorType.ORGANIZATION,
                      "assembly": ActorType.ORGANIZATION, "council": ActorType.ORGANIZATION,
                      "commission": ActorType.ORGANIZATION}
# descriptions whose organisation says so in its name: "the agency" after the International Atomic Energy Agency
# or a UN programme, not after the European Union or a news agency's report
# (and "the assembly", "the council" after a body so named: "urged the assembly" after "the OAS General Assembly")
AGENCY_WORDS = {"agency", "programme", "fund", "office"}
AGENCY_NAMES = {"agency": (*sorted(AGENCY_WORDS), "organization", "organisation"),
                "assembly": ("assembly",), "council": ("council",), "commission": ("commission",),
                "coalition": ("coalition",)}
# descriptions only an organisation of states answers: named anywhere before, not only just before ("the
# 15-nation body")
BLOC_NOUNS = {"bloc", "grouping", "alliance", "body"}
# nouns for a body of states or forces, which a leader's adjective may describe: "the Russian-led CSTO alliance"
BODY_NOUNS = BLOC_NOUNS | {"coalition", "pact", "mission", "force", "organisation", "organization", "union", "group"}
# what an organisation counts its members in: "the 15-nation body", "the 27-member bloc"
MEMBER_NOUNS = {"nation", "member", "country", "state"}
# people close to a person, who are not that person: "Navalny's widow", "Khan's supporters"
ASSOCIATE_NOUNS = {"widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "mother",
                   "father", "family", "relative", "lawyer", "supporter", "follower", "child", "grandson",
                   "nephew", "niece", "cousin", "partner", "opponent", "critic", "rival", "detractor", "foe", "enemy"}
# men under arms, who act for a state when its people names them ('Ethiopian troops'), else are a group
MILITARY_NOUNS = {"forces", "troops", "soldiers", "fighters", "militias", "militants", "rebels", "separatists",
                  "insurgents", "guerrillas", "gunmen", "paramilitaries"}


def bare_description(name: Span) -> bool:
    """'[the Council]ORG', '[the Commission]ORG': a body's generic word the tagger took for a name, which names
    the body told before (GroupResolver.add_group_description), never a body of its own."""
    return name.text.lower() in GROUP_DESCRIPTIONS


class GroupResolver:
    """The group nouns of one gazetteer and the field's agents."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.armed_agents = frozenset(noun for noun, sector in load_agents().items() if sector in ARMED_SECTORS)
        # the names the gazetteer knows an organisation by that call it an agency: "UNRWA" is the UN Relief and
        # Works Agency (not "Organization", which NATO's full name has too)
        self.known_names: dict[str, set[str]] = {}
        for form, entry in gazetteer.names.items():
            if entry.type is ActorType.ORGANIZATION and set(form.split()) & AGENCY_WORDS:
                self.known_names.setdefault(entry.name, set()).add(form)

    def add_group_description(self, index: ActorIndex, doc: Doc, head: Token) -> bool:
        """'the paramilitary group', 'the militia': a definite description of a group refers back to the last
        group named in its sentence or the three before ("... the Rapid Support Forces. Sudanese officials
        accused the paramilitary group of looting"); 'the bloc', 'the regional grouping' to the last
        organisation named before it."""
        wanted = GROUP_DESCRIPTIONS.get(head.lower_)
        # (a common noun in lower case the tagger called a name is still one: "urged [the bloc]NNP to act")
        named_as_noun = head.tag_ == "NN" or head.tag_ == "NNP" and (head.text.islower() or head.lower_ in AGENCY_NAMES)
        if head.lower_ in ("assembly", "council", "commission") and any(c.dep_ == "amod" for c in head.children):
            return False  # a body of a state's own: "the national assembly", "the electoral commission"
        if wanted is None or not named_as_noun or not any(c.lower_ == "the" for c in head.children) or \
                any(c.dep_ in ("poss", "compound", "nmod") and c.lemma_.lower() not in MEMBER_NOUNS or
                    c.pos_ == "PROPN" for c in head.children):
            return False
        window = head.sent.start
        for _ in range(3):
            if window > 0:
                window = doc[window - 1].sent.start
        if head.lower_ in BLOC_NOUNS:
            window = 0  # "the bloc" four paragraphs after ASEAN is still ASEAN
        # not its own clause's subject: "the National Unity Government criticized the bloc"
        verb = head.head if head.dep_ != "pobj" else head.head.head
        own = {m.actor for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
               and (m := index.by_token.get(c.i)) is not None}
        # (the last by place, whatever pass added it: "arming the Houthis ... the group fired", not a coalition
        # named before them but resolved after)
        named = max((m for m in index.mentions if m.actor is not None and window <= m.start < head.i
                     and index.actors[m.actor].type is wanted and m.actor not in own
                     and self._named_as(head, index.actors[m.actor].name, index.actors[m.actor].aliases
                                        | self.known_names.get(m.actor, set()))), key=lambda m: m.start, default=None)
        if named is None or named.actor is None:
            return False
        start = noun_phrase_start(head)
        index.register(named.actor, wanted, surface=doc[start:head.i + 1].text)
        index.replace(Mention(start, head.i + 1, named.actor, "description"))
        return True

    @staticmethod
    def _named_as(head: Token, name: str, aliases: set[str]) -> bool:
        """Whether an organisation's name says what a description calls it ('the agency')."""
        words = AGENCY_NAMES.get(head.lower_)
        return words is None or any(word in form.lower() for word in words for form in (name, *aliases))

    def add_named_group(self, index: ActorIndex, head: Token) -> bool:
        """'Yemen's Houthi movement', 'M23 rebels', 'Hezbollah fighters': a group noun modified by a group's
        name is that group, possessor and all (not Yemen: the Houthis claimed the strikes)."""
        if head.lower_ not in MILITARY_NOUNS and head.lemma_.lower() not in GROUP_DESCRIPTIONS:
            return False
        named = next((m for c in head.children if c.dep_ in ("compound", "amod", "nmod")
                      and (m := index.by_token.get(c.i)) is not None and m.actor is not None
                      and index.actors[m.actor].type is ActorType.GROUP), None)
        if named is None or named.actor is None:
            return False
        start = noun_phrase_start(head)
        index.register(named.actor, ActorType.GROUP, surface=index.doc[start:head.i + 1].text)
        index.replace(Mention(start, head.i + 1, named.actor, "name"))
        return True

    @staticmethod
    def add_led_coalition(index: ActorIndex, head: Token) -> bool:
        """'the Saudi-led coalition', 'the U.S.-led coalition': a coalition a state leads is a Group of its own,
        named so, of that state (it acts for more than its leader: "the coalition pounded Houthi positions"); a
        body named in the phrase is that body ('the Russian-led CSTO military alliance')."""
        led = next((c for c in head.children if c.dep_ == "amod" and c.lower_ == "led"), None)
        named = next((m for c in head.children if c.dep_ in ("compound", "nmod") and (m := index.by_token.get(c.i))
                      is not None and m.actor is not None and index.actors[m.actor].type is ActorType.ORGANIZATION),
                     None)
        if led is not None and named is not None and named.actor is not None and head.lemma_.lower() in BODY_NOUNS:
            # a body its leader's adjective describes is that body: "the Russian-led CSTO military alliance"
            index.replace(Mention(noun_phrase_start(head), head.i + 1, named.actor, "name"))
            return True
        if head.lemma_.lower() != "coalition":
            return False
        leader = next((p for p in hyphen_prefixes(led) if (m := index.by_token.get(p.i)) is not None
                       and m.actor is not None and index.is_state(m.actor)), None) if led is not None else None
        if leader is None:
            return False
        state = index.by_token[leader.i].actor
        name = f"{'U.S.' if state == 'United States' else leader.text}-led coalition"
        start = noun_phrase_start(head)
        index.register(name, ActorType.GROUP, surface=index.doc[start:head.i + 1].text, country=state)
        index.replace(Mention(start, head.i + 1, name, "name"))
        return True

    def add_someone_of(self, index: ActorIndex, head: Token) -> bool:
        """'Navalny's widow', 'Khan's supporters': someone close to a person is not that person; an unnamed
        one, who lends the possessor nothing ("Navalny's widow accused Putin" is no accusation by Navalny)."""
        if head.lemma_.lower() not in ASSOCIATE_NOUNS:
            return False
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        mention = index.by_token.get(owner.i) if owner is not None else None
        if mention is None or mention.actor is None:
            return False  # the tagger may take the person for an organisation: "[Navalny]ORG's widow"
        index.add(Mention(head.i, head.i + 1, None, "unnamed"))
        return True

    def add_people_in_arms(self, index: ActorIndex, doc: Doc, head: Token) -> bool:
        """'Tigrayan forces', 'Kurdish fighters', 'Sikh separatists': a people or faith that is no state, named
        with armed men, is a Group named by the whole phrase; never the adjective alone ('Sikh'), nor a state
        ('Ethiopian troops' act for Ethiopia: an organ)."""
        if head.tag_ not in ("NNS", "NNPS") or not (head.lower_ in self.armed_agents or head.lower_ in MILITARY_NOUNS):
            return False
        people = [c for c in head.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
                  and c.ent_type_ in ("NORP", "ORG") and not self.gazetteer.names_a_state(c.text)
                  and ((m := index.by_token.get(c.i)) is None or m.via == "name")]
        if not people or any(c.dep_ == "poss" for c in head.children):
            return False
        acronym = [c for c in people if c.ent_type_ == "ORG" and c.text.isupper() and len(c.text) > 1]
        if acronym:  # "Kurdish YPG militants": the group the acronym names, whose men the noun counts
            name = doc[min(c.i for c in people):acronym[-1].i + 1].text
            index.register(name, ActorType.GROUP, surface=doc[min(c.i for c in people):head.i + 1].text)
            index.replace(Mention(min(c.i for c in people), head.i + 1, name, "name"))
            return True
        _register_group(index, doc[min(c.i for c in people):head.i + 1])
        return True

    def add_armed_group(self, index: ActorIndex, doc: Doc, head: Token) -> bool:
        """'Palestinian militants', 'Kurdish rebels': a non-state armed group named by its people, a Group
        (not the state: Palestinian militants are not Palestine's government); and 'the Syrian opposition', the
        Phoenix agents' opposition (OPP) named by its people, which is no state either."""
        if (head.lower_ not in self.armed_agents or head.tag_ not in ("NNS", "NNPS")) and not _the_opposition(head):
            return False
        people = [c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"]
        if not people:
            return False
        _register_group(index, doc[min(c.i for c in people):head.i + 1])
        return True


def _the_opposition(head: Token) -> bool:
    """'the Syrian opposition': the camp opposing a government; not 'Turkish opposition to its NATO bid', a state's
    objection."""
    return head.lower_ == "opposition" and head.tag_ == "NN" and head.dep_ != "compound" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "from", "against") for c in head.children)


def _register_group(index: ActorIndex, span: Span) -> None:
    """A group named by a span of the text ('Palestinian militants'): registered and taking its mention."""
    index.register(span.text, ActorType.GROUP, surface=span.text)
    index.replace(Mention(span.start, span.end, span.text, "name"))


# states counted without their names: "Iran and six world powers", "the three military-led governments"
COUNTED_STATES = {"power", "country", "state", "nation", "government", "ally", "neighbour", "neighbor", "signatory",
                  "partner", "member"}
COUNTED_HASHES = {StringStore().add(lemma) for lemma in COUNTED_STATES}  # compared as ints, cheaply
NUMBER_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}


def count_of(token: Token) -> int:
    """The number a noun is counted in ('six world powers': 6), or 0."""
    return next((NUMBER_WORDS.get(c.lower_) or (int(c.text) if c.text.isdigit() else 0)
                 for c in token.children if c.dep_ == "nummod"), 0)


def add_counted_states(index: ActorIndex, doc: Doc, first: int) -> None:
    """'Iran and six world powers struck a deal ... talks between Zarif and his counterparts from the United
    States, Britain, France, Germany, Russia and China': states counted in a number are the list of as many
    states the story gives nearest to them (two are left to coreference.py's 'the two countries')."""
    # cheap first: the lemma's hash, then the count (most stories count no states, or only two)
    counted = [t for t in tokens_where(doc, LEMMA, COUNTED_HASHES, first) if t.tag_ == "NNS"
               and t.i not in index.by_token and t.i not in index.plural and 2 < count_of(t) <= 12]
    if not counted:
        return
    sentences = list(doc.sents)
    numbers = {s.start: n for n, s in enumerate(sentences)}
    for token in counted:
        count = count_of(token)
        # the list may be parsed as the number's own conjuncts: "five regional powers, Japan, China, ..."
        own = [m for t in conjuncts(token)[1:] if (m := index.by_token.get(t.i)) is not None and m.actor]
        if len(own) != count:  # or the rest of a list it is a member of: "Iran and the six powers - the United
            # States, Britain, France, Germany, Russia and China - will resume talks"
            opening = token
            while opening.dep_ == "conj":
                opening = opening.head
            own = [m for t in conjuncts(opening) if t.i > token.i and (m := index.by_token.get(t.i)) is not None
                   and m.actor]
        if len(own) == count:
            index.plural[token.i] = [Mention(token.i, token.i + 1, m.actor, "description") for m in own]
            continue
        here = numbers[token.sent.start]
        fitting = [(abs(numbers[start] - here), numbers[start] < here, members)
                   for start, members in _state_lists(index, sentences[max(0, here - 2):here + 3])
                   if len(members) == count]
        if fitting:
            members = min(fitting, key=lambda f: f[:2])[2]
            index.plural[token.i] = [Mention(token.i, token.i + 1, m.actor, "description") for m in members]


def _state_lists(index: ActorIndex, sentences: list[Span]) -> list[tuple[int, list[Mention]]]:
    """The coordinated lists of three or more states the sentences give, with the sentence each is in."""
    lists: list[tuple[int, list[Mention]]] = []
    for sentence in sentences:
        for token in sentence:
            if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
                continue
            # "Saudi Arabia, [the United Arab Emirates, Bahrain and Egypt]" parsed as an apposition: a list of four
            opening = [token.head] if token.dep_ == "appos" else []
            members = [m for t in opening + conjuncts(token) if (m := index.by_token.get(t.i)) is not None and m.actor]
            states = dict.fromkeys(m.actor for m in members if index.actors[m.actor or ""].type is ActorType.COUNTRY)
            if len(states) >= 3 and len(states) == len(members):
                lists.append((sentence.start, members))
    return lists
