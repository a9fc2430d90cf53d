// When a procedure ends or is left, the room gets back what stepped aside for its assembly: the
// room's own copies of the parts are drawn again, can be pointed at and read about again, block
// walking again, and the parts trolley no longer does.
#include <gtest/gtest.h>

#include "app/run_choices.h"
#include "assembly_app.h"

namespace perfuse {
namespace {

using namespace perfuse::test;

TEST(AssemblyEnd, RoomItemsComeBackWhenTheProcedureEnds) {
    App app;
    ASSERT_NE(app.r->assembly.world, nullptr) << app.r->assembly.error;
    const std::vector<std::string> hidden = app.r->assembly.world->layout().hide_items;
    ASSERT_FALSE(hidden.empty());
    const Room& room = app.r->room;
    const Room untouched = build_room(app.options);  // the same room, never assembled in
    const auto node_visible = [&](const std::string& id) {
        const NodeId node = find_node_by_name(room.scene, id);
        return node != kNoNode && room.scene.nodes[node].visible;
    };
    EXPECT_FALSE(node_visible("venous_reservoir"));
    EXPECT_EQ(room.find_interactable("venous_reservoir"), nullptr);
    EXPECT_NE(room.interactables.size(), untouched.interactables.size());

    // Left, as Present's attract loop leaves it: the model first, then the run.
    app.r->live->use(nullptr);
    app.r->procedure.run.reset();
    app.frames(1);

    EXPECT_EQ(app.r->assembly.world, nullptr);
    for (const std::string& id : hidden) {
        if (find_node_by_name(untouched.scene, id) != kNoNode) {
            EXPECT_TRUE(node_visible(id)) << id;
        }
    }
    ASSERT_NE(room.find_interactable("venous_reservoir"), nullptr) << "the reservoir can be pointed at again";
    ASSERT_EQ(room.interactables.size(), untouched.interactables.size());
    for (std::size_t i = 0; i < room.interactables.size(); ++i)
        EXPECT_EQ(room.interactables[i].id, untouched.interactables[i].id) << "in the room's own order";
    // What blocks walking is the room's own again: its parts back, the trolley gone.
    ASSERT_EQ(room.obstacles.size(), untouched.obstacles.size());
    for (std::size_t i = 0; i < room.obstacles.size(); ++i) {
        EXPECT_EQ(room.obstacles[i].min_m, untouched.obstacles[i].min_m) << i;
        EXPECT_EQ(room.obstacles[i].max_m, untouched.obstacles[i].max_m) << i;
    }
}

}  // namespace
}  // namespace perfuse
