#!/usr/bin/env bash
# Installs what is missing, builds Release and starts Perfuse in the cardiac theatre.
# Extra arguments go to perfuse (see: tools/run.sh --help).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/setup.sh"
build=${PERFUSE_BUILD_DIR:-$root/build/release}
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DPERFUSE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)"
exec "$build/content/app/perfuse" --scene theatre "$@"
