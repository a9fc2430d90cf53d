#pragma once
// A square linear system whose nonzero pattern is fixed (the network's graph), stored compactly, and
// its Gaussian elimination without pivoting in an order worked out once from the pattern. The order is
// minimum degree (fewest fill-ins), and every step of the elimination (which entry updates which, fill
// included) is recorded as flat lists of slots, so a solve does no index arithmetic, no searching and
// no allocation: the flow model solves one such system every step.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace perfuse::phys {

class SparseElimination {
public:
    static constexpr uint32_t kNoSlot = UINT32_MAX;

    // Sets the pattern: n unknowns and the entries that may be nonzero (nonzero[r * n + c]; the diagonal
    // is always kept), then works out the order, the fill and the recorded steps.
    void set_pattern(size_t n, std::vector<char> nonzero);
    size_t size() const { return n_; }
    // Where entry (row, col) lives in values(): any entry of the pattern or its fill, else kNoSlot.
    uint32_t slot(size_t row, size_t col) const { return slot_of_[row * n_ + col]; }

    // Entries, right-hand side and solution. clear() zeroes entries and right-hand side for assembly.
    void clear();
    double* values() { return values_.data(); }
    double* rhs() { return rhs_.data(); }
    const std::vector<double>& solution() const { return x_; }

    // Solves in place (entries and right-hand side are overwritten). False when a pivot is not safely
    // dominant (|pivot| below half its column below it) or the result is not finite: the caller then
    // falls back to partial pivoting on dense() of a freshly assembled system.
    bool eliminate();
    // The assembled (not yet eliminated) entries as a dense row-major n x n matrix.
    void dense(std::vector<double>& out) const;

private:
    void choose_order(const std::vector<char>& nonzero);
    void record_steps(std::vector<char>& nonzero);

    // One pivot of the elimination: its row, its diagonal slot, and ranges of its lower entries (rows
    // below it with an entry in its column), its upper entries (columns right of it in its row) and the
    // updates it makes. Every pivot has only a few of each, so they are flat lists, not nested loops.
    struct Pivot {
        uint32_t row, diagonal;
        uint32_t lower_begin, lower_end, upper_begin, upper_end, update_begin, update_end;
    };
    // A row below a pivot: the slot of its entry in the pivot's column.
    struct Lower {
        uint32_t row, slot;
    };
    // entry[into] -= factor[lower] * entry[from], `from` being in the pivot's row.
    struct Update {
        uint32_t into, from, lower;
    };

    size_t n_ = 0;
    std::vector<uint32_t> order_;
    std::vector<uint32_t> slot_of_;  // n x n, kNoSlot outside the pattern
    std::vector<Pivot> pivots_;
    std::vector<Lower> lowers_;
    std::vector<Update> updates_;
    std::vector<uint32_t> upper_slot_, upper_col_;
    std::vector<double> values_, rhs_, x_, inv_diagonal_, factor_;
};

}  // namespace perfuse::phys
