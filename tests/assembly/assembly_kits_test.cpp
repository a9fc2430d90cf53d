// Every assembly layout against the kits it lays out and the models it uses: its parts and fixtures
// are the kit's items with the kit's port ids (what the procedures join), every loose item of each kit
// has a place on the trolley, and a mounted part's ports sit on its generated model. Then each ECMO
// and limb perfusion procedure played by autoplay: the 3D room shows the running circuit, every part
// mounted or laid and blood in the lines. CPU only.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/assembly_bridge.h"
#include "app/assembly_world.h"
#include "app/world_room.h"
#include "procedure_loader.h"
#include "procedure_run.h"
#include "scene/gltf_loader.h"
#include "world/model_catalog.h"

namespace perfuse {
namespace {

const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;
const std::filesystem::path kModels = PERFUSE_MODEL_DIR;

struct LayoutCase {
    std::string scene;
    std::string kit;
};

const std::vector<LayoutCase> kCases = {
    {"theatre", "cpb_adult"}, {"icu", "ecmo_adult"}, {"icu", "ecmo_dual_lumen"}, {"icu", "ecmo_paediatric"}, {"ilp", "ilp"}};

circuits::Kit kit_named(const std::string& id) {
    procedures::KitLoad load = procedures::load_kit((kAssets / "procedures" / "kits" / (id + ".json")).string());
    EXPECT_TRUE(load.error.empty()) << load.error;
    return load.kit;
}

AssemblyLayout layout_for(const LayoutCase& c) {
    const std::filesystem::path file = assembly_layout_file(kAssets, c.scene, c.kit);
    EXPECT_FALSE(file.empty()) << c.scene << " " << c.kit;
    return load_assembly_layout(file);
}

TEST(AssemblyKits, EachKitHasItsOwnLayoutInItsRoom) {
    EXPECT_EQ(assembly_layout_file(kAssets, "icu", "ecmo_paediatric").filename(), "icu_ecmo_paediatric.json");
    EXPECT_EQ(assembly_layout_file(kAssets, "icu", "ecmo_adult").filename(), "icu.json");
    EXPECT_EQ(assembly_layout_file(kAssets, "icu", "ecmo_dual_lumen").filename(), "icu.json");
    EXPECT_EQ(assembly_layout_file(kAssets, "ilp", "ilp").filename(), "ilp.json");
    for (const LayoutCase& c : kCases) {
        const AssemblyLayout layout = layout_for(c);
        EXPECT_EQ(layout.scene, c.scene);
        EXPECT_TRUE(layout.lays_out(c.kit)) << c.kit;
        EXPECT_EQ(kit_named(c.kit).scene, c.scene) << c.kit;
    }
    EXPECT_FALSE(load_assembly_layout(kAssets / "assembly" / "icu.json").lays_out("ecmo_paediatric"));
}

TEST(AssemblyKits, PartsAndPortsAreTheKitsItems) {
    for (const LayoutCase& c : kCases) {
        const circuits::Kit kit = kit_named(c.kit);
        std::vector<std::string> ids;
        for (const circuits::ItemSpec& item : kit.items) ids.push_back(item.id);
        const AssemblyLayout layout = layout_for_kit(layout_for(c), ids);
        const auto check_ports = [&](const std::string& id, const std::vector<PortLayout>& ports) {
            const circuits::ItemSpec* item = kit.item(id);
            ASSERT_NE(item, nullptr) << c.kit << ": " << id;
            for (const PortLayout& port : ports) EXPECT_NE(item->port(port.id), nullptr) << c.kit << ": " << id << "." << port.id;
        };
        for (const PartLayout& part : layout.parts) check_ports(part.id, part.ports);
        for (const FixtureLayout& fixture : layout.fixtures) {
            check_ports(fixture.id, fixture.ports);
            EXPECT_TRUE(kit.item(fixture.id)->fixed) << c.kit << ": " << fixture.id;
        }
        for (const circuits::ItemSpec& item : kit.items) {
            if (item.fixed) {
                // Every site and supply of a fixed item has a marker to join it by.
                for (const circuits::PortSpec& port : item.ports)
                    EXPECT_NE(layout.find_port(item.id, port.id), nullptr) << c.kit << ": " << item.id << "." << port.id;
                continue;
            }
            const PartLayout* part = layout.find_part(item.id);
            ASSERT_NE(part, nullptr) << c.kit << ": no place for " << item.id;
            EXPECT_EQ(part->coil(), item.mounts.empty()) << c.kit << ": " << item.id << " mounts iff it has a model or ring";
        }
    }
}

TEST(AssemblyKits, MountedPortsSitOnTheirModels) {
    for (const LayoutCase& c : kCases) {
        for (const PartLayout& part : layout_for(c).parts) {
            if (part.model.empty()) continue;
            LoadResult loaded = load_gltf(world::model_file(kModels, part.model));
            ASSERT_TRUE(loaded.ok()) << loaded.error;
            update_world_transforms(loaded.scene);
            const Bounds bounds = scene_bounds(loaded.scene);
            for (const PortLayout& port : part.ports) {
                const glm::vec3 outside = glm::max(glm::max(bounds.min - port.position_m, port.position_m - bounds.max), glm::vec3(0));
                EXPECT_LT(glm::length(outside), 0.02f) << c.scene << ": " << part.id << "." << port.id << " is off its model";
            }
        }
    }
}

// Autoplay runs PROCEDURE until its step UNTIL is done; the 3D assembly of its room then follows the
// workbench.
struct Played {
    std::unique_ptr<procedures::ProcedureRun> run;
    AssemblyLayout layout;
};

Played play(const std::string& procedure, const std::string& until) {
    procedures::RunLoad load = procedures::start_procedure(kAssets.string(), procedure, procedures::Style::autoplay);
    EXPECT_TRUE(load.run) << load.error;
    if (!load.run) return {};
    procedures::ProcedureRun& run = *load.run;
    const auto done = [&] { return run.steps().step_done(until); };
    for (int i = 0; i < 20000 && !done(); ++i) run.update(0.25);
    EXPECT_TRUE(done()) << procedure << ": autoplay did not reach " << until;
    for (int i = 0; i < 120; ++i) run.update(0.25);  // half a minute of running
    std::vector<std::string> ids;
    for (const circuits::ItemSpec& item : run.bench().kit().items) ids.push_back(item.id);
    const circuits::Kit& kit = run.bench().kit();
    AssemblyLayout layout = layout_for_kit(load_assembly_layout(assembly_layout_file(kAssets, kit.scene, kit.id)), ids);
    return {std::move(load.run), std::move(layout)};
}

struct AutoplayCase {
    std::string procedure;
    std::string scene;
    std::vector<std::string> mounted;
    std::vector<std::string> laid;
};

class AssemblyAutoplay : public ::testing::TestWithParam<AutoplayCase> {};

TEST_P(AssemblyAutoplay, ReachesTheRunningCircuitWithItsPartsInPlace) {
    const AutoplayCase& c = GetParam();
    Played played = play(c.procedure, "start");
    ASSERT_TRUE(played.run);
    const Room room = build_world_room({.scene_file = kAssets / "scenes" / (c.scene + ".json"), .models_dir = kModels,
                                        .cards_dir = kAssets / "cards"});
    AssemblyWorld world(played.layout, room, kModels);
    const AssemblyState state = read_assembly_state(*played.run, played.layout, {});
    for (int i = 0; i < 60; ++i) world.sync(state, 1.0f / 60.0f);
    for (const std::string& id : c.mounted) {
        ASSERT_NE(state.find_part(id), nullptr) << id;
        EXPECT_EQ(state.find_part(id)->place, PartPlace::mounted) << id;
    }
    std::map<std::string, LineView> lines;
    for (const LineView& line : state.lines) lines[line.id] = line;
    for (const std::string& id : c.laid) {
        ASSERT_NE(state.find_part(id), nullptr) << id;
        EXPECT_EQ(state.find_part(id)->place, PartPlace::laid) << id;
        ASSERT_TRUE(lines.count(id)) << id << " is not drawn";
        EXPECT_FALSE(lines[id].a.empty() || lines[id].b.empty()) << id << " has a loose end";
        EXPECT_FALSE(lines[id].clamped) << id;
        EXPECT_NE(std::find(world.targets().begin(), world.targets().end(), AssemblyTarget{.kind = AssemblyTarget::Kind::line, .line = id}),
                  world.targets().end()) << id;
    }
    // Blood runs: dark in the line from the patient, bright in the line back.
    const LineView& from = lines["venous_line"];
    const LineView& back = lines["arterial_line"];
    EXPECT_EQ(from.fluid.content, LineContent::blood);
    EXPECT_EQ(back.fluid.content, LineContent::blood);
    EXPECT_GT(back.fluid.saturation, from.fluid.saturation + 0.05) << c.procedure;
    EXPECT_FALSE(world.animating());
}

INSTANTIATE_TEST_SUITE_P(
    Rooms, AssemblyAutoplay,
    ::testing::Values(
        AutoplayCase{"va_ecmo_femoral", "icu", {"pump_head", "oxygenator"},
                     {"venous_line", "arterial_line", "drainage_cannula", "return_cannula", "gas_line", "water_line_in", "water_line_out"}},
        AutoplayCase{"vv_ecmo_dual_lumen", "icu", {"pump_head", "oxygenator"},
                     {"venous_line", "arterial_line", "dual_lumen_drainage", "dual_lumen_return", "gas_line"}},
        AutoplayCase{"paediatric_ecmo", "icu", {"pump_head", "oxygenator"},
                     {"venous_line", "arterial_line", "drainage_cannula", "return_cannula", "gas_line", "water_line_in"}},
        AutoplayCase{"ilp", "ilp", {"reservoir", "pump_boot", "oxygenator"},
                     {"venous_line", "arterial_line", "venous_cannula", "arterial_cannula", "gas_line", "water_line_out"}}),
    [](const auto& info) { return info.param.procedure; });

}  // namespace
}  // namespace perfuse
