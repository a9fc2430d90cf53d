#include "scene_loader.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "json_reader.h"
#include "room_structure.h"

namespace perfuse::world {
namespace {

Wall parse_wall(const JsonReader& r, const std::string& key) {
    const std::string w = r.string(key);
    if (w == "north") return Wall::North;
    if (w == "south") return Wall::South;
    if (w == "east") return Wall::East;
    if (w == "west") return Wall::West;
    r.fail_field(key, "unknown wall '" + w + "' (north, south, east or west)");
}

Room parse_room(const JsonReader& r) {
    Room room;
    room.id = r.string("id");
    room.name = r.string("name");
    room.origin_m = r.vec3_or("origin_m", glm::vec3(0.0f));
    room.size_m = r.vec3("size_m");
    if (room.size_m.x < 1.0f || room.size_m.y < 2.2f || room.size_m.z < 1.0f)
        r.fail_field("size_m", "room must be at least 1 m x 2.2 m x 1 m");
    if (r.has("walls")) {
        const nlohmann::json& walls = r.value().at("walls");
        if (!walls.is_array()) r.fail_field("walls", "expected an array");
        for (std::size_t i = 0; i < walls.size(); ++i) {
            const nlohmann::json wrapper = {{"wall", walls[i]}};
            room.walls.push_back(parse_wall(JsonReader(wrapper, r.file(), r.field("walls[" + std::to_string(i) + "]")), "wall"));
        }
    } else {
        room.walls = {Wall::North, Wall::South, Wall::East, Wall::West};
    }
    for (const JsonReader& d : r.array("doors", false)) {
        Door door;
        door.id = d.string("id");
        door.wall = parse_wall(d, "wall");
        door.offset_m = d.number_or("offset_m", 0.0f);
        door.width_m = d.number_or("width_m", 2.0f);
        door.height_m = d.number_or("height_m", 2.2f);
        const float len = wall_length_m(room, door.wall);
        if (door.width_m <= 0.5f || std::abs(door.offset_m) + 0.5f * door.width_m > 0.5f * len)
        {
            char metres[16];
            std::snprintf(metres, sizeof metres, "%.1f", static_cast<double>(len));
            d.fail_field("offset_m", std::string("door does not fit in its ") + metres + " m wall");
        }
        if (door.height_m >= room.size_m.y) d.fail_field("height_m", "door is taller than the room");
        if (d.has("leads_to")) {
            const JsonReader link = d.at("leads_to");
            door.leads_to.scene = link.string("scene");
            door.leads_to.start = link.string("start");
        }
        room.doors.push_back(door);
    }
    return room;
}

bool inside(const Room& room, const glm::vec3& p) {
    const glm::vec3 lo = room.origin_m - 0.5f * glm::vec3(room.size_m.x, 0.0f, room.size_m.z);
    const glm::vec3 hi = room.origin_m + 0.5f * glm::vec3(room.size_m.x, 0.0f, room.size_m.z);
    return p.x > lo.x && p.x < hi.x && p.z > lo.z && p.z < hi.z;
}

Light parse_light(const JsonReader& r) {
    Light l;
    l.id = r.string("id");
    const std::string role = r.string("role");
    if (role != "key" && role != "fill") r.fail_field("role", "expected 'key' or 'fill', got '" + role + "'");
    l.key = role == "key";
    const std::string type = r.string("type");
    if (type == "directional") l.type = LightType::Directional;
    else if (type == "point") l.type = LightType::Point;
    else if (type == "spot") l.type = LightType::Spot;
    else r.fail_field("type", "unknown light type '" + type + "' (directional, point or spot)");
    l.position_m = r.vec3("position_m");
    l.target_m = l.type == LightType::Point ? r.vec3_or("target_m", l.position_m - glm::vec3(0, 1, 0)) : r.vec3("target_m");
    l.color = r.vec3_or("color", glm::vec3(1.0f));
    l.intensity = r.number_or("intensity", 1.0f);
    l.range_m = r.number_or("range_m", 10.0f);
    l.cone_deg = r.number_or("cone_deg", 30.0f);
    if (l.intensity <= 0.0f) r.fail_field("intensity", "must be positive");
    return l;
}

Item parse_item(const JsonReader& r, const ModelCatalog& models) {
    Item it;
    it.id = r.string("id");
    it.model = r.string("model");
    if (!models.contains(it.model)) r.fail_field("model", "unknown model '" + it.model + "'");
    it.room = r.string_or("room", "");
    it.position_m = r.vec3("position_m");
    it.rotation_y_deg = r.number_or("rotation_y_deg", 0.0f);
    if (r.has("scale") && r.value().at("scale").is_number()) it.scale = glm::vec3(r.number("scale"));
    else it.scale = r.vec3_or("scale", glm::vec3(1.0f));
    if (it.scale.x <= 0.0f || it.scale.y <= 0.0f || it.scale.z <= 0.0f) r.fail_field("scale", "must be positive");
    it.interactable = r.boolean_or("interactable", false);
    it.collider = r.boolean_or("collider", true);
    it.label = r.string_or("label", "");
    it.card = r.string_or("card", "");
    if (it.interactable && it.label.empty()) r.fail_field("label", "an interactable item needs a label");
    if (it.interactable && it.card.empty()) r.fail_field("card", "an interactable item needs a card");
    return it;
}

template <typename T>
void require_unique(const std::vector<JsonReader>& readers, const std::vector<T>& list, std::set<std::string>& seen) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (!seen.insert(list[i].id).second) readers[i].fail_field("id", "duplicate id '" + list[i].id + "'");
}

}  // namespace

Scene parse_scene(const nlohmann::json& doc, const std::string& file_name, const ModelCatalog& models) {
    const JsonReader r(doc, file_name);
    Scene scene;
    scene.file = file_name;
    scene.id = r.string("id");
    scene.title = r.string("title");

    const auto room_readers = r.array("rooms");
    if (room_readers.empty()) r.fail_field("rooms", "a scene needs at least one room");
    for (const JsonReader& rr : room_readers) scene.rooms.push_back(parse_room(rr));
    std::set<std::string> room_ids;
    require_unique(room_readers, scene.rooms, room_ids);

    const auto start_readers = r.array("start_points");
    if (start_readers.empty()) r.fail_field("start_points", "a scene needs at least one start point");
    for (const JsonReader& s : start_readers) {
        StartPoint sp;
        sp.id = s.string("id");
        sp.room = s.string("room");
        sp.position_m = s.vec3("position_m");
        sp.yaw_deg = s.number_or("yaw_deg", 0.0f);
        const Room* room = nullptr;
        for (const Room& rm : scene.rooms)
            if (rm.id == sp.room) room = &rm;
        if (!room) s.fail_field("room", "unknown room '" + sp.room + "'");
        if (!inside(*room, sp.position_m)) s.fail_field("position_m", "start point is outside room '" + sp.room + "'");
        scene.start_points.push_back(sp);
    }
    std::set<std::string> start_ids;
    require_unique(start_readers, scene.start_points, start_ids);

    const auto camera_readers = r.array("cameras");
    for (const JsonReader& c : camera_readers) {
        CameraView cam;
        cam.id = c.string("id");
        cam.position_m = c.vec3("position_m");
        cam.target_m = c.vec3("target_m");
        cam.fov_y_deg = c.number_or("fov_y_deg", 60.0f);
        if (cam.position_m == cam.target_m) c.fail_field("target_m", "camera looks at its own position");
        if (cam.fov_y_deg < 10.0f || cam.fov_y_deg > 120.0f) c.fail_field("fov_y_deg", "expected 10 to 120 degrees");
        scene.cameras.push_back(cam);
    }
    std::set<std::string> camera_ids;
    require_unique(camera_readers, scene.cameras, camera_ids);

    const auto light_readers = r.array("lights");
    for (const JsonReader& l : light_readers) scene.lights.push_back(parse_light(l));
    std::set<std::string> light_ids;
    require_unique(light_readers, scene.lights, light_ids);
    int keys = 0;
    for (const Light& l : scene.lights) keys += l.key ? 1 : 0;
    if (keys != 1) r.fail_field("lights", "expected exactly one light with role 'key', found " + std::to_string(keys));

    const auto item_readers = r.array("items");
    for (const JsonReader& i : item_readers) scene.items.push_back(parse_item(i, models));
    std::set<std::string> item_ids;
    require_unique(item_readers, scene.items, item_ids);

    // Structural items come from the rooms; their ids must not collide with placed items.
    for (const Room& room : scene.rooms) {
        for (Item& s : room_structure(room)) {
            if (!models.contains(s.model)) r.fail_field("rooms", "room '" + room.id + "' needs model '" + s.model + "', which is missing");
            if (!item_ids.insert(s.id).second) r.fail_field("rooms", "structural id '" + s.id + "' clashes with another id");
            scene.items.push_back(std::move(s));
        }
    }
    return scene;
}

Scene load_scene(const std::filesystem::path& file, const ModelCatalog& models) {
    const std::string name = file.filename().string();
    return parse_scene(read_json_file(file.string(), name), name, models);
}

}  // namespace perfuse::world
