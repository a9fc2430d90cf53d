// The see-through patient (F10): a schematic of the circulation with each region's blood coloured by
// its oxygen saturation as the model computes it, and the cannula tips where the circuit drains and
// returns blood. Femoral VA ECMO's mixing zone, VV ECMO's recirculation and an isolated limb's leak
// (drug in the body's blood, ringed in purple) show here as colours.
#include <imgui.h>

#include <algorithm>

#include "anatomy.h"
#include "app/console_panels.h"
#include "app/console_style.h"

namespace perfuse {

namespace {
constexpr float kBoxWidthEm = 16.0f, kBoxHeightEm = 20.0f, kVesselPx = 7.0f;
// Below this systemic melphalan (mg/l) there is nothing to show (the model starts at zero).
constexpr double kShownMelphalanMgL = 0.01;

// Dark blue-purple (60 % saturated or less) to bright red (full): mixed venous blood (~75 %) reads
// clearly purple beside arterial blood (~98 %).
ImU32 blood_colour(double saturation) {
    const float f = float(std::clamp((saturation - 0.6) / 0.4, 0.0, 1.0));
    return ImGui::GetColorU32(ImVec4(0.30f + 0.65f * f, 0.08f + 0.04f * f, 0.45f - 0.35f * f, 1.0f));
}

struct Canvas {
    ImDrawList* draw;
    ImVec2 origin, size;
    ImVec2 at(float x, float y) const { return {origin.x + x * size.x, origin.y + y * size.y}; }
};

ImU32 colour_of(const Anatomy& a, Region r) {
    const RegionBlood* b = find_region(a, r);
    return b ? blood_colour(b->saturation) : IM_COL32(90, 90, 90, 255);
}

void vessel(const Canvas& c, ImVec2 from, ImVec2 to, ImU32 colour) {
    c.draw->AddLine(c.at(from.x, from.y), c.at(to.x, to.y), colour, kVesselPx);
}

void body_outline(const Canvas& c) {
    const ImU32 skin = IM_COL32(200, 200, 210, 40);
    c.draw->AddCircleFilled(c.at(0.5f, 0.08f), 0.07f * c.size.x, skin);
    c.draw->AddRectFilled(c.at(0.25f, 0.16f), c.at(0.75f, 0.70f), skin, 12.0f);
    c.draw->AddRectFilled(c.at(0.32f, 0.70f), c.at(0.48f, 0.98f), skin, 6.0f);
    c.draw->AddRectFilled(c.at(0.52f, 0.70f), c.at(0.68f, 0.98f), skin, 6.0f);
}

void circulation(const Canvas& c, const Anatomy& a) {
    const bool limb = find_region(a, Region::limb_art) != nullptr;
    const ImU32 lung = colour_of(a, Region::pv);
    c.draw->AddCircleFilled(c.at(0.33f, 0.33f), 0.11f * c.size.x, lung);  // lungs: what leaves them
    c.draw->AddCircleFilled(c.at(0.67f, 0.33f), 0.11f * c.size.x, lung);
    c.draw->AddCircleFilled(c.at(0.5f, 0.08f), 0.05f * c.size.x, colour_of(a, Region::art_upper));  // brain
    vessel(c, {0.56f, 0.38f}, {0.56f, 0.12f}, colour_of(a, Region::art_upper));  // arch and neck arteries
    vessel(c, {0.44f, 0.12f}, {0.44f, 0.36f}, colour_of(a, Region::vein_upper));  // superior vena cava
    vessel(c, {0.56f, 0.40f}, {0.56f, 0.70f}, colour_of(a, Region::art_lower));  // descending aorta
    vessel(c, {0.44f, 0.70f}, {0.44f, 0.40f}, colour_of(a, Region::vein_lower));  // inferior vena cava
    vessel(c, {0.56f, 0.70f}, {0.42f, 0.96f}, colour_of(a, Region::art_lower));
    vessel(c, {0.44f, 0.70f}, {0.37f, 0.96f}, colour_of(a, Region::vein_lower));
    vessel(c, {0.56f, 0.70f}, {0.63f, 0.96f}, colour_of(a, limb ? Region::limb_art : Region::art_lower));
    vessel(c, {0.44f, 0.70f}, {0.58f, 0.96f}, colour_of(a, limb ? Region::limb_vein : Region::vein_lower));
    c.draw->AddCircleFilled(c.at(0.44f, 0.38f), 0.06f * c.size.x, colour_of(a, Region::ra));  // right heart
    c.draw->AddCircleFilled(c.at(0.56f, 0.40f), 0.06f * c.size.x, colour_of(a, Region::pv));  // left heart
}

ImVec2 tip_position(Region r) {
    switch (r) {
        case Region::art_upper: return {0.56f, 0.20f};
        case Region::vein_upper: return {0.44f, 0.20f};
        case Region::ra: return {0.44f, 0.38f};
        case Region::pa: return {0.38f, 0.33f};
        case Region::pv: return {0.56f, 0.40f};
        case Region::art_lower: return {0.59f, 0.86f};
        case Region::vein_lower: return {0.41f, 0.84f};
        case Region::limb_art: return {0.61f, 0.90f};
        case Region::limb_vein: return {0.55f, 0.90f};
    }
    return {0.5f, 0.5f};
}

void tips(const Canvas& c, const Anatomy& a, const ConsolePanels& p) {
    for (const CannulaTip& t : a.tips) {
        const ImVec2 at = c.at(tip_position(t.region).x, tip_position(t.region).y);
        const ImU32 ring = t.drains ? IM_COL32(120, 200, 255, 255) : IM_COL32(255, 255, 255, 255);
        c.draw->AddCircle(at, 9.0f, ring, 0, 3.0f);
        const std::string& word = p.text[t.drains ? "tip_drains" : "tip_returns"];
        c.draw->AddText(ImVec2(at.x + 12.0f, at.y - 8.0f), ring, word.c_str());
    }
}

void leak_rings(const Canvas& c, const Anatomy& a) {
    for (const RegionBlood& b : a.regions) {
        if (b.region == Region::limb_art || b.region == Region::limb_vein || b.melphalan_mg_l < kShownMelphalanMgL)
            continue;
        const ImVec2 at = c.at(tip_position(b.region).x, tip_position(b.region).y);
        c.draw->AddCircle(at, 14.0f, IM_COL32(200, 80, 255, 255), 0, 2.0f);
    }
}
}  // namespace

void draw_anatomy_panel(ConsolePanels& p, LiveModel& live) {
    if (!live.sim()) return;
    if (begin_panel(p.text["anatomy_title"], "console_anatomy", PanelSlot::centre, kBoxWidthEm + 2.0f)) {
        const Anatomy a = read_anatomy(*live.sim());
        const float em = ImGui::GetFontSize();
        Canvas c{ImGui::GetWindowDrawList(), ImGui::GetCursorScreenPos(), ImVec2(kBoxWidthEm * em, kBoxHeightEm * em)};
        ImGui::Dummy(c.size);
        body_outline(c);
        circulation(c, a);
        leak_rings(c, a);
        tips(c, a, p);
        ImGui::TextWrapped("%s", p.text["anatomy_legend"].c_str());
        for (const std::string name : {"spo2", "spo2_lower", "recirculation", "systemic_melphalan_mg_l"}) {
            const std::string shown = shown_value(live.console().readings, name);
            if (shown == "--") continue;
            const ReadingLabel& label = p.text.reading(name);
            ImGui::Text("%s: %s %s", label.label.c_str(), shown.c_str(), label.unit.c_str());
        }
    }
    end_panel();
}

}  // namespace perfuse
