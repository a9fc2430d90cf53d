#pragma once
// The console's ImGui panels: heart-lung machine / ECMO / ILP console with controls, patient monitor,
// alarm banner and event log, trends, crisis practice and debrief, and the instructor panel (its own
// hotkey; the trainee's view never shows it). All draw from LiveModel; what they show is data from
// assets/console/console_text.json and the readings' display formats.
#include <filesystem>
#include <string>
#include <vector>

#include "app/app_options.h"
#include "app/console_text.h"
#include "app/live_model.h"
#include "console_layout.h"
#include "crisis.h"

namespace perfuse {

struct ConsolePanels {
    ConsoleText text;
    std::vector<Crisis> crises;   // assets/crises, by file name
    std::string load_error;       // text or crisis files that could not be read (one line each)
    bool shown = false;           // F3: console, monitor and alarms
    bool trends = false;          // F4
    bool crisis = false;          // F5
    bool instructor = false;      // F9: for the supervisor
    bool anatomy = false;         // F10: the see-through patient
    int crisis_index = 0;
    std::string why_reading;      // the reading whose "why did this change?" line is open
};

// Loads the text and the crisis files; problems are kept in load_error (and printed once).
void init_console_panels(ConsolePanels& p, const std::filesystem::path& asset_dir);
// What the command line asks of the console at start: panels shown, a crisis started (and its response
// played), the model run for some seconds. Problems are printed as one line each; the app goes on.
void start_console(ConsolePanels& p, LiveModel& live, const AppOptions& options, const std::filesystem::path& asset_dir);
// Parses a --console-panels list ("console,monitor,alarms,trends,crisis,instructor" or "all");
// returns an empty string or one line naming the unknown panel.
std::string show_console_panels(ConsolePanels& p, const std::string& list);

// The keyboard shortcuts (ImGui keys; none clash with desktop_input.cpp's walking and shell keys).
void handle_console_keys(ConsolePanels& p, LiveModel& live);
void draw_console_panels(ConsolePanels& p, LiveModel& live);

// A trend plot of one reading between T0 and T1 (shared by the trends panel and the debrief).
void plot_reading(const ConsolePanels& p, const Trends& trends, const std::string& reading, double t0_s, double t1_s,
                  float height_px);

// One panel each (console_*_panel.cpp).
void draw_machine_panel(ConsolePanels& p, LiveModel& live);
void draw_monitor_panel(ConsolePanels& p, LiveModel& live);
// The monitor's traces and numbers into the current window (the panel, and the 3D monitor screens).
void draw_monitor_content(const ConsolePanels& p, const LiveModel& live);
void draw_alarm_panel(ConsolePanels& p, LiveModel& live);
void draw_trends_panel(ConsolePanels& p, LiveModel& live);
void draw_crisis_panel(ConsolePanels& p, LiveModel& live);
void draw_instructor_panel(ConsolePanels& p, LiveModel& live);
void draw_anatomy_panel(ConsolePanels& p, LiveModel& live);
void draw_time_controls(ConsolePanels& p, LiveModel& live);
void draw_machine_controls(ConsolePanels& p, LiveModel& live, ConsoleKind kind);

}  // namespace perfuse
