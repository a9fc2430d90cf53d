#!/usr/bin/env bash
# run_golden.sh PERFUSE COMPARE NAME [perfuse arguments...]
# Renders one view headless (strict validation) and compares it with tests/golden/NAME.png.
set -euo pipefail
perfuse=$1 compare=$2 name=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
out=${PERFUSE_GOLDEN_OUT:-$PWD/golden-out}
mkdir -p "$out"
"$perfuse" --headless --strict-validation --screenshot "$out/$name.png" "$@"
"$compare" "$out/$name.png" "$here/$name.png" "$out/$name.diff.png"
