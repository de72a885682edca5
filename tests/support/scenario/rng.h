#pragma once

#include <cstdint>

namespace vocsync::scenarios {

/// A small deterministic random generator (SplitMix64 seeding xoshiro256**). The scenarios must
/// be the same on every compiler and standard library, which the std:: distributions do not
/// promise; these few helpers are all the generator needs.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (std::uint64_t &s : m_s)
            s = splitMix(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [lo, hi] (both included).
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    bool chance(double p) { return uniform() < p; }
    /// An independent stream for one part of a scenario (a facility's noise, a day's plan), so
    /// that adding draws in one part does not shift every other part.
    Rng fork(std::uint64_t salt) const { return Rng(m_s[0] ^ (salt * 0x9E3779B97F4A7C15ull)); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_s[4];
};

} // namespace vocsync::scenarios
