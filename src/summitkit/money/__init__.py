"""Money figures in summit news, one concept per module.

- ``amounts``: finding amounts and their currencies in the text ("11,5 млрд долларов", "$135 млрд");
- ``relevance``: which of them are summit money (not a rate, a price, a ticket);
- ``cues``: the words around amounts that say their kind, read per sentence; ``amount_cues``: those that
  hold for one amount only (a deal "на" it, a fund founded, a purpose);
- ``kinds``: the decision target / actual / pledge from those cues;
- ``indicators``: what an amount measures and the year it is set for;
- ``lists``: lists and tables of figures: an item's lead line, a unit stated once over bare figures.

The extractor plugin that puts them together is ``summitkit.extractors.money``; the word lists are
in ``summitkit.lexicons.money`` and ``summitkit.lexicons.currencies``.
"""
