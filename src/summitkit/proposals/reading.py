"""The proposal reading: each word of creating in a zone that proposes, the title it governs, and who
puts it forward (``summitkit.people.speaker_at``).
"""

from __future__ import annotations

import re

from summitkit.document import Document
from summitkit.documents.outcomes import outcomes
from summitkit.lexicons.documents import DRAFTS
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.lexicons.proposals import (
    EVENT_HEADS,
    FOUNDING,
    FOUNDING_VERBS,
    ONGOING,
    PROPOSED_PARTICIPLES,
    PROPOSING_GOVERNORS,
    SETTLED_TEXT_NOUNS,
    SETTLED_TEXT_VERBS,
    TRIGGER_STEMS,
    WORK_NOUNS,
)
from summitkit.morphology import parses
from summitkit.people import Person, speaker_at
from summitkit.proposals.objects import (
    MECHANISMS,
    coordinated,
    creation_case,
    draft_of,
    future_passive,
    head_after,
    head_before,
    inside_agreed_title,
    need_case,
    one_mechanism,
    subject_before,
    titled_decision,
    with_creation,
)
from summitkit.proposals.record import FoundProposal
from summitkit.proposals.settle import Attributed, settle
from summitkit.proposals.zones import Zones, zones
from summitkit.titles import (
    Title,
    Tok,
    head_lemma,
    headline_end,
    info,
    is_adjective,
    is_noun,
    is_verb,
    is_word,
    phrase_case,
    read_title,
    title_start,
    tokens,
)
from summitkit.titles.coordination import Piece, distribute

__all__ = ["read_proposals"]

#: Cheap test before any parsing: stems of creating and proposing.
TRIGGER = re.compile("|".join(TRIGGER_STEMS), re.IGNORECASE)


#: "одним из предложений стало ...", "одним из которых стало ...": the past tells which proposal it was.
PROPOSAL_WORDS = frozenset({"предложение", "инициатива", "идея", "который"})


def _happened(toks: tuple[Tok, ...], k: int) -> bool:
    """ "Одним из важнейших документов стал Меморандум": a past "стал" without "бы" tells what happened."""
    past = any(p.tag.POS == "VERB" and "past" in p.tag for p in parses(toks[k].text.lower())[:1])
    near = {t.text.lower() for t in toks[max(0, k - 3) : k + 2]}
    return past and not near & {"бы", "б"}


def _became(toks: tuple[Tok, ...], k: int) -> bool:
    """ "стало создание ...", told of a step, not of one of the proposals ("одним из предложений стало ...")."""
    if k < 0 or not is_word(toks[k]) or "стать" not in info(toks[k].text).lemmas or not _happened(toks, k):
        return False
    return not any(is_word(t) and info(t.text).lemmas & PROPOSAL_WORDS for t in toks[max(0, k - 6) : k])


def _done_after(toks: tuple[Tok, ...], creation: int, last: int) -> bool:
    """ "создание Совета стало важным шагом", "создание Центра позволило ...": the creation, in the nominative
    and governed by nothing before it, is the subject of a past verb right after its title, so it was done,
    not proposed (not "... стало бы", nor "предложение о создании Банка было поддержано")."""
    k = last + 1
    if k >= len(toks) or not is_word(toks[k]) or "nomn" not in info(toks[creation].text).noun_cases:
        return False
    before = toks[creation - 1] if creation else None
    if before is not None and is_word(before) and (is_noun(before) or info(before.text).top_pos == "PREP"):
        return False
    return _happened(toks, k)


def _proposing_governor(toks: tuple[Tok, ...], tok: Tok) -> tuple[str, int] | None:
    """A verb of proposing that takes the proposal as its object: the case, and the token after which
    the object stands ("предложил Договор", "призвал к Пакту", "выступил за Конвенцию").
    """
    if not is_word(tok) or info(tok.text).top_pos not in {"VERB", "INFN"}:
        return None
    for lemma in info(tok.text).lemmas & PROPOSING_GOVERNORS.keys():
        preposition, case = PROPOSING_GOVERNORS[lemma]
        if preposition is None:
            return case, tok.index
        k = tok.index + 1
        if k < len(toks) and toks[k].text.lower() == preposition:
            return case, k
    return None


def _works_on(toks: tuple[Tok, ...], tok: Tok) -> bool:
    """ "работу над Договором ...": a noun of working followed by "над"."""
    k = tok.index + 1
    return (
        k < len(toks)
        and toks[k].text.lower() == "над"
        and is_word(tok)
        and bool(info(tok.text).noun_lemmas & WORK_NOUNS)
    )


#: The cases a participle agrees in, in the order a head is looked for.
_CASES = ("nomn", "accs", "gent", "datv", "ablt", "loct")


def _proposed_participle(toks: tuple[Tok, ...], tok: Tok) -> tuple[str, int] | None:
    """ "предложенный Казахстаном Центр ...", "предлагаемую Программу ...": a participle of proposing
    before a proposable head in its own case (the agent between them is skipped); the case and the head."""
    if not is_word(tok) or info(tok.text).top_pos != "PRTF" or not info(tok.text).lemmas & PROPOSED_PARTICIPLES:
        return None
    for case in _CASES:
        if case in info(tok.text).adj_cases:
            head = head_after(toks, tok.index, case)
            if head is not None:
                return case, head
    return None


def _governed(toks: tuple[Tok, ...], tok: Tok) -> tuple[str, int | None, bool] | None:
    """The case a token governs, the proposable head it governs, and whether the token is a verb of
    proposing (its object is the proposal itself); None where it governs none.
    """
    case = creation_case(tok)
    if case is not None:
        if titled_decision(toks, tok.index):
            return None
        k = tok.index - 1
        if case == "gent" and _became(toks, k):
            return None  # "важным шагом стало создание Центра": what was done, not a proposal
        before = head_before(toks, tok.index) if case == "gent" else None
        if before is not None:
            return phrase_case(toks, title_start(toks, before)[0], before) or "nomn", before, False
        return case, head_after(toks, tok.index, case), False
    if _works_on(toks, tok):
        return "ablt", head_after(toks, tok.index + 1, "ablt"), False  # "начать работу над Договором ..."
    put_forward = _proposed_participle(toks, tok)
    if put_forward is not None:
        return put_forward[0], put_forward[1], True  # "предложенный Казахстаном Центр ..."
    proposing = _proposing_governor(toks, tok)
    if proposing is not None:
        return proposing[0], head_after(toks, proposing[1], proposing[0]), True
    if (
        is_word(tok)
        and "стать" in info(tok.text).lemmas
        and info(tok.text).top_pos in {"INFN", "VERB"}
        and not _happened(toks, tok.index)
    ):
        return "nomn", head_after(toks, tok.index, "nomn"), False  # "основой может стать Соглашение ..."
    need = need_case(tok)
    if need is not None:
        return need, head_after(toks, tok.index, need), False  # "нужен Банк развития ..."
    draft = draft_of(toks, tok.index)
    if draft is not None and creation_case(toks[tok.index - 1]) is None:
        return "gent", draft, False  # "рассмотреть проект Конвенции ..." (not "разработать проект ...")
    if future_passive(toks, tok.index):
        head = head_after(toks, tok.index, "nomn")  # "будет создан Совет ..."
        return "nomn", head if head is not None else subject_before(toks, tok.index), False
    return None


def _negated(toks: tuple[Tok, ...], k: int) -> bool:
    """ "не создавать", "не предлагаем создавать": a proposal refused (not "не только создать")."""
    before = [t.text.lower() for t in toks[max(0, k - 2) : k]]
    return before[-1:] == ["не"] or (len(before) == 2 and before[0] == "не" and is_verb(toks[k - 1]))


def _addressee(toks: tuple[Tok, ...], last: int) -> bool:
    """ "предложил Организации тюркских государств учредить ...": the object of a verb of proposing with an
    infinitive right after it is whom the proposal is made to, not the proposal."""
    k = last + 1
    return k < len(toks) and is_word(toks[k]) and info(toks[k].text).top_pos == "INFN"


def _founded_after(toks: tuple[Tok, ...], head: int, last: int) -> bool:
    """ "Центра ..., который был учрежден в 2022 году", "Фонда, созданного ранее": a relative or a participle
    after the title's head (the title may have taken the participle in) says the body exists already."""
    commas = [j + 1 for j in range(head + 1, last + 1) if toks[j].text == ","]
    after = last + 2 if last + 1 < len(toks) and toks[last + 1].text == "," else last + 1
    return any(_founded_at(toks, k) for k in [*commas, after])


def _founded_at(toks: tuple[Tok, ...], k: int) -> bool:
    """ "который был учрежден", "созданного весной" from token ``k``: a past creation, not "будет создан";
    "текст которого парафирован": a document negotiated already."""
    for j in range(k, min(k + 4, len(toks))):
        t = toks[j]
        if not is_word(t):
            return False
        i = info(t.text)
        if i.lemmas & (FOUNDING_VERBS | SETTLED_TEXT_VERBS) and (i.top_pos in {"PRTF", "PRTS"} or "past" in i.tags):
            return not {"бы", "б"} & {x.text.lower() for x in toks[k : j + 2]}
        if not (i.lemmas & ({"который", "быть", "уже", "ранее"} | SETTLED_TEXT_NOUNS)) or "futr" in i.tags:
            return False  # "который будет создан": to come
    return False


def _ongoing(toks: tuple[Tok, ...], k: int) -> bool:
    """ "продолжили обмен мнениями по проекту ...", "призвал ускорить формирование ...", "ход работы над
    созданием ...": a word of a process under way governs the word of creating at ``k`` (up to four words
    back in its clause, no other verb or conjunction between); "в ходе визита" is a setting, not a process.
    """
    words = 0
    for j in range(k - 1, max(-1, k - 8), -1):
        t = toks[j]
        if not is_word(t):
            if t.text in {",", ".", ";", ":", "!", "?", "—", "–"}:
                return False
            continue
        if t.text.lower() in {"и", "а", "или", "но"}:
            return False  # "продолжить диалог и создать Совет": the creation is a step of its own
        i = info(t.text)
        if i.lemmas & ONGOING and not (j > 0 and toks[j - 1].text.lower() == "в" and "ход" in i.lemmas):
            return True
        if is_verb(t) or words == 4:
            return False
        words += 1
    return False


def _bare_infinitive(toks: tuple[Tok, ...], tok: Tok, where: Zones) -> bool:
    """ "«Первое — создать Центр ...», — перечислил президент": an infinitive of creating that opens its
    clause (or follows a dash or a colon) in a leader's quotation is what he puts forward."""
    if info(tok.text).top_pos != "INFN" or not where.spoken[tok.index] or where.completed[where.clause[tok.index]]:
        return False
    before = toks[tok.index - 1].text if tok.index else ""
    return where.bounds(tok.index)[0] == tok.index or before in {"—", "–", ":", "«", "“"}


def _named(toks: tuple[Tok, ...], first: int) -> bool:
    """A title written as a name: a capital or a quotation mark at its start."""
    return toks[first].text[:1].isupper() or toks[first].text in '«"“'


def read_proposals(document: Document) -> list[Attributed]:
    """Every proposal of the text with its proposer's name, in text order."""
    text = document.text
    if not TRIGGER.search(text):
        return []
    toks = tokens(document)
    signed = outcomes(document)
    covered = {i for d in signed for i in range(d.first, d.last + 1)}
    where = zones(document, toks)
    headline = headline_end(text)
    found: list[Attributed] = []
    for tok in toks:
        if tok.index in covered:
            continue
        governed = _governed(toks, tok)
        if governed is None or _negated(toks, tok.index) or inside_agreed_title(toks, tok.index):
            continue
        case, head, direct = governed
        if head is None or head in covered or _ongoing(toks, tok.index):
            continue  # "продолжили работу над проектом ...": under way, not proposed
        if info(toks[head - 1].text).noun_lemmas & DRAFTS:
            case = "gent"  # "подготовить проект Конвенции ..."
        start, _ = where.bounds(tok.index)
        # "создадим": the speaker offers it; "стала Декларация" in the past offers nothing.
        offer = (info(tok.text).top_pos == "VERB" and case != "nomn") or direct
        c = where.clause[tok.index]
        # "«Создание Банка позволит ...», — подчеркнул он": a leader's word of creating in his own quotation
        said = info(tok.text).top_pos == "NOUN" and where.spoken[tok.index] and not where.completed[c]
        said = (said or _bare_infinitive(toks, tok, where)) and not where.past[c]  # "«... позволило»": done
        proposed = offer or said or where.proposes(tok.index)
        # "стороны договорились о создании ...": a creation the parties negotiate is nobody's proposal
        planned = case == "nomn" and info(tok.text).top_pos == "PRTS"  # "будет создан ...": a plan, to come
        joint = not proposed and (planned or (info(tok.text).top_pos == "NOUN" and where.negotiates(tok.index)))
        if not (proposed or joint):
            continue
        if 0 <= where.recalled[where.clause[tok.index]] < tok.index:
            # "напомнил, что Казахстан выступил инициатором создания ...": history, not a proposal; but in
            # "призвал создать ... и напомнил, что ..." the recalling comes after
            continue
        title = read_title(document, head, lexicon=NOUNS.proposable, case=case, proposal=True)
        if case == "nomn":
            title = with_creation(document, toks, title)
        if case == "gent" and info(tok.text).top_pos == "NOUN" and _done_after(toks, tok.index, title.last):
            continue
        for item in [title, *coordinated(document, toks, title, case)]:
            if item.bare and not toks[item.head].text[:1].isupper():
                continue
            if item.lemma in MECHANISMS and not one_mechanism(toks, item):
                continue
            if item.lemma in EVENT_HEADS and not info(tok.text).lemmas & FOUNDING:
                continue  # "провести форум", "организовать диалог": an event, not a body
            if direct and not _named(toks, item.first):
                continue  # "предложил новый формат", "программу визита": not a named document or body
            if item.bare and info(tok.text).top_pos == "PRTF":
                continue  # "предложенный им ранее Центр уже работает": a name alone tells nothing new
            if direct and _addressee(toks, item.last):
                continue  # "предложил Организации ... учредить ...": whom it is proposed to
            if _founded_after(toks, item.head, item.last):
                continue  # "Центра ..., который был учрежден в 2022 году": it exists already
            covered.update(range(item.first, item.last + 1))
            # "предложенный Казахстаном Центр": the participle and its agent stand before the proposal
            at = item.start if info(tok.text).top_pos == "PRTF" else min(tok.start, item.start)
            person = None if joint else speaker_at(document, at, item.end)
            if person is None and not joint and where.listed[tok.index]:
                person = _list_speaker(document, where.intro_of(tok.index))
            for piece in _pieces(document, toks, item):
                proposal = FoundProposal(
                    piece.title, piece.start, piece.end, (tok.start, tok.end), item.lemma, start, item.start < headline
                )
                found.append((proposal, person.name if person is not None else None))
    found.extend(_listed_titles(document, toks, where, covered, headline))
    found.sort(key=lambda f: f[0].start)
    return settle(found, [d.title for d in signed])


def _list_speaker(document: Document, intro: int | None) -> Person | None:
    """Who speaks in the intro of the list an item stands in ("Токаев выдвинул ряд инициатив:" over lines
    that name no one); ``intro`` is the offset of the intro's colon or closing full stop."""
    return speaker_at(document, intro, intro) if intro is not None else None


def _pieces(document: Document, toks: tuple[Tok, ...], title: Title) -> list[Piece]:
    """ "центры по изучению ледников и по мониторингу засухи": a plural head over coordinated complements
    is one proposal each (``summitkit.titles.coordination``); any other title is one.
    """
    pieces = distribute(document, toks, title, NOUNS.proposable) if title.plural else []
    return pieces or [Piece(title.text, title.start, title.end, title.last)]


def _listed_titles(
    document: Document, toks: tuple[Tok, ...], where: Zones, covered: set[int], headline: int
) -> list[Attributed]:
    """Items of a list of proposals that are titles themselves: "выдвинул ряд инициатив: — Евразийский
    центр ...; — Программа ...". An item starts with its title (adjectives, then the head, in the nominative).
    """
    out: list[Attributed] = []
    for first, last in where.items:
        if any(k in covered for k in range(first, last + 1)):
            continue  # a word of creating in the item has read it already
        head = first
        while head < last and head < first + 4 and is_adjective(toks[head]) and not is_noun(toks[head]):
            head += 1
        if head_lemma(toks[head], NOUNS.proposable) is None or "nomn" not in info(toks[head].text).noun_cases:
            continue
        title = read_title(document, head, lexicon=NOUNS.proposable, case="nomn", proposal=True)
        if title.first != first or (title.bare and not _named(toks, title.first)):
            continue
        if title.lemma in MECHANISMS and not one_mechanism(toks, title):
            continue
        covered.update(range(title.first, title.last + 1))
        person = speaker_at(document, title.start, title.end) or _list_speaker(document, where.intro_of(first))
        proposal = FoundProposal(
            title.text, title.start, title.end, (title.start, title.end), title.lemma, first, title.start < headline
        )
        out.append((proposal, person.name if person is not None else None))
    return out
