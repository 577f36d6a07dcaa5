"""A copy of the letter safe to attach to a Tax Court petition (Rule 27(a)): every page rebuilt as an image,
with taxpayer identification numbers, dates of birth, account numbers and minors' names covered.

find.py finds what to cover in a page's words; pdf.py paints the covers and writes the image-only PDF;
redact.py reads the letter and puts the two together.
"""
