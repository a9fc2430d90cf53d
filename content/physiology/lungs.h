#pragma once
// Lung gas exchange on the pulmonary capillary path: the non-shunted fraction of blood equilibrates
// with alveolar gas (alveolar gas equation + alveolar ventilation equation); the shunted fraction
// passes unchanged. ARDS is modelled as a large true shunt.
#include "device.h"
#include "patient_size.h"

namespace perfuse::phys {

// Shunt fractions: normal anatomical shunt ~2-5 % (West); severe ARDS 30-50 % of cardiac output
// (Dantzker et al., Am Rev Respir Dis 1979), 0.5 used.
inline constexpr double kNormalShuntFraction = 0.03;
inline constexpr double kArdsShuntFraction = 0.5;

class Lungs final : public PacketHook, public Device {
public:
  // alveolar_ventilation_l_min: chosen so a resting patient has PaCO2 ~40 mmHg.
  explicit Lungs(double alveolar_ventilation_l_min);
  void set_state(LungState s) { shunt_ = s == LungState::ards ? kArdsShuntFraction : kNormalShuntFraction; }
  void set_ventilator(double fio2, bool ventilated) { fio2_ = fio2; ventilated_ = ventilated; }
  void prepare(Network&, double) override {}
  void on_packet(int path, double volume_ml, Amounts& packet, double dt_s) override;
  double shunt_fraction() const { return shunt_; }

private:
  double va_l_min_;
  double shunt_ = kNormalShuntFraction;
  double fio2_ = 0.21;
  bool ventilated_ = true;
};

}  // namespace perfuse::phys
