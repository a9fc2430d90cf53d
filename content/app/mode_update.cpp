#include "app/mode_update.h"

#include <algorithm>
#include <cstdio>

#include "app/app_renderer.h"
#include "app/mode_camera.h"
#include "app/mode_learn.h"
#include "app/procedure_controls.h"

namespace perfuse {

// Moves to the room of the stop (if needed), aims the camera and asks for narration.
void show_stop(AppRenderer& r, const modes::TourStop& stop) {
    ModeSession& m = r.modes;
    bool new_room = false;
    if (stop.scene != r.room.id) {
        vkDeviceWaitIdle(r.gpu.device().handle());  // frames in flight still draw the old room
        if (const std::string error = r.switch_room(stop.scene); !error.empty()) {
            m.warnings.push_back(error);
            return;
        }
        new_room = true;
    }
    const CameraPose from = mode_camera_pose(m.camera).value_or(m.camera.last_viewer_pose);
    if (const auto target = tour_stop_pose(r.room, stop, from))
        aim_mode_camera(m.camera, from, *target, new_room || m.settings.reduced_motion || m.headless);
    r.selection.selected = stop.item;  // an item stop also opens its information card
    if (!stop.text.empty()) r.speak_requests.push_back(stop.title + ". " + stop.text);
}

namespace {
// The attract loop's procedure: stops it (the room's own flow model comes back).
void end_attract_procedure(AppRenderer& r) {
    if (!r.modes.attract_procedure_running) return;
    r.modes.attract_procedure_running = false;
    if (r.live) r.live->use(nullptr);  // before the run's simulation goes
    route_console_to_room_model(r);
    r.procedure.run.reset();
}

// After a round of the tour: the procedure named in kiosk.json sets itself up while the camera
// watches. False when none is named or it cannot start (the tour then simply goes round again).
bool start_attract_procedure(AppRenderer& r) {
    ModeSession& m = r.modes;
    const modes::KioskTimings& t = m.kiosk_timings;
    if (t.attract_procedure.empty()) return false;
    show_stop(r, {.id = "attract_procedure", .title = m.text("present.autoplay_title"), .text = m.text("present.autoplay_text"),
                  .scene = t.attract_procedure_scene, .camera = t.attract_procedure_camera, .item = {}});
    if (const std::string error = begin_procedure(r, t.attract_procedure, procedures::Style::autoplay); !error.empty()) {
        m.warnings.push_back(error);
        return false;
    }
    m.attract_procedure_running = true;
    m.attract_procedure_left_s = t.attract_procedure_s;
    return true;
}

void start_tour(ModeSession& m, bool autoplay) {
    m.quiz_attempt.reset();
    m.show_career = false;
    m.show_settings = false;
    if (!m.tour_player) m.tour_player.emplace(m.tour);
    m.tour_player->start(autoplay);
}

// Present mode: idle resets, the attract loop, and control handed back on any input.
void update_kiosk(AppRenderer& r, float dt_s) {
    ModeSession& m = r.modes;
    const modes::KioskEvent event = m.kiosk->update(dt_s, m.had_input);
    if (event != modes::KioskEvent::none) end_attract_procedure(r);
    switch (event) {
        case modes::KioskEvent::reset: start_tour(m, false); break;
        case modes::KioskEvent::attract_started: start_tour(m, true); break;
        case modes::KioskEvent::attract_stopped: start_tour(m, false); break;
        case modes::KioskEvent::none: break;
    }
    if (m.attract_procedure_running && (m.attract_procedure_left_s -= dt_s) <= 0.0f) {
        end_attract_procedure(r);
        start_tour(m, true);
    }
}

void update_tour(AppRenderer& r, ModeSession& m, float dt_s) {
    modes::TourPlayer& player = *m.tour_player;
    const float scale = m.kiosk ? m.kiosk->timings().attract_dwell_scale : 1.0f;
    player.advance(dt_s / scale);
    if (const auto arrival = player.take_arrival()) show_stop(r, player.tour().stops[*arrival]);
    if (player.active()) return;
    const bool finished = player.finished();
    const bool looping = m.kiosk && m.kiosk->attracting();
    m.tour_player.reset();
    r.selection.selected.clear();
    if (looping) {
        if (!start_attract_procedure(r)) start_tour(m, true);  // the attract loop goes round again
    } else {
        release_mode_camera(m.camera);
        if (finished && !m.quiz.questions.empty() && !m.kiosk) m.quiz_attempt.emplace(m.quiz);
    }
}
}  // namespace

void start_modes(AppRenderer& r) {
    ModeSession& m = r.modes;
    init_mode_session(m, r.options);
    if (m.screen == ModeScreen::off) return;
    m.camera.last_viewer_pose = start_pose(r.room);
    r.overlay.text_scale = m.settings.text_scale;
    if (m.screen == ModeScreen::present) r.overlay.text_scale = std::max(r.overlay.text_scale, m.kiosk_timings.text_scale);
}

void update_modes(AppRenderer& r, float dt_s) {
    ModeSession& m = r.modes;
    if (m.screen == ModeScreen::off) return;
    // The corner panel is hidden behind the start screen and while presenting.
    const bool full_screen_mode = m.screen == ModeScreen::start || m.screen == ModeScreen::present;
    if (full_screen_mode) r.overlay.visible = false;
    else if (m.overlay_hidden) r.overlay.visible = r.options.show_ui;
    m.overlay_hidden = full_screen_mode;
    if (r.ui && r.overlay.text_scale != r.ui->text_scale()) r.ui->set_text_scale(r.overlay.text_scale);
    if (m.kiosk) update_kiosk(r, dt_s);
    m.had_input = false;
    if (m.tour_player) update_tour(r, m, dt_s);
    update_learning(r);
    advance_mode_camera(m.camera, dt_s);
    for (const std::string& warning : m.warnings) std::fprintf(stderr, "perfuse: %s\n", warning.c_str());
    m.shown_warnings.insert(m.shown_warnings.end(), m.warnings.begin(), m.warnings.end());
    m.warnings.clear();
}

}  // namespace perfuse
