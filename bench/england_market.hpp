/// \file england_market.hpp
/// \brief The England-scale synthetic market (seed 1) every benchmark reads, generated once
/// per process.
#pragma once

#include "engine/market.hpp"
#include "fixtures/generator/market_generator.hpp"

namespace oversight {

inline const Market& england_market() {
    static const Market market = [] {
        SilentProgress progress;
        return Market(generate_market(GeneratorOptions{}, progress));
    }();
    return market;
}

}  // namespace oversight
