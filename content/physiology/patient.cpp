#include "patient.h"

#include <algorithm>
#include <cmath>

#include "blood_gas.h"

namespace perfuse::phys {

Amounts blood_per_ml(double hb_g_dl, double temp_c, double po2_mmHg, double pco2_mmHg) {
    Amounts a{};
    a[kRbc] = hb_g_dl / gas::kMchcGPerDl;
    a[kO2] = gas::o2_content_ml_dl(po2_mmHg, hb_g_dl, temp_c, pco2_mmHg) / 100.0;
    a[kCo2] = gas::co2_content_ml_dl(pco2_mmHg) / 100.0;
    a[kHeat] = temp_c;
    return a;
}

namespace {

int add_blood_compartment(Network& net, const char* name, double volume_ml, double compliance, double pressure,
                          const Amounts& per_ml) {
    Compartment c;
    c.name = name;
    c.volume_ml = volume_ml;
    c.compliance_ml_per_mmHg = compliance;
    c.unstressed_ml = std::max(volume_ml - compliance * pressure, 0.05 * volume_ml);
    for (size_t k = 0; k < kSpeciesCount; ++k) c.amount[k] = per_ml[k] * volume_ml;
    return net.add_compartment(std::move(c));
}

// Vascular waterfall (Starling resistor): a vein or atrium whose transmural pressure is below zero has
// collapsed, and a collapsed vessel does not pass suction upstream. Flow into it is then driven by the
// upstream pressure against its surroundings, not by its lumen pressure, so suction on the right atrium
// (venous drainage with the pump stopped) cannot pull the arteries below zero. Both laws give the same
// flow at zero transmural pressure, so the switch is continuous.
PathLaw into_collapsible(const Network& net, int path, double r) {
    PathLaw law = resistor_law(r);
    const Compartment& to = net.compartment(net.path(path).to);
    if (pressure_mmHg(to) >= to.external_mmHg) return law;
    law.b_ml_s_per_mmHg = 0.0;
    law.c_ml_s = -law.a_ml_s_per_mmHg * to.external_mmHg;
    return law;
}

int add_resistor(Network& net, const char* name, int from, int to, double r) {
    Path p;
    p.name = name;
    p.from = from;
    p.to = to;
    p.law = resistor_law(r);
    return net.add_path(std::move(p));
}

}  // namespace

Patient::Patient(const PatientSpec& spec, Network& net, Limb limb, double limb_volume_l)
    : spec_(spec), normal_(normal_values(spec)), ebv_ml_(estimated_blood_volume_ml(spec)), limb_(limb) {
    const double scale = ebv_ml_ / 5000.0;
    const double co_ml_s = l_min_to_ml_s(normal_.cardiac_index_l_min_m2 * bsa_m2(spec));
    const double map = normal_.map_mmHg, pv_small = normal_.venous_mmHg, cvp = normal_.cvp_mmHg;
    const double t = spec.temperature_c;
    const Amounts arterial = blood_per_ml(spec.hb_g_dl, t, 95.0, 40.0);
    const Amounts venous = blood_per_ml(spec.hb_g_dl, t, 40.0, 46.0);
    const VolumeShare vs;
    const Compliance5L cs;

    // Limb (ILP): its blood and flow are carved out of the upper (arm) or lower (leg) body.
    const double limb_ml = limb == Limb::none ? 0.0 : std::max(limb_volume_l, 0.1) * 1000.0;
    const double limb_blood_ml = std::min(limb_ml * kLimbBloodFraction, 0.2 * ebv_ml_);
    const double limb_flow_ml_s = std::min(limb_ml * kLimbFlowMlPer100MlMin / 100.0 / 60.0, 0.2 * co_ml_s);
    const bool leg = limb == Limb::leg, arm = limb == Limb::arm;

    nodes_.art_upper = add_blood_compartment(net, "art_upper", vs.art_upper * ebv_ml_, cs.art_upper * scale, map, arterial);
    nodes_.art_lower = add_blood_compartment(net, "art_lower", vs.art_lower * ebv_ml_, cs.art_lower * scale, map - 2.0, arterial);
    nodes_.vein_upper = add_blood_compartment(net, "vein_upper", vs.vein_upper * ebv_ml_ - (arm ? limb_blood_ml : 0.0),
                                              cs.vein_upper * scale, pv_small, venous);
    nodes_.vein_lower = add_blood_compartment(net, "vein_lower", vs.vein_lower * ebv_ml_ - (leg ? limb_blood_ml : 0.0),
                                              cs.vein_lower * scale, pv_small, venous);
    nodes_.ra = add_blood_compartment(net, "ra", vs.ra * ebv_ml_, cs.ra * scale, cvp, venous);
    nodes_.pa = add_blood_compartment(net, "pa", vs.pa * ebv_ml_, cs.pa * scale, normal_.pa_mean_mmHg, venous);
    nodes_.pv = add_blood_compartment(net, "pv", vs.pv * ebv_ml_, cs.pv * scale, normal_.la_mmHg, arterial);

    // Ventricles, calibrated so the resting patient has the normal cardiac index at normal pressures.
    VentricleParams lvp{2.3 / scale, 50.0 * scale, 200.0 * scale, 10.0, 0.0};
    VentricleParams rvp{0.6 / scale, 50.0 * scale, 200.0 * scale, 5.0, 0.0};
    lvp = calibrate_ventricle(lvp, normal_.heart_rate_bpm, co_ml_s, normal_.la_mmHg, map);
    rvp = calibrate_ventricle(rvp, normal_.heart_rate_bpm, co_ml_s, cvp, normal_.pa_mean_mmHg);
    Path lv;
    lv.name = "left_ventricle";
    lv.from = nodes_.pv;
    lv.to = nodes_.art_upper;
    lv.one_way = true;
    lv_path_ = net.add_path(lv);
    Path rv;
    rv.name = "right_ventricle";
    rv.from = nodes_.ra;
    rv.to = nodes_.pa;
    rv.one_way = true;
    rv_path_ = net.add_path(rv);
    lv_ = std::make_unique<Ventricle>(lvp, normal_.heart_rate_bpm, lv_path_);
    rv_ = std::make_unique<Ventricle>(rvp, normal_.heart_rate_bpm, rv_path_);
    set_heart(spec.heart);

    // Lungs: alveolar ventilation set for PaCO2 40 at resting VCO2.
    const double vco2 = gas::kRespiratoryQuotient * normal_.vo2_ml_min;
    lungs_ = std::make_unique<Lungs>(gas::kAlveolarCo2Factor * vco2 / 40.0);
    lungs_->set_state(spec.lungs);
    const int lung = add_resistor(net, "pulmonary", nodes_.pa, nodes_.pv, (normal_.pa_mean_mmHg - normal_.la_mmHg) / co_ml_s);
    net.set_hook(lung, lungs_.get());

    // Systemic beds and veins.
    const double q_upper = kUpperBodyFlowShare * co_ml_s - (arm ? limb_flow_ml_s : 0.0);
    const double q_lower = (1.0 - kUpperBodyFlowShare) * co_ml_s - (leg ? limb_flow_ml_s : 0.0);
    add_resistor(net, "aorta", nodes_.art_upper, nodes_.art_lower, 2.0 / ((1.0 - kUpperBodyFlowShare) * co_ml_s));
    bed_upper_r_ = (map - pv_small) / q_upper;
    bed_lower_r_ = (map - 2.0 - pv_small) / q_lower;
    baseline_hct_ = spec.hb_g_dl / gas::kMchcGPerDl;
    const int bu = bed_upper_path_ = add_resistor(net, "bed_upper", nodes_.art_upper, nodes_.vein_upper, bed_upper_r_);
    const int bl = bed_lower_path_ = add_resistor(net, "bed_lower", nodes_.art_lower, nodes_.vein_lower, bed_lower_r_);
    svc_r_ = (pv_small - cvp) / (kUpperBodyFlowShare * co_ml_s);
    ivc_r_ = (pv_small - cvp) / ((1.0 - kUpperBodyFlowShare) * co_ml_s);
    svc_path_ = add_resistor(net, "svc", nodes_.vein_upper, nodes_.ra, svc_r_);
    ivc_path_ = add_resistor(net, "ivc", nodes_.vein_lower, nodes_.ra, ivc_r_);

    const double weight = std::max(spec.weight_kg, 0.1);
    const double limb_kg = std::min(limb_ml * 1.05 / 1000.0, 0.3 * weight);
    const double limb_vo2 = std::min(limb_ml * kLimbVo2MlPer100MlMin / 100.0, 0.2 * normal_.vo2_ml_min);
    upper_ = std::make_unique<TissueBed>(TissueBedParams{kUpperBodyVo2Share * normal_.vo2_ml_min - (arm ? limb_vo2 : 0.0),
                                                         kUpperBodyMassShare * weight - (arm ? limb_kg : 0.0), t});
    lower_ = std::make_unique<TissueBed>(TissueBedParams{(1.0 - kUpperBodyVo2Share) * normal_.vo2_ml_min - (leg ? limb_vo2 : 0.0),
                                                         (1.0 - kUpperBodyMassShare) * weight - (leg ? limb_kg : 0.0), t});
    net.set_hook(bu, upper_.get());
    net.set_hook(bl, lower_.get());

    if (limb != Limb::none) {
        const int art = arm ? nodes_.art_upper : nodes_.art_lower;
        const int vein = arm ? nodes_.vein_upper : nodes_.vein_lower;
        const double art_p = arm ? map : map - 2.0;
        const double limb_art_p = art_p - 5.0, limb_vein_p = pv_small + 1.0;
        nodes_.limb_art = add_blood_compartment(net, "limb_art", 0.2 * limb_blood_ml, 0.02 * limb_ml / 1000.0 * scale,
                                                limb_art_p, arterial);
        nodes_.limb_vein = add_blood_compartment(net, "limb_vein", 0.8 * limb_blood_ml, 1.0 * limb_ml / 1000.0,
                                                 limb_vein_p, venous);
        limb_in_r_ = (art_p - limb_art_p) / limb_flow_ml_s;
        limb_out_r_ = (limb_vein_p - pv_small) / limb_flow_ml_s;
        limb_in_path_ = add_resistor(net, "limb_artery", art, nodes_.limb_art, limb_in_r_);
        bed_limb_r_ = (limb_art_p - limb_vein_p) / limb_flow_ml_s;
        limb_bed_path_ = add_resistor(net, "bed_limb", nodes_.limb_art, nodes_.limb_vein, bed_limb_r_);
        limb_out_path_ = add_resistor(net, "limb_vein", nodes_.limb_vein, vein, limb_out_r_);
        collat_art_path_ = add_resistor(net, "limb_collateral_art", nodes_.limb_art, art, kCollateralTightMmHgSPerMl);
        collat_vein_path_ = add_resistor(net, "limb_collateral_vein", nodes_.limb_vein, vein, kCollateralTightMmHgSPerMl);
        limb_bed_ = std::make_unique<TissueBed>(TissueBedParams{limb_vo2, limb_kg, t});
        net.set_hook(limb_bed_path_, limb_bed_.get());
    }
}

void Patient::set_heart(HeartState s) {
    lv_->set_state(s);
    rv_->set_state(s);
}

bool Patient::is_patient_compartment(int i) const {
    const auto& n = nodes_;
    return i == n.art_upper || i == n.art_lower || i == n.vein_upper || i == n.vein_lower || i == n.ra || i == n.pa ||
           i == n.pv || (i >= 0 && (i == n.limb_art || i == n.limb_vein));
}

double viscosity_factor(double hct, double baseline_hct, double temp_c) {
    const double h = std::clamp(std::isfinite(hct) ? hct : baseline_hct, 0.0, 0.9);
    const double t = std::clamp(std::isfinite(temp_c) ? temp_c : 37.0, 0.0, 45.0);
    return std::exp(kViscosityPerHct * (h - baseline_hct) + kViscosityPerDegC * (37.0 - t));
}

void Patient::prepare(Network& net, double dt_s) {
    // Bed resistances follow the viscosity of the blood entering them and the tissue temperature.
    // (Recomputed only when Hct or temperature have moved measurably.)
    auto bed = [&](int path, double r0, const TissueBed& tissue, ViscosityCache& cache) {
        const double hct = concentration(net.compartment(net.path(path).from), kRbc);
        const double temp = tissue.temperature_c();
        if (std::fabs(hct - cache.hct) > 1e-4 || std::fabs(temp - cache.temp_c) > 1e-3) {
            cache = {hct, temp, viscosity_factor(hct, baseline_hct_, temp)};
        }
        net.path(path).law = into_collapsible(net, path, r0 * cache.factor);
    };
    bed(bed_upper_path_, bed_upper_r_, *upper_, viscosity_[0]);
    bed(bed_lower_path_, bed_lower_r_, *lower_, viscosity_[1]);
    if (limb_bed_) bed(limb_bed_path_, bed_limb_r_, *limb_bed_, viscosity_[2]);
    net.path(svc_path_).law = into_collapsible(net, svc_path_, svc_r_);
    net.path(ivc_path_).law = into_collapsible(net, ivc_path_, ivc_r_);
    lv_->prepare(net, dt_s);
    rv_->prepare(net, dt_s);
    upper_->prepare(net, dt_s);
    lower_->prepare(net, dt_s);
    if (limb_bed_) {
        limb_bed_->prepare(net, dt_s);
        // Isolation: the limb artery and vein are clamped and cannulated; only collaterals remain, and a
        // loose tourniquet lets far more through them.
        net.path(limb_in_path_).law = limb_isolated_ ? PathLaw{} : resistor_law(limb_in_r_);
        net.path(limb_out_path_).law = limb_isolated_ ? PathLaw{} : resistor_law(limb_out_r_);
        const double r = tourniquet_ == Tourniquet::tight ? kCollateralTightMmHgSPerMl : kCollateralLooseMmHgSPerMl;
        net.path(collat_art_path_).law = resistor_law(limb_isolated_ ? r : kCollateralTightMmHgSPerMl);
        net.path(collat_vein_path_).law = resistor_law(limb_isolated_ ? r : kCollateralTightMmHgSPerMl);
    }
}

void Patient::finish(Network& net, double dt_s) {
    upper_->finish(net, dt_s);
    lower_->finish(net, dt_s);
    if (limb_bed_) limb_bed_->finish(net, dt_s);
}

// The limb's isolation is not carried: the new circuit decides it (joined to the limb's vessels or not).
void Patient::carry_state_from(const Patient& old) {
    // Same patient, same limb: the organs sit on the same paths of the new network (the patient is always
    // built first), so copying them whole keeps their path indices right.
    if (old.limb_ != limb_ || old.spec_.weight_kg != spec_.weight_kg) return;
    *lv_ = *old.lv_;
    *rv_ = *old.rv_;
    *lungs_ = *old.lungs_;
    *upper_ = *old.upper_;
    *lower_ = *old.lower_;
    if (limb_bed_ && old.limb_bed_) *limb_bed_ = *old.limb_bed_;
    tourniquet_ = old.tourniquet_;
}

}  // namespace perfuse::phys
