"""Money figures in summit news, one concept per module.

- ``amounts``: finding amounts and their currencies in the text ("11,5 млрд долларов", "$135 млрд");
- ``relevance``: which of them are summit money (not a rate, a price, a ticket);
- ``kinds``: the cues around an amount and the decision target / actual / pledge;
- ``indicators``: what an amount measures and the year it is set for;
- ``lists``: lists and tables of figures: an item's lead line, a unit stated once over bare figures.

The extractor plugin that puts them together is ``summitkit.extractors.money``; the word lists are
in ``summitkit.lexicons.money`` and ``summitkit.lexicons.currencies``.
"""
