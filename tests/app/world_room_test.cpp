// A world room from its scene file: the rooms' structure (floor, walls, ceiling, doors) is marked as
// the backdrop the renderer draws last (Node::backdrop); the things placed in the room are not.
#include <gtest/gtest.h>

#include "app/app_paths.h"
#include "app/world_room.h"

namespace perfuse {

TEST(WorldRoom, TheRoomsStructureIsTheBackdropAndNothingElse) {
    const Room room = build_world_room({.scene_file = asset_dir() / "scenes" / "icu.json",
                                        .models_dir = model_dir(),
                                        .cards_dir = asset_dir() / "cards"});
    int backdrop_meshes = 0, other_meshes = 0;
    for (const Node& node : room.scene.nodes) {
        if (node.mesh < 0) continue;
        // Each item's instance hangs from a root named after the item: "icu.floor",
        // "icu.wall_north_0", ... and the room's doors ("icu_doors", icu.json) for the structure;
        // "icu_bed", "ecmo_console", ... for the rest.
        NodeId root = NodeId(&node - room.scene.nodes.data());
        while (room.scene.nodes[root].parent != kNoNode) root = room.scene.nodes[root].parent;
        const std::string& item = room.scene.nodes[root].name;
        const bool structure = item.rfind("icu.", 0) == 0 || item == "icu_doors";
        EXPECT_EQ(node.backdrop, structure) << item << " / " << node.name;
        ++(node.backdrop ? backdrop_meshes : other_meshes);
    }
    EXPECT_GE(backdrop_meshes, 6);  // a floor, a ceiling and at least four walls
    EXPECT_GT(other_meshes, backdrop_meshes);
}

}  // namespace perfuse
