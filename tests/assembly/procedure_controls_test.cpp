// The procedure panel's Console section: which controls a procedure's console has (from its data), and
// using them through the procedure (logged, scored, refused with a plain message); the console panel's
// sliders reaching the procedure's workbench; and guided CPB's first steps done from the panel's
// controls and 3D clicks in the real app (lavapipe, validation on).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <gtest/gtest.h>

#include "app/live_model.h"
#include "app/procedure_controls.h"
#include "assembly_app.h"
#include "procedure_run.h"

namespace perfuse {
namespace {

using namespace perfuse::test;

const std::filesystem::path kPanelText = std::filesystem::path(PERFUSE_ASSETS_DIR) / "assembly" / "panel_en.json";

std::unique_ptr<procedures::ProcedureRun> start(const std::string& id, procedures::Style style = procedures::Style::guided) {
    procedures::RunLoad load = procedures::start_procedure(PERFUSE_ASSETS_DIR, id, style);
    EXPECT_EQ(load.error, "");
    return std::move(load.run);
}

const ProcedureControl* find(const ProcedureControls& list, const std::string& key) {
    const auto it = std::find_if(list.controls.begin(), list.controls.end(), [&](const ProcedureControl& c) { return c.key == key; });
    return it == list.controls.end() ? nullptr : &*it;
}

int logged(const procedures::ProcedureRun& run, const std::string& kind, const std::string& id_start) {
    const auto& log = run.steps().log();
    return int(std::count_if(log.begin(), log.end(),
                             [&](const procedures::LogEntry& e) { return e.kind == kind && e.id.rfind(id_start, 0) == 0; }));
}

// The panel loads its words when it first draws; the harness's app shows the start screen instead
// (no mode chosen), so they are loaded here as the panel does.
void load_panel_words(App& app) {
    if (!app.r->assembly.panel_text) app.r->assembly.panel_text = std::make_shared<ProcedurePanelText>(load_procedure_panel_text(kPanelText));
}

TEST(ProcedureControls, CpbConsoleHasTheControlsItsStepsUseAndNoOthers) {
    const auto run = start("cpb");
    ASSERT_NE(run, nullptr);
    const ProcedureControls list = procedure_controls(run->procedure(), run->bench().kit());
    ASSERT_NE(find(list, "bubble_detector"), nullptr);
    ASSERT_NE(find(list, "level_detector"), nullptr);
    EXPECT_EQ(find(list, "bubble_detector")->widget, ControlWidget::on_off);
    ASSERT_NE(find(list, "pump_flow_l_min"), nullptr);
    EXPECT_EQ(find(list, "pump_flow_l_min")->widget, ControlWidget::level);
    EXPECT_DOUBLE_EQ(find(list, "pump_flow_l_min")->max, 8.0);
    ASSERT_NE(find(list, "heparin_u_per_kg"), nullptr);
    EXPECT_EQ(find(list, "heparin_u_per_kg")->widget, ControlWidget::dose);
    EXPECT_EQ(list.controls.front().key, "bubble_detector");  // in the order the steps use them
    for (const char* unused : {"pump_rpm", "melphalan_mg", "tourniquet", "washout_ml_min", "vent_fio2"})
        EXPECT_EQ(find(list, unused), nullptr) << unused;
    EXPECT_TRUE(list.prime);
    EXPECT_EQ(list.de_air_items, (std::vector<std::string>{"oxygenator", "arterial_filter"}));

    // Limb perfusion's console is another one: melphalan and the tourniquet, no cardioplegia.
    const auto ilp = start("ilp");
    ASSERT_NE(ilp, nullptr);
    const ProcedureControls ilp_list = procedure_controls(ilp->procedure(), ilp->bench().kit());
    EXPECT_NE(find(ilp_list, "melphalan_mg"), nullptr);
    EXPECT_NE(find(ilp_list, "tourniquet"), nullptr);
    EXPECT_EQ(find(ilp_list, "cardioplegia_ml_min"), nullptr);
    EXPECT_EQ(ilp_list.de_air_items, (std::vector<std::string>{"oxygenator"}));
}

TEST(ProcedureControls, GuidedOpensTheConsoleForStepsDoneThere) {
    const auto run = start("cpb");
    ASSERT_NE(run, nullptr);
    const procedures::Procedure& cpb = run->procedure();
    for (const char* step : {"console_check", "prime", "de_air", "heparin", "sweep_gas"})
        EXPECT_TRUE(step_uses_console(cpb.steps[std::size_t(cpb.step_index(step))])) << step;
    for (const char* step : {"mount_reservoir", "tubing", "gas_line"})
        EXPECT_FALSE(step_uses_console(cpb.steps[std::size_t(cpb.step_index(step))])) << step;
}

TEST(ProcedureControls, DetectorSwitchesCompleteTheConsoleCheckInGuidedStyle) {
    const ConsoleControlsText text = load_procedure_panel_text(kPanelText).console;
    const auto run = start("cpb");
    ASSERT_NE(run, nullptr);
    const ProcedureControls list = procedure_controls(run->procedure(), run->bench().kit());
    // The pump switch is on this console too, but it is not what the check asks for.
    ControlOutcome out = use_control(*run, text, *find(list, "pump_on"), 0.0);
    run->update(0.5);
    EXPECT_FALSE(run->steps().step_done("console_check"));
    out = use_control(*run, text, *find(list, "bubble_detector"), 1.0);
    EXPECT_FALSE(out.refused);
    EXPECT_EQ(out.message, "Bubble detector: On");
    run->update(0.5);
    EXPECT_FALSE(run->steps().step_done("console_check"));  // one detector is not enough
    out = use_control(*run, text, *find(list, "level_detector"), 1.0);
    EXPECT_EQ(out.message, "Reservoir level detector: On");
    run->update(0.5);
    EXPECT_TRUE(run->steps().step_done("console_check"));
    EXPECT_EQ(run->steps().current_step(), run->procedure().step_index("mount_reservoir"));
    EXPECT_EQ(logged(*run, "action", "set bubble_detector"), 1);
    EXPECT_TRUE(run->steps().mistakes().empty());
}

TEST(ProcedureControls, ADoseIsGivenOncePerPress) {
    const ConsoleControlsText text = load_procedure_panel_text(kPanelText).console;
    const auto run = start("cpb", procedures::Style::practice);
    ASSERT_NE(run, nullptr);
    const ProcedureControl heparin = *find(procedure_controls(run->procedure(), run->bench().kit()), "heparin_u_per_kg");
    const ControlOutcome out = use_control(*run, text, heparin, 300.0);
    EXPECT_FALSE(out.refused);
    EXPECT_EQ(out.message, "Heparin dose (units per kg): 300 given");
    run->update(1.0);
    const double after_one_s = run->live().snapshot().heparin_u_per_kg;
    EXPECT_GT(after_one_s, 250.0);
    EXPECT_LE(after_one_s, 300.0);
    run->update(30.0);  // nothing more is given while time passes
    EXPECT_LE(run->live().snapshot().heparin_u_per_kg, after_one_s);
    EXPECT_EQ(logged(*run, "action", "set heparin_u_per_kg"), 1);
    use_control(*run, text, heparin, 100.0);  // a second press gives a second dose
    run->update(1.0);
    EXPECT_GT(run->live().snapshot().heparin_u_per_kg, after_one_s + 50.0);
    EXPECT_EQ(logged(*run, "action", "set heparin_u_per_kg"), 2);
}

TEST(ProcedureControls, AValueOutsideTheDialIsRefusedInPlainWords) {
    const ConsoleControlsText text = load_procedure_panel_text(kPanelText).console;
    const auto run = start("cpb", procedures::Style::assess);
    ASSERT_NE(run, nullptr);
    const ProcedureControl flow = *find(procedure_controls(run->procedure(), run->bench().kit()), "pump_flow_l_min");
    ControlOutcome out = use_control(*run, text, flow, 12.0);
    EXPECT_TRUE(out.refused);
    EXPECT_EQ(out.message, "Pump flow (litres per minute) can only be set from 0 to 8.");
    EXPECT_FALSE(run->bench().control("pump_flow_l_min").has_value());
    EXPECT_EQ(logged(*run, "refused", "set pump_flow_l_min"), 1);
    out = use_control(*run, text, flow, 4.5);
    EXPECT_FALSE(out.refused);
    EXPECT_EQ(out.message, "Pump flow (litres per minute) set to 4.5");
    EXPECT_DOUBLE_EQ(run->bench().control("pump_flow_l_min").value_or(0.0), 4.5);
}

TEST(ProcedureControls, AMissingLabelIsOneLineNamingTheFileAndKey) {
    nlohmann::json json = nlohmann::json::parse(std::ifstream(kPanelText));
    json["console"]["labels"].erase("fio2");
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "perfuse_panel_no_fio2_label.json";
    std::ofstream(file) << json.dump();
    try {
        load_procedure_panel_text(file);
        ADD_FAILURE() << "a missing label loaded";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), file.string() + ": 'console.labels.fio2' must be a non-empty string");
    }
    std::filesystem::remove(file);
}

// The console panel's sliders write a settings patch to the LiveModel (console_controls.cpp): with a
// procedure running it reaches the procedure's workbench; without one it goes to the model as before.
TEST(ProcedureControlsApp, ConsoleSliderReachesTheWorkbenchWhileAProcedureRuns) {
    App app;
    ASSERT_NE(app.r->procedure.run, nullptr) << app.r->procedure.error;
    load_panel_words(app);
    phys::SettingsPatch patch;
    patch.sweep_l_min = 3.0;
    patch.arterial_clamp = true;  // not a workbench control: straight to the model
    app.r->live->apply(patch);
    EXPECT_DOUBLE_EQ(app.bench().control("sweep_l_min").value_or(0.0), 3.0);
    EXPECT_EQ(logged(*app.r->procedure.run, "action", "set sweep_l_min"), 1);
    EXPECT_TRUE(app.r->live->sim()->settings().arterial_clamp);
    EXPECT_EQ(app.r->assembly.message, "Gas flow to the oxygenator (litres per minute) set to 3");
    // A drag: the model follows each frame, the procedure logs one action when the slider is let go.
    phys::SettingsPatch drag;
    for (const double v : {3.5, 4.0, 4.5}) {
        drag.sweep_l_min = v;
        app.r->live->apply(drag, LiveModel::ControlEdit::dragging);
        EXPECT_DOUBLE_EQ(app.r->live->sim()->settings().sweep_l_min.value_or(0.0), v);
    }
    EXPECT_EQ(logged(*app.r->procedure.run, "action", "set sweep_l_min"), 1);
    app.r->live->apply(drag);
    EXPECT_EQ(logged(*app.r->procedure.run, "action", "set sweep_l_min"), 2);
    EXPECT_DOUBLE_EQ(app.bench().control("sweep_l_min").value_or(0.0), 4.5);
    app.finish();
    EXPECT_EQ(app.log.problem_count(), 0) << ::testing::PrintToString(app.log.problems());

    App plain(AppChoice{.procedure = ""});
    ASSERT_EQ(plain.r->procedure.run, nullptr);
    ASSERT_TRUE(plain.r->live->has_model());
    EXPECT_FALSE(plain.r->live->has_control_setter());  // installed only when a procedure starts
    plain.r->live->apply(patch);
    EXPECT_DOUBLE_EQ(plain.r->live->sim()->settings().sweep_l_min.value_or(0.0), 3.0);
}

// A procedure the app starts names its controls as the panel does, in refusals from anywhere (a script,
// the room, the VR page), not by their keys.
TEST(ProcedureControlsApp, RefusalsNameTheControlByItsLabel) {
    App app;
    ASSERT_NE(app.r->procedure.run, nullptr) << app.r->procedure.error;
    const std::string reason = app.r->procedure.run->set("fio2", 1.5).reason;
    EXPECT_EQ(reason, "Oxygen in that gas (0.21 is air, 1 is pure oxygen) can only be set from 0.21 to 1.");
    EXPECT_EQ(app.r->procedure.run->last_refusal(), reason);  // logged in the same words
    app.finish();
    EXPECT_EQ(app.log.problem_count(), 0) << ::testing::PrintToString(app.log.problems());
}

// Guided CPB from the desktop: the console check from the panel's switches, then the first parts
// mounted by clicking them in the room.
TEST(ProcedureControlsApp, GuidedCpbFirstStepsFromThePanelAndClicks) {
    App app;
    ASSERT_NE(app.r->procedure.run, nullptr) << app.r->procedure.error;
    ASSERT_NE(app.r->assembly.world, nullptr) << app.r->assembly.error;
    load_panel_words(app);
    procedures::ProcedureRun& run = *app.r->procedure.run;
    const ProcedureControls list = procedure_controls(run.procedure(), run.bench().kit());
    for (const char* key : {"bubble_detector", "level_detector"}) {
        show_outcome(app.r->assembly, app.r->speak_requests, use_control(run, app.r->assembly.panel_text->console, *find(list, key), 1.0));
        EXPECT_FALSE(app.r->assembly.message_refused) << app.r->assembly.message;
        EXPECT_EQ(app.r->speak_requests.back(), app.r->assembly.message);
    }
    app.frames(2);
    EXPECT_TRUE(run.steps().step_done("console_check"));
    for (const char* id : {"reservoir", "oxygenator", "arterial_filter"}) {
        app.click(part(id));
        app.click(mount(id));
    }
    app.frames(2);
    for (const char* step : {"console_check", "mount_reservoir", "mount_oxygenator", "mount_filter"})
        EXPECT_TRUE(run.steps().step_done(step)) << step << ": " << app.r->assembly.message;
    EXPECT_EQ(run.steps().score().steps_complete, 4);
    EXPECT_TRUE(run.steps().mistakes().empty());
    app.finish();
    EXPECT_EQ(app.log.problem_count(), 0) << ::testing::PrintToString(app.log.problems());
}

}  // namespace
}  // namespace perfuse
