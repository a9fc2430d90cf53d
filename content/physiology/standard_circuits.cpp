#include "standard_circuits.h"

#include <algorithm>
#include <cmath>

#include "arterial_filter.h"
#include "cannula.h"
#include "centrifugal_pump.h"
#include "heat_exchanger.h"
#include "oxygenator.h"
#include "reservoir.h"
#include "roller_pump.h"
#include "tubing.h"

namespace perfuse::phys {

const char* to_string(CircuitType t) {
    switch (t) {
        case CircuitType::none: return "none";
        case CircuitType::cpb: return "cpb";
        case CircuitType::va_ecmo: return "va_ecmo";
        case CircuitType::vv_ecmo: return "vv_ecmo";
        case CircuitType::ilp: return "ilp";
    }
    return "?";
}

DeviceSize device_size_for(const PatientSpec& p) {
    if (p.weight_kg < 10.0) return DeviceSize::neonatal;
    if (p.weight_kg < 35.0) return DeviceSize::paediatric;
    return DeviceSize::adult;
}

Cannulation resolved_cannulation(const CircuitOptions& o, const PatientSpec& p) {
    if (o.cannulation != Cannulation::automatic) return o.cannulation;
    if (o.type == CircuitType::vv_ecmo) return p.weight_kg < 10.0 ? Cannulation::dual_lumen : Cannulation::femoral_jugular;
    if (o.type == CircuitType::va_ecmo) return p.weight_kg < 15.0 ? Cannulation::cervical : Cannulation::femoral;
    return Cannulation::central;
}

double default_limb_volume_l(Limb l) { return l == Limb::arm ? 4.0 : 10.0; }

double default_prime_hb_g_dl(const CircuitOptions& o, const PatientSpec& p) {
    if (o.prime_hb_g_dl) return *o.prime_hb_g_dl;
    if (o.type == CircuitType::ilp) return 10.0;
    return p.weight_kg < 35.0 ? 0.375 * 33.3 : 0.0;
}

namespace {

// Cannula sizes by weight, interpolated between neonate (3.5 kg), child (20 kg) and adult (70 kg) values
// of the usual sizing charts (approximate): arterial 8/14/17 Fr (femoral) or 8/14/22 Fr (central),
// venous 12/18/25 Fr (femoral, 55 cm) or 14/20/36 Fr (atrial, two-stage in adults, for CPB).
double interp(double kg, double neo, double child, double adult) {
    if (kg <= 3.5) return neo;
    if (kg <= 20.0) return neo + (child - neo) * (kg - 3.5) / 16.5;
    if (kg <= 70.0) return child + (adult - child) * (kg - 20.0) / 50.0;
    return adult;
}

PartSpec part(const std::string& id, PartType type, DeviceSize size) {
    PartSpec s;
    s.id = id;
    s.type = type;
    s.size = size;
    return s;
}

PartSpec cannula(const std::string& id, CannulaRole role, double fr, double length_cm, double tip_cm) {
    PartSpec s = part(id, PartType::cannula, DeviceSize::adult);
    s.role = role;
    s.french = std::round(fr);
    s.length_cm = length_cm;
    s.tip_cm = tip_cm;
    return s;
}

PartSpec tubing(const std::string& id, TubingSize size, double length_cm) {
    PartSpec s = part(id, PartType::tubing, DeviceSize::adult);
    s.tubing = size;
    s.length_cm = length_cm;
    return s;
}

void chain(CircuitGraph& g, const std::vector<std::string>& ids) {
    for (size_t i = 1; i < ids.size(); ++i) g.connections.push_back({{ids[i - 1], "out"}, {ids[i], "in"}});
}

double volume_of(const CircuitGraph& g) {
    // Volumes the parts will hold when primed (reservoir excluded), using the same formulas as the parts.
    double v = 0.0;
    for (const auto& s : g.parts) {
        switch (s.type) {
            case PartType::tubing: v += tubing_ml_per_cm(s.tubing) * s.length_cm; break;
            case PartType::cannula: {
                const double r = 0.85 * s.french / 3.0 / 2.0 / 10.0;
                v += 3.14159265358979 * r * r * s.length_cm;
                break;
            }
            case PartType::clamp: v += 5.0; break;
            case PartType::roller_pump: v += RollerPump(s).prime_volume_ml(); break;
            case PartType::centrifugal_pump: v += CentrifugalPump(s).prime_volume_ml(); break;
            case PartType::oxygenator: v += oxygenator_data(s.size).priming_ml; break;
            case PartType::heat_exchanger: v += s.size == DeviceSize::adult ? 20.0 : 8.0; break;
            case PartType::arterial_filter: v += ArterialFilter(s).prime_volume_ml(); break;
            case PartType::reservoir: break;
        }
    }
    return v;
}

}  // namespace

StandardCircuit standard_circuit(const CircuitOptions& o, const PatientSpec& p) {
    StandardCircuit out;
    if (o.type == CircuitType::none) return out;
    CircuitGraph& g = out.graph;
    const DeviceSize size = device_size_for(p);
    const double kg = p.weight_kg;
    const Cannulation how = resolved_cannulation(o, p);
    const TubingSize ecmo_tube = size == DeviceSize::neonatal ? TubingSize::quarter_inch : TubingSize::three_eighths_inch;
    const bool reservoir_circuit = o.type == CircuitType::cpb || o.type == CircuitType::ilp;

    if (reservoir_circuit) {
        const bool ilp = o.type == CircuitType::ilp;
        const TubingSize venous_tube = ilp ? TubingSize::three_eighths_inch
                                           : (size == DeviceSize::adult ? TubingSize::half_inch
                                              : size == DeviceSize::paediatric ? TubingSize::three_eighths_inch
                                                                               : TubingSize::quarter_inch);
        const TubingSize arterial_tube = size == DeviceSize::neonatal ? TubingSize::quarter_inch : TubingSize::three_eighths_inch;
        const double line_cm = size == DeviceSize::adult ? 180.0 : size == DeviceSize::paediatric ? 120.0 : 90.0;
        const double ven_fr = ilp ? 20.0 : interp(kg, 14, 20, 36);
        const double art_fr = ilp ? 16.0 : interp(kg, 8, 14, 22);
        const double ven_len = ilp ? 25.0 : (size == DeviceSize::adult ? 35.0 : 20.0);
        g.parts.push_back(cannula("venous_cannula", CannulaRole::drainage, ven_fr, ven_len, 0.0));
        g.parts.push_back(part("venous_clamp", PartType::clamp, size));
        g.parts.push_back(tubing("venous_line", venous_tube, line_cm));
        PartSpec res = part("reservoir", PartType::reservoir, size);
        res.height_cm = kDefaultReservoirHeightCm;
        g.parts.push_back(res);
        PartSpec pump = part("pump", PartType::roller_pump, size);
        pump.tubing = size == DeviceSize::adult && !ilp ? TubingSize::half_inch : arterial_tube;
        g.parts.push_back(pump);
        g.parts.push_back(part("oxygenator", PartType::oxygenator, ilp ? DeviceSize::paediatric : size));
        g.parts.push_back(part("heat_exchanger", PartType::heat_exchanger, ilp ? DeviceSize::paediatric : size));
        std::vector<std::string> order{"venous_cannula", "venous_clamp", "venous_line", "reservoir", "pump", "oxygenator",
                                       "heat_exchanger"};
        if (!ilp) {
            g.parts.push_back(part("arterial_filter", PartType::arterial_filter, size));
            order.push_back("arterial_filter");
        }
        g.parts.push_back(part("arterial_clamp", PartType::clamp, size));
        g.parts.push_back(tubing("arterial_line", arterial_tube, line_cm));
        g.parts.push_back(cannula("arterial_cannula", CannulaRole::return_flow, art_fr, 15.0, 0.0));
        for (const char* id : {"arterial_clamp", "arterial_line", "arterial_cannula"}) order.push_back(id);
        chain(g, order);
        g.connections.push_back({{"patient", ilp ? "limb_vein" : "ra"}, {"venous_cannula", "in"}});
        g.connections.push_back({{"arterial_cannula", "out"}, {"patient", ilp ? "limb_artery" : "aorta"}});
        const double fixed = volume_of(g);
        const double minimum = reservoir_alarm_ml(size) * 3.0;
        const double default_prime = size == DeviceSize::adult && !ilp ? 1500.0 : fixed + minimum;
        const double prime = o.prime_ml.value_or(std::max(default_prime, fixed + minimum));
        if (prime < fixed) {
            out.error = "circuit.prime_ml " + std::to_string(static_cast<int>(prime)) + " is less than the " +
                        std::to_string(static_cast<int>(std::ceil(fixed))) + " ml this circuit holds outside its reservoir";
            return out;
        }
        for (auto& s : g.parts) {
            if (s.type == PartType::reservoir) s.fill_ml = prime - fixed;
        }
        return out;
    }

    // ECMO.
    const bool va = o.type == CircuitType::va_ecmo;
    const double dist = std::max(o.cannula_tip_distance_cm, 0.0);
    double line_cm = size == DeviceSize::adult ? 150.0 : size == DeviceSize::paediatric ? 120.0 : 90.0;
    if (how == Cannulation::dual_lumen) {
        // Bicaval dual-lumen: drains svc and ivc, returns at the atrium with the jet at the tricuspid valve.
        PartSpec drain = cannula("drainage_cannula", CannulaRole::drainage, interp(kg, 13, 23, 31) * 0.85, 30.0, 8.0);
        PartSpec ret = cannula("return_cannula", CannulaRole::return_flow, interp(kg, 13, 23, 31) * 0.6, 30.0, 0.0);
        ret.jet_to_tricuspid = true;
        g.parts.push_back(drain);
        g.parts.push_back(ret);
    } else {
        const bool central = how == Cannulation::central || how == Cannulation::cervical;
        const double drain_fr = interp(kg, 12, 18, 25);
        const double ret_fr = va ? (central ? interp(kg, 8, 14, 22) : interp(kg, 8, 14, 17)) : interp(kg, 12, 17, 21);
        const double drain_tip = va ? 0.0 : dist;  // VV two-site: drainage tip in the IVC, dist below the return
        g.parts.push_back(cannula("drainage_cannula", CannulaRole::drainage, drain_fr, central ? 25.0 : 55.0, drain_tip));
        g.parts.push_back(cannula("return_cannula", CannulaRole::return_flow, ret_fr, va && !central ? 18.0 : 25.0, 0.0));
    }
    g.parts.push_back(part("venous_clamp", PartType::clamp, size));
    g.parts.push_back(tubing("venous_line", ecmo_tube, line_cm));
    g.parts.push_back(part("pump", PartType::centrifugal_pump, size));
    g.parts.push_back(part("oxygenator", PartType::oxygenator, size));
    g.parts.push_back(part("heat_exchanger", PartType::heat_exchanger, size));
    g.parts.push_back(tubing("arterial_line", ecmo_tube, line_cm));
    g.parts.push_back(part("arterial_clamp", PartType::clamp, size));
    chain(g, {"drainage_cannula", "venous_clamp", "venous_line", "pump", "oxygenator", "heat_exchanger", "arterial_line",
              "arterial_clamp", "return_cannula"});
    if (how == Cannulation::dual_lumen) {
        g.connections.push_back({{"patient", "svc"}, {"drainage_cannula", "in"}});
        g.connections.push_back({{"patient", "ivc"}, {"drainage_cannula", "in"}});
        g.connections.push_back({{"return_cannula", "out"}, {"patient", "ra"}});
    } else if (va) {
        const bool femoral = how == Cannulation::femoral;
        g.connections.push_back({{"patient", "ra"}, {"drainage_cannula", "in"}});
        g.connections.push_back({{"return_cannula", "out"}, {"patient", femoral ? "femoral_artery" : "aorta"}});
    } else {
        g.connections.push_back({{"patient", "ivc"}, {"drainage_cannula", "in"}});
        g.connections.push_back({{"return_cannula", "out"}, {"patient", "ra"}});
    }
    if (o.prime_ml) {
        // ECMO has no reservoir: the prime fills the circuit, so it sets the length of the two lines.
        const double fixed = volume_of(g) - 2.0 * tubing_ml_per_cm(ecmo_tube) * line_cm;
        const double per_cm = 2.0 * tubing_ml_per_cm(ecmo_tube);
        const double new_cm = (*o.prime_ml - fixed) / per_cm;
        if (new_cm < 30.0) {
            out.error = "circuit.prime_ml " + std::to_string(static_cast<int>(*o.prime_ml)) + " is less than the " +
                        std::to_string(static_cast<int>(std::ceil(fixed + per_cm * 30.0))) + " ml this ECMO circuit needs";
            return out;
        }
        line_cm = new_cm;
        for (auto& s : g.parts) {
            if (s.type == PartType::tubing) s.length_cm = line_cm;
        }
    }
    return out;
}

}  // namespace perfuse::phys
