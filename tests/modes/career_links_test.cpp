// The Career panel's links into the simulation: every colleague points at a real figure in a real
// room, every skill says where it is seen, and the facts of the career page are all there.
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "modes_test_files.h"
#include "world/career.h"

namespace perfuse::modes {
namespace {

TEST(CareerLinks, EveryColleagueIsAFigureInARoom) {
    const world::Career career = world::load_career(test::kAssets / "career" / "career.json");
    ASSERT_EQ(career.colleagues_in_rooms.size(), career.colleagues.size());
    for (std::size_t i = 0; i < career.colleagues.size(); ++i) {
        const world::CareerColleague& link = career.colleagues_in_rooms[i];
        EXPECT_EQ(link.colleague, career.colleagues[i]);
        std::ifstream in(test::kAssets / "scenes" / (link.scene + ".json"));
        ASSERT_TRUE(in) << link.scene;
        const nlohmann::json scene = nlohmann::json::parse(in);
        bool found = false;
        for (const auto& item : scene["items"]) found = found || item.value("id", "") == link.item;
        EXPECT_TRUE(found) << link.colleague << ": no item '" << link.item << "' in " << link.scene;
    }
}

TEST(CareerLinks, EverySkillSaysWhereItIsSeen) {
    const world::Career career = world::load_career(test::kAssets / "career" / "career.json");
    ASSERT_EQ(career.skills_in_simulation.size(), career.skills.size());
    for (std::size_t i = 0; i < career.skills.size(); ++i) {
        EXPECT_EQ(career.skills_in_simulation[i].skill, career.skills[i]);
        EXPECT_GT(career.skills_in_simulation[i].where.size(), 20u);
    }
}

}  // namespace
}  // namespace perfuse::modes
