"""When and where: the date and place an event's own clause gives, else its governing clause's.

"a day after he sat down with ... in Kyiv": the after-clause is dated against the main event.
A clause with no time expression takes the document's date (news reports the day's events).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from spacy.tokens import Span, Token

from diplograph.ingest.coordination import first_conjunct
from diplograph.ingest.gazetteer import SETTLEMENTS
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.timex import When, day_offset, resolve_date, resolve_when
from diplograph.model import DatePrecision

BOUNDARY_DEPS = {"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj", "conj", "xcomp", "pcomp"}
PLACE_PREPOSITIONS = {"in", "at"}
PLACE_KINDS = SETTLEMENTS | {"resort", "capital", "outskirts", "suburb", "suburbs"}
# what a meeting is about is not where it is: "talks on the situation in Ukraine"
TOPIC_PREPOSITIONS = {"on", "about", "over", "regarding", "concerning", "of", "for", "against", "into"}
# nor is what it is timed by: "the first visit since the conflict in eastern Ukraine erupted"
TIMING_PREPOSITIONS = {"since", "until", "till"}
SPANS_OF_TALKS = {"minute", "hour", "day", "week", "round", "session"}
GOVERNED_DEPS = {"xcomp", "advcl", "conj"}


def _belongs_to(token: Token, head: Token) -> bool:
    """True when token hangs off head without crossing into another clause."""
    node = token
    for _ in range(20):
        if node.i == head.i:
            return True
        if node.head.i == node.i or _crosses_clause(node):
            return False
        node = node.head
    return False


def governors(head: Token, for_place: bool = False) -> list[Token]:
    """The clause itself, then clauses it depends on for its time and place ('was in Moscow to meet').

    A simultaneous clause shares the main clause's time but not its place: "Rau was in Moscow, while
    Ukraine's foreign minister hosted his Italian counterpart" (in Kyiv)."""
    chain = [head]
    node = head
    where_or_when = head.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in head.children)
    if (head.dep_ == "acl" and head.tag_ in ("VBN", "VBG")) or where_or_when:
        # "a deal brokered by China", "In November, Trump signed an order targeting ..." are dated by the clause
        # the noun is in; so is a relative clause on a place or time: "On March 3 she travelled to Kyiv, where
        # she met Kuleba"
        noun = head.head
        while noun.dep_ in ("pobj", "prep", "dobj", "appos") and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ in ("VERB", "AUX"):
            chain.append(noun)
            node = noun
    while node.dep_ in GOVERNED_DEPS and node.head.i != node.i and len(chain) < 4:
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        simultaneous = not for_place and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                                             for c in node.children)
        if node.dep_ == "advcl" and not (purpose or simultaneous or node.tag_ == "VBG"):
            break  # purpose, simultaneous ("as the two met") and participial clauses share the main clause's time
        node = node.head
        chain.append(node)
    if node.i != head.i and node.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in node.children):
        # "in 2020, when Ankara sent a ship and Athens accused its neighbour": the conjunct's time too
        noun = node.head
        while noun.dep_ in ("pobj", "prep", "dobj", "appos") and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ in ("VERB", "AUX") and len(chain) < 5:
            chain.append(noun)
    return chain


def complements(head: Token) -> list[Token]:
    """The non-finite complements of a past clause, which name when it happened when it names no time itself:
    'had ordered the envoy to leave the country in August', 'had accused Addis Ababa of violating its
    sovereignty in January'."""
    if head.tag_ not in ("VBD", "VBN", "VBG"):  # "travelling to the Kremlin to meet Putin in January"
        return []
    found = [c for c in head.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    found += [c for c in head.children if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children)]  # purpose
    found += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pcomp" and p.tag_ == "VBG"]
    return found


def coordinated(head: Token) -> list[Token]:
    """Verbs coordinated with the clause, which share a trailing time adjunct: "expelled the ambassador and
    ordered the consulates closed on Thursday"."""
    if head.pos_ not in ("VERB", "AUX"):
        return []
    siblings = [c for c in head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        siblings.append(head.head)
    return siblings


def _relative_anchor(head: Token) -> tuple[Token, int] | None:
    """'a day after he sat down': the governing clause and the signed day offset."""
    node = head
    for _ in range(3):
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in ("after", "before"):
            prep = node.head
            # the measure may head the phrase: "met Abbas on Tuesday, [a day] after talks with Netanyahu"
            measure = next((c for c in prep.children if c.dep_ in ("npadvmod", "advmod", "nummod")), None) or (
                prep.head if prep.head.dep_ == "npadvmod" else None)
            words = [t.text for t in measure.subtree if t.i < prep.i] if measure is not None else []
            offset = day_offset(" ".join(words)) if words else None
            if offset is None:
                return None
            sign = -1 if prep.lower_ == "after" else 1
            return prep.head.head if measure is not None and measure.i == prep.head.i else prep.head, sign * offset
        if node.dep_ == "advcl":
            mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
            if mark is None:
                return None
            measure = next((c for c in node.children if c.dep_ == "npadvmod"), None)
            offset = day_offset(" ".join(t.text for t in measure.subtree)) if measure is not None else None
            if offset is None:
                return None
            return node.head, (-1 if mark.lower_ == "after" else 1) * offset
        node = node.head
    return None


def dates_another_thing(date: Token, trigger: Token | None) -> bool:
    """'would suspend a 2018 military pact': a date modifying a noun dates that thing, not the event; unless
    the noun is the event ('Monday's talks'); nor does the bound of a stretch of time ('since 2005')."""
    if date.dep_ == "pobj" and date.head.lower_ in SPAN_BOUNDS:
        return True  # "the first visit by a Chinese leader since 2005" was not in 2005
    if date.head.lower_ in DAY_PARTS and date.head.i != date.i:  # "on Monday evening" is as its evening is
        return dates_another_thing(date.head, trigger)
    # (a possessive dates what it owns however that is parsed: "next month's election peaceful")
    return (date.dep_ == "poss" or date.dep_ in ("compound", "nummod", "amod") and date.head.pos_ in (
        "NOUN", "PROPN")) and (trigger is None or date.head.i != trigger.i)


# parts of a day a date may name: "on Monday evening" is Monday
DAY_PARTS = {"morning", "afternoon", "evening", "night", "midday", "noon"}
# prepositions that bound a stretch of time the event is not at: "since 2005", "until 2030"; and deadlines:
# "asked India to withdraw its troops by March 15"
SPAN_BOUNDS = {"since", "until", "till", "through", "by", "before"}


def event_date(head: Token, dates: list[Span], document_date: dt.date | None, looking_ahead: bool,
               reference: dt.date | None = None, depth: int = 0, trigger: Token | None = None,
               target: Token | None = None) -> When | None:
    """The clause's own date, else one relative to its governing clause, else the reference time.

    target is where the clause names the event's target (target_token): of days told after one another, the one
    after it is its own.
    The reference time is the last day the story named before this sentence (narrative time:
    "Biden made a surprise visit to Kyiv on Monday. Biden met Zelenskyy ..." is Monday too);
    without one, the document's date.
    """
    measured = _relative_anchor(trigger) if depth == 0 and trigger is not None and trigger.i != head.i else None
    if measured is not None:  # an encounter told as a noun, timed from its clause: "a day after a call with Biden"
        anchor = event_date(measured[0], dates, document_date, looking_ahead, reference, 1)
        if anchor is not None and anchor.precision is DatePrecision.DAY:
            return When(anchor.date + dt.timedelta(days=measured[1]))
    if depth == 0 and head.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in head.children) and \
            not any(_belongs_to(ent.root, head) for ent in dates):
        # "... and then to Israel on Wednesday, where he met Netanyahu": the parser hangs the clause on the day
        # (not "where on Friday he met Netanyahu": its own day)
        for ent in dates:
            if ent.root.i == head.head.i and (resolved := resolve_when(ent.text, document_date, looking_ahead)):
                return resolved
    if depth == 0 and target is not None and any(t.dep_ == "conj" for t in _path_up(target, head)):
        # "travelled to Egypt on Monday and then to Israel on Wednesday": each leg the day after it (not "accused
        # Russia on Tuesday of an attack on Sunday": no leg of a list)
        own = sorted((ent for ent in dates if _belongs_to(ent.root, head)
                      and not dates_another_thing(ent.root, trigger)), key=lambda ent: ent.start)
        after = [ent for ent in own if ent.start > target.i]
        if after and len(after) < len(own) and (resolved := resolve_when(after[0].text, document_date, looking_ahead)):
            return resolved
    for clause in [*governors(head), *coordinated(head)]:
        # a governing clause looks ahead only when it is itself future: "pledged on Tuesday to deepen"
        # ("is expected to travel on Saturday to meet": an infinitive looks ahead with the event)
        ahead = looking_ahead and (clause.i == head.i or any(
            c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "to") for c in clause.children))
        for ent in dates:
            if _belongs_to(ent.root, clause) and not dates_another_thing(ent.root, trigger):
                resolved = resolve_when(ent.text, document_date, ahead)
                if resolved is not None:
                    return resolved
    if not looking_ahead:
        for clause in complements(head):
            for ent in dates:
                if _belongs_to(ent.root, clause) and not dates_another_thing(ent.root, trigger):
                    resolved = resolve_when(ent.text, document_date, False)
                    if resolved is not None:
                        return resolved
    relative = _relative_anchor(head)
    if relative is not None and depth < 3:
        anchor_head, offset = relative
        anchor = event_date(anchor_head, dates, document_date, looking_ahead, reference, depth + 1)
        if anchor is not None and anchor.precision is DatePrecision.DAY:
            return When(anchor.date + dt.timedelta(days=offset))
    if reference is not None and not looking_ahead:
        return When(reference)
    return When(document_date) if document_date is not None else None


def day_told(head: Token, index: ActorIndex) -> dt.date | None:
    """Who held an office is asked on the day the clause tells of, when it names its year: "the leaders of Egypt,
    Ethiopia and Sudan signed a declaration in March 2015" are 2015's leaders, not the story's; else its date."""
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for verb in governors(clause):
        for ent in index.dates(head.sent.ents):
            if _belongs_to(ent.root, verb) and not dates_another_thing(ent.root, verb) and \
                    ent.root.head.lower_ not in SPAN_BOUNDS | TIMING_PREPOSITIONS:  # (not "the first since 2017")
                when = resolve_when(ent.text, index.date, False) if any(t.shape_ == "dddd" for t in ent) else None
                # (a year ahead asks the data of no holder yet: who holds the office now is the one to go)
                return when.date if when is not None and (index.date is None or when.date <= index.date) \
                    else index.date
    return index.date


def target_token(clause: Token, target: str, index: ActorIndex) -> Token | None:
    """Where the clause names the target: 'Israel' in 'travelled to Egypt on Monday and to Israel on Wednesday'."""
    return next((t for t in clause.subtree if (m := index.by_token.get(t.i)) is not None and m.actor == target
                 and _belongs_to(t, clause)), None)


def narrative_dates(sentences: list[Span], dates: dict[int, list[Span]],
                    document_date: dt.date | None) -> list[dt.date | None]:
    """For each sentence, the reference time it inherits: the last past day named before it."""
    references: list[dt.date | None] = []
    current: dt.date | None = None
    for sentence in sentences:
        references.append(current)
        named = dates.get(sentence.start, [])
        if not named or any(t.lower_ in ("will", "'ll", "shall") or t.lemma_ == "due" for t in sentence):
            continue  # a look ahead does not move the story's time
        for ent in named:
            if not any(_belongs_to(ent.root, clause) for clause in [sentence.root, *coordinated(sentence.root)]):
                continue  # a day named inside a subordinate clause or phrase is not the story's time
            resolved = resolve_date(ent.text, document_date, looking_ahead=False)
            if resolved is not None and (document_date is None or resolved <= document_date):
                current = resolved
    return references


def _path_up(token: Token, head: Token) -> list[Token]:
    """The tokens from token up to (not including) head, within its clause."""
    path: list[Token] = []
    node = token
    while node.i != head.i and node.head.i != node.i and len(path) < 8:
        path.append(node)
        node = node.head
    return path


def _crosses_clause(token: Token) -> bool:
    return token.dep_ in BOUNDARY_DEPS and (token.pos_ in ("VERB", "AUX") or token.dep_ in ("advcl", "ccomp", "relcl"))


def _by_nearness(head: Token) -> Iterator[Token]:
    """The clause's tokens, nearest the head first (breadth first), not crossing into other clauses."""
    frontier = [head]
    while frontier:
        yield from frontier
        frontier = [child for token in frontier for child in token.children
                    if not _crosses_clause(child) and not (child.dep_ == "prep" and (
                        child.lower_ in TOPIC_PREPOSITIONS and not _spanned(child) or
                        child.lower_ in TIMING_PREPOSITIONS))]


def _spanned(preposition: Token) -> bool:
    """'four hours [of] talks in Istanbul', 'a second round [of] talks': the 'of' of a span of talks names no topic."""
    return preposition.lower_ == "of" and preposition.head.lemma_.lower() in SPANS_OF_TALKS


def event_place(trigger: Token, clause: Token, index: ActorIndex, parties: frozenset[str] = frozenset()) -> str | None:
    """Where the event was: a noun's own place first ("met Macron at the Elysee a day after talks in Berlin with
    Merkel"), else the clause's (or the clause it depends on); never one of its parties named after 'at' ("lashed
    out at Sweden", "fired rockets at Israel" happened elsewhere)."""
    mention = event_place_mention(trigger, clause, index, parties)
    return mention.place if mention is not None else None


def event_place_mention(trigger: Token, clause: Token, index: ActorIndex,
                        parties: frozenset[str] = frozenset()) -> Mention | None:
    """The mention of the place event_place names, which knows the place's state too."""
    own = place_mention(trigger, index, parties) if trigger.i != clause.i and trigger.pos_ == "NOUN" else None
    return own or place_mention(clause, index, parties)


def place_mention(head: Token, index: ActorIndex, parties: frozenset[str] = frozenset()) -> Mention | None:
    """The place a clause (or the clause it depends on) names for what it tells."""
    own = _partner_place(head, index, parties)
    if own is not None:
        return own
    if head.dep_ == "relcl" and any(c.lower_ == "where" for c in head.children):
        mention = index.by_token.get(head.head.i)  # "travelled to Kyiv, where she met Kuleba"
        if mention is not None and mention.place:
            return mention
    for clause in governors(head, for_place=True):
        for token in _by_nearness(clause):
            if token.dep_ != "prep" or token.lower_ not in PLACE_PREPOSITIONS:
                continue
            for pobj in token.children:
                if pobj.dep_ != "pobj":
                    continue
                mention = index.by_token.get(pobj.i) or place_of_its_kind(pobj, index) or \
                    _place_named_before(pobj, index)
                if mention is not None and mention.place and not (token.lower_ == "at" and mention.actor in parties):
                    return mention
    return None


# nouns of a diplomatic track a city names, which is no place of the event: "met in the Astana format in Geneva"
TRACK_NOUNS = {"format", "process", "agreement", "accord", "accords", "declaration", "formula", "protocol", "group",
               "memorandum", "track", "channel", "initiative", "plan", "framework"}


def _place_named_before(noun: Token, index: ActorIndex) -> Mention | None:
    """'at the Elysee Palace', 'at the Geneva airport': a city or a seat named right before a noun is where the thing
    it names stands (not a state's name, "at the Ukraine summit", nor a track's, "in the Astana format")."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    mention = index.by_token.get(before.i) if before is not None and before.dep_ == "compound" and \
        before.head.i == noun.i and noun.lemma_.lower() not in TRACK_NOUNS else None
    return mention if mention is not None and mention.via in ("metonymy", "place") and mention.place else None


def place_of_its_kind(noun: Token, index: ActorIndex) -> Mention | None:
    """'in the southern city of Sochi', 'the Black Sea resort of Sochi', 'in the capital, Juba': a noun of a kind
    of place names the place its 'of' phrase or its apposition names."""
    if noun.lemma_.lower() not in PLACE_KINDS:
        return None
    named = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"] + [c for c in noun.children if c.dep_ == "appos"]
    return next((m for p in named if (m := index.by_token.get(p.i)) is not None and m.place), None)


def _partner_place(head: Token, index: ActorIndex, parties: frozenset[str]) -> Mention | None:
    """A place told with a party's own 'with' phrase, where one clause tells legs coordinated: 'talks in Paris
    with Macron and in Rome with Meloni', 'with Macron in Paris and with Meloni in Rome' (Meloni: Rome)."""
    for name in (t for t in head.sent if t.dep_ == "pobj" and t.head.lower_ == "with"):
        mention = index.by_token.get(name.i)
        if mention is None or mention.actor not in parties or mention.end - 1 != name.i or \
                not index.is_person(mention):
            continue  # (a person's own leg: not "with French business leaders in Lyon" for France)
        preposition = name.head
        around = [preposition.head, index.doc[preposition.i - 1]]  # "and in Rome with Meloni"
        legs = [t for t in around if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS and t.head.dep_ == "conj"]
        if preposition.dep_ == "conj":  # "and with Meloni in Rome"
            legs += [g for holder in (name, preposition) for p in holder.children if p.dep_ == "prep"
                     and p.lower_ in PLACE_PREPOSITIONS for g in p.children if g.dep_ == "pobj"]
        for token in legs:
            place = index.by_token.get(token.i)
            if place is not None and place.place:
                return place
    # a party's own leg in the clause, the place hung on his name in a list: "met Obama in Washington and [Merkel
    # in Paris]" (name_repairs.gapped_object hangs it there)
    for name in (t for t in head.subtree if t.dep_ == "conj" and (party := index.by_token.get(t.i)) is not None
                 and party.actor in parties and party.end - 1 == t.i and index.is_person(party)):
        place = next((found for p in name.children if p.dep_ == "prep" and p.lower_ in PLACE_PREPOSITIONS
                      for o in p.children if o.dep_ == "pobj" and (found := index.by_token.get(o.i)) is not None
                      and found.place), None)
        if place is not None:
            return place
    return None


# where an event stands as a point in time for another: "a day after a phone call with Trump"
TIME_POINTS = {"after", "before", "following", "since"}


def measured_from(noun: Token) -> Token | None:
    """'..., a day after a phone call with Trump': the verb of the clause an encounter is a point in time for,
    where a measure of time ('a day', 'hours') stands between them. Set off by a comma after a reported
    clause, it times the report: the speaker had the call."""
    measure = first_conjunct(noun).head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in TIME_POINTS or measure.dep_ != "npadvmod" or \
            measure.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = measure.head
    after_comma = measure.left_edge.i > 0 and noun.doc[measure.left_edge.i - 1].lower_ == ","
    return verb.head if after_comma and verb.dep_ == "ccomp" else verb
