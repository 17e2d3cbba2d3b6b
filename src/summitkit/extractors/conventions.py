"""Built-in extractor: new agreements, institutions and mechanisms a participant proposes.

A proposal is a word of creating ("создать", "создание", "разработку", "о принятии", "внедрения")
followed by a document or institution title ("Банка развития", "Рамочной конвенции"), in a clause
that proposes, calls for or offers ("предлагаем", "предложил", "можно", "целесообразным",
"намерены", "решил"), in a dashed list after "выдвинул ряд предложений:", or in a quotation the
text attributes with "— предложил ...". "Правовой основой может стать Соглашение ..." names one
without a verb of creating. The title is read by the grammar of ``summitkit.titles`` (its purpose,
"для ...", is not part of an institution's name), the proposer by ``summitkit.people.speaker_at``.
Whatever the same text reports as signed or adopted is not a proposal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from summitkit.document import Document, Layer
from summitkit.documents.outcomes import outcomes as signed_documents
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.lexicons.documents import (
    CREATION_NOUNS,
    CREATION_VERBS,
    DOCUMENT_NOUNS,
    DRAFTS,
    FUTURE_CUES,
    GENERIC_DOCUMENT_NOUNS,
    INSTITUTION_NOUNS,
    MECHANISM_NOUNS,
    NOT_PROPOSABLE,
    PROPOSAL_CUES,
    PROPOSING_VERBS,
    RECALLED,
    RELATIONAL_NOUNS,
    TITLE_PREPOSITIONS,
    UNIFYING_ADJECTIVES,
)
from summitkit.models import Fact, ProposedConvention
from summitkit.morphology import parses
from summitkit.people import speaker_at
from summitkit.titles import (
    Title,
    Tok,
    clause_bounds,
    dice,
    head_lemma,
    headline_end,
    info,
    is_abbreviation,
    is_adjective,
    is_noun,
    is_verb,
    is_word,
    list_items,
    opens_quote,
    overlap,
    read_title,
    tokens,
)

__all__ = ["FoundProposal", "proposals"]

#: Cheap test before any parsing: stems of creating and proposing.
TRIGGER = re.compile(
    r"созда|учред|разраб|внедр|приня|формир|подгот|состав|основа|запус|откры|образова|заключ|подпис|стать|станет|стало",
    re.IGNORECASE,
)

#: Heads a proposal may have: documents and institutions, but not decisions or agendas.
PROPOSABLE: frozenset[str] = (DOCUMENT_NOUNS | INSTITUTION_NOUNS | MECHANISM_NOUNS) - NOT_PROPOSABLE

#: How far after the word of creating the title's head may stand ("создать в Астане Центр").
REACH = 8

_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?"})
_CLOSERS = frozenset({"»", '"', "”"})


@dataclass(frozen=True, slots=True)
class FoundProposal:
    """A proposal with where its title stands, what proposes it, and who."""

    title: str
    start: int
    end: int
    trigger: tuple[int, int]
    lemma: str
    sentence: int  #: token index where its sentence starts
    headline: bool


def proposals(document: Document) -> list[tuple[FoundProposal, str | None]]:
    """The proposals of the text with their proposers, computed once per Document."""
    return document.memo("summitkit.extractors.conventions", _find)


# -- where the text proposes --------------------------------------------------------------------------


def _cue_in(toks: tuple[Tok, ...], start: int, end: int) -> bool:
    """Does the clause propose: a cue word, or a future "станет" ("важным шагом станет создание ...")."""
    return any(
        is_word(t) and (bool(info(t.text).lemmas & PROPOSAL_CUES) or t.text.lower() in FUTURE_CUES)
        for t in toks[start:end]
    )


def _quoted_proposals(toks: tuple[Tok, ...]) -> list[tuple[int, int]]:
    """Token ranges of quotations attributed as proposals: «...», — предложил президент."""
    out: list[tuple[int, int]] = []
    for tok in toks:
        if tok.text not in _CLOSERS:
            continue
        k = tok.index + 1
        while k < len(toks) and toks[k].text in {",", "—", "–", "-"}:
            k += 1
        if (
            k == tok.index + 1
            or k >= len(toks)
            or not (is_word(toks[k]) and info(toks[k].text).lemmas & PROPOSING_VERBS)
        ):
            continue
        start = tok.index - 1
        depth = 0  # quotes inside the quotation: «... «Дорожной карты» ...»
        while start > 0:
            text = toks[start].text
            if text in {"»", "”"}:
                depth += 1
            elif text in {"«", "“"} or (text == '"' and opens_quote(toks, start) is not None):
                if depth == 0:
                    break
                depth -= 1
            start -= 1
        out.append((start, tok.index))
    return out


def _proposal_lists(document: Document, toks: tuple[Tok, ...]) -> list[tuple[int, int]]:
    """Token ranges of the items of lists introduced as proposals ("выдвинул ряд предложений: ...")."""
    out: list[tuple[int, int]] = []
    for tok in toks:
        if tok.text != ":":
            continue
        start, _ = clause_bounds(toks, tok.index)
        cue = _cue_in(toks, start, tok.index)
        if not cue and start > 0:
            prev_start, _ = clause_bounds(toks, start - 1)
            cue = _cue_in(toks, prev_start, start)
        if not cue:
            continue
        for s, e in list_items(document.text, tok.start):
            inside = [t.index for t in toks if t.start >= s and t.end <= e]
            if inside:
                out.append((inside[0], inside[-1]))
    return out


def _in(ranges: list[tuple[int, int]], i: int) -> bool:
    return any(a <= i <= b for a, b in ranges)


# -- what is proposed ---------------------------------------------------------------------------------


def _creation(tok: Tok) -> str | None:
    """The case a word of creating governs: "создание Банка" (genitive), "создать Банк" (accusative)."""
    if not is_word(tok):
        return None
    i = info(tok.text)
    if i.noun_lemmas & CREATION_NOUNS and i.top_pos == "NOUN":
        return "gent"
    if i.top_pos == "INFN" and i.lemmas & CREATION_VERBS:
        return "accs"
    if i.lemmas & CREATION_VERBS and any(
        p.tag.POS == "VERB" and {"1per", "plur", "futr"} <= set(p.tag.grammemes) for p in parses(tok.text.lower())
    ):
        return "accs"  # "давайте создадим ...", "мы учредим ..."
    return None


def _head_after(toks: tuple[Tok, ...], k: int, case: str) -> int | None:
    """The first proposable head in ``case`` within reach after token ``k``, in the same clause, unless
    another noun in that case (the real object) comes first.
    """
    in_phrase = phrase_tail = False
    for j in range(k + 1, min(len(toks), k + 1 + REACH)):
        t = toks[j]
        if t.newline_before or t.text in _STOPS:
            return None
        if _creation(t) is not None or (is_verb(t) and not is_adjective(t)):
            return None
        lemma = head_lemma(t, PROPOSABLE | GENERIC_DOCUMENT_NOUNS)
        if lemma is not None and case in info(t.text).noun_cases and not in_phrase:
            return None if lemma in GENERIC_DOCUMENT_NOUNS else j
        if is_word(t) and info(t.text).noun_lemmas & DRAFTS and case in info(t.text).noun_cases:
            case = "gent"  # "подготовить проект Конвенции ...": the draft of the convention proposed
            continue
        if t.text.lower() in TITLE_PREPOSITIONS:
            in_phrase = True  # "создать в Астане Центр": the place is skipped
        elif is_noun(t) and not is_adjective(t):
            if in_phrase and info(t.text).noun_lemmas & RELATIONAL_NOUNS and not phrase_tail:
                phrase_tail = True  # "на базе университета": the place goes on through a genitive
            elif in_phrase:
                in_phrase, phrase_tail = False, True
            elif phrase_tail and "gent" in info(t.text).noun_cases:
                pass  # "с учетом мирового опыта": the phrase goes on in the genitive
            elif case in info(t.text).noun_cases and not is_abbreviation(t):
                return None  # "создать условия для ...": the object is something else
    return None


def _happened(toks: tuple[Tok, ...], k: int) -> bool:
    """ "Одним из важнейших документов стал Меморандум": a past "стал" without "бы" tells what happened."""
    past = any(p.tag.POS == "VERB" and "past" in p.tag for p in parses(toks[k].text.lower())[:1])
    near = {t.text.lower() for t in toks[max(0, k - 3) : k + 2]}
    return past and not near & {"бы", "б"}


def _one_mechanism(toks: tuple[Tok, ...], title: Title) -> bool:
    """A market, a space or a corridor is proposed as one joint thing: "единый рынок", "Транспортный
    коридор «Восток – Запад»"; "новые транспортные коридоры" are a goal, not a mechanism.
    """
    if title.plural:
        return False
    named = any(t.text[:1].isupper() for t in toks[title.first : title.head + 1])  # a capital: a name
    words = toks[title.first : title.last + 1]
    return named or any(t.text in '«"“' or (is_word(t) and info(t.text).lemmas & UNIFYING_ADJECTIVES) for t in words)


def _with_creation(document: Document, toks: tuple[Tok, ...], title: Title) -> Title:
    """ "основой может стать Соглашение о ... и создание единого пространства ...": one step named as a
    document and the creation that goes with it, one proposal (the second part kept as written).
    """
    k = title.last + 1
    if k + 1 >= len(toks) or toks[k].text.lower() != "и" or _creation(toks[k + 1]) != "gent":
        return title
    head = _head_after(toks, k + 1, "gent")
    if head is None:
        return title
    second = read_title(document, head, lexicon=PROPOSABLE, case="gent", proposal=True)
    text = f"{title.text} {document.text[toks[k].start : second.end]}"
    return replace(title, last=second.last, end=second.end, text=text, bare=False)


def _siblings(document: Document, toks: tuple[Tok, ...], title: Title, case: str) -> list[Title]:
    """Titles coordinated with this one under the same verb ("учредить центр ..., центр ..., а также площадку")."""
    out: list[Title] = []
    current = title
    while True:
        k = current.last + 1
        joined = False
        while k < len(toks) and toks[k].text.lower() in {",", "и", "а", "также"} and not toks[k].newline_before:
            k += 1
            joined = True
        if not joined or k >= len(toks):
            return out
        head = k
        while head < len(toks) and head < k + 4 and is_adjective(toks[head]) and not is_noun(toks[head]):
            head += 1
        if (
            head >= len(toks)
            or head_lemma(toks[head], PROPOSABLE) is None
            or case not in info(toks[head].text).noun_cases
        ):
            return out
        current = read_title(document, head, lexicon=PROPOSABLE, case=case, proposal=True)
        out.append(current)


def _find(document: Document) -> list[tuple[FoundProposal, str | None]]:
    text = document.text
    if not TRIGGER.search(text):
        return []
    toks = tokens(document)
    signed = signed_documents(document)
    covered = {i for d in signed for i in range(d.first, d.last + 1)}
    quoted = _quoted_proposals(toks)
    listed = _proposal_lists(document, toks)
    headline = headline_end(text)
    found: list[tuple[FoundProposal, str | None]] = []
    for tok in toks:
        if tok.index in covered:
            continue
        case = _creation(tok)
        if case is not None:
            head = _head_after(toks, tok.index, case)
        elif (
            is_word(tok)
            and "стать" in info(tok.text).lemmas
            and info(tok.text).top_pos in {"INFN", "VERB"}
            and not _happened(toks, tok.index)
        ):
            case, head = "nomn", _head_after(toks, tok.index, "nomn")  # "основой может стать Соглашение ..."
        else:
            continue
        if head is None or head in covered:
            continue
        if info(toks[head - 1].text).noun_lemmas & DRAFTS:
            case = "gent"  # "подготовить проект Конвенции ..."
        start, end = clause_bounds(toks, tok.index)
        # "создадим": the speaker offers it; "стала Декларация" in the past offers nothing.
        offer = info(tok.text).top_pos == "VERB" and case != "nomn"
        if not (offer or _cue_in(toks, start, end) or _in(quoted, tok.index) or _in(listed, tok.index)):
            continue
        if any(is_word(t) and info(t.text).lemmas & RECALLED for t in toks[start:end]):
            continue  # "напомнил, что Казахстан выступил инициатором создания ...": history, not a proposal
        title = read_title(document, head, lexicon=PROPOSABLE, case=case, proposal=True)
        if case == "nomn":
            title = _with_creation(document, toks, title)
        for item in [title, *_siblings(document, toks, title, case)]:
            if item.bare and not toks[item.head].text[:1].isupper():
                continue
            if item.lemma in MECHANISM_NOUNS and not _one_mechanism(toks, item):
                continue
            covered.update(range(item.first, item.last + 1))
            proposal = FoundProposal(
                item.text, item.start, item.end, (tok.start, tok.end), item.lemma, start, item.start < headline
            )
            person = speaker_at(document, min(tok.start, item.start), item.end)
            found.append((proposal, person.name if person is not None else None))
    return _settle(found, [d.title for d in signed])


def _settle(found: list[tuple[FoundProposal, str | None]], signed: list[str]) -> list[tuple[FoundProposal, str | None]]:
    """Drop what was signed; headline mentions yield to the body's; one proposal named in two
    sentences is kept once, under its fuller name.
    """
    body = [p for p, _ in found if not p.headline]
    out: list[tuple[FoundProposal, str | None]] = []
    for proposal, person in found:
        if proposal.headline and any(
            p.lemma == proposal.lemma and overlap(p.title, proposal.title) >= 0.5 for p in body
        ):
            continue
        if any(dice(proposal.title, title) >= 0.5 and _names(title, proposal.lemma) for title in signed):
            continue
        twin = next(
            (
                i
                for i, (other, _) in enumerate(out)
                if other.lemma == proposal.lemma
                and other.sentence != proposal.sentence
                and overlap(other.title, proposal.title) >= 0.75
            ),
            None,
        )
        if twin is None:
            out.append((proposal, person))
        else:
            other, other_person = out[twin]
            keep = proposal if len(proposal.title) > len(other.title) else other
            out[twin] = (keep, other_person or person)
    return out


def _names(signed: str, lemma: str) -> bool:
    """Does a signed title name the proposal's head ("Соглашение о создании Банка ..." names a bank;
    "Стратегия развития ..." names no "Банк развития ...", however many words they share)?
    """
    return any(lemma in info(word).noun_lemmas for word in re.findall(r"[А-Яа-яЁё-]+", signed))


class ConventionsExtractor:
    """New agreements, institutions and mechanisms proposed at the event, with who proposed them."""

    name = "conventions"
    fills: tuple[str, ...] = ("proposed_conventions",)
    requires: frozenset[Layer] = frozenset({"sentences", "entities"})

    def extract(self, document: Document) -> Iterator[Fact]:
        for proposal, person in proposals(document):
            spans = {(proposal.start, proposal.end), proposal.trigger}
            yield ProposedConvention(
                title=proposal.title,
                proposer=person,
                evidence=[document.span(s, e) for s, e in sorted(spans)],
            )


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    register(ConventionsExtractor())
