# The scripts themselves (read by make_scripts.py).
cpb_checks = {
    "on_bypass": [{"do": "wait", "s": 60}, value("pump_flow_l_min", 4.0, 4.8), value("map_mmHg", 50, 110),
                  value("sao2", 0.9), value("act_s", 480), value("reservoir_ml", 200)],
    "cool": [value("temp_c", None, 34.0)],
    "off_bypass": [value("heart_output_l_min", 3.0), value("map_mmHg", 55, 110), value("sao2", 0.9)],
}
write("cpb_correct", "cpb", "assess", correct("cpb", cpb_checks) +
      [{"do": "expect", "step": "protamine"}, value("act_s", None, 160)])

# Wrong: heparin never given; bypass started anyway.
write("cpb_no_heparin", "cpb", "assess",
      correct("cpb", {}, until="occlusion") +
      [a for s in steps_of("cpb") if s["id"] in ("cannulate_aorta", "test_line", "cannulate_atrium", "sweep_gas", "on_bypass")
       for a in s["autoplay"]] +
      [{"do": "wait", "s": 30}, {"do": "expect", "mistake": "no_heparin"}, value("act_s", None, 150),
       value("pump_flow_l_min", 3.0)])

# Wrong: the oxygenator and filter are never de-aired.
write("cpb_missed_deair", "cpb", "assess",
      correct("cpb", {}, until="occlusion", skip=("de_air",)) +
      [a for s in steps_of("cpb") if s["id"] in ("heparin", "cannulate_aorta", "test_line", "cannulate_atrium", "sweep_gas", "on_bypass")
       for a in s["autoplay"]] +
      [{"do": "wait", "s": 10}, {"do": "expect", "mistake": "air_pumped"}, value("air_detected", 1),
       value("pump_flow_l_min", None, 0.2)])

# Wrong: the arterial clamp is left on when the pump starts.
write("cpb_clamp_left_on", "cpb", "assess",
      correct("cpb", {}, until="cannulate_atrium", replace={"test_line": [{"do": "set", "key": "line_pressure_test", "value": 1}]},
              skip=("test_line",)) +
      [{"do": "set", "key": "sweep_l_min", "value": 3.5}, {"do": "set", "key": "fio2", "value": 0.6},
       {"do": "unclamp", "item": "venous_line"}, {"do": "set", "key": "pump_flow_l_min", "value": 4.4},
       {"do": "set", "key": "pump_on", "value": 1}, {"do": "wait", "s": 20},
       {"do": "expect", "mistake": "arterial_clamp_on"}, value("arterial_line_mmHg", 300, 360), value("high_line_pressure", 1),
       value("pressure_servo", 1), value("pump_flow_l_min", None, 0.1)])

# Wrong: the lines are swapped at the cannulae.
swapped = [{"do": "clamp", "item": "arterial_line"}, {"do": "clamp", "item": "venous_line"},
           {"do": "take", "item": "arterial_cannula"}, {"do": "take", "item": "venous_cannula"},
           {"do": "connect", "a": "arterial_cannula.out", "b": "patient.aorta"},
           {"do": "connect", "a": "patient.ra", "b": "venous_cannula.in"},
           {"do": "disconnect", "a": "arterial_line.out", "b": "venous_line.in"},
           {"do": "connect", "a": "arterial_line.out", "b": "venous_cannula.out"},
           {"do": "connect", "a": "venous_line.in", "b": "arterial_cannula.in"}]
write("cpb_reversed_lines", "cpb", "assess",
      correct("cpb", {}, until="heparin") + swapped +
      [{"do": "expect", "mistake": "lines_swapped"},
       {"do": "set", "key": "sweep_l_min", "value": 3.5}, {"do": "unclamp", "item": "arterial_line"},
       {"do": "unclamp", "item": "venous_line"}, {"do": "set", "key": "pump_flow_l_min", "value": 4.4},
       {"do": "set", "key": "pump_on", "value": 1}, {"do": "wait", "s": 60},
       value("map_mmHg", None, 45), {"do": "expect", "condition": {"not": {"step_done": "cannulate_aorta"}}}])

# Wrong: the pump boot is fitted the wrong way round; the pump pushes the prime backwards.
write("cpb_boot_reversed", "cpb", "assess",
      correct("cpb", {}, until="pump_boot") +
      [{"do": "take", "item": "venous_line"}, {"do": "take", "item": "arterial_line"},
       {"do": "connect", "a": "venous_line.out", "b": "reservoir.in"},
       {"do": "connect", "a": "reservoir.out", "b": "pump_boot.out"},
       {"do": "connect", "a": "pump_boot.in", "b": "oxygenator.in"},
       {"do": "expect", "mistake": "boot_reversed"},
       {"do": "connect", "a": "oxygenator.out", "b": "arterial_filter.in"},
       {"do": "connect", "a": "arterial_filter.out", "b": "arterial_line.in"},
       {"do": "connect", "a": "arterial_line.out", "b": "venous_line.in"},
       {"do": "prime", "volume_ml": 1500}, {"do": "set", "key": "pump_flow_l_min", "value": 1.5},
       {"do": "set", "key": "pump_on", "value": 1}, {"do": "wait", "s": 30},
       value("oxygenator_dp_mmHg", None, -1)])

# Refusals: impossible actions are refused with a reason, and the run goes on.
write("cpb_refusals", "cpb", "practice", [
    {"do": "mount", "item": "oxygenator", "at": "reservoir_holder"}, {"do": "expect", "refused": True},
    {"do": "mount", "item": "reservoir", "at": "reservoir_holder"},
    {"do": "mount", "item": "arterial_filter", "at": "reservoir_holder"}, {"do": "expect", "refused": True},
    {"do": "connect", "a": "console.gas_supply", "b": "reservoir.in"}, {"do": "expect", "refused": True},
    {"do": "expect", "condition": {"mounted": "reservoir", "at": "reservoir_holder"}}])

# The other procedures: correct scripts with the values each should reach.
ecmo_checks = {
    "va_ecmo_femoral": {"start": [{"do": "wait", "s": 60}, value("pump_flow_l_min", 3.5, 5.0), value("map_mmHg", 55, 110),
                                  value("sao2_lower", 0.9), value("act_s", 160)]},
    "va_ecmo_central": {"start": [{"do": "wait", "s": 60}, value("pump_flow_l_min", 3.5, 5.5), value("map_mmHg", 60, 110),
                                  value("sao2", 0.9)]},
    "vv_ecmo_femoral_jugular": {"start": [{"do": "wait", "s": 60}, value("pump_flow_l_min", 4.0, 7.0), value("sao2", 0.85),
                                          value("recirculation", None, 0.4)]},
    "vv_ecmo_dual_lumen": {"start": [{"do": "wait", "s": 60}, value("pump_flow_l_min", 3.5, 5.5), value("sao2", 0.85),
                                     value("recirculation", None, 0.2)]},
    "paediatric_ecmo": {"start": [{"do": "wait", "s": 60}, value("pump_flow_l_min", 0.25, 0.6), value("map_mmHg", 35, 80),
                                  value("hb_g_dl", 12.0), value("sao2", 0.85)]},
    "ilp": {"start": [value("pump_flow_l_min", 0.6, 1.0), value("systemic_melphalan_mg_l", None, 0.01)],
            "warm": [value("limb_temp_c", 38.0, 40.5)],
            "melphalan": [{"do": "wait", "s": 60}, value("limb_melphalan_mg_l", 5.0, 100.0), value("systemic_melphalan_mg_l", None, 1.0)],
            "perfuse": [value("leak_percent", None, 10.0), value("limb_temp_c", 38.0, 40.5)],
            "washout": [value("limb_melphalan_mg_l", None, 1.0)],
            # Only the hour's small leak is in the body (under 1.5 mg/l); the washed-out limb adds next to nothing.
            "decannulate": [{"do": "wait", "s": 300}, value("systemic_melphalan_mg_l", None, 1.5)]},
}
for pid, checks in ecmo_checks.items():
    write(pid + "_correct", pid, "assess", correct(pid, checks))

# Wrong: ECMO started without heparin.
write("va_ecmo_femoral_no_heparin", "va_ecmo_femoral", "assess",
      correct("va_ecmo_femoral", {}, until="start", skip=("heparin",)) +
      [{"do": "wait", "s": 30}, {"do": "expect", "mistake": "no_heparin"}, value("act_s", None, 150), value("pump_flow_l_min", 3.0)])

# Wrong: the tourniquet is loose, so the leak climbs, and melphalan is given anyway.
write("ilp_melphalan_with_leak", "ilp", "assess",
      correct("ilp", {}, until="start", skip=("isolate",), replace={"isolate": [{"do": "set", "key": "tourniquet", "value": 0}]}) +
      [{"do": "set", "key": "heater_c", "value": 40}, {"do": "set", "key": "melphalan_mg", "value": 100},
       {"do": "wait_until", "condition": {"value": "leak_percent", "min": 10}, "timeout_s": 3600},
       {"do": "expect", "mistake": "melphalan_with_leak"}, value("systemic_melphalan_mg_l", 0.05)])

# Wrong: after the hour the limb is decannulated without the washout; the drug left in the leg's vessels
# goes to the body once the tourniquet is off.
write("ilp_decannulated_before_washout", "ilp", "assess",
      correct("ilp", {}, until="perfuse") +
      [a for s in steps_of("ilp") if s["id"] == "decannulate" for a in s["autoplay"]] +
      [{"do": "expect", "mistake": "decannulated_before_washout"}, {"do": "wait", "s": 300},
       value("systemic_melphalan_mg_l", 3.0), {"do": "expect", "condition": {"not": {"step_done": "washout"}}}])

# For the app's exit code: an expectation that cannot hold (the pump is off at the start).
write("cpb_fails", "cpb", "assess", [
    {"do": "mount", "item": "reservoir", "at": "reservoir_holder"},
    {"do": "expect", "condition": {"value": "pump_flow_l_min", "min": 2}}])

# Wrong: while the patient bleeds and the lines chatter, the pump speed is turned up.
write("va_ecmo_femoral_speed_up_in_chatter", "va_ecmo_femoral", "assess",
      correct("va_ecmo_femoral", {}, until="check_upper_body") +
      [{"do": "set", "key": "pump_rpm", "value": 3800},
       {"do": "wait_until", "condition": {"value": "chatter", "min": 1}, "timeout_s": 300},
       {"do": "expect", "mistake": "speed_up_in_chatter"}, value("venous_line_mmHg", None, -100),
       {"do": "expect", "condition": {"not": {"step_done": "chatter"}}}])
