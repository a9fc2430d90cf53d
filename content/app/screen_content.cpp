#include "app/screen_content.h"

namespace perfuse {

namespace {
constexpr std::string_view kScreenPrefix = "screen:";

ScreenGroup make_group(const std::string& title, const std::vector<std::string>& names, const Readings& readings,
                       const ConsoleText& text) {
    ScreenGroup group{.title = title, .rows = {}};
    for (const std::string& name : names) {
        const ReadingLabel& label = text.reading(name);
        group.rows.push_back({.reading = name, .label = label.label, .value = shown_value(readings, name),
                              .unit = label.unit});
    }
    return group;
}
}  // namespace

std::optional<ScreenKind> screen_kind_for_material(std::string_view material_name) {
    if (!material_name.starts_with(kScreenPrefix)) return std::nullopt;
    const std::string_view id = material_name.substr(kScreenPrefix.size());
    if (id == "hlm_main") return ScreenKind::hlm_main;
    if (id == "patient_monitor") return ScreenKind::patient_monitor;
    if (id == "ecmo_console") return ScreenKind::ecmo_console;
    if (id == "ilp_console") return ScreenKind::ilp_console;
    return std::nullopt;
}

ConsoleKind console_on_screen(ScreenKind kind) {
    switch (kind) {
        case ScreenKind::hlm_main: return ConsoleKind::heart_lung_machine;
        case ScreenKind::ecmo_console: return ConsoleKind::ecmo;
        case ScreenKind::ilp_console: return ConsoleKind::ilp;
        case ScreenKind::patient_monitor: break;
    }
    return ConsoleKind::none;
}

std::vector<ScreenGroup> screen_groups(ScreenKind kind, ConsoleKind running, const Readings& readings,
                                       const ConsoleText& text) {
    if (kind == ScreenKind::patient_monitor) {
        if (running == ConsoleKind::none) return {};
        return {make_group(text["monitor_title"], monitor_readings(), readings, text)};
    }
    if (running != console_on_screen(kind)) return {};
    std::vector<ScreenGroup> groups;
    for (const ConsoleGroup& g : console_groups(running)) groups.push_back(make_group(text[g.title], g.readings, readings, text));
    return groups;
}

}  // namespace perfuse
