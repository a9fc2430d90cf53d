#pragma once
// Walking collision: the walker is a circle in the floor (XZ) plane and obstacles are axis-aligned
// rectangles (walls, beds, trolleys). Movement slides along what it meets and is sub-stepped, so a
// long frame cannot carry the walker through a thin wall.
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"

namespace perfuse {

struct Scene;

struct Obstacle {
    glm::vec2 min_m{0.0f};  // (x, z)
    glm::vec2 max_m{0.0f};
};

Obstacle obstacleFromBounds(const Bounds& world_bounds);  // drops Y

// Obstacles from every visible mesh node whose world bounds overlap the body's height band above the
// floor; low things (floor, rugs, cables below step height) and overhead lamps are left out.
std::vector<Obstacle> collectObstacles(const Scene& scene, float floor_y_m, float step_height_m = 0.2f,
                                       float body_height_m = 1.8f);

// Moves the circle centre by delta_m and returns where it ends: never overlapping an obstacle it
// started clear of, with the blocked part of the motion turned into sliding along the surface.
glm::vec2 moveCircle(glm::vec2 center_m, glm::vec2 delta_m, float radius_m, const std::vector<Obstacle>& obstacles);

// True when the circle overlaps any obstacle by more than a tenth of a millimetre (float slack).
bool circleBlocked(glm::vec2 center_m, float radius_m, const std::vector<Obstacle>& obstacles);

}  // namespace perfuse
