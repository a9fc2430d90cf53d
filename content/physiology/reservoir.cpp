#include "reservoir.h"

#include "clamp.h"

namespace perfuse::phys {

double reservoir_area_cm2(DeviceSize s) {
    switch (s) {
        case DeviceSize::neonatal: return 25.0;
        case DeviceSize::paediatric: return 60.0;
        case DeviceSize::adult: return 150.0;
    }
    return 150.0;
}

double reservoir_alarm_ml(DeviceSize s) {
    switch (s) {
        case DeviceSize::neonatal: return 30.0;
        case DeviceSize::paediatric: return 80.0;
        case DeviceSize::adult: return 200.0;
    }
    return 200.0;
}

Reservoir::Reservoir(PartSpec spec, double initial_ml) : Part(std::move(spec)), initial_ml_(initial_ml) {}

double Reservoir::compliance_ml_per_mmHg() const {
    // 1 ml raises the level by 1/area cm = 0.772/area mmHg.
    return reservoir_area_cm2(spec_.size) / kMmHgPerCmBlood;
}

void Reservoir::prepare(Network& net, double) {
    // Blood falls into an open reservoir: its inlet is a connector.
    set_law(net, resistor_law(kConnectorResistanceMmHgSPerMl));
}

}  // namespace perfuse::phys
