#pragma once
// Recirculation between a return cannula and a drainage cannula in the same venous system: part of the
// returned jet is entrained straight into the drainage tip, never reaching the patient. The fraction
// falls with the distance between the tips and rises with flow; a return jet aimed at the tricuspid
// valve (bicaval dual-lumen cannula) entrains far less. The sources (procedures-sources.md 2.5) give
// only the direction and the "tips under ~10 cm" rule of thumb; the constants below are approximate.
#include "device.h"

namespace perfuse::phys {

inline constexpr double kRecircMaxFraction = 0.8;
inline constexpr double kRecircLengthCm = 8.0;
inline constexpr double kRecircHalfFlowLMin = 2.0;
inline constexpr double kTricuspidJetFactor = 0.12;

double entrainment_fraction(double tip_distance_cm, double flow_l_min, bool jet_to_tricuspid);

class Recirculation final : public Device {
public:
    // `path` carries the entrained flow (return node -> drainage node); `return_inflow` is the path
    // feeding the return cannula, whose flow is shared out.
    Recirculation(int path, int return_inflow, double tip_distance_cm, bool jet_to_tricuspid);
    void prepare(Network& net, double dt_s) override;

private:
    int path_, return_inflow_;
    double distance_cm_;
    bool jet_;
};

}  // namespace perfuse::phys
