"""Reading: a file in, pages and words with positions out."""
