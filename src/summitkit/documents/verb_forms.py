"""The status one verb form gives a document, and the case it governs.

"подписали" (signed, accusative), "принята" (adopted, nominative), "принимается" (present passive),
"поставили подписи под" and "обменялись" (instrumental). Futures, negations ("так и не был подписан"),
plans and other senses of the verb ("принять к сведению", "принять участие") give no status. Every other
reading of status (the governor of a title, a sentence's status) asks this module about single words.
"""

from __future__ import annotations

from summitkit.lexicons.documents import (
    COPIES,
    DECIDED,
    EXCHANGE_VERBS,
    FUTURE_AUX,
    NEGATION_LEADS,
    NOT_ADOPTING,
    PAST_AUX,
    PRESENT_PASSIVES,
    STATUS_VERBS,
)
from summitkit.lexicons.head_nouns import NOUNS
from summitkit.morphology import parses
from summitkit.titles import (
    Tok,
    head_lemma,
    info,
    is_adjective,
    is_noun,
    is_word,
)
from summitkit.titles.words import DASHES, cases_of, is_number

__all__ = ["governed_case", "signatures_under", "status_at"]


def status_at(toks: tuple[Tok, ...], k: int, *, participle: bool = False) -> str | None:
    """The status a verb form at ``k`` gives, or None for futures, plans, negations and other words."""
    tok = toks[k]
    if not is_word(tok):
        return None
    prev = toks[k - 1].text.lower() if k > 0 else ""
    if _negated(toks, k):
        return None
    nxt = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    if nxt in {"участие", "бы", "меры"} or _not_adopting(toks, k):
        return None
    for p in parses(tok.text.lower())[:4]:
        pos = p.tag.POS
        if pos == "VERB" and "pres" in p.tag and p.normal_form in PRESENT_PASSIVES:
            return PRESENT_PASSIVES[p.normal_form]  # "принимается декларация", "подписываются документы"
        status = STATUS_VERBS.get(p.normal_form)
        if status is None:
            continue
        if pos == "VERB" and "past" in p.tag:
            return status
        if pos == "PRTS" and prev not in FUTURE_AUX:
            return status
        if pos == "PRTF" and (participle or _copies(toks, k + 1)):
            return status
        if pos == "GRND" and "perf" in p.tag:
            return status  # "завершил работу, одобрив Концепцию ...": done before the main verb
        if pos == "INFN" and k > 0 and is_word(toks[k - 1]) and info(toks[k - 1].text).lemmas & DECIDED:
            return status
        if pos == "INFN" and _decided_list(toks, k):
            return status
    if tok.text.lower() == "подписями" and k > 0 and info(toks[k - 1].text).lemmas & {"скрепить"}:
        return "signed"
    if signatures_under(toks, k) or _exchanged(toks, k):
        return "signed"
    return None


#: "подписан не был", "подписан не будет": the auxiliary after the "не" that denies a participle.
AUX: frozenset[str] = PAST_AUX | FUTURE_AUX


def _negated(toks: tuple[Tok, ...], k: int) -> bool:
    """ "не подписали", "так и не был подписан", "подписан не был", "подписано так и не было": no act took place."""
    j = k - 1
    if j >= 0 and toks[j].text.lower() in PAST_AUX:
        j -= 1  # "не было подписано"
    if j >= 0 and toks[j].text.lower() == "не":
        return True
    after = [t.text.lower() for t in toks[k + 1 : k + 6]]
    for phrase in NEGATION_LEADS:
        lead = phrase.split()
        n = len(lead)
        if after[:n] == lead and after[n : n + 1] == ["не"] and after[n + 1 : n + 2] and after[n + 1] in AUX:
            return True
    return False


#: How far back an item's infinitive looks for the intro "решил:" (a few short items).
_DECIDED_REACH = 80


def _decided_list(toks: tuple[Tok, ...], k: int) -> bool:
    """ "Совет решил:" over "— одобрить проект ...; — утвердить План ...": an infinitive opening an item of a
    list whose intro decides. Looks back a bounded stretch, within the sentence, for the colon.
    """
    j = k - 1
    while j >= 0 and (toks[j].text in DASHES | {"•", ")", "."} or is_number(toks[j])):
        j -= 1
    if j < 0 or toks[j].text not in {":", ";", ","} or (not toks[j + 1].newline_before and toks[j].text != ":"):
        return False
    for i in range(j, max(0, k - _DECIDED_REACH), -1):
        if toks[i].text in {".", "!", "?"} and not toks[i - 1].text.isdigit():
            return False
        if toks[i].text == ":":
            return i > 0 and is_word(toks[i - 1]) and "решить" in info(toks[i - 1].text).lemmas
    return False


def _exchanged(toks: tuple[Tok, ...], k: int) -> bool:
    """ "обменялись Меморандумом о ...", "обменялись подписанными соглашениями": copies of a document signed
    and exchanged; not "обменялись мнениями" (no document noun in the instrumental after the verb).
    """
    if not (is_word(toks[k]) and info(toks[k].text).lemmas & EXCHANGE_VERBS and "past" in info(toks[k].text).tags):
        return False
    j = k + 1
    while j < min(len(toks) - 1, k + 4) and is_adjective(toks[j]) and not is_noun(toks[j]):
        j += 1
    return j < len(toks) and head_lemma(toks[j], NOUNS.documents) is not None and "ablt" in cases_of(toks[j])


def signatures_under(toks: tuple[Tok, ...], k: int) -> bool:
    """ "поставили подписи под Декларацией": a signing put as signatures placed under the document."""
    if k < 1 or toks[k].text.lower() not in {"подписи", "подпись"}:
        return False
    placed = [p for p in parses(toks[k - 1].text.lower())[:3] if p.normal_form == "поставить"]
    under = k + 1 < len(toks) and toks[k + 1].text.lower() == "под"
    return under and any((p.tag.POS == "VERB" and "past" in p.tag) or p.tag.POS == "PRTS" for p in placed)


def _copies(toks: tuple[Tok, ...], k: int) -> bool:
    """Is ``k`` a word for copies of a document ("экземплярами", "тексты")?"""
    return k < len(toks) and is_word(toks[k]) and bool(info(toks[k].text).noun_lemmas & COPIES)


def governed_case(toks: tuple[Tok, ...], k: int) -> str | None:
    """The case a status word at ``k`` puts its document in: active verbs take the accusative, passive
    forms the nominative; a participle after the title says nothing.
    """
    tok = toks[k]
    if tok.text.lower() == "подписями":
        return "accs"  # "скрепили подписями Декларацию"
    if signatures_under(toks, k) or _exchanged(toks, k):
        return "ablt"  # "поставили подписи под Декларацией", "обменялись Меморандумом"
    if _copies(toks, k + 1):
        return "gent"  # "подписанными экземплярами Соглашения"
    pos = info(tok.text).top_pos
    if info(tok.text).lemmas & PRESENT_PASSIVES.keys():
        return "nomn"  # "принимается декларация"
    if pos in {"VERB", "INFN"}:
        return "accs"
    if pos == "PRTS":
        return "nomn"
    return None


def _not_adopting(toks: tuple[Tok, ...], k: int) -> bool:
    """ "принята к сведению", "приняли во внимание": other senses of the verb."""
    after = " ".join(t.text.lower() for t in toks[k + 1 : k + 3])
    return after in NOT_ADOPTING
