#pragma once
// The modes' part of the per-frame hook: tour stops entered (room, camera, narration), the tour
// playing itself in Present mode's attract loop, the kiosk's idle reset, the end-of-tour quiz.
namespace perfuse {

struct AppRenderer;
namespace modes {
struct TourStop;
}

// Loads the modes and the player's settings and sets the first screen (from the AppRenderer's constructor).
void start_modes(AppRenderer& r);
void update_modes(AppRenderer& r, float dt_s);
// Goes to STOP's room and view and opens its item's card (the tour's stops, the career panel's
// "show me"); a stop with text is also read aloud.
void show_stop(AppRenderer& r, const modes::TourStop& stop);

}  // namespace perfuse
