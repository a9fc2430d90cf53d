#pragma once
// A room from the world's scene files (assets/scenes/*.json): every placed item's generated model
// loaded once and instanced, lights, start point and named cameras.
#include <filesystem>
#include <string>

#include "app/room.h"
#include "world/scene.h"

namespace perfuse {

struct WorldRoomRequest {
    std::filesystem::path scene_file;   // assets/scenes/<id>.json
    std::filesystem::path models_dir;   // where perfuse-assetgen wrote the .glb files
    std::filesystem::path cards_dir;    // assets/cards: items.json and people.json
    std::string camera;                 // --camera: a named camera to start from; empty = first start point
};

// Throws std::runtime_error with one line naming the file and problem (bad scene, missing model).
Room build_world_room(const WorldRoomRequest& request);

// The camera pose for a named camera of a world scene (looking from position to target).
CameraPose pose_from_camera(const world::CameraView& camera);

}  // namespace perfuse
