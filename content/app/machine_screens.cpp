#include "app/machine_screens.h"

#include <algorithm>

#include "app/screen_view.h"
#include "geometry/mesh_ops.h"
#include "render/texture_table.h"

namespace perfuse {

namespace {
// The lit shader adds a material's emissive as a constant, so a picture cannot glow through it;
// a base colour above 1 lets the room's ambient light alone show the picture about as bright as a
// backlit screen, while its black stays black.
constexpr float kScreenAlbedoGain = 2.4f;

// About how many pixels wide ITEM looks from VIEWER: the sphere round its bounds, seen from its
// nearest point (over rather than under: a screen that might be close is drawn as close).
float looks_wide_px(const DrawItem& item, const ScreenViewer& viewer) {
    const DrawBox box = draw_box(item);
    if (!(viewer.pixels_per_radian > 0.0f) || box.bounds.empty()) return MachineScreen::kUnknownViewPx;
    const float diameter_m = glm::length(box.bounds.size()) * largest_axis_scale(box.model);
    const glm::vec3 centre_m = glm::vec3(box.model * glm::vec4(box.bounds.center(), 1.0f));
    const float distance_m = std::max(glm::distance(viewer.eye_m, centre_m) - 0.5f * diameter_m, 0.05f);
    return diameter_m / distance_m * viewer.pixels_per_radian;
}

MachineScreen* find_screen(MachineScreens& s, ScreenKind kind) {
    for (MachineScreen& screen : s.screens)
        if (screen.kind == kind) return &screen;
    return nullptr;
}

}  // namespace

float screen_text_scale(ScreenKind kind) {
    // As large as each screen's rows allow: the heart-lung machine's right column is its longest,
    // the monitor's traces and big numbers fill its height.
    switch (kind) {
        case ScreenKind::hlm_main: return 1.05f;
        case ScreenKind::patient_monitor: return 1.15f;
        case ScreenKind::ecmo_console: return 1.2f;
        case ScreenKind::paediatric_ecmo_console: return 1.2f;  // the same cart, with smaller disposables
        case ScreenKind::ilp_console: return 1.2f;
    }
    return 1.0f;
}

VkExtent2D screen_extent(ScreenKind kind) {
    switch (kind) {
        case ScreenKind::hlm_main: return {664, 480};         // 0.36 x 0.26 m glass
        case ScreenKind::patient_monitor: return {672, 480};  // 0.42 x 0.30 m
        case ScreenKind::ecmo_console: return {720, 480};     // 0.30 x 0.20 m
        case ScreenKind::paediatric_ecmo_console: return {720, 480};
        case ScreenKind::ilp_console: return {672, 480};      // 0.28 x 0.20 m
    }
    return {640, 480};
}

void bind_machine_screens(MachineScreens& s, const Scene& scene, const Instance& instance, Device& device,
                          TextureTable& textures, VkPipelineCache pipeline_cache) {
    std::vector<ScreenKind> kinds;
    for (const Material& m : scene.materials)
        if (const std::optional<ScreenKind> kind = screen_kind_for_material(m.name);
            kind && std::find(kinds.begin(), kinds.end(), *kind) == kinds.end())
            kinds.push_back(*kind);
    std::vector<MachineScreen> bound;
    const ImVec4 background = screen_background();  // the screens' own picture has none (screen_view.h)
    for (ScreenKind kind : kinds) {
        MachineScreen screen{.kind = kind, .surface = nullptr, .texture = TextureTable::kWhite};
        if (MachineScreen* old = find_screen(s, kind)) screen.surface = std::move(old->surface);
        if (!screen.surface)
            screen.surface = std::make_unique<ImGuiSurface>(
                instance, device, ImGuiSurfaceOptions{.extent = screen_extent(kind), .text_scale = screen_text_scale(kind),
                                                    .clear_color = {{background.x, background.y, background.z, 1.0f}},
                                                    .pipeline_cache = pipeline_cache});
        screen.texture = textures.add_external(screen.surface->view());
        bound.push_back(std::move(screen));
    }
    s.screens = std::move(bound);
    s.redraw_due = true;
}

double redraw_period_s(const MachineScreen& screen) {
    const bool small = !screen.shown || screen.view_px < MachineScreens::kSmallViewPx;
    return small ? MachineScreens::kSmallRedrawPeriodS : MachineScreens::kRedrawPeriodS;
}

void update_machine_screens(MachineScreens& s, const ConsolePanels& p, const LiveModel& live, float dt_s) {
    for (MachineScreen& screen : s.screens) {
        screen.since_redraw_s += dt_s;
        const double period_s = redraw_period_s(screen);
        // A small allowance: six 1/60 s steps add up to a hair under 0.1 s in floating point.
        if (!s.redraw_due && screen.since_redraw_s < period_s - 1e-6) continue;
        screen.since_redraw_s = 0.0;
        screen.surface->begin_frame(float(period_s));
        draw_screen_view(screen.kind, p, live, screen.surface->size());
        screen.surface->end_frame();
    }
    s.redraw_due = false;
}

void record_machine_screens(MachineScreens& s, VkCommandBuffer cmd) {
    for (MachineScreen& screen : s.screens)
        if (screen.shown) screen.surface->record(cmd);
}

void forget_shown_screens(MachineScreens& s) {
    for (MachineScreen& screen : s.screens) {
        screen.shown = false;
        screen.view_px = 0.0f;
    }
}

void show_machine_screens(MachineScreens& s, DrawList& draws, const ScreenViewer& viewer) {
    if (s.screens.empty()) return;
    for (DrawItem& item : draws) {
        const std::optional<ScreenKind> kind = screen_kind_for_material(item.material.name);
        if (!kind) continue;
        MachineScreen* screen = find_screen(s, *kind);
        if (!screen || screen->texture == TextureTable::kWhite) continue;
        screen->shown = true;
        screen->view_px = std::max(screen->view_px, looks_wide_px(item, viewer));
        item.texture = screen->texture;
        item.material.base_color = glm::vec4(glm::vec3(kScreenAlbedoGain), 1.0f);
        item.material.emissive = glm::vec3(0.0f);
        item.material.metallic = 0.0f;
        item.material.roughness = 1.0f;  // no highlight of the room's lights across the picture
    }
}

}  // namespace perfuse
