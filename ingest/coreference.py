"""Coreference: what a pronoun refers back to (plural_pronouns.py: "they"; group_references.py: "the two
leaders").

Pure functions over an ActorIndex, run lazily when a relation needs an argument, so only the
pronouns that matter are resolved. Role descriptions ("the Chinese president") are resolved
by ingest/roles.py, which knows offices.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from diplograph.ingest.argument_words import OWN_ACT_CONTROL
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.model import ActorType

PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
FIRST_PERSON_PLURAL = {"we", "us", "our"}
# verbs that introduce what someone said (the speaker is their subject)
SPEECH_VERBS = {"say", "tell", "add", "insist", "declare", "warn", "stress", "state", "write", "announce"}
# verbs of a reaction to what happened: their neuter object is the event reported, not an actor ("Egypt
# condemned it" after an attack on Israel is no criticism of Israel)
REACTION_VERBS = {"condemn", "denounce", "deplore", "decry", "welcome", "hail", "praise", "applaud", "criticize",
                  "criticise", "slam", "call", "describe", "term", "label", "brand"}


def mention_at(index: ActorIndex, token: Token) -> Mention | None:
    """The mention a token is part of; for a personal or neuter pronoun, its antecedent."""
    mention = index.by_token.get(token.i)
    if mention is None and (token.lower_ in PERSONAL_PRONOUNS or token.lower_ in NEUTER_PRONOUNS):
        mention = resolve_pronoun(index, token)
    if mention is None and token.lower_ in FIRST_PERSON_PLURAL:
        mention = speakers_side(index, token)
    return mention


def speakers_side(index: ActorIndex, pronoun: Token) -> Mention | None:
    """'"We will not accept this," Lavrov said': we is the speaker's state (or the speaking body itself)."""
    node = pronoun.head
    for _ in range(6):
        if node.lemma_.lower() in SPEECH_VERBS:
            speaker = next((c for c in node.children if c.dep_ == "nsubj"), None)
            mention = index.by_token.get(speaker.i) if speaker is not None else None
            if mention is None or mention.actor is None:
                return None
            country = index.actors[mention.actor].country if index.is_person(mention) else None
            if country:
                index.register(country, ActorType.COUNTRY)
            return Mention(pronoun.i, pronoun.i + 1, country or mention.actor, "pronoun")
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _previous(index: ActorIndex, before: int, want_person: bool) -> list[Mention]:
    return [m for m in index.mentions
            if m.end <= before and m.actor is not None and m.via != "place" and index.is_person(m) == want_person]


def _fronted(token: Token) -> bool:
    """Whether a word is in a phrase set before its sentence's clause: 'Despite pressure from [the United States],
    its army attacked', 'Amid protests in [Georgia], ...'."""
    root = token.sent.root
    return any(a.head.i == root.i and a.i < root.i and a.dep_ in ("prep", "advcl", "npadvmod", "advmod")
               for a in (token, *token.ancestors))


def _subject_mention(index: ActorIndex, verb: Token, want_person: bool) -> Mention | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            mention = index.by_token.get(child.i) or _possessor(index, child)
            if mention and mention.actor and index.is_person(mention) == want_person:
                return mention
    return None


def _possessor(index: ActorIndex, token: Token) -> Mention | None:
    return next((index.by_token[c.i] for c in token.children if c.dep_ == "poss" and c.i in index.by_token), None)


# clauses whose missing subject is the one of the clause they hang on: "... to protect its dignity"
CONTROLLED_CLAUSES = {"xcomp", "advcl", "acl", "pcomp"}
HOSTING_LEMMAS = {"host", "receive", "welcome", "greet"}  # whose guest a story follows next


def _governing_subject(index: ActorIndex, clause: Token, want_person: bool) -> Mention | None:
    """The subject of the nearest clause above a clause that has one of the kind wanted."""
    node = clause
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found = _subject_mention(index, node, want_person)
            if found is not None:
                return found
    return None


# nouns of a journey, which takes the traveller where it goes: "a tour that also took Pompeo to Chile and Peru"
TRIP_NOUNS = {"trip", "tour", "journey", "swing", "visit", "itinerary", "voyage", "mission"}


# verbs that take someone to or from a place: "the plane that had carried Pompeo back from Pyongyang"
CARRYING_VERBS = {"carry", "fly", "bring", "take", "ferry", "drive", "accompany", "escort"}


def _trip_to(place: Token) -> Token | None:
    """The journey a place is the destination of: 'Trudeau's first trip [to China]'."""
    return place.head.head if place.dep_ == "pobj" and place.head.lower_ == "to" and \
        place.head.head.lemma_.lower() in TRIP_NOUNS else None


def resolve_pronoun(index: ActorIndex, pronoun: Token, depth: int = 0) -> Mention | None:
    """Salience-ranked antecedents: the clause's subject, the main clause's, the previous sentence's (itself a
    pronoun, then its own antecedent: "Blinken arrived. Earlier he met Tileuberdi. He later sat down with")."""
    want_person = pronoun.lower_ in PERSONAL_PRONOUNS
    if pronoun.lower_ == "it" and pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in REACTION_VERBS:
        return None
    sentence = pronoun.sent
    clause = pronoun.head
    candidates: list[Mention | None] = []
    if pronoun.dep_ == "poss" and clause.dep_ == "conj" and clause.head.pos_ in ("NOUN", "PROPN"):
        # "ordered Latvia's ambassador and all his staff to leave": the one the phrase just named
        if (named := index.by_token.get(clause.head.i)) is not None and named.actor is not None:
            return Mention(pronoun.i, pronoun.i + 1, named.actor, "pronoun")
    if pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "conj" and depth < 3 and (first := next(
            (c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == pronoun.lower_),
            None)) is not None:
        # "He was in Kyiv for talks with Zelensky, and in Berlin he met Baerbock": the first clause's own
        candidates.append(resolve_pronoun(index, first, depth + 1))
    if pronoun.dep_ == "poss" and not want_person:
        candidates.append(_patient_of_a_reason(index, pronoun))
    if pronoun.dep_ == "poss":
        # possessive: bound by its own clause's subject ("Lavrov replied that his ministry ..."), or in a
        # clause without one by its controller's ("Taipei ended ties with Honduras to protect its dignity")
        verb = clause
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        climbing = CONTROLLED_CLAUSES | ({"conj"} if clause.dep_ == "dobj" else set())
        controller = None
        while not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
                verb.dep_ in climbing and verb.head.i != verb.i:
            if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in OWN_ACT_CONTROL and (controller := next((
                    m for o in verb.head.children if o.dep_ == "dobj" and (m := index.by_token.get(o.i)) is not None
                    and m.actor and index.is_person(m) == want_person), None)) is not None:
                break  # an object's own act binds to the object: "to help Australia fight its bushfires"
            verb = verb.head  # (or a conjunct sharing its subject, for its own object: "was not seeking a conflict
            # with Iran, but would protect its troops"; not "ban imports of its textiles")
        candidates.append(controller or _subject_mention(index, verb, want_person))
        if verb.dep_ in ("advcl", "relcl"):
            # a subordinate clause whose subject will not do binds to the nearest clause above it ("after Putin
            # travelled to Kyrgyzstan, his first trip since the court issued a warrant for his arrest")
            candidates.append(_governing_subject(index, verb, want_person))
    if pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp":
        # the subject of what someone said is first the sayer: "the EU said it regretted" (whose subject a verb of
        # saying joined to another shares: "Guterres rejected the move and said he expected")
        sayer = clause.head.head if clause.head.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.head.children) else clause.head
        candidates.append(_subject_mention(index, sayer, want_person))
    if pronoun.lower_ == "it" and pronoun.dep_ in ("nsubj", "nsubjpass"):
        # "dispatched a delegation to Niamey, where it met Tiani": the delegation (or mission) it refers back to
        candidates.append(_delegation_before(index, pronoun))
    if pronoun.dep_ == "nsubj" and clause.dep_ == "relcl" and (trip := _trip_to(clause.head)) is not None:
        # "three weeks after Trudeau's first trip to China, where he held talks with Xi": the traveller
        candidates.extend(m for c in trip.children if c.dep_ == "poss" and (m := index.by_token.get(c.i)) is not None
                          and index.is_person(m))
    if pronoun.dep_ == "nsubj" and clause.dep_ == "relcl" and clause.head.dep_ == "pobj" and \
            clause.head.head.lower_ in ("from", "to"):
        # "the plane that had carried Pompeo back from Pyongyang, where he held talks": the one carried there (not
        # one phoned from there: "Macron phoned Putin from Paris, where he later met Scholz")
        mover = next((a for a in clause.head.head.ancestors if a.pos_ in ("VERB", "NOUN", "PROPN")), None)
        candidates.extend(m for c in (mover.children if mover is not None and mover.lemma_.lower() in CARRYING_VERBS
                                      else ())
                          if c.dep_ == "dobj" and (m := index.by_token.get(c.i)) is not None and index.is_person(m))
    if pronoun.dep_ in ("nsubj", "nsubjpass") and clause.dep_ in ("relcl", "advcl", "acl"):
        # the subject of a clause inside another: the nearest clause above it with one ("hours after Barrot
        # left N'Djamena at the end of a visit during which he met Deby")
        candidates.append(_governing_subject(index, clause, want_person))
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
        # subject of a subordinate clause: the main clause's subject ("Scholz ..., after he sat down")
        candidates.append(_subject_mention(index, sentence.root, want_person))
    excluded: set[str] = set()
    if pronoun.dep_ in ("dobj", "pobj", "dative"):
        # an object pronoun is not its own clause's subject ("Zelensky ... thanked him")
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        own = _subject_mention(index, verb, want_person)
        if own is None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            if verb.dep_ == "conj":
                own = _subject_mention(index, verb.head, want_person)  # the subject it shares, not another's
                # and first the one the verb it is joined to acts on: "told Netanyahu that ... and urged him"
                candidates.extend(m for c in verb.head.children if c.dep_ in ("dobj", "dative") and (
                    m := index.by_token.get(c.i)) is not None and m.actor and index.is_person(m) == want_person)
            elif want_person and (verb.dep_ == "xcomp" or verb.tag_ == "VBG" and (verb.dep_ == "advcl" or (
                    verb.dep_ == "acl" and verb.head.dep_ == "dobj"))):
                # a participle's or an infinitive's is its head's, all of it ("sent a letter to Biden urging him to
                # act": not Zelensky; "two leaders of the front, ElBaradei and Sabahi, refused to meet him"), or the
                # one its head tells ("told Biden to help him"); a neuter "it" is as often a thing ("to lead it")
                sharer = verb.head.head if verb.dep_ == "acl" else verb.head  # (the verb whose subject it shares)
                ones_told = [c for c in sharer.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" else []
                sharers = ones_told or [c for c in sharer.children if c.dep_ in ("nsubj", "nsubjpass")]
                excluded.update(m.actor for s in sharers for t in s.subtree
                                if (m := index.by_token.get(t.i)) is not None and m.actor)
                own = index.by_token.get(ones_told[0].i) if ones_told else _subject_mention(index, sharer, want_person)
        if own and own.actor:
            excluded.add(own.actor)
        head = verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.pos_ == "VERB" and \
                _subject_mention(index, head, want_person) is not None:
            # a participle's object is first the one its head acts on: "took Pakistan to court, accusing it of"; a
            # thing, if that is no actor ("cut the bank off, accusing it of")
            acted = [m for c in head.children if c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ in (
                "to", "with") for o in ([c] if c.dep_ != "prep" else c.children)
                if (m := index.by_token.get(o.i)) is not None and m.actor is not None]
            if not acted and not want_person and any(c.dep_ == "dobj" for c in head.children):
                return None
            candidates.extend(acted)
        if verb.dep_ == "relcl":  # "Zelensky visited Washington, where Biden received him": the one it hangs on
            candidates.append(_governing_subject(index, verb, want_person))
        if verb.i != sentence.root.i:  # "Guaido swore himself in, and the White House endorsed him": the main one
            candidates.append(_subject_mention(index, sentence.root, want_person))
        # else one its own sentence named before it, in another clause: "Hollande, who also spoke to Trump by
        # phone, urged him to respect" (Trump, not the last sentence's subject; no gender is known to tell a
        # "him" from a "her": only a clause's own subject is ruled out)
        candidates.append(next((m for m in reversed(_previous(index, pronoun.i, want_person))
                                if m.start >= sentence.start and m.actor not in excluded), None))
    if pronoun.dep_ == "poss" and not want_person:
        # else the nearest side its own sentence named before it, where no clause's subject would do: "would risk
        # dragging Pakistan into a war, at a time when its army is fighting the Taliban" (not one in a phrase set
        # before the clause: "Despite pressure from the United States, its army attacked")
        candidates.append(next((m for m in reversed(_previous(index, pronoun.i, want_person))
                                if m.start >= sentence.start and not _fronted(index.doc[m.end - 1])), None))
    if sentence.start > 0:
        previous = index.doc[sentence.start - 1].sent
        told = _subject_mention(index, previous.root, want_person)
        if told is None and depth < 3 and (subject := next((c for c in previous.root.children if c.dep_ in (
                "nsubj", "nsubjpass") and c.tag_ == "PRP" and (c.lower_ in PERSONAL_PRONOUNS) == want_person),
                None)) is not None:
            told = resolve_pronoun(index, subject, depth + 1)
        if told is None and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i
                                    for c in sentence.root.children) and not any(
                c.dep_ == "ccomp" and c.lemma_.lower() in HOSTING_LEMMAS for c in previous.root.children):
            # "Kerry held talks with King Abdullah, U.S. officials said. He arrived from Baghdad": the subject of
            # what was reported (not before a subject of its own sentence's: "Asked whether he ..., Biden said"; nor a
            # host, whose guest the story follows: "Putin hosted Modi, the Kremlin said. He later flew to Vienna")
            told = next((m for c in previous.root.children if c.dep_ == "ccomp"
                         if (m := _subject_mention(index, c, want_person)) is not None), None)
        candidates.append(told)
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        # else the subject of the last clause before it: "a tour that began in Riyadh, where Xi held talks with
        # King Salman, and continued in Cairo, where he was received by Sisi" (Xi, not the last one named)
        candidates.append(next((m for verb in reversed(index.doc[sentence.start:pronoun.i]) if verb.pos_ in (
            "VERB", "AUX") and (m := _subject_mention(index, verb, want_person)) is not None), None))
    earlier = [m for m in _previous(index, pronoun.i, want_person) if m.actor not in excluded]
    if earlier:
        candidates.append(earlier[-1])
    for candidate in candidates:
        if candidate is not None and candidate.actor not in excluded and candidate.start < pronoun.i:
            return Mention(pronoun.i, pronoun.i + 1, candidate.actor, "pronoun")
    return None


# prepositions of a reason, whose neuter possessor is the one the act is done to: "sanctions on Moscow over its
# invasion", "criticised China for its crackdown"
REASON_PREPOSITIONS = {"over", "for"}
PATIENT_PREPOSITIONS = {"on", "against"}


def _patient_of_a_reason(index: ActorIndex, pronoun: Token) -> Mention | None:
    """'imposed sanctions on Moscow over its invasion of Ukraine', 'thanked Japan for its support': a state's
    possessive in the reason for an act done to another is the one it was done to, not the doer."""
    reason = pronoun.head.head
    if pronoun.head.dep_ != "pobj" or reason.lower_ not in REASON_PREPOSITIONS:
        return None
    holder = reason.head
    patients = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    patients += [p for h in list(patients) for c in h.children if c.dep_ == "prep" and c.lower_ in PATIENT_PREPOSITIONS
                 for p in c.children if p.dep_ == "pobj"]
    found = [m for t in patients if t.i < pronoun.i and (m := index.by_token.get(t.i)) is not None
             and m.actor is not None and m.via != "place" and not index.is_person(m)]
    return max(found, key=lambda m: m.start) if found else None


# a body of envoys a following 'it' refers back to (envoys.py says whom it stands for)
DELEGATION_NOUNS = {"delegation", "mission"}


def _delegation_before(index: ActorIndex, pronoun: Token) -> Mention | None:
    """The last delegation or mission named in the pronoun's sentence, before it, that stands for someone."""
    for token in reversed(index.doc[pronoun.sent.start:pronoun.i]):
        if token.lemma_.lower() in DELEGATION_NOUNS and token.tag_ == "NN":
            mention = index.by_token.get(token.i)
            return mention if mention is not None and mention.actor is not None else None
    return None


def window_start(token: Token) -> int:
    """Where a back reference ('the two leaders', 'his guest') looks from: its sentence and the three before."""
    doc = token.doc
    start = token.sent.start
    for _ in range(3):
        if start > 0:
            start = doc[start - 1].sent.start
    return start


def recent_verbs(token: Token) -> Iterator[Token]:
    """The verbs of a back reference's window (`window_start`) before it, nearest first."""
    return (verb for verb in reversed(token.doc[window_start(token):token.i]) if verb.pos_ in ("VERB", "AUX"))


def other_party(index: ActorIndex, owner: str, before: Token) -> str | None:
    """The one an owner last met, hosted or visited, in the sentence of a token or the three before: whom
    'his guest' or 'her host' is ("Grossi met Araghchi ... Araghchi told his guest")."""
    for verb in recent_verbs(before):
        arguments = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in conjuncts(c)]
        arguments += [p for holder in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                      for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"
                      for p in c.children if p.dep_ == "pobj"]  # "met with", "held talks with"
        people = [m.actor for t in arguments if (m := index.by_token.get(t.i)) is not None and m.actor is not None
                  and index.is_person(m)]
        others = [p for p in dict.fromkeys(people) if p != owner]
        if owner in people and others:  # "Araghchi told his guest" itself names no other: look further back
            return others[0] if len(others) == 1 else None
    return None


def foreign_party(index: ActorIndex, owner: str, before: Token) -> str | None:
    """Whom 'his guest' names when the owner met no one before: the last person of another state named in
    the sentence or the three before ("Kishida arrived in Washington. Biden welcomed his guest")."""
    start = window_start(before)
    home = index.actors[owner].country
    if home is None:
        return None
    for mention in reversed(index.mentions):
        if not start <= mention.start < before.i or mention.actor is None or mention.actor == owner:
            continue
        record = index.actors[mention.actor]
        if record.type is ActorType.PERSON and record.country and record.country != home:
            return record.name
    return None


# prepositions that bring a party to an act, not its time, place or means
PARTY_PREPOSITIONS = {"with", "against", "to", "toward", "towards", "from", "by", "on"}


def antecedent_of(token: Token) -> Token:
    """'Eritrea, with which Ethiopia signed a peace agreement', 'Putin, with whom Modi spoke': a relative pronoun
    in a phrase stands for what its clause hangs on; a 'which' only for a name, after another preposition only for
    a subject ('a summit, at which ...', 'the sanctions on Russia, to which Hungary objected')."""
    if token.lower_ not in ("which", "whom") or token.tag_ not in ("WDT", "WP") or token.dep_ != "pobj" or \
            token.head.lower_ not in PARTY_PREPOSITIONS:
        return token  # (not "talks with Manalo, at which the ministers ...": a gathering's time or place)
    comma = token.head.i - 1  # the parser may hang the clause on a noun before the name it follows
    before = token.doc[comma - 1] if comma > 0 and token.doc[comma].text == "," else None
    if before is not None and before.pos_ == "PROPN" and (token.lower_ == "whom" or token.head.lower_ in (
            "with", "against") or before.dep_ in ("nsubj", "nsubjpass")):  # ("Ukraine, to which Germany sent")
        return before
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None or token.lower_ == "which" and (clause.head.pos_ != "PROPN" or token.head.lower_ not in (
            "with", "against") and clause.head.dep_ not in ("nsubj", "nsubjpass")):
        return token
    return clause.head


def relative_head(relative: Token, head: Token, index: ActorIndex) -> Token:
    """'Kurt Volker, the envoy for Ukraine, who held talks with Surkov': a 'who' the parser hung on a state inside a
    person's phrase stands for that person. 'France was among the states that condemned Russia', 'one of the
    countries that signed': a relative on a class one is said to belong to stands for the one said so."""
    named = mention_at(index, head)
    if named is None and head.dep_ == "pobj" and head.tag_ == "NNS" and (
            (among := head.head).lower_ == "among" and among.head.lemma_ == "be"
            or among.lower_ == "of" and among.head.lower_ == "one" and among.head.dep_ == "attr"):
        copula = among.head if among.lower_ == "among" else among.head.head
        subjects = [c for c in copula.children if c.dep_ == "nsubj"]
        if copula.lemma_ == "be" and subjects and not any(c.dep_ == "neg" for c in copula.children):
            return subjects[0]
    if relative.lower_ != "who" or head.dep_ != "pobj" or named is not None and index.is_person(named):
        return head
    holder = mention_at(index, head.head.head)
    return head.head.head if holder is not None and holder.actor is not None and index.is_person(holder) else head
