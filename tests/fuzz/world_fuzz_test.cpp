// Scene, card and career files (assets/scenes, assets/cards, assets/career): mutated copies of the real
// files either load or throw WorldError with one line naming the file; no other exception, no crash,
// no input slower than the per-input limit.
#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <sstream>

#include "corpus.h"
#include "error_checks.h"
#include "mutator.h"
#include "world/career.h"
#include "world/cards.h"
#include "world/scene_loader.h"
#include "world/world_error.h"

namespace perfuse::fuzz {
namespace {

const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;

world::ModelCatalog catalog() {
    // The names the asset generator writes (no need to generate the models to check the scene files).
    world::ModelCatalog out;
    std::stringstream names(PERFUSE_MODEL_NAMES);
    for (std::string name; std::getline(names, name, ',');) out.insert(name);
    return out;
}

struct Tally {
    int inputs = 0, accepted = 0;
};

// Writes `text` to `file`, calls `load`, and checks the outcome; returns false (with a test failure)
// if the loader broke its promise.
bool check_load(const std::filesystem::path& file, const std::string& text, const std::function<void()>& load,
                Tally& tally, int index) {
    write_text(file, text);
    std::string error;
    bool other_exception = false;
    const auto took = time_of([&] {
        try {
            load();
        } catch (const world::WorldError& e) {
            error = e.what();
        } catch (const std::exception& e) {
            error = e.what();
            other_exception = true;
        }
    });
    ++tally.inputs;
    EXPECT_LE(took, kPerInputLimit) << file << " input " << index << " took " << took.count() << " ms";
    EXPECT_FALSE(other_exception) << file << " input " << index << ": not a WorldError: " << error;
    if (error.empty()) {
        ++tally.accepted;
        return took <= kPerInputLimit;
    }
    const std::string reason = bad_error_reason(error, file.filename().string());
    EXPECT_EQ(reason, "") << "input " << index;
    return reason.empty() && !other_exception && took <= kPerInputLimit;
}

TEST(WorldFuzz, SceneFilesLoadOrGiveOneLineWorldError) {
    const auto models = catalog();
    const auto dir = scratch_dir("scenes");
    const auto seeds = files_in(kAssets / "scenes", ".json");
    ASSERT_GE(seeds.size(), 3u);
    std::vector<std::string> texts;
    for (const auto& s : seeds) texts.push_back(read_text(s));
    Rng rng(0x5ce4e);
    Tally tally;
    for (int i = 0; i < 600; ++i) {
        const size_t k = static_cast<size_t>(i) % seeds.size();
        const auto file = dir / seeds[k].filename();
        if (!check_load(file, mutate(texts[k], rng), [&] { world::load_scene(file, models); }, tally, i)) break;
    }
    std::filesystem::remove_all(dir);
    std::cout << "scenes: " << tally.inputs << " inputs fuzzed, " << tally.accepted << " accepted\n";
    EXPECT_GT(tally.accepted, 20);
    EXPECT_GT(tally.inputs - tally.accepted, 300);
}

TEST(WorldFuzz, CardFilesLoadOrGiveOneLineWorldError) {
    const auto dir = scratch_dir("cards");
    const std::string items = read_text(kAssets / "cards/items.json");
    const std::string people = read_text(kAssets / "cards/people.json");
    Rng rng(0xca4d5);
    Tally tally;
    for (int i = 0; i < 600; ++i) {
        // Damage one of the two files; the other stays as shipped.
        const bool items_broken = i % 2 == 0;
        write_text(dir / (items_broken ? "people.json" : "items.json"), items_broken ? people : items);
        const auto file = dir / (items_broken ? "items.json" : "people.json");
        const auto load = [&] { world::load_cards(dir / "items.json", dir / "people.json"); };
        if (!check_load(file, mutate(items_broken ? items : people, rng), load, tally, i)) break;
    }
    std::filesystem::remove_all(dir);
    std::cout << "cards: " << tally.inputs << " inputs fuzzed, " << tally.accepted << " accepted\n";
    EXPECT_GT(tally.accepted, 20);
    EXPECT_GT(tally.inputs - tally.accepted, 300);
}

TEST(WorldFuzz, CareerFileLoadsOrGivesOneLineWorldError) {
    const auto dir = scratch_dir("career");
    const std::string career = read_text(kAssets / "career/career.json");
    Rng rng(0xca7ee7);
    Tally tally;
    for (int i = 0; i < 600; ++i) {
        const auto file = dir / "career.json";
        if (!check_load(file, mutate(career, rng), [&] { world::load_career(file); }, tally, i)) break;
    }
    std::filesystem::remove_all(dir);
    std::cout << "career: " << tally.inputs << " inputs fuzzed, " << tally.accepted << " accepted\n";
    EXPECT_GT(tally.accepted, 20);
    EXPECT_GT(tally.inputs - tally.accepted, 300);
}

}  // namespace
}  // namespace perfuse::fuzz
