#include "modes/tour_player.h"

namespace perfuse::modes {

void TourPlayer::start(bool autoplay) {
    active_ = true;
    finished_ = false;
    autoplay_ = autoplay;
    enter(0);
}

void TourPlayer::enter(std::size_t index) {
    index_ = index;
    on_stop_s_ = 0.0f;
    arrival_ = index;
}

void TourPlayer::next() {
    if (!active_) return;
    if (index_ + 1 < count()) {
        enter(index_ + 1);
        return;
    }
    active_ = false;
    finished_ = true;
}

void TourPlayer::previous() {
    if (active_ && index_ > 0) enter(index_ - 1);
}

void TourPlayer::leave() {
    active_ = false;
    arrival_.reset();
}

void TourPlayer::advance(float dt_s) {
    if (!active_ || !autoplay_) return;
    on_stop_s_ += dt_s;
    if (on_stop_s_ >= stop().dwell_s) next();
}

std::optional<std::size_t> TourPlayer::take_arrival() {
    std::optional<std::size_t> arrival = arrival_;
    arrival_.reset();
    return arrival;
}

}  // namespace perfuse::modes
