#pragma once
// Hollow-fibre membrane oxygenator as a gas exchanger on its inflow path.
//  O2: blood moves towards equilibrium with the sweep gas (PO2 = FiO2 x (Pb - PH2O)) with exchanger
//      effectiveness 1 - exp(-K/Q) (rated flow sets K), and never takes more O2 than the sweep brings.
//  CO2: removed by sweep gas flow (ventilation equation with sweep in place of alveolar ventilation).
//  Failure (clot, plasma leak): transfer falls and the pressure drop rises.
// Published anchors (procedures-sources.md 2.5): on FiO2 1.0 a healthy oxygenator gives post-membrane
// PO2 > 400 mmHg and a failing one < 200 mmHg; failure raises dP by 30-50 % (40 % used).
#include "part.h"

namespace perfuse::phys {

struct OxygenatorData {
    double rated_flow_l_min;  // adult 7, paediatric 2.8, neonatal 1.5 (typical data-sheet ratings)
    double priming_ml;        // adult 250, paediatric 100, neonatal 40 (typical, approximate)
    double drop_at_rated_mmHg;  // blood-side pressure drop at rated flow (approximate, data-sheet order)
};
OxygenatorData oxygenator_data(DeviceSize s);
inline constexpr double kTransferUnitsAtRatedFlow = 5.0;  // K = 5 x rated flow: 99.3 % effective at rating
inline constexpr double kFailedTransferFactor = 0.08;
inline constexpr double kFailedCo2Factor = 0.3;
inline constexpr double kFailedDropFactor = 1.4;

class Oxygenator final : public Part, public PacketHook {
public:
    explicit Oxygenator(PartSpec spec) : Part(std::move(spec)), data_(oxygenator_data(spec_.size)) {}
    double prime_volume_ml() const override { return data_.priming_ml; }
    void prepare(Network& net, double dt_s) override;
    void on_packet(int path, double volume_ml, Amounts& packet, double dt_s) override;

    void set_gas(double sweep_l_min, double fio2);
    void set_failed(bool f) { failed_ = f; }
    bool failed() const { return failed_; }
    double resistance_mmHg_s_per_ml() const;
    double pressure_drop_mmHg(const Network& net) const;  // across the membrane, last step
    void finish(Network& net, double dt_s) override;
    double post_po2_mmHg() const;  // computed on demand from the last packet (inverting the O2 curve)
    double post_pco2_mmHg() const { return post_pco2_mmHg_; }
    double o2_transfer_ml_min() const { return o2_ml_min_; }

private:
    OxygenatorData data_;
    double sweep_l_min_ = 0.0, fio2_ = 0.21;
    bool failed_ = false;
    double post_pco2_mmHg_ = 0.0, o2_ml_min_ = 0.0, o2_step_ml_ = 0.0;
    double last_o2_ml_dl_ = 0.0, last_hb_g_dl_ = 0.0, last_temp_c_ = 37.0;
};

}  // namespace perfuse::phys
