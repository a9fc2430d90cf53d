#include "app/mode_actions.h"

#include "app/app_renderer.h"
#include "app/mode_camera.h"

namespace perfuse {

namespace {
void tour_action(ModeSession& m, ModeAction action) {
    if (action == ModeAction::next || action == ModeAction::activate) m.tour_player->next();
    if (action == ModeAction::previous) m.tour_player->previous();
}

void quiz_action(ModeSession& m, ModeAction action) {
    modes::QuizAttempt& quiz = *m.quiz_attempt;
    if (quiz.finished()) {
        if (action == ModeAction::activate) m.quiz_attempt.reset();
        return;
    }
    if (action == ModeAction::choose_1) quiz.choose(0);
    if (action == ModeAction::choose_2) quiz.choose(1);
    if (action == ModeAction::choose_3) quiz.choose(2);
    if (action == ModeAction::activate || action == ModeAction::next) quiz.next();
}

// Explore's bar: the tour, career, quiz and settings from anywhere in Explore.
bool explore_action(ModeSession& m, ModeAction action) {
    switch (action) {
        case ModeAction::open_tour: enter_mode(m, ModeScreen::explore); return true;
        case ModeAction::open_career: m.show_career = true; return true;
        case ModeAction::open_quiz:
            if (m.quiz.questions.empty()) return false;
            if (m.tour_player) m.tour_player->leave();
            m.quiz_attempt.emplace(m.quiz);
            return true;
        case ModeAction::open_settings: m.show_settings = true; return true;
        default: return false;
    }
}

void start_action(AppRenderer& r, ModeAction action) {
    ModeSession& m = r.modes;
    switch (action) {
        case ModeAction::choose_1: choose_start(r, StartChoice::explore); break;
        case ModeAction::choose_2: choose_start(r, StartChoice::learn); break;
        case ModeAction::choose_3: choose_start(r, StartChoice::present); break;
        case ModeAction::choose_4: choose_start(r, StartChoice::settings); break;
        case ModeAction::focus_up: m.start_focus = (m.start_focus + kStartChoices - 1) % kStartChoices; break;
        case ModeAction::focus_down: m.start_focus = (m.start_focus + 1) % kStartChoices; break;
        case ModeAction::activate: choose_start(r, StartChoice(m.start_focus)); break;
        default: break;
    }
}
}  // namespace

bool mode_camera_held(const ModeSession& m) { return m.camera.flight.has_value() || m.camera.held.has_value(); }

void choose_start(AppRenderer& r, StartChoice choice) {
    ModeSession& m = r.modes;
    switch (choice) {
        case StartChoice::explore: enter_mode(m, ModeScreen::explore); break;
        case StartChoice::learn: enter_mode(m, ModeScreen::learn); break;
        case StartChoice::present:
            enter_mode(m, ModeScreen::present);
            r.overlay.text_scale = std::max(r.overlay.text_scale, m.kiosk_timings.text_scale);
            break;
        case StartChoice::settings: m.show_settings = true; break;
    }
}

void run_mode_action(AppRenderer& r, ModeAction action) {
    ModeSession& m = r.modes;
    if (action == ModeAction::none || m.show_settings || m.show_career) return;
    if (m.screen == ModeScreen::start) return start_action(r, action);
    if (m.screen == ModeScreen::explore && explore_action(m, action)) return;
    if (m.quiz_attempt) return quiz_action(m, action);
    if (m.tour_player && m.tour_player->active()) return tour_action(m, action);
}

bool step_back(AppRenderer& r) {
    ModeSession& m = r.modes;
    if (m.show_settings) {
        m.show_settings = false;
        return true;
    }
    if (m.show_career) {
        m.show_career = false;
        return true;
    }
    if (m.quiz_attempt) {
        m.quiz_attempt.reset();
        return true;
    }
    if (m.tour_player && m.tour_player->active()) {
        m.tour_player->leave();
        return true;
    }
    if (m.screen == ModeScreen::learn && !m.learn_running) {
        m.screen = ModeScreen::start;
        return true;
    }
    return false;
}

}  // namespace perfuse
