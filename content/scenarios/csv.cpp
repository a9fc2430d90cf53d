#include "csv.h"

#include <cmath>
#include <cstdio>

namespace perfuse::scenarios {

namespace {

void put(std::string& row, double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", std::isfinite(v) ? v : 0.0);
    if (!row.empty()) row += ',';
    row += buf;
}

void put(std::string& row, const std::optional<double>& v) {
    if (v) {
        put(row, *v);
    } else {
        row += ',';
    }
}

}  // namespace

std::string csv_header() {
    return "t_s,map_mmhg,cvp_mmhg,heart_output_l_min,pump_flow_l_min,pump_rpm,arterial_line_mmhg,venous_line_mmhg,"
           "sao2,svo2,sao2_upper,sao2_lower,pao2_mmhg,paco2_mmhg,hb_g_dl,hct,temp_c,do2_ml_min,vo2_ml_min,reservoir_ml,"
           "blood_volume_ml,recirculation,limb_temp_c,limb_flow_ml_min,leak_percent,limb_melphalan_mg_l,"
           "systemic_melphalan_mg_l,o2_debt_ml,oxygenator_dp_mmhg,post_oxygenator_po2_mmhg,air_to_patient_ml,alarms";
}

std::string csv_row(const phys::Snapshot& s) {
    std::string r;
    put(r, s.t_s);
    put(r, s.map_mmHg);
    put(r, s.cvp_mmHg);
    put(r, s.heart_output_l_min);
    put(r, s.pump_flow_l_min);
    put(r, s.pump_rpm);
    put(r, s.arterial_line_mmHg);
    put(r, s.venous_line_mmHg);
    put(r, s.sao2);
    put(r, s.svo2);
    put(r, s.sao2_upper);
    put(r, s.sao2_lower);
    put(r, s.pao2_mmHg);
    put(r, s.paco2_mmHg);
    put(r, s.hb_g_dl);
    put(r, s.hct);
    put(r, s.temp_c);
    put(r, s.do2_ml_min);
    put(r, s.vo2_ml_min);
    put(r, s.reservoir_ml);
    put(r, s.blood_volume_ml);
    put(r, s.recirculation);
    put(r, s.limb_temp_c);
    put(r, s.limb_flow_ml_min);
    put(r, s.leak_percent);
    put(r, s.limb_melphalan_mg_l);
    put(r, s.systemic_melphalan_mg_l);
    put(r, s.o2_debt_ml);
    put(r, s.oxygenator_dp_mmHg);
    put(r, s.post_oxygenator_po2_mmHg);
    put(r, s.air_to_patient_ml);
    r += ',';
    r += s.alarms;
    return r;
}

}  // namespace perfuse::scenarios
