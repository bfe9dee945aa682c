"""Person names: finding them in the parse, their short forms, and the titles that precede them.

"German Chancellor Olaf Scholz" is the person Olaf Scholz, chancellor, of Germany; "Scholz" later
in the story is the same person; "Chancellor [Olaf Scholz]ORG" is a person the tagger mislabelled.
"""

from __future__ import annotations

import datetime as dt
import itertools

from spacy.attrs import ENT_TYPE, IS_TITLE, IS_UPPER, LOWER, POS, SENT_START
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from diplograph.ingest.gazetteer import INSTRUMENTS, Gazetteer, names_a_settlement, names_a_thing, names_an_installation
from diplograph.ingest.mentions import GATHERING_PEOPLE, ActorIndex, ActorRecord, Mention
from diplograph.ingest.name_words import HONORIFICS, MILITARY_RANKS, NAME_PARTICLES, RANK_WORDS, has_a_capital, title_of
from diplograph.ingest.nationality import told_state
from diplograph.ingest.offices import OfficeHolders
from diplograph.ingest.questions import opens_a_question
from diplograph.ingest.roles import RoleResolver
from diplograph.ingest.surnames import Surnames
from diplograph.ingest.token_columns import hashes, tokens_where
from diplograph.model import ActorType

# a person's name never ends in these: "[Kataib Hezbollah militia]PERSON" is an armed group
ARMED_GROUP_WORDS = {"militia", "militias", "militants", "rebels", "insurgents", "fighters"}
# the heads of an organisation's name: "the Security Council", "the Defence Committee"
INSTITUTION_NOUNS = {"council", "committee", "commission", "ministry", "parliament", "assembly", "court", "agency",
                     "office", "department", "union", "bank", "organization", "organisation", "forum", "party",
                     "army", "force", "forces", "guard", "service", "services", "authority", "board", "senate",
                     "congress", "house", "cabinet", "government", "secretariat", "fund", "group", "alliance"}
TITLED_ORGANS = {"ministry", "department", "office", "press"}  # before a title: "foreign ministry spokesman Wang"
REGION_WORDS = {"Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"}
# a person's, or (with a title) a name the tagger took for another kind: "ex-ruler [Muhammadu Buhari]PRODUCT"
NAME_LABELS = {"PERSON", "ORG", "NORP", "GPE", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"}


def person_name(span: Span) -> str:
    return span.text.replace("\u2019", "'").removesuffix("'s").removesuffix("'").strip()


class NameFinder:
    """Person names of one document, with the titles before them read as roles and states."""

    def __init__(self, gazetteer: Gazetteer, roles: RoleResolver, offices: OfficeHolders) -> None:
        self.gazetteer = gazetteer
        self.roles = roles
        self.office_holders = offices
        self.title_words = roles.title_words
        self.title_tokens = frozenset(self.title_words | {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"})
        self.title_hashes = hashes(self.title_tokens)
        self.offices = sorted(gazetteer.titles, key=lambda t: -len(t.split()))

    def untagged_name_part(self, token: Token) -> bool:
        """A capitalised proper noun the tagger left outside every entity, no title and no place."""
        return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper() and \
            token.text.isalpha() and not self.is_title_token(token) and token.lower_ not in MILITARY_RANKS and \
            self.gazetteer.lookup(token.text) is None and not self.gazetteer.names_a_state(token.text)

    def left_out_given_name(self, token: Token, ent: Span) -> bool:
        """A capitalised word the parser makes part of the name the tagger cut it from ("[Therese]NORP Kayikwamba
        Wagner"), no title, state or place; or one the office data knows the whole name with ("[To] [Lam]")."""
        return token.text[:1].isupper() and bool(self.office_holders.person(f"{token.text} {ent.text}", None)) or \
            token.dep_ == "compound" and ent.start <= token.head.i < ent.end and token.pos_ == "PROPN" and \
            token.ent_type_ in ("", "NORP") and token.text[:1].isupper() and token.text.isalpha() and \
            not self.is_title_token(token) and token.lower_ not in self.gazetteer.titles and \
            token.lower_ not in RANK_WORDS and self.gazetteer.lookup(token.text) is None and \
            not self.gazetteer.names_a_state(token.text)

    def people(self, doc: Doc, first: int) -> list[Span]:
        """Person names, titles stripped, a name the tagger cut short completed ('Espen Barth' + 'Eide')."""
        spans = []
        for ent in doc.ents:
            if ent.start < first or ent.label_ not in NAME_LABELS:
                continue
            start = ent.start
            if ent.label_ == "PERSON" and (ent[0].lower_ == "the" or names_a_thing(ent) or names_an_installation(
                    ent) or names_a_settlement(ent) is not None or ent[-1].lower_ in ARMED_GROUP_WORDS or
                    self.gazetteer.describes_a_state(ent)) or \
                    _a_plural_opening(ent) or not has_a_capital(ent) or all(map(self.is_title_token, ent)):
                continue  # a person's name takes no article: "[The Tigray People's Liberation Front]PERSON"; nor
                # is it all in lower case ("[hajj arrangements]PERSON") or a title ("State [Councillor]PERSON")
            if ent.label_ != "PERSON":
                # the tagger sometimes swallows a titled name whole ("[German Chancellor Olaf Scholz]ORG")
                # or mislabels the name after a title ("Chancellor [Olaf Scholz]ORG"): a title names a person;
                # but an institution is no name ("[The UN Security Council]ORG")
                if self.gazetteer.lookup(ent.text) or INSTITUTION_NOUNS & {ent[-1].lower_, ent.root.lower_} or \
                        names_an_installation(ent):  # (nor "the Government of National Accord")
                    continue  # nor is an installation's ("King Khalid International Airport")
                titles = [t.i for t in ent if t.lower_ in self.title_words and t.lower_ != "of"]
                if titles and titles[-1] < ent.end - 1:
                    start = titles[-1] + 1
                elif not titles and (ent.start > 0 and self.is_title_token(title_of(ent[0])) and doc[ent.start - 1]
                                     .lower_ != "of" or len(ent) > 1 and self.office_holders.person(ent.text, None)) \
                        and self.gazetteer.lookup(ent.text) is None:  # (or a holder's full name: "[Ebrahim Raisi]ORG")
                    start = ent.start
                elif not titles and ent.root.dep_ == "appos" and (self.roles.office_of(ent.root.head) or
                        ent.root.head.lower_ in GATHERING_PEOPLE) and self.gazetteer.lookup(ent.text) is None:
                    start = ent.start  # a holder in apposition: "Germany's chancellor, Olaf Scholz", "his host, X"
                else:
                    continue
                if any((t.pos_ != "PROPN" and t.text != "-") or t.lower_ in self.gazetteer.organs
                       for t in doc[start:ent.end]):
                    continue  # (a hyphen joins a name's parts: "[Kazakh President Kassym-Jomart Tokayev]ORG")
            while start < ent.end - 1 and (self.is_title_token(doc[start]) or doc[start].tag_ == "VBG") or \
                    start < ent.end - 2 and (doc[start].lower_ in HONORIFICS or opens_a_question(doc[start])):
                start += 1  # "Ayatollah Ali Khamenei" is Ali Khamenei ("Sheikh Tamim" stays titled); "[Hosting] X"
            if ent.label_ == "PERSON" and start > first and self.untagged_name_part(doc[start - 1]) and \
                    (doc[start - 1].is_sent_start or doc[start - 2].is_punct):
                start -= 1  # a first name the tagger left out, opening a clause: "Abdulla [Nazim Ibrahim], the"
            while ent.label_ == "PERSON" and start > first and self.left_out_given_name(doc[start - 1], ent):
                start -= 1  # glued to the name by the parser, each: "Muse [Bihi Abdi]", "Mahamat Idriss [Deby]"
            titled = start > 0 and self.is_title_token(doc[start - 1])
            end = next((t.i for t in doc[start + 1:ent.end] if t.is_lower and t.pos_ in ("ADP", "CCONJ", "VERB", "AUX")
                        and t.lower_ not in NAME_PARTICLES), ent.end)  # "[Narendra Modi to]PERSON Downing Street"
            while ent.end <= end < len(doc) and ent[-1].tag_ != "POS":  # (not past "[Theresa May's] Brexit")
                # a name the tagger cut short: "[Espen Barth] Eide", "[Ursula von] der Leyen"
                token = doc[end]
                if token.text == "-" and not doc[end - 1].whitespace_ and not token.whitespace_ and \
                        doc[end - 1].text[:1].isupper() and end + 1 < len(doc) and \
                        doc[end + 1].is_alpha and doc[end + 1].is_lower:
                    end += 2  # a hyphenated given name the tagger cut: "[Moon Jae]-in", "Kim Jong-un"
                elif token.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
                    end += 2
                elif token.lower_ in NAME_PARTICLES and end + 2 < len(doc) and \
                        doc[end + 1].lower_ in NAME_PARTICLES and doc[end + 2].text[:1].isupper():
                    end += 3
                elif token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON") and \
                        token.lower_ not in self.title_words and token.text[:1].isupper():
                    end += 1
                elif token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_iob_ == "B" and \
                        (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I") and \
                        (self.office_holders.person(doc[start:end + 1].text, None) is not None or titled and
                         ent.label_ == "PERSON" and not self.gazetteer.names_a_state(token.text) and
                         self.gazetteer.state_of_place(token.text) is None):
                    # the tagger took the name's last part for another entity: "[Choe Son] [Hui]NORP", "Foreign
                    # Minister [Ana Cecilia] [Gervasi]GPE"
                    end += 1
                else:
                    break
            if doc[start:end][-1].lower_ in NAME_PARTICLES:
                end -= 1
            if doc[end - 1].text in ("'s", "'", "\u2019s"):
                end -= 1
            text = doc[start:end].text
            if end > start and self.gazetteer.lookup(text) is None and self.gazetteer.state_of_place(text) is None \
                    and self.gazetteer.city_state(text) is None and self.gazetteer.demonym_state(text) is None:
                spans.append(doc[start:end])  # (nor a demonym: "accused [Azerbaijani]PERSON troops")
        # a title names a person even where the tagger saw no name: "King Mohammed VI", "Emir Tamim"
        taken = {i for span in spans for i in range(span.start, span.end)}
        for token in tokens_where(doc, LOWER, self.title_hashes, first):
            if not self.is_title_token(token) or token.lower_ == "of" or token.i + 1 >= len(doc):
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and \
                    doc[end].text[:1].isupper() and not self.is_title_token(doc[end]) and end not in taken:
                end += 1
            if end > token.i + 1 and self.gazetteer.lookup(doc[token.i + 1:end].text) is None and any(
                    t.lower_ not in HONORIFICS for t in doc[token.i + 1:end]) and \
                    doc[end - 1].lower_ not in INSTITUTION_NOUNS | INSTRUMENTS:  # "Collective Security [Treaty
                # Organization]", "the Mutual Defense [Treaty]": a body or an instrument, not a person
                spans.append(doc[token.i + 1:end])
                taken.update(range(token.i + 1, end))
        spans.extend(self.untagged_holders(doc, first, taken))
        return sorted(spans, key=lambda span: span.start)

    def untagged_holders(self, doc: Doc, first: int, taken: set[int]) -> list[Span]:
        """An office-holder's full name the tagger saw no entity in ("is due to meet [Xi Jinping]": else "Jinping"
        is no actor), or took a part of for a word ("To Lam"); runs of two or more name-like tokens are tried."""
        pos, entity, title, upper, start = doc.to_array([POS, ENT_TYPE, IS_TITLE, IS_UPPER, SENT_START]).T
        name_like = ((pos == PROPN) | (title != 0) & (start != 1)) & ((title != 0) | (upper != 0)) & (
            (entity == 0) | (entity == doc.vocab.strings["PERSON"]))  # (all tokens at once: most are no name)
        name_like[:first] = name_like[sorted(taken)] = False
        found: list[Span] = []
        resume = first
        for i in (name_like[:-1] & name_like[1:]).nonzero()[0].tolist():  # two name-like tokens in a row
            if i < resume:
                continue
            run_end = i
            while run_end < len(doc) and name_like[run_end] and run_end - i < 4:
                run_end += 1
            for end in range(run_end, i + 1, -1):
                text = doc[i:end].text
                if self.office_holders.person(text, None) is not None and self.gazetteer.lookup(text) is None:
                    found.append(doc[i:end])
                    taken.update(range(i, end))
                    resume = end
                    break
        return found

    def is_title_token(self, token: Token) -> bool:
        # a plural title heads a list of names: "Prime Ministers Narendra Modi and Sheikh Hasina"
        return token.lower_ in self.title_tokens or self.singular_title(token) != token.lower_

    def singular_title(self, token: Token) -> str:
        """A plural title as the title each of the names after it holds: 'Presidents A and B' -> 'president'."""
        return token.lower_[:-1] if token.lower_[-1:] == "s" and token.lower_[:-1] in self.title_words else token.lower_

    def surname_table(self, people: list[Span], day: dt.date | None) -> Surnames:
        """Short forms of full names seen in the document: 'Lavrov' -> 'Sergey Lavrov' (first full name wins)."""
        table = Surnames()
        for span in people:
            if (ruler := self.titled_given_name(span.doc, span, day)) is not None:
                table.add(span[-1].text, ruler)  # "King Salman ... Salman said": the ruler the title named
            if len(span) < 2:
                continue
            full = self.canonical(person_name(span), day)
            if not ({t.lower_ for t in span[-3:-1]} & NAME_PARTICLES and self.gazetteer.lookup(span[-1].text)):
                table.add(span[-1].text, full)  # ("Houthi" of "al-Houthi" is the group; "Jim Jordan"'s is him)
            first = span[0].text
            if not (self.gazetteer.lookup(first) or self.gazetteer.state_of_place(first)
                    or self.gazetteer.demonym_state(first) or self.gazetteer.city_state(first)):
                table.add(first, full)  # family name first: "Xi" of "Xi Jinping"; but "Israel" of "Israel Katz"
                # is still the state
            known = self.office_holders.person(full, day)
            if known is not None:
                table.local_forms.setdefault(known, full)
        return table

    def add_person(self, index: ActorIndex, doc: Doc, span: Span, surnames: Surnames,
                    full_names: list[str]) -> None:
        name = person_name(span)
        if (ruler := self.titled_given_name(doc, span, index.date)) is not None:
            # a title first: "Prince Faisal" is the Saudi prince even beside Syria's Faisal Mekdad
            name, via = surnames.local(ruler), "name"
        elif all(t.lower_ in HONORIFICS for t in span[:-1]) and span[-1].text in surnames:
            name, via = surnames[span[-1].text], "surname"  # "Lavrov"; "Sheikh Tamim" after "Emir Sheikh Tamim"
        elif len(span) == 1 and self.known_person(name, index.date):
            # "Putin", never named in full; "Erdogan" after "Recep Tayyip Erdoğan"
            name, via = surnames.local(self.known_person(name, index.date) or name), "surname"
        else:
            via = "name"
            name = self.canonical(name, index.date)
            # a multi-word short form: "Von der Leyen" of "Ursula von der Leyen"; not an office-holder's name,
            # which an honorific before it does not lengthen ("Sheikh Mohammed bin Abdulrahman Al Thani")
            longer = [full for full in full_names if len(full) > len(name)
                      and full.lower().endswith(" " + name.lower())]
            if longer and self.office_holders.person(name, index.date) is None:
                name, via = longer[0], "surname"
        record = index.register(name, ActorType.PERSON, surface=person_name(span))
        index.add(Mention(span.start, span.end, name, via))
        self.peel_title(index, doc, span, record)

    def _seat_at(self, doc: Doc, i: int) -> str | None:  # the state a seat a token is part of stands for: 'Kremlin'
        return next((state for a, b in ((i, i + 1), (i - 1, i + 1), (i, i + 2)) if a >= 0 and b <= len(doc)
                     and (state := self.gazetteer.state_of_place(doc[a:b].text))), None)

    def titled_given_name(self, doc: Doc, span: Span, day: dt.date | None) -> str | None:
        """'Crown Prince Mohammed', 'Emir Tamim', 'King Charles': a title and a given name alone name the one
        holder in office that day who bears both ('Emir Sheikh Tamim': an honorific is no part of the name)."""
        words: list[str] = []
        j = span.start - 1
        while j >= span.sent.start and doc[j].lower_ in self.title_words and doc[j].lower_ != "of":
            words.insert(0, doc[j].lower_)
            j -= 1
        if not words or any(t.lower_ not in HONORIFICS for t in span[:-1]):
            return None
        title = next((t for length in range(len(words), 0, -1)
                      if (t := self.gazetteer.titles.get(" ".join(words[-length:]))) is not None), None)
        if title is None:
            return None
        # the state before the title narrows it: "Jordan's King Abdullah", "Jordanian King Abdullah"
        before = doc[j - 1] if j >= span.sent.start + 1 and doc[j].lower_ in ("'s", "\u2019s") else doc[j] \
            if j >= span.sent.start else None
        entry = self.gazetteer.lookup(before.text) if before is not None else None
        state = (entry.name if entry is not None and entry.type is ActorType.COUNTRY else None) or (
            self.gazetteer.demonym_state(before.text) if before is not None else None)
        found = self.office_holders.by_given_name(span[-1].text, title, day, state)
        if found is None and state is None:
            # two kings Abdullah: the one whose state the story names ("a visit to Jordan ... King Abdullah")
            named = {holder for named_state in self._states_named(doc)
                     if (holder := self.office_holders.by_given_name(span[-1].text, title, day, named_state))}
            found = next(iter(named)) if len(named) == 1 else None
        return found

    def _states_named(self, doc: Doc) -> set[str]:
        """The states a story names, by name, by their people's adjective or by one of their places."""
        return {state for ent in doc.ents if ent.label_ in ("GPE", "NORP")
                if (state := (entry.name if (entry := self.gazetteer.lookup(ent.text)) is not None
                              and entry.type is ActorType.COUNTRY else None)
                    or self.gazetteer.demonym_state(ent.text) or self.gazetteer.state_of_place(ent.text))}

    def canonical(self, full: str, day: dt.date | None) -> str:
        """An office-holder's full name in the data's form whatever the story's spelling or diacritics ('Volodymyr
        Zelenskiy', 'Recep Tayyip Erdoğan'): one person, one name across stories."""
        known = self.office_holders.person(full, day)
        first, _, rest = full.partition(" ")
        if known is None and first.lower() in HONORIFICS and " " in rest:  # "Sheikh Sabah al-Ahmad al-Sabah"
            known = self.office_holders.person(rest, day)
        return known if known is not None else full

    def conjoined_people(self, ent: Span, surnames: Surnames, day: dt.date | None) -> list[Span]:
        """An entity the tagger made of people joined by 'and' or commas ('[Biden and Lapid]ORG took part', 'the
        trip by [Macron, Scholz]ORG and Draghi'), as each, when each part is a person the story or the office data
        knows (or one with the verb after him: '[Macron welcomed]ORG Scholz'); else the entity itself."""
        if _a_plural_opening(ent):
            return []
        verb = next((t.i for t in ent[1:] if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ == "VERB"), None)
        if verb is not None and ((name := ent.doc[ent.start:verb].text) in surnames or self.known_person(name, day)):
            return [Span(ent.doc, ent.start, verb, label="PERSON")]
        cuts = [t.i for t in ent[1:-1] if t.lower_ in ("and", ",")]
        cuts = [i for i in cuts if not (ent.doc[i].lower_ == "and" and i - 1 in cuts)]  # "A, B, and C"
        if not cuts or any(b == a + 1 for a, b in itertools.pairwise(cuts)):
            return [ent]
        starts = [ent.start, *(i + 2 if ent.doc[i + 1].lower_ == "and" else i + 1 for i in cuts)]
        parts = [Span(ent.doc, a, b, label="PERSON") for a, b in zip(starts, [*cuts, ent.end], strict=True)]
        known = [part.text in surnames or bool(self.known_person(part.text, day)) for part in parts]
        # (or some known and the rest names too: "[Biden, Harris]ORG and Blinken")
        return parts if all(known) or any(known) and all(t.pos_ == "PROPN" for p in parts for t in p) else [ent]

    def known_person(self, name: str, day: dt.date | None, in_office: bool = False) -> str | None:
        """The office-holder a name or a surname alone denotes at the story's date, unless it names a state;
        in_office: only one holding an office that day."""
        person = self.office_holders.person(name, day)  # first: remembered, and most names are none
        if person is None or self.gazetteer.lookup(name) or self.gazetteer.state_of_place(name) or \
                self.gazetteer.demonym_state(name):
            return None
        if in_office and not any(
                day is not None and t.held_on(day) for t in self.office_holders.terms_of(person, day)):
            return None
        return person

    def add_offices(self, index: ActorIndex) -> None:
        """Each office-holder named in the story gets the state and office held at its date."""
        for record in index.actors.values():
            if record.type is not ActorType.PERSON:
                continue
            person = self.office_holders.person(record.name, index.date) or record.name
            terms = self.office_holders.terms_of(person, index.date)
            # the one state whose office he holds that day over the text's word: "Congolese President Denis Sassou
            # Nguesso" is of the Republic of the Congo (a king of several realms keeps the one the text names)
            if index.date is not None and record.country and person == record.name and len(held := {
                    t.state for t in terms if t.kind != "igo_head" and t.held_on(index.date)}) == 1:
                record.country = held.pop()
            elif self.office_holders.heads_a_body(person, index.date):
                record.country = None  # not the state a demonym gave: "Tusk, a former Polish prime minister"
            for term in terms[:2]:
                if term.kind != "igo_head" and not record.country:
                    record.country = term.state
                if index.date is None or term.held_on(index.date):  # an office held before is no title that day:
                    record.roles.add(term.office)  # Wang Yi, out of office in June 2023, is no "Chinese counterpart"

    def peel_title(self, index: ActorIndex, doc: Doc, span: Span, record: ActorRecord) -> None:
        """Titles before a name are facts about the person: 'German Chancellor Olaf Scholz'."""
        sentence_start = span.sent.start
        j = span.start - 1
        words: list[Token] = []
        while j >= sentence_start:
            token = doc[j]
            if j > sentence_start and doc[j - 1].text in REGION_WORDS and self.gazetteer.demonym_state(token.text) \
                    and not self.gazetteer.demonym_state(doc[j - 1:j + 1].text):
                words = []  # a region's office is not the state's: "Northern Irish First Minister Michelle O'Neill"
                break
            if self.singular_title(token) in self.title_words or self.gazetteer.demonym_state(token.text) or \
                    self.gazetteer.lookup(token.text) or token.text in (".",) or \
                    token.lower_ in TITLED_ORGANS or self._seat_at(doc, j):  # "Kremlin spokesman"
                words.insert(0, token)
                j -= 1
                continue
            if j > sentence_start and self.gazetteer.demonym_state(doc[j - 1:j + 1].text):
                words[:0] = [doc[j - 1], token]  # "South Korean Prime Minister Lee Nak-yon"
                j -= 2
                continue
            if words and token.dep_ == "compound" and token.head in words and token.is_title and \
                    token.ent_type_ not in ("PERSON", "GPE") and j > sentence_start and \
                    self.gazetteer.demonym_state(doc[j - 1].text):
                words.insert(0, token)  # a portfolio after a demonym: "Japanese [Trade] Minister Yasutoshi Nishimura"
                j -= 1
                continue
            break
        words = words[next((k for k, t in enumerate(words) if t.lower_ != "of"), len(words)):]  # no leading "of"
        text = " ".join(self.singular_title(t) for t in words)
        office = next((self.gazetteer.titles[t] for t in self.offices if f" {t} " in f" {text} "), None)
        if words and office is not None:
            index.consumed.update(token.i for token in words)
            if words[-1].dep_ in ("pobj", "nsubj", "dobj") and not span.start <= words[-1].head.i < span.end and \
                    self.singular_title(words[-1]) == words[-1].lower_:  # (not "Presidents A and B")
                index.add(Mention(words[0].i, words[-1].i + 1, record.name, "role"))  # "by [President] [To] Lam"
            if office and not (j >= sentence_start and doc[j].lower_ in ("former", "ex", "then")):
                record.roles.add(office)  # not an office held before: "Former Prime Minister Ehud Olmert"
                index.register(record.name, record.type, surface=doc[words[0].i:span.end].text)
            for token in words:  # (a demonym of two words: "South Korean")
                state = self.gazetteer.demonym_state(token.text) or self._seat_at(doc, token.i) or \
                    self.gazetteer.demonym_state(doc[token.i:token.i + 2].text)
                entry = self.gazetteer.lookup(token.text)
                if entry and entry.type is ActorType.COUNTRY:
                    state = entry.name
                if state and not record.country:
                    record.country = state
                if entry is not None:
                    # "NATO Secretary General ...": the organisation is mentioned, later "the alliance"
                    index.register(entry.name, entry.type, surface=token.text)
        record.country = record.country or told_state(span, self.gazetteer)  # "Argentina's president-elect"


def _a_plural_opening(ent: Span) -> bool:  # "[Photographs]PERSON released by Conte's office showed him"
    """A plural common noun capitalised only for opening its sentence, which the tagger took for a person."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent[0].tag_ == "NNS" and bool(ent[0].is_sent_start)
