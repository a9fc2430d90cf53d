#pragma once
// Walking collision: the walker is a circle in the floor (XZ) plane and obstacles are rectangles
// (walls, beds, trolleys), axis-aligned or turned about +Y like furniture placed at an angle. Movement
// slides along what it meets and is sub-stepped, so a long frame cannot carry the walker through a
// thin wall.
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"

namespace perfuse {

struct Scene;

// [min_m, max_m] in the obstacle's own frame: the world (x, z) frame turned by yaw_rad about +Y
// (a world point is R_y(yaw_rad) * frame point). yaw_rad = 0: an axis-aligned box, the common case.
struct Obstacle {
    glm::vec2 min_m{0.0f};
    glm::vec2 max_m{0.0f};
    float yaw_rad = 0.0f;
};

Obstacle obstacle_from_bounds(const Bounds& world_bounds);  // axis-aligned, drops Y
// The tight rectangle of a mesh whose world matrix turns it about +Y only; any other rotation gets the
// axis-aligned box round it (safe, just larger).
Obstacle obstacle_from_mesh(const Bounds& mesh_bounds, const glm::mat4& world);

// Obstacles from every visible mesh node whose world bounds overlap the body's height band above the
// floor; low things (floor, rugs, cables below step height) and overhead lamps are left out.
std::vector<Obstacle> collect_obstacles(const Scene& scene, float floor_y_m, float step_height_m = 0.2f,
                                       float body_height_m = 1.8f);

// Moves the circle centre by delta_m and returns where it ends: never overlapping an obstacle it
// started clear of, with the blocked part of the motion turned into sliding along the surface.
glm::vec2 move_circle(glm::vec2 center_m, glm::vec2 delta_m, float radius_m, const std::vector<Obstacle>& obstacles);

// True when the circle overlaps any obstacle by more than a tenth of a millimetre (float slack).
bool circle_blocked(glm::vec2 center_m, float radius_m, const std::vector<Obstacle>& obstacles);

}  // namespace perfuse
