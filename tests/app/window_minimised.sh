#!/usr/bin/env bash
# window_minimised.sh PERFUSE [SECONDS]: a real window, minimised (iconified) for a long time, then
# restored. While minimised the app must neither draw nor spin the CPU; after the restore it must draw
# again; the run must end cleanly on Esc with strict validation (not one validation message).
# It needs a window manager to iconify a window (Xvfb has none), so it runs on its own virtual display
# with twm there, never on the display other tests share. SECONDS: how long it stays minimised (15).
# PERFUSE_PRESENT (environment): perfuse's --present (default auto).
set -u
perfuse=$1
minimised_s=${2:-15}
if [ -z "${PERFUSE_OWN_DISPLAY:-}" ]; then
  command -v twm >/dev/null || { echo "twm is not installed (tools/setup.sh --test installs it)"; exit 1; }
  PERFUSE_OWN_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1024x768x24 -noreset" "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"; kill "$twm" 2>/dev/null' EXIT
printf '%s\n' RandomPlacement NoTitle 'TitleFont "fixed"' 'ResizeFont "fixed"' 'MenuFont "fixed"' \
  'IconFont "fixed"' 'IconManagerFont "fixed"' >"$work/twmrc"
LC_ALL=C twm -f "$work/twmrc" >/dev/null 2>&1 &
twm=$!
sleep 0.5

"$perfuse" --scene placeholder --size 320x180 --frames 1000000 --strict-validation --no-ui --no-audio \
  --present "${PERFUSE_PRESENT:-auto}" 2>"$work/log" &
pid=$!
window=""
for _ in $(seq 1 100); do
  window=$(xdotool search --pid "$pid" 2>/dev/null | head -n1)
  [ -n "$window" ] && break
  sleep 0.1
done
[ -n "$window" ] || { echo "no Perfuse window appeared"; cat "$work/log"; kill "$pid" 2>/dev/null; exit 1; }

ticks_per_s=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }  # user + system time of the app
# CPU time the app used over SECONDS, in hundredths of one core.
cpu_percent_over() {
  local before after
  before=$(cpu_ticks); sleep "$1"; after=$(cpu_ticks)
  echo $(( (after - before) * 100 / (ticks_per_s * $1) ))
}
fail() { echo "$1"; cat "$work/log"; kill "$pid" 2>/dev/null; exit 1; }
# Asks for WM_STATE STATE with COMMAND until the window manager has done it (up to 10 s): on a loaded
# machine twm may still be starting when the first request comes, and then nobody acts on it.
ask_until() {
  local state=$1; shift
  for _ in $(seq 1 20); do
    "$@" >/dev/null 2>&1
    xprop -id "$window" WM_STATE 2>/dev/null | grep -q "$state" && return 0
    sleep 0.5
  done
  return 1
}

sleep 2
drawing=$(cpu_percent_over 2)
# Drawing on the CPU renderer keeps a good part of a core busy (even on a loaded machine); below 5% this
# test could not tell drawing from idling.
[ "$drawing" -ge 5 ] || fail "the app used only ${drawing}% of a core while drawing: cannot tell drawing from idling"

ask_until Iconic xdotool windowminimize "$window" || fail "the window manager did not iconify the window"
sleep 1
idle=$(cpu_percent_over "$minimised_s")
kill -0 "$pid" 2>/dev/null || fail "perfuse ended while minimised"
# It wakes four times a second to look for events: far below 2% of a core.
[ "$idle" -le 2 ] || fail "the app used ${idle}% of a core while minimised for ${minimised_s} s (drawing at ${drawing}%)"

ask_until Normal xdotool windowmap "$window" || fail "the window manager did not restore the window"
sleep 1
resumed=$(cpu_percent_over 2)
[ "$resumed" -ge 5 ] || fail "the app did not draw again after the restore (${resumed}% of a core)"

xdotool windowfocus --sync "$window"
xdotool key Escape
timeout 60 tail --pid="$pid" -f /dev/null || fail "perfuse did not quit on Esc"
wait "$pid"
code=$?
[ "$code" = 0 ] || fail "perfuse exited with $code"
[ -s "$work/log" ] && fail "unexpected messages:"
echo "ok: ${drawing}% of a core drawing, ${idle}% minimised for ${minimised_s} s, ${resumed}% after the restore; clean exit"
