#pragma once
// Runs the speech synthesiser on its own thread so a frame never waits for it: requests go in,
// finished audio comes out, and cancel() drops everything queued and stops the one in progress.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "audio/speech_synth.h"

namespace perfuse {

struct SpeechResult {
    uint64_t id = 0;
    std::string text;
    SpeechAudio audio;
    std::string error;  // set when nothing could be made
};

class SpeechWorker {
public:
    SpeechWorker();
    ~SpeechWorker();
    SpeechWorker(const SpeechWorker&) = delete;
    SpeechWorker& operator=(const SpeechWorker&) = delete;

    // Queues TEXT; returns its id (results come back in request order).
    uint64_t request(const std::string& text, const SpeechSettings& settings);
    // Drops queued requests, stops the running one and discards results not yet taken.
    void cancel();
    std::optional<SpeechResult> take_result();
    bool busy() const;  // something queued or being made

private:
    struct Job {
        uint64_t id = 0;
        std::string text;
        SpeechSettings settings;
    };
    void run();

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<Job> jobs_;
    std::deque<SpeechResult> results_;
    std::atomic<bool> cancel_running_{false};
    uint64_t next_id_ = 1;
    uint64_t running_id_ = 0;
    uint64_t discard_below_ = 0;  // results of ids under this were cancelled
    bool quit_ = false;
    std::thread thread_;  // last: starts after everything it uses exists
};

}  // namespace perfuse
