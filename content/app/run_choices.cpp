#include "app/run_choices.h"

#include <stdexcept>

#include "app/app_paths.h"
#include "app/benchmark_room.h"
#include "app/model_room.h"
#include "app/placeholder_room.h"
#include "app/world_room.h"
#include "gpu/device.h"

namespace perfuse {

Room build_room(const AppOptions& options) {
    if (!options.model.empty()) return build_model_room(options.model);
    if (options.scene == "placeholder") return build_placeholder_room();
    if (options.scene == "benchmark") return build_benchmark_room();
    return build_world_room({.scene_file = asset_dir() / "scenes" / (options.scene + ".json"),
                             .models_dir = model_dir(),
                             .cards_dir = asset_dir() / "cards",
                             .camera = options.camera});
}

std::string build_next_room(const AppOptions& options, const std::string& scene_id, Room& next) {
    AppOptions choices = options;
    choices.scene = scene_id;
    choices.model.clear();
    choices.camera.clear();
    choices.select.clear();
    try {
        next = build_room(choices);
    } catch (const std::exception& e) {
        return e.what();
    }
    return {};
}

Selection start_selection(const AppOptions& options, const Room& room) {
    Selection selection;
    if (options.select.empty()) return selection;
    if (!room.find_interactable(options.select))
        throw std::runtime_error("--select: nothing called '" + options.select + "' can be selected in the " + room.id);
    selection.selected = options.select;
    return selection;
}

ShadowQuality shadow_quality(const AppOptions& options, const Device& device) {
    if (options.shadows == "off") return ShadowQuality::off;
    if (options.shadows == "low") return ShadowQuality::low;
    if (options.shadows == "high") return ShadowQuality::high;
    return default_shadow_quality(device.properties().deviceType);
}

LightingQuality lighting_quality(const AppOptions& options, const Device& device) {
    if (options.lighting == "full") return LightingQuality::full;
    if (options.lighting == "fast") return LightingQuality::fast;
    return default_lighting_quality(device.properties().deviceType);
}

VkSampleCountFlagBits msaa_samples(const AppOptions& options, const Device& device) {
    return options.msaa ? static_cast<VkSampleCountFlagBits>(options.msaa)
                        : default_msaa_samples(device.properties().deviceType);
}

}  // namespace perfuse
