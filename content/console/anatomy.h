#pragma once
// "Flow made visible": what the see-through patient shows, read from the flow model. Each region of
// the circulation with the saturation of the blood in it (so the mixing zone of femoral VA ECMO, the
// recirculation of VV ECMO and the drug leaking out of an isolated limb show as colours), and where
// the circuit's cannulas join the patient, draining or returning blood.
#include <optional>
#include <string>
#include <vector>

#include "simulation.h"

namespace perfuse {

enum class Region { art_upper, art_lower, vein_upper, vein_lower, ra, pa, pv, limb_art, limb_vein };
inline constexpr Region kRegions[] = {Region::art_upper, Region::art_lower, Region::vein_upper,
                                      Region::vein_lower, Region::ra,        Region::pa,
                                      Region::pv,        Region::limb_art,  Region::limb_vein};
const char* to_string(Region r);  // the text key of its name

struct RegionBlood {
    Region region = Region::ra;
    double saturation = 0.0;   // 0-1, from the compartment's own oxygen, CO2, Hb and temperature
    double melphalan_mg_l = 0.0;
};

struct CannulaTip {
    Region region = Region::ra;
    bool drains = false;       // blood leaves the patient here (else the circuit returns it here)
    double flow_l_min = 0.0;   // magnitude through the tip
    // Saturation of the blood in the cannula: for a drainage tip, what goes to the oxygenator (higher than
    // the patient's veins when returned blood recirculates straight back into it).
    double saturation = 0.0;
};

struct Anatomy {
    std::vector<RegionBlood> regions;  // those the patient has (no limb regions without a limb)
    std::vector<CannulaTip> tips;
};

Anatomy read_anatomy(const phys::Simulation& sim);
const RegionBlood* find_region(const Anatomy& a, Region r);

}  // namespace perfuse
