"""The edition's development tooling: corpus scoring, measured builds, synthetic
corpora, the add-text scaffolding. Not part of the package that Binder installs."""
