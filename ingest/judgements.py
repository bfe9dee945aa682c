"""Judgements: naming an act a wrong condemns whoever did it ("called the move unacceptable"), holding someone
responsible for one accuses them ("held Damascus responsible for the attack"); a person's attack told in words is
criticism ("a blistering attack on Germany, telling ...").

An evaluative verb ("call", "describe as", "brand", "term") with a condemning predicate is a criticism of
the judged act's agent; with any other predicate ("called the talks constructive") it is no event, and in
particular no phone call. relations.py makes the criticism; this module finds the predicate.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.antecedents import Antecedents
from diplograph.ingest.candidates import Candidate, make_candidate
from diplograph.ingest.coreference import relative_head
from diplograph.ingest.denials import is_accusation
from diplograph.ingest.forces import speaks_of_arms
from diplograph.ingest.judgement_words import DEGREE_WORDS, FALSITY_WORDS, condemning, forms
from diplograph.ingest.mentions import ActorIndex, Mention
from diplograph.ingest.object_nouns import CONDITION_NOUNS
from diplograph.ingest.predicate_repairs import quoted_after
from diplograph.ingest.statements import COPULAS, WRONGDOING_VERBS, Statements
from diplograph.ingest.targets import ArgumentFinder
from diplograph.ingest.verb_cues import PERFORMING_VERBS, known_lemma
from diplograph.model import ActorType

# "called the move unacceptable", "branded Kyiv a terrorist state": naming as condemnation
EVALUATIVE_VERBS = {"call", "describe", "brand", "label", "term", "deem", "dub", "regard", "consider", "view"}


def judgement(verb: Token) -> list[Token] | None:
    """For 'call/describe/brand X Y': the predicate Y when it condemns ([Y]), [] when it is another name,
    None when the verb has no such predicate."""
    if verb.lemma_.lower() not in EVALUATIVE_VERBS or not any(c.dep_ in ("dobj", "ccomp", "oprd")
                                                             for c in verb.children):
        return None
    # "described the decision as a hostile act": the 'as' phrase may hang on the object
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and names_its_head_noun(verb, objects):
        return []  # "the islands Japan calls the Senkakus": the name given to the noun the clause hangs on
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    if len(predicates) > 1:  # "called [the Saudi explanations] [insufficient]": two predicates, the first the object
        return [predicates[-1]] if condemning(forms(predicates[-1].subtree)) else []
    for child in [*verb.children, *(c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "as")]:
        predicate = child if child.dep_ in ("oprd", "xcomp", "ccomp", "acomp") else next(
            (pobj for pobj in child.children if pobj.dep_ == "pobj"), None) or next(
            (a for a in child.children if a.pos_ == "ADJ" and not (a.lemma_.lower() in DEGREE_WORDS and any(
                o.lemma_.lower() in CONDITION_NOUNS for o in objects))), None) \
            if child.dep_ == "prep" and child.lower_ == "as" else None  # "described the drills as a threat", "as
        # corrupt" (an adjective the parser hangs on 'as'; a state of affairs only measured is judged no one's
        # deed: "described the security situation as dangerous", "Turkey's economic recovery as weak")
        if predicate is None or child.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                              for c in predicate.children):
            continue  # "called Netanyahu to urge restraint": a purpose, no name
        named = [c for c in predicate.children if c.dep_ == "appos"] if child.dep_ == "oprd" else []
        if named:  # "called [the Venezuelan leader] [a dictator]": the parser's predicate is the object
            predicate = named[0]
        words = forms(predicate.subtree)
        return [predicate] if condemning(words) else []
    for obj in objects:  # the predicate the parser made the object's apposition: "called Trump's remark [an act of
        # madness]" (only a condemning one: "called his counterpart Emmanuel Macron" is a phone call)
        named = [c for c in obj.children if c.dep_ == "appos" and verb.doc[c.left_edge.i - 1].text != ","]
        if named and condemning(forms(named[0].subtree)):
            return named[:1]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        # the predicate the parser hung inside the object's last phrase: "called Manila's acts at sea [provocative]"
        last = max((t for t in obj.subtree if not t.is_punct), key=lambda t: t.i)
        if last.i > obj.i and condemning(forms([last])) and last.head.lower_ != "of":
            # (not "called the victims of terrorism": an 'of' object is part of the name)
            return [last]
        quoted = quoted_after(last)
        if quoted:  # 'called Trudeau "two-faced"', where the parser cut the sentence at the quote: a name
            return quoted[:1] if condemning(forms(quoted) | {"".join(t.lower_ for t in quoted)}) \
                else []
    return None


def names_its_head_noun(verb: Token, objects: list[Token]) -> bool:
    """Whether a relative clause's object is the name it gives its head noun, no relative word being the object."""
    return bool(objects) and not any(c.lower_ in ("who", "whom", "which", "that") for c in verb.children
                                     if c.dep_ in ("dobj", "nsubj"))


# names that charge a crime: calling someone "a terrorist state" or "an aggressor" accuses them of one
CRIME_WORDS = {"terrorist", "terrorism", "aggressor", "murderer", "killer", "genocide", "crime", "criminal"}


def names_a_crime(predicate: Token) -> bool:
    """The name itself, not a phrase inside it ('called the decision a reward for terrorism' is no charge)."""
    return any(t.lemma_.lower() in CRIME_WORDS for t in (predicate, *predicate.children)
               if t.i == predicate.i or t.dep_ in ("amod", "compound"))


# "held Damascus responsible for the attack", "will hold Moscow accountable": blame as a small clause
BLAMING_PREDICATES = {"responsible", "accountable", "liable", "culpable"}


# findings of an inquiry, whose complement's subject is the one found at fault: "a British inquiry concluded that
# Putin had probably approved the killing" (not "found that Iran had complied")
FINDING_VERBS = {"find", "conclude", "determine", "establish"}
FINDING_NOUNS = {"inquiry", "investigation", "report", "probe", "panel", "assessment", "investigator", "inspector",
                 "review", "commission"}
CLEARING_VERBS = {"comply", "cooperate", "abide", "respect", "fulfil", "fulfill", "honour", "honor", "adhere"}


# "declared that Iran was in breach of its obligations", "found Russia in violation of the treaty"
BREACH_NOUNS = {"breach", "violation", "contravention", "defiance"}
BREACH_COPULAS = {"be", "remain", "stand"}
UNCERTAIN_AUXILIARIES = {"would", "could", "might", "may"}
COURT_NOUNS = {"court", "tribunal", "arbitrator", "arbitration", "judge", "panel"}


def _in_breach(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and p.lemma_.lower() in BREACH_NOUNS for p in c.children) for c in token.children)


def found_in_breach(verb: Token) -> list[Token]:
    """For a statement or finding that X is in breach of something: the phrases of X, else []. Not when denied
    or only possible ('said Iran was not in breach', 'would be in breach if it enriched further')."""
    lemma = verb.lemma_.lower()
    if lemma not in STATING_VERBS | FINDING_VERBS | {"rule", "judge"} or any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in COURT_NOUNS for c in verb.children):
        return []  # (a court told by its seat is no state's: "a tribunal in The Hague found China in breach")
    held = [s for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in BREACH_COPULAS and _in_breach(c)
            and not any(a.dep_ == "neg" or a.lower_ in UNCERTAIN_AUXILIARIES for a in c.children)
            for s in c.children if s.dep_ == "nsubj"]
    if lemma in FINDING_VERBS | {"declare", "rule", "judge"} and not any(c.dep_ == "neg" for c in verb.children):
        held += [o for o in verb.children if o.dep_ == "dobj" and (_in_breach(verb) or _in_breach(o))]
    return held


def held_responsible(verb: Token) -> list[Token]:
    """For 'hold X responsible/accountable', an inquiry's finding against X, or X found in breach: the phrases
    of the ones held so, else []."""
    if found := found_in_breach(verb):
        return found
    if verb.lemma_.lower() in FINDING_VERBS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in FINDING_NOUNS for c in verb.children):
        return [s for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() not in CLEARING_VERBS and not any(
            n.dep_ == "neg" for n in c.children) for s in c.children if s.dep_ == "nsubj"]
    if verb.lemma_.lower() != "hold":
        return []
    for child in verb.children:
        if child.lemma_.lower() in BLAMING_PREDICATES and child.dep_ in ("advcl", "ccomp", "oprd", "acomp", "xcomp"):
            return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + \
                [c for c in child.children if c.dep_ == "nsubj" and c.i < child.i]  # (or "was held responsible")
    # the predicate the parser hung on the object: "held [U.S. forces [responsible]amod] for the attacks"
    return [o for o in verb.children if o.dep_ == "dobj" and any(
        c.dep_ == "amod" and c.i > o.i and c.lemma_.lower() in BLAMING_PREDICATES for c in o.children)]


# verbs that state a judgement of their clause's subject: "Germany said Russia's decision was unacceptable"
STATING_VERBS = {"say", "tell", "state", "add", "declare", "insist", "stress", "warn", "argue", "write", "respond",
                 "reply", "retort", "complain", "charge", "tweet", "post"}


# verbs of conduct, judged by their manner: "said China continued to behave aggressively"
CONDUCT_VERBS = {"behave", "act"}


def adjective_of(adverb: str) -> str:
    """'aggressively' -> 'aggressive', 'irresponsibly' -> 'irresponsible'."""
    return adverb[:-1] + "e" if adverb.endswith(("ibly", "ably")) else adverb[:-2] if adverb.endswith("ly") else adverb


SUFFERERS = {"victim", "target", "casualty", "object"}
# what an act said to imperil what is no party does: "said Israel's attacks endangered the whole region" (wrongs
# told of an act; not damage done, which arms' cues tell: "said Russian strikes damaged power plants")
HARMING_VERBS = WRONGDOING_VERBS & {"undermine", "destabilise", "destabilize", "violate", "breach", "sabotage"} | {
    "endanger", "jeopardise", "jeopardize", "imperil"}
# damage done to bonds, not things: "said U.S. actions on trade and Taiwan had damaged trust"
DAMAGING_VERBS = {"damage", "harm", "hurt", "poison", "erode"}
HARMED_BONDS = {"trust", "relation", "relations", "tie", "ties", "confidence", "peace", "stability", "security"}


def stated_judgement(copula: Token) -> Token | None:
    """For 'X said [Y] was unacceptable', 'said [Y] behaved recklessly', 'said [Y's attacks] endangered the
    region' or 'said [Y] had made a mistake': the judged subject Y of a condemning copular clause, a clause of
    conduct in a condemning manner, an act said to imperil what is no party, or a condemned thing Y made, that a
    statement governs, else None. Not when negated ('said the strikes were not illegal'). A harm told by a verb
    joined to the clause is said of its subject too ('said Iran's insistence was inconsistent with its obligations
    and jeopardised the prospects of a deal')."""
    shared = copula.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in copula.children)
    clause = copula.head if shared else copula
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in STATING_VERBS or shared and \
            copula.lemma_.lower() not in HARMING_VERBS | DAMAGING_VERBS:
        return None
    if any(c.dep_ == "neg" for c in copula.children) or any(t.lower_ in ("neither", "nor") for t in copula.subtree):
        return None  # (nor 'neither rude nor offensive')
    conduct = copula if copula.lemma_.lower() in CONDUCT_VERBS else next(
        (c for c in copula.children if c.dep_ == "xcomp" and c.lemma_.lower() in CONDUCT_VERBS), None)
    if conduct is not None:
        manner = {adjective_of(t.lower_) for c in conduct.children if c.dep_ == "advmod" for t in c.subtree}
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        return subject if subject is not None and condemning(manner) else None
    if copula.lemma_.lower() in HARMING_VERBS or copula.lemma_.lower() in DAMAGING_VERBS and all(
            c.lemma_.lower() in HARMED_BONDS for c in copula.children if c.dep_ == "dobj"):
        # "said Israel's attacks endangered the whole region", "said the sanctions undermined stability": an act
        # (a noun, not an actor) said to harm what is no party condemns its doer
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        harmed = [c for c in copula.children if c.dep_ == "dobj"]
        done = not any(c.dep_ == "aux" and c.tag_ == "MD" for c in {*copula.children, *clause.children})  # (not
        # what it "would damage", "would deepen divisions and undermine")
        return subject if done and subject is not None and subject.pos_ == "NOUN" and harmed and all(
            h.pos_ == "NOUN" and h.ent_type_ == "" for h in harmed) else None
    if copula.lemma_.lower() == "make" and any(condemning(forms([o, *(c for c in o.children if c.dep_ in (
            "amod", "compound"))])) for o in copula.children if o.dep_ == "dobj"):  # "said Xi made a big mistake"
        return next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if copula.lemma_.lower() not in COPULAS:
        return None
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "it" and any(c.dep_ in ("advcl", "xcomp", "ccomp")
                                                              for c in copula.children):
        # "said it was inappropriate for Germany to pay": 'it' is the clause, whose doer may be judged or pitied
        # ("it was unfair for Ukraine to bear the burden"); no judgement is told of anyone
        return None
    # (one said to be the victim or target of a wrong suffers it: "said he had been the victim of harassment")
    predicates = [c for c in copula.children if c.dep_ in ("acomp", "attr", "dobj")
                  and c.lemma_.lower() not in SUFFERERS]
    if copula.lemma_.lower() != "be":  # "posed a threat" (not "a bulwark [against terrorism]", "no threat", "could")
        possible = any(c.tag_ == "MD" for c in copula.children) or any(d.lower_ == "no" for p in predicates
                                                                       for d in p.children)
        return None if possible or not any(condemning(forms([p, *(m for m in p.children if m.dep_ in (
            "amod", "compound"))])) for p in predicates) else subject
    if subject is None or not any(condemning(_own_words(p)) for p in predicates):
        return None
    return subject


def statement_of(judged: Token) -> Token:
    """The verb of saying a judged clause hangs on, through a verb joined to the clause ('said ... was inconsistent
    and jeopardised')."""
    return judged.head.head if judged.dep_ == "conj" else judged.head


def _own_words(predicate: Token) -> set[str]:
    """A predicate's words, not those of a complement clause inside it: 'it was likely [that Putin decided ..., a
    claim the Kremlin described as shocking]' judges no one shocking ('a step that was provocative' does)."""
    inner = {t.i for c in predicate.subtree if c.dep_ in ("ccomp", "acl", "advcl", "xcomp")
             and c != predicate for t in c.subtree}
    return forms(t for t in predicate.subtree if t.i not in inner)


# what says an attack is made of words: "a blistering attack on Germany, telling the secretary-general ..."
WORDS_OF_SPEECH = {"tell", "describe", "speech", "remark", "tweet", "interview", "insult", "rhetoric"}
VERBAL_ATTACKS = {"blistering", "scathing", "verbal", "stinging", "withering", "rhetorical", "personal", "furious"}
# what an act is done as, which is no name given to its target: "attacked Ukraine as part of his campaign"
ACT_PURPOSES = {"part", "warning", "retaliation", "response", "punishment", "revenge", "reprisal", "result", "means"}
# things said or meant that one attacks only in words: "attacked Truss's promise of tax cuts as a fairytale"
SAID_THINGS = {"promise", "pledge", "plan", "policy", "proposal", "remark", "comment", "statement", "record", "stance",
               "claim", "budget", "speech", "idea", "vision"}
# verbs that carry out or order an attack they govern: "ordered an attack on Ukraine, saying ..." is one
ARMED_ORDERS = {"order", "authorize", "authorise", "direct", "command"}


def attack_in_words(candidate: Candidate, index: ActorIndex) -> bool:
    """'Trump opened the summit with a blistering attack on Germany, telling the alliance's chief that Germany
    was a captive of Russia': a person's attack, told in words and with no arms in its sentence, is criticism;
    one the person orders or launches is not."""
    if candidate.relation != "attack" or (source := index.actors.get(candidate.source)) is None or \
            source.type is not ActorType.PERSON:
        return False
    trigger = candidate.trigger
    sentence = trigger.sent
    performer = trigger.head if trigger.pos_ == "NOUN" else trigger  # "launched an attack", "ordered an attack"
    if speaks_of_arms(sentence) or known_lemma(performer, PERFORMING_VERBS) in PERFORMING_VERBS or \
            performer.lemma_.lower() in ARMED_ORDERS:
        return False
    return any(c.lower_ in VERBAL_ATTACKS for c in trigger.children) or \
        any(t.lemma_.lower() in WORDS_OF_SPEECH for t in sentence) or any(  # what it was said to be, or a thing said
            c.dep_ == "prep" and c.lower_ == "as" and any(p.pos_ == "ADJ" or p.dep_ == "pobj" and p.lemma_.lower()
                                                          not in ACT_PURPOSES for p in c.children) or
            c.dep_ == "dobj" and c.lemma_.lower() in SAID_THINGS for c in trigger.children) or \
        any(c.dep_ == "dobj" and c.i in index.by_token for c in trigger.children) and any(  # "attacked Almagro,
            judgement(t) is not None for t in sentence)  # calling him a tool of ...": a name given to whom it attacked


def named_in_free_relative(verb: Token) -> list[Token]:
    """'condemned what he called the aggression of Indian forces', 'denounced what it described as provocations
    by the Philippines': the act a free relative names, whose author the verb is aimed at."""
    named: list[Token] = []
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "dobj", "pobj") or clause.lemma_.lower() not in EVALUATIVE_VERBS or not any(
                c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
            continue
        named += [c for c in clause.children if c.dep_ == "oprd" or c.dep_ == "dobj" and c.lower_ != "what"]
        named += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                  for p in c.children if p.dep_ == "pobj"]
    return named


def authors_named_in_free_relative(verb: Token, index: ActorIndex, arguments: ArgumentFinder) -> list[Mention]:
    """Who did the acts a free relative names: their possessor or modifier ('Indian aggression'), else their
    'by' phrase ('provocations by the Philippines') or an 'of' phrase of armed or governing men ('the aggression
    of Indian forces'); not a place the act was done to ('a violation of Ukrainian territory')."""
    found: list[Mention] = []
    for noun in named_in_free_relative(verb):
        found += [m for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                  and (m := index.by_token.get(c.i)) is not None and m.actor is not None]
        naming = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "by" and p.i > noun.i] \
            if noun.dep_ in ("oprd", "dobj") else []  # "called the storming of the compound [by X]": X's storming
        found += [m for prep in [*noun.children, *naming] if prep.dep_ == "prep" and prep.lower_ in ("by", "of")
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  and (prep.lower_ == "by" or pobj.lemma_.lower() in ACTING_BODIES)
                  for m in arguments.actors_of(pobj, index)]
    return found


# who acts in an 'of' phrase: "the aggression of Indian forces", "the crimes of the regime"
ACTING_BODIES = {"force", "forces", "troops", "army", "military", "government", "regime", "authorities", "junta",
                 "militia", "navy", "police"}


SUBORDINATING_MARKS = {"after", "when", "as", "since", "because", "before"}
# verbs of condemning, whose subject goes on to name what they condemned: "after Scholz condemned it, calling it evil"
CONDEMNING_VERBS = {"condemn", "criticize", "criticise", "denounce", "slam", "blast", "decry", "deplore", "accuse",
                    "blame", "attack", "reject", "dismiss"}


def judged_by_name(verb: Token, judged: list[Token], arguments: ArgumentFinder, antecedents: Antecedents,
                   statements: Statements, index: ActorIndex, earlier: list[Candidate]) -> list[Candidate]:
    """The criticism (or accusation) told by 'call/describe/brand X Y' with a condemning Y: of the judged one (the
    object, or the subject of a small clause: "termed [the remarks] irresponsible"), or the author of the act
    judged; none for another name ('called the talks constructive' is no phone call either)."""
    if not judged:
        return []
    judged_phrases = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "oprd") and c.i != judged[0].i] + \
        [c for c in judged[0].children if c.dep_ in ("nsubj", "compound") and c.i < judged[0].i]
    judges = arguments.agents(verb, index)
    clause = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SUBORDINATING_MARKS for c in clause.children) and any(
            c.lower_ in ("it", "this") for c in judged_phrases) and clause.lemma_.lower() not in CONDEMNING_VERBS:
        # "protested after Pompeo congratulated Tsai, calling it interference": the main clause's speaker judges
        # the act 'it' is, whose author is the subordinate clause's
        judges = arguments.agents(clause.head, index)
        return [make_candidate("criticize", s, t, verb, verb, 0.7) for s in judges
                for t in arguments.agents(clause, index) if t.actor not in {j.actor for j in judges}]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "criticised the visit, calling it a blow to peace": 'it' is what the main verb acted on
        named = [c for c in clause.children if c.dep_ == "dobj"]
        judged_phrases = [named[0] if c.lower_ in ("it", "this", "them") and named else c for c in judged_phrases]
    judged_phrases = [relative_head(c, verb.head, index) if c.tag_ == "WP" and verb.dep_ == "relcl" else c
                      for c in judged_phrases]  # "Maduro, whom he has called a dictator"
    judged_ones = [t for c in judged_phrases for t in arguments.actors_of(c, index, possessor=True, agentive=True)]
    # (or the predicate's own by-phrase, on it or its of-phrase: "a self-coup by Maduro", "an act of aggression by")
    nouns = [judged[0], *(o for p in judged[0].children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
    judged_ones = [t for t in judged_ones if t.actor not in {j.actor for j in judges}] or [
        m for n in nouns for t in n.children if t.dep_ == "prep" and t.lower_ == "by" for p in t.children
        if p.dep_ == "pobj" for m in arguments.actors_of(p, index, possessor=True, agentive=True)
        if m.actor not in {j.actor for j in judges}]
    if not judged_ones:  # "called the decision unjustified": the author of the decision told before
        judged_ones = [t for c in judged_phrases if c.head.i != verb.i or c.dep_ == "dobj"
                       for t in antecedents.sources(verb, judges, earlier, index, noun=c)]
    judged_ones = judged_ones or statements.remark_authors(verb, judges, index)  # "a remark that"
    # an accusation its target calls false is denied (relations.tsv's deny), not a claim to land nor a third's charge
    accused = {m.actor for m in judges} | {index.side_of(m) for m in judges}
    denied = bool({t.lemma_.lower() for t in judged[0].subtree} & FALSITY_WORDS) and any(map(
        is_accusation, judged_phrases)) and any(c.relation == "accuse" and c.target in accused for c in earlier)
    relation = "deny" if denied else "accuse" if names_a_crime(judged[0]) else "criticize"  # "a terrorist state"
    return [make_candidate(relation, s, t, verb, verb, 0.7) for s in judges for t in judged_ones]

