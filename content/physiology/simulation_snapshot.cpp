// Simulation::snapshot(): turns the network state into the reported numbers.
#include <algorithm>
#include <cmath>

#include "blood_gas.h"
#include "cannula.h"
#include "centrifugal_pump.h"
#include "oxygenator.h"
#include "reservoir.h"
#include "roller_pump.h"
#include "simulation.h"

namespace perfuse::phys {

namespace {

struct BloodSample {
    double sat = 0, po2 = 0, pco2 = 0, hb = 0, hct = 0, temp = 37;
};

BloodSample sample(const Amounts& a, double volume_ml) {
    BloodSample s;
    if (volume_ml <= 1e-9) return s;
    s.hct = std::clamp(a[kRbc] / volume_ml, 0.0, 1.0);
    s.hb = s.hct * gas::kMchcGPerDl;
    s.temp = a[kHeat] / volume_ml;
    s.pco2 = gas::pco2_from_content_mmHg(a[kCo2] / volume_ml * 100.0);
    s.po2 = gas::po2_from_content_mmHg(a[kO2] / volume_ml * 100.0, s.hb, s.temp, s.pco2);
    s.sat = s.hb > 0.05 ? gas::o2_saturation(s.po2, s.temp, s.pco2) : 0.0;
    return s;
}

BloodSample sample(const Compartment& c) { return sample(c.amount, c.volume_ml); }

}  // namespace

Snapshot Simulation::snapshot() const {
    Snapshot s;
    s.t_s = time_s_;
    if (!patient_) return s;
    const auto& n = patient_->nodes();
    s.map_mmHg = net_.pressure(n.art_upper);
    s.cvp_mmHg = net_.pressure(n.ra);
    s.heart_output_l_min = ml_s_to_l_min(net_.path(patient_->lv_path()).flow_ml_s);

    const BloodSample upper = sample(net_.compartment(n.art_upper));
    const BloodSample lower = sample(net_.compartment(n.art_lower));
    s.sao2 = s.sao2_upper = upper.sat;  // right radial: what the upper body gets
    s.sao2_lower = lower.sat;
    s.pao2_mmHg = upper.po2;
    s.paco2_mmHg = upper.pco2;
    s.hb_g_dl = upper.hb;
    s.hct = upper.hct;
    s.temp_c = patient_->upper_bed().temperature_c();

    // Mixed venous: everything leaving the capillary beds in the last step.
    Amounts venous{};
    double venous_ml = 0.0;
    const TissueBed* beds[3] = {&patient_->upper_bed(), &patient_->lower_bed(), patient_->limb_bed()};
    for (const TissueBed* b : beds) {
        if (b == nullptr) continue;
        if (b != patient_->limb_bed() || options_.type != CircuitType::ilp) {
            for (size_t k = 0; k < kSpeciesCount; ++k) venous[k] += b->last_outflow()[k];
            venous_ml += b->last_outflow_ml();
        }
        s.do2_ml_min += b->do2_ml_min();
        s.vo2_ml_min += b->vo2_ml_min();
        s.o2_debt_ml += b->o2_debt_ml();
    }
    s.svo2 = venous_ml > 1e-9 ? sample(venous, venous_ml).sat : sample(net_.compartment(n.ra)).sat;

    s.blood_volume_ml = net_.total_volume_ml();
    if (roller_ != nullptr || centrifugal_ != nullptr) {
        s.pump_flow_l_min = pump_flow_l_min();
        s.pump_rpm = roller_ != nullptr ? roller_->rpm() : centrifugal_->rpm();
        const Part* pump = roller_ != nullptr ? static_cast<const Part*>(roller_) : centrifugal_;
        s.arterial_line_mmHg = net_.pressure(pump->node());  // between pump and oxygenator
    }
    if (const Part* vl = circuit_.find("venous_line")) s.venous_line_mmHg = net_.pressure(vl->node());
    if (reservoir_ != nullptr) s.reservoir_ml = net_.compartment(reservoir_->node()).volume_ml;
    if (oxygenator_ != nullptr) {
        s.oxygenator_dp_mmHg = oxygenator_->pressure_drop_mmHg(net_);
        s.post_oxygenator_po2_mmHg = oxygenator_->post_po2_mmHg();
    }
    if ((options_.type == CircuitType::va_ecmo || options_.type == CircuitType::vv_ecmo) && drainage_ != nullptr) {
        // Fraction of the drained blood that came back from the oxygenator without passing a capillary bed.
        const auto& d = net_.compartment(drainage_->node());
        s.recirculation = d.volume_ml > 1e-9 ? std::clamp(d.amount[kFresh] / d.volume_ml, 0.0, 1.0) : 0.0;
    }
    if (options_.type == CircuitType::ilp && patient_->limb_bed() != nullptr) {
        s.limb_temp_c = patient_->limb_bed()->temperature_c();
        s.limb_flow_ml_min = net_.path(patient_->limb_bed_path()).flow_ml_s * 60.0;
        double sys_tracer = 0, sys_mel = 0, sys_ml = 0, iso_mel = 0, iso_ml = 0;
        for (int i = 0; i < net_.compartment_count(); ++i) {
            const auto& c = net_.compartment(i);
            const bool systemic = patient_->is_patient_compartment(i) && i != n.limb_art && i != n.limb_vein;
            if (systemic) {
                sys_tracer += c.amount[kTracer];
                sys_mel += c.amount[kMelphalan];
                sys_ml += c.volume_ml;
            } else {
                iso_mel += c.amount[kMelphalan];
                iso_ml += c.volume_ml;
            }
        }
        s.leak_percent = tracer_total_ > 0.0 ? 100.0 * sys_tracer / tracer_total_ : 0.0;
        s.limb_melphalan_mg_l = iso_ml > 1e-9 ? iso_mel / iso_ml * 1000.0 : 0.0;
        s.systemic_melphalan_mg_l = sys_ml > 1e-9 ? sys_mel / sys_ml * 1000.0 : 0.0;
    }
    s.air_to_patient_ml = air_to_patient_ml_;
    s.act_s = anticoagulation_.act_s();
    s.heparin_u_per_kg = anticoagulation_.heparin_u_per_kg();
    std::string alarms;
    auto add = [&](const char* a) { alarms += alarms.empty() ? a : std::string("|") + a; };
    if (air_halt_ || air_in_line_ml_ > 0.0) add("air_detected");
    if (reservoir_ != nullptr && *s.reservoir_ml < reservoir_->alarm_ml()) add("low_level");
    if (s.arterial_line_mmHg && *s.arterial_line_mmHg > settings_.line_pressure_limit_mmHg) add("high_line_pressure");
    if (servo_.slowing()) add("pressure_servo");  // the console is holding the pump back
    if (const auto* c = dynamic_cast<const Cannula*>(drainage_);
            centrifugal_ != nullptr && c != nullptr && c->seconds_since_collapse() < kChatterAlarmHoldS) {
        add("chatter");  // suction collapsing the vessel at the drainage tip
    }
    s.alarms = alarms;
    return s;
}

}  // namespace perfuse::phys
