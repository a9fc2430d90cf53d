// Broken scene files give one clear line naming the file and the field.
#include <cstdio>
#include <fstream>

#include <unistd.h>

#include <gtest/gtest.h>

#include "world/cards.h"
#include "world/json_reader.h"
#include "world_test_paths.h"

namespace perfuse::world {
namespace {

nlohmann::json theatre_json() { return read_json_file(test::scene_file("theatre").string(), "theatre.json"); }

std::string error_of(const nlohmann::json& doc) {
    try {
        parse_scene(doc, "theatre.json", models_in(test::kModels));
    } catch (const WorldError& e) {
        return e.what();
    }
    return "no error";
}

TEST(SceneErrors, UnknownModelNamesFileFieldAndModel) {
    nlohmann::json doc = theatre_json();
    doc["items"][3]["model"] = "foo";
    EXPECT_EQ(error_of(doc), "theatre.json: items[3].model: unknown model 'foo'");
}

TEST(SceneErrors, DuplicateItemId) {
    nlohmann::json doc = theatre_json();
    doc["items"][1]["id"] = doc["items"][0]["id"];
    EXPECT_EQ(error_of(doc), "theatre.json: items[1].id: duplicate id 'operating_table'");
}

TEST(SceneErrors, MissingAndMalformedFields) {
    nlohmann::json doc = theatre_json();
    doc["items"][0].erase("position_m");
    EXPECT_EQ(error_of(doc), "theatre.json: items[0].position_m: missing");
    doc = theatre_json();
    doc["items"][2]["position_m"] = {1.0, 2.0};
    EXPECT_EQ(error_of(doc), "theatre.json: items[2].position_m: expected [x, y, z]");
    doc = theatre_json();
    doc["items"][2]["scale"] = -1.0;
    EXPECT_EQ(error_of(doc), "theatre.json: items[2].scale: must be positive");
    doc = theatre_json();
    doc["cameras"][0]["fov_y_deg"] = "wide";
    EXPECT_EQ(error_of(doc), "theatre.json: cameras[0].fov_y_deg: expected a number");
    doc = theatre_json();
    doc.erase("rooms");
    EXPECT_EQ(error_of(doc), "theatre.json: rooms: missing");
}

TEST(SceneErrors, InteractableItemsNeedLabelAndCard) {
    nlohmann::json doc = theatre_json();
    doc["items"][0].erase("card");
    EXPECT_EQ(error_of(doc), "theatre.json: items[0].card: an interactable item needs a card");
    doc = theatre_json();
    doc["items"][0]["label"] = " ";
    EXPECT_EQ(error_of(doc), "theatre.json: items[0].label: is empty");
}

TEST(SceneErrors, LightsDoorsAndStartPoints) {
    nlohmann::json doc = theatre_json();
    doc["lights"][1]["role"] = "key";
    EXPECT_EQ(error_of(doc), "theatre.json: lights: expected exactly one light with role 'key', found 2");
    doc = theatre_json();
    doc["lights"][0]["type"] = "laser";
    EXPECT_EQ(error_of(doc), "theatre.json: lights[0].type: unknown light type 'laser' (directional, point or spot)");
    doc = theatre_json();
    doc["rooms"][0]["doors"][0]["offset_m"] = 3.0;
    EXPECT_EQ(error_of(doc), "theatre.json: rooms[0].doors[0].offset_m: door does not fit in its 7.0 m wall");
    doc = theatre_json();
    doc["rooms"][0]["doors"][0]["wall"] = "up";
    EXPECT_EQ(error_of(doc), "theatre.json: rooms[0].doors[0].wall: unknown wall 'up' (north, south, east or west)");
    doc = theatre_json();
    doc["start_points"][0]["position_m"] = {40.0, 0.0, 0.0};
    EXPECT_EQ(error_of(doc), "theatre.json: start_points[0].position_m: start point is outside room 'theatre'");
    doc = theatre_json();
    doc["start_points"][0]["room"] = "garden";
    EXPECT_EQ(error_of(doc), "theatre.json: start_points[0].room: unknown room 'garden'");
}

TEST(SceneErrors, MissingCardIsReportedAgainstTheSceneItem) {
    nlohmann::json doc = theatre_json();
    doc["items"][4]["card"] = "nope";
    const Scene scene = parse_scene(doc, "theatre.json", models_in(test::kModels));
    const Cards cards = load_cards(test::kAssets / "cards" / "items.json", test::kAssets / "cards" / "people.json");
    try {
        check_cards(scene, cards);
        FAIL() << "expected a WorldError";
    } catch (const WorldError& e) {
        EXPECT_STREQ(e.what(), "theatre.json: items[4].card: no card 'nope' in items.json or people.json");
    }
}

TEST(SceneErrors, UnreadableAndInvalidFiles) {
    const ModelCatalog models = models_in(test::kModels);
    try {
        load_scene(test::kAssets / "scenes" / "missing.json", models);
        FAIL() << "expected a WorldError";
    } catch (const WorldError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("missing.json: cannot be read from ", 0), 0u) << e.what();
    }
    // Per-process name: several builds' test runs may share /tmp.
    const std::filesystem::path broken = std::filesystem::temp_directory_path() / ("perfuse_broken_scene_" + std::to_string(getpid()) + ".json");
    std::ofstream(broken) << "{ \"id\": \"x\", ";
    try {
        load_scene(broken, models);
        FAIL() << "expected a WorldError";
    } catch (const WorldError& e) {
        EXPECT_EQ(std::string(e.what()).rfind(broken.filename().string() + ": not valid JSON (line 1, column 14)", 0), 0u) << e.what();
        EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "message must be one line";
    }
    std::filesystem::remove(broken);
}

}  // namespace
}  // namespace perfuse::world
