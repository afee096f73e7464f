"""Text logic of the reader edition: no Sphinx import anywhere but ``edition.sphinxext``."""
