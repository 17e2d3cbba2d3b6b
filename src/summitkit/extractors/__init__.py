"""The built-in extractors: plugin modules registered through the same hook as third-party ones."""
