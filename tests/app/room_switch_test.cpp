// Switching rooms from the panel: the new room is loaded on the GPU, and a broken one leaves the
// current room as it was. Runs on the real driver (lavapipe in CI) with validation on.
#include <gtest/gtest.h>

#include "app/app_renderer.h"
#include "render/offscreen_target.h"

namespace perfuse {

TEST(RoomSwitch, TheatreToIcuAndABrokenChoiceChangesNothing) {
    ValidationLog log;
    {
        AppOptions options;
        options.validation = true;
        options.scene = "theatre";
        AppRenderer r(options, nullptr, log);
        r.create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
        ASSERT_EQ(r.room.id, "theatre");
        r.selection.selected = r.room.interactables.at(0).id;

        EXPECT_EQ(r.switch_room("icu"), "");
        EXPECT_EQ(r.room.id, "icu");
        EXPECT_EQ(r.overlay.room, "icu");
        EXPECT_TRUE(r.selection.selected.empty());  // the theatre's selection means nothing here
        EXPECT_NE(r.room.find_interactable("ecmo_cart"), nullptr);

        const std::string error = r.switch_room("no_such_room");
        EXPECT_NE(error.find("no_such_room.json"), std::string::npos) << error;
        EXPECT_EQ(r.room.id, "icu");
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

}  // namespace perfuse
