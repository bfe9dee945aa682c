"""Compile the PETRARCH2 dictionaries into diplograph's own lexicon files (ingest/data/petrarch/).

PETRARCH2's dictionaries (Open Event Data Alliance, MIT) are decades of hand work by the event-data
field: CAMEO verb patterns, agent nouns, states, dated office holders, IGOs and discard phrases. The
extractor cannot read their TABARI format, and most of what they say has no counterpart in our 29
relations, so this script keeps what maps cleanly and writes it in the tab-separated format that
ingest/datafiles.py reads:

  verbs.tsv          lemma, particle, relation, targets, object_nouns, cameo  (CAMEO.2.0.txt)
  agents.tsv         noun, sector                                             (Phoenix.agents.txt)
  states.tsv         iso3, name, aliases, adjectives                          (Phoenix.Countries.actors.txt)
  people.tsv         name, aliases, code, iso3, sector, start, end            (both actor files)
  organizations.tsv  name, aliases, code                                      (Phoenix.International.actors.txt)
  bodies.tsv         name, aliases, code, iso3                                (Phoenix.Countries.actors.txt)
  discards.tsv       phrase                                                   (Phoenix.discards.txt)
  NOTICE             PETRARCH2's MIT notice

Verb patterns: a CAMEO code becomes one of our relations through CAMEO_RELATIONS (longest code prefix
wins; codes without a counterpart -- most 01x statements, 09x investigations, 055/056 apologies -- are
dropped). A pattern is kept only when our columns can say it: `- * WORD`, `- * &SET` (object nouns,
the set expanded to its one-word members), a leading particle (`- * DOWN WORD`), `(PREP)` or `(PREP +)`
groups (targets prep:PREP), and two-word verbs `TURN_DOWN` / `MEET_WITH` (particle or preposition).
Skipped, and counted: words before the verb (`- &MILITARY * ...`), actor markers `$ ^ %` and a bare
`+`, object phrases `{A B C}` of more than two words (a two-word one, modifier and noun, is kept as
"a b"), prepositional phrases with fixed words `(TO BORDER)` (their
constraint would be lost), further words after the object, null or target-only codes (`[---]`,
`[:173]`), codes with no counterpart, bare or prepositional uses of generic verbs (GENERIC_VERBS keep
only their object-noun patterns), WordNet synonyms filed under a broad block default (BROAD_DEFAULTS),
object rows that merely repeat the verb's own relation, and object nouns or bare verbs the
dictionary maps onto two different relations (a bare verb keeps its own default's relation). A pattern commented with
the verb it came from (`# REJECT`) is kept for that verb only, not its whole synonym block: the
blocks are broad ("post", "station", "base" share ARRANGE's patterns) and precision matters more.

Actor files: states are the entries coded with a bare three-letter code (for one whose code changed, as
Ukraine's did in 1991, the code of its open-ended last period); adjectives are the one-word
aliases derived from a name of the state (RUSSIAN from RUSSIA); capitals are not marked in the file,
so cities stay among the aliases, as PETRARCH codes them. People are entries with at least one dated
role; YYMMDD dates take the century from CENTURY_PIVOT (fixed, so the output does not change with
the clock). Organisations are the undated IGO entries whose names look like organisations, not
officials or persons. Bodies are a state's undated agencies, forces and services ("the FBI", "the PLA",
"Mossad": codes of sectors BODY_SECTORS, never a legislature or court), with the forms that name a body, not a
post or a person (a BODY_WORDS word, or one word of at most eight letters beside such a form); they act for
their state.

Deterministic: the same sources give byte-identical files. Standard library only.

    python tools/compile_petrarch.py [--source ../shared/lexicons/petrarch2] [--out ingest/data/petrarch]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO / ".." / "shared" / "lexicons" / "petrarch2"
DEFAULT_OUT = REPO / "ingest" / "data" / "petrarch"

# ----------------------------------------------------------------------------- CAMEO -> our relations
# Anchored on shared/eval/relations.tsv's cameo column; the longest matching code prefix decides.
CAMEO_RELATIONS: dict[str, str] = {
    "016": "deny",  # deny responsibility / reject an accusation: our deny relation, not a bare statement
    "02": "appeal",  # 020-028 appeal or request
    "03": "offer",  # 030-039 express intent to cooperate, offer
    "040": "meet", "044": "meet",  # consult; meet at a third location
    "041": "call",
    "042": "visit",
    "043": "host",
    "045": "mediate",
    "046": "negotiate",
    "050": "cooperate",  # engage in diplomatic cooperation
    "051": "support", "052": "support", "053": "support", "054": "support",  # praise, defend, rally, recognise
    "057": "agree",  # sign formal agreement
    "06": "cooperate",  # 060-064 material cooperation
    "07": "aid",  # 070-075 provide aid
    "08": "concede",  # 080-086 yield, ease sanctions, release, allow involvement
    "0871": "concede", "0872": "concede",  # declare truce, ease a military blockade
    "087": "withdraw", "0873": "withdraw", "0874": "withdraw",  # de-escalate, demobilise, retreat
    "10": "demand",
    "110": "criticize", "111": "criticize", "113": "criticize",  # disapprove, criticise, rally opposition
    "112": "accuse", "115": "accuse",  # accuse; bring a lawsuit against
    "114": "protest",  # complain officially
    "12": "reject",  # 120-129 reject, refuse, defy, veto
    "13": "threaten",
    "14": "protest",
    "15": "mobilize",
    "160": "sever", "161": "sever",  # reduce relations ("cut ties"); reduce or break diplomatic relations
    "162": "sanction", "163": "sanction",  # reduce or stop aid; embargo, boycott, sanctions
    "164": "sever", "165": "sever",  # halt negotiations, halt mediation
    "166": "expel",  # expel or withdraw peacekeepers, inspectors, aid agencies
    "17": "coerce",  # 170-176 seize, restrict, arrest, repress
    "174": "expel",  # expel or deport individuals
    "18": "attack", "19": "attack", "20": "attack",
}

# CAMEO files warnings under 13x with threats; our vocabulary tells them apart by the verb. CAMEO's consult
# (040) takes in any exchange, ours (meet) only one in person: verbs of writing, telling or weighing, and
# "arrive", "invite", "summon" (visit, offer and protest in relations.tsv) meet no one by themselves; nor is
# discussing negotiating (our own verbs.tsv reads "discussed ... with" as a meeting).
LEMMA_RELATIONS: dict[tuple[str, str], str] = {("warn", "threaten"): "warn", ("caution", "threaten"): "warn",
                                               ("discuss", "negotiate"): "", **{
    (lemma, "meet"): "" for lemma in "notify cable communicate consider discuss hear introduce invite arrive "
                                     "assemble debate summon".split()}}

# Where the target of a light-verb row ("impose sanctions ON x") or a bare verb is found, by relation.
RELATION_TARGETS: dict[str, tuple[str, ...]] = {
    "meet": ("prep:with",), "call": ("prep:with", "prep:to"), "visit": ("prep:to", "prep:in"),
    "host": ("prep:for",), "negotiate": ("prep:with",), "mediate": ("prep:between",),
    "demand": ("prep:from", "prep:of"), "appeal": ("prep:to", "prep:on"), "offer": ("dative", "prep:to"),
    "agree": ("prep:with",), "cooperate": ("prep:with",), "support": ("prep:for", "prep:to"),
    "aid": ("dative", "prep:to"), "threaten": ("prep:against", "prep:to"), "warn": ("prep:against",),
    "accuse": ("prep:against",), "criticize": ("prep:against", "prep:at"), "reject": ("prep:from", "prep:by"),
    "deny": ("prep:from", "prep:by"), "protest": ("prep:against", "prep:to", "prep:with"),
    "mobilize": ("prep:near", "prep:along", "prep:to", "prep:against"), "sanction": ("prep:on", "prep:against"),
    "sever": ("prep:with",), "expel": ("prep:from", "prep:of"), "coerce": ("prep:on", "prep:against"),
    "attack": ("prep:on", "prep:against"), "withdraw": ("prep:from",), "concede": ("prep:to", "prep:on"),
}

# Too generic to be a cue on their own: only their object-noun patterns are kept.
GENERIC_VERBS = frozenset(
    "say be have make take give get go come put do set place hold keep see look find show bring carry run "
    "turn move use let seem appear become remain stay begin start continue tell know think need try leave "
    "send call".split()
)
# "call" is generic for CAMEO (call for, call off, call on ...); our own verbs.tsv already has call -> call.

# Block defaults so broad that the WordNet synonyms filed under them ("better", "affect", "amass") are no
# cue by themselves: only the block's own verb and verbs with a code of their own keep a bare row.
BROAD_DEFAULTS = frozenset({"040", "050", "060", "080"})

PARTICLES = frozenset("DOWN OFF IN UP OUT ON AWAY BACK OVER FORWARD ASIDE".split())
PREPOSITIONS = frozenset("WITH TO FOR AT AGAINST INTO FROM ABOUT OF ONTO TOWARD TOWARDS UPON BETWEEN".split())

# ----------------------------------------------------------------------------- actor files
CENTURY_PIVOT = 26  # YYMMDD: YY <= 26 is 20YY, later is 19YY (the dictionaries stop before 2020)
NOT_STATES = frozenset({"KNT"})  # KINAKUTA, TABARI's fictional test country
LOWER_NAME_WORDS = frozenset(
    "al el bin ibn bint von van der den de da di du del della la le dos das ul ud of and the y for in on des et "
    "at to".split()
)
ORG_WORDS = frozenset(
    "ORGANIZATION ORGANISATION UNION NATIONS COUNCIL AGENCY FUND BANK COMMISSION COURT TRIBUNAL PROGRAMME "
    "PROGRAM ASSOCIATION LEAGUE COMMUNITY CONFERENCE SECRETARIAT ASSEMBLY PARLIAMENT FORUM PANEL ALLIANCE "
    "TREATY COOPERATION INSTITUTE AUTHORITY COMMITTEE PACT PARTNERSHIP COMMONWEALTH GROUP ORGANIZATIONS".split()
)
ROLE_WORDS = frozenset(
    "SECRETARY SECRETARY-GENERAL ENVOY MONITOR CHIEF PEACEKEEPER SPOKESMAN SPOKESWOMAN PRESIDENT REPRESENTATIVE "
    "RAPPORTEUR DIRECTOR CHAIRMAN HEAD OFFICIAL OFFICIALS MINISTERS RESIDENT CONTINGENT COUNTRIES PROJECT "
    "BOOK".split()
)
# a state's bodies: the sectors of its executive, forces, police and spies; the words that name a body
BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
BODY_WORDS = frozenset(
    "DEPARTMENT MINISTRY BUREAU AGENCY SERVICE SERVICES OFFICE COMMAND ADMINISTRATION INTELLIGENCE DIRECTORATE "
    "COUNCIL COMMISSION GUARD GUARDS POLICE ARMY NAVY CORPS FORCE FORCES MILITARY HEADQUARTERS".split()
)
DEMONYM_SUFFIXES = ("AN", "ESE", "ISH", "I", "IC", "CH", "ER", "OT", "N")


# ============================================================================= shared text helpers
def strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def words_of(entry: str) -> list[str]:
    """'VLADIMIR_PUTIN_' -> ['VLADIMIR', 'PUTIN']; whitespace counts as '_'."""
    return [w for w in re.split(r"[_\s]+", entry.strip()) if w]


def phrase(entry: str) -> str:
    """A dictionary entry as a lower-case phrase: 'WORLD_CUP_' -> 'world cup'."""
    return " ".join(words_of(entry)).lower()


def normal_case_word(word: str, first: bool) -> str:
    lower = word.lower()
    if not first and lower in LOWER_NAME_WORDS:
        return lower
    parts = lower.split("-")
    cased = []
    for i, part in enumerate(parts):
        if i == 0 and len(parts) > 1 and part in ("al", "el") and not first:
            cased.append(part)  # "al-Assad"
            continue
        cased.append(capitalize_part(part))
    return "-".join(cased)


def capitalize_part(part: str) -> str:
    if part.startswith("mc") and len(part) > 2:
        return "Mc" + part[2:].capitalize()
    if re.match(r"^[od]'[a-z]", part):
        return part[0].upper() + "'" + part[2:].capitalize()
    if re.match(r"^[a-z]'[a-z]", part):
        return part[:2] + part[2:].capitalize() if part[0] in "dl" else part.capitalize()
    return part.capitalize()


def normal_case(entry: str) -> str:
    """'BASHAR_AL_ASSAD_' -> 'Bashar al Assad', 'COTE_D'IVOIRE' -> 'Cote d'Ivoire'; 'U.S.', 'USA' kept."""
    words = words_of(entry)
    if len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha():
        return words[0]  # a bare acronym: USA, UK, US
    return " ".join(w if "." in w else normal_case_word(w, i == 0) for i, w in enumerate(words))


def clean_form(entry: str) -> str | None:
    """An alias usable as a surface form, or None for junk (parentheses, commas, stray marks)."""
    if re.search(r"[(),/;:!?\[\]{}<>]", entry) or not re.search(r"[A-Za-z]", entry):
        return None
    return entry


def tsv(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    lines = ["\t".join(header)]
    lines.extend("\t".join(row) for row in rows)
    return "\n".join(lines) + "\n"


def joined(values: Iterable[str]) -> str:
    return ";".join(values)


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# ============================================================================= CAMEO verb dictionary
@dataclass(frozen=True)
class Verb:
    lemma: str
    particle: str
    preps: tuple[str, ...]
    code: str  # its own default code, '' when it takes the block's


@dataclass(frozen=True)
class Pattern:
    tokens: tuple[str, ...]
    code: str
    comment: str


@dataclass
class Block:
    header: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


@dataclass(frozen=True)
class Row:
    lemma: str
    particle: str
    relation: str
    targets: tuple[str, ...]
    objects: frozenset[str]
    codes: frozenset[str]
    default: bool = False  # the verb's own or its block's default code, not a pattern


class Skips(Counter):
    """Why patterns were skipped, counted."""


def read_synonym_sets(lines: list[str]) -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0], [])
        elif line.startswith("+") and current is not None:
            current.append(line[1:].split()[0])
        elif line.startswith("####"):
            current = None
    return sets


def section(lines: list[str], start: str, end: str) -> list[str]:
    begin = next(i for i, line in enumerate(lines) if line.startswith(start))
    stop = next(i for i, line in enumerate(lines) if line.startswith(end) and i > begin)
    return lines[begin + 1:stop]


def code_of(text: str) -> str:
    """'[042:043]' -> '042' (the source side); '[---]', '[:173]' -> ''."""
    found = re.search(r"\[([^\]]*)\]", text)
    if not found:
        return ""
    code = found.group(1).split(":")[0].strip().rstrip("!")
    return code if re.fullmatch(r"\d{3,4}", code) else ""


def parse_verb_line(line: str) -> Verb | None:
    body = re.sub(r"\{[^}]*\}", " ", line)
    match = re.match(r"^\+?([A-Z][A-Z_'-]*)", body.strip())
    if not match:
        return None
    code = code_of(body)
    parts = [p for p in match.group(1).split("_") if p]
    if len(parts) == 1:
        return Verb(parts[0].lower(), "", (), code)
    if len(parts) == 2 and parts[1] in PARTICLES:
        return Verb(parts[0].lower(), parts[1].lower(), (), code)
    if len(parts) == 2 and parts[1] in PREPOSITIONS:
        return Verb(parts[0].lower(), "", (f"prep:{parts[1].lower()}",), code)
    return Verb("", "", (), code)  # a multi-word verb our columns cannot say


def parse_blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    for raw in lines:
        header = re.match(r"^---\s+(\S+)\s+(\[[^\]]*\])\s+---", raw)
        if header:
            blocks.append(Block(header.group(1), code_of(header.group(2))))
            continue
        if not blocks or not raw.strip() or raw.lstrip().startswith(("#", "~")):
            continue
        if raw.startswith("-"):
            blocks[-1].patterns.append(parse_pattern(raw))
        else:
            verb = parse_verb_line(strip_comment(raw))
            if verb is not None:
                blocks[-1].verbs.append(verb)
    return blocks


def parse_pattern(raw: str) -> Pattern:
    body, _, comment = raw[1:].partition("#")
    code_match = re.search(r"\[[^\]]*\]\s*$", body.strip())
    code = code_of(code_match.group(0)) if code_match else ""
    if code_match:
        body = body.strip()[:code_match.start()]
    tokens = tuple(re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", body))
    return Pattern(tokens, code, comment.strip())


def relation_of(code: str, lemma: str = "") -> str:
    for length in (4, 3, 2):
        relation = CAMEO_RELATIONS.get(code[:length]) if len(code) >= length else None
        if relation:
            return LEMMA_RELATIONS.get((lemma, relation), relation)  # ("" where the lemma has none of ours)
    return ""


def single_words(word: str, sets: dict[str, list[str]], seen: frozenset[str] = frozenset()) -> list[str]:
    """A pattern word or &SET as one-word lower-case nouns; multi-word members are dropped."""
    if word.startswith("&"):
        if word in seen or word not in sets:
            return []
        return [w for member in sets[word] for w in single_words(member, sets, seen | {word})]
    form = word.rstrip("_").lower()
    return [form] if re.fullmatch(r"[a-z]+", form) else []


@dataclass(frozen=True)
class Reading:
    """What one pattern says in our columns."""
    particle: str
    objects: tuple[str, ...]
    preps: tuple[str, ...]


def read_pattern(tokens: tuple[str, ...], sets: dict[str, list[str]]) -> Reading | str:
    """The pattern in our columns, or the reason it cannot be said there."""
    if not tokens or tokens[0] != "*":
        return "words before the verb"
    rest = list(tokens[1:])
    if any(mark in token for token in rest for mark in "$^%") or "+" in rest:
        return "actor slot or skip marker"
    particle = ""
    if rest and rest[0] in PARTICLES:
        particle = rest.pop(0).lower()
    objects: tuple[str, ...] = ()
    if rest and rest[0].startswith("{"):
        # a two-word object, a literal modifier and its noun ({DIPLOMATIC TIES}), as the extractor's
        # is_object_noun reads it off the parse; longer phrases, and sets as modifiers ({&MILITARY AID} would
        # make "battalions aid"), cannot be said
        words = rest.pop(0).strip("{}").split()
        literal = len(words) == 2 and not words[0].startswith("&")
        modifiers, nouns = (single_words(words[0], sets), single_words(words[1], sets)) if literal else ([], [])
        objects = tuple(f"{m} {n}" for m in modifiers for n in nouns)
        if not objects:
            return "multi-word object phrase"
    elif rest and (rest[0] in PREPOSITIONS or rest[0] in PARTICLES):
        return "further words after the object"
    elif rest and not rest[0].startswith("("):
        objects = tuple(single_words(rest.pop(0), sets))
        if not objects:
            return "object with no one-word noun"
    preps: list[str] = []
    for token in rest:
        if not token.startswith("("):
            return "further words after the object"
        inside = token.strip("()").split()
        if not inside or inside[0] not in PREPOSITIONS or any(w != "+" for w in inside[1:]):
            return "prepositional phrase with fixed words"
        preps.append(f"prep:{inside[0].lower()}")
    return Reading(particle, objects, tuple(preps))


def pattern_verbs(pattern: Pattern, block: Block) -> list[Verb]:
    """The verbs a pattern applies to: the one its comment names, if any, else the whole block."""
    named = {w.lower() for w in re.findall(r"[A-Z]+", pattern.comment.split(" ")[0] if pattern.comment else "")}
    chosen = [v for v in block.verbs if v.lemma and v.lemma in named]
    return chosen or [v for v in block.verbs if v.lemma]


def verb_rows(blocks: list[Block], sets: dict[str, list[str]], skips: Skips) -> list[Row]:
    rows: list[Row] = []
    for block in blocks:
        skips["multi-word verb"] += sum(1 for v in block.verbs if not v.lemma)
        for verb in block.verbs:
            if verb.lemma:
                rows.extend(bare_row(verb, block, skips))
        for pattern in block.patterns:
            rows.extend(pattern_rows(pattern, block, sets, skips))
    return rows


def bare_row(verb: Verb, block: Block, skips: Skips) -> list[Row]:
    code = verb.code or block.code
    relation = relation_of(code, verb.lemma)
    if not relation or verb.lemma in GENERIC_VERBS or not re.fullmatch(r"[a-z-]+", verb.lemma):
        return []
    if not verb.code and code in BROAD_DEFAULTS and verb.lemma != block.header.split("_")[0].lower():
        skips["synonym under a broad block default"] += 1
        return []
    targets = verb.preps or ("dobj", *RELATION_TARGETS[relation])
    return [Row(verb.lemma, verb.particle, relation, targets, frozenset(), frozenset({code}), default=True)]


def pattern_rows(pattern: Pattern, block: Block, sets: dict[str, list[str]], skips: Skips) -> list[Row]:
    if not pattern.code:
        skips["null or target-only code"] += 1
        return []
    relation = relation_of(pattern.code)
    if not relation:
        skips["code with no counterpart"] += 1
        return []
    reading = read_pattern(pattern.tokens, sets)
    if isinstance(reading, str):
        skips[reading] += 1
        return []
    rows = []
    for verb in pattern_verbs(pattern, block):
        relation = relation_of(pattern.code, verb.lemma)
        if not relation or reading.particle and verb.particle:
            continue
        if not reading.objects and verb.lemma in GENERIC_VERBS:
            skips["generic verb without object noun"] += 1
            continue
        preps = reading.preps + verb.preps
        if preps:
            targets = preps
        elif reading.objects:
            targets = RELATION_TARGETS[relation]
        else:
            targets = ("dobj", *RELATION_TARGETS[relation])
        rows.append(Row(verb.lemma, reading.particle or verb.particle, relation, tuple(unique(targets)),
                        frozenset(reading.objects), frozenset({pattern.code})))
    return rows


def merge_rows(rows: list[Row], skips: Skips) -> list[Row]:
    """One row per (lemma, particle, relation) for bare uses, per (..., targets) for object nouns;
    ambiguous nouns and bare verbs dropped, object rows that repeat the bare relation dropped."""
    bare: dict[tuple[str, str, str], Row] = {}
    for row in (r for r in rows if not r.objects):
        key = (row.lemma, row.particle, row.relation)
        old = bare.get(key)
        bare[key] = row if old is None else Row(*key, tuple(unique(old.targets + row.targets)), frozenset(),
                                                old.codes | row.codes, old.default or row.default)
    bare = drop_ambiguous_bare(bare, skips)
    relations_of_noun: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in (r for r in rows if r.objects):
        for noun in row.objects:
            relations_of_noun[(row.lemma, row.particle, noun)].add(row.relation)
    grouped: dict[tuple[str, str, str, tuple[str, ...]], tuple[set[str], set[str]]] = {}
    for row in (r for r in rows if r.objects):
        if (row.lemma, row.particle, row.relation) in bare:
            skips["object row repeating the verb's relation"] += 1
            continue
        nouns = {n for n in row.objects if len(relations_of_noun[(row.lemma, row.particle, n)]) == 1}
        if not nouns:
            skips["object noun mapped onto two relations"] += 1
            continue
        nouns_so_far, codes = grouped.setdefault((row.lemma, row.particle, row.relation, row.targets), (set(), set()))
        nouns_so_far.update(nouns)
        codes.update(row.codes)
    merged = list(bare.values())
    merged += [Row(*key, frozenset(nouns), frozenset(codes)) for key, (nouns, codes) in grouped.items()]
    return sorted(merged, key=row_sort_key)


def drop_ambiguous_bare(bare: dict[tuple[str, str, str], Row], skips: Skips) -> dict[tuple[str, str, str], Row]:
    """A verb used without object noun keeps one relation: its default's if it has one, else none."""
    relations: dict[tuple[str, str], set[str]] = defaultdict(set)
    defaults: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (lemma, particle, relation), row in bare.items():
        relations[(lemma, particle)].add(relation)
        if row.default:
            defaults[(lemma, particle)].add(relation)
    kept = {}
    for key, row in bare.items():
        verb = key[:2]
        if len(relations[verb]) > 1 and (len(defaults[verb]) != 1 or key[2] not in defaults[verb]):
            skips["bare verb mapped onto two relations"] += 1
            continue
        kept[key] = row
    return kept


def row_sort_key(row: Row) -> tuple:
    return (row.lemma, row.particle, bool(row.objects), row.relation, row.targets, sorted(row.objects))


def compile_verbs(text: str) -> tuple[str, Skips]:
    lines = text.splitlines()
    sets = read_synonym_sets(section(lines, "####### SYNONYM SETS", "####### VERB PATTERNS"))
    blocks = parse_blocks(section(lines, "####### VERB PATTERNS", "######## TRANSFORMATIONS"))
    skips = Skips()
    rows = merge_rows(verb_rows(blocks, sets, skips), skips)
    body = tsv(["lemma", "particle", "relation", "targets", "object_nouns", "cameo"],
               ([r.lemma, r.particle, r.relation, joined(r.targets), joined(sorted(r.objects)),
                 joined(sorted(r.codes))] for r in rows))
    return body, skips


# ============================================================================= agents
def regular_plural(word: str) -> str:
    if re.search(r"(S|X|Z|CH|SH)$", word):
        return word + "ES"
    if re.search(r"[^AEIOU]Y$", word):
        return word[:-1] + "IES"
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    return word + "S"


def expand_substitutions(entry: str, substitutions: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!([A-Z]+)!", entry)
    if not found or found.group(0) not in substitutions:
        return [entry]
    return [entry.replace(found.group(0), value) for value in substitutions[found.group(0)]]


def agent_forms(entry: str, braces: str | None, substitutions: dict[str, list[str]]) -> list[str]:
    """The entry, its explicit {plurals} or its regular plural; MINIST stems become minister/ministry."""
    entry = re.sub(r"MINIST$", "!MINIST!", entry.rstrip("_"))
    forms = expand_substitutions(entry, substitutions)
    if "!" in entry:
        return forms
    if braces is not None:
        return forms + braces.split()
    head = forms[0]
    return forms + [regular_plural(head)]


def compile_agents(text: str) -> str:
    substitutions: dict[str, list[str]] = {}
    sectors: dict[str, str] = {}
    for raw in text.splitlines():
        line = strip_comment(raw).strip()
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        entry = re.match(r"^([A-Z][A-Z0-9_!' .-]*?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)[\]}]", line)
        if not entry:
            continue
        for form in agent_forms(entry.group(1).replace(" ", "_"), entry.group(2), substitutions):
            noun = phrase(form)
            if noun and re.fullmatch(r"[a-z][a-z' .-]*", noun):
                sectors.setdefault(noun, entry.group(3))
    return tsv(["noun", "sector"], ([noun, sectors[noun]] for noun in sorted(sectors)))


# ============================================================================= actor files
@dataclass
class Actor:
    name: str  # as in the file: 'VLADIMIR_PUTIN_'
    aliases: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # the insides of '[...]': 'RUSGOV 120507-180507'


def parse_actors(text: str) -> Iterator[Actor]:
    current: Actor | None = None
    for raw in text.splitlines():
        line = strip_comment(raw)
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", " ", line).strip()
        if raw[0] in " \t":
            if current is not None:
                current.codes.extend(codes)
        elif head.startswith("+"):
            if current is not None:
                current.aliases.append(head[1:].strip())
                current.codes.extend(codes)
        elif head:
            if current is not None:
                yield current
            current = Actor(head, [], codes)
    if current is not None:
        yield current


def state_code(actor: Actor) -> str | None:
    """The state an entry is: its one bare three-letter code ([RUS]); or, for a state whose code changed
    over time, the bare three-letter code of its open-ended last period ([USRUKR <910824] [UKRUNR ...]
    [UKR >911221]: Ukraine; [IRQ <...] [IRQOCC ...] [IRQ >...]: Iraq). Else None (people, groups)."""
    codes = [code.strip() for code in actor.codes]
    if len(codes) == 1 and re.fullmatch(r"[A-Z]{3}", codes[0]):
        return codes[0] if codes[0] not in NOT_STATES else None
    current = {match.group(1) for code in codes if (match := re.fullmatch(r"([A-Z]{3})\s*>\s*\d+", code))}
    if len(current) == 1 and not current & NOT_STATES:
        return current.pop()
    return None


def is_state(actor: Actor) -> bool:
    return state_code(actor) is not None


def is_adjective(alias: str, names: list[str]) -> bool:
    """RUSSIAN beside RUSSIA, AFGHAN beside AFGHANISTAN, CHINESE beside CHINA, BRITISH beside BRITAIN."""
    if "_" in alias.strip("_") or not alias.endswith(DEMONYM_SUFFIXES):
        return False
    return any(derived_from(alias, name) for name in names if name != alias and len(name) >= 4)


def derived_from(alias: str, name: str) -> bool:
    common = 0
    while common < min(len(alias), len(name)) and alias[common] == name[common]:
        common += 1
    if common == len(name):
        return alias[common:] in ("N", "AN", "IAN", "I", "ESE", "ISH", "ER")  # RUSSIA+N, IRAQ+I
    if common == len(alias) and common >= 5:
        return True  # AFGHAN(ISTAN)
    return len(alias) >= len(name) and common >= max(4, len(name) - 2) and alias.endswith(("ESE", "ISH", "AN"))


def compile_states(actors: list[Actor]) -> tuple[str, set[str]]:
    states: dict[str, tuple[str, list[str], list[str]]] = {}
    for actor in actors:
        iso3 = state_code(actor)
        if iso3 is None:
            continue
        name = normal_case(actor.name)
        forms = [a.strip("_") for a in actor.aliases if clean_form(a)]
        names = [w for f in [actor.name.strip("_"), *forms] for w in f.split("_") if w]
        adjectives = [f for f in forms if is_adjective(f, names)]
        aliases = [f for f in forms if f not in adjectives]
        if iso3 in states:
            old_name, old_aliases, old_adjectives = states[iso3]
            states[iso3] = (old_name, old_aliases + [name] + [normal_case(a) for a in aliases],
                            old_adjectives + [normal_case(a) for a in adjectives])
        else:
            states[iso3] = (name, [normal_case(a) for a in aliases], [normal_case(a) for a in adjectives])
    rows = []
    for iso3 in sorted(states):
        name, aliases, adjectives = states[iso3]
        rows.append([iso3, name, joined(a for a in unique(aliases) if a != name), joined(unique(adjectives))])
    return tsv(["iso3", "name", "aliases", "adjectives"], rows), set(states)


DATE_RANGE = re.compile(r"^(?P<code>[A-Z-]+)\s*(?P<range>.*)$")


def parse_date(text: str) -> str | None:
    """'120507' -> '2012-05-07', '320101' -> '1932-01-01', '19270101' -> '1927-01-01'; None if malformed."""
    if re.fullmatch(r"\d{8}", text):
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):
        yy = int(text[:2])
        year = 2000 + yy if yy <= CENTURY_PIVOT else 1900 + yy
        month, day = int(text[2:4]), int(text[4:])
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass(frozen=True)
class Role:
    code: str
    start: str
    end: str
    dated: bool


def parse_role(text: str) -> Role | None:
    match = DATE_RANGE.match(text.strip())
    if not match or not re.fullmatch(r"[A-Z]{3,}", match.group("code")):
        return None
    code, span = match.group("code"), match.group("range").replace(" ", "")
    if not span:
        return Role(code, "", "", False)
    if span.startswith(">"):
        start, end = parse_date(span[1:]), ""
    elif span.startswith("<"):
        start, end = "", parse_date(span[1:])
    elif "-" in span:
        first, _, last = span.partition("-")
        start, end = parse_date(first), parse_date(last)
    else:
        return None
    if start is None or end is None:
        return None
    return Role(code, start, end, True)


def split_code(code: str, states: set[str]) -> tuple[str, str]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> ('', ''); 'ELI' -> ('', 'ELI')."""
    if code[:3] in states:
        return code[:3], code[3:]
    if code.startswith("IGO"):
        return "", ""
    return "", code


def compile_people(actors: list[Actor], states: set[str]) -> str:
    rows: set[tuple[str, ...]] = set()
    for actor in actors:
        if is_state(actor) or not clean_form(actor.name):
            continue
        roles = [role for role in (parse_role(c) for c in actor.codes) if role is not None]
        if not any(role.dated for role in roles):
            continue
        name = normal_case(actor.name)
        aliases = joined(unique(a for a in (normal_case(x) for x in actor.aliases if clean_form(x)) if a != name))
        for role in roles:
            iso3, sector = split_code(role.code, states)
            rows.add((name, aliases, role.code, iso3, sector, role.start, role.end))
    return tsv(["name", "aliases", "code", "iso3", "sector", "start", "end"], sorted(rows))


def looks_like_organisation(name: str) -> bool:
    words = words_of(name)
    if any(w in ROLE_WORDS for w in words):
        return False
    acronym = len(words) == 1 and re.fullmatch(r"[A-Z.]{2,8}", words[0]) is not None
    return acronym or any(w in ORG_WORDS for w in words)


def compile_organizations(actors: list[Actor]) -> str:
    found: dict[str, tuple[list[str], str]] = {}
    for actor in actors:
        roles = [role for role in (parse_role(c) for c in actor.codes) if role is not None]
        if not roles or any(r.dated for r in roles) or not roles[0].code.startswith("IGO"):
            continue
        if not clean_form(actor.name) or not looks_like_organisation(actor.name):
            continue
        name = org_case(actor.name)
        aliases, code = found.setdefault(name, ([], roles[0].code))
        aliases.extend(org_case(a) for a in actor.aliases if clean_form(a))
    rows = ([name, joined(a for a in unique(found[name][0]) if a != name), found[name][1]] for name in sorted(found))
    return tsv(["name", "aliases", "code"], rows)


def names_a_body(form: str) -> bool:
    words = words_of(form)
    if any(w in ROLE_WORDS for w in words):
        return False
    return len(words) == 1 and re.fullmatch(r"[A-Z.]{2,8}", words[0]) is not None or any(w in BODY_WORDS for w in words)


def compile_bodies(actors: list[Actor], states: set[str]) -> str:
    rows = []
    for actor in actors:
        roles = [role for role in (parse_role(c) for c in actor.codes) if role is not None]
        if is_state(actor) or not roles or any(r.dated for r in roles) or len({r.code for r in roles}) > 1:
            continue
        iso3, sector = split_code(roles[0].code, states)
        if not iso3 or sector[:3] not in BODY_SECTORS or "LEG" in sector or "JUD" in sector:
            continue
        raw = [f for f in [actor.name, *actor.aliases] if clean_form(f) and names_a_body(f)]
        forms = unique(org_case(f) for f in raw)
        if any(w in BODY_WORDS for f in raw for w in words_of(f)):  # (not a name alone: ASSAD)
            rows.append([forms[0], joined(forms[1:]), roles[0].code, iso3])
    return tsv(["name", "aliases", "code", "iso3"], sorted(rows))


def org_case(entry: str) -> str:
    """Acronyms stay upper case ('NATO', 'U.N.'), long names are normal-cased."""
    words = words_of(entry)
    if len(words) == 1 and re.fullmatch(r"[A-Z.]{2,8}", words[0]):
        return words[0]
    return normal_case(entry)


# ============================================================================= discards
def compile_discards(text: str) -> str:
    phrases = set()
    for raw in text.splitlines():
        line = strip_comment(raw).strip().lstrip("+").strip()
        if line:
            phrases.add(phrase(line))
    return tsv(["phrase"], ([p] for p in sorted(phrases) if p))


# ============================================================================= notice and driver
def compile_notice(license_text: str) -> str:
    return (
        "The files in this directory are derived from the PETRARCH2 dictionaries (Open Event Data Alliance,\n"
        "openeventdata/petrarch2) by tools/compile_petrarch.py. PETRARCH2's licence:\n\n"
        + license_text.rstrip("\n") + "\n"
    )


def read(source: Path, name: str) -> str:
    return (source / name).read_text(encoding="utf-8", errors="replace")


def compile_all(source: Path) -> tuple[dict[str, str], Skips]:
    verbs, skips = compile_verbs(read(source, "CAMEO.2.0.txt"))
    countries = list(parse_actors(read(source, "Phoenix.Countries.actors.txt")))
    international = list(parse_actors(read(source, "Phoenix.International.actors.txt")))
    states_tsv, states = compile_states(countries)
    files = {
        "NOTICE": compile_notice(read(source, "LICENSE")),
        "verbs.tsv": verbs,
        "agents.tsv": compile_agents(read(source, "Phoenix.agents.txt")),
        "states.tsv": states_tsv,
        "people.tsv": compile_people(countries + international, states),
        "organizations.tsv": compile_organizations(international),
        "bodies.tsv": compile_bodies(countries, states),
        "discards.tsv": compile_discards(read(source, "Phoenix.discards.txt")),
    }
    return files, skips


def write_files(files: dict[str, str], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    files, skips = compile_all(args.source)
    write_files(files, args.out)
    for name in sorted(files):
        rows = files[name].count("\n") - (1 if name.endswith(".tsv") else 0)
        print(f"{name}: {rows} {'rows' if name.endswith('.tsv') else 'lines'}")
    print(f"verb patterns skipped: {sum(skips.values())}")
    for reason, count in sorted(skips.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {count:5d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
