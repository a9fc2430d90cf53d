#include "app/vr_menu_procedures.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include <imgui.h>

#include "app/assembly_session.h"
#include "app/procedure_controls.h"
#include "app/procedure_panel.h"
#include "app/text_file.h"
#include "app/vr_assembly.h"
#include "modes/learn_choice.h"
#include "procedure_loader.h"
#include "procedure_run.h"

namespace perfuse {

namespace {
// The current step's actions done at the console rather than with the parts (in the procedure's data).
std::vector<procedures::Action> console_actions(const procedures::ProcedureRun& run) {
    using procedures::ActionKind;
    const int current = run.steps().current_step();
    if (current < 0) return {};
    std::vector<procedures::Action> actions;
    for (const procedures::Action& a : run.procedure().steps[std::size_t(current)].autoplay)
        if (a.kind == ActionKind::set || a.kind == ActionKind::prime || a.kind == ActionKind::de_air) actions.push_back(a);
    return actions;
}

bool offered_here(const VrProcedureMenu& menu) {
    return std::any_of(menu.procedures.begin(), menu.procedures.end(),
                       [&](const VrProcedureOffer& p) { return p.scene == menu.room; });
}

void draw_offered(VrProcedureMenu& menu) {
    ImGui::TextUnformatted(menu.text.heading.c_str());
    for (const VrProcedureOffer& p : menu.procedures) {
        if (p.scene != menu.room) continue;
        ImGui::PushID(p.procedure.c_str());
        if (ImGui::Button(menu.text.start.c_str()))
            menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::start, p.procedure};
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", p.label.c_str());
    }
    if (!offered_here(menu)) ImGui::TextWrapped("%s", menu.text.none_here.c_str());
    if (!menu.error.empty()) ImGui::TextWrapped("%s", menu.error.c_str());
    ImGui::Separator();
    ImGui::TextWrapped("%s", menu.text.how.c_str());
}

void draw_running(VrProcedureMenu& menu, AssemblySession& assembly) {
    if (ImGui::Button(menu.text.stop.c_str())) menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::stop, {}};
    ImGui::SameLine();
    ImGui::TextUnformatted(assembly.run->procedure().title.c_str());
    if (!console_actions(*assembly.run).empty() &&
        ImGui::Button(menu.text.console_step.c_str()))
        menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::console_step, {}};
    if (!menu.error.empty()) ImGui::TextWrapped("%s", menu.error.c_str());
    if (!menu.pointed_label.empty()) ImGui::Text("%s: %s", menu.text.pointing_at.c_str(), menu.pointed_label.c_str());
    // The rest scrolls (a pointer drags the scroll bar) when the step's words run long.
    ImGui::BeginChild("procedure", ImVec2(0.0f, 0.0f), false);
    draw_procedure_panel_contents(assembly);
    if (menu.speak) draw_procedure_console(assembly, *menu.speak);
    ImGui::EndChild();
}
}  // namespace

VrProcedureMenu load_vr_procedure_menu(const std::filesystem::path& asset_dir) {
    const std::filesystem::path file = asset_dir / "vr" / "procedures_en.json";
    const nlohmann::json j = read_text_file(file);
    const auto t = [&](const char* key) { return required_text(j, key, file); };
    VrProcedureMenu menu;
    menu.text = {t("open_page"), t("heading"), t("none_here"), t("start"),       t("stop"),
                 t("back"),      t("how"),     t("console_step"), t("elsewhere"), t("pointing_at")};
    const modes::LearnOptions learn = modes::load_learn_options(asset_dir / "modes" / "learn.json");
    std::string error;  // a choice with no procedure yet is simply not offered
    for (const modes::ProcedureOption& p : learn.procedures) {
        for (const std::string& age : p.ages) {
            const std::string id = procedures::procedure_for_choice(asset_dir.string(), p.option.id, age, error);
            if (id.empty()) continue;
            const modes::ChoiceOption* age_option = modes::find_option(learn.ages, age);
            menu.procedures.push_back(
                {id, p.option.name + " (" + (age_option ? age_option->name : age) + ")", p.scene});
        }
    }
    // Not one: choices.json itself is missing or broken, which its last error says.
    if (menu.procedures.empty() && !error.empty()) throw std::runtime_error(error);
    return menu;
}

bool draw_vr_procedures_page(VrProcedureMenu& menu) {
    if (!menu.page_open) return false;
    if (ImGui::Button(menu.text.back.c_str())) menu.page_open = false;
    ImGui::Separator();
    if (menu.assembly && menu.assembly->run) draw_running(menu, *menu.assembly);
    else draw_offered(menu);
    return true;
}

void draw_vr_procedures_button(VrProcedureMenu& menu) {
    if (!offered_here(menu) && !(menu.assembly && menu.assembly->run)) return;
    ImGui::SameLine();
    if (ImGui::Button(menu.text.open_page.c_str())) menu.page_open = true;
}

void take_vr_procedure_press(VrProcedureMenu& menu, VrAssembly& assembly, LiveModel& live) {
    if (!menu.pressed) return;
    const VrProcedureMenu::Press press = *std::exchange(menu.pressed, std::nullopt);
    if (press.kind == VrProcedureMenu::Press::Kind::stop) {
        end_vr_procedure(assembly, live);
        return;
    }
    if (press.kind == VrProcedureMenu::Press::Kind::console_step) {
        if (!assembly.run) return;
        menu.error.clear();
        for (const procedures::Action& action : console_actions(*assembly.run)) {
            const circuits::ActionResult result = assembly.run->perform(action);
            if (!result.ok) {
                menu.error = result.reason;
                break;
            }
        }
        return;
    }
    const auto offer = std::find_if(menu.procedures.begin(), menu.procedures.end(),
                                    [&](const VrProcedureOffer& o) { return o.procedure == press.procedure; });
    if (offer != menu.procedures.end() && offer->scene != menu.room) {
        menu.error = menu.text.elsewhere;
        return;
    }
    menu.error = start_vr_procedure(assembly, live, menu.room, press.procedure);
    if (!menu.error.empty()) std::fprintf(stderr, "perfuse: %s\n", menu.error.c_str());
    menu.page_open = true;
}

}  // namespace perfuse
