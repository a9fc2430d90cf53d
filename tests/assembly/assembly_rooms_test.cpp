// The hands-on assembly in the ICU (adult ECMO cart, paediatric cot) and the limb perfusion room, in
// the real app with real picking: the kit's parts wait on the parts trolley (and only that kit's), the
// room's own copies step aside, a part is taken and mounted by clicking it and its outline, two ports
// are joined by clicking them, a tubing pack is taken from the keyboard (Tab, Enter) and its free end
// joined by a click, a line is clamped by clicking it, and the trolley blocks walking. Validation on.
#include <gtest/gtest.h>

#include "assembly_app.h"
#include "scene/collision.h"

namespace perfuse {
namespace {

using namespace perfuse::test;

struct RoomCase {
    AppChoice app;
    std::string hidden_item;        // a room item the loose parts stand in for
    std::string absent_part;        // a part of the room's layout that this kit does not have ("": none)
    std::string first, second;      // mounted in turn
    PortKey from, to;               // joined by two clicks
    std::string line;               // taken with Tab / Enter, its free end joined to line_to
    PortKey line_to;
    std::string joined_end;         // the end of the line that must now be joined to line_to
};

class AssemblyRooms : public ::testing::TestWithParam<RoomCase> {};

TEST_P(AssemblyRooms, TakeMountJoinAndClampByPointingAndByKeyboard) {
    const RoomCase& c = GetParam();
    App app(c.app);
    ASSERT_NE(app.r->procedure.run, nullptr) << app.r->procedure.error;
    ASSERT_NE(app.r->assembly.world, nullptr) << app.r->assembly.error;
    const AssemblyLayout& layout = app.r->assembly.world->layout();
    const NodeId hidden = find_node_by_name(app.r->room.scene, c.hidden_item);
    ASSERT_NE(hidden, kNoNode) << c.hidden_item;
    EXPECT_FALSE(app.r->room.scene.nodes[hidden].visible) << c.hidden_item;
    if (!c.absent_part.empty()) {
        EXPECT_EQ(layout.find_part(c.absent_part), nullptr) << c.absent_part;
    }
    for (const PartLayout& p : layout.parts) EXPECT_TRUE(app.has_target(part(p.id))) << p.id << " is not on the trolley";

    // The trolley stands in the walker's way.
    const glm::vec3 trolley = layout.trolley.position_m;
    EXPECT_TRUE(circle_blocked({trolley.x, trolley.z}, 0.2f, app.r->room.obstacles));

    for (const std::string& id : {c.first, c.second}) {
        app.click(part(id));
        EXPECT_EQ(app.bench().state(id).place, circuits::Place::in_hand) << id;
        ASSERT_TRUE(app.has_target(mount(id))) << id;
        app.click(mount(id));
        EXPECT_EQ(app.bench().state(id).place, circuits::Place::mounted) << id << ": " << app.r->assembly.message;
    }
    app.click(port(c.from.part, c.from.port));
    EXPECT_EQ(app.r->assembly.chosen, c.from);
    app.click(port(c.to.part, c.to.port));
    const std::string a = c.from.part + "." + c.from.port, b = c.to.part + "." + c.to.port;
    EXPECT_TRUE(app.bench().joined(a, b)) << app.r->assembly.message;
    EXPECT_TRUE(app.has_target({.kind = Kind::line, .line = a + "|" + b}));

    for (int i = 0; i < 60 && !(app.r->assembly.focused == part(c.line)); ++i) assembly_focus_next(app.r->assembly_host(), +1);
    ASSERT_EQ(app.r->assembly.focused, part(c.line));
    EXPECT_TRUE(assembly_activate(app.r->assembly_host()));
    app.frames(2);
    EXPECT_EQ(app.bench().state(c.line).place, circuits::Place::in_hand);
    app.click(port(c.line_to.part, c.line_to.port));
    EXPECT_TRUE(app.bench().joined(c.line + "." + c.joined_end, c.line_to.part + "." + c.line_to.port)) << app.r->assembly.message;
    const AssemblyTarget line{.kind = Kind::line, .line = c.line};
    ASSERT_TRUE(app.has_target(line));
    app.click(line);
    EXPECT_TRUE(app.bench().state(c.line).clamped) << app.r->assembly.message;

    app.finish();
    EXPECT_EQ(app.log.problem_count(), 0) << ::testing::PrintToString(app.log.problems());
}

INSTANTIATE_TEST_SUITE_P(
    Rooms, AssemblyRooms,
    ::testing::Values(
        RoomCase{{"icu", "ecmo_assembly", "va_ecmo_femoral"}, "ecmo_oxygenator", "dual_lumen_drainage", "pump_head", "oxygenator",
                 {"pump_head", "out"}, {"oxygenator", "in"}, "venous_line", {"pump_head", "in"}, "out"},
        RoomCase{{"icu", "paediatric_assembly", "paediatric_ecmo"}, "paediatric_oxygenator", "", "pump_head", "oxygenator",
                 {"pump_head", "out"}, {"oxygenator", "in"}, "venous_line", {"pump_head", "in"}, "out"},
        RoomCase{{"ilp", "limb_assembly", "ilp"}, "ilp_reservoir", "", "reservoir", "pump_boot",
                 {"reservoir", "out"}, {"pump_boot", "in"}, "venous_line", {"reservoir", "in"}, "out"}),
    [](const auto& info) { return info.param.app.procedure; });

}  // namespace
}  // namespace perfuse
