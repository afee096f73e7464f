"""The editorial apparatus: records, notes, lexicon, citations, study guide."""
