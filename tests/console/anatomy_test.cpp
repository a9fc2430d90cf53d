// The see-through patient reads the model: region saturations equal what the monitor reports for the
// same blood, femoral VA ECMO shows its mixing zone (legs redder than head), the cannula tips sit where
// the circuit joins the patient, and an isolated limb's drug shows in the body's blood once it leaks.
#include <gtest/gtest.h>

#include "anatomy.h"

namespace perfuse {
namespace {

using namespace phys;

void run(Simulation& sim, double seconds) {
    for (int i = 0; i < int(seconds / kDefaultStepS); ++i) sim.step(kDefaultStepS);
}

bool has_tip(const Anatomy& a, Region r, bool drains) {
    for (const CannulaTip& t : a.tips)
        if (t.region == r && t.drains == drains && t.flow_l_min > 0.5) return true;
    return false;
}

TEST(Anatomy, FemoralVaEcmoShowsTheMixingZoneAndItsTips) {
    PatientSpec p;
    p.heart = HeartState::failing;
    p.lungs = LungState::ards;
    CircuitOptions o;
    o.type = CircuitType::va_ecmo;
    o.cannulation = Cannulation::femoral;
    Simulation sim(p, o);
    SettingsPatch s;
    s.pump_rpm = 3200;
    s.fio2 = 1.0;
    sim.apply(s);
    run(sim, 300);
    SettingsPatch recover;
    recover.heart = HeartState::normal;
    sim.apply(recover);
    run(sim, 300);
    const Anatomy a = read_anatomy(sim);
    const Snapshot snap = sim.snapshot();
    ASSERT_NE(find_region(a, Region::art_upper), nullptr);
    EXPECT_NEAR(find_region(a, Region::art_upper)->saturation, snap.sao2_upper, 1e-9);  // same chemistry
    EXPECT_NEAR(find_region(a, Region::art_lower)->saturation, snap.sao2_lower, 1e-9);
    EXPECT_LT(find_region(a, Region::art_upper)->saturation, find_region(a, Region::art_lower)->saturation - 0.05);
    EXPECT_TRUE(has_tip(a, Region::ra, true)) << "drainage from the right atrium (femoral vein cannula)";
    EXPECT_TRUE(has_tip(a, Region::art_lower, false)) << "return into the femoral artery";
    EXPECT_EQ(find_region(a, Region::limb_art), nullptr);  // no isolated limb
}

TEST(Anatomy, IsolatedLimbTipsAndLeakedDrug) {
    PatientSpec p;
    CircuitOptions o;
    o.type = CircuitType::ilp;
    Simulation sim(p, o);
    SettingsPatch s;
    s.melphalan_mg = 100.0;
    s.tourniquet = Tourniquet::loose;
    sim.apply(s);
    run(sim, 300);
    const Anatomy a = read_anatomy(sim);
    EXPECT_TRUE(has_tip(a, Region::limb_art, false));
    EXPECT_TRUE(has_tip(a, Region::limb_vein, true));
    ASSERT_NE(find_region(a, Region::vein_lower), nullptr);
    EXPECT_GT(find_region(a, Region::vein_lower)->melphalan_mg_l, 0.01);  // leaked into the body
    EXPECT_GT(find_region(a, Region::limb_vein)->melphalan_mg_l, 10.0 * find_region(a, Region::vein_lower)->melphalan_mg_l);
}

TEST(Anatomy, NoCircuitNoTips) {
    Simulation sim(PatientSpec{}, CircuitOptions{});
    run(sim, 5);
    const Anatomy a = read_anatomy(sim);
    EXPECT_TRUE(a.tips.empty());
    EXPECT_EQ(a.regions.size(), 7u);
    EXPECT_GT(find_region(a, Region::pv)->saturation, find_region(a, Region::ra)->saturation + 0.1);
}

}  // namespace
}  // namespace perfuse
