#pragma once
// Arterial line filter: a small pressure drop and an air trap (it holds back most of an air bolus).
// Priming volume and drop: adult ~150 ml and ~15 mmHg at 5 l/min (typical data-sheet order, approximate).
#include "part.h"

namespace perfuse::phys {

inline constexpr double kFilterAirCapture = 0.9;  // fraction of a bolus held by the filter (approximate)

class ArterialFilter final : public Part {
public:
    explicit ArterialFilter(PartSpec spec) : Part(std::move(spec)) {}
    double prime_volume_ml() const override {
        return spec_.size == DeviceSize::adult ? 150.0 : spec_.size == DeviceSize::paediatric ? 40.0 : 16.0;
    }
    void prepare(Network& net, double) override {
        const double rated_ml_s = l_min_to_ml_s(spec_.size == DeviceSize::adult ? 5.0 : spec_.size == DeviceSize::paediatric ? 2.0 : 0.8);
        set_law(net, resistor_law(15.0 / rated_ml_s));
    }
};

}  // namespace perfuse::phys
