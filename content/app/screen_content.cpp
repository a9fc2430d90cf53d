#include "app/screen_content.h"

#include "patient_size.h"
#include "simulation.h"

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
    if (id == "paediatric_ecmo_console") return ScreenKind::paediatric_ecmo_console;
    return std::nullopt;
}

ConsoleKind console_on_screen(ScreenKind kind) {
    switch (kind) {
        case ScreenKind::hlm_main: return ConsoleKind::heart_lung_machine;
        case ScreenKind::ecmo_console: return ConsoleKind::ecmo;
        case ScreenKind::paediatric_ecmo_console: return ConsoleKind::ecmo;
        case ScreenKind::ilp_console: return ConsoleKind::ilp;
        case ScreenKind::patient_monitor: break;
    }
    return ConsoleKind::none;
}

RunningCircuit running_circuit(const phys::Simulation* sim) {
    if (sim == nullptr) return {};
    return {.console = console_kind(sim->type()),
            .paediatric = phys::age_group(sim->patient().spec().age_years) != phys::AgeGroup::adult};
}

bool screen_shows(ScreenKind kind, const RunningCircuit& running) {
    switch (kind) {
        case ScreenKind::patient_monitor: return running.console != ConsoleKind::none;
        case ScreenKind::ecmo_console: return running.console == ConsoleKind::ecmo && !running.paediatric;
        case ScreenKind::paediatric_ecmo_console: return running.console == ConsoleKind::ecmo && running.paediatric;
        case ScreenKind::hlm_main:
        case ScreenKind::ilp_console: break;
    }
    return running.console != ConsoleKind::none && running.console == console_on_screen(kind);
}

std::vector<ScreenGroup> screen_groups(ScreenKind kind, const RunningCircuit& running, const Readings& readings,
                                       const ConsoleText& text) {
    if (!screen_shows(kind, running)) return {};
    if (kind == ScreenKind::patient_monitor) return {make_group(text["monitor_title"], monitor_readings(), readings, text)};
    std::vector<ScreenGroup> groups;
    for (const ConsoleGroup& g : console_groups(running.console))
        groups.push_back(make_group(text[g.title], g.readings, readings, text));
    return groups;
}

}  // namespace perfuse
