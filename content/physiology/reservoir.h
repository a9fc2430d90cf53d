#pragma once
// Open hard-shell venous reservoir: its pressure is the hydrostatic head of its level plus its height
// relative to the patient's heart (placed below, it siphons the venous line). It can run empty; the
// level detector alarms below a set volume.
#include "part.h"

namespace perfuse::phys {

// Cross-section of the reservoir body, cm^2 (adult ~150, paediatric ~60, neonatal ~25; approximate).
double reservoir_area_cm2(DeviceSize s);
// Level alarm volume, ml (adult 200, paediatric 80, neonatal 30; local protocol, approximate).
double reservoir_alarm_ml(DeviceSize s);
inline constexpr double kDefaultReservoirHeightCm = -50.0;  // below the patient (approximate)

class Reservoir final : public Part {
public:
    explicit Reservoir(PartSpec spec, double initial_ml);
    double prime_volume_ml() const override { return initial_ml_; }
    double compliance_ml_per_mmHg() const override;
    double external_mmHg() const override { return spec_.height_cm * kMmHgPerCmBlood; }
    double unstressed_ml() const override { return 0.0; }
    void prepare(Network& net, double) override;
    double alarm_ml() const { return reservoir_alarm_ml(spec_.size); }

private:
    double initial_ml_;
};

}  // namespace perfuse::phys
