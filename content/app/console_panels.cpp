#include "app/console_panels.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace perfuse {

namespace {
// Pump speed per ] / [ key: 0.1 l/min on a roller (flow-set) pump, 100 rpm on a centrifugal.
constexpr double kFlowStepLMin = 0.1;
constexpr double kRpmStep = 100.0;

std::vector<Crisis> load_crises(const std::filesystem::path& dir, std::string& errors) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) errors += dir.string() + ": " + ec.message() + "\n";
    std::sort(files.begin(), files.end());
    std::vector<Crisis> crises;
    for (const auto& file : files) {
        CrisisResult loaded = load_crisis(file.string());
        if (loaded.crisis)
            crises.push_back(std::move(*loaded.crisis));
        else
            errors += loaded.error + "\n";
    }
    return crises;
}

bool key_pressed(int glfw_key) { return ImGui::IsKeyPressed(glfw_key, false); }

void nudge_pump(LiveModel& live, double direction) {
    const phys::Simulation* sim = live.sim();
    if (!sim) return;
    phys::SettingsPatch patch;
    if (sim->type() == phys::CircuitType::cpb || sim->type() == phys::CircuitType::ilp) {
        const double now = sim->settings().pump_flow_l_min.value_or(0.0);
        patch.pump_flow_l_min = std::max(0.0, now + direction * kFlowStepLMin);
    } else {
        const double now = sim->settings().pump_rpm.value_or(0.0);
        patch.pump_rpm = std::max(0.0, now + direction * kRpmStep);
    }
    live.apply(patch);
}

void next_speed(LiveModel& live) {
    const double now = live.time().speed;
    const auto it = std::find(std::begin(kSpeeds) + 1, std::end(kSpeeds), now);
    const bool last = it == std::end(kSpeeds) || it + 1 == std::end(kSpeeds);
    set_speed(live.time(), last ? kSpeeds[1] : *(it + 1));
}
}  // namespace

void init_console_panels(ConsolePanels& p, const std::filesystem::path& asset_dir) {
    ConsoleTextResult text = load_console_text(asset_dir / "console" / "console_text.json");
    p.text = std::move(text.text);
    if (!text.error.empty()) p.load_error += text.error + "\n";
    p.crises = load_crises(asset_dir / "crises", p.load_error);
    if (!p.load_error.empty()) std::fprintf(stderr, "%s", p.load_error.c_str());
}

void start_console(ConsolePanels& p, LiveModel& live, const AppOptions& options, const std::filesystem::path& asset_dir) {
    init_console_panels(p, asset_dir);
    if (const std::string error = show_console_panels(p, options.console_panels); !error.empty())
        std::fprintf(stderr, "%s\n", error.c_str());
    if (!options.crisis.empty()) {
        const auto it = std::find_if(p.crises.begin(), p.crises.end(), [&](const Crisis& c) { return c.id == options.crisis; });
        const std::string error = it == p.crises.end() ? "--crisis: no crisis '" + options.crisis + "' in " +
                                                             (asset_dir / "crises").string()
                                                       : live.start_crisis(*it);
        if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
        if (it != p.crises.end()) p.crisis_index = int(it - p.crises.begin());
    }
    if (options.crisis_response == "right") live.play_crisis_response(CrisisResponse::correct);
    if (options.crisis_response == "wrong") live.play_crisis_response(CrisisResponse::wrong);
    live.step(int(std::llround(options.sim_seconds / live.time().step_s)));
}

std::string show_console_panels(ConsolePanels& p, const std::string& list) {
    if (list.empty()) return {};
    std::stringstream in(list);
    std::string name;
    while (std::getline(in, name, ',')) {
        if (name == "all") p.shown = p.trends = p.crisis = p.instructor = p.anatomy = true;
        else if (name == "anatomy") p.anatomy = true;
        else if (name == "console") p.shown = true;
        else if (name == "trends") p.trends = true;
        else if (name == "crisis") p.crisis = true;
        else if (name == "instructor") p.instructor = true;
        else return "--console-panels: unknown panel '" + name + "' (console, trends, crisis, instructor, anatomy, all)";
    }
    return {};
}

void handle_console_keys(ConsolePanels& p, LiveModel& live) {
    if (ImGui::GetIO().WantTextInput) return;
    if (key_pressed(GLFW_KEY_F3)) p.shown = !p.shown;
    if (key_pressed(GLFW_KEY_F4)) p.trends = !p.trends;
    if (key_pressed(GLFW_KEY_F5)) p.crisis = !p.crisis;
    if (key_pressed(GLFW_KEY_F9)) p.instructor = !p.instructor;
    if (key_pressed(GLFW_KEY_F10)) p.anatomy = !p.anatomy;
    if (key_pressed(GLFW_KEY_F6)) set_speed(live.time(), live.time().speed == 0.0 ? 1.0 : 0.0);
    if (key_pressed(GLFW_KEY_F7)) next_speed(live);
    if (key_pressed(GLFW_KEY_F8)) live.acknowledge_all_alarms();
    if (!p.shown) return;
    if (ImGui::IsKeyPressed(GLFW_KEY_RIGHT_BRACKET)) nudge_pump(live, +1.0);
    if (ImGui::IsKeyPressed(GLFW_KEY_LEFT_BRACKET)) nudge_pump(live, -1.0);
}

void draw_console_panels(ConsolePanels& p, LiveModel& live) {
    handle_console_keys(p, live);
    if (p.shown) {
        draw_machine_panel(p, live);
        draw_monitor_panel(p, live);
        draw_alarm_panel(p, live);
    }
    if (p.trends) draw_trends_panel(p, live);
    if (p.crisis) draw_crisis_panel(p, live);
    if (p.anatomy) draw_anatomy_panel(p, live);
    if (p.instructor) draw_instructor_panel(p, live);
}

}  // namespace perfuse
