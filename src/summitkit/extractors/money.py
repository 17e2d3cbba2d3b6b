"""Built-in extractor: money figures ("11,5 млрд долларов", "$135 млрд", "3 трлн йен") as monetary targets.

The work is done in ``summitkit.money``: amounts are found, the ones that are summit money kept,
and each gets its kind, indicator and year from its clause. An amount in brackets right after
another one is its conversion and shares its kind; a clause opening on "из них" shares the kind of
the amount before it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from summitkit.document import Document, Layer
from summitkit.extractor import Extractor
from summitkit.hookspecs import hookimpl
from summitkit.lexicons.money import NOT_SUMMIT_CLAUSE, NOT_SUMMIT_MONEY, NOT_SUMMIT_SUBJECT, PART_OF_PREVIOUS
from summitkit.models import MonetaryTarget, MoneyKind
from summitkit.money.amount_cues import amount_cues
from summitkit.money.amounts import Mention, find_amounts, is_conversion
from summitkit.money.cues import Cue, near, scope_of, sentence_cues
from summitkit.money.indicators import indicator, points_back, year_of
from summitkit.money.kinds import allocated_budget, decide
from summitkit.money.lists import header_of, lead_of
from summitkit.money.relevance import document_year, historical, relevant

__all__ = ["MoneyExtractor", "register_extractors"]

#: How far into its clause "из них" may stand before the amount it makes a part of the one before.
PART_REACH = 40


class MoneyExtractor:
    """Money figures with currency, kind, indicator and year, each with its evidence span."""

    name = "money"
    fills: tuple[str, ...] = ("monetary_targets",)
    requires: frozenset[Layer] = frozenset({"sentences"})

    def extract(self, document: Document) -> Iterator[MonetaryTarget]:
        """Facts in text order, except that of two mentions of one amount the surer comes first (and of two
        as sure, the one that says what it measures).

        The report keeps the kind of the first mention it meets; a headline ("Китай: 26 млрд юаней")
        often has no cue or noun where the body has one.
        """
        made = [(fact, (sureness, fact.indicator is not None)) for fact, sureness in self._facts(document)]
        best: dict[object, tuple[MonetaryTarget, tuple[int, bool]]] = {}
        for fact, sureness in made:
            key = fact.merge_key()
            if key not in best or sureness > best[key][1]:
                best[key] = (fact, sureness)
        sent: set[object] = set()
        for fact, _ in made:
            key = fact.merge_key()
            if key not in sent:
                sent.add(key)
                yield best[key][0]
            if fact is not best[key][0]:
                yield fact

    def _facts(self, document: Document) -> Iterator[tuple[MonetaryTarget, int]]:
        """Each mention's fact and how sure its kind is."""
        text = document.text
        mentions = relevant(document, find_amounts(document))
        previous: tuple[Mention, MonetaryTarget, int] | None = None
        dropped: Mention | None = None
        cue_cache: dict[tuple[int, int], list[Cue]] = {}
        for index, mention in enumerate(mentions):
            evidence = [document.span(mention.start, mention.end)]
            amount, currency = mention.amount or Decimal(0), mention.currency or "USD"
            if dropped is not None and is_conversion(text, dropped, mention):
                continue  # the conversion of an amount that is no summit money
            dropped = None
            if previous is not None and is_conversion(text, previous[0], mention):
                fact = previous[1].model_copy(update={"amount": amount, "currency": currency, "evidence": evidence})
                sureness = previous[2]
            else:
                scope = scope_of(document, mention)
                if scope.sentence not in cue_cache:
                    cue_cache[scope.sentence] = sentence_cues(text, *scope.sentence, mentions)
                cues = near(cue_cache[scope.sentence], mention)
                cues.extend(amount_cues(text, mention, scope.clause))
                kind, cue, sureness = decide(text, cues, scope.clause, mention, document_year(document))
                if sureness == 0:
                    kind, cue, sureness = self._from_lead(document, mention, mentions, cue_cache) or (kind, cue, 0)
                what, noun = indicator(text, scope.clause, mention, cue)
                # a year of history sets the amounts after it up to the next one: "в 2005 году составлял 1 млрд,
                # сейчас же достиг 10 млрд" keeps the second
                since = max(scope.clause[0], mentions[index - 1].end if index else 0)
                if _not_summit_money(text, what, scope.clause, mention) or historical(document, since, mention):
                    dropped = mention  # "призовой фонд турнира", "выручка компании", "объем рынка": not the summit's
                    continue
                if allocated_budget(text, scope.clause, cue, noun):
                    kind = MoneyKind.PLEDGE
                part = PART_OF_PREVIOUS.match(text, scope.clause[0])
                if previous is not None and part is not None and mention.start - part.end() < PART_REACH:
                    kind, sureness = previous[1].kind, previous[2]  # "Из них 10 млрд евро ...": a part of the amount
                if what is None and previous is not None:
                    same_sentence = previous[0].start >= scope.sentence[0]  # "..., а в 2025 году – $3 млрд"
                    if same_sentence or points_back(text, scope.clause):
                        what = previous[1].indicator
                fact = MonetaryTarget(
                    amount=amount,
                    currency=currency,
                    kind=kind,
                    indicator=what,
                    year=year_of(text, scope.clause, mention, mentions),
                    evidence=evidence,
                )
            previous = (mention, fact, sureness)
            yield fact, sureness

    @staticmethod
    def _from_lead(
        document: Document, mention: Mention, mentions: list[Mention], cue_cache: dict[tuple[int, int], list[Cue]]
    ) -> tuple[MoneyKind, Cue | None, int] | None:
        """An item of a list with no cue of its own ("- Япония — 2 млрд долларов;") takes the kind its
        lead line gives ("Партнеры объявили о выделении средств:"), read as if the amount closed the lead; a
        figure in a table row takes the kind of the header that states its unit ("| Страна | Взнос, млн долларов |")."""
        lead = lead_of(document, mention.start) or header_of(document, mention.start)
        if lead is None:
            return None
        if lead not in cue_cache:
            cue_cache[lead] = sentence_cues(document.text, *lead, mentions)
        at_end = Mention(lead[1], lead[1], None, None, None)
        found = decide(document.text, cue_cache[lead], lead, at_end, document_year(document))
        return found if found[2] > 0 else None


def _not_summit_money(text: str, what: str | None, clause: tuple[int, int], mention: Mention) -> bool:
    """Does the indicator, the clause or the words before the amount say it is no summit's money?"""
    return (
        (what is not None and NOT_SUMMIT_MONEY.search(what) is not None)
        or NOT_SUMMIT_CLAUSE.search(text, *clause) is not None
        or NOT_SUMMIT_SUBJECT.search(text, clause[0], mention.start) is not None
    )


@hookimpl
def register_extractors(register: Callable[[Extractor], None]) -> None:
    """Register the built-in money extractor."""
    register(MoneyExtractor())
