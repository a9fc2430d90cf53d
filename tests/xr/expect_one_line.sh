#!/usr/bin/env bash
# expect_one_line.sh CODE REGEX COMMAND...
# Runs COMMAND; passes when it exits with CODE and stderr is exactly one line matching REGEX
# (extended grep): falling back from VR is one clear line, whatever happens next.
set -u
want=$1 pattern=$2
shift 2
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
timeout 120 "$@" >"$out" 2>"$err"
got=$?
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }
[ "$got" = "$want" ] || fail "expected exit $want, got $got"
[ "$(wc -l <"$err")" = 1 ] || fail "expected exactly one line on stderr"
grep -Eq -- "$pattern" "$err" || fail "stderr does not match /$pattern/"
echo "ok: exit $got: $(cat "$err")"
