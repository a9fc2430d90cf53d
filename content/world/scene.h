#pragma once
// A walkable scene as plain data: rooms with walls and doors, start points, named cameras, lights and
// placed items. Coordinates are metres, +Y up; rotations are degrees about +Y, counter-clockwise seen
// from above; at 0 a model's front (+Z) faces +Z. The schema is described in assets/scenes/README.md.
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace perfuse::world {

enum class Wall { North, South, East, West };  // north = -Z side, east = +X side

struct SceneLink {
    std::string scene;  // scene id ("icu"); empty = no link
    std::string start;  // start point id in that scene
};

struct Door {
    std::string id;
    Wall wall = Wall::North;
    float offset_m = 0.0f;  // door centre along the wall from the wall's middle (+X or +Z)
    float width_m = 2.0f;
    float height_m = 2.2f;
    SceneLink leads_to;
};

struct Room {
    std::string id;
    std::string name;
    glm::vec3 origin_m{0.0f};  // floor centre
    glm::vec3 size_m{1.0f};    // width (X), height (Y), depth (Z)
    std::vector<Wall> walls;   // walls this room builds (a shared wall is built by one room only)
    std::vector<Door> doors;
};

struct StartPoint {
    std::string id;
    std::string room;
    glm::vec3 position_m{0.0f};  // on the floor; the app adds eye height
    float yaw_deg = 0.0f;
};

struct CameraView {
    std::string id;
    glm::vec3 position_m{0.0f};
    glm::vec3 target_m{0.0f, 0.0f, -1.0f};
    float fov_y_deg = 60.0f;
};

enum class LightType { Directional, Point, Spot };

struct Light {
    std::string id;
    bool key = false;              // the one shadowed key light; the rest are fills
    LightType type = LightType::Point;
    glm::vec3 position_m{0.0f};
    glm::vec3 target_m{0.0f};      // spot and directional lights point here
    glm::vec3 color{1.0f};         // linear RGB
    float intensity = 1.0f;        // relative brightness; the key light is 1
    float range_m = 10.0f;
    float cone_deg = 30.0f;        // spot half-angle
};

struct Item {
    std::string id;
    std::string model;             // generated model name: <models dir>/<model>.glb
    std::string room;
    glm::vec3 position_m{0.0f};
    float rotation_y_deg = 0.0f;
    glm::vec3 scale{1.0f};
    bool interactable = false;
    bool collider = true;
    bool structural = false;       // floor, walls, ceiling and doors built from the rooms
    std::string label;             // short name shown in the world
    std::string card;              // card id in items.json or people.json (interactable items)
};

struct Scene {
    std::string id;
    std::string title;
    std::string file;              // file name, for messages
    std::vector<Room> rooms;
    std::vector<StartPoint> start_points;
    std::vector<CameraView> cameras;
    std::vector<Light> lights;
    std::vector<Item> items;       // placed items followed by the rooms' structural items

    const Item* find_item(const std::string& id) const;
    const StartPoint* find_start(const std::string& id) const;
    const CameraView* find_camera(const std::string& id) const;
};

}  // namespace perfuse::world
