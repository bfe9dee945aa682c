"""Modality: whether an event happened, is planned, negated, hypothetical or only reported.

Read off the trigger and the words that govern it: auxiliaries and negation on the trigger,
and control or speech verbs above it ("planned to meet", "refused to", "said it would").
Events that are only the content of a request ("urged Russia to pull back") are not events at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.ingest.constructions import CLAIM_NOUNS
from diplograph.ingest.denials import DENYING_VERBS
from diplograph.ingest.framing import (
    COMMENTING_VERBS,
    adjunct_hung_on_complement,
    asker_s_own,
    comment_on_a_prediction,
    frame_of_finite_conjunct,
    free_of_first_negation,
    own_past_clause,
    speaker_of_conjoined_act,
)
from diplograph.ingest.mentions import misread_modal
from diplograph.ingest.modality_words import (
    ADOPTING_VERBS,
    ANTICIPATING_ADJECTIVES,
    ASKING_NOUNS,
    ATTEMPT_NOUNS,
    AVOIDING_VERBS,
    CONDITIONING_VERBS,
    CONSEQUENCE_PARTICIPLES,
    EFFORTS,
    FEARED_NOUNS,
    FULFILLING_VERBS,
    HEARSAY_ADVERBS,
    LIKELIHOOD_WORDS,
    MOTION_NOUNS,
    PENDING_SUBORDINATORS,
    PURPOSED_FORCE,
    REFUSAL_NOUNS,
    RESTATED_ACTS,
    SCHEDULE_NOUNS,
    SCHEDULED_VERBS,
    SPOKEN_IN_PASSING,
    SUPPOSED_CONTENTS,
    TEMPORAL_SUBORDINATORS,
    THREATENED_ANSWERS,
    WHEN_PREPOSITIONS,
    a_cause_foreseen,
    a_cause_told,
    asking_for,
    drawn_by_a_told_plan,
    no_longer,
    ruled_out,
    subjunctive_clause,
    told_as_a_fact,
)
from diplograph.ingest.object_nouns import barred
from diplograph.ingest.plans import undone
from diplograph.ingest.questions import asked
from diplograph.model import Modality

PRECEDENCE = [Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PLANNED, Modality.REPORTED]
LIGHT_VERBS = {"make", "pay", "hold", "conduct", "impose", "sign", "take"}  # whose object is the act: "make a visit"


class ContentOfRequest(Exception):
    """The event is what someone asked for, not something that happened."""


MODAL_AUXILIARIES = {"would", "will", "could", "might", "may", "should", "can", "shall", "'d", "'ll"}


def _clause_opener(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "mark":
            return child.lower_
    if token.dep_ in ("pcomp", "pobj") and token.head.dep_ == "prep":
        return token.head.lower_
    return None


def _goes_on(verb: Token) -> bool:
    """'Pompeo travels on to Sri Lanka': a trip told in the present as going on from here is ahead, dated or not."""
    return verb.tag_ in ("VBZ", "VBP") and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "on" and \
        verb.nbor().head == verb and not any(c.dep_ == "pobj" for c in verb.nbor().children)  # not "on a jet"


def _own_markers(node: Token, cues: dict[str, str]) -> list[str]:
    kinds = []
    for child in node.children:
        if child.dep_ == "neg" or child.dep_ == "advmod" and (child.lower_ == "never" or no_longer(child)):
            kinds.append("negated")
        elif child.dep_ in ("aux", "auxpass") and child.lower_ in cues and child.tag_ != "NNP" and not misread_modal(
                child, node):  # not "May spoke", "May travelled"
            kinds.append("would" if child.lower_ == "would" else cues[child.lower_])  # ("would": modality_of)
        elif child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            kinds.append("hypothetical")
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in child.children) \
                and not (node.lemma_.lower() in CONDITIONING_VERBS and node.tag_ != "VB" and not any(
                    c.dep_ == "aux" and c.lower_ in MODAL_AUXILIARIES for c in node.children)):
            # the consequent of a condition: "If Russia invades, we will impose"; but a threat made with its condition
            # was made: "threatened Iran with bombing if Tehran did not reach a deal"
            kinds.append("hypothetical")
        elif child.dep_ == "advmod" and child.lower_ in HEARSAY_ADVERBS:
            kinds.append("reported")
        elif child.dep_ == "acomp" and node.lemma_ == "be" and cues.get(child.lower_) == "planned":
            kinds.append("planned")  # one's presence ahead: "is due in Bujumbura on Thursday"
    if node.lemma_.lower() in SCHEDULED_VERBS and (node.tag_ in ("VBZ", "VBP") or node.tag_ == "NNS" and
                                                   node.dep_ == "ROOT") and (any(
            t.ent_type_ == "DATE" for c in node.children if c.dep_ in ("prep", "npadvmod")
            for t in (c, *c.children)) or _goes_on(node)) and not any(
            c.lower_ in ("since", "every") for c in node.subtree):
        kinds.append("planned")  # a schedule told in the present: "Trump travels on Wednesday to South Korea"
    if node.tag_ == "VBN" and cues.get(node.lemma_.lower()) == "planned" and \
            any(c.dep_ == "auxpass" for c in node.children) and any(c.dep_ == "prep" for c in node.children):
        kinds.append("planned")  # "is expected in Paris on Thursday"
    for child in node.children:
        # "the planned talks", "a possible visit" (the tagger may take "planned" for a participle, lemma "plan")
        if child.dep_ == "amod" and node.pos_ == "NOUN" and (word := next(
                (w for w in (child.lower_, child.lemma_.lower()) if w in ANTICIPATING_ADJECTIVES), None)):
            kinds.append(ANTICIPATING_ADJECTIVES[word])
    asker = asking_for(node)
    if asker is not None and asker.lemma_.lower() in ASKING_NOUNS and asker.pos_ == "NOUN" and not (
            asker.dep_ in ("dobj", "nsubjpass") and asker.head.lemma_.lower() in ADOPTING_VERBS):
        kinds.append("hypothetical")  # "dismissed calls for U.S. strikes", "a proposal for a buffer zone"
    if node.dep_ in ("pobj", "pcomp") and node.head.lower_ == "without":
        kinds.append("negated")  # an event under "without": "ended without an agreement", "without consulting Rome"
    if node.pos_ in ("NOUN", "PROPN") and determined_by_no(node):
        kinds.append("negated")  # "there had been no meeting between Zarif and ..."
    return kinds


def _ahead(verb: Token, cues: dict[str, str]) -> bool:
    """Whether a verb is planned by its own markers or by the frame it completes: 'will address', 'is due to
    address', 'has agreed to meet'."""
    for _ in range(3):
        if "planned" in _own_markers(verb, cues):
            return True
        if verb.dep_ != "xcomp" or verb.head.i == verb.i:
            return False
        verb = verb.head
        if cue_of(verb, cues) in ("planned", "commissive"):
            return True
    return False


def determined_by_no(noun: Token) -> bool:
    """'no meeting', 'made no move to', 'held no talks': a noun that denies what it names."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def cue_of(token: Token, cues: dict[str, str]) -> str | None:
    """The cue a word is, with its particle ('called off'), by its lemma or, where the lemmatiser slips ('hopes' ->
    'hop'), its own form."""
    phrasal = next((f"{token.lemma_.lower()} {c.lower_}" for c in token.children if c.dep_ == "prt"), "")
    lower = token.lower_
    for form in (phrasal, token.lemma_.lower(), lower, lower[:-1] if lower.endswith(("s", "ed")) else "",  # ("hoped")
                 lower[:-2] if lower.endswith("ed") else ""):
        if form and form in cues:
            return cues[form]
    return None


def _pending(clause: Token, cues: dict[str, str]) -> bool:
    """A clause negated or not yet done: 'would not approve', 'will wait'."""
    return any(c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and cues.get(c.lower_) in ("planned", "hypothetical"))
               for c in clause.children)


def modality_of(trigger: Token, cues: dict[str, str]) -> Modality:
    """The event's modality; raises ContentOfRequest for the content of a directive."""
    kinds: list[str] = []
    if asked(trigger):
        kinds.append("hypothetical")  # a question asserts nothing: "Will Modi and Xi finally sit down together?"
    if a_cause_foreseen(trigger):
        kinds.append("hypothetical")  # "warned of sanctions over a Russian invasion": it may still come
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        kinds.extend(_own_markers(trigger.head, cues))  # "the meeting never took place"
        if _said_to_be_likely(trigger.head):
            kinds.append("hypothetical")  # "a Russian attack on a NATO member was unlikely", "a strike is imminent"
    if subjunctive_clause(trigger):
        raise ContentOfRequest(trigger.text)  # what should be, wherever hung: "Washington's order that China close"
    if trigger.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and determined_by_no(c) for c in trigger.children):
        kinds.append("negated")  # "held no talks with", "signed no agreement"
    node = trigger
    if (governor := adjunct_hung_on_complement(trigger)) is not None and trigger.lemma_.lower() in COMMENTING_VERBS \
            and (trigger.head.dep_ == "xcomp" or comment_on_a_prediction(trigger) is not None):
        # the participle is the governor's subject's act, not part of what he threatened, planned or foretold:
        # "threatened to cut off aid to Honduras, accusing it of ...", "said Armenia would leave, accusing ..."
        kinds.extend(_own_markers(trigger, cues))
        node = governor
    # a comma's participle after a refusal is what the refusal does: "said it would not accept donations, turning
    # down an offer from the UAE" turns it down now ("will not visit Israel, meeting Netanyahu instead" is ahead)
    not_inherited = -1  # a clause whose 'not' the act is not under (a refusal's participle; a tensed conjunct's)
    told = -1  # past the cause phrase of a told act, no 'not' above it denies it (a_cause_told)
    for _ in range(12):
        own = _own_markers(node, cues)
        if node.i == not_inherited and "negated" in own:
            own = [k for k in own if k != "negated" and not (k == "would" and node.dep_ == "ccomp")]
        kinds.extend(own)
        opener = _clause_opener(node)
        if node.dep_ == "advcl" and opener in PENDING_SUBORDINATORS and _pending(node.head, cues):
            # the condition of a refusal or a promise has not happened: "would not approve the bid until
            # Stockholm cracked down"
            kinds.append("hypothetical")
        # (not a clause of its own told in the past: "was expected to meet Xi before China launched drills")
        if opener == "before" and (node.dep_ == "pcomp" or node.dep_ == "advcl" and node.tag_ != "VBD") and _ahead(
                node.head.head if node.dep_ == "pcomp" else node.head, cues):
            kinds.append("planned")  # what comes after a trip ahead is ahead: "will travel ... before flying to"
        if node.i != trigger.i and opener in TEMPORAL_SUBORDINATORS:
            break
        # a bare verb the parser hung apart is one of a list: "demanded that Iran halt enrichment, withdraw ..."
        dep = "conj" if node.dep_ == "dep" and node.tag_ == "VB" else node.dep_
        if dep == "conj" and own_past_clause(node):
            break  # "warned that Moscow would retaliate, and Grushko accused NATO": the accusing is no prediction
        if dep == "conj" and free_of_first_negation(node):
            not_inherited = node.head.i  # "had not been told about it and would lodge a protest"
        if dep == "conj" and (speaker := speaker_of_conjoined_act(node)) is not None:
            node = speaker  # "insisted that its forces were not targeting civilians and accused the West"
            continue
        if dep == "conj" and (frame := frame_of_finite_conjunct(node)) is not None:
            node = frame  # "denied carrying out strikes and accused Warsaw": the denial's subject accuses
            continue
        if juxtaposed_before(node):
            break  # "The Kremlin accused Ukraine of ...; Kyiv denied any involvement"
        if dep in ("acl", "relcl") and node.head.dep_ == "npadvmod" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = node.head.head  # a purpose hung on a time: "plans to fly to Moscow the next day to meet Putin"
            continue
        if dep == "xcomp" and node.head.lemma_.lower() in ("have", "be") and any(
                c.lower_ == "yet" for c in node.head.children):
            kinds.append("negated")  # "he has yet to talk to Zelensky", "is yet to visit"
        if dep in ("acl", "xcomp", "advcl") and node.head.pos_ == "NOUN" and (
                determined_by_no(node.head) or node.head.lemma_.lower() in REFUSAL_NOUNS):
            kinds.append("negated")  # "made no move to detain him", "has no plans to visit", "Hungary's refusal to"
        if dep == "acl" and node.head.pos_ == "NOUN" and (node.head.lemma_.lower() in ATTEMPT_NOUNS or (
                node.head.lemma_.lower() in MOTION_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                 for c in node.children)
                and node.head.head.lemma_.lower() not in ADOPTING_VERBS)):
            kinds.append("planned")  # "any attempt by China to invade Taiwan", "weighing a resolution to censure Iran"
        if node.head.lemma_.lower() in SCHEDULE_NOUNS and dep in ("acl", "relcl", "advcl") and node.tag_ == "VB" and \
                any(g.dep_ == "mark" and g.lower_ == "for" for g in node.children):
            kinds.append("planned")  # "the deadline for U.S. troops to leave Afghanistan", "a plan for Russia to"
        if dep in ("acl", "ccomp") and node.head.pos_ == "NOUN" and node.head.lemma_.lower() in SUPPOSED_CONTENTS and \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            kinds.append(SUPPOSED_CONTENTS[node.head.lemma_.lower()])  # "suggestions that Washington is siding with"
        if dep == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN" and \
                node.head.head.lemma_.lower() in FEARED_NOUNS and node.lemma_.lower() not in THREATENED_ANSWERS:
            kinds.append("hypothetical")  # "fears of a clash between Russia and NATO", "the threat of an attack"
        if dep == "prep" and node.lower_ == "from" and cue_of(node.head, cues) in ("preventing", "blocking", "negated"):
            kinds.append("negated")  # "banning him from travelling to the bloc", "refrained from criticising"
        if ruled_out(node, dep) or barred(node):
            kinds.append("negated")  # "ruled out new negotiations", "ruled out sending troops", "closed the door on"
        if dep == "dobj" and node.i != trigger.i and cue_of(node, cues) == "planned" and \
                cue_of(node.head, cues) == "negated":
            kinds.append("negated")  # a plan refused is not ahead: "declined an invitation to visit Moscow"
        if dep in ("dobj", "nsubjpass") and cue_of(node.head, cues) in ("cancelling", "blocking") and \
                node.lemma_.lower() not in SPOKEN_IN_PASSING:  # (not "dropped hints of a visit")
            # "scrapped the planned talks", "the visit was postponed", "blocked an aid package" (an attack
            # stopped was still made: "air defences stopped a missile attack")
            kinds.append("negated")
        elif dep == "dobj" and node.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN") and \
                ((wanted := cue_of(node.head, cues)) in ("directive", "planned", "hypothetical") or
                 node.head.lemma_.lower() in AVOIDING_VERBS):
            # an act ordered, urged or sought is still to come: "ordered a strike on Israel", "sought negotiations";
            # one avoided was not made: "careful to avoid direct criticism of King Salman" (one rejected or denied
            # was: "rejected a threat by Trump")
            kinds.append("negated" if node.head.lemma_.lower() in AVOIDING_VERBS else
                         "hypothetical" if wanted == "hypothetical" else "planned")
        subject_of_clause = dep in ("nsubj", "nsubjpass") and node.i != trigger.i and node.head.dep_ in ("ccomp",
                                                                                                           "xcomp")
        if dep == "relcl" and any(c.dep_ == "det" and c.lower_ == "any" for c in node.head.children):
            kinds.append("hypothetical")  # of anyone who would: "Any Australians who come to Turkey"
        if dep not in ("xcomp", "ccomp", "conj", "pcomp", "pobj", "prep", "acl", "dobj", "advcl") and \
                not subject_of_clause:
            # (an act inside a complement clause's subject is framed by what frames the clause: "warned that
            # Washington's efforts to suppress China were creating risks")
            # a relative clause asserts on its own: "Trudeau, who was visiting Kyiv" (under "did not give")
            break
        if dep == "acl" and node.tag_ == "VBN" and node.i == trigger.i:
            break  # so does a reduced one: "agreed to end the fighting under a deal brokered by Russia"
        if dep in ("xcomp", "advcl") and any(a.pos_ == "ADJ" and any(c.lower_ == "too" for c in a.children) for a in (
                node.head, *(c for c in node.head.children if c.dep_ == "acomp"))):
            kinds.append("negated")  # "it was too early to talk about Putin congratulating Zelensky", "for Putin to"
        if node.i == trigger.i and a_cause_told(trigger):
            told = len(kinds)  # (what frames the clause still frames it: "warned of sanctions over its attack")
        if opener in TEMPORAL_SUBORDINATORS or dep == "advcl" and (opener not in (None, "to", "so", "for") or (
                drawn_by_a_told_plan(node))):  # ("said it would withdraw, drawing criticism")
            break
        head = node.head
        if head.i == node.i:
            break
        if node.i == trigger.i and dep == "advcl" and node.tag_ == "VBG" and node.doc[node.i - 1].text == ",":
            not_inherited = head.i
        cue = cue_of(head, cues)
        if cue == "directive" and head.lemma_ == "call" and any(c.dep_ == "dobj" for c in head.children) and not any(
                c.lower_ in ("on", "for", "upon") and c.dep_ in ("prep", "prt") for c in head.children):
            cue = None  # a phone call's purpose is the caller's act: "called Netanyahu to urge restraint"
        if cue == "hypothetical" and head.pos_ == "NOUN" and (head.head.head if head.dep_ == "pobj" else head.head
                                                              ).lemma_.lower() in FULFILLING_VERBS:
            cue = None  # a threat carried out: "made good on its threat to expel the ambassador"
        if cue == "hypothetical" and head.lemma_.lower() in ("try", "seek") and node.i == trigger.i and \
                trigger.lemma_.lower() in EFFORTS:
            cue = None  # an effort tried is made: "Kuwait has been trying to mediate between the two sides"
        if dep == "ccomp" and node.i < head.i and any(c.dep_ in ("nsubj", "dobj") and node.i < c.i < head.i and (
                c.lemma_.lower() in CLAIM_NOUNS or head.lemma_.lower() in DENYING_VERBS and any(
                    g.lemma_.lower() in RESTATED_ACTS for g in (c, *c.children) if g.i == c.i or g.dep_ == "compound"))
                for c in head.children):
            # "Netanyahu accused Washington of ..., a charge Washington denies": the charge was made (and a
            # demand rejected, even parsed as "[a demand]compound Berlin has rejected")
            break
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            if node.i == trigger.i and trigger.lemma_.lower() in PURPOSED_FORCE and not cue:
                kinds.append("planned")  # force sent for a purpose: "deployed troops to fight militias in Libya"
            dep = "xcomp"  # an infinitive parsed as an adjunct: "threatened in August to suspend relations"
        if cue == "announcing":  # "announced that it would suspend imports": a plan; "that it had expelled": done
            cue = "reported" if "would" in _aux_words(trigger) else None
        if cue and dep in ("xcomp", "ccomp", "pcomp", "acl", "pobj", "prep"):
            if cue == "directive" and dep == "ccomp" and (node.i < head.i or told_as_a_fact(head, node, trigger) or any(
                    c.dep_ == "aux" and (c.lower_ in ("had", "has", "have") or c.lower_ in ("would", "will") and
                                         head.lemma_ == "tell" and node.lemma_.lower() not in ("have", "need"))
                    for c in node.children)):
                # (what one "had to" or "needed to" do, told, is still asked: "told Putin that Russia had to withdraw";
                # what one will do, told, a plan: "told parliament that Germany would send"; does, a fact)
                cue = "reported"  # told, not asked: "Turkey agreed to pause, Pence told reporters", "told him it had"
            if cue == "directive" and (dep in ("xcomp", "ccomp") or
                                       (dep == "prep" and node.lower_ in ("against", "for"))):
                if asker_s_own(trigger, node):
                    break  # the asker's own act, hung on what is asked: "demanded that Russia ..., hitting out at"
                # what was asked or warned against is not an event: "warned China against supplying weapons",
                # "called for sanctions on Syria"
                raise ContentOfRequest(trigger.text)
            if cue == "commissive":
                cue = "planned"
                kinds.append("promised")  # a "would" promised is the future in the past: "vowed that it would back"
            if cue == "reported" and dep not in ("ccomp", "pcomp", "prep", "pobj"):
                cue = None
            if cue in ("planned", "negated", "hypothetical") and dep not in ("xcomp", "ccomp", "acl"):
                cue = None  # a frame governs its complement, not its adjuncts: "agreed in a phone call to ..."
            if cue in ("planned", "negated", "hypothetical", "reported"):
                kinds.append(cue)
        node = head
    kinds = kinds if told < 0 else kinds[:told] + [k for k in kinds[told:] if k != "negated"]
    # a "would" told is the future in the past ("said it would continue to support", "that he and Putin would then
    # meet"); untold, or of a trigger outside its clause, a hypothetical ("would consider imposing sanctions")
    future = ("reported" in kinds or "promised" in kinds) and "would" in _aux_words(trigger) and \
        not _on_a_condition(trigger)
    kinds = [("planned" if future else "hypothetical") if k == "would" else k for k in kinds]
    kinds += ["negated"] if "planned" in kinds and undone(trigger) else []
    for modality in PRECEDENCE:
        if modality.value in kinds:
            return modality
    return Modality.ASSERTED


def _on_a_condition(verb: Token) -> bool:
    """'said its jets would strike in Syria only with the consent of Damascus', 'only if Baku asks': an act told
    with the one condition it waits on is no plan, only a possibility."""
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "when", "once") for g in c.children)
               or c.dep_ == "prep" and c.lower_ in ("with", "under", "upon") for c in verb.children
               if any(g.dep_ == "advmod" and g.lower_ == "only" for g in c.children))  # ("only after": a time)


def _said_to_be_likely(copula: Token) -> bool:
    """'[an attack] is unlikely', 'said [a strike] was imminent': the copula's own judgement of how likely its
    subject is; not 'was likely a response to', 'was likely to produce few results', 'was possible because China
    mediated', nor a past judgement outside reported speech ('was unlikely a year ago, but it happened')."""
    likely = next((c for c in copula.children if c.dep_ == "acomp" and c.lemma_.lower() in LIKELIHOOD_WORDS), None)
    return likely is not None and not any(g.dep_ in ("xcomp", "advcl", "ccomp") or g.dep_ == "prep" and g.lower_
                                          not in WHEN_PREPOSITIONS for g in likely.children) \
        and not any(c.dep_ in ("attr", "advcl") or c.dep_ == "prep" and c.lower_ not in WHEN_PREPOSITIONS
                    for c in copula.children if c.i > likely.i) and (copula.tag_ != "VBD" or copula.dep_ == "ccomp")


def _aux_words(trigger: Token) -> set[str]:
    """The auxiliaries of the trigger's clause, through what it is the object or the means of, or the comma's
    participle of consequence: 'said he would make a return visit', 'said Belgium would respond by declaring Rwandan
    diplomats persona non grata', 'said they would delay the tariff, easing pressure on Beijing'."""
    words: set[str] = set()
    node = trigger
    for _ in range(4):
        words.update(c.lower_ for c in node.children if c.dep_ == "aux")
        if node.dep_ == "pcomp" and node.head.lower_ == "by":
            node = node.head  # the means of the act: "would respond by declaring"
        elif not (node.dep_ in ("xcomp", "conj") or node.dep_ == "dobj" and node.head.lemma_.lower() in LIGHT_VERBS
                  or node.dep_ == "advcl" and node.tag_ == "VBG" and node.i > 0 and node.doc[node.i - 1].text == ","
                  and node.lemma_.lower() in CONSEQUENCE_PARTICIPLES):  # (not what one says now: "..., praising Xi")
            break
        node = node.head
    return words


def juxtaposed_before(clause: Token) -> bool:
    """'The Kremlin accused Ukraine of ...; Kyiv denied any involvement': a clause the parser hangs as the
    complement of a verb after a semicolon is a sentence of its own, not what that verb frames."""
    head = clause.head
    return clause.dep_ == "ccomp" and clause.i < head.i and any(
        t.text == ";" for t in clause.doc[clause.right_edge.i + 1:head.i])
