// The shipped scenes load, use only generated models, link to each other, and contain what issue 6 asks for.
#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "world/room_structure.h"
#include "world_test_paths.h"

namespace perfuse::world {
namespace {

using test::all_scenes;

bool has_model(const Scene& s, const std::string& model) {
    return std::any_of(s.items.begin(), s.items.end(), [&](const Item& i) { return i.model == model; });
}

TEST(SceneFiles, AllLoadWithoutErrors) {
    for (const std::string& id : test::kSceneIds) {
        EXPECT_NO_THROW({
            const Scene s = load_scene(test::scene_file(id), models_in(test::kModels));
            EXPECT_EQ(s.id, id);
        }) << id;
    }
}

TEST(SceneFiles, EveryItemUsesAGeneratedModelFileAndIdsAreUnique) {
    for (const Scene& s : all_scenes()) {
        std::set<std::string> ids;
        for (const Item& item : s.items) {
            EXPECT_TRUE(std::filesystem::is_regular_file(model_file(test::kModels, item.model))) << s.file << ": " << item.id << " uses " << item.model;
            EXPECT_TRUE(ids.insert(item.id).second) << s.file << ": duplicate id " << item.id;
            EXPECT_FALSE(item.id.empty());
        }
    }
}

TEST(SceneFiles, DoorLinksLeadToExistingStartPoints) {
    const std::vector<Scene> scenes = all_scenes();
    int links = 0;
    for (const Scene& s : scenes) {
        for (const Room& room : s.rooms) {
            for (const Door& door : room.doors) {
                if (door.leads_to.scene.empty()) continue;
                ++links;
                const auto target = std::find_if(scenes.begin(), scenes.end(), [&](const Scene& t) { return t.id == door.leads_to.scene; });
                ASSERT_NE(target, scenes.end()) << s.file << ": door " << door.id << " leads to unknown scene " << door.leads_to.scene;
                EXPECT_NE(target->find_start(door.leads_to.start), nullptr)
                    << s.file << ": door " << door.id << " leads to unknown start " << door.leads_to.start;
            }
        }
    }
    // theatre <-> corridor <-> ICU, corridor <-> ILP: two doors out of the corridor and one back from each room.
    EXPECT_EQ(links, 4);
}

TEST(SceneFiles, EveryRoomHasAStartPointAndEverySceneCamerasAndOneKeyLight) {
    for (const Scene& s : all_scenes()) {
        for (const Room& room : s.rooms) {
            EXPECT_TRUE(std::any_of(s.start_points.begin(), s.start_points.end(), [&](const StartPoint& p) { return p.room == room.id; }))
                << s.file << ": no start point in room " << room.id;
        }
        EXPECT_GE(s.cameras.size(), 3u) << s.file;
        EXPECT_EQ(std::count_if(s.lights.begin(), s.lights.end(), [](const Light& l) { return l.key; }), 1) << s.file;
        EXPECT_GE(s.lights.size(), 3u) << s.file << ": key light plus fills";
    }
}

TEST(SceneFiles, PlacedItemsStandInsideTheirRoomsAndCamerasAreInsideToo) {
    for (const Scene& s : all_scenes()) {
        auto inside_some_room = [&](const glm::vec3& p, float margin) {
            return std::any_of(s.rooms.begin(), s.rooms.end(), [&](const Room& r) {
                const glm::vec3 d = glm::abs(p - r.origin_m);
                return d.x <= 0.5f * r.size_m.x + margin && d.z <= 0.5f * r.size_m.z + margin && p.y >= -0.01f && p.y <= r.size_m.y;
            });
        };
        for (const Item& item : s.items) {
            if (!item.structural) {
                EXPECT_TRUE(inside_some_room(item.position_m, 0.0f)) << s.file << ": " << item.id << " is outside every room";
            }
        }
        for (const CameraView& c : s.cameras) EXPECT_TRUE(inside_some_room(c.position_m, -0.1f)) << s.file << ": camera " << c.id;
    }
}

TEST(SceneFiles, RoomsContainWhatTheIssueAsksFor) {
    const std::vector<Scene> scenes = all_scenes();
    const std::map<std::string, std::vector<std::string>> required = {
        {"theatre", {"operating_table", "patient_draped", "theatre_light", "anaesthetic_machine", "drug_trolley", "patient_monitor",
                     "heart_lung_machine", "venous_reservoir", "oxygenator", "arterial_filter", "cardioplegia_set", "gas_blender",
                     "safety_sensors", "heater_cooler", "cell_saver", "scrub_trolley", "door_double", "scrub_sink", "wall_clock",
                     "wall_panel", "floor_panel", "ceiling_panel", "person_surgeon", "person_anaesthetist", "person_scrub_nurse",
                     "person_odp", "person_theatre_support_worker", "person_perfusionist", "person_cardiac_physiologist"}},
        {"icu", {"icu_bed", "patient_icu", "ventilator", "infusion_pumps", "wall_monitor", "ecmo_cart", "paediatric_cot", "paediatric_ecmo",
                 "nurses_station", "person_icu_nurse", "person_cardiologist", "person_clinical_scientist", "person_perfusionist"}},
        {"ilp", {"operating_table", "patient_ilp", "tourniquet", "ilp_circuit", "gamma_probe", "drug_prep_area", "person_perfusionist"}},
    };
    for (const Scene& s : scenes)
        for (const std::string& model : required.at(s.id)) EXPECT_TRUE(has_model(s, model)) << s.file << " lacks " << model;
}

TEST(SceneFiles, RoomStructureLeavesAnOpeningForEachDoor) {
    Room room;
    room.id = "r";
    room.size_m = {8.0f, 3.0f, 6.0f};
    room.walls = {Wall::East};
    Door door;
    door.id = "d";
    door.wall = Wall::East;
    door.offset_m = -1.0f;
    door.width_m = 2.0f;
    door.height_m = 2.2f;
    room.doors = {door};
    const std::vector<Item> items = room_structure(room);
    // floor, ceiling, wall before the door, lintel, door, wall after the door.
    ASSERT_EQ(items.size(), 6u);
    float wall_length = 0.0f;
    for (const Item& i : items)
        if (i.model == kWallModel && i.position_m.y == 0.0f) wall_length += i.scale.x;
    EXPECT_FLOAT_EQ(wall_length, 4.0f);  // 6 m wall minus the 2 m opening
    const auto d = std::find_if(items.begin(), items.end(), [](const Item& i) { return i.id == "d"; });
    ASSERT_NE(d, items.end());
    EXPECT_FLOAT_EQ(d->position_m.x, 4.0f);
    EXPECT_FLOAT_EQ(d->position_m.z, -1.0f);
}

}  // namespace
}  // namespace perfuse::world
