// The scripted controllers' file (PERFUSE_TEST_VR_SCRIPT): a good file reads as written; a broken one
// fails with one line naming the file, the step and what is wrong.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "app/vr_assembly_script.h"

namespace perfuse {
namespace {

std::filesystem::path write(const std::string& name, const std::string& text) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / ("perfuse_vr_script_" + name + ".json");
    std::ofstream(file) << text;
    return file;
}

std::string error_of(const std::string& name, const std::string& text) {
    const std::filesystem::path file = write(name, text);
    try {
        load_vr_assembly_script(file);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "no error";
}

TEST(VrAssemblyScript, ReadsHandsButtonsTargetsAndMenuPresses) {
    const VrAssemblyScript script = load_vr_assembly_script(write("good", R"({"steps": [
        {"frame": 2, "menu": "procedure=cpb"},
        {"frame": 5, "hand": "right", "aim_at": "port:reservoir.out", "trigger": true},
        {"frame": 6, "hand": "left", "from": [0, 1, 0], "toward": [0, 1, -1], "grip": false}]})"));
    ASSERT_EQ(script.steps.size(), 3u);
    EXPECT_EQ(script.steps[0].menu, "procedure=cpb");
    EXPECT_EQ(script.steps[1].hand, int(Hand::right));
    ASSERT_TRUE(script.steps[1].aim_at.has_value());
    EXPECT_EQ(*script.steps[1].aim_at,
              (AssemblyTarget{.kind = AssemblyTarget::Kind::port, .part = "reservoir", .port = "out"}));
    EXPECT_EQ(script.steps[1].trigger, std::optional<bool>(true));
    EXPECT_EQ(script.steps[2].hand, int(Hand::left));
    ASSERT_TRUE(script.steps[2].from_toward.has_value());
    EXPECT_EQ(script.steps[2].from_toward->second, glm::vec3(0, 1, -1));
    EXPECT_EQ(script.steps[2].grip, std::optional<bool>(false));
}

TEST(VrAssemblyScript, BrokenFilesSayWhereInOneLine) {
    const std::string dir = std::filesystem::temp_directory_path().string() + "/perfuse_vr_script_";
    EXPECT_EQ(error_of("not_json", "{"), dir + "not_json.json: not valid JSON");
    EXPECT_EQ(error_of("no_steps", "{}"), dir + "no_steps.json: 'steps' must be a non-empty list");
    EXPECT_EQ(error_of("bad_target", R"({"steps": [{"frame": 1, "hand": "right", "aim_at": "port:reservoir"}]})"),
              dir + "bad_target.json: steps[0]: 'aim_at' must be part:ID, mount:ID, port:ID.PORT or line:ID");
    EXPECT_EQ(error_of("no_hand", R"({"steps": [{"frame": 1, "grip": true}]})"),
              dir + "no_hand.json: steps[0]: says what a hand does but not which ('hand')");
    EXPECT_EQ(error_of("order", R"({"steps": [{"frame": 4, "menu": "stop"}, {"frame": 2, "menu": "stop"}]})"),
              dir + "order.json: steps[1]: 'frame' comes before the step above");
    EXPECT_EQ(error_of("point", R"({"steps": [{"frame": 1, "hand": "left", "from": [0, 1], "toward": [0, 0, 0]}]})"),
              dir + "point.json: steps[0]: 'from' must be [x, y, z] in metres");
    EXPECT_EQ(error_of("flag", R"({"steps": [{"frame": 1, "hand": "left", "grip": 1}]})"),
              dir + "flag.json: steps[0]: 'grip' must be true or false");
}

}  // namespace
}  // namespace perfuse
