"""Rich renderings the CLI and the reader share (no Textual here): Japanese-aware wrapping, the body's layout."""
