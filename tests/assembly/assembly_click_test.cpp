// The real app, pointed at and clicked: a CPB procedure starts with its parts on the trolley; clicking a
// part takes it, clicking its outline mounts it, clicking two ports joins them and a tube is drawn,
// Tab and Enter do the same from the keyboard, clicking a line clamps it, and an impossible joint is
// refused with a reason. Renders the result on the real driver (lavapipe in CI) with validation on.
#include <gtest/gtest.h>

#include "assembly_app.h"

namespace perfuse {
namespace {

using namespace perfuse::test;
using Kind = AssemblyTarget::Kind;

TEST(AssemblyClicks, TakeMountJoinAndClampByPointingAndByKeyboard) {
    App app;
    ASSERT_NE(app.r->procedure.run, nullptr) << app.r->procedure.error;
    ASSERT_NE(app.r->assembly.world, nullptr) << app.r->assembly.error;
    EXPECT_EQ(app.bench().state("reservoir").place, circuits::Place::trolley);
    EXPECT_EQ(app.r->room.find_interactable("venous_reservoir"), nullptr);  // the room's own copy stepped aside

    for (const char* id : {"reservoir", "pump_boot"}) {
        app.click(part(id));
        EXPECT_EQ(app.bench().state(id).place, circuits::Place::in_hand) << id;
        ASSERT_TRUE(app.has_target(mount(id))) << id;
        app.click(mount(id));
        EXPECT_EQ(app.bench().state(id).place, circuits::Place::mounted) << id << ": " << app.r->assembly.message;
    }

    const std::size_t draws_before = app.r->draws.size();
    app.click(port("reservoir", "out"));
    EXPECT_EQ(app.r->assembly.chosen, (PortKey{"reservoir", "out"}));
    app.click(port("pump_boot", "in"));
    EXPECT_TRUE(app.bench().joined("reservoir.out", "pump_boot.in")) << app.r->assembly.message;
    EXPECT_TRUE(app.r->assembly.chosen.empty());
    const AssemblyTarget joint{.kind = Kind::line, .line = "reservoir.out|pump_boot.in"};
    EXPECT_TRUE(app.has_target(joint));
    EXPECT_EQ(app.r->draws.size(), draws_before + 1);  // the tube

    // A blood port cannot take the gas supply: refused, with the reason shown.
    app.click(port("console", "gas_supply"));
    app.click(port("pump_boot", "out"));
    EXPECT_FALSE(app.bench().joined("console.gas_supply", "pump_boot.out"));
    EXPECT_TRUE(app.r->assembly.message_refused);
    EXPECT_FALSE(app.r->assembly.message.empty());
    // Keyboard: Tab to the venous line on the trolley, Enter takes it, then its free end goes to the
    // reservoir's inlet.
    for (int i = 0; i < 40 && !(app.r->assembly.focused == part("venous_line")); ++i) assembly_focus_next(app.r->assembly_host(), +1);
    ASSERT_EQ(app.r->assembly.focused, part("venous_line"));
    EXPECT_TRUE(assembly_activate(app.r->assembly_host()));
    app.frames(2);
    EXPECT_EQ(app.bench().state("venous_line").place, circuits::Place::in_hand);
    app.click(port("reservoir", "in"));
    EXPECT_TRUE(app.bench().joined("venous_line.out", "reservoir.in")) << app.r->assembly.message;
    const AssemblyTarget venous{.kind = Kind::line, .line = "venous_line"};
    ASSERT_TRUE(app.has_target(venous));

    app.click(venous);
    EXPECT_TRUE(app.bench().state("venous_line").clamped) << app.r->assembly.message;
    app.click(venous);
    EXPECT_FALSE(app.bench().state("venous_line").clamped);

    app.finish();
    EXPECT_EQ(app.log.problem_count(), 0) << ::testing::PrintToString(app.log.problems());
}

}  // namespace
}  // namespace perfuse
