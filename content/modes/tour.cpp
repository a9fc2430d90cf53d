#include "modes/tour.h"

#include "world/json_reader.h"

namespace perfuse::modes {

namespace {
constexpr float kMinDwellS = 2.0f;    // shorter than this cannot be read, even by an adult
constexpr float kMaxDwellS = 120.0f;  // longer and the attract loop looks stuck

TourStop read_stop(const world::JsonReader& r) {
    TourStop stop;
    stop.id = r.string("id");
    stop.title = r.string("title");
    stop.text = r.string("text");
    stop.scene = r.string("scene");
    stop.camera = r.string_or("camera", "");
    stop.item = r.string_or("item", "");
    if (stop.camera.empty() && stop.item.empty()) r.fail("needs a \"camera\" or an \"item\" to show");
    stop.dwell_s = r.number_or("dwell_s", stop.dwell_s);
    if (!(stop.dwell_s >= kMinDwellS && stop.dwell_s <= kMaxDwellS)) r.fail_field("dwell_s", "expected 2 to 120 seconds");
    return stop;
}
}  // namespace

Tour load_tour(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json doc = world::read_json_file(file.string(), name);
    const world::JsonReader r(doc, name);
    Tour tour;
    tour.id = r.string("id");
    tour.title = r.string("title");
    tour.quiz = r.string_or("quiz", "");
    for (const world::JsonReader& stop : r.array("stops")) tour.stops.push_back(read_stop(stop));
    if (tour.stops.empty()) r.fail_field("stops", "needs at least one stop");
    return tour;
}

}  // namespace perfuse::modes
