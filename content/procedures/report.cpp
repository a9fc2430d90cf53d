#include "report.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace perfuse::procedures {

using nlohmann::json;

namespace {
json number_or_null(std::optional<double> v) { return v && std::isfinite(*v) ? json(*v) : json(nullptr); }
}  // namespace

std::string report_json(const ProcedureRun& run, const std::string& script_failure) {
    const StepEngine& e = run.steps();
    const Score s = e.score();
    json out;
    out["procedure"] = run.procedure().id;
    out["style"] = to_string(run.style());
    out["finished"] = s.finished;
    out["script_failure"] = script_failure.empty() ? json(nullptr) : json(script_failure);
    out["score"] = {{"steps_total", s.steps_total},       {"steps_complete", s.steps_complete},
                    {"steps_correct", s.steps_correct},   {"mistakes", s.mistakes},
                    {"safety_critical_errors", s.safety_critical_errors}, {"hints_used", s.hints_used},
                    {"time_s", s.time_s}};
    json steps = json::array();
    for (size_t i = 0; i < e.progress().size(); ++i) {
        const auto& p = e.progress()[i];
        steps.push_back({{"id", run.procedure().steps[i].id}, {"status", to_string(p.status)},
                         {"safety_critical", run.procedure().steps[i].safety_critical},
                         {"started_s", p.started_s >= 0 ? json(p.started_s) : json(nullptr)},
                         {"completed_s", p.completed_s >= 0 ? json(p.completed_s) : json(nullptr)},
                         {"mistakes", p.mistakes}, {"hints_shown", p.hints_shown}});
    }
    out["steps"] = steps;
    json mistakes = json::array();
    for (const auto& m : e.mistakes()) {
      mistakes.push_back({{"id", m.id}, {"step", m.step}, {"t_s", m.t_s}, {"safety_critical", m.safety_critical},
                            {"explanation", m.explanation}});
    }
    out["mistakes"] = mistakes;
    json log = json::array();
    for (const auto& l : e.log()) log.push_back({{"t_s", l.t_s}, {"kind", l.kind}, {"id", l.id}, {"text", l.text}});
    out["log"] = log;
    const phys::Snapshot snap = run.live().snapshot();
    json state;
    for (const auto& name : value_names()) state[name] = number_or_null(read_value(snap, name));
    state["alarms"] = snap.alarms;
    out["final_state"] = state;
    return out.dump(1);
}

std::string items_json(const std::vector<circuits::Kit>& kits) {
    json out = json::array();
    for (const auto& k : kits) {
        json kit = {{"kit", k.id}, {"name", k.name}, {"scene", k.scene}};
        json mounts = json::array();
        for (const auto& m : k.mount_points) mounts.push_back({{"id", m.id}, {"name", m.name}});
        kit["mount_points"] = mounts;
        json items = json::array();
        for (const auto& it : k.items) {
            json ports = json::array();
            for (const auto& p : it.ports) {
                ports.push_back({{"id", it.id + "." + p.id}, {"name", p.name}, {"kind", circuits::to_string(p.kind)}});
            }
            items.push_back({{"id", it.id}, {"name", it.name}, {"fixed", it.fixed}, {"mounts", it.mounts},
                             {"clamp", !it.clamp.empty()}, {"ports", ports}});
        }
        kit["items"] = items;
        out.push_back(kit);
    }
    return json({{"kits", out}}).dump(1);
}

}  // namespace perfuse::procedures
