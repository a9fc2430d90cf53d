#include "modes/palette.h"

namespace perfuse::modes {

namespace {
constexpr Rgba hex(unsigned rgb) {
    return {float((rgb >> 16) & 0xff) / 255.0f, float((rgb >> 8) & 0xff) / 255.0f, float(rgb & 0xff) / 255.0f, 1.0f};
}
}  // namespace

UiColours colours_for(const Settings& s) {
    UiColours c;
    if (s.palette == Palette::colour_blind_safe) {
        // Okabe & Ito (2008): bluish green, orange, vermillion, blue.
        c.good = hex(0x009E73);
        c.warning = hex(0xE69F00);
        c.danger = hex(0xD55E00);
        c.accent = hex(0x0072B2);
    } else {
        c.good = hex(0x2E7D32);
        c.warning = hex(0xB26A00);
        c.danger = hex(0xC62828);
        c.accent = hex(0x00616B);  // the teal of the information cards' headings
    }
    c.text = hex(0x1A1A1A);
    c.panel = hex(0xF2F2F2);
    if (s.high_contrast) {
        // White on black; meaning colours lightened so they keep at least 4.5:1 against black.
        c.text = hex(0xFFFFFF);
        c.panel = hex(0x000000);
        c.accent = s.palette == Palette::colour_blind_safe ? hex(0x56B4E9) : hex(0xFFD700);
        c.good = s.palette == Palette::colour_blind_safe ? hex(0x009E73) : hex(0x66DD66);
        c.warning = s.palette == Palette::colour_blind_safe ? hex(0xF0E442) : hex(0xFFB347);
        c.danger = s.palette == Palette::colour_blind_safe ? hex(0xE69F00) : hex(0xFF6B6B);
        c.dark = true;
    }
    return c;
}

}  // namespace perfuse::modes
