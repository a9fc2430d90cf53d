#pragma once
// Display formatting of a reading: fixed decimals, an optional scale for the shown unit (SpO2 is a
// fraction in the model and a percentage on the monitor), "--" when the reading does not apply.
// Labels and units as words live with the panels' data, not here.
#include <optional>
#include <string>

namespace perfuse {

struct DisplayFormat {
    int decimals = 1;
    double scale = 1.0;  // shown value = model value x scale
};

// The format a console shows a reading with (by reading name; unknown names get one decimal).
DisplayFormat display_format(const std::string& reading);
std::string format_value(std::optional<double> value, DisplayFormat f);
// Timers as h:mm:ss (bypass and cross-clamp time).
std::string format_duration(std::optional<double> seconds);

}  // namespace perfuse
