#include "app/ui_text.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "app/text_file.h"

namespace perfuse {

UiText load_ui_text(const std::filesystem::path& file) {
    const nlohmann::json json = read_text_file(file);
    const auto text = [&](const char* key) { return required_text(json, key, file); };
    UiText ui;
    ui.panel_title = text("panel_title");
    ui.tagline = text("tagline");
    ui.room_label = text("room_label");
    ui.device_label = text("device_label");
    ui.frame_time_label = text("frame_time_label");
    ui.gpu_time_label = text("gpu_time_label");
    ui.text_size_label = text("text_size_label");
    ui.controls_title = text("controls_title");
    ui.card_close = text("card_close");
    ui.go_to_label = text("go_to_label");
    ui.pick_hint = text("pick_hint");
    try {
        ui.room_names = json.at("room_names").get<std::map<std::string, std::string>>();
        ui.controls = json.at("controls").get<std::vector<std::string>>();
        ui.card_headings = json.at("card_headings").get<std::map<std::string, std::string>>();
        ui.room_short_names = json.at("room_short_names").get<std::map<std::string, std::string>>();
        ui.walkable_rooms = json.at("walkable_rooms").get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception&) {
        throw std::runtime_error(file.string() +
                                 ": 'room_names', 'room_short_names' and 'card_headings' must map names to text, "
                                 "'controls' and 'walkable_rooms' be lists of text");
    }
    return ui;
}

const std::string& UiText::heading(const std::string& key) const {
    const auto it = card_headings.find(key);
    return it != card_headings.end() ? it->second : key;
}

}  // namespace perfuse
