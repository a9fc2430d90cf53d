#include "app/vr_model.h"

#include <algorithm>
#include <cstdio>

#include "app/app_options.h"
#include "app/app_paths.h"

namespace perfuse {

std::unique_ptr<VrModel> start_vr_model(const AppOptions& options, const std::string& room_id) {
    auto model = std::make_unique<VrModel>();
    model->live = std::make_unique<LiveModel>(asset_dir());
    if (const std::string error = model->live->load_room(room_id); !error.empty())
        std::fprintf(stderr, "perfuse: %s\n", error.c_str());
    if (model->live->has_model()) start_console(model->panels, *model->live, options, asset_dir());
    return model;
}

void update_vr_model(VrModel& model, float dt_s) {
    // The desktop's per-frame step, with the headset's frame time instead of the window's.
    if (model.live->has_model()) model.live->update(dt_s);
}

namespace {
nlohmann::ordered_json optional_number(const std::optional<double>& value) {
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}
}  // namespace

nlohmann::ordered_json vr_model_report(const VrModel& model) {
    const LiveModel& live = *model.live;
    nlohmann::ordered_json j;
    j["room"] = live.room();
    j["running"] = live.has_model();
    if (!live.has_model()) return j;
    const ConsoleSession& console = live.console();
    j["sim_s"] = console.readings.t_s;
    j["map_mmHg"] = optional_number(console.readings.map_mmHg);
    j["pump_flow_l_min"] = optional_number(console.readings.pump_flow_l_min);
    j["alarms_raised"] = std::count_if(console.alarms.log.begin(), console.alarms.log.end(),
                                       [](const AlarmEvent& e) { return e.kind == AlarmEventKind::raised; });
    nlohmann::ordered_json shown = nlohmann::ordered_json::array();
    for (const AlarmStatus* alarm : shown_alarms(console.alarms)) shown.push_back(alarm->limit.id);
    j["alarms_shown"] = shown;
    return j;
}

}  // namespace perfuse
