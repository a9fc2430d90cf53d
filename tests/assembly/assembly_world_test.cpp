// The assembly objects in the real theatre: parts start on the trolley and can be picked there; a
// mounted part moves onto the machine and shows its ports; lines appear between ports, can be picked
// and show their clamp. CPU only (no GPU upload needed for placement and picking).
#include <gtest/gtest.h>

#include "app/assembly_world.h"
#include "app/world_room.h"

namespace perfuse {
namespace {

const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;
const std::filesystem::path kModels = PERFUSE_MODEL_DIR;

using Kind = AssemblyTarget::Kind;

struct Theatre {
    Room room = build_world_room({.scene_file = kAssets / "scenes" / "theatre.json",
                                  .models_dir = kModels,
                                  .cards_dir = kAssets / "cards"});
    AssemblyWorld world{load_assembly_layout(kAssets / "assembly" / "theatre.json"), room, kModels};
};

AssemblyState all_on_trolley(const AssemblyLayout& layout) {
    AssemblyState state;
    for (const PartLayout& part : layout.parts) state.parts.push_back({part.id, PartPlace::trolley});
    return state;
}

void set_place(AssemblyState& state, const std::string& id, PartPlace place) {
    for (PartView& p : state.parts)
        if (p.id == id) p.place = place;
}

void settle(AssemblyWorld& world, const AssemblyState& state) {
    for (int i = 0; i < 60; ++i) world.sync(state, 1.0f / 60.0f);
}

// A ray from 30 cm above POINT straight down.
Ray from_above(const glm::vec3& point) { return make_ray(point + glm::vec3(0, 0.3f, 0), {0, -1, 0}); }

TEST(AssemblyWorld, PartsStartOnTheTrolleyAndArePickedThere) {
    Theatre t;
    settle(t.world, all_on_trolley(t.world.layout()));
    int parts = 0;
    for (const AssemblyTarget& target : t.world.targets()) {
        if (target.kind == Kind::port) {
            EXPECT_TRUE(target.part == "patient" || target.part == "console") << target.part;
        }
        parts += target.kind == Kind::part;
    }
    EXPECT_EQ(parts, int(t.world.layout().parts.size()));
    const AssemblyTarget reservoir{.kind = Kind::part, .part = "reservoir"};
    const glm::vec3 anchor = t.world.anchor_of(reservoir);
    const glm::vec3 trolley = t.world.layout().trolley.position_m;
    EXPECT_LT(glm::length(glm::vec2(anchor.x - trolley.x, anchor.z - trolley.z)), 0.6f);  // above the trolley
    EXPECT_GT(anchor.y, 0.9f);
    EXPECT_EQ(t.world.pick(from_above(anchor - glm::vec3(0, 0.1f, 0)), 5.0f).target, reservoir);
    EXPECT_EQ(t.world.label_of(reservoir), "Venous reservoir");
}

TEST(AssemblyWorld, HeldPartShowsItsMountAndMountedPartShowsItsPorts) {
    Theatre t;
    AssemblyState state = all_on_trolley(t.world.layout());
    set_place(state, "reservoir", PartPlace::in_hand);
    t.world.sync(state, 0.0f);
    t.world.hold_in_front_of({-2.0f, 1.6f, 1.0f}, {1, 0, 0});
    const std::vector<AssemblyTarget> held = t.world.targets();
    ASSERT_FALSE(held.empty());
    EXPECT_EQ(held.front(), (AssemblyTarget{.kind = Kind::mount, .part = "reservoir"}));
    const glm::vec3 mount = t.world.anchor_of(held.front());
    EXPECT_EQ(t.world.pick(make_ray({-2.0f, mount.y, mount.z}, {1, 0, 0}), 5.0f).target.kind, Kind::mount);

    set_place(state, "reservoir", PartPlace::mounted);
    t.world.sync(state, 0.0f);
    EXPECT_TRUE(t.world.animating());  // it moves there, it does not jump
    settle(t.world, state);
    EXPECT_FALSE(t.world.animating());
    const AssemblyTarget outlet{.kind = Kind::port, .part = "reservoir", .port = "out"};
    const std::vector<AssemblyTarget> targets = t.world.targets();
    EXPECT_NE(std::find(targets.begin(), targets.end(), outlet), targets.end());
    // The outlet marker sits where the layout says, on the machine.
    const glm::vec3 port = t.world.anchor_of(outlet);
    const glm::vec3 machine{0.0f, 0.0f, 2.5f};
    EXPECT_LT(glm::length(glm::vec2(port.x - machine.x, port.z - machine.z)), 1.0f);
    EXPECT_EQ(t.world.pick(make_ray(port + glm::vec3(-0.5f, 0, 0), {1, 0, 0}), 5.0f).target, outlet);
    EXPECT_EQ(t.world.label_of(outlet), "Venous reservoir: outlet");
}

TEST(AssemblyWorld, ReducedMotionPutsPartsInPlaceAtOnce) {
    Theatre t;
    t.world.set_reduced_motion(true);
    AssemblyState state = all_on_trolley(t.world.layout());
    t.world.sync(state, 0.0f);
    set_place(state, "oxygenator", PartPlace::mounted);
    t.world.sync(state, 0.0f);
    EXPECT_FALSE(t.world.animating());
    const AssemblyTarget inlet{.kind = Kind::port, .part = "oxygenator", .port = "in"};
    const glm::vec3 port = t.world.anchor_of(inlet);
    EXPECT_EQ(t.world.pick(make_ray(port + glm::vec3(-0.5f, 0, 0), {1, 0, 0}), 5.0f).target, inlet);
}

TEST(AssemblyWorld, LinesAppearBetweenPortsAndShowTheirClamp) {
    Theatre t;
    AssemblyState state = all_on_trolley(t.world.layout());
    set_place(state, "reservoir", PartPlace::mounted);
    set_place(state, "venous_line", PartPlace::laid);
    state.lines.push_back({.id = "venous_line", .a = {"patient", "ra"}, .b = {"reservoir", "in"}, .clamped = false,
                           .fluid = {.content = LineContent::blood, .saturation = 0.7}});
    settle(t.world, state);
    const AssemblyTarget line{.kind = Kind::line, .line = "venous_line"};
    const std::vector<AssemblyTarget> targets = t.world.targets();
    EXPECT_NE(std::find(targets.begin(), targets.end(), line), targets.end());
    const glm::vec3 middle = t.world.anchor_of(line);
    EXPECT_EQ(t.world.pick(from_above(middle), 5.0f).target, line);
    EXPECT_EQ(t.world.label_of(line), "Venous line");
    // A loose end: the line still shows, hanging from the joined end.
    state.lines.back().b = {};
    settle(t.world, state);
    EXPECT_EQ(t.world.pick(from_above(t.world.anchor_of(line)), 5.0f).target, line);
    // Laid tubing is drawn as its tube, not as the coil on the trolley.
    const PartLayout& coil = *t.world.layout().find_part("venous_line");
    EXPECT_FALSE(std::count(targets.begin(), targets.end(), AssemblyTarget{.kind = Kind::part, .part = coil.id}));
}

TEST(AssemblyWorld, ALayoutForAnotherRoomNamesItsFileAndTheMissingHost) {
    const Room room = build_world_room({.scene_file = kAssets / "scenes" / "theatre.json", .models_dir = kModels,
                                        .cards_dir = kAssets / "cards"});
    try {
        AssemblyWorld world(load_assembly_layout(kAssets / "assembly" / "icu.json"), room, kModels);
        ADD_FAILURE() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), "icu.json: host: no item 'ecmo_cart' in the room");
    }
}

}  // namespace
}  // namespace perfuse
