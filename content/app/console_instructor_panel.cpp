// The instructor panel (F9): a supervisor injects faults and changes the patient while the trainee
// works the console. Nothing here shows on the trainee's panels except the model's response.
#include <imgui.h>

#include "app/console_panels.h"
#include "app/console_style.h"

namespace perfuse {

namespace {
constexpr phys::Fault kFaults[] = {phys::Fault::oxygenator_failure, phys::Fault::air_in_arterial_line,
                                   phys::Fault::pump_stop,          phys::Fault::power_loss,
                                   phys::Fault::venous_kink,        phys::Fault::hypovolaemia};
constexpr double kBleedMl = 500.0, kFluidMl = 500.0, kBloodUnitMl = 300.0;  // one unit of packed cells ~300 ml

void fault_rows(ConsolePanels& p, LiveModel& live) {
    heading(p.text["inject_fault"]);
    for (const phys::Fault f : kFaults) {
        const std::string name = phys::to_string(f);
        ImGui::PushID(name.c_str());
        const bool active = live.sim()->fault_active(f);
        if (active) {
            if (ImGui::SmallButton(p.text["clear_fault"].c_str())) live.clear_fault(f);
        } else if (ImGui::SmallButton("+")) {
            live.inject(f);
        }
        ImGui::SameLine();
        ImGui::Text("%s%s", p.text.fault(name).c_str(), active ? ("  (" + p.text["active"] + ")").c_str() : "");
        ImGui::PopID();
    }
}

// The roller pump's line-pressure servo: switched off, nothing stops the pump pushing against a closed
// line (for showing why consoles have one). Centrifugal pumps have none to switch.
void servo_row(ConsolePanels& p, LiveModel& live) {
    const phys::CircuitType type = live.sim()->type();
    if (type != phys::CircuitType::cpb && type != phys::CircuitType::ilp) return;
    bool on = live.sim()->settings().line_pressure_servo;
    if (ImGui::Checkbox(p.text["pressure_servo"].c_str(), &on)) {
        phys::SettingsPatch patch;
        patch.line_pressure_servo = on;
        live.apply(patch);
    }
}

template <typename State>
void state_buttons(const std::map<std::string, std::string>& names, const char* const* ids, const State* states,
                   int count, LiveModel& live, std::optional<State> phys::SettingsPatch::*member) {
    for (int i = 0; i < count; ++i) {
        const auto it = names.find(ids[i]);
        if (i > 0) ImGui::SameLine();
        if (ImGui::SmallButton(it == names.end() ? ids[i] : it->second.c_str())) {
            phys::SettingsPatch patch;
            patch.*member = states[i];
            live.apply(patch);
        }
    }
}

void patient_rows(ConsolePanels& p, LiveModel& live) {
    heading(p.text["patient"]);
    static const char* const kHeartIds[] = {"normal", "failing", "arrested"};
    static const phys::HeartState kHearts[] = {phys::HeartState::normal, phys::HeartState::failing,
                                               phys::HeartState::arrested};
    static const char* const kLungIds[] = {"normal", "ards"};
    static const phys::LungState kLungs[] = {phys::LungState::normal, phys::LungState::ards};
    ImGui::TextUnformatted(p.text["heart"].c_str());
    state_buttons(p.text.heart_states, kHeartIds, kHearts, 3, live, &phys::SettingsPatch::heart);
    ImGui::TextUnformatted(p.text["lungs"].c_str());
    state_buttons(p.text.lung_states, kLungIds, kLungs, 2, live, &phys::SettingsPatch::lungs);
    phys::SettingsPatch patch;
    if (ImGui::Button(p.text["bleed_500"].c_str())) patch.bleed_ml = kBleedMl;
    ImGui::SameLine();
    if (ImGui::Button(p.text["fluid_500"].c_str())) patch.fluid_ml = kFluidMl;
    ImGui::SameLine();
    if (ImGui::Button(p.text["blood_1_unit"].c_str())) patch.blood_ml = kBloodUnitMl;
    if (patch.bleed_ml || patch.fluid_ml || patch.blood_ml) live.apply(patch);
}
}  // namespace

void draw_instructor_panel(ConsolePanels& p, LiveModel& live) {
    if (!live.sim()) return;
    if (begin_panel(p.text["instructor_title"], "console_instructor", PanelSlot::centre, 26.0f)) {
        fault_rows(p, live);
        servo_row(p, live);
        patient_rows(p, live);
    }
    end_panel();
}

}  // namespace perfuse
