#pragma once
// The standard circuits as graphs of parts and connections, sized for the patient:
//   cpb:     ra -> venous cannula -> venous clamp -> venous line -> reservoir -> roller pump ->
//            oxygenator -> heat exchanger -> arterial filter -> arterial clamp -> arterial line ->
//            aortic cannula -> aorta
//   va_ecmo: drainage cannula -> venous clamp -> venous line -> centrifugal pump -> oxygenator ->
//            heat exchanger -> arterial line -> arterial clamp -> return cannula; femoral (ra <- femoral
//            vein, femoral artery), central (ra, aorta) or cervical (neonatal neck: jugular to ra, carotid
//            to aorta)
//   vv_ecmo: as va_ecmo, draining ivc and returning to ra (femoral_jugular, tips cannula_tip_distance_cm
//            apart) or a bicaval dual-lumen cannula (drains svc + ivc, jet to the tricuspid valve)
//   ilp:     limb vein -> venous cannula -> venous line -> reservoir -> roller pump -> oxygenator ->
//            heat exchanger -> arterial line -> arterial cannula -> limb artery
// Part ids name their roles; settings act on them (pump, oxygenator, heat_exchanger, reservoir,
// venous_clamp, arterial_clamp, venous_line, arterial_line, ...).
#include <optional>
#include <string>

#include "graph.h"
#include "patient.h"

namespace perfuse::phys {

enum class CircuitType { none, cpb, va_ecmo, vv_ecmo, ilp };
enum class Cannulation { automatic, femoral, central, cervical, femoral_jugular, dual_lumen };

struct CircuitOptions {
    CircuitType type = CircuitType::none;
    Cannulation cannulation = Cannulation::automatic;
    std::optional<double> prime_ml;
    std::optional<double> prime_hb_g_dl;
    double cannula_tip_distance_cm = 15.0;  // two-site VV ECMO (femoral drainage below jugular return)
    Limb limb = Limb::leg;
    std::optional<double> limb_volume_l;
};

const char* to_string(CircuitType t);
DeviceSize device_size_for(const PatientSpec& p);
Cannulation resolved_cannulation(const CircuitOptions& o, const PatientSpec& p);
double default_limb_volume_l(Limb l);  // leg 10 l, arm 4 l (typical adult, approximate)
// Prime Hb: crystalloid for adults; blood prime (Hct 0.375 of the 35-40 % target, sources 2.6) for
// patients under 35 kg; ILP perfusate ~Hb 10 (packed-cell prime, sources section 3; approximate).
double default_prime_hb_g_dl(const CircuitOptions& o, const PatientSpec& p);

struct StandardCircuit {
    CircuitGraph graph;
    std::string error;  // e.g. prime_ml smaller than the circuit holds
};
StandardCircuit standard_circuit(const CircuitOptions& o, const PatientSpec& p);

}  // namespace perfuse::phys
