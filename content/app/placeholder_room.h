#pragma once
// A stand-in theatre until the generated world lands: floor, walls, an operating table, a
// heart-lung-machine-sized console, a trolley and lights, built from primitives. It gives the
// renderer, screenshots and golden images something real to show.
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "render/lighting.h"
#include "scene/camera.h"

namespace perfuse {

struct RoomPart {
    int mesh = 0;  // index into RoomModel::meshes
    glm::mat4 transform{1.0f};
    Material material;
};

struct RoomModel {
    std::vector<MeshData> meshes;
    std::vector<RoomPart> parts;
    Lighting lighting;
    glm::vec4 clear_color{0.0f, 0.0f, 0.0f, 1.0f};
    CameraPose start_view;          // where the camera starts and screenshots are taken from
    std::vector<Obstacle> obstacles;  // what a walker cannot pass through
};

RoomModel build_placeholder_room();

}  // namespace perfuse
