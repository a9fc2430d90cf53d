// The guided tour: its data points at real rooms and cameras, and a scripted run (fixed step,
// playing itself as in Present mode) visits every stop once, in order, and finishes.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "modes/tour.h"
#include "modes/tour_player.h"
#include "modes_test_files.h"
#include "world/world_error.h"

namespace perfuse::modes {
namespace {

const std::filesystem::path kTourFile = test::kAssets / "tour" / "perfusionists_day.json";

nlohmann::json scene_json(const std::string& scene) {
    std::ifstream in(test::kAssets / "scenes" / (scene + ".json"));
    return nlohmann::json::parse(in);
}

bool has_id(const nlohmann::json& list, const std::string& id) {
    for (const auto& entry : list)
        if (entry.value("id", "") == id) return true;
    return false;
}

TEST(Tour, FollowsThePerfusionistsDayThroughEveryRoom) {
    const Tour tour = load_tour(kTourFile);
    ASSERT_GE(tour.stops.size(), 7u);
    const std::vector<std::string> expected_order{"arrive", "check_machine", "team_brief", "go_on_bypass",
                                                  "the_operation", "icu_ecmo"};
    for (std::size_t i = 0; i < expected_order.size(); ++i) EXPECT_EQ(tour.stops[i].id, expected_order[i]);
    EXPECT_EQ(tour.stops.back().scene, "ilp");  // limb perfusion as the special case at the end
    EXPECT_EQ(tour.quiz, "perfusionists_day");
    EXPECT_TRUE(std::filesystem::exists(test::kAssets / "quiz" / (tour.quiz + ".json")));
}

TEST(Tour, EveryStopNamesARealCameraOrItemOfItsRoom) {
    for (const TourStop& stop : load_tour(kTourFile).stops) {
        SCOPED_TRACE(stop.id);
        const nlohmann::json scene = scene_json(stop.scene);
        if (!stop.camera.empty()) {
            EXPECT_TRUE(has_id(scene["cameras"], stop.camera)) << stop.camera;
        }
        if (!stop.item.empty()) {
            EXPECT_TRUE(has_id(scene["items"], stop.item)) << stop.item;
        }
        EXPECT_LE(stop.text.size(), 400u) << "cards are short enough to read aloud";
    }
}

TEST(Tour, ScriptedAutoplayVisitsEveryStopOnceAndFinishes) {
    const Tour tour = load_tour(kTourFile);
    TourPlayer player(tour);
    player.start(/*autoplay=*/true);
    constexpr float kStepS = 1.0f / 60.0f;
    double total_dwell_s = 0.0;
    for (const TourStop& stop : tour.stops) total_dwell_s += stop.dwell_s;
    std::vector<std::size_t> arrivals;
    int frames = 0;
    const int frame_limit = int(total_dwell_s / kStepS) + 60 * int(tour.stops.size()) + 10;
    while (player.active() && frames < frame_limit) {
        if (const auto arrival = player.take_arrival()) arrivals.push_back(*arrival);
        player.advance(kStepS);
        ++frames;
    }
    EXPECT_TRUE(player.finished());
    ASSERT_EQ(arrivals.size(), tour.stops.size());
    for (std::size_t i = 0; i < arrivals.size(); ++i) EXPECT_EQ(arrivals[i], i);
    // Each card stayed up for its dwell time (to within one frame per stop).
    EXPECT_NEAR(frames * kStepS, total_dwell_s, kStepS * double(tour.stops.size()) + 1e-3);
}

TEST(Tour, NextBackAndLeaveAtAnyTime) {
    const Tour tour = load_tour(kTourFile);
    TourPlayer player(tour);
    player.start();
    EXPECT_EQ(player.take_arrival(), 0u);
    EXPECT_EQ(player.take_arrival(), std::nullopt);  // reported once
    player.previous();
    EXPECT_EQ(player.index(), 0u);
    player.next();
    player.next();
    EXPECT_EQ(player.index(), 2u);
    player.advance(1000.0f);  // not playing itself: time alone does not move on
    EXPECT_EQ(player.index(), 2u);
    player.previous();
    EXPECT_EQ(player.take_arrival(), 1u);
    player.leave();
    EXPECT_FALSE(player.active());
    EXPECT_FALSE(player.finished());
    player.next();
    EXPECT_EQ(player.index(), 1u);  // nothing happens after leaving
}

TEST(Tour, BrokenFileNamesTheFieldInOneLine) {
    test::ScratchDir dir;
    const auto file = dir.path() / "tour.json";
    test::write_text(file, R"({"id": "t", "title": "T", "stops": [{"id": "a", "title": "A", "text": "x", "scene": "theatre"}]})");
    try {
        load_tour(file);
        FAIL() << "expected an error";
    } catch (const world::WorldError& e) {
        EXPECT_STREQ(e.what(), "tour.json: stops[0]: needs a \"camera\" or an \"item\" to show");
    }
    test::write_text(file, R"({"id": "t", "title": "T", "stops": [{"id": "a", "title": "A", "text": "x", "scene": "theatre", "camera": "c", "dwell_s": 0.5}]})");
    EXPECT_THROW(load_tour(file), world::WorldError);
    EXPECT_THROW(load_tour(dir.path() / "missing.json"), world::WorldError);
}

}  // namespace
}  // namespace perfuse::modes
