#include "workbench.h"

#include <algorithm>
#include <cmath>

#include "common/plain_number.h"

namespace perfuse::circuits {

const char* to_string(Place p) {
    switch (p) {
      case Place::trolley: return "trolley";
      case Place::in_hand: return "in_hand";
      case Place::mounted: return "mounted";
    }
    return "?";
}

namespace {
std::string lower_first(std::string s) {
    if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
    return s;
}
std::string the(const ItemSpec& i) { return i.fixed && i.id == "patient" ? "the patient" : "the " + lower_first(i.name); }
std::string join_names(const Kit& kit, const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) {
        const MountPoint* m = kit.mount_point(id);
        if (!out.empty()) out += ", ";
        out += m != nullptr ? m->name : id;
    }
    return out;
}
}  // namespace

Workbench::Workbench(Kit kit, phys::PatientSpec patient, phys::CircuitOptions options)
    : kit_(std::move(kit)), patient_(patient), options_(options) {
    if (options_.type == phys::CircuitType::none) options_.type = kit_.circuit;
    sized_ = phys::standard_circuit(options_, patient_);
    for (const auto& item : kit_.items) {
        ItemState s;
        if (item.fixed) { s.place = Place::mounted; s.wet = true; s.air = false; }
        items_[item.id] = s;
    }
}

ItemState* Workbench::find(const std::string& item) {
    auto it = items_.find(item);
    return it == items_.end() ? nullptr : &it->second;
}

const ItemState& Workbench::state(const std::string& item) const {
    static const ItemState none;
    auto it = items_.find(item);
    return it == items_.end() ? none : it->second;
}

bool Workbench::in_use(const std::string& item) const {
    auto it = items_.find(item);
    return it != items_.end() && it->second.place != Place::trolley;
}

ActionResult Workbench::take(const std::string& item) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    if (spec->fixed) return ActionResult::refused(the(*spec) + " stays where it is.");
    if (s->place == Place::in_hand) return ActionResult::refused("You are already holding " + the(*spec) + ".");
    if (s->place == Place::mounted) return unmount(item);
    s->place = Place::in_hand;
    ++topology_version_;
    return ActionResult::done("You pick up " + the(*spec) + ".");
}

ActionResult Workbench::put_back(const std::string& item) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    if (spec->fixed) return ActionResult::refused(the(*spec) + " stays where it is.");
    const std::string prefix = item + ".";
    std::erase_if(joints_, [&](const Joint& j) { return j.a.rfind(prefix, 0) == 0 || j.b.rfind(prefix, 0) == 0; });
    *s = ItemState{};
    ++topology_version_;
    return ActionResult::done("You put " + the(*spec) + " back on the trolley.");
}

ActionResult Workbench::mount(const std::string& item, const std::string& mount_point) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    const MountPoint* mp = kit_.mount_point(mount_point);
    if (mp == nullptr) return ActionResult::refused("There is no mount point called \"" + mount_point + "\" here.");
    if (spec->fixed) return ActionResult::refused(the(*spec) + " stays where it is.");
    if (std::find(spec->mounts.begin(), spec->mounts.end(), mount_point) == spec->mounts.end()) {
      if (spec->mounts.empty()) return ActionResult::refused(spec->name + " is not mounted: it is joined by its ports.");
      return ActionResult::refused(spec->name + " does not fit the " + mp->name + ". It fits: " +
                                   join_names(kit_, spec->mounts) + ".");
    }
    if (s->place == Place::mounted && s->mount == mount_point) return ActionResult::refused(spec->name + " is already there.");
    for (const auto& [id, other] : items_) {
        if (id != item && other.place == Place::mounted && other.mount == mount_point) {
          return ActionResult::refused("The " + mp->name + " already holds the " + lower_first(kit_.item(id)->name) + ".");
        }
    }
    const bool was_in_use = s->place != Place::trolley;
    s->place = Place::mounted;
    s->mount = mount_point;
    if (!was_in_use) ++topology_version_;
    return ActionResult::done(spec->name + " is mounted on the " + mp->name + ".");
}

ActionResult Workbench::unmount(const std::string& item) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    if (spec->fixed) return ActionResult::refused(the(*spec) + " stays where it is.");
    if (s->place != Place::mounted) return ActionResult::refused(spec->name + " is not mounted.");
    s->place = Place::in_hand;
    s->mount.clear();
    return ActionResult::done("You take " + the(*spec) + " off its holder.");
}

ActionResult Workbench::check_port(const std::string& ref, const PortSpec** out) const {
    std::string item_id, port_id;
    if (!split_port(ref, item_id, port_id)) return ActionResult::refused("\"" + ref + "\" is not a port (write item.port).");
    const ItemSpec* item = kit_.item(item_id);
    if (item == nullptr) return ActionResult::refused("There is no \"" + item_id + "\" in this kit.");
    const PortSpec* port = item->port(port_id);
    if (port == nullptr) return ActionResult::refused(item->name + " has no port called \"" + port_id + "\".");
    if (!in_use(item_id)) return ActionResult::refused("Take " + the(*item) + " from the trolley first.");
    if (port->max_joints > 0 && static_cast<int>(partners(ref).size()) >= port->max_joints) {
        return ActionResult::refused("The " + port->name + " of " + the(*item) + " is already in use.");
    }
    *out = port;
    return ActionResult::done();
}

ActionResult Workbench::connect(const std::string& a, const std::string& b) {
    if (a == b) return ActionResult::refused("A port cannot be joined to itself.");
    if (joined(a, b)) return ActionResult::refused("These two ports are already joined.");
    const PortSpec* pa = nullptr;
    const PortSpec* pb = nullptr;
    if (auto r = check_port(a, &pa); !r.ok) return r;
    if (auto r = check_port(b, &pb); !r.ok) return r;
    if (pa->kind != pb->kind) {
        return ActionResult::refused(std::string("Their connectors do not fit: one carries ") + to_string(pa->kind) +
                                     ", the other " + to_string(pb->kind) + ".");
    }
    joints_.push_back({a, b});
    // A cannula placed in a vessel fills with blood as it back-bleeds (a wet-to-wet connection).
    for (const auto& [mine, theirs] : {std::pair{a, b}, std::pair{b, a}}) {
        if (mine.rfind("patient.", 0) != 0 || pa->kind != PortKind::blood) continue;
        ItemState* s = find(theirs.substr(0, theirs.find('.')));
        if (s != nullptr) { s->wet = true; s->air = false; }
    }
    ++topology_version_;
    return ActionResult::done("Joined.");
}

ActionResult Workbench::disconnect(const std::string& a, const std::string& b) {
    auto it = std::find_if(joints_.begin(), joints_.end(),
                           [&](const Joint& j) { return (j.a == a && j.b == b) || (j.a == b && j.b == a); });
    if (it == joints_.end()) return ActionResult::refused("These two ports are not joined.");
    joints_.erase(it);
    ++topology_version_;
    return ActionResult::done("Separated.");
}

ActionResult Workbench::clamp(const std::string& item) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    if (spec->clamp.empty()) return ActionResult::refused(spec->name + " has no clamp.");
    if (s->place == Place::trolley) return ActionResult::refused("Take " + the(*spec) + " from the trolley first.");
    if (s->clamped) return ActionResult::refused(spec->name + " is already clamped.");
    s->clamped = true;
    ++levels_version_;
    return ActionResult::done(spec->name + " is clamped.");
}

ActionResult Workbench::unclamp(const std::string& item) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    if (spec->clamp.empty()) return ActionResult::refused(spec->name + " has no clamp.");
    if (!s->clamped) return ActionResult::refused(spec->name + " is not clamped.");
    s->clamped = false;
    ++levels_version_;
    return ActionResult::done(spec->name + " is open.");
}

ActionResult Workbench::set(const std::string& key, double value) {
    const ControlSpec* c = find_control(key);
    if (c == nullptr) return ActionResult::refused("There is no control called \"" + key + "\".");
    if (!std::isfinite(value) || value < c->min || value > c->max) {
        const auto label = control_labels_.find(key);
        const std::string name = label != control_labels_.end() ? label->second : "The " + key + " control";
        return ActionResult::refused(name + " can only be set from " + plain_number(c->min) + " to " +
                                     plain_number(c->max) + ".");
    }
    if (c->dose) {
        doses_.emplace_back(key, value);
    } else {
        levels_[key] = value;
    }
    ++levels_version_;
    return ActionResult::done();
}

ActionResult Workbench::prime(double volume_ml) {
    if (!std::isfinite(volume_ml) || volume_ml < 0.0 || volume_ml > 5000.0) {
        return ActionResult::refused("Prime between 0 and 5000 ml (0 gives the usual volume).");
    }
    bool any = false;
    for (const auto& item : kit_.items) {
        if (!item.fixed && !item.parts.empty() && in_use(item.id)) any = true;
    }
    if (!any) return ActionResult::refused("There is nothing mounted to prime yet.");
    const double usual = usual_prime_ml();
    prime_ml_ = volume_ml > 0.0 ? volume_ml : (prime_ml_ > 0.0 ? prime_ml_ : usual);
    for (const auto& item : kit_.items) {
        ItemState& s = items_[item.id];
        if (item.fixed || item.parts.empty() || s.place == Place::trolley || s.wet) continue;
        s.wet = true;
        s.air = item.traps_air;
    }
    ++topology_version_;
    return ActionResult::done("The circuit is filled with " + std::to_string(static_cast<int>(prime_ml_)) + " ml of prime.");
}

ActionResult Workbench::de_air(const std::string& item) {
    const ItemSpec* spec = kit_.item(item);
    ItemState* s = find(item);
    if (spec == nullptr || s == nullptr) return ActionResult::refused("There is no \"" + item + "\" in this kit.");
    if (s->place == Place::trolley) return ActionResult::refused("Take " + the(*spec) + " from the trolley first.");
    if (!s->wet) return ActionResult::refused(spec->name + " is still dry: prime the circuit first, then push the air out.");
    if (!s->air) return ActionResult::refused("There is no air left in " + the(*spec) + ".");
    s->air = false;
    return ActionResult::done("You tap and purge " + the(*spec) + " until no bubbles are left.");
}

bool Workbench::joined(const std::string& a, const std::string& b) const {
    return std::any_of(joints_.begin(), joints_.end(),
                       [&](const Joint& j) { return (j.a == a && j.b == b) || (j.a == b && j.b == a); });
}

std::vector<std::string> Workbench::partners(const std::string& port) const {
    std::vector<std::string> out;
    for (const auto& j : joints_) {
        if (j.a == port) out.push_back(j.b);
        if (j.b == port) out.push_back(j.a);
    }
    return out;
}

std::optional<double> Workbench::control(const std::string& key) const {
    auto it = levels_.find(key);
    if (it == levels_.end()) return std::nullopt;
    return it->second;
}

bool Workbench::has_air() const {
    for (const auto& item : kit_.items) {
        if (!item.fixed && !item.parts.empty() && in_use(item.id) && state(item.id).air) return true;
    }
    return false;
}

std::vector<std::pair<std::string, double>> Workbench::take_doses() {
    std::vector<std::pair<std::string, double>> out;
    out.swap(doses_);
    return out;
}

}  // namespace perfuse::circuits
