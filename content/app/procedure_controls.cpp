#include "app/procedure_controls.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "app/app_renderer.h"
#include "app/procedure_panel.h"
#include "app/text_file.h"
#include "common/plain_number.h"
#include "procedure_run.h"

namespace perfuse {

namespace {

// The control keys CONDITION tests, in the order written.
void setting_keys(const procedures::Condition& c, std::vector<std::string>& keys) {
    if (c.kind == procedures::ConditionKind::setting) keys.push_back(c.a);
    for (const procedures::Condition& child : c.children) setting_keys(child, keys);
}

ProcedureControl control_for(const circuits::ControlSpec& spec) {
    ProcedureControl c{.key = spec.key, .min = spec.min, .max = spec.max};
    if (spec.dose) c.widget = ControlWidget::dose;
    else if (spec.min == 0.0 && spec.max == 1.0) c.widget = ControlWidget::on_off;
    return c;
}

// What a control the workbench accepted now does, in the panel's words.
std::string accepted_message(const ConsoleControlsText& text, const ProcedureControl& control, double value) {
    const std::string& label = text.labels.at(control.key);
    switch (control.widget) {
        case ControlWidget::on_off: return label + ": " + (value >= 0.5 ? text.on : text.off);
        case ControlWidget::dose:
            return fill_placeholder(fill_placeholder(text.given, "{control}", label), "{value}", plain_number(value));
        case ControlWidget::level: break;
    }
    return fill_placeholder(fill_placeholder(text.set_to, "{control}", label), "{value}", plain_number(value));
}

ControlOutcome outcome_of(const circuits::ActionResult& r) { return {.refused = !r.ok, .message = r.reason}; }

}  // namespace

ProcedureControls procedure_controls(const procedures::Procedure& procedure, const circuits::Kit& kit) {
    std::vector<std::string> keys;
    bool de_air = false;
    ProcedureControls out;
    for (const procedures::Step& step : procedure.steps) {
        for (const procedures::Action& action : step.autoplay) {
            if (action.kind == procedures::ActionKind::set) keys.push_back(action.key);
            out.prime = out.prime || action.kind == procedures::ActionKind::prime;
            de_air = de_air || action.kind == procedures::ActionKind::de_air;
        }
        setting_keys(step.done, keys);
        for (const procedures::Mistake& m : step.mistakes) setting_keys(m.when, keys);
    }
    for (const procedures::Mistake& m : procedure.mistakes) setting_keys(m.when, keys);
    for (const std::string& key : keys) {
        const circuits::ControlSpec* spec = circuits::find_control(key);
        const bool listed = std::any_of(out.controls.begin(), out.controls.end(),
                                        [&](const ProcedureControl& c) { return c.key == key; });
        if (spec && !listed) out.controls.push_back(control_for(*spec));
    }
    // Every part that traps air gets its button, not only the ones the steps name (no answers given away).
    if (de_air)
        for (const circuits::ItemSpec& item : kit.items)
            if (item.traps_air) out.de_air_items.push_back(item.id);
    return out;
}

bool step_uses_console(const procedures::Step& step) {
    std::vector<std::string> keys;
    setting_keys(step.done, keys);
    return !keys.empty() || std::any_of(step.autoplay.begin(), step.autoplay.end(), [](const procedures::Action& a) {
        return a.kind == procedures::ActionKind::set || a.kind == procedures::ActionKind::prime ||
               a.kind == procedures::ActionKind::de_air;
    });
}

ConsoleControlsText read_console_controls_text(const nlohmann::json& json, const std::filesystem::path& file) {
    if (!json.contains("console") || !json["console"].is_object())
        throw std::runtime_error(file.string() + ": 'console' must be an object with the console controls' words");
    const nlohmann::json& console = json["console"];
    const auto text = [&](const char* key) { return required_text(console, key, file, std::string("console.") + key); };
    ConsoleControlsText t{.title = text("title"), .on = text("on"), .off = text("off"), .give = text("give"),
                          .prime = text("prime"), .de_air = text("de_air"), .not_set = text("not_set"), .set_to = text("set_to"),
                          .given = text("given"), .out_of_range = text("out_of_range"), .labels = {}};
    if (!console.contains("labels") || !console["labels"].is_object())
        throw std::runtime_error(file.string() + ": 'console.labels' must map each control to its label");
    for (const circuits::ControlSpec& spec : circuits::controls())
        t.labels[spec.key] = required_text(console["labels"], spec.key, file, "console.labels." + spec.key);
    return t;
}

ControlOutcome use_control(procedures::ProcedureRun& run, const ConsoleControlsText& text, const ProcedureControl& control,
                           double value) {
    const circuits::ActionResult r = run.set(control.key, value);  // logged, refused or not
    if (r.ok) return {.refused = false, .message = accepted_message(text, control, value)};
    if (!std::isfinite(value) || value < control.min || value > control.max) {
        const std::string label = fill_placeholder(text.out_of_range, "{control}", text.labels.at(control.key));
        return {.refused = true,
                .message = fill_placeholder(fill_placeholder(label, "{min}", plain_number(control.min)), "{max}",
                                            plain_number(control.max))};
    }
    return outcome_of(r);
}

ControlOutcome prime_circuit(procedures::ProcedureRun& run) {
    procedures::Action a{.kind = procedures::ActionKind::prime};
    return outcome_of(run.perform(a));
}

ControlOutcome de_air_item(procedures::ProcedureRun& run, const std::string& item) {
    procedures::Action a{.kind = procedures::ActionKind::de_air, .item = item};
    return outcome_of(run.perform(a));
}

void show_outcome(AssemblySession& a, std::vector<std::string>& speak_requests, const ControlOutcome& outcome, bool speak) {
    a.message = outcome.message;
    a.message_refused = outcome.refused;
    if (speak && !outcome.message.empty()) speak_requests.push_back(outcome.message);
}

void name_run_controls(procedures::ProcedureRun& run) {
    try {
        run.live().bench().name_controls(load_procedure_panel_text(procedure_panel_text_file()).console.labels);
    } catch (const std::exception&) {
        // The keys stay; the panel prints the file's problem once when it loads the same words.
    }
}

void route_console_to_procedure(AppRenderer& r) {
    if (!r.live) return;
    // Looks the procedure up at each change: its model is rebuilt as parts are joined, and a crisis may
    // put another model on the console meanwhile.
    r.live->set_control_setter([&r](const std::string& key, double value) {
        procedures::ProcedureRun* run = r.procedure.run.get();
        if (!run || r.live->sim() != &run->live().simulation()) return false;
        const circuits::ControlSpec* spec = circuits::find_control(key);
        if (!spec) return false;
        if (!r.assembly.panel_text) {  // the panel's words are not loaded (or broken): no message to show
            run->set(key, value);
            return true;
        }
        // A console slider's value arrives once, when it is let go: shown, but only a refusal is read aloud.
        const ControlOutcome outcome = use_control(*run, r.assembly.panel_text->console, control_for(*spec), value);
        show_outcome(r.assembly, r.speak_requests, outcome, outcome.refused);
        return true;
    });
}

void route_console_to_room_model(AppRenderer& r) {
    if (r.live) r.live->set_control_setter({});
}

}  // namespace perfuse
