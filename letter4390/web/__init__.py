"""The upload web page and HTTP API of `letter4390 serve` (FastAPI, run by uvicorn)."""
