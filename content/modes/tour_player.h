#pragma once
// Where the viewer is in the tour: next, previous, leave at any time, and (for Present mode's
// attract loop) playing itself with each card up for its dwell time. The app asks take_arrival()
// once per frame and, when a stop was entered, moves the camera and reads the card aloud.
#include <cstddef>
#include <optional>

#include "modes/tour.h"

namespace perfuse::modes {

class TourPlayer {
public:
    explicit TourPlayer(const Tour& tour) : tour_(&tour) {}

    void start(bool autoplay = false);  // at the first stop
    void next();                        // past the last stop: finished
    void previous();                    // stays on the first stop
    void leave();                       // back to walking freely; not finished
    // Autoplay: counts DT_S against the stop's dwell time and moves on when it is up.
    void advance(float dt_s);

    bool active() const { return active_; }
    bool finished() const { return finished_; }
    bool autoplay() const { return autoplay_; }
    std::size_t index() const { return index_; }
    std::size_t count() const { return tour_->stops.size(); }
    const TourStop& stop() const { return tour_->stops[index_]; }
    const Tour& tour() const { return *tour_; }
    // The stop just entered (once), for moving the camera and narrating; empty otherwise.
    std::optional<std::size_t> take_arrival();

private:
    void enter(std::size_t index);

    const Tour* tour_;
    std::size_t index_ = 0;
    bool active_ = false;
    bool finished_ = false;
    bool autoplay_ = false;
    float on_stop_s_ = 0.0f;
    std::optional<std::size_t> arrival_;
};

}  // namespace perfuse::modes
