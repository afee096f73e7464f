"""The built site and its exports: assets, bundles, downloads, PDF and EPUB."""
