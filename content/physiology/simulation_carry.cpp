// Simulation::carry_state_from(): a model rebuilt from a changed circuit (a line added, the limb
// decannulated) goes on from where the old one was instead of starting the patient again.
#include "simulation.h"

#include <algorithm>
#include <iterator>

#include "reservoir.h"

namespace perfuse::phys {

// Prime poured into a part (its fill) since the old model was built, ml; 0 for anything else.
double Simulation::added_fill_ml(const std::string& part_id, const Simulation& old) const {
    const Part* now = circuit_.find(part_id);
    const Part* was = old.circuit_.find(part_id);
    if (now == nullptr || was == nullptr) return 0.0;
    return std::min(now->spec().fill_ml - was->spec().fill_ml, now->prime_volume_ml());
}

void Simulation::carry_state_from(const Simulation& old) {
    if (!error_.empty() || !old.patient_ || !patient_) return;
    // The blood: every compartment that still exists (the patient's, each part still in the circuit, by
    // name) keeps its volume, cells, gases, heat, drug and tracer; the last flows keep the linearised
    // resistances where they were. New parts keep their prime; removed parts take their contents away.
    bool reservoir_carried = false;
    for (int i = 0; i < net_.compartment_count(); ++i) {
        Compartment& c = net_.compartment(i);
        const int j = old.net_.find_compartment(c.name);
        if (j < 0) continue;
        // A part filled since (priming pours prime into the reservoir) keeps what it held plus the new prime.
        const double added_ml = added_fill_ml(c.name, old);
        Amounts added{};
        if (added_ml > 0.0 && c.volume_ml > 1e-9) {
            for (size_t k = 0; k < kSpeciesCount; ++k) added[k] = c.amount[k] / c.volume_ml * added_ml;
        }
        c.volume_ml = old.net_.compartment(j).volume_ml + std::max(added_ml, 0.0);
        for (size_t k = 0; k < kSpeciesCount; ++k) c.amount[k] = old.net_.compartment(j).amount[k] + added[k];
        if (reservoir_ != nullptr && i == reservoir_->node()) reservoir_carried = true;
    }
    for (int i = 0; i < net_.path_count(); ++i) {
        for (int j = 0; j < old.net_.path_count(); ++j) {
            if (old.net_.path(j).name == net_.path(i).name) {
                net_.path(i).flow_ml_s = old.net_.path(j).flow_ml_s;
                break;
            }
        }
    }
    patient_->carry_state_from(*old.patient_);
    for (const auto& p : circuit_.parts) {
        if (const Part* was = old.circuit_.find(p->spec().id)) p->carry_state_from(*was);
    }
    // What the console and the scenario set, the faults and their progress, the clock and the drugs.
    settings_ = old.settings_;
    for (size_t f = 0; f < std::size(faults_); ++f) faults_[f] = old.faults_[f];
    bleed_remaining_ml_ = old.bleed_remaining_ml_;
    bleed_rate_ml_s_ = old.bleed_rate_ml_s_;
    air_in_line_ml_ = old.air_in_line_ml_;
    air_to_patient_ml_ = old.air_to_patient_ml_;
    air_halt_ = old.air_halt_;
    level_halt_ = old.level_halt_;
    occluder_integral_ = old.occluder_integral_;
    servo_ = old.servo_;
    anticoagulation_ = old.anticoagulation_;
    time_s_ = old.time_s_;
    // The leak is a share of the tracer dose given: a reservoir that was already running keeps its count,
    // a new one adds its own dose to it.
    tracer_total_ = reservoir_carried ? old.tracer_total_ : old.tracer_total_ + tracer_total_;
    // Volume bookkeeping goes on: total = initial + in - out holds across the rebuild (the parts added or
    // taken away change "initial", as a new circuit's prime would).
    external_in_ml_ = old.external_in_ml_;
    external_out_ml_ = old.external_out_ml_;
    initial_volume_ml_ = net_.total_volume_ml() - external_in_ml_ + external_out_ml_;
    push_settings();
    evaluate();
}

}  // namespace perfuse::phys
