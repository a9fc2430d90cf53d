#pragma once
// A patient, optionally on a circuit, advanced by fixed steps. Owns the network and runs the common
// lifecycle each step: patient and parts prepare -> network solves and moves blood -> finish.
// Volume enters or leaves only by explicit actions (fluids, blood, bleeding, cardioplegia crystalloid,
// haemofiltration); external_in_ml() - external_out_ml() accounts for all of them.
#include <memory>
#include <string>
#include <vector>

#include "anticoagulation.h"
#include "graph.h"
#include "patient.h"
#include "pressure_servo.h"
#include "settings.h"
#include "snapshot.h"
#include "standard_circuits.h"

namespace perfuse::phys {

class CentrifugalPump;
class Clamp;
class HeatExchanger;
class Oxygenator;
class Reservoir;
class RollerPump;
class Tubing;

inline constexpr double kDefaultStepS = 0.02;
inline constexpr double kDefaultCentrifugalRpm = 3000.0;
inline constexpr double kIlpLegFlowLMin = 0.8;   // leg ILP 600-1000 ml/min (sources section 3)
inline constexpr double kIlpArmFlowLMin = 0.35;  // arm: lower; approximate
inline constexpr double kIlpHeaterC = 40.0;      // mild hyperthermia 38-40 degC in the limb (sources section 3)
inline constexpr double kIlpTracerCounts = 1000.0;
inline constexpr double kChatterAlarmHoldS = 10.0;  // the chatter alarm stays up this long after a collapse

class Simulation {
public:
    // Builds the standard circuit for `circuit`; error() says why if it could not.
    Simulation(const PatientSpec& patient, const CircuitOptions& circuit);
    // Builds a user-assembled circuit graph (the assembly feature).
    Simulation(const PatientSpec& patient, const CircuitOptions& circuit, const CircuitGraph& graph);
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;
    ~Simulation();

    const std::string& error() const { return error_; }
    void apply(const SettingsPatch& patch);
    void inject(Fault f);
    void clear(Fault f);
    void step(double dt_s);
    // Brings flows and rates up to date with the current state and settings (a 1 microsecond step that
    // does not advance the clock), so a snapshot before the first real step reports real flows.
    void evaluate();
    Snapshot snapshot() const;

    double time_s() const { return time_s_; }
    const Network& network() const { return net_; }
    const Patient& patient() const { return *patient_; }
    const AssembledCircuit& circuit() const { return circuit_; }
    const Settings& settings() const { return settings_; }
    bool fault_active(Fault f) const { return faults_[static_cast<int>(f)]; }  // injected and not cleared
    CircuitType type() const { return options_.type; }
    double external_in_ml() const { return external_in_ml_; }
    double external_out_ml() const { return external_out_ml_; }
    double initial_volume_ml() const { return initial_volume_ml_; }
    double pump_flow_l_min() const;
    const Anticoagulation& anticoagulation() const { return anticoagulation_; }
    // The roller pump's line-pressure servo: below 1 while it is holding the pump back.
    double servo_speed_fraction() const { return servo_.speed_fraction(); }
    // Carries heparin over to a rebuilt model (the assembly feature rebuilds it when the circuit changes).
    void set_anticoagulation(const Anticoagulation& a) { anticoagulation_ = a; }
    // Goes on from a model of the same patient being replaced by this one (rebuilt from a changed circuit):
    // the blood in every compartment that still exists, the organs, the parts still in the circuit, the
    // settings, faults, drugs and the clock (simulation_carry.cpp).
    void carry_state_from(const Simulation& old);

private:
    void build(const PatientSpec& patient, const CircuitGraph* graph);
    void set_defaults();
    void push_settings();
    void run_actions(double dt_s);
    void washout(double dt_s);
    double added_fill_ml(const std::string& part_id, const Simulation& old) const;
    void after_step(double dt_s);
    void advance(double dt_s);
    void give(int node, double volume_ml, const Amounts& per_ml);
    double take(int node, double volume_ml);
    int fluid_target() const;
    double effective_rpm() const;

    PatientSpec spec_;
    double full_flow_l_min_ = 0.0;  // of spec_, which is fixed once built (the pump's default, read every step)
    CircuitOptions options_;
    Network net_;
    std::unique_ptr<Patient> patient_;
    AssembledCircuit circuit_;
    Settings settings_;
    std::string error_;
    double time_s_ = 0.0;

    RollerPump* roller_ = nullptr;
    CentrifugalPump* centrifugal_ = nullptr;
    Oxygenator* oxygenator_ = nullptr;
    HeatExchanger* heater_ = nullptr;
    Reservoir* reservoir_ = nullptr;
    Clamp* venous_clamp_ = nullptr;
    Clamp* arterial_clamp_ = nullptr;
    Tubing* venous_line_ = nullptr;
    Part* drainage_ = nullptr;
    bool has_filter_ = false;

    bool faults_[6] = {};
    double bleed_remaining_ml_ = 0.0, bleed_rate_ml_s_ = 0.0;
    double air_in_line_ml_ = 0.0, air_to_patient_ml_ = 0.0;
    bool air_halt_ = false, level_halt_ = false;
    double occluder_integral_ = 0.0, reservoir_target_ml_ = 0.0;
    Decay occluder_smoothing_{3.0};
    double external_in_ml_ = 0.0, external_out_ml_ = 0.0, initial_volume_ml_ = 0.0;
    double tracer_total_ = 0.0;
    LinePressureServo servo_;
    Anticoagulation anticoagulation_;
};

}  // namespace perfuse::phys
