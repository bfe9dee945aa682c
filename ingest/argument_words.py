"""Argument words: closed classes of words the argument rules read a clause by.

Texts that speak for their author ("a resolution urging"), the verbs that make them, plans one owns, words that
end a holding, the parts of a state's territory an act lands in, the endings of an act's noun and the frames an act
is done in ("in protest at"), the words of speaking at a distance, the civilian teams that are no forces, the words
of sport (read once from non_political.tsv). Data, and one test of a noun's modifiers by them; arguments.py,
targets.py, landings.py, antecedents.py, calls.py, forces.py, context.py, group_references.py and the parse repairs
read them.
"""

from functools import lru_cache

from spacy.tokens import Token

from diplograph.ingest.datafiles import read_table

# parts of a state's territory: a strike "in Pakistan's Balochistan province" lands in Pakistan
REGION_NOUNS = {"province", "region", "territory", "city", "town", "village", "district", "state", "area",
                "border", "capital", "airspace", "waters", "coast", "island", "county", "governorate"}
# texts whose participle speaks for their author: "adopted a resolution urging the Taliban to ..."
DOCUMENT_NOUNS = {"resolution", "statement", "letter", "declaration", "communique", "communiqué", "message", "decree",
                  "motion", "note", "report", "text", "draft", "order", "law", "bill", "directive", "proclamation",
                  "memorandum", "measure", "speech", "address", "interview", "remark", "tweet", "article",
                  "call", "appeal"}  # ("issued a joint call demanding that Iran ...")
# verbs that make or send a text, whose doer is its author ("signed an order imposing"; not "scrapped the law banning")
AUTHORING_VERBS = {"sign", "issue", "pass", "adopt", "approve", "enact", "publish", "release", "send", "deliver",
                   "introduce", "draft", "unveil", "table", "circulate", "present", "submit", "write", "put", "make",
                   "give"}
# verbs whose subject owns the plan they govern ("has plans to invade", "is preparing plans to"), not one who knows
# of, judges or carries out another's ("may have known of the plan to kill", "agreed to implement a plan to")
OWNING_VERBS = {"have", "make", "announce", "unveil", "approve", "adopt", "propose", "present", "outline", "launch",
                "pursue", "push", "abandon", "shelve", "drop", "scrap", "confirm", "finalise", "finalize", "draw",
                "lay", "set", "put", "submit", "table", "float", "defend", "drive", "prepare", "weigh", "develop",
                "press", "consider", "study", "draft", "devise", "discuss", "hatch", "revive"}
# words that end a holding: "Kherson, occupied by Russia until November 2022" is no longer Russia's
ENDED_HOLDING = {"until", "till", "formerly", "once", "previously"}
# verbs besides those of reporting whose subject speaks the text hung on them with 'in' or 'with': "opened the
# forum with a speech accusing", "responded in a letter urging" (not "appears in a report accusing")
OPENING_VERBS = {"open", "close", "begin", "end", "respond", "reply", "answer", "speak", "address", "warn", "welcome"}
# verbs by which a thing reacted to was made by someone: "rejected a new map published by Nepal"
MAKING_VERBS = AUTHORING_VERBS | {"propose", "announce", "sponsor", "launch", "float", "impose"}
# object control: the object, not the subject, does the embedded act ("urged Russia to pull back")
OBJECT_CONTROL = {"urge", "ask", "allow", "tell", "force", "persuade", "invite", "help", "want", "press", "order",
                  "count"}
# verbs whose infinitive after the charge is the charge's purpose, no one's act: "accused Beijing of coercion to back
# its claims" (not blaming, whose infinitive is the blamer's own purpose: "blamed Kyiv for the blast to justify")
CHARGING_VERBS = {"accuse"}
# of those, the ones whose controller is their 'on' phrase: "counted on Russia to exert pressure on Damascus" (not
# "relied on Iranian drones to attack", a means)
ON_CONTROL = {"count"}
# verbs whose subject, not object, does the embedded act: "promised Kyiv to send tanks", "called Netanyahu to urge"
SUBJECT_CONTROL = {"promise", "vow", "pledge", "offer", "threaten", "agree", "refuse", "call", "phone", "telephone"}
# verbs of using a means, whose infinitive is one of purpose: "used water cannon to disperse protesters"
MEANS_VERBS = {"use", "employ", "fire"}
# what one summons an envoy to do oneself ("to demand an explanation"), not what he is to do ("to explain")
SUMMONERS_ACTS = {"demand", "protest", "express", "convey", "lodge", "condemn", "warn", "voice", "deliver", "seek"}
# object control whose act is the object's own, so that a possessive in it is the object's: "to help Australia fight
# its bushfires", "ordered Pakistan to cut the staff at its High Commission" (not "asked Japan to host its troops",
# which may be the asker's)
OWN_ACT_CONTROL = {"help", "allow", "enable", "force", "order", "tell", "urge", "press", "persuade"}
# arms that act for their state in a passive's by-phrase, besides the field's military agents: "hit by Israeli tanks"
ARMOUR_WORDS = {"tank", "artillery", "armour", "armor", "aircraft", "gunboat", "drone", "warplane", "jet"}
LAUNCHING = {"launch", "fire", "fly", "operate", "pilot", "use", "deploy"}  # whose by-phrase uses the arms
# prepositions of an adjunct whose gerund the subject does: "toured Irpin before meeting Zelensky", "left without"
ADJUNCT_PREPOSITIONS = {"before", "after", "since", "while", "upon", "without", "despite", "during", "until"}
# the endings that make an act's noun of its verb: "seizure", "invasion", "deployment", "withdrawal"
NOMINAL_ENDINGS = ("ation", "ition", "sion", "tion", "ment", "ure", "al", "ing", "ance", "ence", "ion")
# what one does an act "in": an answer to another's, whose own preposition names that act ("in protest at ..."),
# or a side taken, whose preposition names the side ("in solidarity with Azerbaijan")
ANSWERING_FRAMES = {"protest", "response", "retaliation", "reaction", "reprisal"}
FRAMED_PREPOSITIONS = {"at", "against", "to", "for"}
SIDING_FRAMES = {"solidarity"}
# verbs of contest that are attacks only where there are arms: "troops clashed", not "ministers clashed over the
# budget"; "forces defeated the rebels", not "Japan beat Germany 2-1"
CONTEST_VERBS = {"clash", "beat", "defeat", "crush", "thrash", "rout", "trounce", "stun", "edge", "hammer", "batter",
                 "overwhelm", "overpower", "outplay", "humble", "overtake", "outpace", "surpass", "eclipse"}
PASSING_VERBS = {"overtake", "outpace", "surpass", "eclipse"}  # a pace, never force: "a destroyer overtook the ship"

# accords one may agree to with a counterpart: "agreed to a ceasefire with Hamas", "agreed on a deal with Iran"
ACCORD_NOUNS = {"ceasefire", "truce", "deal", "agreement", "accord", "pact", "armistice", "settlement", "compromise"}

# what one speaks by at a distance: "spoke by telephone with", "video talks" (calls.py, the parse repairs)
PHONE_WORDS = {"phone", "telephone", "video", "videoconference", "videolink", "virtual", "hotline"}
# medical and rescue teams, who arriving visit no one and, sent as a team or to help, bring aid (material.py)
MEDICS = {"doctor", "nurse", "medic", "paramedic", "rescuer"}
# what makes a team of a military name a civilian one: "medical brigades", "a rescue unit"
CIVILIAN_SERVICES = {"medical", "health", "rescue", "humanitarian", "relief", "firefighting"}


# what readies an attack its "for" phrase names: "prepared for an offensive", "builds up forces for a strike",
# "approved the call-up of reservists for", "pressure grows for a cross-border offensive" (not "retaliating for")
READYING_WORDS = {"prepare", "preparation", "ready", "readiness", "gear", "build", "mass", "force", "troop",
                  "reservist", "reinforcement", "mobilisation", "mobilization", "pressure"}


# verbs that judge forces for an attack they made, which no one readies them for: "blamed Russian forces for an attack
# on", "thanked its forces for the strikes", "credited its troops for the offensive" (any other verb with forces for
# subject or object readies them: "called up reservists for", "regrouped its forces for", "readied troops for")
JUDGING_FOR_VERBS = {"blame", "condemn", "denounce", "criticize", "criticise", "accuse", "fault", "rebuke", "slam",
                     "thank", "praise", "credit", "hail", "commend", "applaud", "salute", "congratulate", "honour",
                     "honor", "reward", "decorate", "punish", "sanction", "fine", "prosecute", "try", "sentence",
                     "charge", "arrest", "investigate",
                     "use", "lose", "lack", "pay"}  # (nor those it spends or lacks: "lost many troops for")


def readied_for(act: Token) -> bool:
    """'as the army prepared [for] an expected ground offensive against Hamas': an attack forces are readied for,
    told by its "for" phrase on a verb of readying, or on one with forces for subject or object that does not judge
    them for it (forces.py, deterrence.py)."""
    if act.dep_ != "pobj" or act.head.lower_ != "for":
        return False
    frame = act.head.head
    forces = [w for c in frame.children if c.dep_ in ("nsubj", "dobj") for w in c.subtree]  # its subject's, object's
    return frame.lemma_.lower() in READYING_WORDS or (
        frame.lemma_.lower() not in JUDGING_FOR_VERBS and any(w.lemma_.lower() in READYING_WORDS for w in forces))


def serves_civilians(noun: Token) -> bool:
    """'sent medical brigades to Italy': a team told by its civilian service is no force, whatever its name."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in CIVILIAN_SERVICES for c in noun.children)


@lru_cache(maxsize=1)
def sport_words() -> frozenset[str]:
    """The words of non_political.tsv that set a sentence in sport ("final", "match", "cup"): context.py reads a
    story's topic by them, group_references.py a pair told in sport."""
    return frozenset(row["word"] for row in read_table("non_political.tsv") if row["context"] == "sport")
