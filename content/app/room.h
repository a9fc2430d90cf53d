#pragma once
// A place to be: the scene to draw, its lights, where the viewer starts and what they cannot walk
// through. Built from the world's scene files, from one glTF model (--model), or the placeholder.
#include <map>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "render/lighting.h"
#include "scene/camera.h"
#include "scene/collision.h"
#include "scene/scene.h"
#include "world/cards.h"

namespace perfuse {

enum class ViewStyle { walk, orbit };

// Something the viewer can point at and learn about: its nodes carry `id` as their pick tag.
struct Interactable {
    std::string id;
    std::string label;        // short name shown in the world
    std::string card;         // id in the room's cards
    glm::vec3 label_anchor_m{0.0f};  // just above the item
};

struct Room {
    std::string id;                   // "theatre", "icu", "ilp", or "model"
    Scene scene;
    Lighting lighting;
    glm::vec4 clear_color{0.55f, 0.6f, 0.62f, 1.0f};
    ViewStyle view_style = ViewStyle::walk;
    CameraPose start_view;            // walking rooms: where the viewer stands (and screenshots look from)
    std::map<std::string, CameraPose> cameras;  // world rooms' named cameras (tour stops fly to them)
    OrbitCamera orbit;                // inspect rooms: the orbit around the model
    std::vector<Obstacle> obstacles;  // what a walker cannot pass through
    std::vector<Interactable> interactables;
    world::Cards cards;

    const Interactable* find_interactable(const std::string& id) const;
};

// The camera pose a room starts with (walk: start_view; orbit: the framed orbit).
CameraPose start_pose(const Room& room);

}  // namespace perfuse
