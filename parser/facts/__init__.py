"""Facts: words in, the letter's facts (each with provenance and confidence) out."""
