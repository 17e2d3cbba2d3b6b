"""What the text says was signed, adopted or approved (``outcomes``), and the readings behind it.

``lists``: the items of the text's lists whose intro has a status verb; ``inline``: titles next to their
verb and acts that took place; ``approvals``: objects of approving verbs, whatever their noun; ``verbs``:
which verb governs a title and the status it gives; ``refs``: bare titles that take their subject elsewhere.
"""
