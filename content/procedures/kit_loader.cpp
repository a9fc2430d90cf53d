// Reading a kit file: the parts on the trolley, where they mount, their ports and the console's routes.
#include "procedure_loader.h"

#include "condition_parser.h"

namespace perfuse::procedures {

using nlohmann::json;

KitLoad parse_kit(const std::string& text, const std::string& file) {
    KitLoad out;
    auto j = parse_json_text(text, file, out.error);
    if (!j) return out;
    FieldReader r(file);
    circuits::Kit& k = out.kit;
    k.id = r.text(*j, "", "id", true);
    k.name = r.text(*j, "", "name", true);
    k.scene = r.text(*j, "", "scene", true);
    k.source = r.text(*j, "", "source", true);
    const std::string type = r.text(*j, "", "circuit", true);
    for (auto t : {phys::CircuitType::cpb, phys::CircuitType::va_ecmo, phys::CircuitType::vv_ecmo, phys::CircuitType::ilp}) {
        if (type == phys::to_string(t)) k.circuit = t;
    }
    if (!r.failed() && k.circuit == phys::CircuitType::none) r.fail("circuit", "expected cpb, va_ecmo, vv_ecmo or ilp");
    const json& mounts = r.array(*j, "", "mount_points", true);
    for (size_t i = 0; i < mounts.size() && !r.failed(); ++i) {
        k.mount_points.push_back({r.text(mounts[i], at("mount_points", i), "id", true),
                                  r.text(mounts[i], at("mount_points", i), "name", true)});
    }
    const json& items = r.array(*j, "", "items", true);
    for (size_t i = 0; i < items.size() && !r.failed(); ++i) {
        circuits::ItemSpec it;
        it.id = r.text(items[i], at("items", i), "id", true);
        const std::string path = at("items", i) + " (\"" + it.id + "\")";
        it.name = r.text(items[i], path, "name", true);
        it.description = r.text(items[i], path, "description", true);
        it.mounts = r.texts(items[i], path, "mounts");
        it.parts = r.texts(items[i], path, "parts");
        it.fixed = r.flag(items[i], path, "fixed", false);
        it.traps_air = r.flag(items[i], path, "traps_air", false);
        it.clamp = r.text(items[i], path, "clamp", false);
        const json& ports = r.array(items[i], path, "ports", true);
        for (size_t n = 0; n < ports.size() && !r.failed(); ++n) {
            const std::string pp = at(path + ".ports", n);
            circuits::PortSpec port;
            port.id = r.text(ports[n], pp, "id", true);
            port.name = r.text(ports[n], pp, "name", true);
            port.graph_port = r.text(ports[n], pp, "flow_port", false);
            port.max_joints = static_cast<int>(r.number(ports[n], pp, "max_joints", false, 1.0, 0.0, 16.0));
            const std::string kind = r.text(ports[n], pp, "kind", false, "blood");
            if (kind == "gas") port.kind = circuits::PortKind::gas;
            else if (kind == "water") port.kind = circuits::PortKind::water;
            else if (kind != "blood") r.fail(pp + ".kind", "expected blood, gas or water");
            it.ports.push_back(port);
        }
        for (const auto& m : it.mounts) {
          if (!r.failed() && k.mount_point(m) == nullptr) r.fail(path + ".mounts", "no mount point is called \"" + m + "\"");
        }
        if (!r.failed() && k.item(it.id) != nullptr) r.fail(path + ".id", "another item has this id");
        k.items.push_back(std::move(it));
    }
    const json& routes = r.array(*j, "", "routes", false);
    for (size_t i = 0; i < routes.size() && !r.failed(); ++i) {
        circuits::ControlRoute route;
        route.control = r.text(routes[i], at("routes", i), "control", true);
        route.from = r.text(routes[i], at("routes", i), "from", true);
        route.to = r.text(routes[i], at("routes", i), "to", true);
        k.routes.push_back(route);
    }
    if (r.failed()) out.error = r.error();
    return out;
}

KitLoad load_kit(const std::string& path) {
    KitLoad out;
    auto text = read_text_file(path, out.error);
    if (!text) return out;
    return parse_kit(*text, file_name_of(path));
}

}  // namespace perfuse::procedures
