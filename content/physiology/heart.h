#pragma once
// A ventricle as a mean-flow source from its end-systolic and end-diastolic pressure-volume relations:
//   Q = HR * (EDV(P_fill) - V0 - P_out / Ees)
// EDV(P) saturates towards a pericardial limit; Ees (end-systolic elastance) is contractility.
// This keeps Frank-Starling (more filling, more output), afterload sensitivity and failure, without
// resolving beats, so the model can take large steps.
#include "device.h"
#include "patient_size.h"

namespace perfuse::phys {

struct VentricleParams {
    double ees_mmHg_per_ml = 2.3;  // LV ~2.3 (Suga & Sagawa; human ~2-3), RV ~0.6
    double vd_ml = 50.0;           // EDV intercept of the diastolic curve
    double vmax_ml = 200.0;        // pericardial limit of EDV
    double ps_mmHg = 10.0;         // filling pressure scale of the diastolic curve
    double v0_ml = 10.0;           // end-systolic volume intercept (calibrated)
};

// Contractility factor applied to Ees per heart state (failing: a quarter of normal, as in cardiogenic
// shock needing ECMO; arrested: no beat). Approximate.
inline constexpr double kFailingContractility = 0.25;
inline constexpr double kContractilityTimeConstantS = 20.0;

double end_diastolic_volume_ml(const VentricleParams& p, double filling_mmHg);
// Stroke volume and flow at given pressures (>= 0).
double ventricle_flow_ml_s(const VentricleParams& p, double hr_bpm, double contractility,
                           double filling_mmHg, double outflow_mmHg);

class Ventricle final : public Device {
public:
    Ventricle(VentricleParams params, double hr_bpm, int path);
    void set_state(HeartState s);
    void prepare(Network& net, double dt_s) override;
    void finish(Network& net, double dt_s) override;
    double contractility() const { return contractility_; }
    double hr_bpm() const { return hr_bpm_; }  // the set rate; the console shows it while the heart beats
    const VentricleParams& params() const { return params_; }

private:
    VentricleParams params_;
    double hr_bpm_;
    int path_;
    double contractility_ = 1.0;
    double target_ = 1.0;
    Decay drift_{kContractilityTimeConstantS};
};

// Calibrates v0 so the ventricle delivers `flow_ml_s` at the given filling and outflow pressures.
VentricleParams calibrate_ventricle(VentricleParams p, double hr_bpm, double flow_ml_s,
                                    double filling_mmHg, double outflow_mmHg);

}  // namespace perfuse::phys
