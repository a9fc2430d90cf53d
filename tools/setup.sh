#!/usr/bin/env bash
# Installs the Debian packages Perfuse needs, only those missing (apt-get update runs only then).
# Usage: tools/setup.sh [--test]   (--test adds what the test suite needs: validation layer, Xvfb)
set -euo pipefail

build_packages=(cmake ninja-build g++ pkg-config libvulkan-dev glslc glslang-tools spirv-tools libglfw3-dev
  libglm-dev libassimp-dev libimgui-dev libstb-dev nlohmann-json3-dev libcli11-dev libopenxr-dev libgtest-dev
  libgmock-dev libbenchmark-dev libopenal-dev libespeak-ng-dev libmeshoptimizer-dev libx11-dev libxext-dev)
run_packages=(mesa-vulkan-drivers fonts-dejavu-core)
test_packages=(vulkan-validationlayers vulkan-tools xvfb xauth bc time xdotool twm x11-utils)

wanted=("${build_packages[@]}" "${run_packages[@]}")
[ "${1:-}" = "--test" ] && wanted+=("${test_packages[@]}")

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "setup: missing packages: ${missing[*]} (run as root, or install them with apt)" >&2
  exit 1
fi
as_root=()
[ "$(id -u)" != 0 ] && as_root=(sudo)
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq >&2
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
