// Procedure, kit and script files are outside input: mutated copies of the shipped ones either load or
// give one line naming the file, in bounded time; a procedure that loads also runs without harm.
#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

#include "corpus.h"
#include "error_checks.h"
#include "mutator.h"
#include "procedure_loader.h"
#include "live_circuit.h"
#include "procedure_run.h"

namespace perfuse::fuzz {
namespace {

const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;

template <class Parse>
void fuzz_files(const std::vector<std::filesystem::path>& seeds, uint64_t seed, int count, const char* what,
                Parse&& parse) {
    ASSERT_FALSE(seeds.empty());
    std::vector<std::string> texts;
    for (const auto& s : seeds) texts.push_back(read_text(s));
    Rng rng(seed);
    int accepted = 0;
    for (int i = 0; i < count; ++i) {
        const std::string text = mutate(texts[static_cast<size_t>(i) % texts.size()], rng);
        std::string error;
        const auto took = time_of([&] { error = parse(text, "fuzz_case.json"); });
        ASSERT_LE(took, kPerInputLimit) << what << " input " << i << " took " << took.count() << " ms";
        if (error.empty()) {
            ++accepted;
            continue;
        }
        ASSERT_EQ(bad_error_reason(error, "fuzz_case.json"), "") << what << " input " << i << ": " << error;
    }
    std::cout << what << ": " << count << " inputs fuzzed, " << accepted << " accepted\n";
    EXPECT_GT(accepted, count / 50);
    EXPECT_GT(count - accepted, count / 2);
}

TEST(ProcedureFuzz, ProceduresLoadOrGiveOneLineAndRunWhenTheyLoad) {
    const procedures::KitLoad kit = procedures::load_kit(procedures::kit_path(PERFUSE_ASSETS_DIR, "cpb_adult"));
    ASSERT_TRUE(kit.error.empty()) << kit.error;
    auto seeds = files_in(kAssets / "procedures", ".json");
    std::erase_if(seeds, [](const auto& p) { return p.filename() == "choices.json"; });
    fuzz_files(seeds, 0x9e0c, 300, "procedures", [&](const std::string& t, const std::string& f) {
        procedures::ProcedureLoad p = procedures::parse_procedure(t, f);
        if (p.error.empty()) {
            // What loads must also run: a few autoplay steps against the CPB kit (mismatched ids are refused).
            procedures::ProcedureRun run(p.procedure, kit.kit, procedures::Style::autoplay);
            for (int k = 0; k < 20; ++k) run.update(1.0);
        }
        return p.error;
    });
}

TEST(ProcedureFuzz, KitsLoadOrGiveOneLine) {
  fuzz_files(files_in(kAssets / "procedures/kits", ".json"), 0x417, 300, "kits", [](const std::string& t, const std::string& f) {
                   procedures::KitLoad k = procedures::parse_kit(t, f);
                   if (k.error.empty()) {
                       // What loads must also build and run: every item taken or mounted, neighbouring ports joined.
                       circuits::Workbench b(k.kit, phys::PatientSpec{}, phys::CircuitOptions{});
                       std::vector<std::string> ports;
                       for (const auto& item : k.kit.items) {
                           if (!item.mounts.empty()) b.mount(item.id, item.mounts.front());
                           b.take(item.id);
                           for (const auto& port : item.ports) ports.push_back(item.id + "." + port.id);
                       }
                       for (size_t i = 1; i < ports.size(); i += 2) b.connect(ports[i - 1], ports[i]);
                       b.prime();
                       circuits::LiveCircuit live(std::move(b));
                       live.bench().set("pump_on", 1);
                       live.bench().set("pump_flow_l_min", 4);
                       live.advance(2.0);
                       EXPECT_TRUE(std::isfinite(live.snapshot().map_mmHg));
                   }
                   return k.error;
               });
}

TEST(ProcedureFuzz, ScriptsLoadOrGiveOneLine) {
    fuzz_files(files_in(std::filesystem::path(PERFUSE_SCRIPTS_DIR), ".json"), 0x5c41, 300, "scripts",
               [](const std::string& t, const std::string& f) { return procedures::parse_script(t, f).error; });
}

TEST(ProcedureFuzz, DeeplyNestedTestsAreRefusedNotRecursedInto) {
    std::string deep = R"({"primed": true})";
    for (int i = 0; i < 5000; ++i) deep = R"({"not": )" + deep + "}";
    const std::string text = R"({"actions": [{"do": "expect", "condition": )" + deep + "}]}";
    const procedures::ScriptLoad s = procedures::parse_script(text, "deep.json");
    EXPECT_NE(s.error.find("nested more than 16 deep"), std::string::npos) << s.error.substr(0, 200);
    EXPECT_EQ(bad_error_reason(s.error, "deep.json"), "");
}

}  // namespace
}  // namespace perfuse::fuzz
