#!/usr/bin/env bash
# app_sound_test.sh CASE PERFUSE WAVE_CHECK WORK_DIR: the app's sound through OpenAL Soft's null and
# wave-file outputs (no sound card needed).
#   null       headless run with the null output: exits 0, nothing on stderr
#   narration  wave output, --select opens the heart-lung machine's card: it is read aloud (loud samples)
#   quiet      wave output, no card: only the quiet room sounds (no loud samples)
#   alarm      wave output, a power cut (crisis) with the model run 2 minutes ahead: the console's
#              alarm sounds from the heart-lung machine (loud samples with no card open)
#   vr         wave output, a VR session (simulated headset) with the card chosen: read aloud in VR too
#              (skipped, exit 77, without the OpenXR test runtime)
#   vr-alarm   wave output, a VR session with a power cut (crisis) run 2 minutes ahead and no card:
#              the flow model runs in VR and its alarm sounds (loud samples)
#   vr-tour    wave output, a VR session where the floating menu's Next is pressed (a test hook): the
#              next tour stop's card is read aloud (loud samples with no card open)
#   no-audio   wave output configured, but --no-audio: OpenAL is never opened, no file is written
set -u
case_name=$1 perfuse=$2 wave_check=$3 work=$4
mkdir -p "$work"
wave="$work/$case_name.wav" conf="$work/$case_name.conf" err="$work/$case_name.stderr"
rm -f "$wave"
printf '[general]\ndrivers = wave\nsample-type = int16\n[wave]\nfile = %s\n' "$wave" >"$conf"
run() { timeout 120 "$perfuse" --headless --scene theatre --size 320x180 --strict-validation "$@" 2>"$err"; }
case $case_name in
  null)
    ALSOFT_DRIVERS=null run --frames 30 --select heart_lung_machine || { echo "exit $?"; cat "$err"; exit 1; }
    [ ! -s "$err" ] || { echo "expected nothing on stderr, got:"; cat "$err"; exit 1; } ;;
  narration)
    ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave run --frames 150 --select heart_lung_machine || { cat "$err"; exit 1; }
    "$wave_check" "$wave" 2000 100000000 || exit 1 ;;
  quiet)
    ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave run --frames 40 || { cat "$err"; exit 1; }
    "$wave_check" "$wave" 0 0 || exit 1 ;;
  alarm)
    ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave run --frames 100 --crisis power_loss --sim-seconds 120 || { cat "$err"; exit 1; }
    "$wave_check" "$wave" 1000 100000000 || exit 1 ;;
  vr)
    [ -f "${XR_RUNTIME_JSON:-}" ] || { echo "no OpenXR test runtime (PERFUSE_XR_RUNTIME_JSON)"; exit 77; }
    ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave timeout 120 "$perfuse" --vr-required --vr-frames 60 --scene theatre \
      --select heart_lung_machine --strict-validation >/dev/null 2>"$err" || { cat "$err"; exit 1; }
    "$wave_check" "$wave" 2000 100000000 || exit 1 ;;
  vr-alarm)
    [ -f "${XR_RUNTIME_JSON:-}" ] || { echo "no OpenXR test runtime (PERFUSE_XR_RUNTIME_JSON)"; exit 77; }
    ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave timeout 120 "$perfuse" --vr-required --vr-frames 60 --scene theatre \
      --crisis power_loss --sim-seconds 120 --strict-validation >/dev/null 2>"$err" || { cat "$err"; exit 1; }
    "$wave_check" "$wave" 1000 100000000 || exit 1 ;;
  vr-tour)
    [ -f "${XR_RUNTIME_JSON:-}" ] || { echo "no OpenXR test runtime (PERFUSE_XR_RUNTIME_JSON)"; exit 77; }
    PERFUSE_TEST_VR_MENU_AT_FRAME=3:next ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave timeout 120 "$perfuse" --vr-required \
      --vr-frames 60 --scene theatre --strict-validation >/dev/null 2>"$err" || { cat "$err"; exit 1; }
    "$wave_check" "$wave" 2000 100000000 || exit 1 ;;
  no-audio)
    ALSOFT_CONF=$conf ALSOFT_DRIVERS=wave run --frames 5 --select heart_lung_machine --no-audio || { cat "$err"; exit 1; }
    [ ! -e "$wave" ] || { echo "--no-audio still opened OpenAL: $wave exists"; exit 1; } ;;
  *) echo "unknown case $case_name"; exit 2 ;;
esac
echo "ok: $case_name"
