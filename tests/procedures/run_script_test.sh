#!/usr/bin/env bash
# run_script_test.sh REPORT REGEX COMMAND...
# Runs COMMAND (perfuse playing a script with --report REPORT); passes when it exits 0 and the report
# file matches REGEX (extended grep).
set -u
report=$1 pattern=$2
shift 2
rm -f "$report"
timeout 300 "$@" || { echo "exit $? from: $*"; exit 1; }
[ -f "$report" ] || { echo "no report written at $report"; exit 1; }
if ! tr -d '\n' <"$report" | grep -Eq -- "$pattern"; then
  echo "report does not match /$pattern/:"; head -c 2000 "$report"; exit 1
fi
echo "ok: report matches /$pattern/"
