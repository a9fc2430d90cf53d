#include "sound/room_sounds.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace perfuse {

namespace {
using nlohmann::json;

std::string text_field(const json& room, const char* key, const std::string& where) {
    const auto it = room.find(key);
    if (it == room.end() || !it->is_string() || it->get<std::string>().empty())
        throw std::runtime_error(where + ": \"" + key + "\": expected an item id");
    return it->get<std::string>();
}

std::optional<double> positive_field(const json& room, const char* key, const std::string& where) {
    const auto it = room.find(key);
    if (it == room.end()) return std::nullopt;
    if (!it->is_number() || it->get<double>() <= 0.0)
        throw std::runtime_error(where + ": \"" + key + "\": expected a number above 0");
    return it->get<double>();
}

RoomSounds read_room(const json& room, const std::string& where) {
    if (!room.is_object()) throw std::runtime_error(where + ": expected an object");
    RoomSounds r;
    r.alarms_from = text_field(room, "alarms_from", where);
    r.pump = text_field(room, "pump", where);
    r.monitor = text_field(room, "monitor", where);
    r.ventilator = text_field(room, "ventilator", where);
    r.usual_pump_rpm = positive_field(room, "usual_pump_rpm", where);
    r.usual_pump_flow_l_min = positive_field(room, "usual_pump_flow_l_min", where);
    if (r.usual_pump_rpm.has_value() == r.usual_pump_flow_l_min.has_value())
        throw std::runtime_error(where + ": give one of \"usual_pump_rpm\" or \"usual_pump_flow_l_min\"");
    r.breaths_per_min = positive_field(room, "breaths_per_min", where).value_or(0.0);
    return r;
}
}  // namespace

RoomSoundsFile load_room_sounds(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(name + ": file not found");
    std::stringstream text;
    text << in.rdbuf();
    const json doc = json::parse(text.str(), nullptr, false);
    if (doc.is_discarded()) throw std::runtime_error(name + ": not valid JSON");
    const auto rooms = doc.find("rooms");
    if (!doc.is_object() || rooms == doc.end() || !rooms->is_object())
        throw std::runtime_error(name + ": \"rooms\": expected an object of rooms");
    RoomSoundsFile result;
    for (const auto& [id, room] : rooms->items()) result.rooms[id] = read_room(room, name + ": room \"" + id + "\"");
    return result;
}

std::optional<float> pump_speed_fraction(const RoomSounds& room, std::optional<double> pump_rpm,
                                         std::optional<double> pump_flow_l_min) {
    if (room.usual_pump_rpm && pump_rpm) return float(*pump_rpm / *room.usual_pump_rpm);
    if (room.usual_pump_flow_l_min && pump_flow_l_min) return float(*pump_flow_l_min / *room.usual_pump_flow_l_min);
    return std::nullopt;
}

}  // namespace perfuse
