#!/usr/bin/env bash
# expect_exit.sh CODE REGEX COMMAND...
# Runs COMMAND; passes when it exits with CODE and its output matches REGEX (extended grep).
# For failures (CODE != 0) stderr must also be exactly one line: errors are one clear line.
set -u
want=$1 pattern=$2
shift 2
out=$(mktemp) err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
timeout 120 "$@" >"$out" 2>"$err"
got=$?
if [ "$got" != "$want" ]; then
  echo "expected exit $want, got $got from: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1
fi
if ! { cat "$out" "$err"; echo; } | grep -Eq -- "$pattern"; then
  echo "output does not match /$pattern/:"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1
fi
if [ "$want" != 0 ] && [ "$(wc -l <"$err")" != 1 ]; then
  echo "expected one line on stderr, got:"; cat "$err"; exit 1
fi
echo "ok: exit $got, output matches /$pattern/"
