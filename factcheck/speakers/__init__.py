"""Who said it: the speakers of a source's quotations and what it attributes to whom."""
