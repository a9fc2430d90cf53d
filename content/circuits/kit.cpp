#include "kit.h"

namespace perfuse::circuits {

const char* to_string(PortKind k) {
    switch (k) {
      case PortKind::blood: return "blood";
      case PortKind::gas: return "gas";
      case PortKind::water: return "water";
    }
    return "?";
}

const PortSpec* ItemSpec::port(const std::string& port_id) const {
    for (const auto& p : ports) {
        if (p.id == port_id) return &p;
    }
    return nullptr;
}

const ItemSpec* Kit::item(const std::string& item_id) const {
    for (const auto& i : items) {
        if (i.id == item_id) return &i;
    }
    return nullptr;
}

const MountPoint* Kit::mount_point(const std::string& mount_id) const {
    for (const auto& m : mount_points) {
        if (m.id == mount_id) return &m;
    }
    return nullptr;
}

bool split_port(const std::string& ref, std::string& item, std::string& port) {
    const auto dot = ref.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == ref.size()) return false;
    item = ref.substr(0, dot);
    port = ref.substr(dot + 1);
    return true;
}

}  // namespace perfuse::circuits
