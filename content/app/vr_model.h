#pragma once
// The flow model in VR: the room's live model and its console run in the headset as they do on the
// desktop (the same LiveModel, started the same way by --crisis, --crisis-response and --sim-seconds),
// so its alarms sound and the pump hums while the player looks around. The report line at the end
// of a VR run says where the model got to.
#include <memory>

#include <nlohmann/json.hpp>

#include "app/console_panels.h"
#include "app/live_model.h"

namespace perfuse {

struct AppOptions;

struct VrModel {
    std::unique_ptr<LiveModel> live;
    ConsolePanels panels;  // the crises and console words; VR does not draw the panels yet
};

// Loads ROOM_ID's default simulation (none for a room without a circuit) and applies the command
// line's console flags. Problems are one printed line each, and VR goes on without a model.
std::unique_ptr<VrModel> start_vr_model(const AppOptions& options, const std::string& room_id);

// One frame of DT_S seconds of real time, at the model's own speed (see LiveModel::update).
void update_vr_model(VrModel& model, float dt_s);

// {"room", "running", "sim_s", "map_mmHg", "pump_flow_l_min", "alarms_raised", "alarms_shown": [ids]},
// or {"room", "running": false} for a room without a circuit.
nlohmann::ordered_json vr_model_report(const VrModel& model);

}  // namespace perfuse
