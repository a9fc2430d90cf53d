#pragma once
// The guided tour as data (assets/tour/<id>.json): stops that each move to a room and a named camera
// (or frame one item), with a short card that is shown and read aloud.
#include <filesystem>
#include <string>
#include <vector>

namespace perfuse::modes {

struct TourStop {
    std::string id;
    std::string title;
    std::string text;
    std::string scene;   // world scene id: theatre, icu, ilp
    std::string camera;  // a named camera of that scene, or empty when `item` is framed instead
    std::string item;    // an interactable item of that scene to fly to, or empty
    float dwell_s = 12.0f;  // how long the card stays up when the tour plays itself
};

struct Tour {
    std::string id;
    std::string title;
    std::string quiz;  // id of the quiz offered at the end (assets/quiz/<quiz>.json), may be empty
    std::vector<TourStop> stops;
};

// Throws world::WorldError with one line naming the file and field ("perfusionists_day.json:
// stops[2].scene: missing"). Every stop needs a camera or an item; the tour needs at least one stop.
Tour load_tour(const std::filesystem::path& file);

}  // namespace perfuse::modes
