#include "room_structure.h"

#include <algorithm>
#include <utility>

namespace perfuse::world {
namespace {

const char* wall_name(Wall w) {
    switch (w) {
        case Wall::North: return "north";
        case Wall::South: return "south";
        case Wall::East: return "east";
        case Wall::West: return "west";
    }
    return "north";
}

bool along_x(Wall w) { return w == Wall::North || w == Wall::South; }

// Point on the wall's centre line at `along_m` from its middle, and the yaw that lays the wall
// panel (1 m along X) on it.
glm::vec3 wall_point(const Room& r, Wall w, float along_m) {
    const glm::vec3 half = r.size_m * 0.5f;
    switch (w) {
        case Wall::North: return r.origin_m + glm::vec3(along_m, 0.0f, -half.z);
        case Wall::South: return r.origin_m + glm::vec3(along_m, 0.0f, half.z);
        case Wall::East: return r.origin_m + glm::vec3(half.x, 0.0f, along_m);
        case Wall::West: return r.origin_m + glm::vec3(-half.x, 0.0f, along_m);
    }
    return r.origin_m;
}

Item structural(const Room& room, std::string id, const char* model, glm::vec3 position, float yaw, glm::vec3 scale) {
    Item it;
    it.id = std::move(id);
    it.model = model;
    it.room = room.id;
    it.position_m = position;
    it.rotation_y_deg = yaw;
    it.scale = scale;
    it.collider = true;
    it.structural = true;
    return it;
}

}  // namespace

float wall_length_m(const Room& room, Wall wall) { return along_x(wall) ? room.size_m.x : room.size_m.z; }

std::vector<Item> room_structure(const Room& room) {
    std::vector<Item> out;
    const glm::vec3 s = room.size_m;
    Item floor = structural(room, room.id + ".floor", kFloorModel, room.origin_m, 0.0f, {s.x, 1.0f, s.z});
    floor.collider = false;  // walking surface, not an obstacle
    out.push_back(floor);
    Item ceiling = structural(room, room.id + ".ceiling", kCeilingModel, room.origin_m + glm::vec3(0, s.y, 0), 0.0f, {s.x, 1.0f, s.z});
    ceiling.collider = false;
    out.push_back(ceiling);

    for (Wall w : room.walls) {
        const float len = wall_length_m(room, w);
        const float yaw = along_x(w) ? 0.0f : 90.0f;
        // Door openings on this wall, sorted along it.
        std::vector<const Door*> doors;
        for (const Door& d : room.doors)
            if (d.wall == w) doors.push_back(&d);
        std::sort(doors.begin(), doors.end(), [](const Door* a, const Door* b) { return a->offset_m < b->offset_m; });
        int segment = 0;
        auto add_segment = [&](float from, float to, float y0, float y1) {
            if (to - from < 0.01f || y1 - y0 < 0.01f) return;
            const float mid = 0.5f * (from + to);
            out.push_back(structural(room, room.id + ".wall_" + wall_name(w) + "_" + std::to_string(segment++), kWallModel,
                                     wall_point(room, w, mid) + glm::vec3(0, y0, 0), yaw, {to - from, y1 - y0, 1.0f}));
        };
        float cursor = -0.5f * len;
        for (const Door* d : doors) {
            const float a = d->offset_m - 0.5f * d->width_m, b = d->offset_m + 0.5f * d->width_m;
            add_segment(cursor, a, 0.0f, s.y);
            add_segment(a, b, d->height_m, s.y);  // lintel above the door
            cursor = b;
            Item door = structural(room, d->id, kDoorModel, wall_point(room, w, d->offset_m), yaw,
                                   {d->width_m / kDoorModelWidth_m, d->height_m / kDoorModelHeight_m, 1.0f});
            door.collider = false;  // doors are walked through (the app may swing the leaves)
            out.push_back(door);
        }
        add_segment(cursor, 0.5f * len, 0.0f, s.y);
    }
    return out;
}

}  // namespace perfuse::world
