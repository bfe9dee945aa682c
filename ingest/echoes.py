"""Echoes: acts a sentence refers to again rather than tells, and whose parties the act told before gives.

"Israel welcomed the move": welcoming a deed backs whoever did it, the last deed told before by another;
"Canada and Brazil followed suit", "did the same": those who follow do what the last act told did, to the same party;
"Obama offered U.S. assistance": an offer or plea with no one named goes to the one just met or called.
Pure: a verb, its agents and the candidates found before it in.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.antecedents import DEED_NOUNS, REFERRING_DETERMINERS
from diplograph.ingest.candidates import VERBAL_RELATIONS, Candidate
from diplograph.ingest.lexicon import VerbCue
from diplograph.ingest.mentions import ActorIndex, Mention, conjuncts
from diplograph.ingest.refusals import refuses_a_visit
from diplograph.ingest.targets import ArgumentFinder

# acts that give something, which may name the giver's own state: "offered Russia's help", "pledged U.S. support"
GIVING_RELATIONS = {"offer", "support", "aid"}
# encounters, whose other party hears what is offered or asked next
HEARD_ENCOUNTERS = {"meet", "call", "visit", "host"}
# acts that are no deed one welcomes as a move: words and encounters
NO_DEEDS = VERBAL_RELATIONS | HEARD_ENCOUNTERS
CLAUSE_HEADS = {"ROOT", "conj", "ccomp"}  # verbs that tell an act of their own
# how far back a referring verb looks for the act it refers to, in sentences that tell one
SENTENCES_BACK = 2


def _told_before(verb: Token, earlier: list[Candidate]) -> list[Candidate]:
    """The candidates told before a verb, in the last three sentences that tell any (its own included): what a
    story tells in between without an event does not push the act referred to out of reach."""
    sentences = sorted({c.trigger.sent.start for c in earlier if c.trigger.i < verb.i}, reverse=True)
    window = set(sentences[:SENTENCES_BACK + 1])
    return [c for c in earlier if c.trigger.i < verb.i and c.trigger.sent.start in window]


def _recent(verb: Token, earlier: list[Candidate], own: set[str]) -> list[Candidate]:
    """The candidates told just before a verb by others than its agents."""
    return [c for c in _told_before(verb, earlier)
            if c.source not in own and c.source and c.target and c.source != c.target]


def author_of_last_deed(verb: Token, noun: Token, agents: list[Mention], earlier: list[Candidate]) -> list[Mention]:
    """'Israel and Saudi Arabia welcomed the move': who did the last deed (no words, no encounter) told."""
    if noun.lower_ not in DEED_NOUNS or not any(c.dep_ == "det" and c.lower_ in REFERRING_DETERMINERS
                                                 for c in noun.children):
        return []  # "welcomed any steps toward peace" refers to no deed told
    own = {m.actor or "" for m in agents}
    deeds = [c for c in _recent(verb, earlier, own) if c.relation not in NO_DEEDS and c.target not in own]
    if not deeds:
        return []
    last = deeds[-1].trigger.i
    authors = dict.fromkeys(c.source for c in deeds if c.trigger.i == last)
    return [Mention(verb.i, verb.i + 1, who, "antecedent") for who in authors]


def followed_suit(verb: Token, arguments: ArgumentFinder, earlier: list[Candidate],
                  index: ActorIndex) -> list[Candidate]:
    """'the White House had endorsed him. Canada and Brazil swiftly followed suit': each follower does to the
    same party what the last act told did; 'condemned the raid, as did Turkey and Egypt': what the clause did."""
    as_did = verb.lemma_ == "do" and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    if not as_did and not follows(verb):
        return []
    agents = arguments.agents(verb, index)
    own = {m.actor or "" for m in agents}
    # what the clause joined to did, if it did anything ("the UAE agreed ..., and Morocco followed")
    at_head = [c for c in earlier if c.trigger.i == verb.head.i and c.source not in own and c.target not in own]
    suit = any(c.dep_ == "dobj" and c.lower_ == "suit" for c in verb.children)
    if not (as_did or suit):  # "did the same", a bare "followed": only named followers, of a plain act just told
        if not _named_followers(verb) or any(index.by_token.get(g.i) for c in verb.children if c.dep_ == "prep"
                                             for g in c.children):
            return []  # "Western sanctions followed"; "did the same for Syria" is another act
        if verb.head.lemma_.lower() in INTENDING_VERBS and any(c.dep_ == "xcomp" for c in verb.head.children):
            return []  # "threatened to bomb Iran, and the US did so": the bombing, no act told as done
        told_last = _last_clause(verb)
        acts = at_head if verb.dep_ == "conj" else [c for c in earlier if told_last is not None and
                                                    c.trigger.i == told_last.i and c.source not in own]
        if any(m.via == "metonymy" for m in agents):
            acts = [c for c in acts if c.relation not in TRAVELS]  # "Putin visited Pyongyang, and Hanoi followed"
    else:
        acts = at_head if as_did else _recent(verb, earlier, own)
    told = [c for c in acts if not _a_reason(c.trigger)]
    acts = told or acts
    if not acts:
        return []
    last = acts[-1].trigger.i
    followed = [(relation, c) for c in acts if c.trigger.i == last and (relation := _followed(c))]
    return [Candidate(relation, m.actor or "", c.target, verb, verb, c.confidence - 0.1) for relation, c in followed
            for m in agents if m.actor and m.actor != c.target and index.actors.get(m.actor) is not None]


# what says one does as another did: "did the same", "did likewise", "did so"
SAME_WORDS = {"same", "likewise", "so", "similarly"}


def follows(verb: Token) -> bool:
    """'followed suit', 'did the same', 'did likewise', or a bare 'followed' of a clause joined to the act ('the UAE
    agreed ..., and Morocco and Sudan followed later'), which says no other thing it did (no object, no 'with')."""
    children = list(verb.children)
    if verb.lemma_ == "follow":
        return any(c.dep_ == "dobj" and c.lower_ == "suit" for c in children) or verb.dep_ == "conj" and not any(
            c.dep_ in ("dobj", "prt", "xcomp", "ccomp", "nsubjpass") or c.dep_ == "prep" and c.lower_ in (
                "with", "by", "through", "up") for c in children)
    # a clause of its own, not "the first to do so", "was willing to do so"
    return verb.lemma_ == "do" and verb.dep_ in ("ROOT", "conj") and any(
        c.dep_ in ("dobj", "advmod") and c.lower_ in SAME_WORDS for c in children) and not any(
        c.dep_ in ("xcomp", "ccomp") and c.i > verb.i or c.dep_ in ("neg", "aux") and c.lower_ in ("not", "n't", "to")
        for c in children)


def _named_followers(verb: Token) -> bool:
    """Whether those who follow are named ('Canada did the same'), not a noun ('Western sanctions followed')."""
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in conjuncts(c)]
    return bool(subjects) and all(t.pos_ == "PROPN" for t in subjects)


# acts whose follower in a place's name is the next place visited, no visitor: "Putin visited Pyongyang, and Hanoi
# followed"
TRAVELS = {"visit", "host", "meet"}
# verbs of an act intended, whose infinitive 'did so' may take up: "threatened to bomb Iran, and the US did so"
INTENDING_VERBS = {"threaten", "vow", "pledge", "promise", "plan", "want", "seek", "try", "hope", "warn", "offer",
                   "propose", "intend"}


def _last_clause(verb: Token) -> Token | None:
    """The verb of the last clause told before 'did the same', whether or not it told an event: 'Erdogan
    criticised Israel, but Greece stayed silent. Cyprus did the same' does what Greece did (nothing of ours);
    'Britain imposed sanctions ...; Canada did the same'. None when that clause is negated."""
    doc = verb.doc
    start = doc[verb.sent.start - 1].sent.start if verb.sent.start > 0 else verb.sent.start
    # (a said-clause is what was said, not done; but the parser may hang the clause before on 'did' itself)
    clauses = [t for t in doc[start:verb.i] if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj")
               or t.dep_ == "ccomp" and t.head.i == verb.i]
    last = clauses[-1] if clauses else None
    return None if last is None or any(c.dep_ == "neg" for c in last.children) else last


def _followed(act: Candidate) -> str:
    """What following an act does: the act itself; 'will not attend the summit in Islamabad ... X followed suit'
    refuses the visit too, a rejection of its host; any other act not done is not followed into being ('')."""
    if act.relation == "visit" and refuses_a_visit(act.trigger):
        return "reject"
    return "" if any(c.dep_ == "neg" for c in act.trigger.children) else act.relation


def _a_reason(trigger: Token) -> bool:
    """'India will not attend the summit, blaming Pakistan': a participle hung on the act gives its reason or
    manner; those who follow suit do the act, not the reason."""
    return trigger.dep_ in ("advcl", "acl") and trigger.tag_ == "VBG" and trigger.head.pos_ in ("VERB", "AUX")


def last_partners(verb: Token, relation: str, agents: list[Mention], earlier: list[Candidate],
                  index: ActorIndex) -> list[Mention]:
    """'Erdogan and Obama discussed the crisis by telephone. ... Obama offered U.S. assistance': an offer or plea
    that names no one is made to the other party of its agent's last encounter told (a call, a meeting, a
    visit), as a state: what a leader is offered, the state is. Not a purpose ('seeking to'), a public call
    ('called for sanctions to be lifted') or a plea to someone named but unknown ('asked the pontiff')."""
    addressed = ("dobj", "dative") if relation == "appeal" else ("dative",)
    if verb.dep_ not in CLAUSE_HEADS or any(c.dep_ in addressed or (c.dep_ == "prep" and c.lower_ == "for")
                                             for c in verb.children):
        return []
    own = {m.actor for m in agents if m.actor}
    encounters = [c for c in _told_before(verb, earlier)
                  if c.relation in HEARD_ENCOUNTERS and (c.source in own) != (c.target in own)]
    if not own or not encounters:
        return []
    last = encounters[-1].trigger.i
    partners = [Mention(verb.i, verb.i + 1, c.target if c.source in own else c.source, "antecedent")
                for c in encounters if c.trigger.i == last]
    return [m for m in their_states(partners, index) if m.actor not in own]


def partners_just_addressed(verb: Token, cue: VerbCue, first: str, arguments: ArgumentFinder,
                            index: ActorIndex) -> list[Mention]:
    """'met Scholz in Berlin and signed a defence pact': with the one just met; 'spoke with Kagame and urged a
    ceasefire', 'called Netanyahu to urge restraint', 'summoned the envoy to demand an explanation': of the one
    just spoken or written to ('wrote to Modi urging talks'; [] when the verb follows no such encounter); what is
    given goes to his state. A purpose in the field's bare senses is none of ours ('hosted them to revive the
    Weimar Triangle' offers nothing)."""
    relation = cue.relation
    purpose = verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and not cue.from_field
    # (or a plea or warning set off after a call, its clause naming no one: "phoned Xi on Tuesday, warning that
    # tariffs would follow"; not "met Sogavare, warning that it would respond if China built a base")
    adjunct = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and (
        verb.doc[verb.i - 1].text == "," and first == "call" or first == "write" and relation != "warn") and \
        relation in ("appeal", "demand", "warn") and not any(
            (m := index.by_token.get(t.i)) is not None and m.actor for c in verb.children if c.dep_ == "ccomp"
            for t in c.subtree)
    if not (verb.dep_ == "conj" and relation != "warn" or purpose or adjunct) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or \
            first not in ("meet", "host", "call", "write") + (("protest",) if purpose else ()):
        return []
    partners = arguments.encounter_partners(verb.head, index)
    return their_states(partners, index) if relation in GIVING_RELATIONS - {"support"} else partners


def their_states(partners: list[Mention], index: ActorIndex) -> list[Mention]:
    """Whom an offer or a pledge to leaders one met is made to: their states ('met Abiy and offered Russia's
    help' offers Ethiopia help)."""
    return list({m.actor: m for m in (index.as_state(p, "role") for p in partners) if m.actor}.values())
