#pragma once
// Present (kiosk) mode's timing and text size: after a while with no input the presentation resets itself to the
// start, and a little later an attract loop plays the tour by itself; any input stops the loop.
// It cannot be quit by accident: only Ctrl+Shift+Q exits (Esc and the window's close button do not).
#include <filesystem>
#include <string>

namespace perfuse::modes {

struct KioskTimings {
    float reset_after_idle_s = 90.0f;     // back to the first card, panels closed
    float attract_after_idle_s = 120.0f;  // the tour starts playing itself
    float attract_dwell_scale = 1.0f;     // multiplies each tour card's dwell time in the loop
    float text_scale = 2.0f;              // large text for a room: at least this size in Present mode
    // After each round of the tour the loop shows a procedure setting itself up (autoplay), if named.
    std::string attract_procedure;        // a procedure id (assets/procedures), or empty
    float attract_procedure_s = 90.0f;    // how long it plays before the tour comes round again
    std::string attract_procedure_scene;  // where the camera watches it from: a scene and named camera
    std::string attract_procedure_camera;
};

// assets/modes/kiosk.json. Throws world::WorldError naming the file and field; checks that the
// reset comes no later than the attract loop and that every time is positive.
KioskTimings load_kiosk_timings(const std::filesystem::path& file);

enum class KioskEvent { none, reset, attract_started, attract_stopped };

class Kiosk {
public:
    explicit Kiosk(const KioskTimings& timings) : timings_(timings) {}

    // One frame: DT_S of time, and whether the presenter or a visitor touched anything.
    KioskEvent update(float dt_s, bool had_input);

    bool attracting() const { return attracting_; }
    float idle_s() const { return idle_s_; }
    const KioskTimings& timings() const { return timings_; }

private:
    KioskTimings timings_;
    float idle_s_ = 0.0f;
    bool reset_done_ = false;
    bool attracting_ = false;
};

// The only way out of Present mode: Ctrl+Shift+Q (Q going down while both modifiers are held).
bool is_kiosk_exit_combo(bool ctrl_down, bool shift_down, bool q_pressed);

}  // namespace perfuse::modes
