#pragma once
// What every circuit part shares: a specification (type and size), one compartment (its filling
// volume) and one inflow path carrying its physics from whatever its inlet is joined to.
#include <string>

#include "device.h"

namespace perfuse::phys {

enum class PartType {
    cannula, tubing, clamp, reservoir, roller_pump, centrifugal_pump, oxygenator, heat_exchanger, arterial_filter
  };
enum class TubingSize { quarter_inch, three_eighths_inch, half_inch };
enum class CannulaRole { drainage, return_flow };
enum class DeviceSize { neonatal, paediatric, adult };

struct PartSpec {
    std::string id;
    PartType type = PartType::tubing;
    TubingSize tubing = TubingSize::three_eighths_inch;  // tubing, roller pump boot
    double length_cm = 0.0;                              // tubing and cannulae; 0 = default
    double french = 0.0;                                 // cannulae; 0 = default for role
    CannulaRole role = CannulaRole::drainage;
    double tip_cm = 0.0;            // tip position along the venae cavae from the cavo-atrial junction (+ IVC)
    bool jet_to_tricuspid = false;  // return lumen of a bicaval dual-lumen cannula
    DeviceSize size = DeviceSize::adult;  // oxygenator, heat exchanger, filter, reservoir
    double height_cm = 0.0;               // reservoir level relative to the patient's heart (below < 0)
    double fill_ml = 0.0;                 // reservoir: volume of prime left in it
};

const char* to_string(PartType t);

class Part : public Device {
public:
    explicit Part(PartSpec spec) : spec_(std::move(spec)) {}
    const PartSpec& spec() const { return spec_; }
    int node() const { return node_; }
    int inflow() const { return inflow_; }
    void bind(int node, int inflow) { node_ = node; inflow_ = inflow; }
    // Volume and compliance of the part's compartment when primed.
    virtual double prime_volume_ml() const = 0;
    // PVC tubing and devices are stiff: 0.1 % of their volume per mmHg (approximate), which is why a
    // roller pump against a clamp drives the pressure up by hundreds of mmHg per second.
    virtual double compliance_ml_per_mmHg() const { return 1e-3 * prime_volume_ml(); }
    virtual double external_mmHg() const { return 0.0; }
    virtual double unstressed_ml() const { return prime_volume_ml(); }
    virtual double suction_limit_mmHg() const { return 700.0; }  // rigid parts cavitate near -700 mmHg
    // Takes over what this part was doing in a model being replaced (same id, rebuilt circuit): a pump's
    // speed, a clamp's occlusion, a heater's water temperature. Its blood comes with its compartment.
    virtual void carry_state_from(const Part& /*old*/) {}

protected:
    // Sets the inflow law (no-op when the inlet is capped).
    void set_law(Network& net, const PathLaw& law) const {
        if (inflow_ >= 0) net.path(inflow_).law = law;
    }
    PartSpec spec_;
    int node_ = -1;
    int inflow_ = -1;
};

// Resistance of a path that both obeys Poiseuille (linear) and has entrance/tip losses (quadratic),
// linearised around the last flow: dP = r1*q + r2*q|q|.
inline double effective_resistance(double r1, double r2, double last_flow_ml_s) {
    return r1 + r2 * (last_flow_ml_s < 0 ? -last_flow_ml_s : last_flow_ml_s);
}

}  // namespace perfuse::phys
