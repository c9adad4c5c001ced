// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <cstdint>

namespace csw {

// A small deterministic generator (splitmix64): the same seed gives the same book on every
// platform, which the standard library's distributions do not promise.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // A whole number in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<std::int64_t>(next() % span);
    }
    // True with probability `percent` / 100.
    bool chance(int percent) { return between(0, 99) < percent; }
    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items[static_cast<qsizetype>(between(0, items.size() - 1))];
    }

private:
    std::uint64_t m_state;
};

} // namespace csw
