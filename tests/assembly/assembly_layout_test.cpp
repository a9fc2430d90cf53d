// Assembly layout files: every room's file loads and names only real kit items and ports; broken files
// give one line naming the file and the field.
#include <fstream>

#include <gtest/gtest.h>

#include "app/assembly_layout.h"

namespace perfuse {
namespace {

const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;

std::string load_error(const std::string& json) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "perfuse_assembly_layout_test.json";
    std::ofstream(file) << json;
    try {
        load_assembly_layout(file);
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

TEST(AssemblyLayout, TheatreLoadsWithThePartsOfTheBypassCircuit) {
    const AssemblyLayout layout = load_assembly_layout(kAssets / "assembly" / "theatre.json");
    EXPECT_EQ(layout.scene, "theatre");
    EXPECT_EQ(layout.host, "heart_lung_machine");
    for (const char* id : {"reservoir", "oxygenator", "arterial_filter", "pump_boot", "venous_line", "arterial_line"})
        EXPECT_NE(layout.find_part(id), nullptr) << id;
    EXPECT_TRUE(layout.find_part("venous_line")->coil());
    EXPECT_FALSE(layout.find_part("pump_boot")->coil());  // a ring mounted in the pump
    ASSERT_NE(layout.find_port("reservoir", "out"), nullptr);
    ASSERT_NE(layout.find_port("patient", "ra"), nullptr);
    EXPECT_EQ(layout.find_port("reservoir", "gas_in"), nullptr);
    EXPECT_EQ(layout.label_of("patient"), "Patient");
    EXPECT_NEAR(glm::length(layout.find_port("oxygenator", "in")->direction), 1.0f, 1e-5f);
}

TEST(AssemblyLayout, AbsentRoomHasNoFile) {
    EXPECT_TRUE(assembly_layout_file(kAssets, "corridor", "cpb_adult").empty());
    EXPECT_FALSE(assembly_layout_file(kAssets, "theatre", "cpb_adult").empty());
}

TEST(AssemblyLayout, KitsAndPackModels) {
    const AssemblyLayout icu = load_assembly_layout(kAssets / "assembly" / "icu.json");
    EXPECT_TRUE(icu.lays_out("ecmo_dual_lumen"));
    EXPECT_FALSE(icu.lays_out("cpb_adult"));
    EXPECT_TRUE(load_assembly_layout(kAssets / "assembly" / "theatre.json").lays_out("anything"));  // no kits: any
    ASSERT_NE(icu.find_part("drainage_cannula"), nullptr);
    EXPECT_TRUE(icu.find_part("drainage_cannula")->coil());
    EXPECT_EQ(icu.find_part("drainage_cannula")->pack_model, "cannula_adult");
    EXPECT_EQ(icu.file, "icu.json");
    // A kit's layout keeps only its own parts, and every fixture.
    const AssemblyLayout va = layout_for_kit(icu, {"pump_head", "drainage_cannula", "patient", "console"});
    ASSERT_EQ(va.parts.size(), 2u);
    EXPECT_EQ(va.find_part("dual_lumen_drainage"), nullptr);
    EXPECT_EQ(va.fixtures.size(), icu.fixtures.size());
}

TEST(AssemblyLayout, BrokenFilesSayWhereInOneLine) {
    const std::string trolley = R"("trolley": {"model": "scrub_trolley", "position_m": [0, 0, 0]})";
    std::string e = load_error("{ \"scene\": \"theatre\"");
    EXPECT_NE(e.find("perfuse_assembly_layout_test.json"), std::string::npos) << e;
    e = load_error(R"({"scene": "theatre", "host": "hlm", )" + trolley + R"(, "parts": [{"id": "a", "label": "A"}]})");
    EXPECT_NE(e.find("parts[0].slot_m"), std::string::npos) << e;
    e = load_error(R"({"scene": "theatre", "host": "hlm", )" + trolley +
                   R"(, "parts": [{"id": "a", "label": "A", "model": "m", "slot_m": [0,0,0], "ports": [
                      {"id": "in", "label": "in", "position_m": [0,0,0]}, {"id": "in", "label": "again", "position_m": [0,0,0]}]}]})");
    EXPECT_NE(e.find("duplicate port 'in'"), std::string::npos) << e;
    e = load_error(R"({"scene": "theatre", "host": "hlm", )" + trolley +
                   R"(, "parts": [{"id": "a", "label": "A", "slot_m": [0,0,0]}, {"id": "a", "label": "B", "slot_m": [0,0,0]}]})");
    EXPECT_NE(e.find("duplicate part 'a'"), std::string::npos) << e;
    e = load_error(R"({"scene": "theatre", "host": "hlm", )" + trolley +
                   R"(, "parts": [{"id": "a", "label": "A", "model": "m", "pack_model": "p", "slot_m": [0,0,0], "ports": []}]})");
    EXPECT_NE(e.find("parts[0].pack_model"), std::string::npos) << e;
    EXPECT_EQ(e.find('\n'), std::string::npos) << e;
}

}  // namespace
}  // namespace perfuse
