#pragma once
// Lung gas exchange on the pulmonary capillary path: the non-shunted fraction of blood equilibrates
// with alveolar gas (alveolar gas equation + alveolar ventilation equation); the shunted fraction
// passes unchanged. ARDS is modelled as a large true shunt.
#include "device.h"
#include "patient_size.h"

namespace perfuse::phys {

// Shunt fractions: normal anatomical shunt ~2-5 % (West); severe ARDS tens of % of cardiac output,
// up to ~50-60 % (Dantzker et al., Am Rev Respir Dis 1979); 0.6 used for the severe ARDS that needs ECMO.
// ARDS also adds dead space: alveolar ventilation taken as half of normal (approximate).
inline constexpr double kNormalShuntFraction = 0.03;
inline constexpr double kArdsShuntFraction = 0.6;
inline constexpr double kArdsVentilationFactor = 0.5;

class Lungs final : public PacketHook, public Device {
public:
    // alveolar_ventilation_l_min: chosen so a resting patient has PaCO2 ~40 mmHg.
    explicit Lungs(double alveolar_ventilation_l_min);
    void set_state(LungState s) {
        shunt_ = s == LungState::ards ? kArdsShuntFraction : kNormalShuntFraction;
        ventilation_factor_ = s == LungState::ards ? kArdsVentilationFactor : 1.0;
    }
    void set_ventilator(double fio2, bool ventilated) { fio2_ = fio2; ventilated_ = ventilated; }
    void prepare(Network&, double) override {}
    void on_packet(int path, double volume_ml, Amounts& packet, double dt_s) override;
    double shunt_fraction() const { return shunt_; }

private:
    double va_l_min_;
    double shunt_ = kNormalShuntFraction;
    double ventilation_factor_ = 1.0;
    double fio2_ = 0.21;
    bool ventilated_ = true;
};

}  // namespace perfuse::phys
