#pragma once
// Which machine in each room the sounds come from, read from assets/sound/rooms.json.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace perfuse {

struct RoomSounds {
    std::string alarms_from;  // item ids in the room's scene
    std::string pump;
    std::string monitor;
    std::string ventilator;
    // The pump's usual speed: the hum's natural pitch. One of the two is set.
    std::optional<double> usual_pump_rpm;
    std::optional<double> usual_pump_flow_l_min;
    double breaths_per_min = 0.0;
};

struct RoomSoundsFile {
    std::map<std::string, RoomSounds> rooms;  // by scene id
};

// Throws std::runtime_error with one line naming FILE and the problem (and the room and field).
RoomSoundsFile load_room_sounds(const std::filesystem::path& file);

// Pump speed as a fraction of the usual one, from what the console reads (rpm or flow).
std::optional<float> pump_speed_fraction(const RoomSounds& room, std::optional<double> pump_rpm,
                                         std::optional<double> pump_flow_l_min);

}  // namespace perfuse
