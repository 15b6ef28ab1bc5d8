#!/usr/bin/env bash
# Checks the planners' notebooks: runs the job on seeds/ into a temporary folder, then executes
# every notebooks/*.ipynb against that output with
#   jupyter nbconvert --to notebook --execute --output-dir <tmp>
# and BAOCAO_OUTPUT set. Exits non-zero if a tool is missing, the job fails, a notebook raises,
# or a committed notebook still holds outputs.
#
#   notebooks/check.sh                      # job on seeds/, then every notebook
#   notebooks/check.sh --output-of DIR      # skip the job: use an existing output folder
#   KEEP=1 notebooks/check.sh               # keep the temporary folder (executed notebooks)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
py=/usr/bin/python3   # Debian's interpreter: the one that sees python3-pandas and the Jupyter kernel's

use_output=""
if [ "${1:-}" = "--output-of" ]; then
  [ -n "${2:-}" ] || { echo "usage: notebooks/check.sh [--output-of DIR]" >&2; exit 2; }
  use_output="$(cd "$2" && pwd)"
elif [ $# -gt 0 ]; then
  echo "usage: notebooks/check.sh [--output-of DIR]" >&2
  exit 2
fi

# 1. Tools
missing=()
[ -x "$py" ] || missing+=("python3 (at $py)")
if [ -x "$py" ]; then
  "$py" -c "import pandas" 2>/dev/null || missing+=(python3-pandas)
  "$py" -c "import matplotlib" 2>/dev/null || missing+=(python3-matplotlib)
  "$py" -c "import ipykernel" 2>/dev/null || missing+=(python3-ipykernel)
  "$py" -c "import nbconvert" 2>/dev/null || missing+=(jupyter-nbconvert)
fi
command -v jupyter >/dev/null 2>&1 && jupyter nbconvert --version >/dev/null 2>&1 || missing+=("jupyter nbconvert (jupyter-nbconvert)")
if [ -z "$use_output" ]; then
  command -v java >/dev/null 2>&1 || missing+=("java (Java 17, to run the job)")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "notebooks/check.sh: missing: ${missing[*]}" >&2
  echo "  install on Debian/Ubuntu with:" >&2
  echo "  apt-get update && apt-get install -y python3-pandas python3-matplotlib jupyter-nbconvert python3-ipykernel" >&2
  exit 1
fi

shopt -s nullglob
notebooks=("$here"/*.ipynb)
if [ ${#notebooks[@]} -eq 0 ]; then
  echo "notebooks/check.sh: no notebooks in $here" >&2
  exit 1
fi

# 2. Committed notebooks carry no outputs (they would hold one machine's data and bloat diffs).
dirty="$("$py" - "${notebooks[@]}" <<'PY'
import json, sys
for p in sys.argv[1:]:
    nb = json.load(open(p, encoding="utf-8"))
    if any(c.get("outputs") or c.get("execution_count") for c in nb["cells"] if c["cell_type"] == "code"):
        print(p)
PY
)"
if [ -n "$dirty" ]; then
  echo "notebooks/check.sh: these notebooks hold outputs; clear them before committing:" >&2
  echo "$dirty" | sed 's/^/  /' >&2
  echo "  jupyter nbconvert --clear-output --inplace notebooks/*.ipynb" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/baocao-notebooks.XXXXXX")"
if [ -z "${KEEP:-}" ]; then
  trap 'rm -rf "$tmp"' EXIT
else
  echo "notebooks/check.sh: keeping $tmp"
fi

# 3. The job on the seed reports
if [ -n "$use_output" ]; then
  out="$use_output"
else
  out="$tmp/output"
  echo "notebooks/check.sh: running the job on seeds/ ..."
  if ! "$repo/bin/baocao" run --input "$repo/seeds" --output "$out" >"$tmp/job.log" 2>&1; then
    echo "notebooks/check.sh: the job failed:" >&2
    tail -n 20 "$tmp/job.log" >&2
    exit 1
  fi
fi

# 4. Every notebook
export BAOCAO_OUTPUT="$out" PYDEVD_DISABLE_FILE_VALIDATION=1
passed=0
failed=0
for nb in "${notebooks[@]}"; do
  name="$(basename "$nb")"
  if (cd "$here" && jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=600 \
      --output-dir "$tmp/executed" "$nb") >"$tmp/$name.log" 2>&1; then
    echo "ok     $name"
    passed=$((passed + 1))
  else
    echo "FAILED $name" >&2
    grep -v -e "frozen modules" -e "PYDEVD" "$tmp/$name.log" | tail -n 25 >&2
    failed=$((failed + 1))
  fi
done
echo "notebooks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
