"""What is proposed: the title a word of creating governs, and the titles coordinated with it.

A word of creating ("создать", "создание") governs a case; the proposal is the first proposable head
in that case within reach after it, in the same clause, unless another object comes first
("создать условия для ..."). The title itself is read by the grammar of ``summitkit.titles``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from summitkit.document import Document
from summitkit.lexicons.documents import (
    CREATION_NOUNS,
    CREATION_VERBS,
    DRAFTS,
    FUTURE_AUX,
    GENERIC_DOCUMENT_NOUNS,
    MECHANISM_NOUNS,
    RELATIONAL_NOUNS,
    TITLE_PREPOSITIONS,
    UNIFYING_ADJECTIVES,
)
from summitkit.lexicons.head_nouns import NOUNS, on_change
from summitkit.lexicons.proposals import (
    AGREED_VERBS,
    EXTRA_CREATION_NOUNS,
    EXTRA_CREATION_VERBS,
    EXTRA_MECHANISMS,
    NEEDS,
)
from summitkit.morphology import parses
from summitkit.nlp import WORD_FORMS
from summitkit.titles import (
    Title,
    Tok,
    head_lemma,
    info,
    is_abbreviation,
    is_adjective,
    is_noun,
    is_verb,
    is_word,
    read_title,
)
from summitkit.titles.words import modifies_next

__all__ = [
    "MECHANISMS", "coordinated", "creation_case", "draft_of", "future_passive", "head_after",
    "head_before", "inside_agreed_title", "need_case", "one_mechanism", "subject_before", "titled_decision",
    "with_creation",
]  # fmt: skip

#: Heads proposed only as one named or unified thing.
MECHANISMS: frozenset[str] = MECHANISM_NOUNS | EXTRA_MECHANISMS

#: Words of creating: the shared lexicon's and the proposals' own ("выработать", "утвердить").
_CREATION_VERBS = CREATION_VERBS | EXTRA_CREATION_VERBS
_CREATION_NOUNS = CREATION_NOUNS | EXTRA_CREATION_NOUNS

#: How far after the word of creating the title's head may stand ("создать в Астане Центр").
REACH = 8

_STOPS = frozenset({",", ".", ";", ":", "(", ")", "!", "?"})


def creation_case(tok: Tok) -> str | None:
    """The case a word of creating governs: "создание Банка" (genitive), "создать Банк" (accusative)."""
    if not is_word(tok):
        return None
    return _creation_case(tok.text)


@lru_cache(maxsize=WORD_FORMS)
def _creation_case(word: str) -> str | None:
    """``creation_case`` of a word form, asked of every token of a text: answered once per form."""
    i = info(word)
    if i.noun_lemmas & _CREATION_NOUNS and i.top_pos == "NOUN":
        return "gent"
    if i.top_pos == "INFN" and i.lemmas & _CREATION_VERBS:
        return "accs"
    if i.lemmas & _CREATION_VERBS and any(
        p.tag.POS == "VERB" and {"1per", "plur", "futr"} <= set(p.tag.grammemes) for p in parses(word.lower())
    ):
        return "accs"  # "давайте создадим ...", "мы учредим ..."
    return None


#: ``_creation_case`` reads ``info``, which a head noun added by a plugin changes.
on_change(_creation_case.cache_clear)


def head_after(toks: tuple[Tok, ...], k: int, case: str) -> int | None:
    """The first proposable head in ``case`` within reach after token ``k``, in the same clause, unless
    another noun in that case (the real object) comes first.
    """
    in_phrase = phrase_tail = False
    for j in range(k + 1, min(len(toks), k + 1 + REACH)):
        t = toks[j]
        if t.newline_before or t.text in _STOPS:
            return None
        if creation_case(t) is not None or (is_verb(t) and not is_adjective(t)):
            return None
        lemma = head_lemma(t, NOUNS.proposable | GENERIC_DOCUMENT_NOUNS)
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
            elif phrase_tail and "gent" in info(t.text).noun_cases and not _after_name(toks, j):
                pass  # "с учетом мирового опыта", "в столице Казахстана": the phrase goes on in the genitive
            elif case in info(t.text).noun_cases and not is_abbreviation(t):
                return None  # "создать условия для ...": the object is something else
    return None


def _after_name(toks: tuple[Tok, ...], j: int) -> bool:
    """ "открытие в Ташкенте филиала ...": a common noun right after a name is not the name's genitive."""
    return toks[j - 1].text[:1].isupper() and not toks[j].text[:1].isupper()


def head_before(toks: tuple[Tok, ...], k: int) -> int | None:
    """ "фонд ЕврАзЭС, о создании которого договорились": the head a relative "которого" after the word
    of creating at ``k`` stands for: the head of the noun phrase before the comma ("фонд", not "ЕврАзЭС").
    """
    if k + 1 >= len(toks) or not (is_word(toks[k + 1]) and "который" in info(toks[k + 1].text).lemmas):
        return None
    comma = k - 1
    while comma > 0 and comma > k - 3 and toks[comma].text != ",":
        comma -= 1  # "о создании которого", "по созданию которого"
    if toks[comma].text != ",":
        return None
    head = None  # the phrase before the comma, back to its first word: its leftmost proposable head
    for j in range(comma - 1, max(-1, comma - 1 - REACH), -1):
        t = toks[j]
        if not (is_noun(t) or is_adjective(t) or t.text in '«»"“”'):
            break
        if head_lemma(t, NOUNS.proposable) is not None:
            head = j
        if t.newline_before:
            break
    return head


def future_passive(toks: tuple[Tok, ...], k: int) -> bool:
    """ "будет создан", "должна быть разработана": a short passive participle of creating, to come."""
    tok = toks[k]
    if not is_word(tok) or info(tok.text).top_pos != "PRTS" or not info(tok.text).lemmas & _CREATION_VERBS:
        return False
    if info(tok.text).lemmas & AGREED_VERBS:
        return False  # "будет подписано Соглашение": negotiated already
    near = {t.text.lower() for t in toks[max(0, k - 2) : k]}
    return bool(near & FUTURE_AUX)


def inside_agreed_title(toks: tuple[Tok, ...], k: int) -> bool:
    """ "будет подписано Соглашение о создании Торгового дома": a creation named in the title of a document
    the text says will be signed is negotiated with it, not proposed."""
    if k < 3 or toks[k - 1].text.lower() not in {"о", "об"} or not is_word(toks[k - 2]):
        return False
    if not info(toks[k - 2].text).noun_lemmas & NOUNS.documents:
        return False
    return any(
        is_word(toks[j])
        and info(toks[j].text).top_pos == "PRTS"
        and bool(info(toks[j].text).lemmas & AGREED_VERBS)
        and bool({t.text.lower() for t in toks[max(0, j - 2) : j]} & FUTURE_AUX)
        for j in range(max(0, k - 5), k - 2)
    )


def subject_before(toks: tuple[Tok, ...], k: int) -> int | None:
    """ "Совет по туризму будет создан": the proposable head in the nominative just before the verb group."""
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        t = toks[j]
        if t.text in _STOPS:
            return None
        if head_lemma(t, NOUNS.proposable) is not None and "nomn" in info(t.text).noun_cases:
            start = j
            while start > 0 and not toks[start].newline_before and is_adjective(toks[start - 1]):
                start -= 1
            if start == 0 or toks[start].newline_before or toks[start - 1].text in _STOPS:
                return j  # the head phrase opens the clause: it is the subject
            return j if not is_noun(toks[start - 1]) else None
        if t.newline_before:
            return None
    return None


def need_case(tok: Tok) -> str | None:
    """ "нужен Банк развития", "требуется Конвенция": a word of need governs what is needed, in the nominative."""
    if not is_word(tok):
        return None
    i = info(tok.text)
    if i.lemmas & NEEDS and i.top_pos in {"ADJS", "VERB"}:
        return "nomn"
    return None


def draft_of(toks: tuple[Tok, ...], k: int) -> int | None:
    """ "рассмотреть проект Конвенции ...": a draft names the document it drafts, in the genitive after it."""
    tok = toks[k]
    if not is_word(tok) or not info(tok.text).noun_lemmas & DRAFTS or k + 1 >= len(toks):
        return None
    nxt = toks[k + 1]
    if head_lemma(nxt, NOUNS.proposable) is not None and "gent" in info(nxt.text).noun_cases:
        return k + 1
    return None


def titled_decision(toks: tuple[Tok, ...], k: int) -> bool:
    """ "«О создании комитета ...»": the word of creating opens the quoted title of a decision."""
    return (
        k >= 2
        and toks[k - 1].text.lower() in {"о", "об"}
        and (toks[k - 2].text in {"«", "“", '"'} or toks[k - 1].text == "О")
    )


def one_mechanism(toks: tuple[Tok, ...], title: Title) -> bool:
    """A market, a space or a corridor is proposed as one joint thing: "единый рынок", "Транспортный
    коридор «Восток – Запад»"; "новые транспортные коридоры" are a goal, not a mechanism.
    """
    if title.plural:
        return False
    named = any(t.text[:1].isupper() for t in toks[title.first : title.head + 1])  # a capital: a name
    words = toks[title.first : title.last + 1]
    return named or any(t.text in '«"“' or (is_word(t) and info(t.text).lemmas & UNIFYING_ADJECTIVES) for t in words)


def with_creation(document: Document, toks: tuple[Tok, ...], title: Title) -> Title:
    """ "основой может стать Соглашение о ... и создание единого пространства ...": one step named as a
    document and the creation that goes with it, one proposal (the second part kept as written).
    """
    k = title.last + 1
    if k + 1 >= len(toks) or toks[k].text.lower() != "и" or creation_case(toks[k + 1]) != "gent":
        return title
    head = head_after(toks, k + 1, "gent")
    if head is None:
        return title
    second = read_title(document, head, lexicon=NOUNS.proposable, case="gent", proposal=True)
    text = f"{title.text} {document.text[toks[k].start : second.end]}"
    return replace(title, last=second.last, end=second.end, text=text, bare=False)


def coordinated(document: Document, toks: tuple[Tok, ...], title: Title, case: str) -> list[Title]:
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
        if is_word(toks[k]) and info(toks[k].text).top_pos == "PRTF":
            return out  # "платформу, объединяющую национальные системы": a participle phrase, not a title
        while (
            head < len(toks)
            and head < k + 4
            and is_adjective(toks[head])
            and (not is_noun(toks[head]) or modifies_next(toks, head))
        ):
            head += 1  # "и Каспийский хаб": a place adjective pymorphy also reads as a noun modifies the head
        if (
            head >= len(toks)
            or head_lemma(toks[head], NOUNS.proposable) is None
            or case not in info(toks[head].text).noun_cases
        ):
            return out
        current = read_title(document, head, lexicon=NOUNS.proposable, case=case, proposal=True)
        out.append(current)
