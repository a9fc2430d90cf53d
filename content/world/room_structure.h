#pragma once
// Turns a room's size, walls and doors into placed structural items (floor, ceiling, wall segments
// around the door openings, door sets), so a renderer only ever draws items.
#include <vector>

#include "scene.h"

namespace perfuse::world {

// Model names the structure uses; the generator writes them.
inline constexpr const char* kFloorModel = "floor_panel";
inline constexpr const char* kCeilingModel = "ceiling_panel";
inline constexpr const char* kWallModel = "wall_panel";
inline constexpr const char* kDoorModel = "door_double";
inline constexpr float kDoorModelWidth_m = 2.0f;   // door_double's frame width at scale 1
inline constexpr float kDoorModelHeight_m = 2.2f;

std::vector<Item> room_structure(const Room& room);

// Length of a wall and the direction along it (+X for north/south walls, +Z for east/west).
float wall_length_m(const Room& room, Wall wall);

}  // namespace perfuse::world
