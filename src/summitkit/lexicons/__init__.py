"""Data the extractors read: gazetteers and word lists, kept apart from the rules that use them."""
