"""The rules behind the documents extractor: list intros and items, governing verbs, bare references."""
