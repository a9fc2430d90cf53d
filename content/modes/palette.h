#pragma once
// The colours panels use for meaning (right/wrong, warning, accent) and for panel text and
// background, chosen by the settings: standard, colour-blind-safe (Okabe and Ito's palette, which
// stays distinct for the common forms of colour blindness) and high contrast. Plain RGBA so the
// console's panels, which share the meaning colours, can use it too.
#include "modes/settings.h"

namespace perfuse::modes {

struct Rgba {
    float r = 0.0f, g = 0.0f, b = 0.0f, a = 1.0f;
};

struct UiColours {
    Rgba good;      // right answer, step done, value in range
    Rgba warning;   // hint, caution
    Rgba danger;    // wrong, safety-critical, alarm
    Rgba accent;    // headings, progress
    Rgba text;
    Rgba panel;     // panel background
    bool dark = false;  // the panel is dark (high contrast): use a dark widget style
};

UiColours colours_for(const Settings& settings);

}  // namespace perfuse::modes
