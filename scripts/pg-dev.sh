#!/usr/bin/env bash
# A throwaway PostgreSQL server to try `stancemap ingest --db postgresql://...` against.
# Prints the URL; Ctrl-C stops the server and deletes its data. Needs Debian's postgresql
# package (apt-get install -y postgresql); works as root (the cluster runs as `postgres`).
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m stancemap.store.pgtemp "${1:-stancemap}"
