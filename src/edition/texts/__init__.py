"""From a capture to the author's text: reading, cleaning, structure, the MyST chapter."""
