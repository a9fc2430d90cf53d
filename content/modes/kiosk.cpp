#include "modes/kiosk.h"

#include "world/json_reader.h"

namespace perfuse::modes {

KioskTimings load_kiosk_timings(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json doc = world::read_json_file(file.string(), name);
    const world::JsonReader r(doc, name);
    KioskTimings t;
    t.reset_after_idle_s = r.number("reset_after_idle_s");
    t.attract_after_idle_s = r.number("attract_after_idle_s");
    t.attract_dwell_scale = r.number_or("attract_dwell_scale", 1.0f);
    t.text_scale = r.number_or("text_scale", t.text_scale);
    t.attract_procedure = r.string_or("attract_procedure", "");
    if (!t.attract_procedure.empty()) {
        t.attract_procedure_s = r.number("attract_procedure_s");
        if (!(t.attract_procedure_s >= 5.0f && t.attract_procedure_s <= 3600.0f))
            r.fail_field("attract_procedure_s", "expected 5 to 3600 seconds");
        t.attract_procedure_scene = r.string("attract_procedure_scene");
        t.attract_procedure_camera = r.string("attract_procedure_camera");
    }
    if (!(t.text_scale >= 0.75f && t.text_scale <= 3.0f)) r.fail_field("text_scale", "expected 0.75 to 3");
    if (!(t.reset_after_idle_s > 0.0f)) r.fail_field("reset_after_idle_s", "expected a time above 0 seconds");
    if (!(t.attract_after_idle_s >= t.reset_after_idle_s))
        r.fail_field("attract_after_idle_s", "must be at least reset_after_idle_s");
    if (!(t.attract_dwell_scale >= 0.1f && t.attract_dwell_scale <= 10.0f))
        r.fail_field("attract_dwell_scale", "expected 0.1 to 10");
    return t;
}

KioskEvent Kiosk::update(float dt_s, bool had_input) {
    if (had_input) {
        idle_s_ = 0.0f;
        reset_done_ = false;
        if (!attracting_) return KioskEvent::none;
        attracting_ = false;
        return KioskEvent::attract_stopped;
    }
    idle_s_ += dt_s;
    if (!attracting_ && idle_s_ >= timings_.attract_after_idle_s) {
        attracting_ = true;
        reset_done_ = true;
        return KioskEvent::attract_started;
    }
    if (!reset_done_ && idle_s_ >= timings_.reset_after_idle_s) {
        reset_done_ = true;
        return KioskEvent::reset;
    }
    return KioskEvent::none;
}

bool is_kiosk_exit_combo(bool ctrl_down, bool shift_down, bool q_pressed) {
    return ctrl_down && shift_down && q_pressed;
}

}  // namespace perfuse::modes
