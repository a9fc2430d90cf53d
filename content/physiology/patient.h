#pragma once
// The patient's circulation on the generic network: upper and lower body arteries and veins (so
// femoral VA ECMO can show north-south hypoxia), right atrium, pulmonary arteries and veins, the two
// ventricles as pressure-driven sources, lungs on the pulmonary path, capillary beds on the systemic
// paths, and optionally one limb (for isolated limb perfusion) with collateral leak paths.
#include <memory>

#include "heart.h"
#include "lungs.h"
#include "patient_size.h"
#include "tissue_bed.h"

namespace perfuse::phys {

enum class Limb { none, leg, arm };
enum class Tourniquet { tight, loose };

struct PatientNodes {
    int art_upper = -1, art_lower = -1, vein_upper = -1, vein_lower = -1, ra = -1, pa = -1, pv = -1;
    int limb_art = -1, limb_vein = -1;
};

// Fractions of blood volume by compartment (Guyton & Hall: systemic arteries 13 %, arterioles and
// capillaries 7 %, veins 64 %, pulmonary 9 %, heart 7 %), split upper/lower here.
struct VolumeShare {
    double art_upper = 0.065, art_lower = 0.065, vein_upper = 0.24, vein_lower = 0.47, ra = 0.035, pa = 0.045,
           pv = 0.08;
};
// Compliances for a 5 l adult circulation, ml/mmHg, scaled with blood volume (systemic arterial total
// ~1.5, venous ~100, pulmonary arterial ~4, pulmonary venous ~10: lumped-model literature, e.g. Ursino
// 1998, Rothe 1993; approximate).
struct Compliance5L {
    double art_upper = 0.6, art_lower = 0.9, vein_upper = 30.0, vein_lower = 70.0, ra = 3.0, pa = 4.0, pv = 10.0;
};
inline constexpr double kUpperBodyFlowShare = 0.35;  // head, arms, coronaries (approximate)
inline constexpr double kUpperBodyVo2Share = 0.45;   // brain and heart extract more (approximate)
inline constexpr double kUpperBodyMassShare = 0.40;
// Limb blood flow ~2-5 ml/100 ml/min at rest (plethysmography; 5 used, the anaesthetised limb being
// vasodilated) and VO2 ~0.25 ml/100 ml/min;
// limb blood volume ~5 % of limb volume (approximate).
inline constexpr double kLimbFlowMlPer100MlMin = 5.0;
inline constexpr double kLimbVo2MlPer100MlMin = 0.25;
inline constexpr double kLimbBloodFraction = 0.05;
// Collateral resistance between limb and body, mmHg*s/ml. Calibrated (not measured) so a tight
// tourniquet at usual ILP settings leaks a few % per hour (reported mean leak 2.9 %, sources section 3).
inline constexpr double kCollateralTightMmHgSPerMl = 650.0;
inline constexpr double kCollateralLooseMmHgSPerMl = 65.0;
// Blood viscosity, and so the resistance of the capillary beds, rises with haematocrit and with cooling
// (about 2 % per degC; relative viscosity ~exp(2 x Hct) over the clinical range): haemodilution by the
// prime lowers SVR and MAP, cooling raises them. Approximate.
inline constexpr double kViscosityPerHct = 2.0;
inline constexpr double kViscosityPerDegC = 0.02;
double viscosity_factor(double hct, double baseline_hct, double temp_c);

class Patient final : public Device {
public:
    Patient(const PatientSpec& spec, Network& net, Limb limb, double limb_volume_l);

    void prepare(Network& net, double dt_s) override;
    void finish(Network& net, double dt_s) override;

    void set_heart(HeartState s);
    void set_lungs(LungState s) { lungs_->set_state(s); }
    void set_ventilator(double fio2, bool ventilated) { lungs_->set_ventilator(fio2, ventilated); }
    void isolate_limb(bool isolated) { limb_isolated_ = isolated; }
    void set_tourniquet(Tourniquet t) { tourniquet_ = t; }
    // Takes over the organs' state (heart contractility, lungs, tissue temperatures and oxygen debt) of the
    // same patient in a model being replaced (a rebuilt circuit). The blood itself is carried by name with
    // the compartments (Simulation::carry_state_from).
    void carry_state_from(const Patient& old);

    const PatientSpec& spec() const { return spec_; }
    const PatientNodes& nodes() const { return nodes_; }
    const NormalValues& normal() const { return normal_; }
    double blood_volume_ml() const { return ebv_ml_; }
    int lv_path() const { return lv_path_; }
    int rv_path() const { return rv_path_; }
    int limb_bed_path() const { return limb_bed_path_; }
    Limb limb() const { return limb_; }
    bool is_patient_compartment(int i) const;

    const TissueBed& upper_bed() const { return *upper_; }
    const TissueBed& lower_bed() const { return *lower_; }
    const TissueBed* limb_bed() const { return limb_bed_.get(); }
    const Ventricle& left() const { return *lv_; }

private:
    PatientSpec spec_;
    NormalValues normal_;
    double ebv_ml_;
    Limb limb_;
    PatientNodes nodes_;
    int lv_path_ = -1, rv_path_ = -1;
    int bed_upper_path_ = -1, bed_lower_path_ = -1;
    double bed_upper_r_ = 0.0, bed_lower_r_ = 0.0, bed_limb_r_ = 0.0, baseline_hct_ = 0.4;
    int svc_path_ = -1, ivc_path_ = -1;
    double svc_r_ = 0.0, ivc_r_ = 0.0;
    struct ViscosityCache {
        double hct = -1.0, temp_c = -1.0, factor = 1.0;
    } viscosity_[3];
    int limb_in_path_ = -1, limb_out_path_ = -1, limb_bed_path_ = -1, collat_art_path_ = -1, collat_vein_path_ = -1;
    double limb_in_r_ = 0.0, limb_out_r_ = 0.0;
    bool limb_isolated_ = false;
    Tourniquet tourniquet_ = Tourniquet::tight;
    std::unique_ptr<Ventricle> lv_, rv_;
    std::unique_ptr<Lungs> lungs_;
    std::unique_ptr<TissueBed> upper_, lower_, limb_bed_;
};

// Initial species amounts per ml of the patient's blood at the given Hb, temperature and gases.
Amounts blood_per_ml(double hb_g_dl, double temp_c, double po2_mmHg, double pco2_mmHg);

}  // namespace perfuse::phys
