#include "procedure_run.h"

#include "json_fields.h"
#include "procedure_loader.h"

namespace perfuse::procedures {

ProcedureRun::ProcedureRun(const Procedure& procedure, circuits::Kit kit, Style style)
    : live_(circuits::Workbench(std::move(kit), procedure.patient, procedure.circuit)), engine_(procedure, style) {
    engine_.update(live_, 0.0);
}

circuits::ActionResult ProcedureRun::perform(const Action& a) {
    circuits::Workbench& b = live_.bench();
    circuits::ActionResult r;
    std::string what = to_string(a.kind);
    switch (a.kind) {
      case ActionKind::take: r = b.take(a.item); what += " " + a.item; break;
      case ActionKind::put_back: r = b.put_back(a.item); what += " " + a.item; break;
      case ActionKind::mount: r = b.mount(a.item, a.at); what += " " + a.item + " at " + a.at; break;
      case ActionKind::unmount: r = b.unmount(a.item); what += " " + a.item; break;
      case ActionKind::connect: r = b.connect(a.a, a.b); what += " " + a.a + " " + a.b; break;
      case ActionKind::disconnect: r = b.disconnect(a.a, a.b); what += " " + a.a + " " + a.b; break;
      case ActionKind::clamp: r = b.clamp(a.item); what += " " + a.item; break;
      case ActionKind::unclamp: r = b.unclamp(a.item); what += " " + a.item; break;
      case ActionKind::set: r = b.set(a.key, a.value); what += " " + a.key + " " + std::to_string(a.value); break;
      case ActionKind::prime: r = b.prime(a.value); break;
      case ActionKind::de_air: r = b.de_air(a.item); what += " " + a.item; break;
      case ActionKind::wait: case ActionKind::wait_until: case ActionKind::expect:
            return circuits::ActionResult::refused("\"" + what + "\" is for scripts, not an action on the circuit.");
    }
    if (r.ok) {
        engine_.note("action", what, r.reason);
        last_refusal_.clear();
    } else {
        engine_.note("refused", what, r.reason);
        last_refusal_ = r.reason;
    }
    return r;
}

namespace {
Action make(ActionKind k) {
    Action a;
    a.kind = k;
    return a;
}
}  // namespace

circuits::ActionResult ProcedureRun::take(const std::string& item) {
    Action a = make(ActionKind::take);
    a.item = item;
    return perform(a);
}
circuits::ActionResult ProcedureRun::mount(const std::string& item, const std::string& mount_point) {
    Action a = make(ActionKind::mount);
    a.item = item;
    a.at = mount_point;
    return perform(a);
}
circuits::ActionResult ProcedureRun::connect(const std::string& port_a, const std::string& port_b) {
    Action a = make(ActionKind::connect);
    a.a = port_a;
    a.b = port_b;
    return perform(a);
}
circuits::ActionResult ProcedureRun::disconnect(const std::string& port_a, const std::string& port_b) {
    Action a = make(ActionKind::disconnect);
    a.a = port_a;
    a.b = port_b;
    return perform(a);
}
circuits::ActionResult ProcedureRun::clamp(const std::string& item) {
    Action a = make(ActionKind::clamp);
    a.item = item;
    return perform(a);
}
circuits::ActionResult ProcedureRun::unclamp(const std::string& item) {
    Action a = make(ActionKind::unclamp);
    a.item = item;
    return perform(a);
}
circuits::ActionResult ProcedureRun::set(const std::string& key, double value) {
    Action a = make(ActionKind::set);
    a.key = key;
    a.value = value;
    return perform(a);
}

void ProcedureRun::update(double dt_s) {
    if (!(dt_s > 0.0)) return;
    if (engine_.style() == Style::autoplay) play_autoplay(dt_s);
    live_.advance(dt_s);
    engine_.update(live_, dt_s);
    start_faults();
}

void ProcedureRun::start_faults() {
    faults_started_.resize(procedure().steps.size(), false);
    for (int i : engine_.current_steps()) {
        if (faults_started_[static_cast<size_t>(i)]) continue;
        faults_started_[static_cast<size_t>(i)] = true;
        for (phys::Fault f : procedure().steps[static_cast<size_t>(i)].faults) {
            live_.simulation().inject(f);
            engine_.note("fault", phys::to_string(f), procedure().steps[static_cast<size_t>(i)].id);
        }
    }
}

void ProcedureRun::follow() {
    const double dt_s = live_.time_s() - followed_s_;
    followed_s_ = live_.time_s();
    if (engine_.style() == Style::autoplay && dt_s > 0.0) play_autoplay(dt_s);
    live_.refresh();
    engine_.update(live_, dt_s > 0.0 ? dt_s : 0.0);
    start_faults();
}

std::optional<Action> ProcedureRun::next_autoplay_action() const {
    const int i = engine_.current_step();
    if (i < 0 || i != autoplay_step_) return std::nullopt;
    const auto& list = procedure().steps[static_cast<size_t>(i)].autoplay;
    if (autoplay_action_ >= list.size()) return std::nullopt;
    return list[autoplay_action_];
}

void ProcedureRun::play_autoplay(double dt_s) {
    const int i = engine_.current_step();
    if (i < 0) return;
    if (i != autoplay_step_) {
        autoplay_step_ = i;
        autoplay_action_ = 0;
        autoplay_wait_s_ = 0.0;
        autoplay_timer_s_ = 0.0;
    }
    autoplay_timer_s_ += dt_s;
    if (autoplay_wait_s_ > 0.0) {
        autoplay_wait_s_ -= dt_s;
        return;
    }
    const auto& list = procedure().steps[static_cast<size_t>(i)].autoplay;
    if (autoplay_action_ >= list.size() || autoplay_timer_s_ < autoplay_interval_s) return;
    autoplay_timer_s_ = 0.0;
    const Action& a = list[autoplay_action_++];
    if (a.kind == ActionKind::wait) {
        autoplay_wait_s_ = a.seconds;
    } else if (a.kind != ActionKind::wait_until && a.kind != ActionKind::expect) {
        perform(a);  // a refusal (already done by hand) is logged and play goes on
    }
}

RunLoad start_procedure(const std::string& assets_dir, const std::string& procedure_id, Style style,
                        const PatientChoice& patient) {
    RunLoad out;
    ProcedureLoad p = load_procedure(procedure_path(assets_dir, procedure_id));
    if (!p.error.empty()) {
        out.error = p.error;
        return out;
    }
    if (patient.heart) p.procedure.patient.heart = *patient.heart;
    if (patient.lungs) p.procedure.patient.lungs = *patient.lungs;
    KitLoad k = load_kit(kit_path(assets_dir, p.procedure.kit));
    if (!k.error.empty()) {
        out.error = k.error;
        return out;
    }
    circuits::Workbench probe(k.kit, p.procedure.patient, p.procedure.circuit);
    if (auto e = probe.sizing_error(); !e.empty()) {
        out.error = printable_line(procedure_id + ".json: kit: " + e);
        return out;
    }
    out.run = std::make_unique<ProcedureRun>(p.procedure, std::move(k.kit), style);
    return out;
}

}  // namespace perfuse::procedures
