#pragma once
// A place to be: the scene to draw, its lights, where the viewer starts and what they cannot walk
// through. Built from the world's scene files, from one glTF model (--model), or the placeholder.
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "render/lighting.h"
#include "scene/camera.h"
#include "scene/collision.h"
#include "scene/scene.h"

namespace perfuse {

enum class ViewStyle { walk, orbit };

struct Room {
    std::string id;                   // "theatre", "icu", "ilp", or "model"
    Scene scene;
    Lighting lighting;
    glm::vec4 clear_color{0.55f, 0.6f, 0.62f, 1.0f};
    ViewStyle view_style = ViewStyle::walk;
    CameraPose start_view;            // walking rooms: where the viewer stands (and screenshots look from)
    OrbitCamera orbit;                // inspect rooms: the orbit around the model
    std::vector<Obstacle> obstacles;  // what a walker cannot pass through
};

// The camera pose a room starts with (walk: start_view; orbit: the framed orbit).
CameraPose start_pose(const Room& room);

}  // namespace perfuse
