"""`letter4390 batch`: a folder of letters in, a deadline docket out, every input accounted for.

runner.run_batch is the entry point; the other modules each do one job (walk the inbox, run a letter in a
worker process, keep the pool, remember finished work, write the docket, calendar, errors and manifest).
"""
