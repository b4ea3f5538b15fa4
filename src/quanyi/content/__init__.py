"""Sources -> validated model: line-aware readers, the schema, the model and its loading."""
