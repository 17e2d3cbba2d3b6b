"""What the text says was signed, adopted or approved (``outcomes``), and the readings behind it.

``lists``: the items of the text's lists whose intro has a status verb (``list_items``: one item as a
title; ``list_headings``: heading lines over titles); ``inline``: titles next to their
verb; ``ceremonies``: acts that took place; ``plurals``: a plural title's documents; ``shared_verb``: the verb
and case coordinated titles share; ``approvals``: objects of approving verbs, whatever their noun; ``governors``:
which verb governs a title; ``verb_forms``: the status and case one verb form gives; ``sentence_status``:
the status a sentence gives titles no verb governs; ``refs``: bare titles that take their subject elsewhere.
"""
