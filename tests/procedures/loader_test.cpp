// Procedure, kit and script files: every shipped file loads, and broken files give one line naming the
// file, the step and the field.
#include <gtest/gtest.h>

#include "procedure_loader.h"
#include "procedure_run.h"

namespace perfuse::procedures {
namespace {

TEST(Loader, EveryShippedProcedureAndKitLoadsAndStarts) {
    const auto ids = procedure_ids(PERFUSE_ASSETS_DIR);
    ASSERT_FALSE(ids.empty());
    for (const auto& id : ids) {
        RunLoad run = start_procedure(PERFUSE_ASSETS_DIR, id, Style::guided);
        EXPECT_TRUE(run.error.empty()) << run.error;
        if (run.run) {
            EXPECT_EQ(run.run->procedure().id, id);
        }
    }
    for (const auto& id : kit_ids(PERFUSE_ASSETS_DIR)) {
        KitLoad k = load_kit(kit_path(PERFUSE_ASSETS_DIR, id));
        EXPECT_TRUE(k.error.empty()) << k.error;
    }
}

// A small valid procedure to break one field at a time.
std::string procedure_text(const std::string& step_b) {
    return R"({"id": "p", "title": "T", "summary": "S", "kit": "cpb_adult", "sources": "none",
    "patient": {"weight_kg": 70}, "circuit": {"type": "cpb"},
    "steps": [
      {"id": "a", "title": "A", "instruction": "I", "why": "W", "done": {"primed": true}, "autoplay": [{"do": "prime"}]},
      )" + step_b + "]}";
}
const std::string kGoodStepB =
    R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"value": "map_mmHg", "min": 60}, "autoplay": []})";

TEST(Loader, AValidFileParses) {
    ProcedureLoad p = parse_procedure(procedure_text(kGoodStepB), "p.json");
    ASSERT_TRUE(p.error.empty()) << p.error;
    ASSERT_EQ(p.procedure.steps.size(), 2u);
    EXPECT_EQ(p.procedure.steps[1].done.kind, ConditionKind::value);
    EXPECT_EQ(p.procedure.steps[1].done.min, 60.0);
}

struct BadCase {
    const char* name;
    std::string step_b;
    const char* error;
};

class BadProcedure : public ::testing::TestWithParam<BadCase> {};

TEST_P(BadProcedure, NamesTheFileStepAndField) {
    ProcedureLoad p = parse_procedure(procedure_text(GetParam().step_b), "broken.json");
    EXPECT_EQ(p.error, GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, BadProcedure,
    ::testing::Values(
        BadCase{"missing_why", R"({"id": "b", "title": "B", "instruction": "I", "done": {"primed": true}, "autoplay": []})",
                "broken.json: steps[1] (\"b\").why: missing"},
        BadCase{"unknown_value", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"value": "mapp"}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").done.value: unknown value name \"mapp\""},
    BadCase{"no_test", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"min": 3}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").done: names no test (mounted, joined, linked, clamped, unclamped, primed, "
            "air_free, de_aired, setting, value, returns_to_patient, drains_patient, step_done, all, any, not)"},
    BadCase{"bad_action", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"primed": true}, "autoplay": [{"do": "juggle"}]})",
            "broken.json: steps[1] (\"b\").autoplay[0].do: unknown action \"juggle\" (take, put_back, mount, unmount, "
            "connect, disconnect, clamp, unclamp, set, prime, de_air, wait, wait_until, expect)"},
    BadCase{"bad_control", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"primed": true}, "autoplay": [{"do": "set", "key": "flux", "value": 1}]})",
            "broken.json: steps[1] (\"b\").autoplay[0].key: unknown control \"flux\""},
    BadCase{"text_number", R"({"id": "b", "title": 7, "instruction": "I", "why": "W", "done": {"primed": true}, "autoplay": []})",
                "broken.json: steps[1] (\"b\").title: expected text"},
        BadCase{"duplicate_id", R"({"id": "a", "title": "B", "instruction": "I", "why": "W", "done": {"primed": true}, "autoplay": []})",
            "broken.json: steps[1] (\"a\").id: another step has this id"},
    BadCase{"bad_after", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "after": ["zz"], "done": {"primed": true}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").after: no step is called \"zz\""},
    BadCase{"two_tests", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"primed": true, "air_free": true}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").done: has both \"primed\" and \"air_free\"; use \"all\" to combine"},
    BadCase{"unknown_fault", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "faults": ["gremlins"], "done": {"primed": true}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").faults: unknown fault \"gremlins\""},
    BadCase{"flag_not_bool", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"primed": "yes"}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").done.primed: expected true or false"},
    BadCase{"empty_name", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"mounted": ""}, "autoplay": []})",
                "broken.json: steps[1] (\"b\").done.mounted: expected a name"},
        BadCase{"done_not_object", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": "primed", "autoplay": []})",
                "broken.json: steps[1] (\"b\").done: expected an object such as {\"mounted\": \"reservoir\"}"},
        BadCase{"for_s_negative", R"({"id": "b", "title": "B", "instruction": "I", "why": "W", "done": {"primed": true, "for_s": -2}, "autoplay": []})",
            "broken.json: steps[1] (\"b\").done.for_s: expected a number from 0 to 86400"}),
    [](const auto& info) { return std::string(info.param.name); });

// The procedure's own checks read like the shared reader's ("expected ..."), as bad scene files do.
TEST(Loader, PatientAndCircuitChoicesSayWhatIsExpected) {
    std::string text = procedure_text(kGoodStepB);
    const auto replaced = [&](const std::string& from, const std::string& to) {
        std::string t = text;
        t.replace(t.find(from), from.size(), to);
        return parse_procedure(t, "broken.json").error;
    };
    EXPECT_EQ(replaced(R"("weight_kg": 70)", R"("weight_kg": 70, "lungs": "wet")"), "broken.json: patient.lungs: expected normal or ards");
    EXPECT_EQ(replaced(R"("weight_kg": 70)", R"("weight_kg": 70, "heart": "weak")"), "broken.json: patient.heart: expected normal or failing");
    EXPECT_EQ(replaced(R"({"type": "cpb"})", R"({"type": "ecmo"})"), "broken.json: circuit.type: expected cpb, va_ecmo, vv_ecmo or ilp");
}

TEST(Loader, BrokenJsonGivesTheLineAndColumn) {
    ProcedureLoad p = parse_procedure("{\n  \"id\": \"p\",\n  \"title\": }", "syntax.json");
    EXPECT_EQ(p.error, "syntax.json: not valid JSON (line 3, column 12)");
}

TEST(Loader, LearnChoicesNameProceduresThatExist) {
    std::string error;
    EXPECT_EQ(procedure_for_choice(PERFUSE_ASSETS_DIR, "va-ecmo", "neonate", error), "paediatric_ecmo");
    EXPECT_TRUE(error.empty()) << error;
    EXPECT_EQ(procedure_for_choice(PERFUSE_ASSETS_DIR, "cpb", "child", error), "");
    EXPECT_EQ(error, "choices.json: no procedure for \"cpb\" with a patient aged \"child\" yet");
    for (const char* choice : {"cpb", "va-ecmo", "vv-ecmo", "ilp"}) {
        error.clear();
        const std::string id = procedure_for_choice(PERFUSE_ASSETS_DIR, choice, "adult", error);
        ASSERT_FALSE(id.empty()) << error;
        RunLoad run = start_procedure(PERFUSE_ASSETS_DIR, id, Style::guided, {phys::HeartState::failing, std::nullopt});
        EXPECT_TRUE(run.error.empty()) << run.error;
        if (run.run) {
            EXPECT_EQ(run.run->bench().patient().heart, phys::HeartState::failing);
        }
    }
}

TEST(Loader, AMissingFileIsOneLine) {
    ProcedureLoad p = load_procedure("/nonexistent/cpb.json");
    EXPECT_EQ(p.error, "/nonexistent/cpb.json: cannot be read (missing file?)");
    RunLoad run = start_procedure(PERFUSE_ASSETS_DIR, "no_such_procedure", Style::guided);
    EXPECT_NE(run.error.find("no_such_procedure.json: cannot be read"), std::string::npos) << run.error;
}

TEST(Loader, AKitItemNamingAPartTheCircuitLacksIsReported) {
    KitLoad k = parse_kit(R"({"id": "k", "name": "K", "scene": "theatre", "source": "s", "circuit": "cpb",
      "mount_points": [], "items": [{"id": "x", "name": "X", "description": "d", "parts": ["warp_core"],
      "ports": [{"id": "in", "name": "in"}]}]})", "k.json");
    ASSERT_TRUE(k.error.empty()) << k.error;
    circuits::Workbench b(k.kit, phys::PatientSpec{}, phys::CircuitOptions{});
    EXPECT_NE(b.sizing_error().find("names part \"warp_core\""), std::string::npos) << b.sizing_error();
}

TEST(Loader, KitErrorsNameTheItemAndField) {
    KitLoad k = parse_kit(R"({"id": "k", "name": "K", "scene": "theatre", "source": "s", "circuit": "cpb",
      "mount_points": [{"id": "m", "name": "M"}], "items": [{"id": "x", "name": "X", "description": "d",
      "mounts": ["nowhere"], "ports": [{"id": "in", "name": "in", "kind": "steam"}]}]})", "k.json");
    EXPECT_EQ(k.error, "k.json: items[0] (\"x\").ports[0].kind: expected blood, gas or water");
}

TEST(Loader, ScriptErrorsNameTheAction) {
  ScriptLoad s = parse_script(R"({"procedure": "cpb", "actions": [{"do": "take", "item": "reservoir"}, {"do": "mount", "item": "reservoir"}]})", "s.json");
    EXPECT_EQ(s.error, "s.json: actions[1].at: missing");
    s = parse_script(R"({"actions": [{"do": "expect"}]})", "s.json");
    EXPECT_EQ(s.error, "s.json: actions[0]: says nothing to check (give \"step\", \"mistake\", \"condition\" or \"refused\")");
}

}  // namespace
}  // namespace perfuse::procedures
