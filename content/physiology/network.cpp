// The network itself: compartments and paths, volume added or taken from outside, and one step
// (pressure solve in network_solve.cpp, then flow limiting and transport in network_transport.cpp).
#include "network.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

int Network::add_compartment(Compartment c) {
    compartments_.push_back(std::move(c));
    pattern_dirty_ = true;
    return compartment_count() - 1;
}

int Network::add_path(Path p) {
    paths_.push_back(std::move(p));
    hooks_.push_back(nullptr);
    pattern_dirty_ = true;
    return path_count() - 1;
}

void Network::set_hook(int path, PacketHook* hook) { hooks_[static_cast<size_t>(path)] = hook; }

int Network::find_compartment(const std::string& name) const {
    for (int i = 0; i < compartment_count(); ++i) {
        if (compartments_[static_cast<size_t>(i)].name == name) return i;
    }
    return -1;
}

double Network::total_volume_ml() const {
    double sum = 0.0;
    for (const auto& c : compartments_) sum += c.volume_ml;
    return sum;
}

double Network::total_amount(Species s) const {
    double sum = 0.0;
    for (const auto& c : compartments_) sum += c.amount[static_cast<size_t>(s)];
    return sum;
}

void Network::add_volume(int i, double volume_ml, const Amounts& per_ml) {
    if (!(volume_ml > 0.0) || !std::isfinite(volume_ml)) return;
    auto& c = compartment(i);
    c.volume_ml += volume_ml;
    for (size_t s = 0; s < c.amount.size(); ++s) c.amount[s] += per_ml[s] * volume_ml;
}

double Network::remove_volume(int i, double volume_ml) {
    auto& c = compartment(i);
    if (!(volume_ml > 0.0) || !std::isfinite(volume_ml) || c.volume_ml <= 0.0) return 0.0;
    const double taken_ml = std::min(volume_ml, c.volume_ml);
    const double keep = (c.volume_ml - taken_ml) / c.volume_ml;
    for (auto& a : c.amount) a *= keep;
    c.volume_ml -= taken_ml;
    return taken_ml;
}

void Network::step(double dt_s) {
    if (!(dt_s > 0.0) || !std::isfinite(dt_s)) return;
    solve(dt_s);
    limit_flows(dt_s);
    transport(dt_s);
}

}  // namespace perfuse::phys
