// The parser bugs the corpus fuzzing found, each pinned by the smallest input that showed it.
#include <gtest/gtest.h>

#include <functional>

#include "corpus.h"
#include "error_checks.h"
#include "scene/gltf_loader.h"
#include "world/career.h"
#include "world/cards.h"
#include "world/world_error.h"

namespace perfuse::fuzz {
namespace {

std::string world_error_of(const std::function<void()>& load) {
    try {
        load();
    } catch (const world::WorldError& e) {
        return e.what();
    }
    return "(no WorldError)";
}

// A number too big for a double is nlohmann's out_of_range, not a parse_error: it escaped the world
// loader as a bare exception without the file name.
TEST(ParserRegressions, WorldFilesWithAnOverflowingNumberGiveAWorldError) {
    const auto dir = scratch_dir("regression_world");
    write_text(dir / "career.json", "{\"id\": 1e999}");
    EXPECT_EQ(bad_error_reason(world_error_of([&] { world::load_career(dir / "career.json"); }), "career.json"), "");
    write_text(dir / "items.json", "[{\"id\": -1e999}]");
    write_text(dir / "people.json", "[]");
    EXPECT_EQ(bad_error_reason(world_error_of([&] { world::load_cards(dir / "items.json", dir / "people.json"); }),
                               "items.json"), "");
    std::filesystem::remove_all(dir);
}

// The same out_of_range escaped load_gltf's JSON pre-check.
TEST(ParserRegressions, GltfWithAnOverflowingNumberGivesOneLine) {
    const auto dir = scratch_dir("regression_gltf_number");
    write_text(dir / "big.gltf", "{\"asset\": {\"version\": \"2.0\"}, \"scene\": 1e999}");
    const LoadResult r = load_gltf(dir / "big.gltf");
    EXPECT_EQ(bad_error_reason(r.error, "big.gltf"), "");
    std::filesystem::remove_all(dir);
}

// Deeply nested JSON (here in a node's extras) overflowed Assimp's recursive parser and crashed the
// process; the pre-check now refuses it with one line.
TEST(ParserRegressions, DeeplyNestedGltfIsRefusedNotACrash) {
    const auto dir = scratch_dir("regression_gltf_deep");
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += '[';
    for (int i = 0; i < 100000; ++i) deep += ']';
    write_text(dir / "deep.gltf", "{\"asset\": {\"version\": \"2.0\"}, \"nodes\": [{\"extras\": " + deep + "}]}");
    const LoadResult r = load_gltf(dir / "deep.gltf");
    EXPECT_EQ(bad_error_reason(r.error, "deep.gltf"), "");
    EXPECT_NE(r.error.find("nested"), std::string::npos) << r.error;
    std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace perfuse::fuzz
