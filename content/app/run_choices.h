#pragma once
// What the command line chooses for every kind of run (desktop, headless, VR): the room to load
// and the rendering quality, with "auto" resolved by the device.
#include <vulkan/vulkan.h>

#include "app/app_options.h"
#include "app/room.h"
#include "app/selection.h"
#include "render/scene_renderer.h"

namespace perfuse {

class Device;

// --model, --scene placeholder|benchmark, or a world scene from assets/scenes (with --camera).
Room build_room(const AppOptions& options);
// Switching rooms in a running app: builds SCENE_ID with the run's other choices (but not the
// --model, --camera or --select of the room being left) into NEXT. Returns the one-line error
// instead, with NEXT untouched, so a broken scene leaves the current room as it was.
std::string build_next_room(const AppOptions& options, const std::string& scene_id, Room& next);
// --select: the item whose card is open at the start. Throws one line when the room has no such item.
Selection start_selection(const AppOptions& options, const Room& room);
// --shadows, with auto chosen by the device type.
ShadowQuality shadow_quality(const AppOptions& options, const Device& device);
// --lighting, with auto chosen by the device type.
LightingQuality lighting_quality(const AppOptions& options, const Device& device);
// --msaa, with 0 (auto) chosen by the device type.
VkSampleCountFlagBits msaa_samples(const AppOptions& options, const Device& device);

}  // namespace perfuse
