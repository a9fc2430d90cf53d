#include "app/mode_session.h"

#include "app/app_options.h"
#include "app/app_paths.h"
#include "platform/user_dirs.h"

namespace perfuse {

namespace {
ModeScreen screen_for(const AppOptions& options) {
    if (options.mode_chosen) {
        if (options.mode == "start") return ModeScreen::start;
        if (options.mode == "present") return ModeScreen::present;
        if (options.mode == "learn" || options.mode == "assess") return ModeScreen::learn;
        return ModeScreen::explore;
    }
    // Screenshots, golden images, benchmarks, the model viewer and VR keep today's plain view.
    const bool plain = options.headless || options.benchmark_frames > 0 || !options.model.empty() || options.vr;
    return plain ? ModeScreen::off : ModeScreen::start;
}

void load_saves(ModeSession& s) {
    s.settings_file = modes::default_settings_file();
    if (!s.settings_file.empty()) {
        modes::SettingsLoad loaded = modes::load_settings(s.settings_file);
        s.settings = loaded.settings;
        if (!loaded.warning.empty()) s.warnings.push_back(loaded.warning);
    }
    s.progress_file = modes::default_progress_file();
    if (!s.progress_file.empty()) {
        modes::ProgressLoad loaded = modes::load_progress(s.progress_file);
        s.progress = loaded.progress;
        if (!loaded.warning.empty()) s.warnings.push_back(loaded.warning);
    }
    s.save_on_fatal = std::make_unique<ScopedFatalHook>([&s] {
        std::string errors;
        if (!s.settings_file.empty()) errors = modes::save_settings(s.settings_file, s.settings);
        if (!s.progress_file.empty())
            if (const std::string e = modes::save_progress(s.progress_file, s.progress); !e.empty())
                errors += (errors.empty() ? "" : "; ") + e;
        return errors;
    });
    const std::filesystem::path data = user_data_dir("perfuse");
    s.report_folder_text = data.empty() ? std::filesystem::current_path().string() : (data / "reports").string();
}
}  // namespace

void init_mode_session(ModeSession& s, const AppOptions& options) {
    s.screen = screen_for(options);
    s.headless = options.headless;
    if (s.screen == ModeScreen::off) return;
    const std::filesystem::path assets = asset_dir();
    s.text = modes::load_mode_text(assets / "modes" / "en.json");
    s.tour = modes::load_tour(assets / "tour" / "perfusionists_day.json");
    if (!s.tour.quiz.empty()) s.quiz = modes::load_quiz(assets / "quiz" / (s.tour.quiz + ".json"));
    s.career = world::load_career(assets / "career" / "career.json");
    s.learn_options = modes::load_learn_options(assets / "modes" / "learn.json");
    s.learn_choice = modes::default_choice(s.learn_options);
    if (options.mode == "assess") s.learn_choice.style = "assess";
    // Headless runs (tests, screenshots) never read or write the player's files: same image every time.
    if (!options.headless) load_saves(s);
    // The command line wins over the saved text size (it is explicit, and for this run only).
    if (options.text_scale != 1.0f) s.settings.text_scale = options.text_scale;
    s.kiosk_timings = modes::load_kiosk_timings(assets / "modes" / "kiosk.json");
    if (s.screen != ModeScreen::start) enter_mode(s, s.screen);
}

void enter_mode(ModeSession& s, ModeScreen screen) {
    s.screen = screen;
    s.show_settings = false;
    s.show_career = false;
    s.quiz_attempt.reset();
    s.tour_player.reset();
    if (screen == ModeScreen::explore || screen == ModeScreen::present) {
        s.tour_player.emplace(s.tour);
        s.tour_player->start();
    }
    s.kiosk.reset();
    if (screen == ModeScreen::present) s.kiosk.emplace(s.kiosk_timings);
}

void save_mode_settings(ModeSession& s) {
    if (s.settings_file.empty()) return;  // headless, or no config folder: nothing to keep
    const std::string error = modes::save_settings(s.settings_file, s.settings);
    s.settings_status = error.empty() ? s.text("settings.saved") : s.text.format("settings.not_saved", {error});
}

}  // namespace perfuse
