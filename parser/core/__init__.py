"""The model and errors every stage (and rules/, annotate/) imports."""
