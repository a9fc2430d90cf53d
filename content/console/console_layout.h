#pragma once
// What each console and the patient monitor show, as reading names in screen order, and the one path
// from the flow model's reading to the text on screen (shown_value). The ImGui panels and the 3D
// screens both draw through it, so what the trainee reads is exactly the model's number, formatted.
#include <string>
#include <vector>

#include "readings.h"

namespace perfuse {

enum class ConsoleKind { none, heart_lung_machine, ecmo, ilp };
ConsoleKind console_kind(phys::CircuitType t);

struct ConsoleGroup {
    std::string title;                  // text key of the group's heading (assets/console/console_text.json)
    std::vector<std::string> readings;  // names from reading_fields(), top to bottom
};

// The console's groups of readings for a kind (empty for none).
std::vector<ConsoleGroup> console_groups(ConsoleKind k);
// The patient monitor's numbers, in the order shown beside the waveforms.
std::vector<std::string> monitor_readings();

// The text a console shows for a reading: timers as h:mm:ss, the rest with display_format();
// "--" when the reading does not apply or the name is unknown.
std::string shown_value(const Readings& r, const std::string& reading);
// True for readings that are timers (shown as durations).
bool is_duration(const std::string& reading);

}  // namespace perfuse
