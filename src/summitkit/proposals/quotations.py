"""Quotations in the text, and whether what attributes them proposes: "«...», — предложил президент",
"Президент заявил: «...»", a dialogue line "– Предлагаем ..., – сказал он".

``summitkit.proposals.zones`` marks the tokens inside them: spoken, and quoted as a proposal where the
verb that attributes them proposes.
"""

from __future__ import annotations

from summitkit.lexicons.documents import PROPOSING_VERBS
from summitkit.lexicons.proposals import QUOTE_LEADS
from summitkit.lexicons.roles import SPEECH_VERBS
from summitkit.titles import Tok, info, is_word, opens_quote

__all__ = ["DASHES", "attributed_quotes", "dialogue_lines", "led_quotes"]

#: Dashes that open a dialogue line or set off its attribution.
DASHES = frozenset({"—", "–", "-", "―"})
_CLOSERS = frozenset({"»", '"', "”"})


def attributed_quotes(toks: tuple[Tok, ...]) -> list[tuple[int, int, bool]]:
    """Token ranges of quotations attributed after them ("«...», — предложил президент"), and whether
    the verb that attributes them proposes.
    """
    out: list[tuple[int, int, bool]] = []
    for tok in toks:
        if tok.text not in _CLOSERS:
            continue
        k = tok.index + 1
        while k < len(toks) and toks[k].text in {",", "—", "–", "-"}:
            k += 1
        if k == tok.index + 1 or k >= len(toks) or not is_word(toks[k]):
            continue
        verbs = info(toks[k].text).lemmas
        if not verbs & (PROPOSING_VERBS | SPEECH_VERBS):
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
        out.append((start, tok.index, bool(verbs & PROPOSING_VERBS)))
    return out


def dialogue_lines(toks: tuple[Tok, ...]) -> list[tuple[int, int, bool]]:
    """Direct speech printed as a dialogue line: "– Предлагаем создать ..., – сказал президент." The words
    from the line's dash to the attribution's comma, and whether the attributing verb proposes.
    """
    out: list[tuple[int, int, bool]] = []
    line_start: int | None = None
    for tok in toks:
        if tok.newline_before:
            line_start = tok.index if tok.text in DASHES else None
            continue
        k = tok.index
        if line_start is None or tok.text != "," or k + 2 >= len(toks) or toks[k + 1].text not in DASHES:
            continue
        verb = toks[k + 2]
        if verb.newline_before or not is_word(verb):
            continue
        lemmas = info(verb.text).lemmas
        if lemmas & (PROPOSING_VERBS | SPEECH_VERBS):
            out.append((line_start + 1, k, bool(lemmas & PROPOSING_VERBS)))
            line_start = None
    return out


def led_quotes(toks: tuple[Tok, ...], clause: list[int], starts: list[int]) -> list[tuple[int, int, bool]]:
    """Token ranges of quotations a verb of saying leads in ("Президент заявил: «...»"), and whether
    the verb proposes ("предложил: «...»").
    """
    out: list[tuple[int, int, bool]] = []
    for tok in toks:
        k = tok.index + 1
        if tok.text != ":" or k >= len(toks) or toks[k].text not in {"«", "“", '"'}:
            continue
        lead = [info(t.text).lemmas for t in toks[starts[clause[tok.index]] : tok.index] if is_word(t)]
        if not any(lemmas & (QUOTE_LEADS | SPEECH_VERBS) for lemmas in lead):
            continue
        end, depth = k + 1, 0
        while end < len(toks) and not toks[end].newline_before:
            text = toks[end].text
            if text in {"«", "“"}:
                depth += 1
            elif text in {"»", "”", '"'}:
                if depth == 0:
                    break
                depth -= 1
            end += 1
        out.append((k, min(end, len(toks) - 1), any(lemmas & QUOTE_LEADS for lemmas in lead)))
    return out
